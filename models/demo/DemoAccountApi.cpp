#include "DemoAccountApi.h"

#include "demo/DemoPlatform.h"

#include "DemoAccount.h"

#include <QThread>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <utility>

DemoAccountApi::DemoAccountApi(DemoAccount *account, QObject *parent)
    : AccountApi(parent)
    , m_account(account)
{
    Q_ASSERT(account);
    m_pageTimer.setSingleShot(true);
    m_pageTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pageTimer, &QTimer::timeout, this, &DemoAccountApi::deliverPages);
    startReader();
}

DemoAccountApi::~DemoAccountApi()
{
    stopReader();
}

bool DemoAccountApi::startReader()
{
    if (m_readerThread)
        return true;
    if (m_account->path().isEmpty())
        return false;
    m_readerThread = new QThread(this);
    m_readerThread->setObjectName(QStringLiteral("demo-list-reader"));
    m_readerContext = new QObject;
    m_readerContext->moveToThread(m_readerThread);
    m_readerThread->start();
    // Connect now, so the first page does not wait for it.
    const QString path = m_account->path();
    QMetaObject::invokeMethod(m_readerContext, [this, path] { openReadAccount(path); }, Qt::QueuedConnection);
    return true;
}

void DemoAccountApi::openReadAccount(const QString &path)
{
    if (m_readAccount)
        return;
    m_readAccount = new DemoAccount(path);
    if (!m_readAccount->openForReading()) {
        delete m_readAccount;
        m_readAccount = nullptr;
    }
}

