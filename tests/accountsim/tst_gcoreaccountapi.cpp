#include "ResultCatcher.h"
#include "SimulatorFixture.h"
#include "TestMain.h"

#include "api/GcoreAccountApi.h"
#include "demo/DemoSeed.h"
#include "domain/CloudRole.h"
#include "domain/Role.h"
#include "items/UserListLoader.h"
#include "items/UsersModel.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

// Fails the test when the call did not answer, or answered with another outcome.
#define AWAIT_OK(catcher)                                                                                              \
    do {                                                                                                               \
        QVERIFY((catcher).wait());                                                                                     \
        QVERIFY2((catcher).ok(), qPrintable((catcher).error().message));                                               \
    } while (false)
#define AWAIT_ERROR(catcher, expectedKind)                                                                             \
    do {                                                                                                               \
        QVERIFY((catcher).wait());                                                                                     \
        QVERIFY(!(catcher).ok());                                                                                      \
        QCOMPARE(int((catcher).error().kind), int(expectedKind));                                                      \
        QVERIFY(!(catcher).error().message.isEmpty());                                                                 \
    } while (false)

using Kind = ApiError::Kind;

QStringList g_log;

void collectLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

} // namespace

class TestGcoreAccountApi : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void urlPolicy_data();
    void urlPolicy();
    void refusedUrl();
    void metadata();

    void fetchMe();
    void fetchUsersPaging();
    void listShapes_data();
    void listShapes();
    void wholeListThroughLoader_data();
    void wholeListThroughLoader();
    void fetchUser();
    void invite();
    void inviteForbidden();
    void dailyInviteLimit();
    void updateUser();
    void roles();
    void removeUser();
    void resendInvitation();
    void resendUnsupported_data();
    void resendUnsupported();
    void fetchTokens();
    void fetchAccountTokens();
    void deleteToken();
    void setActiveUnsupported();
    void fetchProjects_data();
    void fetchProjects();
    void fetchProjectsRetried();
    void assignCloudRole();
    void assignCloudRoleErrors();
    void assignCloudRoleNotRetried();
    void badApiToken();

    void retryAfterThenSuccess_data();
    void retryAfterThenSuccess();
    void retriesExhausted();
    void postNotRetried();
    void longRetryAfterNotWaited();
    void stallTimeout();
    void deadlineCoversRetries();
    void closeIsNetworkError();
    void badBodies_data();
    void badBodies();

    void cancelByContext();
    void cancelAll();
    void deleteInCallback();

    void signIn();
    void openOtherAccount();
    void cloudAssignments();
    void oneTimePassword();
    void refreshBeforeExpiry();
    void refreshOnceOn401();
    void oneRefreshForManyRequests();
    void sessionExpires();
    void restoreSession();
    void switchAccount();
    void tlsFailureIsNetworkError();
    void noSecretInLogs();

private:
    std::unique_ptr<GcoreAccountApi> makeApi(const QUrl &url);
    QString addOwnerLogin(const QString &otp = QString());

    QNetworkAccessManager m_nam;
    std::unique_ptr<GcoreAccountApi> m_api;
    QObject m_context;
};

std::unique_ptr<GcoreAccountApi> TestGcoreAccountApi::makeApi(const QUrl &url)
{
    auto api = std::make_unique<GcoreAccountApi>(&m_nam, url);
    api->setTimeout(15000);
    api->setRetryBaseDelay(10);
    api->setRetryAfterCap(20);
    return api;
}

QString TestGcoreAccountApi::addOwnerLogin(const QString &otp)
{
    const QString password = QStringLiteral("pw-Very-Secret-123");
    m_sim->addLogin(m_ownerEmail, password, otp);
    return password;
}

void TestGcoreAccountApi::initTestCase()
{
    const Result<Done> started = startSimulator();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
}

void TestGcoreAccountApi::init()
{
    m_sim->clearFaults();
    m_sim->account().setClock(nullptr);
    m_sim->setAccessLifetimeSecs(3600);
    m_sim->clearApiTokens();
    m_sim->addApiToken(AccountSimulator::defaultToken());
    const Result<Done> reset = m_sim->reset();
    QVERIFY2(reset.ok(), qPrintable(reset.error().message));
    m_api = makeApi(m_sim->baseUrl());
    m_api->setApiToken(AccountSimulator::defaultToken());
}

void TestGcoreAccountApi::cleanup()
{
    m_api.reset();
}

void TestGcoreAccountApi::cleanupTestCase()
{
    stopSimulator();
}

void TestGcoreAccountApi::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://api.gcore.com") << true;
    QTest::newRow("https path") << QStringLiteral("https://example.com/prefix/") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:1234") << true;
    QTest::newRow("http remote") << QStringLiteral("http://api.gcore.com") << false;
    QTest::newRow("http lookalike") << QStringLiteral("http://127.0.0.1.example.com") << false;
    QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
}

void TestGcoreAccountApi::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(GcoreAccountApi::isUrlAllowed(QUrl(url)), allowed);
}

void TestGcoreAccountApi::refusedUrl()
{
    std::unique_ptr<GcoreAccountApi> api = makeApi(QUrl(QStringLiteral("http://api.example.com")));
    api->setApiToken(AccountSimulator::defaultToken());
    QVERIFY(!api->isUrlAllowed());
    ResultCatcher<AccountInfo> me;
    api->fetchMe(&m_context, me.callback());
    QCOMPARE(me.calls(), 0); // never synchronously
    AWAIT_ERROR(me, Kind::Unsupported);
    QVERIFY(me.error().message.contains(QLatin1String("https://")));
    QVERIFY(!me.error().message.contains(AccountSimulator::defaultToken()));
    ResultCatcher<Done> login;
    api->signIn(QStringLiteral("a@example.com"), QStringLiteral("pw"), QString(), &m_context, login.callback());
    AWAIT_ERROR(login, Kind::Unsupported);
    QCOMPARE(api->pendingCount(), 0);
}

void TestGcoreAccountApi::metadata()
{
    QCOMPARE(m_api->displayName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_api->preferredPageSize(), 1000);
    QCOMPARE(m_api->preferredPagesInFlight(), 4);
    QVERIFY(m_api->supports(AccountApi::Capability::ResendInvitation));
    QVERIFY(!m_api->supports(AccountApi::Capability::Deactivate));
    QVERIFY(m_api->supports(AccountApi::Capability::ListTokens));
    QCOMPARE(m_api->timeout(), 15000);
    GcoreAccountApi fresh(&m_nam, QUrl(QStringLiteral("https://api.gcore.com")));
    QCOMPARE(fresh.timeout(), GcoreAccountApi::DefaultTimeoutMs);
    QCOMPARE(fresh.displayName(), QStringLiteral("api.gcore.com"));
}

void TestGcoreAccountApi::fetchMe()
{
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(&m_context, me.callback());
    AWAIT_OK(me);
    QCOMPARE(me.value().clientId, m_clientId);
    QCOMPARE(me.value().currentUserId, m_ownerId);
    QCOMPARE(me.value().companyName, DemoSeed::companyName());
    QCOMPARE(me.calls(), 1);
}

