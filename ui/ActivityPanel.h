#pragma once

#include "domain/ActivityEntry.h"
#include "domain/ApiError.h"

#include <QDockWidget>
#include <QPointer>

class ActivityFilter;
class ActivityLog;
class ActivityModel;
class QCheckBox;
class QComboBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// The "Activity" dock (issue 4, item 8): every action taken in Roster for this account, newest
// first, with a search field, an action filter, "failures only", and an export of the rows
// shown as CSV. It reads and appends through an ActivityLog it does not own; without one it
// says so and its controls are disabled.
class ActivityPanel final : public QDockWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(QWidget *parent = nullptr);
    ~ActivityPanel() override;

    // Shows the entries of `log` (null: no log for this account). The log must outlive the
    // panel or be replaced first.
    void setLog(ActivityLog *log);
    ActivityLog *log() const { return m_log; }

    // Appends `entry` to the log (an invalid time means now) and shows it at the top. If the
    // log cannot store it, it is still shown, marked "not saved", and storageFailed() is emitted.
    void record(const ActivityEntry &entry);

    // Writes the entries shown now, in their order, as CSV for spreadsheets in the current
    // locale (UTF-8 with a byte order mark; ';' where the decimal point is a comma, else ',').
    bool exportTo(const QString &path, QString *error = nullptr);
    // Asks where to export with a non-blocking file dialog, then calls exportTo().
    void exportWithDialog();

    ActivityModel *model() const { return m_model; }
    ActivityFilter *filter() const { return m_filter; }
    QLineEdit *filterField() const { return m_search; }
    QComboBox *actionCombo() const { return m_action; }
    QCheckBox *failuresOnlyBox() const { return m_failuresOnly; }
    QTableView *table() const { return m_table; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *statusLabel() const { return m_status; }

    // Pause after the last keystroke before the search is applied.
    static constexpr int SearchDelayMs = 150;

signals:
    void storageFailed(const ApiError &error);
    void exported(const QString &path, int entries);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpTable();
    void retranslate();
    void fillActionCombo();
    void applySearchNow();
    void updateStatus();
    void updateEnabled();
    void showMessage(const QString &text);

    ActivityLog *m_log = nullptr;
    ActivityModel *m_model;
    ActivityFilter *m_filter;
    QWidget *m_contents;
    QLineEdit *m_search;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QCheckBox *m_failuresOnly;
    QLabel *m_message;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_export;
    QTimer *m_searchTimer;
    QPointer<QFileDialog> m_exportDialog;
    QString m_loadError; // why the entries of the log could not be read; empty if they could

    Q_DISABLE_COPY_MOVE(ActivityPanel)
};
