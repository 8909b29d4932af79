#include "ResultCatcher.h"
#include "SimulatorFixture.h"
#include "TestMain.h"

#include "api/GcoreAccountApi.h"
#include "domain/Role.h"
#include "items/UserListLoader.h"
#include "items/UsersModel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

// The systematic side of tst_gcoreaccountapi: every injected fault against every operation of
// the REST client, the whole list of a large account through UserListLoader with faults in the
// middle, and cancellation and shutdown with many kinds of request in flight.

namespace {

using Kind = ApiError::Kind;

// Counts the HTTP requests open at once, so a test can tell that pages really overlapped and
// that nothing is left open (a stalled request still waiting for its timeout).
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int open = 0;
    int maxOpen = 0;
    int finished = 0;

    void resetCounts()
    {
        maxOpen = open;
        finished = 0;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        ++open;
        maxOpen = std::max(maxOpen, open);
        // Connected before the client's own slot; `finished` comes once, also for an abort.
        connect(reply, &QNetworkReply::finished, this, [this] {
            --open;
            ++finished;
        });
        return reply;
    }
};

// The matrix makes a different call for each operation and checks them all alike: the result
// is caught in `out`, and `wrong` says how a value it delivered differs from the simulator's
// account (empty when it does not), asked once it has come.
template <typename T>
ApiCallback<T> checked(std::unique_ptr<CaughtResult> *out, std::function<QString()> *wrong,
                       std::function<QString(const T &)> check = {})
{
    auto catcher = std::make_unique<ResultCatcher<T>>();
    ApiCallback<T> callback = catcher->callback();
    *wrong = [catcher = catcher.get(), check = std::move(check)] {
        return catcher->ok() && check ? check(catcher->value()) : QString();
    };
    *out = std::move(catcher);
    return callback;
}

// One more call's catcher, kept with the others.
template <typename T>
ApiCallback<T> caughtIn(std::vector<std::unique_ptr<CaughtResult>> *all)
{
    auto catcher = std::make_unique<ResultCatcher<T>>();
    ApiCallback<T> callback = catcher->callback();
    all->push_back(std::move(catcher));
    return callback;
}

enum class Op : quint8 {
    FetchMe,
    FetchUsers,
    FetchUser,
    InviteUser,
    UpdateUser,
    FetchRole,
    ChangeRole,
    RemoveUser,
    ResendInvitation,
    FetchTokens,
    SignIn,
    RefreshSession, // restoreSession, then a GET: the fault hits the refresh
};

struct OpInfo
{
    Op op;
    const char *name;
    const char *method; // of the faulted request
    const char *route; // a SimulatorFault route
    bool readsBody; // a 2xx body that cannot be read is an error (not for 204/empty answers)
    bool list; // the route answers a list, in any of the contract's shapes
};

const OpInfo Operations[] = {
    {Op::FetchMe, "fetchMe", "GET", "/iam/clients/me", true, false},
    {Op::FetchUsers, "fetchUsers", "GET", "/iam/users", true, true},
    {Op::FetchUser, "fetchUser", "GET", "/iam/users/{id}", true, false},
    {Op::InviteUser, "inviteUser", "POST", "/iam/clients/invite_user", true, false},
    {Op::UpdateUser, "updateUser", "PATCH", "/iam/users/{id}", true, false},
    {Op::FetchRole, "fetchRole", "GET", "/iam/clients/{c}/client-users/{u}", true, false},
    {Op::ChangeRole, "changeRole", "PUT", "/iam/clients/{c}/client-users/{u}", false, false},
    {Op::RemoveUser, "removeUser", "DELETE", "/iam/clients/{c}/client-users/{u}", false, false},
    {Op::ResendInvitation, "resendInvitation", "POST", "/iam/auth/renew_invitation", false, false},
    {Op::FetchTokens, "fetchTokens", "GET", "/iam/v2/clients/{c}/tokens", true, true},
    {Op::SignIn, "signIn", "POST", "/iam/auth/jwt/login", true, false},
    {Op::RefreshSession, "refreshSession", "POST", "/iam/auth/jwt/refresh", true, false},
};