void TestGcoreAccountApi::fetchUsersPaging()
{
    const int total = m_sim->account().listUsers(0, 0).value().count;
    ResultCatcher<UserPage> first;
    m_api->fetchUsers(0, 10, &m_context, first.callback());
    AWAIT_OK(first);
    QCOMPARE(first.value().users.size(), 10);
    QCOMPARE(first.value().count, total);
    QVERIFY(first.value().hasNext);
    QCOMPARE(first.value().users.at(0).id, m_ownerId);

    ResultCatcher<UserPage> last;
    m_api->fetchUsers(total - 3, 10, nullptr, last.callback());
    AWAIT_OK(last);
    QCOMPARE(last.value().users.size(), 3);
    QVERIFY(!last.value().hasNext);
}

void TestGcoreAccountApi::listShapes_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("count");
    QTest::newRow("results") << QStringLiteral("results") << -2;
    QTest::newRow("result") << QStringLiteral("result") << -2;
    QTest::newRow("array") << QStringLiteral("array") << -1;
}

void TestGcoreAccountApi::listShapes()
{
    QFETCH(QString, shape);
    QFETCH(int, count);
    setFault(QStringLiteral("/iam/users:list=") + shape);
    ResultCatcher<UserPage> page;
    m_api->fetchUsers(0, 7, &m_context, page.callback());
    AWAIT_OK(page);
    QCOMPARE(page.value().users.size(), 7);
    QVERIFY(page.value().hasNext);
    if (count == -1)
        QCOMPARE(page.value().count, -1);
    else
        QCOMPARE(page.value().count, m_sim->account().listUsers(0, 0).value().count);
}

void TestGcoreAccountApi::wholeListThroughLoader_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("results") << QString();
    QTest::newRow("bare array") << QStringLiteral("/iam/users:list=array");
    QTest::newRow("result, flaky") << QStringLiteral("/iam/users:list=result,status=503,times=2");
}

void TestGcoreAccountApi::wholeListThroughLoader()
{
    QFETCH(QString, fault);
    if (!fault.isEmpty())
        setFault(fault);
    const int total = m_sim->account().listUsers(0, 0).value().count;
    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UserListLoader loader(m_api.get(), &model);
    loader.setPageSize(total / 5);
    loader.setMaxPagesInFlight(m_api->preferredPagesInFlight());
    QSignalSpy finished(&loader, &UserListLoader::finished);
    QSignalSpy failed(&loader, &UserListLoader::failed);
    loader.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 20000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(model.rowCount(), total);
}

void TestGcoreAccountApi::fetchUser()
{
    ResultCatcher<User> user;
    m_api->fetchUser(m_ownerId, &m_context, user.callback());
    AWAIT_OK(user);
    QCOMPARE(user.value().email, m_ownerEmail);

    ResultCatcher<User> missing;
    m_api->fetchUser(999999999, &m_context, missing.callback());
    AWAIT_ERROR(missing, Kind::NotFound);
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().message, QStringLiteral("User not found."));
}

void TestGcoreAccountApi::invite()
{
    InviteRequest request;
    request.clientId = m_clientId;
    request.email = QStringLiteral("new.person@example.com");
    request.name = QStringLiteral("New Person");
    request.lang = QStringLiteral("de");
    request.roleId = Role::Engineers;
    ResultCatcher<InviteResult> sent;
    m_api->inviteUser(request, &m_context, sent.callback());
    AWAIT_OK(sent);
    const qint64 id = sent.value().userId;
    QVERIFY(id > 0);
    const User invited = m_sim->account().user(id).value();
    QCOMPARE(invited.lang, QStringLiteral("de"));
    QCOMPARE(invited.name, QStringLiteral("New Person"));
    QVERIFY(!invited.activated);
    QCOMPARE(invited.roleId(m_clientId), int(Role::Engineers));

    ResultCatcher<InviteResult> again;
    m_api->inviteUser(request, &m_context, again.callback());
    AWAIT_ERROR(again, Kind::Validation);
    QCOMPARE(again.error().httpStatus, 400);
    QVERIFY2(again.error().message.contains(QLatin1String("has already been invited")),
             qPrintable(again.error().message));

    request.email.clear();
    ResultCatcher<InviteResult> noEmail;
    m_api->inviteUser(request, &m_context, noEmail.callback());
    AWAIT_ERROR(noEmail, Kind::Validation);
    QVERIFY(noEmail.error().fieldErrors.contains(QStringLiteral("email")));
}

void TestGcoreAccountApi::inviteForbidden()
{
    const qint64 plainUser =
        findUser([](const User &u) { return u.activated && u.isActive && u.roleId() == Role::Users; });
    QVERIFY(plainUser > 0);
    const QString token = QStringLiteral("42_plainUserToken");
    m_sim->addApiToken(token, plainUser);
    m_api->setApiToken(token);
    InviteRequest request;
    request.clientId = m_clientId;
    request.email = QStringLiteral("x@example.com");
    ResultCatcher<InviteResult> refused;
    m_api->inviteUser(request, &m_context, refused.callback());
    AWAIT_ERROR(refused, Kind::Forbidden);
    QCOMPARE(refused.error().message, QStringLiteral("You do not have permission to perform this action."));
}

void TestGcoreAccountApi::dailyInviteLimit()
{
    for (int n = 0; n <= DemoAccount::DefaultDailyInviteLimit; ++n) {
        InviteRequest request;
        request.clientId = m_clientId;
        request.email = QStringLiteral("limit%1@example.com").arg(n);
        ResultCatcher<InviteResult> sent;
        m_api->inviteUser(request, &m_context, sent.callback());
        if (n < DemoAccount::DefaultDailyInviteLimit) {
            AWAIT_OK(sent);
        } else {
            AWAIT_ERROR(sent, Kind::RateLimited);
            QCOMPARE(sent.error().httpStatus, 429);
            QVERIFY(sent.error().retryAfterSecs > 0);
        }
    }
}

void TestGcoreAccountApi::updateUser()
{
    UserPatch patch;
    patch.name = QStringLiteral("Emily C.");
    ResultCatcher<User> edited;
    const QString langBefore = m_sim->account().user(m_ownerId).value().lang;
    m_api->updateUser(m_ownerId, patch, &m_context, edited.callback());
    AWAIT_OK(edited);
    QCOMPARE(edited.value().name, QStringLiteral("Emily C."));
    QCOMPARE(edited.value().lang, langBefore); // only the set field was sent

    UserPatch bad;
    bad.lang = QStringLiteral("xx");
    ResultCatcher<User> refused;
    m_api->updateUser(m_ownerId, bad, &m_context, refused.callback());
    AWAIT_ERROR(refused, Kind::Validation);
    QVERIFY(refused.error().fieldErrors.contains(QStringLiteral("lang")));

    ResultCatcher<User> missing;
    m_api->updateUser(999999999, patch, &m_context, missing.callback());
    AWAIT_ERROR(missing, Kind::NotFound);
}

