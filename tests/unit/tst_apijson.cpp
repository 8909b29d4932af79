#include "TestMain.h"
#include "api/ApiJson.h"

#include <QTest>

// The readers of GcoreAccountApi's replies, on bytes (account-api.md); the same bytes are the
// seeds of their fuzz targets (tests/fuzz/corpus).
class TestApiJson : public QObject
{
    Q_OBJECT

private slots:
    void accountInfo_data();
    void accountInfo();
    void inviteResult_data();
    void inviteResult();
    void role_data();
    void role();
    void tokens_data();
    void tokens();
    void tokenFields();
    void cloudAssignments();
    void projects_data();
    void projects();
    void sessionTokens_data();
    void sessionTokens();
    void jwtExpiry_data();
    void jwtExpiry();
    void emptyAndInvalidBodies_data();
    void emptyAndInvalidBodies();
};

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A JWT with these claims (the signature is never checked by the client).
QString jwt(const QByteArray &claims)
{
    return base64Url(R"({"alg":"HS256","typ":"JWT"})") + u'.' + base64Url(claims) + QStringLiteral(".c2lnbmF0dXJl");
}

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace

void TestApiJson::accountInfo_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("clientId");
    QTest::addColumn<qint64>("currentUserId");
    QTest::addColumn<QString>("companyName");

    QTest::newRow("contract") << QByteArray(R"({"id":123456,"currentUser":19449,"companyName":"Example Corp",
        "users":[{"id":19449,"email":"jane@example.com"}]})") << true << qint64(123456) << qint64(19449)
                              << QStringLiteral("Example Corp");
    QTest::newRow("string and float ids") << QByteArray(R"({"id":"123456","currentUser":19449.0})") << true
                                          << qint64(123456) << qint64(19449) << QString();
    QTest::newRow("null company") << QByteArray(R"({"id":1,"currentUser":2,"companyName":null})") << true << qint64(1)
                                  << qint64(2) << QString();
    QTest::newRow("no account id") << QByteArray(R"({"currentUser":2})") << false << qint64(0) << qint64(0) << QString();
    QTest::newRow("account id 0") << QByteArray(R"({"id":0,"currentUser":2})") << false << qint64(0) << qint64(0)
                                  << QString();
    QTest::newRow("no signed-in user") << QByteArray(R"({"id":1})") << false << qint64(0) << qint64(0) << QString();
    QTest::newRow("negative user") << QByteArray(R"({"id":1,"currentUser":-2})") << false << qint64(0) << qint64(0)
                                   << QString();
    QTest::newRow("company a number") << QByteArray(R"({"id":1,"currentUser":2,"companyName":5})") << false << qint64(0)
                                      << qint64(0) << QString();
    QTest::newRow("an array") << QByteArray(R"([{"id":1,"currentUser":2}])") << false << qint64(0) << qint64(0)
                              << QString();
}

void TestApiJson::accountInfo()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const Result<AccountInfo> info = ApiJson::parseAccountInfo(body);
    QCOMPARE(info.ok(), ok);
    if (!ok) {
        QCOMPARE(info.error().kind, ApiError::Kind::BadResponse);
        QVERIFY(!info.error().message.isEmpty());
        return;
    }
    QTEST(info.value().clientId, "clientId");
    QTEST(info.value().currentUserId, "currentUserId");
    QTEST(info.value().companyName, "companyName");
}

void TestApiJson::inviteResult_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("userId"); // 0: refused

    QTest::newRow("contract") << QByteArray(R"({"status":"sent","user_id":19450})") << qint64(19450);
    QTest::newRow("string id") << QByteArray(R"({"status":"sent","user_id":"19451"})") << qint64(19451);
    QTest::newRow("no id") << QByteArray(R"({"status":"sent"})") << qint64(0);
    QTest::newRow("id 0") << QByteArray(R"({"user_id":0})") << qint64(0);
    QTest::newRow("fractional id") << QByteArray(R"({"user_id":1.5})") << qint64(0);
}

void TestApiJson::inviteResult()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, userId);
    const Result<InviteResult> result = ApiJson::parseInviteResult(body);
    QCOMPARE(result.ok(), userId > 0);
    if (result)
        QCOMPARE(result.value().userId, userId);
    else
        QCOMPARE(result.error().kind, ApiError::Kind::BadResponse);
}