void DemoAccountApi::stopReader()
{
    if (!m_readerThread)
        return;
    // The reader only ever posts to this thread, never waits on it, so blocking here is safe.
    QMetaObject::invokeMethod(
        m_readerContext,
        [this] {
            delete m_readAccount;
            m_readAccount = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_readerThread->quit();
    m_readerThread->wait();
    delete m_readerContext;
    m_readerContext = nullptr;
    delete m_readerThread;
    m_readerThread = nullptr;
}

void DemoAccountApi::setLatency(int ms)
{
    m_latency = std::max(ms, 0);
}

void DemoAccountApi::setPlatform(DemoPlatform *platform)
{
    m_platform = platform;
}

int DemoAccountApi::latency() const
{
    return m_latency;
}

int DemoAccountApi::pendingCount() const
{
    return int(m_pending.size());
}

bool DemoAccountApi::supports(Capability capability) const
{
    switch (capability) {
    case Capability::ResendInvitation:
    case Capability::Deactivate:
    case Capability::ListTokens:
        return true;
    }
    return true;
}

QString DemoAccountApi::displayName() const
{
    return tr("Demo account");
}

template <typename T>
void DemoAccountApi::schedule(QObject *context, std::function<Result<T>()> operation, ApiCallback<T> done)
{
    const quint64 id = m_nextId++;
    Pending pending;
    pending.context = context;
    pending.guarded = context != nullptr;
    pending.run = [operation = std::move(operation), done = std::move(done)] {
        const Result<T> result = operation();
        if (done)
            done(result);
    };
    m_pending.insert(id, std::move(pending));
    // The timer belongs to this object: destroying the backend drops every pending call.
    QTimer::singleShot(m_latency, Qt::PreciseTimer, this, [this, id] { deliver(id); });
}

void DemoAccountApi::deliver(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // cancelled
    const Pending pending = std::move(it.value());
    m_pending.erase(it);
    if (pending.guarded && !pending.context)
        return; // the context is gone: no change to the account, no answer
    // Nothing of this object is touched after run(): the receiver may delete the backend.
    pending.run();
}

void DemoAccountApi::cancelAll()
{
    m_pending.clear();
    m_pageQueue.clear();
    m_pageTimer.stop();
}

void DemoAccountApi::fetchMe(QObject *context, ApiCallback<AccountInfo> done)
{
    DemoAccount *account = m_account;
    schedule<AccountInfo>(
        context, [account] { return account->me(); }, std::move(done));
}

void DemoAccountApi::fetchUsers(qint64 wantedOffset, int limit, QObject *context, ApiCallback<UserPage> done)
{
    // The demo holds far fewer than INT_MAX users: an offset past that is past the end.
    const int offset = int(std::clamp<qint64>(wantedOffset, 0, INT_MAX));
    if (!startReader()) {
        DemoAccount *account = m_account;
        schedule<UserPage>(
            context, [account, offset, limit] { return account->listUsers(offset, limit); }, std::move(done));
        return;
    }
    const quint64 id = m_nextId++;
    Pending pending;
    pending.context = context;
    pending.guarded = context != nullptr;
    m_pending.insert(id, std::move(pending));
    m_pageQueue.push_back({id, QDeadlineTimer(m_latency, Qt::PreciseTimer), false});
    const QString path = m_account->path();
    if (m_platform && offset == 0)
        m_platform->refresh();
    // On the reader thread: read the page, then hand it back to this object's thread.
    QMetaObject::invokeMethod(
        m_readerContext,
        [this, id, offset, limit, path, elsewhere = m_account->elsewhere(), done = std::move(done)]() mutable {
            openReadAccount(path);
            if (m_readAccount)
                m_readAccount->setElsewhere(std::move(elsewhere));
            Result<UserPage> page = m_readAccount ? m_readAccount->listUsers(offset, limit)
                                                  : Result<UserPage>(ApiError::make(ApiError::Kind::Storage,
                                                                                    ApiError::describe(ApiError::Kind::Storage)));
            QMetaObject::invokeMethod(
                this,
                [this, id, page = std::move(page), done = std::move(done)]() mutable {
                    const auto it = m_pending.find(id);
                    if (it == m_pending.end())
                        return; // cancelled
                    it->run = [page = std::move(page), done = std::move(done)] {
                        if (done)
                            done(page);
                    };
                    for (PageSlot &slot : m_pageQueue) {
                        if (slot.id == id)
                            slot.ready = true;
                    }
                    deliverPages();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

// Pages are answered in the order they were asked for, each no earlier than its latency.
void DemoAccountApi::deliverPages()
{
    const QPointer<DemoAccountApi> self(this);
    while (!m_pageQueue.empty()) {
        const PageSlot front = m_pageQueue.front();
        if (!m_pending.contains(front.id)) { // cancelled
            m_pageQueue.pop_front();
            continue;
        }
        if (!front.ready)
            return; // the reader is still on it
        if (!front.due.hasExpired()) {
            m_pageTimer.start(int(std::max<qint64>(1, front.due.remainingTime())));
            return;
        }
        m_pageQueue.pop_front();
        deliver(front.id);
        if (!self)
            return; // the receiver deleted this backend
    }
}

void DemoAccountApi::fetchUser(qint64 userId, QObject *context, ApiCallback<User> done)
{
    if (m_platform)
        m_platform->refresh();
    DemoAccount *account = m_account;
    schedule<User>(
        context, [account, userId] { return account->user(userId); }, std::move(done));
}

void DemoAccountApi::inviteUser(const InviteRequest &request, QObject *context, ApiCallback<InviteResult> done)
{
    DemoAccount *account = m_account;
    schedule<InviteResult>(
        context, [account, request] { return account->invite(request); }, std::move(done));
}

void DemoAccountApi::updateUser(qint64 userId, const UserPatch &patch, QObject *context, ApiCallback<User> done)
{
    DemoAccount *account = m_account;
    schedule<User>(
        context, [account, userId, patch] { return account->updateUser(userId, patch); }, std::move(done));
}

void DemoAccountApi::fetchRole(qint64 clientId, qint64 userId, QObject *context, ApiCallback<int> done)
{
    DemoAccount *account = m_account;
    schedule<int>(
        context, [account, clientId, userId] { return account->role(clientId, userId); }, std::move(done));
}

void DemoAccountApi::changeRole(qint64 clientId, qint64 userId, int roleId, QObject *context, ApiCallback<Done> done)
{
    DemoAccount *account = m_account;
    schedule<Done>(
        context, [account, clientId, userId, roleId] { return account->setRole(clientId, userId, roleId); },
        std::move(done));
}

void DemoAccountApi::removeUser(qint64 clientId, qint64 userId, QObject *context, ApiCallback<Done> done)
{
    DemoAccount *account = m_account;
    schedule<Done>(
        context, [account, clientId, userId] { return account->removeUser(clientId, userId); }, std::move(done));
}

void DemoAccountApi::resendInvitation(const QString &email, QObject *context, ApiCallback<Done> done)
{
    DemoAccount *account = m_account;
    schedule<Done>(
        context, [account, email] { return account->resendInvitation(email); }, std::move(done));
}

void DemoAccountApi::fetchTokens(qint64 clientId, qint64 userId, QObject *context, ApiCallback<TokenList> done)
{
    DemoAccount *account = m_account;
    schedule<TokenList>(
        context,
        [account, clientId, userId]() -> Result<TokenList> {
            Result<QList<ApiToken>> tokens = account->tokens(clientId, userId);
            if (!tokens)
                return tokens.error();
            return TokenList{std::move(tokens.value()), 0};
        },
        std::move(done));
}

void DemoAccountApi::deleteToken(qint64 clientId, qint64 tokenId, QObject *context, ApiCallback<Done> done)
{
    DemoAccount *account = m_account;
    schedule<Done>(
        context, [account, clientId, tokenId] { return account->deleteToken(clientId, tokenId); }, std::move(done));
}

void DemoAccountApi::setActive(qint64 userId, bool active, QObject *context, ApiCallback<User> done)
{
    DemoAccount *account = m_account;
    schedule<User>(
        context, [account, userId, active] { return account->setActive(userId, active); }, std::move(done));
}

void DemoAccountApi::fetchProjects(QObject *context, ApiCallback<QList<Project>> done)
{
    DemoAccount *account = m_account;
    schedule<QList<Project>>(
        context, [account] { return account->projects(); }, std::move(done));
}

void DemoAccountApi::assignCloudRole(const CloudAssignment &assignment, QObject *context, ApiCallback<Done> done)
{
    DemoAccount *account = m_account;
    schedule<Done>(
        context, [account, assignment] { return account->assignCloudRole(assignment); }, std::move(done));
}

void DemoAccountApi::openAccount(qint64 clientId, QObject *context, ApiCallback<std::shared_ptr<AccountApi>> done)
{
    DemoPlatform *platform = m_platform;
    const DemoAccount *here = m_account;
    const int latency = m_latency;
    schedule<std::shared_ptr<AccountApi>>(
        context,
        [platform, here, clientId, latency]() -> Result<std::shared_ptr<AccountApi>> {
            DemoAccount *there = platform ? platform->account(clientId) : nullptr;
            const Result<AccountInfo> me = here->me();
            if (!me)
                return me.error();
            const Result<User> person = here->user(me.value().currentUserId);
            if (!there || !person)
                return ApiError::make(ApiError::Kind::Forbidden, ApiError::describe(ApiError::Kind::Forbidden));
            const Result<QHash<QString, ClientRoles>> member = there->memberships({person.value().email});
            if (!member)
                return member.error();
            if (member.value().isEmpty() || !there->setActingUser(member.value().cbegin().value().userId))
                return ApiError::make(ApiError::Kind::Forbidden, ApiError::describe(ApiError::Kind::Forbidden));
            // Deleted with the last pointer, also from inside one of its own answers (deliver()
            // touches nothing after the answer).
            auto api = std::make_shared<DemoAccountApi>(there);
            api->setLatency(latency);
            api->setPlatform(platform);
            return std::shared_ptr<AccountApi>(api);
        },
        std::move(done));
}

void DemoAccountApi::fetchCloudAssignments(qint64 userId, QObject *context, ApiCallback<CloudAssignmentList> done)
{
    DemoAccount *account = m_account;
    schedule<CloudAssignmentList>(
        context,
        [account, userId]() -> Result<CloudAssignmentList> {
            const Result<QList<CloudAssignment>> roles = account->cloudAssignments(userId);
            if (!roles)
                return roles.error();
            return CloudAssignmentList{roles.value(), 0};
        },
        std::move(done));
}