void TestGcoreAccountApi::roles()
{
    const qint64 user = findUser([](const User &u) { return u.activated && u.isActive && u.roleId() == Role::Users; });
    ResultCatcher<int> role;
    m_api->fetchRole(m_clientId, user, &m_context, role.callback());
    AWAIT_OK(role);
    QCOMPARE(role.value(), int(Role::Users));

    ResultCatcher<Done> changed;
    m_api->changeRole(m_clientId, user, Role::Engineers, &m_context, changed.callback());
    AWAIT_OK(changed);
    ResultCatcher<int> after;
    m_api->fetchRole(m_clientId, user, &m_context, after.callback());
    AWAIT_OK(after);
    QCOMPARE(after.value(), int(Role::Engineers));

    ResultCatcher<Done> invalid;
    m_api->changeRole(m_clientId, user, 999, &m_context, invalid.callback());
    AWAIT_ERROR(invalid, Kind::Validation);
    QVERIFY(invalid.error().fieldErrors.value(QStringLiteral("user_role")).startsWith(QLatin1String("Invalid role")));

    ResultCatcher<int> missing;
    m_api->fetchRole(m_clientId, 999999999, &m_context, missing.callback());
    AWAIT_ERROR(missing, Kind::NotFound);
    ResultCatcher<int> otherAccount;
    m_api->fetchRole(m_clientId + 1, user, &m_context, otherAccount.callback());
    AWAIT_ERROR(otherAccount, Kind::Forbidden);
}

void TestGcoreAccountApi::removeUser()
{
    qint64 withToken = 0;
    const QList<User> users = m_sim->account().listUsers(0, 0).value().users;
    for (const User &u : users) {
        if (u.id == m_ownerId)
            continue;
        const QList<ApiToken> tokens = m_sim->account().tokens(m_clientId, u.id).value();
        for (const ApiToken &t : tokens) {
            if (!t.expiresAt.isValid())
                withToken = u.id;
        }
        if (withToken)
            break;
    }
    QVERIFY(withToken > 0);
    ResultCatcher<Done> blocked;
    m_api->removeUser(m_clientId, withToken, &m_context, blocked.callback());
    AWAIT_ERROR(blocked, Kind::Forbidden);
    QCOMPARE(blocked.error().message, QStringLiteral("You can't remove the user as they have active tokens"));

    const qint64 pending = findUser([](const User &u) { return !u.activated && u.isActive; });
    ResultCatcher<Done> removed;
    m_api->removeUser(m_clientId, pending, &m_context, removed.callback());
    AWAIT_OK(removed);
    QVERIFY(!m_sim->account().user(pending).ok());
    ResultCatcher<Done> again;
    m_api->removeUser(m_clientId, pending, &m_context, again.callback());
    AWAIT_ERROR(again, Kind::NotFound);
}

void TestGcoreAccountApi::resendInvitation()
{
    const qint64 pending = findUser([](const User &u) { return !u.activated && u.isActive; });
    ResultCatcher<Done> resent;
    m_api->resendInvitation(m_sim->account().user(pending).value().email, &m_context, resent.callback());
    AWAIT_OK(resent);

    ResultCatcher<Done> activated;
    m_api->resendInvitation(m_ownerEmail, &m_context, activated.callback());
    AWAIT_ERROR(activated, Kind::Validation);
    QCOMPARE(activated.error().message, QStringLiteral("This user already activated."));

    ResultCatcher<Done> nobody;
    m_api->resendInvitation(QStringLiteral("nobody@example.com"), &m_context, nobody.callback());
    AWAIT_ERROR(nobody, Kind::NotFound);
    QCOMPARE(nobody.error().message, QStringLiteral("User with given email not found."));
    QVERIFY(m_api->supports(AccountApi::Capability::ResendInvitation));
}

void TestGcoreAccountApi::resendUnsupported_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("405") << 405;
    QTest::newRow("403") << 403;
    QTest::newRow("404 other text") << 404;
}

void TestGcoreAccountApi::resendUnsupported()
{
    QFETCH(int, status);
    setFault(QStringLiteral("/iam/auth/renew_invitation:status=%1").arg(status));
    ResultCatcher<Done> resent;
    m_api->resendInvitation(m_ownerEmail, &m_context, resent.callback());
    AWAIT_ERROR(resent, Kind::Unsupported);
    QCOMPARE(resent.error().httpStatus, status);
    QVERIFY(resent.error().message.contains(QLatin1String("cannot resend")));
    QVERIFY(!m_api->supports(AccountApi::Capability::ResendInvitation));
    QCOMPARE(m_sim->faults().at(0).hits, 1);
}

void TestGcoreAccountApi::fetchTokens()
{
    qint64 issuer = 0;
    const QList<User> users = m_sim->account().listUsers(0, 0).value().users;
    for (const User &u : users) {
        if (!m_sim->account().tokens(m_clientId, u.id).value().isEmpty()) {
            issuer = u.id;
            break;
        }
    }
    QVERIFY(issuer > 0);
    ResultCatcher<TokenList> tokens;
    m_api->fetchTokens(m_clientId, issuer, &m_context, tokens.callback());
    AWAIT_OK(tokens);
    const QList<ApiToken> expected = m_sim->account().tokens(m_clientId, issuer).value();
    QCOMPARE(tokens.value().unreadable, 0);
    QCOMPARE(tokens.value().tokens.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ApiToken &read = tokens.value().tokens.at(i);
        QCOMPARE(read.userId, issuer);
        QCOMPARE(read.id, expected.at(i).id);
        QCOMPARE(read.name, expected.at(i).name);
        QCOMPARE(read.issuerEmail, expected.at(i).issuerEmail);
        QVERIFY(!read.issuerDeleted);
        QCOMPARE(read.expiresAt.isValid(), expected.at(i).expiresAt.isValid());
        if (expected.at(i).expiresAt.isValid())
            QCOMPARE(read.expiresAt.toSecsSinceEpoch(), expected.at(i).expiresAt.toSecsSinceEpoch());
        QCOMPARE(read.createdAt.toSecsSinceEpoch(), expected.at(i).createdAt.toSecsSinceEpoch());
        QCOMPARE(read.lastUsedAt.isValid(), expected.at(i).lastUsedAt.isValid());
    }

    ResultCatcher<TokenList> otherAccount;
    m_api->fetchTokens(m_clientId + 1, issuer, &m_context, otherAccount.callback());
    AWAIT_ERROR(otherAccount, Kind::Forbidden);
}

// The account's whole list names each issuer, the removed ones as deleted; entries no one can
// read are left out and counted, the others still arrive.
void TestGcoreAccountApi::fetchAccountTokens()
{
    ResultCatcher<TokenList> all;
    m_api->fetchTokens(m_clientId, 0, &m_context, all.callback());
    AWAIT_OK(all);
    const QList<ApiToken> expected = m_sim->account().tokens(m_clientId, 0).value();
    QCOMPARE(all.value().tokens.size(), expected.size());
    QVERIFY(std::any_of(all.value().tokens.cbegin(), all.value().tokens.cend(), [](const ApiToken &t) {
        return t.issuerDeleted && !t.issuerEmail.isEmpty() && t.expiredFlag;
    }));
    QVERIFY(std::any_of(all.value().tokens.cbegin(), all.value().tokens.cend(),
                        [](const ApiToken &t) { return !t.issuerDeleted && !t.issuerEmail.isEmpty(); }));

    setFault(QStringLiteral("/iam/v2/clients/{c}/tokens:bad-records"));
    ResultCatcher<TokenList> damaged;
    m_api->fetchTokens(m_clientId, 0, &m_context, damaged.callback());
    AWAIT_OK(damaged);
    QCOMPARE(damaged.value().unreadable, 3);
    QCOMPARE(damaged.value().tokens.size(), expected.size());
}