enum class Effect : quint8 {
    Harmless, // the right answer arrives (latency, another list shape)
    Transient, // once: GET, PUT and DELETE try again and succeed; the rest report it
    Persistent, // every attempt: GET, PUT and DELETE give up after MaxAttempts
    Refused, // never retried by anyone
    BadBody, // a 2xx whose body is not the contract's: the server did the work
};

struct FaultInfo
{
    const char *name;
    const char *options; // SimulatorFault spec options
    Effect effect;
    Kind kind; // when it ends as an error
    int status; // HTTP status of that error, 0 when there was none
    bool listOnly = false;
};

const FaultInfo Faults[] = {
    {"latency", "latency=30", Effect::Harmless, Kind::None, 0},
    {"status429-once", "status=429,retry-after=1,times=1", Effect::Transient, Kind::RateLimited, 429},
    {"status502-once", "status=502,times=1", Effect::Transient, Kind::Server, 502},
    {"status502-html-once", "status=502,html,times=1", Effect::Transient, Kind::Server, 502},
    {"status503-once", "status=503,times=1", Effect::Transient, Kind::Server, 503},
    {"status504-once", "status=504,times=1", Effect::Transient, Kind::Timeout, 504},
    {"status503-always", "status=503", Effect::Persistent, Kind::Server, 503},
    {"status500", "status=500", Effect::Refused, Kind::Server, 500},
    {"status403", "status=403", Effect::Refused, Kind::Forbidden, 403},
    {"status404", "status=404", Effect::Refused, Kind::NotFound, 404},
    // Recovered by Qt's HTTP layer, which sends a request again once when the connection closes
    // before the answer; the client's one-shot POST/PATCH bodies refuse that.
    {"close-once", "close,times=1", Effect::Transient, Kind::Network, 0},
    {"stall-once", "stall,times=1", Effect::Transient, Kind::Timeout, 0},
    {"truncate", "truncate", Effect::BadBody, Kind::BadResponse, 0},
    {"malformed", "malformed", Effect::BadBody, Kind::BadResponse, 0},
    {"html", "html", Effect::BadBody, Kind::BadResponse, 0},
    {"list-results", "list=results", Effect::Harmless, Kind::None, 0, true},
    {"list-result", "list=result", Effect::Harmless, Kind::None, 0, true},
    {"list-array", "list=array", Effect::Harmless, Kind::None, 0, true},
};

constexpr int StallTimeoutMs = 300;

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

} // namespace

class TestFaultMatrix : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void matrix_data();
    void matrix();

    void largeAccountThroughLoader_data();
    void largeAccountThroughLoader();

    void shutdownWithRequestsInFlight_data();
    void shutdownWithRequestsInFlight();

private:
    qint64 findUserByEmail(const QString &email) const;
    std::unique_ptr<GcoreAccountApi> makeApi();
    QString signInForRefreshToken();

    CountingNetwork m_nam;
    std::unique_ptr<GcoreAccountApi> m_api;
    QObject m_context;
    const QString m_password = QStringLiteral("pw-Matrix-Secret-7");
};

qint64 TestFaultMatrix::findUserByEmail(const QString &email) const
{
    const Result<UserPage> all = m_sim->account().listUsers(0, 0);
    if (!all)
        return 0;
    for (const User &u : all.value().users) {
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return u.id;
    }
    return 0;
}

std::unique_ptr<GcoreAccountApi> TestFaultMatrix::makeApi()
{
    auto api = std::make_unique<GcoreAccountApi>(&m_nam, m_sim->baseUrl());
    api->setTimeout(15000);
    api->setRetryBaseDelay(10);
    api->setRetryAfterCap(20);
    return api;
}

// Signs the owner in on m_api (no fault set yet) and returns the refresh token it was given.
QString TestFaultMatrix::signInForRefreshToken()
{
    QSignalSpy tokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);
    ResultCatcher<Done> login;
    m_api->signIn(m_ownerEmail, m_password, QString(), &m_context, login.callback());
    if (!login.wait(10000) || !login.ok() || tokens.isEmpty())
        return QString();
    return tokens.last().at(0).toString();
}

void TestFaultMatrix::initTestCase()
{
    const Result<Done> started = startSimulator();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_sim->addLogin(m_ownerEmail, m_password);
}

