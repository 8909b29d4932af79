// The tests' own support (tests/common) does what the tests rely on: a home of the process's
// own, one caught result per callback, and a fake backend that answers, holds, fails and
// passes calls on as configured.
#include "DemoAccountFixture.h"
#include "FakeAccountApi.h"
#include "ResultCatcher.h"
#include "TestIsolation.h"
#include "TestMain.h"

#include "domain/Role.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using Kind = ApiError::Kind;
using Call = FakeAccountApi::Call;

namespace {

QList<User> someUsers(int count)
{
    QList<User> users;
    for (int i = 1; i <= count; ++i) {
        User u;
        u.id = i;
        u.email = QStringLiteral("person%1@example.com").arg(i);
        users.append(u);
    }
    return users;
}

} // namespace

class TestTestSupport : public QObject, private DemoAccountFixture
{
    Q_OBJECT

private slots:
    void isolatedHome();

    void catcherTakesTheResult();
    void catcherCountsEveryCall();
    void catcherWaitEndsWithoutAResult();

    void fakeAnswersFromMemoryLater();
    void fakeFailsTheChosenCalls();
    void fakeHoldsCallsForTheTest();
    void fakeDropsWhatNoOneWaitsFor();
    void fakePassesCallsOn();
};

void TestTestSupport::isolatedHome()
{
    const QString home = TestIsolation::isolate();
    QCOMPARE(TestIsolation::isolate(), home);
    QVERIFY2(home.startsWith(QDir::tempPath() + u'/'), qPrintable(home));
    QCOMPARE(QDir::homePath(), home);
    for (const char *variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = qEnvironmentVariable(variable);
        QVERIFY2(path.startsWith(home + u'/') && QFileInfo(path).isDir(), variable);
    }
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QVERIFY(!(QFileInfo(qEnvironmentVariable("XDG_RUNTIME_DIR")).permissions() & others));
    // What Qt writes, and what a child process is told.
    QVERIFY(QStandardPaths::isTestModeEnabled());
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(home + u'/'));
    QVERIFY2(QSettings().fileName().startsWith(home + u'/'), qPrintable(QSettings().fileName()));
    QCOMPARE(QProcessEnvironment::systemEnvironment().value(QStringLiteral("HOME")), home);
}

void TestTestSupport::catcherTakesTheResult()
{
    ResultCatcher<int> number;
    const ApiCallback<int> done = number.callback();
    QTimer::singleShot(30, Qt::PreciseTimer, this, [done] { done(Result<int>(7)); });
    QVERIFY(!number.delivered());
    QCOMPARE(number.elapsedMs(), qint64(-1));
    QVERIFY(number.wait());
    QCOMPARE(number.calls(), 1);
    QVERIFY(number.ok());
    QCOMPARE(number.value(), 7);
    QCOMPARE(int(number.error().kind), int(Kind::None));
    QVERIFY2(number.elapsedMs() >= 30, qPrintable(QString::number(number.elapsedMs())));

    ResultCatcher<int> refused;
    refused.callback()(Result<int>(ApiError::make(Kind::Forbidden, QStringLiteral("no"), 403)));
    QVERIFY(refused.wait(0));
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(Kind::Forbidden));
    QCOMPARE(refused.result().error().httpStatus, 403);
}

void TestTestSupport::catcherCountsEveryCall()
{
    ResultCatcher<Done> twice;
    const ApiCallback<Done> done = twice.callback();
    done(Done{});
    done(ApiError::make(Kind::Server, QStringLiteral("again")));
    QCOMPARE(twice.calls(), 2);
    QVERIFY(!twice.ok()); // the last one
    QCOMPARE(twice.error().message, QStringLiteral("again"));
}

void TestTestSupport::catcherWaitEndsWithoutAResult()
{
    ResultCatcher<int> never;
    [[maybe_unused]] const ApiCallback<int> done = never.callback();
    QVERIFY(!never.wait(20));
    QVERIFY(!never.delivered());
    QCOMPARE(never.calls(), 0);
}

