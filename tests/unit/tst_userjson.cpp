#include "TestMain.h"
#include "domain/Role.h"
#include "domain/UserJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestUserJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheContractExample();
    void acceptsVariants_data();
    void acceptsVariants();
    void listShapes_data();
    void listShapes();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void roundTrip();
    void status_data();
    void status();
    void roles();
};

namespace {

const QByteArray contractUser = R"({"id":19449,"email":"jane@example.com","name":"Jane Doe","lang":"en","phone":null,
 "company":"Example Corp","reseller":1,"client":123456,"deleted":false,
 "groups":[{"id":2,"name":"Users"}],"activated":false,"sso_auth":false,"two_fa":false,
 "auth_types":["password"],"user_type":"common","is_active":true,
 "client_and_roles":[{"client_id":123456,"client_company_name":"Example Corp",
   "user_id":19449,"user_roles":["2"]}]})";

} // namespace

void TestUserJson::parsesTheContractExample()
{
    const Result<User> r = UserJson::parseUser(contractUser);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const User &u = r.value();
    QCOMPARE(u.id, 19449);
    QCOMPARE(u.email, QStringLiteral("jane@example.com"));
    QCOMPARE(u.name, QStringLiteral("Jane Doe"));
    QCOMPARE(u.lang, QStringLiteral("en"));
    QVERIFY(u.phone.isEmpty());
    QCOMPARE(u.company, QStringLiteral("Example Corp"));
    QCOMPARE(u.client, 123456);
    QCOMPARE(u.groups.size(), 1);
    QCOMPARE(u.groups.first().name, QStringLiteral("Users"));
    QVERIFY(!u.activated);
    QVERIFY(!u.twoFa);
    QVERIFY(u.isActive);
    QCOMPARE(u.authTypes, QStringList{QStringLiteral("password")});
    QCOMPARE(u.clientAndRoles.size(), 1);
    QCOMPARE(u.clientAndRoles.first().roleIds, QList<int>{2});
    QCOMPARE(u.roleId(), 2);
    QCOMPARE(u.status(QDateTime::currentDateTimeUtc()), UserStatus::Pending);
}

void TestUserJson::acceptsVariants_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("client");
    QTest::addColumn<int>("role");

    QTest::newRow("null name") << QByteArray(R"({"id":1,"email":"a@b.c","name":null,"client":5})") << QString() << qint64(5) << 0;
    QTest::newRow("float client") << QByteArray(R"({"id":1,"email":"a@b.c","client":123456.0})") << QString() << qint64(123456) << 0;
    QTest::newRow("string client") << QByteArray(R"({"id":"7","email":"a@b.c","client":"9"})") << QString() << qint64(9) << 0;
    QTest::newRow("string role ids")
        << QByteArray(R"({"id":1,"email":"a@b.c","client":9,"client_and_roles":[{"client_id":8,"user_roles":["5"]},{"client_id":9.0,"user_roles":["1","2"]}]})")
        << QString() << qint64(9) << 1;
    QTest::newRow("numeric role ids")
        << QByteArray(R"({"id":1,"email":"a@b.c","client_and_roles":[{"client_id":9,"user_roles":[3009]}]})") << QString()
        << qint64(0) << 3009;
    QTest::newRow("role from groups") << QByteArray(R"({"id":1,"email":"a@b.c","groups":[{"id":5,"name":"Engineers"}]})")
                                      << QString() << qint64(0) << 5;
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"id":1,"email":"a@b.c","name":"Ольга","new_field":{"x":[1,2]},"lang":"ru"})")
        << QStringLiteral("Ольга") << qint64(0) << 0;
    QTest::newRow("null arrays") << QByteArray(R"({"id":1,"email":"a@b.c","groups":null,"auth_types":null,"client_and_roles":null,"name":"王伟"})")
                                 << QStringLiteral("王伟") << qint64(0) << 0;
}

void TestUserJson::acceptsVariants()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    QFETCH(qint64, client);
    QFETCH(int, role);
    const Result<User> r = UserJson::parseUser(json);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().name, name);
    QCOMPARE(r.value().client, client);
    QCOMPARE(r.value().roleId(), role);
}

void TestUserJson::listShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("hasNext");

    const QByteArray u1 = R"({"id":1,"email":"a@example.com"})";
    const QByteArray u2 = R"({"id":2,"email":"b@example.com","name":null})";
    QTest::newRow("results") << QByteArray(R"({"count":10,"next":"https://x/iam/users?offset=2","previous":null,"results":[)" + u1 + ',' + u2 + "]}")
                             << 2 << 10 << true;
    QTest::newRow("result (older servers)") << QByteArray(R"({"count":2,"result":[)" + u1 + ',' + u2 + "]}") << 2 << 2 << false;
    QTest::newRow("bare array") << QByteArray('[' + u1 + ',' + u2 + ']') << 2 << -1 << false;
    QTest::newRow("empty results") << QByteArray(R"({"count":0,"next":null,"results":[]})") << 0 << 0 << false;
    QTest::newRow("empty array") << QByteArray("[]") << 0 << -1 << false;
    QTest::newRow("float count") << QByteArray(R"({"count":2.0,"results":[)" + u1 + "]}") << 1 << 2 << false;
}

void TestUserJson::listShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(int, users);
    QFETCH(int, count);
    QFETCH(bool, hasNext);
    const Result<UserPage> r = UserJson::parseUserPage(json);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().users.size(), users);
    QCOMPARE(r.value().count, count);
    QCOMPARE(r.value().hasNext, hasNext);
}

