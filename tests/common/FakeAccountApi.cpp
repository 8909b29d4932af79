#include "FakeAccountApi.h"

#include <QTimer>

#include <algorithm>
#include <climits>
#include <optional>
#include <type_traits>

namespace {

using Call = FakeAccountApi::Call;

// The capability a call needs, if any.
std::optional<AccountApi::Capability> neededFor(Call call)
{
    switch (call) {
    case Call::ResendInvitation:
        return AccountApi::Capability::ResendInvitation;
    case Call::SetActive:
        return AccountApi::Capability::Deactivate;
    case Call::FetchTokens:
    case Call::DeleteToken:
        return AccountApi::Capability::ListTokens;
    default:
        return std::nullopt;
    }
}

// What the account in memory answers to the calls it does not know.
template <typename T>
std::function<Result<T>()> notInMemory()
{
    return [] { return Result<T>(ApiError::make(ApiError::Kind::Unsupported, QStringLiteral("Not in this test"))); };
}

} // namespace

FakeAccountApi::FakeAccountApi(QObject *parent)
    : FakeAccountApi(nullptr, parent)
{
}

FakeAccountApi::FakeAccountApi(AccountApi *inner, QObject *parent)
    : AccountApi(parent)
    , m_inner(inner)
{
    account.clientId = ClientId;
    account.companyName = QStringLiteral("Test company");
}

FakeAccountApi::~FakeAccountApi() = default;

QList<int> FakeAccountApi::outstanding() const
{
    QList<int> open;
    for (int i = 0; i < int(requests.size()); ++i) {
        if (!requests[size_t(i)].answered && isLive(i))
            open.append(i);
    }
    return open;
}

QList<int> FakeAccountApi::offsetsRequested() const
{
    QList<int> offsets;
    for (const Request &r : requests) {
        if (r.call == Call::FetchUsers)
            offsets.append(r.offset);
    }
    return offsets;
}

bool FakeAccountApi::isLive(int index) const
{
    const Request &r = requests.at(size_t(index));
    return !r.guarded || !r.context.isNull();
}

bool FakeAccountApi::take(int index)
{
    Request &r = requests.at(size_t(index));
    if (r.answered)
        qFatal("FakeAccountApi: request %d answered twice", index);
    r.answered = true;
    return isLive(index);
}

// The callbacks below may make new calls, which move `requests`: each calls a copy.
bool FakeAccountApi::release(int index)
{
    if (!take(index))
        return false;
    const std::function<void()> run = requests.at(size_t(index)).release;
    run();
    return true;
}

bool FakeAccountApi::answer(int index, const QList<User> &server, bool withCount, int limit)
{
    const Request &r = requests.at(size_t(index));
    if (r.call != Call::FetchUsers)
        qFatal("FakeAccountApi: request %d is not for a page of users", index);
    if (limit < 0)
        limit = cap > 0 ? std::min(cap, r.limit) : r.limit;
    const UserPage page = pageOf(server, r.offset, limit, withCount);
    if (!take(index))
        return false;
    const ApiCallback<UserPage> done = requests.at(size_t(index)).page;
    done(page);
    return true;
}

bool FakeAccountApi::answerPage(int index, const UserPage &page)
{
    if (requests.at(size_t(index)).call != Call::FetchUsers)
        qFatal("FakeAccountApi: request %d is not for a page of users", index);
    if (!take(index))
        return false;
    const ApiCallback<UserPage> done = requests.at(size_t(index)).page;
    done(page);
    return true;
}

bool FakeAccountApi::fail(int index, const ApiError &error)
{
    if (!take(index))
        return false;
    const std::function<void(const ApiError &)> done = requests.at(size_t(index)).fail;
    done(error);
    return true;
}

UserPage FakeAccountApi::pageOf(const QList<User> &server, int offset, int limit, bool withCount) const
{
    UserPage page;
    page.users = server.mid(std::min<qsizetype>(offset, server.size()), limit);
    page.count = withCount ? int(server.size()) : -1;
    page.hasNext = withCount && offset + page.users.size() < server.size();
    return page;
}

