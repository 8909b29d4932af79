#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "demo/DemoSeed.h"
#include "domain/Role.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using Kind = ApiError::Kind;

namespace {

// Collects what a callback receives, and how often.
template <typename T>
struct Catch
{
    std::optional<Result<T>> result;
    int calls = 0;
    qint64 atMs = -1;
    const QElapsedTimer *clock = nullptr;

    ApiCallback<T> callback()
    {
        return [this](const Result<T> &r) {
            result = r;
            ++calls;
            if (clock)
                atMs = clock->elapsed();
        };
    }
    bool done() const { return calls > 0; }
    const T &value() const { return result->value(); }
};

} // namespace

class TestDemoAccountApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void describesItself();
    void resultsArriveLaterNeverInsideTheCall();
    void latencyIsRespected_data();
    void latencyIsRespected();
    void resultsArriveInCallOrder();
    void destroyedContextGetsNothingAndChangesNothing();
    void cancelAllDropsEverything();
    void destroyingTheBackendDropsEverything();
    void callbackMayDeleteTheBackend();
    void withoutContextStillDelivers();

    void fetchMe();
    void fetchUsers();
    void fetchUser();
    void inviteUser();
    void updateUser();
    void fetchAndChangeRole();
    void removeUser();
    void resendInvitation();
    void fetchTokens();
    void setActive();

private:
    template <typename T>
    bool wait(const Catch<T> &c);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DemoAccount> m_account;
    std::unique_ptr<DemoAccountApi> m_api;
    std::unique_ptr<QObject> m_context;
};

template <typename T>
bool TestDemoAccountApi::wait(const Catch<T> &c)
{
    return QTest::qWaitFor([&c] { return c.done(); }, 5000);
}

void TestDemoAccountApi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_account = std::make_unique<DemoAccount>(m_dir->filePath(QStringLiteral("demo.sqlite")));
    const Result<Done> opened = m_account->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_api = std::make_unique<DemoAccountApi>(m_account.get());
    m_api->setLatency(0);
    m_context = std::make_unique<QObject>();
}

void TestDemoAccountApi::cleanup()
{
    m_context.reset();
    m_api.reset();
    m_account.reset();
    m_dir.reset();
}

void TestDemoAccountApi::describesItself()
{
    DemoAccountApi api(m_account.get());
    QCOMPARE(api.latency(), 150);
    QCOMPARE(api.displayName(), QStringLiteral("Demo account"));
    QVERIFY(api.supports(AccountApi::Capability::ResendInvitation));
    QVERIFY(api.supports(AccountApi::Capability::Deactivate));
    QVERIFY(api.supports(AccountApi::Capability::ListTokens));
    api.setLatency(-5);
    QCOMPARE(api.latency(), 0);
}

void TestDemoAccountApi::resultsArriveLaterNeverInsideTheCall()
{
    Catch<AccountInfo> me;
    Catch<UserPage> page;
    m_api->fetchMe(m_context.get(), me.callback());
    m_api->fetchUsers(0, 10, m_context.get(), page.callback());
    QCOMPARE(me.calls, 0);
    QCOMPARE(page.calls, 0);
    QCOMPARE(m_api->pendingCount(), 2);
    QTRY_COMPARE(page.calls, 1);
    QCOMPARE(me.calls, 1);
    QCOMPARE(m_api->pendingCount(), 0);

    // A mutation is not performed inside the call either.
    const int before = m_account->listUsers(0, 1).value().count;
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("later@example.com");
    Catch<InviteResult> invited;
    m_api->inviteUser(request, m_context.get(), invited.callback());
    QCOMPARE(m_account->listUsers(0, 1).value().count, before);
    QTRY_VERIFY(invited.done());
    QCOMPARE(m_account->listUsers(0, 1).value().count, before + 1);
}

void TestDemoAccountApi::latencyIsRespected_data()
{
    QTest::addColumn<int>("latency");
    QTest::newRow("50 ms") << 50;
    QTest::newRow("300 ms") << 300;
}

void TestDemoAccountApi::latencyIsRespected()
{
    QFETCH(int, latency);
    m_api->setLatency(latency);
    QCOMPARE(m_api->latency(), latency);
    QElapsedTimer clock;
    clock.start();
    Catch<AccountInfo> me;
    me.clock = &clock;
    m_api->fetchMe(m_context.get(), me.callback());
    QTRY_VERIFY(me.done());
    QVERIFY2(me.atMs >= latency, qPrintable(QString::number(me.atMs)));
}