void TestApiJson::role_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("roleId"); // 0: refused

    QTest::newRow("contract") << QByteArray(R"({"user_role":{"id":2,"name":"Users"}})") << 2;
    QTest::newRow("string id") << QByteArray(R"({"user_role":{"id":"3009","name":"Purge"}})")
                               << 3009;
    QTest::newRow("largest int") << QByteArray(R"({"user_role":{"id":2147483647}})") << 2147483647;
    QTest::newRow("beyond int") << QByteArray(R"({"user_role":{"id":4294967296}})") << 0;
    QTest::newRow("id 0") << QByteArray(R"({"user_role":{"id":0}})") << 0;
    QTest::newRow("role a number") << QByteArray(R"({"user_role":2})") << 0;
    QTest::newRow("no role") << QByteArray(R"({})") << 0;
}

void TestApiJson::role()
{
    QFETCH(QByteArray, body);
    QFETCH(int, roleId);
    const Result<int> role = ApiJson::parseRole(body);
    QCOMPARE(role.ok(), roleId > 0);
    if (role)
        QCOMPARE(role.value(), roleId);
}

void TestApiJson::tokens_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<int>("unreadable"); // -1: the whole list refused
    QTest::newRow("bare array") << QByteArray(R"([{"id":1,"name":"ci"},{"id":"2"}])") << QList<qint64>{1, 2} << 0;
    QTest::newRow("results") << QByteArray(R"({"count":1,"results":[{"id":3}]})") << QList<qint64>{3} << 0;
    QTest::newRow("older result") << QByteArray(R"({"result":[{"id":4}]})") << QList<qint64>{4} << 0;
    QTest::newRow("none") << QByteArray("[]") << QList<qint64>{} << 0;
    QTest::newRow("no list") << QByteArray(R"({"count":1})") << QList<qint64>{} << -1;
    QTest::newRow("not JSON") << QByteArray("<html>") << QList<qint64>{} << -1;
    // One unreadable entry never hides the others.
    QTest::newRow("token without id") << QByteArray(R"([{"name":"nameless"},{"id":8}])") << QList<qint64>{8} << 1;
    QTest::newRow("token not an object") << QByteArray(R"([5,{"id":9},null])") << QList<qint64>{9} << 2;
    QTest::newRow("unreadable expiry") << QByteArray(R"([{"id":5,"exp_date":"tomorrow"},{"id":6}])")
                                       << QList<qint64>{6} << 1;
    QTest::newRow("expiry a number") << QByteArray(R"([{"id":5,"exp_date":17}])") << QList<qint64>{} << 1;
    QTest::newRow("unreadable last use") << QByteArray(R"([{"id":5,"last_usage":"yesterday"}])") << QList<qint64>{}
                                         << 1;
    QTest::newRow("unreadable creation") << QByteArray(R"([{"id":5,"created":[]}])") << QList<qint64>{} << 1;
}

void TestApiJson::tokens()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<qint64>, ids);
    QFETCH(int, unreadable);
    const Result<TokenList> tokens = ApiJson::parseTokens(body, 7);
    QCOMPARE(tokens.ok(), unreadable >= 0);
    if (!tokens) {
        QCOMPARE(tokens.error().kind, ApiError::Kind::BadResponse);
        return;
    }
    QList<qint64> read;
    for (const ApiToken &token : tokens.value().tokens)
        read.append(token.id);
    QCOMPARE(read, ids);
    QCOMPARE(tokens.value().unreadable, unreadable);
}

void TestApiJson::cloudAssignments()
{
    const Result<CloudAssignmentList> roles = ApiJson::parseCloudAssignments(
        R"({"count":5,"results":[
            {"assigned_by":1,"client_id":301542,"id":12,"project_id":null,"role":"ClientAdministrator","user_id":19449},
            {"role":"Observer","user_id":"19449","project_id":4104},
            {"role":"","user_id":19449},
            {"role":"User","user_id":{"id":1}},
            "not an object"]})");
    QVERIFY(roles);
    QCOMPARE(roles.value().assignments.size(), 2);
    QCOMPARE(roles.value().unreadable, 3);
    QCOMPARE(roles.value().assignments.at(0).role, QStringLiteral("ClientAdministrator"));
    QCOMPARE(roles.value().assignments.at(0).clientId, 301542);
    QCOMPARE(roles.value().assignments.at(0).projectId, 0);
    QCOMPARE(roles.value().assignments.at(1).userId, 19449);
    QCOMPARE(roles.value().assignments.at(1).projectId, 4104);
    QVERIFY(ApiJson::parseCloudAssignments(R"([])").ok());
    QVERIFY(!ApiJson::parseCloudAssignments(R"({"detail":"x"})").ok());
    QVERIFY(!ApiJson::parseCloudAssignments("not json").ok());
}