void TestGcoreAccountApi::deleteToken()
{
    const qint64 user = findUser([](const User &u) { return u.activated && u.isActive && u.roleId() == Role::Users; });
    const ApiToken token = m_sim->account().addToken(user, QStringLiteral("Doomed")).value();
    ResultCatcher<Done> deleted;
    m_api->deleteToken(m_clientId, token.id, &m_context, deleted.callback());
    AWAIT_OK(deleted);
    QVERIFY(m_sim->account().tokens(m_clientId, user).value().isEmpty());

    ResultCatcher<Done> again;
    m_api->deleteToken(m_clientId, token.id, &m_context, again.callback());
    AWAIT_ERROR(again, Kind::NotFound);

    // Someone who is no administrator may not delete another person's token.
    const ApiToken other = m_sim->account().addToken(m_ownerId, QStringLiteral("Owner's")).value();
    const QList<ApiToken> ownersBefore = m_sim->account().tokens(m_clientId, m_ownerId).value();
    const QString plainKey = QStringLiteral("42_plainMemberToken000000000000000000000");
    m_sim->addApiToken(plainKey, user);
    m_api->setApiToken(plainKey);
    ResultCatcher<Done> refused;
    m_api->deleteToken(m_clientId, other.id, &m_context, refused.callback());
    AWAIT_ERROR(refused, Kind::Forbidden);
    QVERIFY(m_sim->account().setActingUser(m_ownerId).ok());
    QCOMPARE(m_sim->account().tokens(m_clientId, m_ownerId).value().size(), ownersBefore.size());
}

void TestGcoreAccountApi::setActiveUnsupported()
{
    ResultCatcher<User> result;
    m_api->setActive(m_ownerId, false, &m_context, result.callback());
    QCOMPARE(result.calls(), 0);
    AWAIT_ERROR(result, Kind::Unsupported);
}

void TestGcoreAccountApi::badApiToken()
{
    m_api->setApiToken(QStringLiteral("42_nope"));
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(&m_context, me.callback());
    AWAIT_ERROR(me, Kind::Unauthorized);
    QCOMPARE(me.error().httpStatus, 401);

    m_api->signOut();
    QVERIFY(!m_api->hasCredentials());
    ResultCatcher<UserPage> page;
    m_api->fetchUsers(0, 5, &m_context, page.callback());
    AWAIT_ERROR(page, Kind::Unauthorized);
}

void TestGcoreAccountApi::retryAfterThenSuccess_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("hits");
    QTest::newRow("503 retry-after") << QStringLiteral("/iam/users:status=503,retry-after=1,times=1") << 1;
    QTest::newRow("429 retry-after") << QStringLiteral("/iam/users:status=429,retry-after=2,times=2") << 2;
    QTest::newRow("502 backoff") << QStringLiteral("/iam/users:status=502,times=2") << 2;
    QTest::newRow("504 backoff") << QStringLiteral("/iam/users:status=504,times=1") << 1;
    QTest::newRow("html 502") << QStringLiteral("/iam/users:status=502,html,times=1") << 1;
}

void TestGcoreAccountApi::retryAfterThenSuccess()
{
    QFETCH(QString, fault);
    QFETCH(int, hits);
    setFault(fault);
    ResultCatcher<UserPage> page;
    m_api->fetchUsers(0, 5, &m_context, page.callback());
    AWAIT_OK(page);
    QCOMPARE(page.value().users.size(), 5);
    QCOMPARE(m_sim->faults().at(0).hits, hits);
    QCOMPARE(m_sim->faults().at(0).times, 0);
    QCOMPARE(page.calls(), 1);

    // PUT and DELETE are idempotent too.
    m_sim->clearFaults();
    setFault(QStringLiteral("/iam/clients/{c}/client-users/{u}:status=503,times=1"));
    const qint64 user = findUser([](const User &u) { return u.activated && u.isActive && u.roleId() == Role::Users; });
    ResultCatcher<Done> changed;
    m_api->changeRole(m_clientId, user, Role::Engineers, &m_context, changed.callback());
    AWAIT_OK(changed);
    QCOMPARE(m_sim->faults().at(0).hits, 1);
}

void TestGcoreAccountApi::retriesExhausted()
{
    setFault(QStringLiteral("/iam/users:status=503,retry-after=1"));
    ResultCatcher<UserPage> page;
    m_api->fetchUsers(0, 5, &m_context, page.callback());
    AWAIT_ERROR(page, Kind::Server);
    QCOMPARE(page.error().httpStatus, 503);
    QCOMPARE(m_sim->faults().at(0).hits, GcoreAccountApi::MaxAttempts);
    QCOMPARE(page.calls(), 1);
}

void TestGcoreAccountApi::fetchProjects_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("results") << "";
    QTest::newRow("result") << "result";
    QTest::newRow("bare array") << "array";
}

void TestGcoreAccountApi::fetchProjects()
{
    QFETCH(QString, shape);
    if (!shape.isEmpty())
        setFault(QStringLiteral("/cloud/v1/projects:list=") + shape);
    ResultCatcher<QList<Project>> projects;
    m_api->fetchProjects(&m_context, projects.callback());
    AWAIT_OK(projects);
    const QList<Project> expected = DemoSeed::projects();
    QCOMPARE(projects.value().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(projects.value().at(i).id, expected.at(i).id);
        QCOMPARE(projects.value().at(i).name, expected.at(i).name);
        QCOMPARE(projects.value().at(i).isDefault, expected.at(i).isDefault);
    }
}

void TestGcoreAccountApi::fetchProjectsRetried()
{
    setFault(QStringLiteral("/cloud/v1/projects:status=503,times=1"));
    ResultCatcher<QList<Project>> projects;
    m_api->fetchProjects(&m_context, projects.callback());
    AWAIT_OK(projects);
    QCOMPARE(m_sim->faults().at(0).hits, 1);
    QCOMPARE(projects.value().size(), DemoSeed::projects().size());

    setFault(QStringLiteral("/cloud/v1/projects:malformed"));
    ResultCatcher<QList<Project>> broken;
    m_api->fetchProjects(&m_context, broken.callback());
    AWAIT_ERROR(broken, Kind::BadResponse);
}