void TestDemoAccountApi::resultsArriveInCallOrder()
{
    m_api->setLatency(20);
    QList<int> order;
    for (int i = 0; i < 5; ++i)
        m_api->fetchUser(m_account->me().value().currentUserId, m_context.get(),
                         [&order, i](const Result<User> &) { order.append(i); });
    QTRY_COMPARE(order.size(), 5);
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
}

void TestDemoAccountApi::destroyedContextGetsNothingAndChangesNothing()
{
    m_api->setLatency(30);
    const QList<User> before = m_account->listUsers(0, 0).value().users;
    const User victim = before.at(20);

    auto *dialog = new QObject;
    Catch<InviteResult> invited;
    Catch<Done> removed;
    Catch<User> edited;
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("never@example.com");
    m_api->inviteUser(request, dialog, invited.callback());
    m_api->removeUser(DemoSeed::ClientId, victim.id, dialog, removed.callback());
    UserPatch patch;
    patch.name = QStringLiteral("Never Renamed");
    m_api->updateUser(victim.id, patch, dialog, edited.callback());
    delete dialog;

    // A call made afterwards, with a living context, arrives after the dropped ones were due.
    Catch<UserPage> sentinel;
    m_api->fetchUsers(0, 0, m_context.get(), sentinel.callback());
    QVERIFY(wait(sentinel));
    QCOMPARE(invited.calls, 0);
    QCOMPARE(removed.calls, 0);
    QCOMPARE(edited.calls, 0);
    QCOMPARE(sentinel.value().users, before);
    QCOMPARE(m_api->pendingCount(), 0);
}

void TestDemoAccountApi::cancelAllDropsEverything()
{
    m_api->setLatency(10);
    const QList<User> before = m_account->listUsers(0, 0).value().users;
    Catch<AccountInfo> me;
    Catch<InviteResult> invited;
    Catch<Done> role;
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("cancelled@example.com");
    m_api->fetchMe(m_context.get(), me.callback());
    m_api->inviteUser(request, m_context.get(), invited.callback());
    m_api->changeRole(DemoSeed::ClientId, before.at(3).id, Role::PurgeAndPrefetchApi, m_context.get(), role.callback());
    QCOMPARE(m_api->pendingCount(), 3);
    m_api->cancelAll();
    QCOMPARE(m_api->pendingCount(), 0);

    // The backend keeps working after a cancel.
    Catch<UserPage> after;
    m_api->fetchUsers(0, 0, m_context.get(), after.callback());
    QVERIFY(wait(after));
    QCOMPARE(me.calls, 0);
    QCOMPARE(invited.calls, 0);
    QCOMPARE(role.calls, 0);
    QCOMPARE(after.value().users, before);
}

void TestDemoAccountApi::destroyingTheBackendDropsEverything()
{
    m_api->setLatency(10);
    const int before = m_account->listUsers(0, 1).value().count;
    Catch<InviteResult> invited;
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("gone@example.com");
    m_api->inviteUser(request, m_context.get(), invited.callback());
    m_api.reset();

    DemoAccountApi other(m_account.get());
    other.setLatency(30);
    Catch<UserPage> sentinel;
    other.fetchUsers(0, 1, m_context.get(), sentinel.callback());
    QVERIFY(wait(sentinel));
    QCOMPARE(invited.calls, 0);
    QCOMPARE(sentinel.value().count, before);
}

void TestDemoAccountApi::callbackMayDeleteTheBackend()
{
    auto *api = new DemoAccountApi(m_account.get());
    api->setLatency(0);
    QPointer<DemoAccountApi> guard(api);
    Catch<AccountInfo> second;
    api->fetchMe(m_context.get(), [api](const Result<AccountInfo> &) { delete api; });
    api->fetchMe(m_context.get(), second.callback());
    QTRY_VERIFY(guard.isNull());

    Catch<AccountInfo> sentinel;
    m_api->setLatency(20);
    m_api->fetchMe(m_context.get(), sentinel.callback());
    QVERIFY(wait(sentinel));
    QCOMPARE(second.calls, 0);
}

void TestDemoAccountApi::withoutContextStillDelivers()
{
    Catch<AccountInfo> me;
    m_api->fetchMe(nullptr, me.callback());
    QCOMPARE(me.calls, 0);
    QTRY_COMPARE(me.calls, 1);
    QVERIFY(me.result->ok());
}

