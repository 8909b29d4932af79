#pragma once

#include "api/AccountApi.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <deque>

class DemoAccount;
class DemoPlatform;
class QThread;

// The offline backend (`--demo`): every AccountApi call runs against a DemoAccount in-process
// after a small latency, so progress and busy states are visible as with a real server.
// The operation itself runs when the result is due, so a call whose context is destroyed
// first, or that cancelAll() dropped, neither changes the account nor calls back.
// Pages of the user list are the exception: they are read as soon as they are asked for, on
// a thread of their own through a second connection to the same file, so a large account is
// read while the window takes in the pages already there. They reflect every change answered
// before they were asked for, and arrive in the order they were asked for.
class DemoAccountApi final : public AccountApi
{
    Q_OBJECT
public:
    static constexpr int DefaultLatencyMs = 150;

    // Does not own `account`, which must outlive every pending call.
    explicit DemoAccountApi(DemoAccount *account, QObject *parent = nullptr);
    ~DemoAccountApi() override;

    // The other accounts of the demo's platform, for client_and_roles and openAccount(); not
    // owned, may be null.
    void setPlatform(DemoPlatform *platform);

    // Delay before each result, in milliseconds; 0 still delivers from the event loop.
    void setLatency(int ms);
    int latency() const;
    // Calls whose result is not delivered yet (including ones whose context is gone).
    int pendingCount() const;

    bool supports(Capability capability) const override;
    QString displayName() const override;
    int preferredPageSize() const override { return 5000; }
    // Queued on the reader thread, which then never waits for the window to ask for more.
    int preferredPagesInFlight() const override { return 16; }

    void fetchMe(QObject *context, ApiCallback<AccountInfo> done) override;
    void fetchUsers(qint64 offset, int limit, QObject *context, ApiCallback<UserPage> done) override;
    void fetchUser(qint64 userId, QObject *context, ApiCallback<User> done) override;
    void inviteUser(const InviteRequest &request, QObject *context, ApiCallback<InviteResult> done) override;
    void updateUser(qint64 userId, const UserPatch &patch, QObject *context, ApiCallback<User> done) override;
    void fetchRole(qint64 clientId, qint64 userId, QObject *context, ApiCallback<int> done) override;
    void changeRole(qint64 clientId, qint64 userId, int roleId, QObject *context, ApiCallback<Done> done) override;
    void removeUser(qint64 clientId, qint64 userId, QObject *context, ApiCallback<Done> done) override;
    void resendInvitation(const QString &email, QObject *context, ApiCallback<Done> done) override;
    void fetchTokens(qint64 clientId, qint64 userId, QObject *context, ApiCallback<TokenList> done) override;
    void deleteToken(qint64 clientId, qint64 tokenId, QObject *context, ApiCallback<Done> done) override;
    void setActive(qint64 userId, bool active, QObject *context, ApiCallback<User> done) override;
    void fetchProjects(QObject *context, ApiCallback<QList<Project>> done) override;
    void assignCloudRole(const CloudAssignment &assignment, QObject *context, ApiCallback<Done> done) override;
    void fetchCloudAssignments(qint64 userId, QObject *context, ApiCallback<CloudAssignmentList> done) override;
    // Another account of the platform (setPlatform()), where the same person is signed in.
    void openAccount(qint64 clientId, QObject *context, ApiCallback<std::shared_ptr<AccountApi>> done) override;

    void cancelAll() override;

private:
    struct Pending
    {
        QPointer<QObject> context;
        bool guarded = false; // false: called without a context, delivered while this object lives
        std::function<void()> run;
    };

    template <typename T>
    void schedule(QObject *context, std::function<Result<T>()> operation, ApiCallback<T> done);
    void deliver(quint64 id);
    void deliverPages();
    bool startReader();
    void openReadAccount(const QString &path); // on the reader thread
    void stopReader();

    DemoAccount *m_account;
    DemoPlatform *m_platform = nullptr;
    int m_latency = DefaultLatencyMs;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending;

    struct PageSlot
    {
        quint64 id = 0;
        QDeadlineTimer due;
        bool ready = false; // read, waiting for its turn
    };
    std::deque<PageSlot> m_pageQueue; // page requests in the order they were made
    QTimer m_pageTimer;

    QThread *m_readerThread = nullptr;
    QObject *m_readerContext = nullptr; // lives in m_readerThread; jobs for it run there
    DemoAccount *m_readAccount = nullptr; // created, used and destroyed in m_readerThread only

    Q_DISABLE_COPY_MOVE(DemoAccountApi)
};
