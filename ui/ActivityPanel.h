#pragma once

#include "Retranslating.h"
#include "domain/ActivityEntry.h"
#include "domain/ApiError.h"

#include <QDockWidget>
#include <QPointer>

class ActivityFilter;
class ActivityHistory;
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
// shown as CSV. It shows an account's ActivityHistory, which records the actions; without a
// log to keep them in, it says so and its controls are disabled.
class ActivityPanel final : public Retranslating<QDockWidget>
{
    Q_OBJECT
public:
    explicit ActivityPanel(QWidget *parent = nullptr);
    ~ActivityPanel() override;

    // Shows the entries of an account's activity (null: none for this account). The history
    // must outlive the panel or be replaced first.
    void setHistory(ActivityHistory *history);
    ActivityHistory *history() const;

    // Writes the entries shown now, in their order, as CSV for spreadsheets in the current
    // locale (UTF-8 with a byte order mark; ';' where the decimal point is a comma, else ',').
    bool exportTo(const QString &path, QString *error = nullptr);
    // Asks where to export with a non-blocking file dialog, then calls exportTo().
    void exportWithDialog();

    ActivityModel *model() const; // the history's; null without one
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
    void exported(const QString &path, int entries);
    void exportFailed(const QString &message);


private:
    void setUpTable();
    void retranslate() override;
    void fillActionCombo();
    void applySearchNow();
    void updateStatus();
    void updateEnabled();
    void showMessage(const QString &text);

    QPointer<ActivityHistory> m_history;
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

    Q_DISABLE_COPY_MOVE(ActivityPanel)
};
