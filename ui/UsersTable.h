#pragma once

#include <QTableView>

// The users table of the window: fixed row heights and interactive columns (fast at a million
// rows; never ResizeToContents), default column widths that fit the headers and the usual
// texts, a header menu to show, hide and reset columns, and the keys of a list of people:
// Enter on a row does what a double-click does, the menu key opens the current row's menu.
class UsersTable final : public QTableView
{
    Q_OBJECT
public:
    explicit UsersTable(QWidget *parent = nullptr);

    // Call after setModel(): the header as the model's columns need it.
    void setUpColumns();
    // Widths that fit each column's title and its usual texts in the current language.
    void applyDefaultColumnWidths();
    // The column layout (order, widths, hidden, sort) to keep in the settings, and back;
    // without a saved layout the defaults apply.
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state);
    // Logical columns in the order shown, without the hidden ones.
    QList<int> shownColumns() const;

signals:
    // Enter or Return on the current row.
    void rowActivated(const QModelIndex &index);
    // The menu key (or Shift+F10) on the table, and the mouse's menu at a viewport position.
    void rowMenuRequested();
    void rowMenuRequestedAt(const QPoint &viewportPos);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);

    Q_DISABLE_COPY_MOVE(UsersTable)
};
