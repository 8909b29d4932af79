#include "AcceptedUsers.h"
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
    void unreadableRecordsAreSkippedAndCounted_data();
    void unreadableRecordsAreSkippedAndCounted();
    void idsHaveOneRule_data();
    void idsHaveOneRule();
    void roundTrip();
    void pageKeepsSharedValuesOnce();
    void status_data();
    void status();
    void roles();
};

using AcceptedUsers::contractUser;

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

    for (const AcceptedUsers::Case &c : AcceptedUsers::cases())
        QTest::newRow(c.tag) << c.json << c.name << c.client << c.role;
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
    QTest::newRow("missing id") << QByteArray(R"({"email":"a@b.c"})") << false;
    QTest::newRow("negative id") << QByteArray(R"({"id":-3,"email":"a@b.c"})") << false;
    QTest::newRow("fractional id") << QByteArray(R"({"id":1.5,"email":"a@b.c"})") << false;
    QTest::newRow("id is text") << QByteArray(R"({"id":"abc","email":"a@b.c"})") << false;
    QTest::newRow("id above 2^53 as text") << QByteArray(R"({"id":"9007199254740993","email":"a@b.c"})") << false;
    QTest::newRow("id above 2^53 as a number") << QByteArray(R"({"id":9007199254740994,"email":"a@b.c"})") << false;
    QTest::newRow("id zero") << QByteArray(R"({"id":0,"email":"a@b.c"})") << false;
    QTest::newRow("email is a number") << QByteArray(R"({"id":1,"email":5})") << false;
    QTest::newRow("name is a number") << QByteArray(R"({"id":1,"email":"a@b.c","name":5})") << false;
    QTest::newRow("two_fa is a string") << QByteArray(R"({"id":1,"email":"a@b.c","two_fa":"yes"})") << false;
    QTest::newRow("groups is a string") << QByteArray(R"({"id":1,"email":"a@b.c","groups":"Users"})") << false;
    QTest::newRow("role id is text") << QByteArray(R"({"id":1,"email":"a@b.c","client_and_roles":[{"client_id":1,"user_roles":["admin"]}]})") << false;
    QTest::newRow("bad count") << QByteArray(R"({"count":"many","results":[]})") << true;
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

void TestUserJson::unreadableRecordsAreSkippedAndCounted_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<int>("unreadable");
    QTest::addColumn<QString>("reason");

    const QString noId = QStringLiteral("the server sent no usable id");
    QTest::newRow("no id among good ones")
        << QByteArray(R"([{"id":1,"email":"a@b.c"},{"email":"x@b.c"},{"id":3,"email":"c@b.c"}])")
        << QList<qint64>{1, 3} << 1 << noId;
    QTest::newRow("id abc, id 0, id above 2^53")
        << QByteArray(R"({"count":5,"results":[{"id":"abc","email":"a@b.c"},{"id":0,"email":"b@b.c"},)"
                      R"({"id":"9007199254740993","email":"c@b.c"},{"id":4,"email":"d@b.c"},{"id":"5","email":"e@b.c"}]})")
        << QList<qint64>{4, 5} << 3 << noId;
    QTest::newRow("entries that are not objects")
        << QByteArray(R"([1,"two",null,{"id":9,"email":"a@b.c"}])") << QList<qint64>{9} << 3
        << QStringLiteral("an entry of the user list is not a user");
    QTest::newRow("a field of the wrong type")
        << QByteArray(R"([{"id":1,"email":"a@b.c","two_fa":"yes"},{"id":2,"email":"b@b.c"}])") << QList<qint64>{2}
        << 1 << QStringLiteral("the field \"two_fa\" of a user has an unexpected value");
    QTest::newRow("missing and null email, null name: kept, empty")
        << QByteArray(R"([{"id":1},{"id":2,"email":null,"name":null}])") << QList<qint64>{1, 2} << 0 << QString();
    QTest::newRow("all unreadable") << QByteArray(R"([{},{}])") << QList<qint64>{} << 2 << noId;
}