void TestDemoAccountApi::fetchMe()
{
    Catch<AccountInfo> me;
    m_api->fetchMe(m_context.get(), me.callback());
    QVERIFY(wait(me));
    QVERIFY(me.result->ok());
    QCOMPARE(me.value().clientId, DemoSeed::ClientId);
    QCOMPARE(me.value().companyName, DemoSeed::companyName());
    QCOMPARE(me.value().currentUserId, m_account->me().value().currentUserId);
    QCOMPARE(me.calls, 1);
}

void TestDemoAccountApi::fetchUsers()
{
    Catch<UserPage> page;
    m_api->fetchUsers(10, 25, m_context.get(), page.callback());
    QVERIFY(wait(page));
    QVERIFY(page.result->ok());
    const UserPage direct = m_account->listUsers(10, 25).value();
    QCOMPARE(page.value().users, direct.users);
    QCOMPARE(page.value().count, direct.count);
    QCOMPARE(page.value().hasNext, true);
}

void TestDemoAccountApi::fetchUser()
{
    const User first = m_account->listUsers(0, 1).value().users.first();
    Catch<User> found;
    Catch<User> missing;
    m_api->fetchUser(first.id, m_context.get(), found.callback());
    m_api->fetchUser(42, m_context.get(), missing.callback());
    QVERIFY(wait(missing));
    QCOMPARE(found.value(), first);
    QVERIFY(!missing.result->ok());
    QCOMPARE(int(missing.result->error().kind), int(Kind::NotFound));
    QCOMPARE(missing.result->error().httpStatus, 404);
    QCOMPARE(missing.result->error().message, QStringLiteral("User not found."));
}

void TestDemoAccountApi::inviteUser()
{
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("api@example.com");
    request.roleId = Role::Engineers;
    Catch<InviteResult> invited;
    m_api->inviteUser(request, m_context.get(), invited.callback());
    QVERIFY(wait(invited));
    QVERIFY(invited.result->ok());
    QCOMPARE(m_account->user(invited.value().userId).value().email, request.email);

    Catch<InviteResult> again;
    m_api->inviteUser(request, m_context.get(), again.callback());
    QVERIFY(wait(again));
    QCOMPARE(int(again.result->error().kind), int(Kind::Validation));
    QCOMPARE(again.result->error().message,
             QStringLiteral("User %1 has already been invited to client 301542").arg(invited.value().userId));

    request.email.clear();
    Catch<InviteResult> empty;
    m_api->inviteUser(request, m_context.get(), empty.callback());
    QVERIFY(wait(empty));
    QCOMPARE(empty.result->error().fieldErrors.value(QStringLiteral("email")),
             QStringLiteral("This field is required"));
}

void TestDemoAccountApi::updateUser()
{
    const User target = m_account->listUsers(5, 1).value().users.first();
    UserPatch patch;
    patch.name = QString::fromUtf8("Jürgen Weiß");
    patch.lang = QStringLiteral("de");
    Catch<User> edited;
    m_api->updateUser(target.id, patch, m_context.get(), edited.callback());
    QVERIFY(wait(edited));
    QVERIFY(edited.result->ok());
    QCOMPARE(edited.value().name, QString::fromUtf8("Jürgen Weiß"));
    QCOMPARE(edited.value(), m_account->user(target.id).value());

    patch = UserPatch();
    patch.lang = QStringLiteral("xx");
    Catch<User> refused;
    m_api->updateUser(target.id, patch, m_context.get(), refused.callback());
    QVERIFY(wait(refused));
    QCOMPARE(refused.result->error().fieldErrors.keys(), QStringList{QStringLiteral("lang")});
}

void TestDemoAccountApi::fetchAndChangeRole()
{
    const User target = m_account->listUsers(7, 1).value().users.first();
    const int newRole = target.roleId() == Role::Engineers ? Role::Users : Role::Engineers;
    Catch<Done> changed;
    Catch<int> role;
    m_api->changeRole(DemoSeed::ClientId, target.id, newRole, m_context.get(), changed.callback());
    m_api->fetchRole(DemoSeed::ClientId, target.id, m_context.get(), role.callback());
    QVERIFY(wait(role));
    QVERIFY(changed.result->ok());
    QCOMPARE(role.value(), newRole);

    Catch<Done> invalid;
    m_api->changeRole(DemoSeed::ClientId, target.id, 77, m_context.get(), invalid.callback());
    QVERIFY(wait(invalid));
    QCOMPARE(invalid.result->error().fieldErrors.value(QStringLiteral("user_role")),
             QStringLiteral("Invalid role: 77"));
}