template <typename T>
void FakeAccountApi::handle(Call call, QObject *context, ApiCallback<T> done, Forward<T> forward, Answer<T> own,
                            int offset, int limit)
{
    ++(call == Call::FetchUsers ? fetchUsersCalls : otherCalls);
    std::optional<ApiError> error;
    if (const std::optional<Capability> needed = neededFor(call); needed && missing.contains(*needed)) {
        ++unsupportedCalls;
        error = ApiError::make(ApiError::Kind::Unsupported, QStringLiteral("This backend cannot do that."));
    } else if (!failure.isEmpty() && failing.contains(call)) {
        error = ApiError::make(failureKind, failure);
    }
    const bool viaInner = !error && m_inner;

    if (!hold) {
        if (viaInner)
            forward(context, std::move(done));
        else
            deliverLater(context, std::move(done), error ? Result<T>(*error) : own());
        return;
    }

    Request r;
    r.call = call;
    r.offset = offset;
    r.limit = limit;
    r.context = context;
    r.guarded = context != nullptr;
    if (error)
        r.release = [done, error = *error] { done(Result<T>(error)); };
    else if (viaInner)
        r.release = [forward, context = QPointer<QObject>(context), done] { forward(context.data(), done); };
    else
        r.release = [own, done] { done(own()); };
    r.fail = [done](const ApiError &e) { done(Result<T>(e)); };
    if constexpr (std::is_same_v<T, UserPage>)
        r.page = done;
    requests.push_back(std::move(r));
    mostOutstanding = std::max(mostOutstanding, int(outstanding().size()));
}

template <typename T>
void FakeAccountApi::deliverLater(QObject *context, ApiCallback<T> done, Result<T> result)
{
    QTimer::singleShot(latencyMs, this,
                       [this, generation = m_generation, guard = QPointer<QObject>(context),
                        guarded = context != nullptr, done = std::move(done), result = std::move(result)] {
                           if (generation == m_generation && (!guarded || guard))
                               done(result);
                       });
}

bool FakeAccountApi::supports(Capability capability) const
{
    return !missing.contains(capability) && m_inner && m_inner->supports(capability);
}

QString FakeAccountApi::displayName() const
{
    return m_inner ? m_inner->displayName() : QStringLiteral("Test account");
}

int FakeAccountApi::preferredPageSize() const
{
    if (pageSize > 0)
        return pageSize;
    return m_inner ? m_inner->preferredPageSize() : AccountApi::preferredPageSize();
}

int FakeAccountApi::preferredPagesInFlight() const
{
    if (pagesInFlight > 0)
        return pagesInFlight;
    return m_inner ? m_inner->preferredPagesInFlight() : AccountApi::preferredPagesInFlight();
}

void FakeAccountApi::fetchMe(QObject *context, ApiCallback<AccountInfo> done)
{
    handle<AccountInfo>(
        Call::FetchMe, context, std::move(done),
        [this](QObject *c, ApiCallback<AccountInfo> d) { m_inner->fetchMe(c, std::move(d)); },
        [this] { return Result<AccountInfo>(account); });
}

void FakeAccountApi::fetchUsers(qint64 wantedOffset, int limit, QObject *context, ApiCallback<UserPage> done)
{
    const int offset = int(std::clamp<qint64>(wantedOffset, 0, INT_MAX)); // a test account is small
    handle<UserPage>(
        Call::FetchUsers, context, std::move(done),
        [this, offset, limit](QObject *c, ApiCallback<UserPage> d) {
            m_inner->fetchUsers(offset, limit, c, std::move(d));
        },
        [this, offset, limit] {
            return Result<UserPage>(pageOf(users, offset, cap > 0 ? std::min(cap, limit) : limit, true));
        },
        offset, limit);
}

void FakeAccountApi::fetchUser(qint64 userId, QObject *context, ApiCallback<User> done)
{
    handle<User>(
        Call::FetchUser, context, std::move(done),
        [this, userId](QObject *c, ApiCallback<User> d) { m_inner->fetchUser(userId, c, std::move(d)); },
        notInMemory<User>());
}

void FakeAccountApi::inviteUser(const InviteRequest &request, QObject *context, ApiCallback<InviteResult> done)
{
    handle<InviteResult>(
        Call::InviteUser, context, std::move(done),
        [this, request](QObject *c, ApiCallback<InviteResult> d) { m_inner->inviteUser(request, c, std::move(d)); },
        notInMemory<InviteResult>());
}

void FakeAccountApi::updateUser(qint64 userId, const UserPatch &patch, QObject *context, ApiCallback<User> done)
{
    handle<User>(
        Call::UpdateUser, context, std::move(done),
        [this, userId, patch](QObject *c, ApiCallback<User> d) { m_inner->updateUser(userId, patch, c, std::move(d)); },
        notInMemory<User>());
}