void TestUserJson::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("list");

    QTest::newRow("empty body") << QByteArray() << true;
    QTest::newRow("whitespace") << QByteArray("  \n") << false;
    QTest::newRow("html from a proxy") << QByteArray("<html><body>502 Bad Gateway</body></html>") << true;
    QTest::newRow("truncated") << QByteArray(R"({"count":1,"results":[{"id":1,"email":"a@)") << true;
    QTest::newRow("truncated user") << QByteArray(R"({"id":1,"email")") << false;
    QTest::newRow("number") << QByteArray("42") << true;
    QTest::newRow("string") << QByteArray("\"users\"") << false;
    QTest::newRow("object without list") << QByteArray(R"({"count":1})") << true;
    QTest::newRow("results not an array") << QByteArray(R"({"results":{"id":1}})") << true;
    QTest::newRow("entry not an object") << QByteArray(R"([1,2,3])") << true;
    QTest::newRow("missing id") << QByteArray(R"({"email":"a@b.c"})") << false;
    QTest::newRow("negative id") << QByteArray(R"({"id":-3,"email":"a@b.c"})") << false;
    QTest::newRow("fractional id") << QByteArray(R"({"id":1.5,"email":"a@b.c"})") << false;
    QTest::newRow("id is text") << QByteArray(R"({"id":"abc","email":"a@b.c"})") << false;
    // Accepted from a string, it would be lost when written as a number (the fuzz target "user").
    QTest::newRow("id text beyond 9e15") << QByteArray(R"({"id":"9007199254740993","email":"a@b.c"})") << false;
    QTest::newRow("missing email") << QByteArray(R"({"id":1})") << false;
    QTest::newRow("email is a number") << QByteArray(R"({"id":1,"email":5})") << false;
    QTest::newRow("name is a number") << QByteArray(R"({"id":1,"email":"a@b.c","name":5})") << false;
    QTest::newRow("two_fa is a string") << QByteArray(R"({"id":1,"email":"a@b.c","two_fa":"yes"})") << false;
    QTest::newRow("groups is a string") << QByteArray(R"({"id":1,"email":"a@b.c","groups":"Users"})") << false;
    QTest::newRow("role id is text") << QByteArray(R"({"id":1,"email":"a@b.c","client_and_roles":[{"client_id":1,"user_roles":["admin"]}]})") << false;
    QTest::newRow("bad count") << QByteArray(R"({"count":"many","results":[]})") << true;
    QTest::newRow("one bad user in a list") << QByteArray(R"([{"id":1,"email":"a@b.c"},{"id":2}])") << true;
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe{[", 5) << true;
}

void TestUserJson::rejectsMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, list);
    const ApiError error = list ? UserJson::parseUserPage(json).error() : UserJson::parseUser(json).error();
    QCOMPARE(error.kind, ApiError::Kind::BadResponse);
    QVERIFY(!error.message.isEmpty());
    if (list)
        QVERIFY(!UserJson::parseUserPage(json).ok());
    else
        QVERIFY(!UserJson::parseUser(json).ok());
}

void TestUserJson::roundTrip()
{
    const Result<User> original = UserJson::parseUser(contractUser);
    QVERIFY(original.ok());
    const QByteArray written = QJsonDocument(UserJson::toJson(original.value())).toJson();
    const Result<User> again = UserJson::parseUser(written);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), original.value());
    // Nulls stay nulls and role ids stay strings, as the server writes them.
    const QJsonObject o = UserJson::toJson(original.value());
    QVERIFY(o.value(QLatin1String("phone")).isNull());
    QVERIFY(o.value(QLatin1String("client_and_roles")).toArray().first().toObject().value(QLatin1String("user_roles")).toArray().first().isString());
}

void TestUserJson::status_data()
{
    QTest::addColumn<bool>("activated");
    QTest::addColumn<bool>("isActive");
    QTest::addColumn<int>("sentHoursAgo"); // -1: unknown
    QTest::addColumn<UserStatus>("expected");

    QTest::newRow("active") << true << true << -1 << UserStatus::Active;
    QTest::newRow("deactivated") << true << false << -1 << UserStatus::Deactivated;
    QTest::newRow("deactivated before accepting") << false << false << 30 << UserStatus::Deactivated;
    QTest::newRow("pending, age unknown") << false << true << -1 << UserStatus::Pending;
    QTest::newRow("pending, fresh") << false << true << 1 << UserStatus::Pending;
    QTest::newRow("pending, 23 h") << false << true << 23 << UserStatus::Pending;
    QTest::newRow("expired at 24 h") << false << true << 24 << UserStatus::Expired;
    QTest::newRow("expired, old") << false << true << 100 << UserStatus::Expired;
    QTest::newRow("accepted after resend") << true << true << 100 << UserStatus::Active;
}

void TestUserJson::status()
{
    QFETCH(bool, activated);
    QFETCH(bool, isActive);
    QFETCH(int, sentHoursAgo);
    QFETCH(UserStatus, expected);
    const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    User u;
    u.id = 1;
    u.email = QStringLiteral("a@b.c");
    u.activated = activated;
    u.isActive = isActive;
    if (sentHoursAgo >= 0)
        u.invitationSentAt = now.addSecs(-qint64(sentHoursAgo) * 3600);
    QCOMPARE(u.status(now), expected);
    QVERIFY(!userStatusName(expected).isEmpty());
}

void TestUserJson::roles()
{
    QCOMPARE(Role::all().size(), 5);
    QCOMPARE(Role::byId(3009).name, QStringLiteral("Purge and Prefetch only (API+Web)"));
    QCOMPARE(Role::byId(4242).id, 0);
    QCOMPARE(Role::displayName(1), QStringLiteral("Administrators"));
    QVERIFY(Role::displayName(4242).contains(QStringLiteral("4242")));
}

ROSTER_TEST_GUILESS_MAIN(TestUserJson)
#include "tst_userjson.moc"