void TestGcoreAccountApi::assignCloudRole()
{
    const qint64 user = findUser([](const User &u) { return u.activated && u.roleId() == Role::Users; });
    QVERIFY(user > 0);
    const qint64 project = DemoSeed::projects().at(2).id;
    ResultCatcher<Done> client;
    m_api->assignCloudRole({CloudRole::clientAdministrator(), user, m_clientId, 0}, &m_context, client.callback());
    AWAIT_OK(client);
    ResultCatcher<Done> perProject;
    m_api->assignCloudRole({CloudRole::observer(), user, 0, project}, &m_context, perProject.callback());
    AWAIT_OK(perProject);
    const QList<CloudAssignment> roles = m_sim->account().cloudAssignments(user).value();
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.at(0).role, CloudRole::clientAdministrator());
    QCOMPARE(roles.at(0).clientId, m_clientId);
    QCOMPARE(roles.at(1).role, CloudRole::observer());
    QCOMPARE(roles.at(1).projectId, project);
}

void TestGcoreAccountApi::assignCloudRoleErrors()
{
    const qint64 user = findUser([](const User &u) { return u.activated && u.isActive && u.roleId() == Role::Users; });
    QVERIFY(user > 0);
    ResultCatcher<Done> badRole;
    m_api->assignCloudRole({QStringLiteral("Superuser"), user, 0, DemoSeed::projects().at(1).id}, &m_context,
                           badRole.callback());
    AWAIT_ERROR(badRole, Kind::Validation);
    QVERIFY(badRole.error().fieldErrors.contains(QStringLiteral("role")));

    ResultCatcher<Done> badProject;
    m_api->assignCloudRole({CloudRole::user(), user, 0, 999999}, &m_context, badProject.callback());
    AWAIT_ERROR(badProject, Kind::Validation);
    QVERIFY(badProject.error().fieldErrors.value(QStringLiteral("project_id")).contains(QLatin1String("999999")));

    ResultCatcher<Done> nobody;
    m_api->assignCloudRole({CloudRole::user(), 987654321, 0, DemoSeed::projects().at(1).id}, &m_context,
                           nobody.callback());
    AWAIT_ERROR(nobody, Kind::NotFound);

    const QString token = QStringLiteral("42_plainUserCloudToken");
    m_sim->addApiToken(token, user);
    m_api->setApiToken(token);
    ResultCatcher<Done> refused;
    m_api->assignCloudRole({CloudRole::user(), user, 0, DemoSeed::projects().at(1).id}, &m_context,
                           refused.callback());
    AWAIT_ERROR(refused, Kind::Forbidden);
    // Reading the projects is allowed to every member.
    ResultCatcher<QList<Project>> projects;
    m_api->fetchProjects(&m_context, projects.callback());
    AWAIT_OK(projects);
    QVERIFY(m_sim->account().cloudAssignments(user).value().isEmpty());
}

void TestGcoreAccountApi::assignCloudRoleNotRetried()
{
    setFault(QStringLiteral("/cloud/v1/users/assignments:status=503,retry-after=1"));
    const qint64 user = findUser([](const User &u) { return u.activated && u.roleId() == Role::Users; });
    ResultCatcher<Done> sent;
    m_api->assignCloudRole({CloudRole::user(), user, 0, DemoSeed::projects().at(1).id}, &m_context, sent.callback());
    AWAIT_ERROR(sent, Kind::Server);
    QCOMPARE(m_sim->faults().at(0).hits, 1);
    QVERIFY(m_sim->account().cloudAssignments(user).value().isEmpty());

    m_sim->clearFaults();
    setFault(QStringLiteral("/cloud/v1/users/assignments:close"));
    ResultCatcher<Done> dropped;
    m_api->assignCloudRole({CloudRole::user(), user, 0, DemoSeed::projects().at(1).id}, &m_context,
                           dropped.callback());
    AWAIT_ERROR(dropped, Kind::Network);
    QCOMPARE(m_sim->faults().at(0).hits, 1);
}

void TestGcoreAccountApi::postNotRetried()
{
    setFault(QStringLiteral("/iam/clients/invite_user:status=503,retry-after=1"));
    setFault(QStringLiteral("/iam/auth/renew_invitation:status=502"));
    setFault(QStringLiteral("/iam/users/{id}:method=PATCH,status=503"));
    InviteRequest request;
    request.clientId = m_clientId;
    request.email = QStringLiteral("once@example.com");
    ResultCatcher<InviteResult> sent;
    m_api->inviteUser(request, &m_context, sent.callback());
    AWAIT_ERROR(sent, Kind::Server);
    QCOMPARE(m_sim->faults().at(0).hits, 1);

    ResultCatcher<Done> resent;
    m_api->resendInvitation(QStringLiteral("once@example.com"), &m_context, resent.callback());
    AWAIT_ERROR(resent, Kind::Server);
    QCOMPARE(m_sim->faults().at(1).hits, 1);

    UserPatch patch;
    patch.name = QStringLiteral("Once");
    ResultCatcher<User> edited;
    m_api->updateUser(m_ownerId, patch, &m_context, edited.callback());
    AWAIT_ERROR(edited, Kind::Server);
    QCOMPARE(m_sim->faults().at(2).hits, 1);
}

void TestGcoreAccountApi::longRetryAfterNotWaited()
{
    setFault(QStringLiteral("/iam/clients/me:status=429,retry-after=3600"));
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(&m_context, me.callback());
    AWAIT_ERROR(me, Kind::RateLimited);
    QCOMPARE(me.error().retryAfterSecs, 3600);
    QCOMPARE(m_sim->faults().at(0).hits, 1);
}

void TestGcoreAccountApi::stallTimeout()
{
    m_api->setTimeout(300);
    // One stalled attempt: the retry answers.
    setFault(QStringLiteral("/iam/clients/me:stall,times=1"));
    ResultCatcher<AccountInfo> recovered;
    m_api->fetchMe(&m_context, recovered.callback());
    AWAIT_OK(recovered);
    QCOMPARE(m_sim->faults().at(0).hits, 1);

    // Always stalled: Timeout after every attempt.
    m_sim->clearFaults();
    setFault(QStringLiteral("/iam/clients/me:stall"));
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(&m_context, me.callback());
    AWAIT_ERROR(me, Kind::Timeout);
    QCOMPARE(m_sim->faults().at(0).hits, GcoreAccountApi::MaxAttempts);

    // A POST times out once and is not sent again.
    m_sim->clearFaults();
    setFault(QStringLiteral("/iam/clients/invite_user:stall"));
    InviteRequest request;
    request.clientId = m_clientId;
    request.email = QStringLiteral("stalled@example.com");
    ResultCatcher<InviteResult> sent;
    m_api->inviteUser(request, &m_context, sent.callback());
    AWAIT_ERROR(sent, Kind::Timeout);
    QCOMPARE(m_sim->faults().at(0).hits, 1);
}