void TestFaultMatrix::init()
{
    m_sim->clearFaults();
    const Result<Done> reset = m_sim->reset();
    QVERIFY2(reset.ok(), qPrintable(reset.error().message));
    QCOMPARE(m_sim->ownerId(), m_ownerId);
    m_nam.resetCounts();
    m_api = makeApi();
    m_api->setApiToken(AccountSimulator::defaultToken());
}

void TestFaultMatrix::cleanup()
{
    m_api.reset(); // drops whatever a failed test left in flight, before its receivers go
    m_sim->clearFaults();
}

void TestFaultMatrix::cleanupTestCase()
{
    stopSimulator();
}

// ---- every fault × every operation ---------------------------------------------------------

void TestFaultMatrix::matrix_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("spec"); // the fault, route and method included
    QTest::addColumn<QString>("counter"); // counts every request of that route and method
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("hits"); // requests the server sees
    QTest::addColumn<bool>("applied"); // the server carried the change out

    for (const OpInfo &op : Operations) {
        const QString method = QLatin1String(op.method);
        const bool retriable = method == QLatin1String("GET") || method == QLatin1String("PUT")
            || method == QLatin1String("DELETE");
        const QString prefix = QLatin1String(op.route) + QStringLiteral(":method=") + method;
        for (const FaultInfo &fault : Faults) {
            if (fault.listOnly && !op.list)
                continue;
            bool succeeds = false;
            int hits = 1;
            switch (fault.effect) {
            case Effect::Harmless:
                succeeds = true;
                break;
            case Effect::Transient:
                succeeds = retriable;
                hits = retriable ? 2 : 1;
                break;
            case Effect::Persistent:
                hits = retriable ? GcoreAccountApi::MaxAttempts : 1;
                break;
            case Effect::Refused:
                break;
            case Effect::BadBody:
                succeeds = !op.readsBody;
                break;
            }
            Kind kind = succeeds ? Kind::None : fault.kind;
            // 403/404 from the resend endpoint: "this server cannot resend" (account-api.md).
            if (op.op == Op::ResendInvitation && (fault.status == 403 || fault.status == 404))
                kind = Kind::Unsupported;
            // Status, close and stall faults act before the handler runs; the body faults spoil
            // the answer after it ran. So the change is made once on success, else only then.
            const bool applied = succeeds || fault.effect == Effect::BadBody;
            QTest::addRow("%s/%s", op.name, fault.name)
                << int(op.op) << prefix + u',' + QLatin1String(fault.options) << prefix + QStringLiteral(",latency=0")
                << succeeds << int(kind) << (succeeds ? 0 : fault.status) << hits << applied;
        }
    }
}

