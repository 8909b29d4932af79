#pragma once

#include "Retranslating.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <utility>

class AccountSession;
struct ClientRoles;
class AccountSwitcher;
class ActivityPanel;
class TokensPanel;
class UserDetailsPane;
class Banner;
class EmptyState;
class FilterBar;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;
class SessionStatus;
class UserActions;
class UserFilter;
class UsersModel;
class UsersTable;
struct Notice;

// The window on an open account: tool bar with the account switcher, filter bar, the users
// table (or why it is empty) with the details pane beside it, the Activity dock, a banner for the session's notices and a status
// bar. It shows an AccountSession and asks it to act; it keeps the layout, the menus and the
// window settings (QSettings, set up by the application).
class MainWindow final : public Retranslating<QMainWindow>
{
    Q_OBJECT
public:
    // Shows `session` (not owned; see setSession()). A session nobody started is started when the
    // window is first shown.
    explicit MainWindow(AccountSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Another account (switching profiles): the window forgets the one before and shows this
    // one, its cached users at once. Not owned: the session must outlive the window or the
    // next setSession().
    void setSession(AccountSession *session);
    AccountSession *session() const;

    // Loads the users again (F5, the Refresh action); a load already running starts over.
    void refresh();

    // The account switcher of the tool bar: the profiles, and which one is open (empty: the
    // demo account). Choosing one emits accountRequested().
    void setAccountList(const QStringList &profiles, const QString &current);
    // The accounts the open sign-in reaches, and the one open; choosing another emits
    // clientRequested().
    void setClientList(const QList<ClientRoles> &clients, qint64 current);
    AccountSwitcher *accountSwitcher() const { return m_accounts; }

    // The Language menu: language codes with the names to show (each in its own language),
    // and the one spoken now. Choosing another emits languageRequested(); the owner switches
    // the translators and calls setCurrentLanguage().
    void setLanguages(const QList<std::pair<QString, QString>> &languages, const QString &current);
    void setCurrentLanguage(const QString &language);
    QString currentLanguage() const { return m_currentLanguage; }
    QMenu *languageMenu() const { return m_languageMenu; }

    // The session's: offline or signed out, every change is disabled with the reason.
    bool isReadOnly() const;
    QString readOnlyReason() const;

    Banner *banner() const { return m_banner; }
    ActivityPanel *activityPanel() const { return m_activity; }
    TokensPanel *tokensPanel() const { return m_tokens; }
    UserDetailsPane *detailsPane() const { return m_details; }
    UserActions *userActions() const { return m_actions; }
    UsersModel *usersModel() const; // the session's
    UserFilter *userFilter() const { return m_filter; }
    QTableView *tableView() const;
    QLineEdit *searchField() const { return m_search; }
    FilterBar *filterBar() const { return m_filterBar; }
    EmptyState *emptyState() const { return m_emptyState; }
    // True while the empty state stands in for the table.
    bool isShowingEmptyState() const;

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *detailsAction() const { return m_detailsAction; } // shows and hides the details pane
    // Writes the rows and columns shown now (filters, sort and column order applied) as CSV
    // for spreadsheet programs in the current locale (separator, byte-order mark).
    bool exportShown(const QString &path, QString *error) const;
    QAction *addAccountAction() const { return m_addAccountAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    QToolButton *accountButton() const;

    // Status bar: "Showing X of Y users", the last refresh (or its progress), the account.
    QLabel *countLabel() const;
    QLabel *refreshLabel() const;
    QLabel *accountLabel() const;

    // Ids of the selected users and of the current one (0: none), whatever the sort and filter.
    QList<qint64> selectedUserIds() const;
    qint64 currentUserId() const;

    // QSettings keys.
    static QString geometryKey();
    static QString stateKey();
    static QString headerKey();
    static QString detailsKey(); // the widths of the table and the details pane
    static QString detailsShownKey();

signals:
    // Emitted once, after the first complete load has been shown.
    void firstLoadFinished();
    // The account switcher: open this profile (empty: the demo account), add one, sign out
    // of the open one.
    void accountRequested(const QString &profile);
    void clientRequested(qint64 clientId);
    void addAccountRequested();
    void signOutRequested();
    // The Language menu: speak this language ("en", "de", ...).
    void languageRequested(const QString &language);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void chooseExportFile();
    void restoreSettings();
    void saveSettings() const;
    void retranslate() override;
    void updateTitle();
    void showNotice(const Notice &notice);
    void onLoadFinished();
    void updateView();

    QPointer<AccountSession> m_session;
    QList<QMetaObject::Connection> m_sessionConnections;
    UsersModel *m_noUsers; // the table's columns while no session is shown
    UserFilter *m_filter;

    Banner *m_banner = nullptr;
    FilterBar *m_filterBar = nullptr;
    QLineEdit *m_search = nullptr; // the filter bar's, watched for Down and Escape
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_split = nullptr; // the table (or its empty state) and the details pane
    UsersTable *m_table = nullptr;
    EmptyState *m_emptyState = nullptr;
    SessionStatus *m_status = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_addAccountAction = nullptr;
    QAction *m_signOutAction = nullptr;
    AccountSwitcher *m_accounts = nullptr;
    bool m_focusPlaced = false; // the first show put the focus in the search field
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_userMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QString m_currentLanguage;
    UserActions *m_actions = nullptr;
    ActivityPanel *m_activity = nullptr;
    TokensPanel *m_tokens = nullptr;
    UserDetailsPane *m_details = nullptr;
    QToolBar *m_toolBar = nullptr;
    bool m_firstLoadDone = false;

    Q_DISABLE_COPY_MOVE(MainWindow)
};