void TestApiJson::tokenFields()
{
    const Result<TokenList> tokens = ApiJson::parseTokens(
        R"([{"id":1,"name":"ci","exp_date":"2027-01-01T10:20:30.500Z","client_user":{"user_id":19449,"deleted":false}},
            {"id":2,"name":null,"exp_date":null,"client_user":{"user_id":"42","user_email":"gone@example.com",
             "user_name":"Gone Person","deleted":true},"expired":true,"created":"2025-02-03T04:05:06",
             "last_usage":"2025-03-01T12:00:00+02:00"},
            {"id":3,"exp_date":""}])",
        7);
    QVERIFY(tokens);
    QCOMPARE(tokens.value().tokens.size(), 3);
    const ApiToken &first = tokens.value().tokens.at(0);
    QCOMPARE(first.name, QStringLiteral("ci"));
    QCOMPARE(first.expiresAt, QDateTime(QDate(2027, 1, 1), QTime(10, 20, 30, 500), Qt::UTC));
    QCOMPARE(first.userId, 19449);
    QVERIFY(!first.issuerDeleted);
    QVERIFY(!first.expiredFlag);
    QVERIFY(!first.lastUsedAt.isValid());
    const ApiToken &second = tokens.value().tokens.at(1);
    QVERIFY(second.name.isEmpty());
    QVERIFY(!second.expiresAt.isValid()); // never expires...
    QVERIFY(second.expiredFlag); // ...but the server says it has expired
    QVERIFY(second.isExpired(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)));
    QCOMPARE(second.userId, 42);
    QCOMPARE(second.issuerEmail, QStringLiteral("gone@example.com"));
    QCOMPARE(second.issuerName, QStringLiteral("Gone Person"));
    QVERIFY(second.issuerDeleted);
    QCOMPARE(second.createdAt, QDateTime(QDate(2025, 2, 3), QTime(4, 5, 6), Qt::UTC)); // no offset: UTC
    QCOMPARE(second.lastUsedAt, QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(tokens.value().tokens.at(2).userId, 7); // no issuer named: the one asked about
}

void TestApiJson::projects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<bool>>("defaults");

    QTest::newRow("results") << QByteArray(R"({"count":2,"results":[{"id":1,"name":"default","is_default":true},
        {"id":"2","name":"Staging"}]})") << true << QList<qint64>{1, 2}
                             << QStringList{QStringLiteral("default"), QStringLiteral("Staging")} << QList<bool>{true, false};
    QTest::newRow("older result") << QByteArray(R"({"result":[{"id":3.0,"name":"Older"}]})") << true << QList<qint64>{3}
                                  << QStringList{QStringLiteral("Older")} << QList<bool>{false};
    QTest::newRow("bare array, no name") << QByteArray(R"([{"id":4,"name":"","is_default":null}])") << true
                                         << QList<qint64>{4} << QStringList{QStringLiteral("Project 4")}
                                         << QList<bool>{false};
    QTest::newRow("id 0") << QByteArray(R"([{"id":0,"name":"zero"}])") << false << QList<qint64>{} << QStringList{}
                          << QList<bool>{};
    QTest::newRow("no list") << QByteArray(R"({"count":0})") << false << QList<qint64>{} << QStringList{}
                             << QList<bool>{};
}

void TestApiJson::projects()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QList<qint64>, ids);
    QFETCH(QStringList, names);
    QFETCH(QList<bool>, defaults);
    const Result<QList<Project>> projects = ApiJson::parseProjects(body);
    QCOMPARE(projects.ok(), ok);
    if (!ok)
        return;
    QList<qint64> readIds;
    QStringList readNames;
    QList<bool> readDefaults;
    for (const Project &project : projects.value()) {
        readIds.append(project.id);
        readNames.append(project.name);
        readDefaults.append(project.isDefault);
    }
    QCOMPARE(readIds, ids);
    QCOMPARE(readNames, names);
    QCOMPARE(readDefaults, defaults);
}