void TestTestSupport::fakeAnswersFromMemoryLater()
{
    FakeAccountApi api;
    api.users = someUsers(3);
    QObject context;
    QCOMPARE(api.displayName(), QStringLiteral("Test account"));
    QVERIFY(!api.supports(AccountApi::Capability::ResendInvitation));

    ResultCatcher<UserPage> page;
    ResultCatcher<AccountInfo> me;
    ResultCatcher<User> user;
    api.fetchUsers(1, 5, &context, page.callback());
    api.fetchMe(&context, me.callback());
    api.fetchUser(1, &context, user.callback());
    QVERIFY(!page.delivered() && !me.delivered() && !user.delivered()); // never inside the call
    QVERIFY(page.wait() && me.wait() && user.wait());
    QCOMPARE(page.value().users.size(), 2);
    QCOMPARE(page.value().users.constFirst().id, 2);
    QCOMPARE(page.value().count, 3);
    QVERIFY(!page.value().hasNext);
    QCOMPARE(me.value().clientId, FakeAccountApi::ClientId);
    QCOMPARE(me.value().companyName, QStringLiteral("Test company"));
    QCOMPARE(int(user.error().kind), int(Kind::Unsupported)); // not in memory
    QCOMPARE(api.fetchUsersCalls, 1);
    QCOMPARE(api.otherCalls, 2);
    QVERIFY(api.requests.empty());

    // At most `cap` users a page.
    api.cap = 1;
    ResultCatcher<UserPage> capped;
    api.fetchUsers(0, 5, &context, capped.callback());
    QVERIFY(capped.wait());
    QCOMPARE(capped.value().users.size(), 1);
    QVERIFY(capped.value().hasNext);
}

void TestTestSupport::fakeFailsTheChosenCalls()
{
    FakeAccountApi api;
    api.users = someUsers(2);
    api.failure = QStringLiteral("down");
    api.failureKind = Kind::Network;
    QObject context;
    ResultCatcher<UserPage> page;
    ResultCatcher<AccountInfo> me;
    api.fetchUsers(0, 5, &context, page.callback());
    api.fetchMe(&context, me.callback());
    QVERIFY(page.wait() && me.wait());
    QCOMPARE(int(page.error().kind), int(Kind::Network));
    QCOMPARE(page.error().message, QStringLiteral("down"));
    QVERIFY(me.ok()); // fetchUsers only, unless told otherwise

    api.failing = {Call::FetchMe};
    ResultCatcher<UserPage> again;
    ResultCatcher<AccountInfo> meAgain;
    api.fetchUsers(0, 5, &context, again.callback());
    api.fetchMe(&context, meAgain.callback());
    QVERIFY(again.wait() && meAgain.wait());
    QVERIFY(again.ok());
    QCOMPARE(int(meAgain.error().kind), int(Kind::Network));
}

void TestTestSupport::fakeHoldsCallsForTheTest()
{
    FakeAccountApi api;
    api.hold = true;
    api.users = someUsers(5);
    QObject context;
    ResultCatcher<UserPage> first;
    ResultCatcher<UserPage> second;
    ResultCatcher<AccountInfo> me;
    ResultCatcher<User> user;
    api.fetchUsers(0, 2, &context, first.callback());
    api.fetchMe(&context, me.callback());
    api.fetchUsers(2, 2, &context, second.callback());
    api.fetchUser(4, &context, user.callback());
    QCOMPARE(int(api.requests.size()), 4);
    QCOMPARE(api.outstanding(), (QList<int>{0, 1, 2, 3}));
    QCOMPARE(api.mostOutstanding, 4);
    QCOMPARE(api.offsetsRequested(), (QList<int>{0, 2}));
    QCOMPARE(int(api.requests.at(1).call), int(Call::FetchMe));
    QVERIFY(!first.wait(20)); // nothing by itself

    // Answered at once, in the order the test chooses.
    QVERIFY(api.answer(2, someUsers(3), false));
    QCOMPARE(second.value().users.size(), 1);
    QCOMPARE(second.value().count, -1);
    QVERIFY(api.release(0)); // from memory
    QCOMPARE(first.value().users.size(), 2);
    QCOMPARE(first.value().count, 5);
    QVERIFY(api.release(1));
    QCOMPARE(me.value().clientId, FakeAccountApi::ClientId);
    QVERIFY(api.fail(3, ApiError::make(Kind::NotFound, QStringLiteral("gone"), 404)));
    QCOMPARE(user.error().httpStatus, 404);
    QVERIFY(api.outstanding().isEmpty());
    QCOMPARE(first.calls() + second.calls() + me.calls() + user.calls(), 4);
}