// The deadline is the request's, its retries included: a body that trickles is given up on
// once, not once per attempt, and a server that stalls gets only the attempts that fit.
void TestGcoreAccountApi::deadlineCoversRetries()
{
    m_api->setRequestDeadline(1000);
    setFault(QStringLiteral("/iam/clients/me:trickle=100"));
    ResultCatcher<AccountInfo> trickled;
    m_api->fetchMe(&m_context, trickled.callback());
    AWAIT_ERROR(trickled, Kind::Timeout);
    QCOMPARE(trickled.error().message, QStringLiteral("The server did not finish its answer within 1 s."));
    QCOMPARE(m_sim->faults().at(0).hits, 1);

    // Attempts end after 400 ms without a byte: the second has what is left of 700 ms, and no
    // time remains for a third.
    m_sim->clearFaults();
    m_api->setTimeout(400);
    m_api->setRequestDeadline(700);
    setFault(QStringLiteral("/iam/clients/me:stall"));
    ResultCatcher<AccountInfo> stalled;
    m_api->fetchMe(&m_context, stalled.callback());
    AWAIT_ERROR(stalled, Kind::Timeout);
    QCOMPARE(m_sim->faults().at(0).hits, 2);
}

void TestGcoreAccountApi::closeIsNetworkError()
{
    // Unlimited: Qt resends a request once by itself when a kept-alive connection closes unanswered.
    setFault(QStringLiteral("/iam/users:close"));
    ResultCatcher<UserPage> page;
    m_api->fetchUsers(0, 5, &m_context, page.callback());
    AWAIT_ERROR(page, Kind::Network);
    QCOMPARE(page.error().httpStatus, 0);
    m_sim->clearFaults();
    ResultCatcher<UserPage> again;
    m_api->fetchUsers(0, 5, &m_context, again.callback());
    AWAIT_OK(again);
}

void TestGcoreAccountApi::badBodies_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("truncated") << QStringLiteral("truncate") << int(Kind::BadResponse) << 0;
    QTest::newRow("malformed") << QStringLiteral("malformed") << int(Kind::BadResponse) << 0;
    QTest::newRow("html 200") << QStringLiteral("html") << int(Kind::BadResponse) << 0;
    QTest::newRow("html 500") << QStringLiteral("html,status=500") << int(Kind::Server) << 500;
    QTest::newRow("truncated 500") << QStringLiteral("truncate,status=500") << int(Kind::Server) << 500;
}

void TestGcoreAccountApi::badBodies()
{
    QFETCH(QString, fault);
    QFETCH(int, kind);
    QFETCH(int, status);
    setFault(QStringLiteral("/iam/users:") + fault);
    setFault(QStringLiteral("/iam/clients/me:") + fault);
    setFault(QStringLiteral("/iam/users/{id}:") + fault);

    ResultCatcher<UserPage> page;
    m_api->fetchUsers(0, 5, &m_context, page.callback());
    AWAIT_ERROR(page, ApiError::Kind(kind));
    QCOMPARE(page.error().httpStatus, status);
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(&m_context, me.callback());
    AWAIT_ERROR(me, ApiError::Kind(kind));
    ResultCatcher<User> user;
    m_api->fetchUser(m_ownerId, &m_context, user.callback());
    AWAIT_ERROR(user, ApiError::Kind(kind));
}

void TestGcoreAccountApi::cancelByContext()
{
    setFault(QStringLiteral("/iam/clients/me:latency=150"));
    auto context = std::make_unique<QObject>();
    ResultCatcher<AccountInfo> cancelled;
    m_api->fetchMe(context.get(), cancelled.callback());
    QCOMPARE(m_api->pendingCount(), 1);
    context.reset();
    QCOMPARE(m_api->pendingCount(), 0);

    // A later request on the same slow route answers; the cancelled one, sent earlier, never does.
    ResultCatcher<AccountInfo> later;
    m_api->fetchMe(&m_context, later.callback());
    AWAIT_OK(later);
    QCOMPARE(cancelled.calls(), 0);

    // A context destroyed while a retry waits (100 ms): no callback either. The later request
    // is slower than that wait, so a retry that still ran would have answered first.
    m_sim->clearFaults();
    m_api->setRetryAfterCap(100);
    setFault(QStringLiteral("/iam/users:status=503,retry-after=1,times=1"));
    setFault(QStringLiteral("/iam/clients/me:latency=400"));
    context = std::make_unique<QObject>();
    ResultCatcher<UserPage> retrying;
    m_api->fetchUsers(0, 5, context.get(), retrying.callback());
    QTRY_COMPARE(m_sim->faults().at(0).hits, 1);
    context.reset();
    QCOMPARE(m_api->pendingCount(), 0);
    ResultCatcher<AccountInfo> slow;
    m_api->fetchMe(&m_context, slow.callback());
    AWAIT_OK(slow);
    QCOMPARE(retrying.calls(), 0);
    QCOMPARE(m_sim->faults().at(0).hits, 1);
}

void TestGcoreAccountApi::cancelAll()
{
    setFault(QStringLiteral("*:latency=150"));
    ResultCatcher<AccountInfo> me;
    ResultCatcher<UserPage> page;
    ResultCatcher<User> user;
    m_api->fetchMe(&m_context, me.callback());
    m_api->fetchUsers(0, 10, nullptr, page.callback());
    m_api->fetchUser(m_ownerId, &m_context, user.callback());
    QCOMPARE(m_api->pendingCount(), 3);
    m_api->cancelAll();
    QCOMPARE(m_api->pendingCount(), 0);

    ResultCatcher<AccountInfo> later;
    m_api->fetchMe(&m_context, later.callback());
    AWAIT_OK(later);
    QCOMPARE(me.calls() + page.calls() + user.calls(), 0);

    // Destroying the backend aborts what is in flight.
    ResultCatcher<AccountInfo> orphan;
    m_api->fetchMe(nullptr, orphan.callback());
    m_api.reset();
    m_api = makeApi(m_sim->baseUrl());
    m_api->setApiToken(AccountSimulator::defaultToken());
    ResultCatcher<AccountInfo> last;
    m_api->fetchMe(&m_context, last.callback());
    AWAIT_OK(last);
    QCOMPARE(orphan.calls(), 0);
}

void TestGcoreAccountApi::deleteInCallback()
{
    // The receiver deletes the backend while another request is still in flight.
    setFault(QStringLiteral("/iam/users:latency=600"));
    ResultCatcher<UserPage> other;
    bool deleted = false;
    m_api->fetchUsers(0, 5, &m_context, other.callback());
    m_api->fetchMe(&m_context, [&](const Result<AccountInfo> &) {
        m_api.reset();
        deleted = true;
    });
    QTRY_VERIFY(deleted);
    QVERIFY(!m_api);
    // The slow list's answer is still delivered to the socket; nothing may call back.
    QTRY_COMPARE(m_sim->faults().at(0).hits, 1);
    m_api = makeApi(m_sim->baseUrl());
    m_api->setApiToken(AccountSimulator::defaultToken());
    m_sim->clearFaults();
    setFault(QStringLiteral("/iam/clients/me:latency=800"));
    ResultCatcher<AccountInfo> later;
    m_api->fetchMe(&m_context, later.callback());
    AWAIT_OK(later);
    QCOMPARE(other.calls(), 0);
}