void TestFaultMatrix::matrix()
{
    QFETCH(int, op);
    QFETCH(QString, spec);
    QFETCH(QString, counter);
    QFETCH(bool, succeeds);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, hits);
    QFETCH(bool, applied);
    const Op operation = Op(op);

    // Who each operation acts on, chosen before the fault is set.
    const qint64 plainUser =
        findUser([](const User &u) { return u.activated && u.isActive && u.roleId() == Role::Users; });
    const qint64 pendingUser = findUser([this](const User &u) {
        return !u.activated && u.isActive && m_sim->account().tokens(m_clientId, u.id).value().isEmpty();
    });
    qint64 issuer = 0;
    const QList<User> everyone = m_sim->account().listUsers(0, 0).value().users;
    for (const User &u : everyone) {
        if (!m_sim->account().tokens(m_clientId, u.id).value().isEmpty()) {
            issuer = u.id;
            break;
        }
    }
    QVERIFY(plainUser > 0 && pendingUser > 0 && issuer > 0);
    const QString inviteEmail = QStringLiteral("matrix.invite@example.com");
    const QString newName = QStringLiteral("Matrix Renamed");
    QVERIFY(findUserByEmail(inviteEmail) == 0);
    QVERIFY(m_sim->account().user(m_ownerId).value().name != newName);

    if (operation == Op::SignIn) {
        m_api->signOut();
        QVERIFY(!m_api->hasCredentials());
    } else if (operation == Op::RefreshSession) {
        const QString refresh = signInForRefreshToken();
        QVERIFY(!refresh.isEmpty());
        m_api = makeApi(); // the next run of the app, with the refresh token from the keychain
        m_api->restoreSession(refresh);
    }
    if (spec.contains(QLatin1String("stall")))
        m_api->setTimeout(StallTimeoutMs);
    QSignalSpy tokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);

    setFault(spec);
    setFault(counter);
    QCOMPARE(m_sim->faults().size(), 2);

    std::unique_ptr<CaughtResult> out;
    std::function<QString()> wrong;
    switch (operation) {
    case Op::FetchMe:
    case Op::RefreshSession:
        m_api->fetchMe(&m_context, checked<AccountInfo>(&out, &wrong, [this](const AccountInfo &info) {
            const AccountInfo want = m_sim->account().me().value();
            if (info.clientId != want.clientId || info.currentUserId != want.currentUserId
                || info.companyName != want.companyName)
                return QStringLiteral("account %1/%2").arg(info.clientId).arg(info.currentUserId);
            return QString();
        }));
        break;
    case Op::FetchUsers: {
        const bool array = spec.contains(QLatin1String("list=array"));
        m_api->fetchUsers(3, 7, &m_context, checked<UserPage>(&out, &wrong, [this, array](const UserPage &page) {
            const UserPage want = m_sim->account().listUsers(3, 7).value();
            QList<qint64> got;
            QList<qint64> expected;
            for (const User &u : page.users)
                got.append(u.id);
            for (const User &u : want.users)
                expected.append(u.id);
            if (got != expected)
                return QStringLiteral("ids %1, not %2").arg(idList(got), idList(expected));
            for (qsizetype i = 0; i < page.users.size(); ++i) {
                if (page.users.at(i).email != want.users.at(i).email)
                    return QStringLiteral("email of %1").arg(got.at(i));
            }
            if (page.count != (array ? -1 : want.count))
                return QStringLiteral("count %1").arg(page.count);
            if (!page.hasNext)
                return QStringLiteral("no next page");
            return QString();
        }));
        break;
    }
    case Op::FetchUser:
        m_api->fetchUser(plainUser, &m_context, checked<User>(&out, &wrong, [this, plainUser](const User &u) {
            const User want = m_sim->account().user(plainUser).value();
            if (u.id != want.id || u.email != want.email || u.name != want.name || u.roleId(m_clientId) != Role::Users)
                return QStringLiteral("user %1 <%2>").arg(u.id).arg(u.email);
            return QString();
        }));
        break;
    case Op::InviteUser: {
        InviteRequest request;
        request.clientId = m_clientId;
        request.email = inviteEmail;
        request.name = QStringLiteral("Matrix Invite");
        request.roleId = Role::Engineers;
        m_api->inviteUser(request, &m_context,
                          checked<InviteResult>(&out, &wrong, [this, inviteEmail](const InviteResult &r) {
                              if (r.userId <= 0 || r.userId != findUserByEmail(inviteEmail))
                                  return QStringLiteral("invited id %1").arg(r.userId);
                              return QString();
                          }));
        break;
    }
    case Op::UpdateUser: {
        UserPatch patch;
        patch.name = newName;
        m_api->updateUser(m_ownerId, patch, &m_context, checked<User>(&out, &wrong, [this, newName](const User &u) {
            if (u.id != m_ownerId || u.name != newName || u.email != m_ownerEmail)
                return QStringLiteral("edited user %1 named %2").arg(u.id).arg(u.name);
            return QString();
        }));
        break;
    }
    case Op::FetchRole:
        m_api->fetchRole(m_clientId, plainUser, &m_context, checked<int>(&out, &wrong, [](const int &role) {
            return role == Role::Users ? QString() : QStringLiteral("role %1").arg(role);
        }));
        break;
    case Op::ChangeRole:
        m_api->changeRole(m_clientId, plainUser, Role::Engineers, &m_context, checked<Done>(&out, &wrong));
        break;
    case Op::RemoveUser:
        m_api->removeUser(m_clientId, pendingUser, &m_context, checked<Done>(&out, &wrong));
        break;
    case Op::ResendInvitation:
        m_api->resendInvitation(m_sim->account().user(pendingUser).value().email, &m_context,
                                checked<Done>(&out, &wrong));
        break;
    case Op::FetchTokens:
        m_api->fetchTokens(m_clientId, issuer, &m_context,
                           checked<TokenList>(&out, &wrong, [this, issuer](const TokenList &list) {
                               const QList<ApiToken> &got = list.tokens;
                               const QList<ApiToken> want = m_sim->account().tokens(m_clientId, issuer).value();
                               if (got.size() != want.size())
                                   return QStringLiteral("%1 tokens, not %2").arg(got.size()).arg(want.size());
                               for (qsizetype i = 0; i < got.size(); ++i) {
                                   if (got.at(i).id != want.at(i).id || got.at(i).name != want.at(i).name
                                       || got.at(i).userId != issuer)
                                       return QStringLiteral("token %1").arg(got.at(i).id);
                               }
                               return QString();
                           }));
        break;
    case Op::SignIn:
        m_api->signIn(m_ownerEmail, m_password, QString(), &m_context, checked<Done>(&out, &wrong));
        break;
    }
    QCOMPARE(out->calls(), 0); // never inside the call

    QVERIFY(out->wait(10000));
    QCOMPARE(m_api->pendingCount(), 0); // nothing left that could answer a second time
    if (succeeds) {
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        const QString differs = wrong();
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    } else {
        QVERIFY2(!out->ok(), "a fault ended as a success");
        QCOMPARE(int(out->error().kind), kind);
        QCOMPARE(out->error().httpStatus, status);
        QVERIFY(!out->error().message.trimmed().isEmpty());
        QVERIFY2(!out->error().message.contains(u'<'), qPrintable(out->error().message)); // no markup for people
        if (out->error().kind == Kind::RateLimited)
            QCOMPARE(out->error().retryAfterSecs, 1);
    }
    QCOMPARE(m_sim->faults().at(1).hits, hits);

    // What the server did is what the person is told, or it was a change the client could not
    // read the answer to (the body faults): nothing else.
    switch (operation) {
    case Op::InviteUser:
        QCOMPARE(findUserByEmail(inviteEmail) != 0, applied);
        break;
    case Op::UpdateUser:
        QCOMPARE(m_sim->account().user(m_ownerId).value().name == newName, applied);
        break;
    case Op::ChangeRole:
        QCOMPARE(m_sim->account().role(m_clientId, plainUser).value(), applied ? int(Role::Engineers) : int(Role::Users));
        break;
    case Op::RemoveUser:
        QCOMPARE(m_sim->account().user(pendingUser).ok(), !applied);
        break;
    case Op::SignIn:
        QCOMPARE(m_api->hasCredentials(), succeeds);
        QCOMPARE(tokens.count(), succeeds ? 1 : 0);
        break;
    case Op::RefreshSession:
        QCOMPARE(tokens.count(), succeeds ? 1 : 0);
        break;
    default:
        break;
    }

    // The client is still healthy (no connection left in a bad state), and a later round trip
    // brings no second answer to the first call.
    m_sim->clearFaults();
    ResultCatcher<AccountInfo> later;
    if (operation == Op::SignIn)
        m_api->setApiToken(AccountSimulator::defaultToken());
    m_api->fetchMe(&m_context, later.callback());
    QVERIFY(later.wait(10000));
    if (operation == Op::RefreshSession && applied && !succeeds) {
        // The server spent the single-use refresh token on an answer the client could not read.
        QVERIFY(!later.ok());
        QCOMPARE(int(later.error().kind), int(Kind::Unauthorized));
    } else {
        QVERIFY2(later.ok(), qPrintable(later.error().message));
    }
    QCOMPARE(later.calls(), 1);
    QCOMPARE(out->calls(), 1);
    QCOMPARE(m_api->pendingCount(), 0);
}