void TestDemoAccountApi::removeUser()
{
    const QList<User> users = m_account->listUsers(0, 0).value().users;
    const qint64 me = m_account->me().value().currentUserId;
    const auto plain = std::find_if(users.cbegin(), users.cend(), [&](const User &u) {
        return u.id != me && m_account->tokens(DemoSeed::ClientId, u.id).value().isEmpty();
    });
    Catch<Done> removed;
    m_api->removeUser(DemoSeed::ClientId, plain->id, m_context.get(), removed.callback());
    QVERIFY(wait(removed));
    QVERIFY(removed.result->ok());
    QCOMPARE(int(m_account->user(plain->id).error().kind), int(Kind::NotFound));

    const auto holder = std::find_if(users.cbegin(), users.cend(), [&](const User &u) {
        const QList<ApiToken> t = m_account->tokens(DemoSeed::ClientId, u.id).value();
        return std::any_of(t.cbegin(), t.cend(), [](const ApiToken &k) { return !k.expiresAt.isValid(); });
    });
    Catch<Done> refused;
    m_api->removeUser(DemoSeed::ClientId, holder->id, m_context.get(), refused.callback());
    QVERIFY(wait(refused));
    QCOMPARE(int(refused.result->error().kind), int(Kind::Forbidden));
    QCOMPARE(refused.result->error().httpStatus, 403);
    QCOMPARE(refused.result->error().message, QStringLiteral("You can't remove the user as they have active tokens"));
}

void TestDemoAccountApi::resendInvitation()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<User> users = m_account->listUsers(0, 0).value().users;
    const auto expired =
        std::find_if(users.cbegin(), users.cend(), [&](const User &u) { return u.status(now) == UserStatus::Expired; });
    QVERIFY(expired != users.cend());
    Catch<Done> resent;
    m_api->resendInvitation(expired->email, m_context.get(), resent.callback());
    QVERIFY(wait(resent));
    QVERIFY(resent.result->ok());
    QCOMPARE(m_account->user(expired->id).value().status(QDateTime::currentDateTimeUtc()), UserStatus::Pending);

    Catch<Done> unknown;
    m_api->resendInvitation(QStringLiteral("nobody@example.com"), m_context.get(), unknown.callback());
    QVERIFY(wait(unknown));
    QCOMPARE(unknown.result->error().httpStatus, 404);
    QCOMPARE(unknown.result->error().message, QStringLiteral("User with given email not found."));
}

void TestDemoAccountApi::fetchTokens()
{
    const User target = m_account->listUsers(9, 1).value().users.first();
    const ApiToken token = m_account->addToken(target.id, QStringLiteral("Grafana")).value();
    Catch<QList<ApiToken>> tokens;
    m_api->fetchTokens(DemoSeed::ClientId, target.id, m_context.get(), tokens.callback());
    QVERIFY(wait(tokens));
    QVERIFY(tokens.result->ok());
    QCOMPARE(tokens.value().constLast().id, token.id);
    QCOMPARE(tokens.value().constLast().name, QStringLiteral("Grafana"));
    QCOMPARE(tokens.value().size(), m_account->tokens(DemoSeed::ClientId, target.id).value().size());
}

void TestDemoAccountApi::setActive()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<User> users = m_account->listUsers(0, 0).value().users;
    const qint64 me = m_account->me().value().currentUserId;
    const auto active = std::find_if(users.cbegin(), users.cend(),
                                     [&](const User &u) { return u.id != me && u.status(now) == UserStatus::Active; });
    Catch<User> off;
    m_api->setActive(active->id, false, m_context.get(), off.callback());
    QVERIFY(wait(off));
    QVERIFY(off.result->ok());
    QCOMPARE(off.value().status(now), UserStatus::Deactivated);
    Catch<User> on;
    m_api->setActive(active->id, true, m_context.get(), on.callback());
    QVERIFY(wait(on));
    QCOMPARE(on.value().status(now), UserStatus::Active);
}

QTEST_GUILESS_MAIN(TestDemoAccountApi)
#include "tst_demoaccountapi.moc"