// A person's Cloud roles; entries no one can read are counted, the others kept.
void TestGcoreAccountApi::cloudAssignments()
{
    ResultCatcher<CloudAssignmentList> mine;
    m_api->fetchCloudAssignments(m_ownerId, &m_context, mine.callback());
    AWAIT_OK(mine);
    const QList<CloudAssignment> expected = m_sim->account().cloudAssignments(m_ownerId).value();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(mine.value().assignments.size(), expected.size());
    QCOMPARE(mine.value().assignments.at(0).role, expected.at(0).role);
    QCOMPARE(mine.value().assignments.at(0).projectId, expected.at(0).projectId);
    QCOMPARE(mine.value().unreadable, 0);

    setFault(QStringLiteral("/cloud/v1/users/assignments:bad-records"));
    ResultCatcher<CloudAssignmentList> damaged;
    m_api->fetchCloudAssignments(m_ownerId, &m_context, damaged.callback());
    AWAIT_OK(damaged);
    QCOMPARE(damaged.value().assignments.size(), expected.size());
    QCOMPARE(damaged.value().unreadable, 2);

    ResultCatcher<CloudAssignmentList> nobody;
    m_api->fetchCloudAssignments(987654321, &m_context, nobody.callback());
    AWAIT_ERROR(nobody, Kind::NotFound);
}

// A backend of its own in another account of the signed-in person: it acts there, the first
// one stays where it was, and the new refresh token is not announced by the first one.
void TestGcoreAccountApi::openOtherAccount()
{
    ResultCatcher<std::shared_ptr<AccountApi>> byToken;
    m_api->openAccount(DemoSeed::LabsClientId, &m_context, byToken.callback());
    AWAIT_ERROR(byToken, Kind::Unsupported);

    const QString password = addOwnerLogin();
    ResultCatcher<Done> signedIn;
    m_api->signIn(m_ownerEmail, password, QString(), &m_context, signedIn.callback());
    AWAIT_OK(signedIn);
    QSignalSpy tokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);
    ResultCatcher<std::shared_ptr<AccountApi>> opened;
    m_api->openAccount(DemoSeed::LabsClientId, &m_context, opened.callback());
    AWAIT_OK(opened);
    QCOMPARE(tokens.count(), 0);
    const std::shared_ptr<AccountApi> labs = opened.value();
    QVERIFY(labs);
    ResultCatcher<AccountInfo> there;
    labs->fetchMe(&m_context, there.callback());
    AWAIT_OK(there);
    QCOMPARE(there.value().clientId, DemoSeed::LabsClientId);
    ResultCatcher<AccountInfo> here;
    m_api->fetchMe(&m_context, here.callback());
    AWAIT_OK(here);
    QCOMPARE(here.value().clientId, m_clientId);

    // An account the person is not in, and a switch the server refuses.
    ResultCatcher<std::shared_ptr<AccountApi>> stranger;
    m_api->openAccount(m_clientId + 7, &m_context, stranger.callback());
    AWAIT_ERROR(stranger, Kind::Forbidden);
    SimulatorFault down;
    down.route = QStringLiteral("/iam/auth/jwt/clients/%1/login").arg(DemoSeed::AsiaClientId);
    down.status = 500;
    m_sim->addFault(down);
    ResultCatcher<std::shared_ptr<AccountApi>> failed;
    m_api->openAccount(DemoSeed::AsiaClientId, &m_context, failed.callback());
    AWAIT_ERROR(failed, Kind::Server);
}

void TestGcoreAccountApi::signIn()
{
    const QString password = addOwnerLogin();
    m_api->signOut();
    QSignalSpy tokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);

    ResultCatcher<Done> wrong;
    m_api->signIn(m_ownerEmail, QStringLiteral("guess"), QString(), &m_context, wrong.callback());
    AWAIT_ERROR(wrong, Kind::Validation);
    QCOMPARE(wrong.error().message, QStringLiteral("No active account found with the given credentials."));
    QVERIFY(!wrong.error().fieldErrors.contains(GcoreAccountApi::oneTimePasswordField()));
    QCOMPARE(tokens.count(), 0);

    ResultCatcher<Done> ok;
    m_api->signIn(m_ownerEmail, password, QString(), &m_context, ok.callback());
    AWAIT_OK(ok);
    QCOMPARE(tokens.count(), 1);
    QVERIFY(!tokens.at(0).at(0).toString().isEmpty());
    QVERIFY(m_api->hasCredentials());

    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(&m_context, me.callback());
    AWAIT_OK(me);
    QCOMPARE(me.value().currentUserId, m_ownerId);
    QCOMPARE(tokens.count(), 1);

    // Back to the API token: the session's refresh token is dropped.
    m_api->setApiToken(AccountSimulator::defaultToken());
    QCOMPARE(tokens.count(), 2);
    QVERIFY(tokens.at(1).at(0).toString().isEmpty());
}

void TestGcoreAccountApi::oneTimePassword()
{
    const QString password = addOwnerLogin(QStringLiteral("123456"));
    ResultCatcher<Done> needed;
    m_api->signIn(m_ownerEmail, password, QString(), &m_context, needed.callback());
    AWAIT_ERROR(needed, Kind::Validation);
    QVERIFY(needed.error().fieldErrors.contains(GcoreAccountApi::oneTimePasswordField()));

    ResultCatcher<Done> wrongCode;
    m_api->signIn(m_ownerEmail, password, QStringLiteral("654321"), &m_context, wrongCode.callback());
    AWAIT_ERROR(wrongCode, Kind::Validation);
    QVERIFY(wrongCode.error().fieldErrors.contains(GcoreAccountApi::oneTimePasswordField()));

    ResultCatcher<Done> ok;
    m_api->signIn(m_ownerEmail, password, QStringLiteral("123456"), &m_context, ok.callback());
    AWAIT_OK(ok);
}

void TestGcoreAccountApi::refreshBeforeExpiry()
{
    const QString password = addOwnerLogin();
    QSignalSpy tokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);
    ResultCatcher<Done> signedIn;
    m_api->signIn(m_ownerEmail, password, QString(), &m_context, signedIn.callback());
    AWAIT_OK(signedIn);
    QCOMPARE(tokens.count(), 1);

    // The client believes the hour is nearly over; the server still accepts the old token,
    // so only a refresh made before sending explains the new pair.
    m_api->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600 - 30); });
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(&m_context, me.callback());
    AWAIT_OK(me);
    QCOMPARE(tokens.count(), 2);
    QVERIFY(tokens.at(1).at(0).toString() != tokens.at(0).at(0).toString());

    ResultCatcher<AccountInfo> again;
    m_api->fetchMe(&m_context, again.callback());
    AWAIT_OK(again);
    QCOMPARE(tokens.count(), 2);
}