// ---- a large account, page by page -----------------------------------------------------------

void TestFaultMatrix::largeAccountThroughLoader_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("midList"); // fault options set once 3,000 users are in; empty: none
    QTest::addColumn<bool>("fails");
    for (const char *shape : {"results", "result", "array"}) {
        const QString name = QLatin1String(shape);
        QTest::addRow("%s", shape) << name << QString() << false;
        QTest::addRow("%s/503-once-mid-list", shape) << name << QStringLiteral("status=503,times=1") << false;
        QTest::addRow("%s/500-mid-list", shape) << name << QStringLiteral("status=500") << true;
    }
}

void TestFaultMatrix::largeAccountThroughLoader()
{
    QFETCH(QString, shape);
    QFETCH(QString, midList);
    QFETCH(bool, fails);
    constexpr int Total = 10000;
    constexpr int PageSize = 500;
    constexpr int InFlight = 4;
    const bool counted = shape != QLatin1String("array");

    const Result<Done> seeded = m_sim->account().seedGenerated(Total);
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
    const Result<Done> reopened = m_sim->open(false); // the simulator's owner is the new account's
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    const qint64 clientId = m_sim->account().me().value().clientId;
    const qint64 ownerId = m_sim->ownerId();

    const QString route = QStringLiteral("/iam/users:method=GET");
    setFault(route + QStringLiteral(",list=") + shape);
    setFault(route + QStringLiteral(",latency=0")); // counts the pages asked for

    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UserListLoader loader(m_api.get(), &model);
    loader.setPageSize(PageSize);
    loader.setMaxPagesInFlight(InFlight);
    loader.setApplyInterval(0); // rows (and progress) after every page, so the fault can go in early
    QSignalSpy finished(&loader, &UserListLoader::finished);
    QSignalSpy failed(&loader, &UserListLoader::failed);

    qint64 renamed = 0;
    qint64 removed = 0;
    const QString newName = QStringLiteral("Renamed While Loading");
    if (fails) {
        // What the model holds when the failing refresh starts: a complete earlier load.
        loader.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 30000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(model.rowCount(), Total);
        // Then the account changes: a user on the first page is renamed (that page arrives
        // before the failure), and the last removable user goes (only a complete refresh may
        // drop a row).
        UserPatch patch;
        patch.name = newName;
        renamed = ownerId;
        QVERIFY(m_sim->account().updateUser(renamed, patch).ok());
        const QList<User> before = m_sim->account().listUsers(0, 0).value().users;
        for (auto it = before.crbegin(); it != before.crend() && removed == 0; ++it) {
            if (m_sim->account().removeUser(clientId, it->id).ok())
                removed = it->id;
        }
        QVERIFY(removed > 0);
    }
    const QList<User> expected = m_sim->account().listUsers(0, 0).value().users;
    QCOMPARE(expected.size(), fails ? Total - 1 : Total);

    int injectedAt = -1;
    connect(&loader, &UserListLoader::progress, this, [&](int loaded, int) {
        if (injectedAt >= 0 || midList.isEmpty() || loaded < 3000)
            return;
        injectedAt = loaded;
        QString problem;
        const std::optional<SimulatorFault> fault = SimulatorFault::fromSpec(route + u',' + midList, &problem);
        QVERIFY2(fault, qPrintable(problem));
        m_sim->addFault(*fault);
    });
    m_nam.resetCounts();
    const int finishedBefore = int(finished.count());
    loader.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), finishedBefore + 1, 30000);
    QCOMPARE(m_api->pendingCount(), 0);
    if (!midList.isEmpty()) {
        // Whatever pages were in flight then, more were still to come (at most InFlight beyond
        // what had arrived), so the fault met one of them.
        QVERIFY(injectedAt >= 3000 && injectedAt <= Total - (InFlight + 1) * PageSize);
        QCOMPARE(m_sim->faults().size(), 3);
        QVERIFY(m_sim->faults().at(2).hits >= 1);
    }

    // Every id once: sorted, unique, and the simulator's own.
    std::vector<qint64> ids;
    ids.reserve(size_t(model.rowCount()));
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.user(row).id);
    std::sort(ids.begin(), ids.end());
    QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());

    if (fails) {
        QCOMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), finishedBefore);
        const ApiError error = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(int(error.kind), int(Kind::Server));
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(!loader.isLoading());
        // The model keeps what it had, with what did arrive applied: all the earlier rows, the
        // removed user still among them, the first page's change in.
        QCOMPARE(model.rowCount(), Total);
        QVERIFY(model.rowOfUser(removed) >= 0);
        QCOMPARE(model.user(model.rowOfUser(renamed)).name, newName);
        std::vector<qint64> want;
        for (const User &u : expected)
            want.push_back(u.id);
        want.push_back(removed);
        std::sort(want.begin(), want.end());
        QVERIFY(ids == want);
        // The pages still in flight were dropped, not left to time out.
        QTRY_COMPARE(m_nam.open, 0);
        return;
    }

    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(loader.loadedCount(), Total); // no page delivered twice
    QCOMPARE(loader.expectedCount(), counted ? Total : -1);
    QCOMPARE(model.rowCount(), Total);
    QHash<qint64, const User *> byId;
    byId.reserve(expected.size());
    for (const User &u : expected)
        byId.insert(u.id, &u);
    for (int row = 0; row < model.rowCount(); ++row) {
        const User &got = model.user(row);
        const User *want = byId.value(got.id);
        QVERIFY2(want, qPrintable(QStringLiteral("user %1 is not in the account").arg(got.id)));
        QVERIFY2(got.email == want->email && got.name == want->name && got.activated == want->activated,
                 qPrintable(QStringLiteral("user %1 differs from the account").arg(got.id)));
    }
    // Pages overlapped exactly as allowed, with a total or without; without one the list ends
    // with an empty page, and the pages already asked for past it come back empty too. The
    // one-time 503 cost one more request, nothing else.
    QCOMPARE(m_nam.maxOpen, InFlight);
    const int pages = Total / PageSize + (counted ? 0 : 1);
    const int hits = m_sim->faults().at(1).hits - (midList.isEmpty() ? 0 : 1);
    if (counted)
        QCOMPARE(hits, pages);
    else
        QVERIFY2(hits >= pages && hits < pages + InFlight, qPrintable(QString::number(hits)));
}