void TestUserJson::unreadableRecordsAreSkippedAndCounted()
{
    QFETCH(QByteArray, json);
    QFETCH(QList<qint64>, ids);
    QFETCH(int, unreadable);
    QFETCH(QString, reason);
    const Result<UserPage> page = UserJson::parseUserPage(json);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QList<qint64> read;
    for (const User &u : page.value().users) {
        read.append(u.id);
        QVERIFY(u.email.isEmpty() || u.email.contains(u'@'));
    }
    QCOMPARE(read, ids);
    QCOMPARE(page.value().unreadable, unreadable);
    QCOMPARE(page.value().received, int(ids.size()) + unreadable);
    QCOMPARE(page.value().unreadableReason, reason);
}

void TestUserJson::idsHaveOneRule_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("id");

    const qint64 max = UserJson::MaxId;
    QTest::newRow("number") << QByteArray("42") << true << qint64(42);
    QTest::newRow("string") << QByteArray("\"42\"") << true << qint64(42);
    QTest::newRow("float with no fraction") << QByteArray("42.0") << true << qint64(42);
    QTest::newRow("2^53 - 1 as a number") << QByteArray("9007199254740991") << true << max;
    QTest::newRow("2^53 - 1 as a string") << QByteArray("\"9007199254740991\"") << true << max;
    QTest::newRow("2^53 as a number") << QByteArray("9007199254740992") << false << qint64(0);
    QTest::newRow("2^53 as a string") << QByteArray("\"9007199254740992\"") << false << qint64(0);
    QTest::newRow("2^63 as a string") << QByteArray("\"9223372036854775808\"") << false << qint64(0);
    QTest::newRow("1e300") << QByteArray("1e300") << false << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("text") << QByteArray("\"1a\"") << false << qint64(0);
    QTest::newRow("bool") << QByteArray("true") << false << qint64(0);
}

void TestUserJson::idsHaveOneRule()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, accepted);
    QFETCH(qint64, id);
    const QJsonValue json = QJsonDocument::fromJson("[" + value + "]").array().at(0);
    qint64 out = 0;
    QCOMPARE(UserJson::idFromJson(json, &out), accepted);
    QCOMPARE(out, id);
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

// A page whose users alternate between two kinds of record (groups, sign-in methods, roles):
// every user reads as its own record, and the lists they have in common are held once each.
void TestUserJson::pageKeepsSharedValuesOnce()
{
    const auto record = [](int i) {
        const bool admin = i % 2 == 0;
        return QJsonObject{
            {QStringLiteral("id"), 1000 + i},
            {QStringLiteral("email"), QStringLiteral("u%1@example.com").arg(i)},
            {QStringLiteral("lang"), admin ? QStringLiteral("de") : QStringLiteral("en")},
            {QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("id"), admin ? 1 : 5},
                                                              {QStringLiteral("name"), admin ? QStringLiteral("Administrators") : QStringLiteral("Users")}}}},
            {QStringLiteral("auth_types"), admin ? QJsonArray{QStringLiteral("password"), QStringLiteral("sso")} : QJsonArray{QStringLiteral("password")}},
            {QStringLiteral("client_and_roles"), QJsonArray{QJsonObject{{QStringLiteral("client_id"), 7},
                                                                        {QStringLiteral("user_id"), 1000 + i},
                                                                        {QStringLiteral("user_roles"), QJsonArray{admin ? QStringLiteral("1") : QStringLiteral("5")}}}}},
        };
    };
    QJsonArray list;
    for (int i = 0; i < 40; ++i)
        list.append(record(i));
    const Result<UserPage> page = UserJson::parseUserPage(QJsonDocument(list).toJson());
    QVERIFY(page.ok());
    QCOMPARE(page.value().users.size(), 40);
    for (int i = 0; i < 40; ++i) {
        const User &user = page.value().users.at(i);
        QCOMPARE(user, UserJson::parseUser(QJsonDocument(record(i)).toJson()).value());
        if (i < 2)
            continue;
        const User &same = page.value().users.at(i - 2);
        QVERIFY(user.groups.constData() == same.groups.constData());
        QVERIFY(user.authTypes.constData() == same.authTypes.constData());
        QVERIFY(user.clientAndRoles.first().roleIds.constData() == same.clientAndRoles.first().roleIds.constData());
        QVERIFY(user.lang.constData() == same.lang.constData());
        QVERIFY(user.groups.constData() != page.value().users.at(i - 1).groups.constData());
    }
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