void TestApiJson::sessionTokens_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");

    QTest::newRow("pair") << QByteArray(R"({"refresh":"r.r.r","access":"a.a.a"})") << true;
    QTest::newRow("no refresh") << QByteArray(R"({"access":"a.a.a"})") << false;
    QTest::newRow("empty access") << QByteArray(R"({"refresh":"r","access":""})") << false;
    QTest::newRow("access a number") << QByteArray(R"({"refresh":"r","access":5})") << false;
    QTest::newRow("an array") << QByteArray(R"(["r","a"])") << false;
}

void TestApiJson::sessionTokens()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const Result<ApiJson::SessionTokens> tokens = ApiJson::parseSessionTokens(body);
    QCOMPARE(tokens.ok(), ok);
    if (ok) {
        QCOMPARE(tokens.value().access, QStringLiteral("a.a.a"));
        QCOMPARE(tokens.value().refresh, QStringLiteral("r.r.r"));
    } else {
        QCOMPARE(tokens.error().kind, ApiError::Kind::BadResponse);
    }
}

void TestApiJson::jwtExpiry_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QDateTime>("expiry"); // invalid: none

    QTest::newRow("exp") << jwt(R"({"token_type":"access","exp":1792923600,"user_id":19449})") << utc(1792923600);
    QTest::newRow("fractional exp") << jwt(R"({"exp":1792923600.75})") << utc(1792923600);
    QTest::newRow("the epoch") << jwt(R"({"exp":0})") << utc(0);
    QTest::newRow("last second of 9999") << jwt(R"({"exp":253402300799})")
                                         << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    // Beyond what the cast to qint64 holds: undefined behaviour before, no expiry now.
    QTest::newRow("9e83") << jwt(R"({"exp":9e83})") << QDateTime();
    QTest::newRow("-1e300") << jwt(R"({"exp":-1e300})") << QDateTime();
    QTest::newRow("2^63") << jwt(R"({"exp":9223372036854775808})") << QDateTime();
    QTest::newRow("year 10000") << jwt(R"({"exp":253402300800})") << QDateTime();
    QTest::newRow("before the epoch") << jwt(R"({"exp":-1})") << QDateTime();
    QTest::newRow("exp a string") << jwt(R"({"exp":"1792923600"})") << QDateTime();
    QTest::newRow("no exp") << jwt(R"({"user_id":1})") << QDateTime();
    QTest::newRow("claims not JSON") << jwt("exp=1792923600") << QDateTime();
    QTest::newRow("two parts") << jwt(R"({"exp":1})").section(u'.', 0, 1) << QDateTime();
    QTest::newRow("four parts") << jwt(R"({"exp":1})") + QStringLiteral(".x") << QDateTime();
    QTest::newRow("not base64") << QStringLiteral("a.!!!!.c") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestApiJson::jwtExpiry()
{
    QFETCH(QString, token);
    QFETCH(QDateTime, expiry);
    const QDateTime read = ApiJson::jwtExpiry(token);
    QCOMPARE(read.isValid(), expiry.isValid());
    if (expiry.isValid())
        QCOMPARE(read, expiry);
}

void TestApiJson::emptyAndInvalidBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("the response is empty");
    QTest::newRow("blank") << QByteArray(" \n") << QStringLiteral("the response is empty");
    QTest::newRow("truncated") << QByteArray(R"({"id":1,)") << QStringLiteral("invalid JSON at offset");
    QTest::newRow("html") << QByteArray("<html>502</html>") << QStringLiteral("invalid JSON at offset 1 (illegal value)");
}

void TestApiJson::emptyAndInvalidBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const QList<ApiError> errors{
        ApiJson::parseAccountInfo(body).error(), ApiJson::parseInviteResult(body).error(),
        ApiJson::parseRole(body).error(),        ApiJson::parseTokens(body, 1).error(),
        ApiJson::parseProjects(body).error(),    ApiJson::parseSessionTokens(body).error(),
    };
    for (const ApiError &error : errors) {
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    }
}

ROSTER_TEST_GUILESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
