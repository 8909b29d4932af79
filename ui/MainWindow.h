#pragma once

#include <QDateTime>
#include <QList>
#include <QMainWindow>
#include <QStringList>

#include <utility>

class AccountApi;
class ActivityLog;
class ActivityPanel;
struct ApiError;
class Banner;
class EmptyState;
class FilterBar;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTimer;
class QTableView;
class QToolBar;
class QToolButton;
class UserCache;
class UserFilter;
class UserActions;
class UserListLoader;
class UsersModel;

// The account's users: filter bar, table (or the reason it is empty) and a status bar.
//
// The backend is injected; the window never talks HTTP or SQL. The table shows a UserFilter
// over a UsersModel that a UserListLoader fills from the backend. Window geometry, tool bar
// and column layout are kept in QSettings (set up by the application).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Does not take ownership of `api`, which must outlive the window. The users are loaded
    // when the window is first shown, unless refresh() was called before.
    explicit MainWindow(AccountApi *api, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the users again (F5, the Refresh action); a load already running starts over.
    void refresh();

    // Another account (switching profiles): the window forgets the rows of the one before,
    // shows what `cache` (may be null) has at once, marked with its age, and refreshes. Does
    // not take ownership; both must outlive the window or the next setBackend(). Without
    // `refreshNow` the owner calls refresh() when the backend is ready (its secret is read).
    void setBackend(AccountApi *api, UserCache *cache = nullptr, bool refreshNow = true);
    AccountApi *backend() const { return m_api; }
    // The text of the status bar's account label (default: the backend's displayName()).
    void setAccountDescription(const QString &text);

    // The account switcher of the tool bar: the profiles, and which one is open (empty: the
    // demo account). Choosing one emits accountRequested().
    void setAccountList(const QStringList &profiles, const QString &current);

    // The Language menu: language codes with the names to show (each in its own language),
    // and the one spoken now. Choosing another emits languageRequested(); the owner switches
    // the translators and calls setCurrentLanguage().
    void setLanguages(const QList<std::pair<QString, QString>> &languages, const QString &current);
    void setCurrentLanguage(const QString &language);
    QString currentLanguage() const { return m_currentLanguage; }
    QMenu *languageMenu() const { return m_languageMenu; }

    // Offline (the server cannot be reached) or signed out: the cached users stay visible and
    // searchable, and every action that changes the account is disabled with this reason.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Roster has no valid credentials for the account: read-only, with a banner that says
    // `text` and offers to sign in again (signInAgainRequested()). A successful load ends it.
    void showSignInNeeded(const QString &text);
    // When the server was last found unreachable, while offline; invalid otherwise.
    QDateTime offlineSince() const { return m_offlineSince; }
    // While offline, how often Roster tries the server again (default one minute).
    void setOfflineRetryInterval(int ms);

    Banner *banner() const { return m_banner; }
    // The activity log of the open account (null: none), shown in the Activity dock.
    void setActivityLog(ActivityLog *log);
    ActivityPanel *activityPanel() const { return m_activity; }
    UserActions *userActions() const { return m_actions; }

    UsersModel *usersModel() const { return m_users; }
    UserFilter *userFilter() const { return m_filter; }
    UserListLoader *loader() const { return m_loader; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *searchField() const;
    FilterBar *filterBar() const { return m_filterBar; }
    EmptyState *emptyState() const { return m_emptyState; }
    // True while the empty state stands in for the table.
    bool isShowingEmptyState() const;

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *exportAction() const { return m_exportAction; }
    // Writes the rows and columns shown now (filters, sort and column order applied) as CSV
    // for spreadsheet programs in the current locale (separator, byte-order mark).
    bool exportShown(const QString &path, QString *error) const;
    QAction *addAccountAction() const { return m_addAccountAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    QToolButton *accountButton() const { return m_accountButton; }

    // Status bar: "Showing X of Y users", the last refresh (or its progress), the backend.
    QLabel *countLabel() const { return m_countLabel; }
    QLabel *refreshLabel() const { return m_refreshLabel; }
    QLabel *accountLabel() const { return m_accountLabel; }

    // Ids of the selected users and of the current one (0: none), whatever the sort and filter.
    QList<qint64> selectedUserIds() const;
    qint64 currentUserId() const;

    // QSettings keys.
    static QString geometryKey();
    static QString stateKey();
    static QString headerKey();

signals:
    // Emitted once, after the first complete load has been shown.
    void firstLoadFinished();
    // The account switcher: open this profile (empty: the demo account), add one, sign out
    // of the open one, sign in again after the server ended the session.
    void accountRequested(const QString &profile);
    void addAccountRequested();
    void signOutRequested();
    void signInAgainRequested();
    void readOnlyChanged(bool readOnly);
    // The Language menu: speak this language ("en", "de", ...).
    void languageRequested(const QString &language);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void chooseExportFile();
    void createMenus();
    void setUpTable();
    void applyDefaultColumnWidths();
    void showHeaderMenu(const QPoint &pos);
    void restoreSettings();
    void saveSettings() const;
    void retranslate();

    void onLoadStarted();
    void onLoadProgress(int loaded, int expected);
    void onLoadFinished();
    void onLoadFailed(const ApiError &error);
    void updateView();
    void updateCountLabel();
    void updateRefreshLabel();
    void setReadOnlyReason(const QString &reason);
    void goOffline();
    void rebuildAccountMenu();
    QString ageText(const QDateTime &when) const;

    AccountApi *m_api;
    UsersModel *m_users;
    UserFilter *m_filter;
    UserListLoader *m_loader;

    Banner *m_banner = nullptr;
    FilterBar *m_filterBar = nullptr;
    QLineEdit *m_search = nullptr; // the filter bar's, watched for Down and Escape
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_emptyState = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_accountLabel = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_stopAction = nullptr;
    bool m_loadStopped = false; // the person stopped the last refresh
    QAction *m_quitAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_addAccountAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QToolButton *m_accountButton = nullptr;
    QMenu *m_accountMenu = nullptr;
    QStringList m_profiles;
    QString m_currentProfile;
    QString m_accountDescription;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_userMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QString m_currentLanguage;
    UserActions *m_actions = nullptr;
    ActivityPanel *m_activity = nullptr;
    QToolBar *m_toolBar = nullptr;

    bool m_loadRequested = false; // refresh() was called at least once
    bool m_firstLoadDone = false;
    bool m_waitingForBackend = false; // setBackend() without refreshing: the owner will
    int m_progressLoaded = 0;
    int m_progressExpected = -1;
    QString m_loadError; // of the last load; empty when it succeeded or is running
    QString m_readOnlyReason;
    QDateTime m_offlineSince;
    QTimer *m_offlineRetry = nullptr;

    Q_DISABLE_COPY_MOVE(MainWindow)
};