void TestGcoreAccountApi::refreshOnceOn401()
{
    const QString password = addOwnerLogin();
    QSignalSpy tokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);
    ResultCatcher<Done> signedIn;
    m_api->signIn(m_ownerEmail, password, QString(), &m_context, signedIn.callback());
    AWAIT_OK(signedIn);

    // The server's clock ran ahead: it refuses the access token the client thinks is fresh.
    m_sim->account().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600); });
    ResultCatcher<UserPage> page;
    m_api->fetchUsers(0, 5, &m_context, page.callback());
    AWAIT_OK(page);
    QCOMPARE(tokens.count(), 2);

    // An access token refused even after a refresh: Unauthorized, after one refresh only.
    m_sim->setAccessLifetimeSecs(-10);
    m_sim->account().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(5 * 3600); });
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(&m_context, me.callback());
    AWAIT_ERROR(me, Kind::Unauthorized);
    QCOMPARE(me.error().httpStatus, 401);
    QCOMPARE(tokens.count(), 3);
    m_sim->setAccessLifetimeSecs(3600);
}

void TestGcoreAccountApi::oneRefreshForManyRequests()
{
    const QString password = addOwnerLogin();
    QSignalSpy tokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);
    ResultCatcher<Done> signedIn;
    m_api->signIn(m_ownerEmail, password, QString(), &m_context, signedIn.callback());
    AWAIT_OK(signedIn);
    m_api->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600); });
    ResultCatcher<AccountInfo> me;
    ResultCatcher<UserPage> page;
    ResultCatcher<User> user;
    m_api->fetchMe(&m_context, me.callback());
    m_api->fetchUsers(0, 5, &m_context, page.callback());
    m_api->fetchUser(m_ownerId, &m_context, user.callback());
    AWAIT_OK(me);
    AWAIT_OK(page);
    AWAIT_OK(user);
    QCOMPARE(tokens.count(), 2);
}

void TestGcoreAccountApi::sessionExpires()
{
    const QString password = addOwnerLogin();
    QSignalSpy tokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);
    ResultCatcher<Done> signedIn;
    m_api->signIn(m_ownerEmail, password, QString(), &m_context, signedIn.callback());
    AWAIT_OK(signedIn);
    const auto later = [] { return QDateTime::currentDateTimeUtc().addSecs(3 * 24 * 3600); };
    m_sim->account().setClock(later);
    m_api->setClock(later);
    ResultCatcher<AccountInfo> me;
    ResultCatcher<UserPage> page;
    m_api->fetchMe(&m_context, me.callback());
    m_api->fetchUsers(0, 5, &m_context, page.callback());
    AWAIT_ERROR(me, Kind::Unauthorized);
    AWAIT_ERROR(page, Kind::Unauthorized);
    QCOMPARE(tokens.count(), 2);
    QVERIFY(tokens.at(1).at(0).toString().isEmpty());
    QCOMPARE(m_api->pendingCount(), 0);
}

void TestGcoreAccountApi::restoreSession()
{
    const QString password = addOwnerLogin();
    QSignalSpy firstTokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);
    ResultCatcher<Done> signedIn;
    m_api->signIn(m_ownerEmail, password, QString(), &m_context, signedIn.callback());
    AWAIT_OK(signedIn);
    const QString kept = firstTokens.at(0).at(0).toString();

    // The next run of the app: only the refresh token from the keychain.
    std::unique_ptr<GcoreAccountApi> next = makeApi(m_sim->baseUrl());
    QSignalSpy tokens(next.get(), &GcoreAccountApi::refreshTokenChanged);
    next->restoreSession(kept);
    ResultCatcher<AccountInfo> me;
    next->fetchMe(&m_context, me.callback());
    AWAIT_OK(me);
    QCOMPARE(tokens.count(), 1);
    QVERIFY(tokens.at(0).at(0).toString() != kept);

    // Refresh tokens are single-use.
    std::unique_ptr<GcoreAccountApi> stale = makeApi(m_sim->baseUrl());
    stale->restoreSession(kept);
    ResultCatcher<AccountInfo> refused;
    stale->fetchMe(&m_context, refused.callback());
    AWAIT_ERROR(refused, Kind::Unauthorized);
}

void TestGcoreAccountApi::switchAccount()
{
    QSignalSpy tokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);
    ResultCatcher<Done> switched;
    m_api->switchAccount(m_clientId, &m_context, switched.callback());
    AWAIT_OK(switched);
    QCOMPARE(tokens.count(), 1);
    QVERIFY(!tokens.at(0).at(0).toString().isEmpty());
    // Now a JWT session: the API token is no longer sent, and the session works.
    m_sim->clearApiTokens();
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(&m_context, me.callback());
    AWAIT_OK(me);
    QCOMPARE(me.value().clientId, m_clientId);

    ResultCatcher<Done> refused;
    m_api->switchAccount(m_clientId + 1, &m_context, refused.callback());
    AWAIT_ERROR(refused, Kind::Forbidden);
    QCOMPARE(tokens.count(), 1);
    m_sim->addApiToken(AccountSimulator::defaultToken());
}

void TestGcoreAccountApi::tlsFailureIsNetworkError()
{
    // https:// to a server that speaks plain HTTP: the handshake fails and nothing is ignored.
    QUrl url = m_sim->baseUrl();
    url.setScheme(QStringLiteral("https"));
    std::unique_ptr<GcoreAccountApi> api = makeApi(url);
    api->setApiToken(AccountSimulator::defaultToken());
    ResultCatcher<AccountInfo> me;
    api->fetchMe(&m_context, me.callback());
    AWAIT_ERROR(me, Kind::Network);
    QVERIFY(!me.error().message.contains(AccountSimulator::defaultToken()));
}

void TestGcoreAccountApi::noSecretInLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("roster.api.debug=true"));
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectLog);
    QStringList messages;

    const QString password = addOwnerLogin();
    QSignalSpy tokens(m_api.get(), &GcoreAccountApi::refreshTokenChanged);
    ResultCatcher<UserPage> page;
    m_api->fetchUsers(0, 5, &m_context, page.callback());
    bool ok = page.wait() && page.ok();
    ResultCatcher<Done> wrong;
    m_api->signIn(m_ownerEmail, password + u'x', QString(), &m_context, wrong.callback());
    ok = ok && wrong.wait();
    messages.append(wrong.error().message);
    ResultCatcher<Done> signedIn;
    m_api->signIn(m_ownerEmail, password, QString(), &m_context, signedIn.callback());
    ok = ok && signedIn.wait() && signedIn.ok();
    m_api->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600); });
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(&m_context, me.callback());
    ok = ok && me.wait() && me.ok();
    m_api->setApiToken(QStringLiteral("42_wrongSecretToken"));
    ResultCatcher<AccountInfo> refused;
    m_api->fetchMe(&m_context, refused.callback());
    ok = ok && refused.wait();
    messages.append(refused.error().message);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(ok);
    QVERIFY(!g_log.isEmpty()); // the requests were logged
    QStringList secrets{AccountSimulator::defaultToken(), password, QStringLiteral("42_wrongSecretToken")};
    for (const QList<QVariant> &emitted : std::as_const(tokens))
        secrets.append(emitted.at(0).toString());
    secrets.removeAll(QString());
    QVERIFY(secrets.size() >= 5);
    const QString all = g_log.join(u'\n') + u'\n' + messages.join(u'\n');
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!all.contains(secret), "a secret reached the log or an error message");
}

ROSTER_TEST_GUILESS_MAIN(TestGcoreAccountApi)
#include "tst_gcoreaccountapi.moc"
