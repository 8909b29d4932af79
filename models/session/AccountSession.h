#pragma once

#include "ActionPolicy.h"
#include "Identity.h"
#include "Notice.h"

#include "domain/ApiTypes.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class AccountApi;
class AccountTokens;
class ActivityHistory;
class ActivityLog;
class QTimer;
class RequestScope;
class UserCache;
class UserCacheWriter;
class UserListLoader;
class UserOperations;
class UsersModel;
struct ActivityEntry;
struct ApiError;

// One open account, with no widget in sight: its users (UsersModel, filled from the cache at
// once and then refreshed page by page by its UserListLoader), who is signed in (asked once per
// start), whether Roster can reach it (online, offline since, sign-in needed), its activity,
// what is done to its users (UserOperations), and the notices for the person, which the window
// shows in its banner. The window shows a session and asks it to act; app/ makes one per open
// account.
class AccountSession final : public QObject
{
    Q_OBJECT
public:
    enum class Connectivity : quint8 {
        Online, // or not known to be otherwise
        Offline, // the server could not be reached; Roster tries again every minute
        SignInNeeded, // Roster has no valid credentials for the account
    };

    // None is owned: `api` must outlive the session; `cache` and `log` may be null (none for
    // this account) and must outlive it too. The cached users are in the model at once.
    AccountSession(AccountApi *api, UserCache *cache = nullptr, ActivityLog *log = nullptr,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    AccountApi *api() const { return m_api; }
    UsersModel *users() const { return m_users; }
    ActivityHistory *activity() const { return m_activity; }
    UserOperations *operations() const { return m_operations; }
    // The account's API tokens, loaded when first asked for.
    AccountTokens *tokens() const { return m_tokens; }

    // Where the users come from, for the status bar; the backend's displayName() unless set.
    QString description() const;
    void setDescription(const QString &text);

    // ---- Loading
    // The owner reads the account's secret first: the session shows what it has, as loading,
    // until start() or requireSignIn().
    void waitForCredentials();
    // Asks who is signed in, then loads the users. The window starts a session nobody started
    // when it is first shown.
    void start();
    bool isStarted() const { return m_start == Start::Started; }
    // Nobody asked this session to start or to wait for its secret yet.
    bool needsStart() const { return m_start == Start::NotStarted; }
    // Loads the users again (F5); a load already running starts over.
    void refresh();
    // Stops a running load; what arrived stays.
    void stopLoading();
    bool isLoading() const;
    // Nothing to show yet because the first load has not begun or is waiting for the secret.
    bool isAwaitingLoad() const;
    // The last load was stopped by the person.
    bool wasStopped() const { return m_stopped; }
    // Why the last load failed; empty when it succeeded or is running.
    QString loadError() const { return m_loadError; }
    qint64 loadedCount() const;
    qint64 expectedCount() const; // -1: unknown
    QDateTime lastRefresh() const;
    QDateTime cachedAt() const; // of the cached rows shown; invalid when none were
    // Writes to the cache run on a thread of their own; this waits for those asked for so far.
    void flushCache();
    UserCacheWriter *cacheWriter() const; // null without a cache
    // How often the users are looked at again for expired invitations (default a minute).
    void setClockInterval(int ms);

    // ---- Who is signed in
    Identity identity() const { return m_identity; }
    // Who the activity log says acted: the signed-in person's email when known.
    QString actorName() const;
    // The signed-in person's role changed (they changed it, or the server told).
    void confirmMyRole(int roleId);
    // The accounts the signed-in person belongs to (client_and_roles of their own row), this
    // account first; empty until both the person and their row are known.
    QList<ClientRoles> myAccounts() const;

    // ---- Connectivity
    Connectivity connectivity() const { return m_connectivity; }
    // Offline or signed out: the users stay visible and searchable, every change is disabled
    // with this reason.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QDateTime offlineSince() const { return m_offlineSince; } // invalid unless offline
    void setOfflineRetryInterval(int ms);
    // Roster has no valid credentials: read-only, with a notice that says `text` and offers to
    // sign in again (signInRequested()). A successful load ends it.
    void requireSignIn(const QString &text);

    // ---- Notices
    // Shows `notice` in place of the one before (a quiet one only when none is shown).
    void notify(const Notice &notice);
    void clearNotice();
    // The notice on screen now, for a window that starts showing this session.
    std::optional<Notice> currentNotice() const { return m_notice; }

    // ---- Activity
    // Appends to the account's activity log and shows it in the Activity dock.
    void record(const ActivityEntry &entry);
    // The same for an action on one user, by the signed-in person, now; failed when `error` is one.
    void record(const QString &action, qint64 userId, const QString &email, const QString &detail,
                const ApiError &error);

    // What ActionPolicy needs to know about the account now.
    ActionPolicy::Situation situation() const;

    // "just now", "5 min ago", "today at 9:03", a date: how old a list is.
    static QString ageText(const QDateTime &when);

signals:
    void loadStarted();
    void loadProgress(qint64 loaded, qint64 expected);
    void loadFinished();
    void loadFailed(const ApiError &error);
    // The loading state changed in another way (stopped, waiting, a sign-in needed).
    void loadStateChanged();
    void identityChanged();
    // The server said which account this is and who is signed in.
    void accountInfoKnown(const AccountInfo &info);
    void connectivityChanged();
    void readOnlyChanged(bool readOnly);
    void noticePosted(const Notice &notice);
    void noticeCleared();
    void descriptionChanged();
    // The person asked to sign in again (from a notice).
    void signInRequested();
    // Time passed: expiry texts and ages may read differently now.
    void clockTicked();

private:
    enum class Start : quint8 { NotStarted, WaitingForCredentials, Started };

    void learnIdentity();
    void takeProvisionalRole();
    void setIdentity(const Identity &identity);
    void onLoadStarted();
    void onLoadFinished();
    void onLoadFailed(const ApiError &error);
    void goOffline();
    void setConnectivity(Connectivity connectivity, const QString &readOnlyReason);

    AccountApi *m_api;
    UserCache *m_cache;
    UsersModel *m_users;
    UserListLoader *m_loader;
    ActivityHistory *m_activity;
    UserOperations *m_operations = nullptr;
    AccountTokens *m_tokens = nullptr;
    std::unique_ptr<RequestScope> m_identityRequests;

    Start m_start = Start::NotStarted;
    bool m_stopped = false;
    QString m_loadError;
    QString m_description;
    Identity m_identity;
    bool m_identityPending = false; // "who am I" asked, not answered yet
    Connectivity m_connectivity = Connectivity::Online;
    QString m_readOnlyReason;
    QDateTime m_offlineSince;
    QTimer *m_offlineRetry;
    QTimer *m_clock;
    std::optional<Notice> m_notice;

    Q_DISABLE_COPY_MOVE(AccountSession)
};