void TestTestSupport::fakeDropsWhatNoOneWaitsFor()
{
    FakeAccountApi api;
    auto context = std::make_unique<QObject>();
    ResultCatcher<AccountInfo> late;
    api.latencyMs = 20;
    api.fetchMe(context.get(), late.callback());
    context.reset();
    ResultCatcher<AccountInfo> cancelled;
    api.fetchMe(nullptr, cancelled.callback());
    api.cancelAll();
    ResultCatcher<AccountInfo> after;
    api.fetchMe(nullptr, after.callback()); // made after cancelAll(): answered, and after the others
    QVERIFY(after.wait());
    QCOMPARE(late.calls() + cancelled.calls(), 0);

    api.hold = true;
    context = std::make_unique<QObject>();
    ResultCatcher<UserPage> page;
    api.fetchUsers(0, 1, context.get(), page.callback());
    api.fetchUsers(1, 1, nullptr, page.callback());
    context.reset();
    QVERIFY(!api.isLive(0));
    QVERIFY(api.isLive(1));
    QCOMPARE(api.outstanding(), QList<int>{1});
    QVERIFY(!api.answer(0, someUsers(2)));
    api.cancelAll();
    QVERIFY(api.outstanding().isEmpty());
    QCOMPARE(page.calls(), 0);
}

void TestTestSupport::fakePassesCallsOn()
{
    const Result<Done> opened = openDemo();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    FakeAccountApi api(m_api.get());
    QCOMPARE(api.displayName(), m_api->displayName());
    QCOMPARE(api.preferredPageSize(), m_api->preferredPageSize());
    api.missing.insert(AccountApi::Capability::ListTokens);
    QVERIFY(!api.supports(AccountApi::Capability::ListTokens));
    QVERIFY(api.supports(AccountApi::Capability::ResendInvitation));

    QObject context;
    ResultCatcher<AccountInfo> me;
    api.fetchMe(&context, me.callback());
    QVERIFY(me.wait());
    QCOMPARE(me.value().currentUserId, m_meId);

    // A capability taken away: counted, and refused.
    ResultCatcher<TokenList> tokens;
    api.fetchTokens(m_clientId, m_meId, &context, tokens.callback());
    QVERIFY(tokens.wait());
    QCOMPARE(int(tokens.error().kind), int(Kind::Unsupported));
    QCOMPARE(api.unsupportedCalls, 1);

    // The role id sent is the mapped one, which the demo account does not know.
    const QList<User> users = m_account->listUsers(0, 0).value().users;
    const auto someone = std::find_if(users.cbegin(), users.cend(), [this](const User &u) {
        return u.id != m_meId && u.activated && u.roleId(m_clientId) == Role::Users;
    });
    QVERIFY(someone != users.cend());
    api.mapRole = [](int) { return 4242; };
    ResultCatcher<Done> changed;
    api.changeRole(m_clientId, someone->id, Role::Engineers, &context, changed.callback());
    QVERIFY(changed.wait());
    QCOMPARE(int(changed.error().kind), int(Kind::Validation));
    QCOMPARE(m_account->user(someone->id).value().roleId(m_clientId), int(Role::Users));

    // Held, then passed on when released.
    api.hold = true;
    ResultCatcher<AccountInfo> held;
    api.fetchMe(&context, held.callback());
    QVERIFY(!held.wait(20));
    QVERIFY(api.release(0));
    QVERIFY(held.wait());
    QCOMPARE(held.value().clientId, m_clientId);
    closeFixture();
}

ROSTER_TEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