// ---- cancel and shutdown ----------------------------------------------------------------------

namespace {
enum class Shutdown : quint8 { CancelAll, DestroyApi, DeleteContext };
} // namespace

void TestFaultMatrix::shutdownWithRequestsInFlight_data()
{
    QTest::addColumn<int>("how");
    QTest::addColumn<bool>("session"); // a JWT session: the requests wait for a refresh in flight
    for (const bool session : {false, true}) {
        const char *suffix = session ? "/refresh-in-flight" : "";
        QTest::addRow("cancelAll%s", suffix) << int(Shutdown::CancelAll) << session;
        QTest::addRow("destroyApi%s", suffix) << int(Shutdown::DestroyApi) << session;
        QTest::addRow("deleteContext%s", suffix) << int(Shutdown::DeleteContext) << session;
    }
}

void TestFaultMatrix::shutdownWithRequestsInFlight()
{
    QFETCH(int, how);
    QFETCH(bool, session);
    const Shutdown shutdown = Shutdown(how);
    const qint64 plainUser =
        findUser([](const User &u) { return u.activated && u.isActive && u.roleId() == Role::Users; });
    const qint64 pendingUser = findUser([](const User &u) { return !u.activated && u.isActive; });
    QVERIFY(plainUser > 0 && pendingUser > 0);

    QString refresh;
    if (session) {
        refresh = signInForRefreshToken();
        QVERIFY(!refresh.isEmpty());
        m_api = makeApi();
        m_api->restoreSession(refresh);
        setFault(QStringLiteral("/iam/auth/jwt/refresh:method=POST,latency=300"));
    } else {
        // The list's second attempt waits 1.6-2.4 s, far longer than the check below that it has
        // not gone out yet may take on a loaded machine; everything else is slow or never answered.
        m_api->setRetryBaseDelay(2000);
        setFault(QStringLiteral("/iam/clients/me:method=GET,stall"));
        setFault(QStringLiteral("/iam/users:method=GET,status=502"));
        setFault(QStringLiteral("/iam/users/{id}:method=GET,latency=400"));
        setFault(QStringLiteral("/iam/clients/{c}/client-users/{u}:latency=400"));
        setFault(QStringLiteral("/iam/clients/invite_user:method=POST,latency=400"));
        setFault(QStringLiteral("/iam/auth/renew_invitation:method=POST,latency=400"));
    }
    QSignalSpy tokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);

    auto context = std::make_unique<QObject>();
    // Half the calls without a context: only cancelAll() or the backend's end can stop those.
    int n = 0;
    const auto nextContext = [&]() -> QObject * {
        return shutdown == Shutdown::DeleteContext || n++ % 2 == 0 ? context.get() : nullptr;
    };
    std::vector<std::unique_ptr<CaughtResult>> outcomes;
    InviteRequest invite;
    invite.clientId = m_clientId;
    invite.email = QStringLiteral("in.flight@example.com");
    m_api->fetchMe(nextContext(), caughtIn<AccountInfo>(&outcomes)); // stalled
    m_api->fetchUsers(0, 5, nextContext(), caughtIn<UserPage>(&outcomes)); // retry waiting
    m_api->inviteUser(invite, nextContext(), caughtIn<InviteResult>(&outcomes));
    m_api->resendInvitation(m_sim->account().user(pendingUser).value().email, nextContext(), caughtIn<Done>(&outcomes));
    m_api->changeRole(m_clientId, plainUser, Role::Engineers, nextContext(), caughtIn<Done>(&outcomes));
    // More than the six connections Qt opens to one host: some wait inside Qt.
    for (int i = 0; i < 4; ++i)
        m_api->fetchUser(plainUser, nextContext(), caughtIn<User>(&outcomes));
    for (int i = 0; i < 6; ++i)
        m_api->fetchRole(m_clientId, plainUser, nextContext(), caughtIn<int>(&outcomes));
    const int calls = int(outcomes.size());
    QCOMPARE(m_api->pendingCount(), calls + (session ? 1 : 0)); // and the refresh, which is no one's

    if (session) {
        QVERIFY(QTest::qWaitFor([this] { return m_sim->faults().at(0).hits == 1; }, 10000)); // the refresh is out
    } else {
        // The stalled request is at the server, and the 502 has come back: the retry waits.
        QVERIFY(QTest::qWaitFor([this] { return m_sim->faults().at(0).hits == 1 && m_nam.finished >= 1; }, 10000));
        QCOMPARE(m_sim->faults().at(1).hits, 1); // the retry has not gone out yet
    }

    switch (shutdown) {
    case Shutdown::CancelAll:
        m_api->cancelAll();
        QCOMPARE(m_api->pendingCount(), 0);
        break;
    case Shutdown::DestroyApi:
        m_api.reset();
        break;
    case Shutdown::DeleteContext:
        context.reset();
        // Only the refresh is left: the session still needs it, whoever asked.
        QCOMPARE(m_api->pendingCount(), session ? 1 : 0);
        break;
    }
    // Nothing is left open at the network: the stalled request does not wait for its timeout.
    if (shutdown != Shutdown::DeleteContext || !session)
        QTRY_COMPARE(m_nam.open, 0);

    // Later than every answer the dropped calls could have had (latency 400 ms, a retry after at
    // most 2.4 s, a refresh after 300 ms), a new request is answered; none of the old ones is.
    m_sim->clearFaults();
    if (session)
        setFault(QStringLiteral("/iam/auth/jwt/refresh:method=POST,latency=0"));
    setFault(QStringLiteral("/iam/clients/me:method=GET,latency=2600"));
    setFault(QStringLiteral("/iam/users:method=GET,latency=0"));
    if (shutdown == Shutdown::DestroyApi) {
        m_api = makeApi();
        if (session)
            m_api->restoreSession(refresh); // the aborted refresh never reached the account
        else
            m_api->setApiToken(AccountSimulator::defaultToken());
    }
    ResultCatcher<AccountInfo> later;
    m_api->fetchMe(&m_context, later.callback());
    QVERIFY(later.wait(10000));
    QVERIFY2(later.ok(), qPrintable(later.error().message));
    QCOMPARE(m_api->pendingCount(), 0);
    int delivered = 0;
    for (const auto &o : outcomes)
        delivered += o->calls();
    QCOMPARE(delivered, 0);
    QCOMPARE(m_sim->faults().last().hits, 0); // the waiting list retry never went out
    if (session) {
        // After cancelAll() or a new backend, the session refreshes again with the same token; the
        // refresh left running for no one (deleteContext) already gave this backend a new pair.
        QCOMPARE(m_sim->faults().at(0).hits, shutdown == Shutdown::DeleteContext ? 0 : 1);
        if (shutdown != Shutdown::DestroyApi)
            QCOMPARE(tokens.count(), 1);
    }
}

ROSTER_TEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