void FakeAccountApi::fetchRole(qint64 clientId, qint64 userId, QObject *context, ApiCallback<int> done)
{
    handle<int>(
        Call::FetchRole, context, std::move(done),
        [this, clientId, userId](QObject *c, ApiCallback<int> d) {
            m_inner->fetchRole(clientId, userId, c, std::move(d));
        },
        notInMemory<int>());
}

void FakeAccountApi::changeRole(qint64 clientId, qint64 userId, int roleId, QObject *context, ApiCallback<Done> done)
{
    const int sent = mapRole ? mapRole(roleId) : roleId;
    handle<Done>(
        Call::ChangeRole, context, std::move(done),
        [this, clientId, userId, sent](QObject *c, ApiCallback<Done> d) {
            m_inner->changeRole(clientId, userId, sent, c, std::move(d));
        },
        notInMemory<Done>());
}

void FakeAccountApi::removeUser(qint64 clientId, qint64 userId, QObject *context, ApiCallback<Done> done)
{
    handle<Done>(
        Call::RemoveUser, context, std::move(done),
        [this, clientId, userId](QObject *c, ApiCallback<Done> d) {
            m_inner->removeUser(clientId, userId, c, std::move(d));
        },
        notInMemory<Done>());
}

void FakeAccountApi::resendInvitation(const QString &email, QObject *context, ApiCallback<Done> done)
{
    handle<Done>(
        Call::ResendInvitation, context, std::move(done),
        [this, email](QObject *c, ApiCallback<Done> d) { m_inner->resendInvitation(email, c, std::move(d)); },
        notInMemory<Done>());
}

void FakeAccountApi::fetchTokens(qint64 clientId, qint64 userId, QObject *context, ApiCallback<TokenList> done)
{
    handle<TokenList>(
        Call::FetchTokens, context, std::move(done),
        [this, clientId, userId](QObject *c, ApiCallback<TokenList> d) {
            m_inner->fetchTokens(clientId, userId, c, std::move(d));
        },
        notInMemory<TokenList>());
}

void FakeAccountApi::deleteToken(qint64 clientId, qint64 tokenId, QObject *context, ApiCallback<Done> done)
{
    handle<Done>(
        Call::DeleteToken, context, std::move(done),
        [this, clientId, tokenId](QObject *c, ApiCallback<Done> d) {
            m_inner->deleteToken(clientId, tokenId, c, std::move(d));
        },
        notInMemory<Done>());
}

void FakeAccountApi::setActive(qint64 userId, bool active, QObject *context, ApiCallback<User> done)
{
    handle<User>(
        Call::SetActive, context, std::move(done),
        [this, userId, active](QObject *c, ApiCallback<User> d) {
            m_inner->setActive(userId, active, c, std::move(d));
        },
        notInMemory<User>());
}

void FakeAccountApi::fetchProjects(QObject *context, ApiCallback<QList<Project>> done)
{
    handle<QList<Project>>(
        Call::FetchProjects, context, std::move(done),
        [this](QObject *c, ApiCallback<QList<Project>> d) { m_inner->fetchProjects(c, std::move(d)); },
        notInMemory<QList<Project>>());
}

void FakeAccountApi::assignCloudRole(const CloudAssignment &assignment, QObject *context, ApiCallback<Done> done)
{
    handle<Done>(
        Call::AssignCloudRole, context, std::move(done),
        [this, assignment](QObject *c, ApiCallback<Done> d) { m_inner->assignCloudRole(assignment, c, std::move(d)); },
        notInMemory<Done>());
}

void FakeAccountApi::fetchCloudAssignments(qint64 userId, QObject *context, ApiCallback<CloudAssignmentList> done)
{
    handle<CloudAssignmentList>(
        Call::FetchCloudAssignments, context, std::move(done),
        [this, userId](QObject *c, ApiCallback<CloudAssignmentList> d) {
            m_inner->fetchCloudAssignments(userId, c, std::move(d));
        },
        notInMemory<CloudAssignmentList>());
}

void FakeAccountApi::openAccount(qint64 clientId, QObject *context, ApiCallback<std::shared_ptr<AccountApi>> done)
{
    handle<std::shared_ptr<AccountApi>>(
        Call::OpenAccount, context, std::move(done),
        [this, clientId](QObject *c, ApiCallback<std::shared_ptr<AccountApi>> d) {
            m_inner->openAccount(clientId, c, std::move(d));
        },
        notInMemory<std::shared_ptr<AccountApi>>());
}

void FakeAccountApi::cancelAll()
{
    ++m_generation;
    for (Request &r : requests)
        r.answered = true;
    if (m_inner)
        m_inner->cancelAll();
}
