#include "TestMain.h"
#include "demo/DemoAccount.h"
#include "demo/DemoSeed.h"
#include "domain/CloudRole.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using Kind = ApiError::Kind;

// Checks a failed Result against the kind, HTTP status and exact message the contract names.
#define VERIFY_ERROR(result, expectedKind, expectedStatus, expectedMessage)                                            \
    do {                                                                                                               \
        const auto &r_ = (result);                                                                                     \
        QVERIFY2(!r_.ok(), "the operation succeeded");                                                                 \
        QCOMPARE(int(r_.error().kind), int(expectedKind));                                                             \
        QCOMPARE(r_.error().httpStatus, expectedStatus);                                                               \
        QCOMPARE(r_.error().message, expectedMessage);                                                                 \
    } while (false)

#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const auto &r_ = (result);                                                                                     \
        QVERIFY2(r_.ok(), qPrintable(r_.error().message));                                                             \
    } while (false)

namespace {

// "field: message" sorted, so a mismatch prints readably.
QStringList fieldList(const QHash<QString, QString> &fields)
{
    QStringList list;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        list.append(it.key() + QStringLiteral(": ") + it.value());
    list.sort();
    return list;
}

bool hasCjk(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}
bool hasCyrillic(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF; });
}
bool hasGermanLetter(const QString &s)
{
    return s.contains(QRegularExpression(QStringLiteral("[äöüÄÖÜß]")));
}

QByteArray garbage(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (char &c : bytes) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x & 0xff);
    }
    return bytes;
}

} // namespace

class TestDemoAccount : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void seedHasEveryKindOfUser();
    void seedNamesComeFromFourLanguages();
    void seedIsConsistent();
    void seedIsDeterministic();

    void paging_data();
    void paging();
    void pagingFollowsChanges();
    void userById();
    void me();

    void inviteValidation_data();
    void inviteValidation();
    void inviteCreatesPendingUser();
    void inviteKnownPlatformPerson();
    void inviteDuplicate_data();
    void inviteDuplicate();
    void inviteDailyLimit();
    void invitationExpiresWithTheClock();
    void seededInvitationsExpireWithinTheHour();
    void resendInvitation();
    void acceptInvitation();

    void removeUser();
    void updateUserValidation_data();
    void updateUserValidation();
    void updateUserApplies();
    void roles();
    void lastAdministratorStays();
    void setActive();
    void tokens();
    void accountTokens();
    void permissions();

    void persistsAcrossReopen();
    void ownerRemovedByAnotherAdministrator();
    void resetStartsAfresh();
    void corruptFileIsRebuilt_data();
    void corruptFileIsRebuilt();
    void emptyFileIsSeeded();
    void unwritableLocation();
    void unreadableFile();
    void fileInUseIsReported();
    void notOpen();
    void connectionsAreRemoved();
    void readerListsTheSameUsers();
    void readerSeesLaterWrites();
    void readerOfMissingFile();
    void readerLeavesOtherFilesAlone();
    void defaultPath();
    void generatedAccountOf100000();

    void projectsAreSeeded();
    void assignCloudRoles();
    void assignCloudRoleValidation_data();
    void assignCloudRoleValidation();
    void assignCloudRoleNeedsAnAdministrator();
    void removedUserLosesCloudRoles();
    void version1FileIsMigrated();

private:
    std::unique_ptr<DemoAccount> makeAccount(const QString &fileName = QStringLiteral("demo.sqlite"));
    QList<User> allUsers(DemoAccount &account);
    User firstUser(const std::function<bool(const User &)> &predicate);
    QString path(const QString &fileName = QStringLiteral("demo.sqlite")) const { return m_dir->filePath(fileName); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
    std::unique_ptr<DemoAccount> m_account;
};

std::unique_ptr<DemoAccount> TestDemoAccount::makeAccount(const QString &fileName)
{
    auto account = std::make_unique<DemoAccount>(path(fileName));
    account->setClock([this] { return m_now; });
    return account;
}

QList<User> TestDemoAccount::allUsers(DemoAccount &account)
{
    const Result<UserPage> page = account.listUsers(0, 0);
    return page ? page.value().users : QList<User>();
}

User TestDemoAccount::firstUser(const std::function<bool(const User &)> &predicate)
{
    for (const User &u : allUsers(*m_account)) {
        if (predicate(u))
            return u;
    }
    return {};
}

void TestDemoAccount::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);
    m_account = makeAccount();
    VERIFY_OK(m_account->open());
}

void TestDemoAccount::cleanup()
{
    m_account.reset();
    m_dir.reset();
}

void TestDemoAccount::seedHasEveryKindOfUser()
{
    const QList<User> users = allUsers(*m_account);
    QVERIFY2(users.size() >= 180 && users.size() <= 220, qPrintable(QString::number(users.size())));

    QHash<UserStatus, int> statuses;
    QHash<int, int> roles;
    QHash<QString, int> langs;
    int twoFaOn = 0, twoFaOff = 0, expiringWithinHour = 0, withPhone = 0, withoutName = 0;
    for (const User &u : users) {
        const UserStatus status = u.status(m_now);
        ++statuses[status];
        ++roles[u.roleId()];
        ++langs[u.lang];
        ++(u.twoFa ? twoFaOn : twoFaOff);
        if (status == UserStatus::Pending) {
            QVERIFY(u.invitationSentAt.isValid());
            if (u.invitationExpiresAt() <= m_now.addSecs(3600))
                ++expiringWithinHour;
        }
        withPhone += u.phone.isEmpty() ? 0 : 1;
        withoutName += u.name.isEmpty() ? 1 : 0;
    }
    const double n = users.size();
    QVERIFY(statuses.value(UserStatus::Active) / n > 0.5);
    QVERIFY(statuses.value(UserStatus::Pending) / n > 0.1);
    QVERIFY(statuses.value(UserStatus::Expired) / n > 0.07);
    QVERIFY(statuses.value(UserStatus::Deactivated) / n > 0.07);
    QVERIFY2(expiringWithinHour >= 3, qPrintable(QString::number(expiringWithinHour)));
    for (const Role &role : Role::all())
        QVERIFY2(roles.value(role.id) > 0, qPrintable(role.name));
    QCOMPARE(roles.size(), Role::all().size());
    QVERIFY(twoFaOn > 10 && twoFaOff > 10);
    for (const char *lang : {"en", "de", "zh", "ru"})
        QVERIFY2(langs.value(QLatin1String(lang)) >= 10, lang);
    QVERIFY(withPhone >= 10);
    QVERIFY(withoutName >= 3 && withoutName < users.size() / 5);

    int holders = 0;
    for (const User &u : users) {
        const Result<QList<ApiToken>> tokens = m_account->tokens(DemoSeed::ClientId, u.id);
        VERIFY_OK(tokens);
        holders += tokens.value().isEmpty() ? 0 : 1;
    }
    QVERIFY2(holders >= 3 && holders <= 10, qPrintable(QString::number(holders)));
}

void TestDemoAccount::seedNamesComeFromFourLanguages()
{
    const QList<User> users = allUsers(*m_account);
    int cjk = 0, cyrillic = 0, german = 0, latinOnly = 0;
    for (const User &u : users) {
        cjk += hasCjk(u.name);
        cyrillic += hasCyrillic(u.name);
        german += hasGermanLetter(u.name);
        latinOnly += !u.name.isEmpty() && !hasCjk(u.name) && !hasCyrillic(u.name) && !hasGermanLetter(u.name);
        // Emails are plain ASCII whatever the script of the name (pinyin, transliteration).
        for (QChar c : u.email)
            QVERIFY2(c.unicode() < 128, qPrintable(u.email));
    }
    QVERIFY(cjk >= 20);
    QVERIFY(cyrillic >= 20);
    QVERIFY(german >= 5);
    QVERIFY(latinOnly >= 40);
    QVERIFY(std::any_of(users.cbegin(), users.cend(), [](const User &u) { return u.name.contains(QChar(0x00DF)); }));
    QVERIFY(std::any_of(users.cbegin(), users.cend(), [](const User &u) {
        return hasCjk(u.name) && u.email.contains(QRegularExpression(QStringLiteral("^[a-z]+\\.[a-z]+@")));
    }));
}

void TestDemoAccount::seedIsConsistent()
{
    const QList<User> users = allUsers(*m_account);
    const AccountInfo info = m_account->me().value();
    QCOMPARE(info.clientId, DemoSeed::ClientId);
    QCOMPARE(info.companyName, QStringLiteral("Northwind Analytics"));

    QSet<QString> emails;
    qint64 previousId = 0;
    bool foundMe = false;
    for (const User &u : users) {
        QVERIFY(u.id > previousId);
        previousId = u.id;
        QVERIFY2(!emails.contains(u.email.toLower()), qPrintable(u.email));
        emails.insert(u.email.toLower());
        QCOMPARE(u.client, DemoSeed::ClientId);
        QCOMPARE(u.clientAndRoles.size(), 1);
        QCOMPARE(u.clientAndRoles.first().clientId, DemoSeed::ClientId);
        QCOMPARE(u.clientAndRoles.first().userId, u.id);
        QCOMPARE(u.clientAndRoles.first().roleIds.size(), 1);
        const int roleId = u.clientAndRoles.first().roleIds.first();
        QCOMPARE(u.groups, (QList<UserGroup>{{roleId, Role::byId(roleId).name}}));
        QVERIFY(!u.authTypes.isEmpty());
        QVERIFY(u.invitationSentAt.isValid());
        if (u.id == info.currentUserId) {
            foundMe = true;
            QCOMPARE(u.status(m_now), UserStatus::Active);
            QCOMPARE(roleId, int(Role::Administrators));
        }
    }
    QVERIFY(foundMe);
}

void TestDemoAccount::seedIsDeterministic()
{
    auto other = makeAccount(QStringLiteral("other.sqlite"));
    VERIFY_OK(other->open());
    QCOMPARE(allUsers(*other), allUsers(*m_account));
}

void TestDemoAccount::paging_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("1") << 1;
    QTest::newRow("7") << 7;
    QTest::newRow("50") << 50;
    QTest::newRow("exactly all") << 201;
    QTest::newRow("more than all") << 1000;
}

void TestDemoAccount::paging()
{
    QFETCH(int, limit);
    const QList<User> all = allUsers(*m_account);
    QList<User> paged;
    int offset = 0;
    for (;;) {
        const Result<UserPage> page = m_account->listUsers(offset, limit);
        VERIFY_OK(page);
        QCOMPARE(page.value().count, all.size());
        QVERIFY(page.value().users.size() <= limit);
        paged += page.value().users;
        offset += int(page.value().users.size());
        QCOMPARE(page.value().hasNext, offset < all.size());
        if (!page.value().hasNext)
            break;
    }
    QCOMPARE(paged, all);

    // Random access and offsets past the end.
    const Result<UserPage> middle = m_account->listUsers(10, 5);
    QCOMPARE(middle.value().users, all.mid(10, 5));
    const Result<UserPage> past = m_account->listUsers(int(all.size()) + 10, limit);
    VERIFY_OK(past);
    QVERIFY(past.value().users.isEmpty());
    QCOMPARE(past.value().count, all.size());
    QVERIFY(!past.value().hasNext);
    QCOMPARE(m_account->listUsers(-5, 3).value().users, all.mid(0, 3));
}

void TestDemoAccount::pagingFollowsChanges()
{
    QCOMPARE(m_account->listUsers(0, 20).value().users.size(), 20);
    // Removing a user before the next page shifts the offsets: the next page must follow.
    const User removable = firstUser([this](const User &u) {
        return u.id != m_account->me().value().currentUserId
            && m_account->tokens(DemoSeed::ClientId, u.id).value().isEmpty();
    });
    VERIFY_OK(m_account->removeUser(DemoSeed::ClientId, removable.id));
    const QList<User> all = allUsers(*m_account);
    QCOMPARE(m_account->listUsers(20, 20).value().users, all.mid(20, 20));
    QCOMPARE(m_account->listUsers(40, 20).value().users, all.mid(40, 20));

    // A write through another connection is noticed too.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("paging-other"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM users WHERE id = %1").arg(all.at(5).id)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("paging-other"));
    const QList<User> fewer = all.mid(0, 5) + all.mid(6);
    QCOMPARE(m_account->listUsers(60, 20).value().users, fewer.mid(60, 20));
    QCOMPARE(m_account->listUsers(60, 20).value().count, fewer.size());
}

void TestDemoAccount::userById()
{
    const QList<User> all = allUsers(*m_account);
    const Result<User> found = m_account->user(all.at(3).id);
    VERIFY_OK(found);
    QCOMPARE(found.value(), all.at(3));
    VERIFY_ERROR(m_account->user(42), Kind::NotFound, 404, QStringLiteral("User not found."));
}

void TestDemoAccount::me()
{
    const Result<AccountInfo> info = m_account->me();
    VERIFY_OK(info);
    QCOMPARE(info.value().clientId, 301542);
    const User me = m_account->user(info.value().currentUserId).value();
    QCOMPARE(me.roleId(), int(Role::Administrators));
    QVERIFY(me.activated && me.isActive);
}

void TestDemoAccount::inviteValidation_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("roleId");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("clientId");
    QTest::addColumn<QStringList>("fields");

    const qint64 client = DemoSeed::ClientId;
    const QString required = QStringLiteral("This field is required");
    const QString invalid = QStringLiteral("Enter a valid email address.");
    QTest::newRow("empty email") << QString() << 2 << "en" << QString() << client
                                 << QStringList{QStringLiteral("email: ") + required};
    QTest::newRow("blank email") << "   " << 2 << "en" << QString() << client
                                 << QStringList{QStringLiteral("email: ") + required};
    for (const char *bad :
         {"jane", "jane@", "@example.com", "jane@example", "jane doe@example.com", "jane@@example.com",
          "jane.@example.com", ".jane@example.com", "jane..doe@example.com", "jane@example.c"}) {
        QTest::newRow(bad) << QString::fromLatin1(bad) << 2 << "en" << QString() << client
                           << QStringList{QStringLiteral("email: ") + invalid};
    }
    QTest::newRow("unknown role") << "new@example.com" << 42 << "en" << QString() << client
                                  << QStringList{QStringLiteral("user_role: Invalid role: 42")};
    QTest::newRow("unknown language") << "new@example.com" << 2 << "fr" << QString() << client
                                      << QStringList{QStringLiteral("lang: \"fr\" is not a valid choice.")};
    QTest::newRow("name too long") << "new@example.com" << 2 << "en" << QString(256, QLatin1Char('x')) << client
                                   << QStringList{
                                          QStringLiteral("name: Ensure this field has no more than 255 characters.")};
    QTest::newRow("no client") << "new@example.com" << 2 << "en" << QString() << qint64(0)
                               << QStringList{QStringLiteral("client_id: ") + required};
    QTest::newRow("several") << "nope" << 7 << "en" << QString() << client
                             << QStringList{QStringLiteral("email: ") + invalid,
                                            QStringLiteral("user_role: Invalid role: 7")};
}

void TestDemoAccount::inviteValidation()
{
    QFETCH(QString, email);
    QFETCH(int, roleId);
    QFETCH(QString, lang);
    QFETCH(QString, name);
    QFETCH(qint64, clientId);
    QFETCH(QStringList, fields);

    const int before = int(allUsers(*m_account).size());
    InviteRequest request;
    request.clientId = clientId;
    request.email = email;
    request.roleId = roleId;
    request.lang = lang;
    request.name = name;
    const Result<InviteResult> r = m_account->invite(request);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind), int(Kind::Validation));
    QCOMPARE(r.error().httpStatus, 400);
    QCOMPARE(fieldList(r.error().fieldErrors), fields);
    QVERIFY(!r.error().message.isEmpty());
    if (fields.size() == 1)
        QCOMPARE(r.error().message, fields.first().section(QStringLiteral(": "), 1));
    QCOMPARE(allUsers(*m_account).size(), before);
}

void TestDemoAccount::inviteCreatesPendingUser()
{
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("  Jörg.Neu@Example.com ");
    request.name = QString::fromUtf8("Jörg Neu");
    request.lang = QStringLiteral("de");
    request.roleId = Role::Engineers;
    const Result<InviteResult> r = m_account->invite(request);
    VERIFY_OK(r);
    QVERIFY(!r.value().existingAccount);
    const qint64 largest = allUsers(*m_account).constLast().id;
    QCOMPARE(r.value().userId, largest);

    const User u = m_account->user(r.value().userId).value();
    QCOMPARE(u.email, QStringLiteral("Jörg.Neu@Example.com"));
    QCOMPARE(u.name, QString::fromUtf8("Jörg Neu"));
    QCOMPARE(u.lang, QStringLiteral("de"));
    QCOMPARE(u.roleId(DemoSeed::ClientId), int(Role::Engineers));
    QCOMPARE(u.groups.first().name, QStringLiteral("Engineers"));
    QVERIFY(!u.activated);
    QVERIFY(u.isActive);
    QVERIFY(!u.twoFa);
    QCOMPARE(u.invitationSentAt, m_now);
    QCOMPARE(u.status(m_now), UserStatus::Pending);

    // Without a name the API sends null; the language defaults to English.
    request = InviteRequest();
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("anon@example.org");
    request.lang.clear();
    const User anon = m_account->user(m_account->invite(request).value().userId).value();
    QVERIFY(anon.name.isEmpty());
    QCOMPARE(anon.lang, QStringLiteral("en"));
    QCOMPARE(anon.roleId(), int(Role::Users));

    // Another client's id: the server refuses.
    request.email = QStringLiteral("other@example.org");
    request.clientId = 999;
    VERIFY_ERROR(m_account->invite(request), Kind::Forbidden, 403,
                 QStringLiteral("You do not have permission to perform this action."));
}

void TestDemoAccount::inviteKnownPlatformPerson()
{
    const QList<DemoSeed::PlatformPerson> people = DemoSeed::platformPeople();
    const auto joinable = std::find_if(people.cbegin(), people.cend(), [](const auto &p) { return p.canJoin; });
    const auto refused = std::find_if(people.cbegin(), people.cend(), [](const auto &p) { return !p.canJoin; });
    QVERIFY(joinable != people.cend() && refused != people.cend());

    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = joinable->email.toUpper();
    const Result<InviteResult> r = m_account->invite(request);
    VERIFY_OK(r);
    QVERIFY(r.value().existingAccount);
    QCOMPARE(m_account->user(r.value().userId).value().name, joinable->name);

    request.email = refused->email;
    VERIFY_ERROR(m_account->invite(request), Kind::Validation, 400,
                 QStringLiteral("This user cannot be added to this client."));
}

void TestDemoAccount::inviteDuplicate_data()
{
    QTest::addColumn<bool>("upper");
    QTest::addColumn<bool>("spaces");
    QTest::newRow("same") << false << false;
    QTest::newRow("other case") << true << false;
    QTest::newRow("surrounding spaces") << false << true;
}

void TestDemoAccount::inviteDuplicate()
{
    QFETCH(bool, upper);
    QFETCH(bool, spaces);
    const User existing = allUsers(*m_account).at(17);
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = upper ? existing.email.toUpper() : existing.email;
    if (spaces)
        request.email = QStringLiteral(" ") + request.email + QStringLiteral("\t");
    const Result<InviteResult> r = m_account->invite(request);
    VERIFY_ERROR(r, Kind::Validation, 400,
                 QStringLiteral("User %1 has already been invited to client 301542").arg(existing.id));
    QVERIFY(r.error().fieldErrors.isEmpty()); // a bare array from the server: no field named
}

void TestDemoAccount::inviteDailyLimit()
{
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    QList<qint64> invited;
    for (int i = 0; i < 5; ++i) {
        request.email = QStringLiteral("person%1@example.com").arg(i);
        const Result<InviteResult> r = m_account->invite(request);
        VERIFY_OK(r);
        invited.append(r.value().userId);
        m_now = m_now.addSecs(600);
    }
    const int before = int(allUsers(*m_account).size());
    request.email = QStringLiteral("sixth@example.com");
    const Result<InviteResult> refused = m_account->invite(request);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(Kind::RateLimited));
    QCOMPARE(refused.error().httpStatus, 429);
    QVERIFY(!refused.error().message.isEmpty());
    // The first invitation leaves the 24 h window 24 h after it was sent.
    QCOMPARE(refused.error().retryAfterSecs, 24 * 3600 - 5 * 600);
    QCOMPARE(allUsers(*m_account).size(), before);

    // Resending does not count; a duplicate is reported as such, not as the limit.
    VERIFY_OK(m_account->resendInvitation(QStringLiteral("person0@example.com")));
    request.email = QStringLiteral("person1@example.com");
    VERIFY_ERROR(m_account->invite(request), Kind::Validation, 400,
                 QStringLiteral("User %1 has already been invited to client 301542").arg(invited.at(1)));

    m_now = m_now.addSecs(24 * 3600 - 5 * 600 + 1);
    request.email = QStringLiteral("sixth@example.com");
    VERIFY_OK(m_account->invite(request));

    m_account->setDailyInviteLimit(0);
    QCOMPARE(m_account->dailyInviteLimit(), 0);
    for (int i = 0; i < 10; ++i) {
        request.email = QStringLiteral("unlimited%1@example.com").arg(i);
        VERIFY_OK(m_account->invite(request));
    }
}

void TestDemoAccount::invitationExpiresWithTheClock()
{
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("clock@example.com");
    const qint64 id = m_account->invite(request).value().userId;
    const QDateTime sent = m_now;

    m_now = sent.addSecs(24 * 3600 - 1);
    QCOMPARE(m_account->user(id).value().status(m_now), UserStatus::Pending);
    m_now = sent.addSecs(24 * 3600);
    QCOMPARE(m_account->user(id).value().status(m_now), UserStatus::Expired);

    VERIFY_OK(m_account->resendInvitation(request.email));
    const User resent = m_account->user(id).value();
    QCOMPARE(resent.invitationSentAt, m_now);
    QCOMPARE(resent.status(m_now), UserStatus::Pending);
}

void TestDemoAccount::seededInvitationsExpireWithinTheHour()
{
    const auto count = [this](UserStatus status) {
        const QList<User> users = allUsers(*m_account);
        return std::count_if(users.cbegin(), users.cend(), [&](const User &u) { return u.status(m_now) == status; });
    };
    const auto pending = count(UserStatus::Pending);
    const auto expired = count(UserStatus::Expired);
    const QList<User> users = allUsers(*m_account);
    const auto soon = std::count_if(users.cbegin(), users.cend(), [this](const User &u) {
        return u.status(m_now) == UserStatus::Pending && u.invitationExpiresAt() <= m_now.addSecs(3600);
    });
    QVERIFY(soon >= 3);
    m_now = m_now.addSecs(3600);
    QCOMPARE(count(UserStatus::Pending), pending - soon);
    QCOMPARE(count(UserStatus::Expired), expired + soon);
}

void TestDemoAccount::resendInvitation()
{
    const QList<User> all = allUsers(*m_account);
    const auto expired = std::find_if(all.cbegin(), all.cend(),
                                      [this](const User &u) { return u.status(m_now) == UserStatus::Expired; });
    QVERIFY(expired != all.cend());
    VERIFY_OK(m_account->resendInvitation(expired->email.toUpper()));
    QCOMPARE(m_account->user(expired->id).value().status(m_now), UserStatus::Pending);
    QCOMPARE(m_account->user(expired->id).value().invitationSentAt, m_now);

    VERIFY_ERROR(m_account->resendInvitation(QStringLiteral("nobody@example.com")), Kind::NotFound, 404,
                 QStringLiteral("User with given email not found."));
    const auto active = std::find_if(all.cbegin(), all.cend(), [](const User &u) { return u.activated; });
    VERIFY_ERROR(m_account->resendInvitation(active->email), Kind::Validation, 400,
                 QStringLiteral("This user already activated."));
}

void TestDemoAccount::acceptInvitation()
{
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("accept@example.com");
    const qint64 id = m_account->invite(request).value().userId;
    const Result<User> accepted = m_account->acceptInvitation(id);
    VERIFY_OK(accepted);
    QCOMPARE(accepted.value().status(m_now), UserStatus::Active);
    VERIFY_ERROR(m_account->acceptInvitation(id), Kind::Validation, 400,
                 QStringLiteral("This user already activated."));

    request.email = QStringLiteral("late@example.com");
    const qint64 late = m_account->invite(request).value().userId;
    m_now = m_now.addSecs(25 * 3600);
    const Result<User> tooLate = m_account->acceptInvitation(late);
    QVERIFY(!tooLate.ok());
    QCOMPARE(int(tooLate.error().kind), int(Kind::Validation));
    VERIFY_ERROR(m_account->acceptInvitation(1), Kind::NotFound, 404, QStringLiteral("User not found."));
}

void TestDemoAccount::removeUser()
{
    const qint64 client = DemoSeed::ClientId;
    const QList<User> all = allUsers(*m_account);
    const qint64 myId = m_account->me().value().currentUserId;

    // A user with an active permanent token cannot be removed until it is deleted.
    const auto withTokens = std::find_if(all.cbegin(), all.cend(), [&](const User &u) {
        const QList<ApiToken> t = m_account->tokens(client, u.id).value();
        return std::any_of(t.cbegin(), t.cend(), [&](const ApiToken &k) { return !k.expiresAt.isValid(); });
    });
    QVERIFY(withTokens != all.cend());
    const Result<Done> refused = m_account->removeUser(client, withTokens->id);
    VERIFY_ERROR(refused, Kind::Forbidden, 403, QStringLiteral("You can't remove the user as they have active tokens"));
    VERIFY_OK(m_account->user(withTokens->id));
    const QList<ApiToken> blocking = m_account->tokens(client, withTokens->id).value();
    for (const ApiToken &token : blocking)
        VERIFY_OK(m_account->deleteToken(client, token.id));
    VERIFY_OK(m_account->removeUser(client, withTokens->id));
    VERIFY_ERROR(m_account->user(withTokens->id), Kind::NotFound, 404, QStringLiteral("User not found."));
    QCOMPARE(allUsers(*m_account).size(), all.size() - 1);

    // Only expired tokens: nothing blocks the removal. (The user removed above has none any more.)
    const auto onlyExpired = std::find_if(all.cbegin(), all.cend(), [&](const User &u) {
        const QList<ApiToken> t = m_account->tokens(client, u.id).valueOr({});
        return !t.isEmpty() && std::all_of(t.cbegin(), t.cend(), [&](const ApiToken &k) {
            return k.expiresAt.isValid() && k.expiresAt <= m_now;
        });
    });
    QVERIFY(onlyExpired != all.cend());
    VERIFY_OK(m_account->removeUser(client, onlyExpired->id));

    // A token expiring later still blocks.
    const User plain =
        firstUser([&](const User &u) { return u.id != myId && m_account->tokens(client, u.id).value().isEmpty(); });
    VERIFY_OK(m_account->addToken(plain.id, QStringLiteral("Soon"), m_now.addSecs(60)));
    VERIFY_ERROR(m_account->removeUser(client, plain.id), Kind::Forbidden, 403,
                 QStringLiteral("You can't remove the user as they have active tokens"));
    m_now = m_now.addSecs(61);
    VERIFY_OK(m_account->removeUser(client, plain.id));

    VERIFY_ERROR(m_account->removeUser(client, 42), Kind::NotFound, 404, QStringLiteral("User not found."));
    VERIFY_ERROR(m_account->removeUser(client, plain.id), Kind::NotFound, 404, QStringLiteral("User not found."));
    const Result<Done> self = m_account->removeUser(client, myId);
    QVERIFY(!self.ok());
    QCOMPARE(int(self.error().kind), int(Kind::Forbidden));
    QCOMPARE(self.error().httpStatus, 403);
    QVERIFY(!self.error().message.isEmpty());
    VERIFY_OK(m_account->user(myId));
    VERIFY_ERROR(m_account->removeUser(999, all.at(5).id), Kind::Forbidden, 403,
                 QStringLiteral("You do not have permission to perform this action."));
}

void TestDemoAccount::updateUserValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("lang fr") << "lang"
                             << "fr"
                             << "\"fr\" is not a valid choice.";
    QTest::newRow("lang empty") << "lang"
                                << ""
                                << "\"\" is not a valid choice.";
    QTest::newRow("email empty") << "email"
                                 << ""
                                 << "This field is required";
    QTest::newRow("email bad") << "email"
                               << "not-an-email"
                               << "Enter a valid email address.";
    QTest::newRow("email taken") << "email"
                                 << "TAKEN"
                                 << "A user with this email address already exists.";
    QTest::newRow("phone letters") << "phone"
                                   << "call me"
                                   << "Enter a valid phone number.";
    QTest::newRow("phone short") << "phone"
                                 << "+1 2"
                                 << "Enter a valid phone number.";
    QTest::newRow("name long") << "name" << QString(300, QLatin1Char('n'))
                               << "Ensure this field has no more than 255 characters.";
    QTest::newRow("auth unknown") << "auth_types"
                                  << "password,facebook"
                                  << "\"facebook\" is not a valid choice.";
    QTest::newRow("auth empty") << "auth_types"
                                << ""
                                << "Choose at least one way to sign in.";
}

void TestDemoAccount::updateUserValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);

    const QList<User> all = allUsers(*m_account);
    const User target = all.at(30);
    UserPatch patch;
    if (field == QLatin1String("lang"))
        patch.lang = value;
    else if (field == QLatin1String("email"))
        patch.email = value == QLatin1String("TAKEN") ? all.at(31).email.toUpper() : value;
    else if (field == QLatin1String("phone"))
        patch.phone = value;
    else if (field == QLatin1String("name"))
        patch.name = value;
    else
        patch.authTypes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    patch.name = patch.name.value_or(QStringLiteral("Should not be saved"));

    const Result<User> r = m_account->updateUser(target.id, patch);
    VERIFY_ERROR(r, Kind::Validation, 400, message);
    QCOMPARE(r.error().fieldErrors, (QHash<QString, QString>{{field, message}}));
    QCOMPARE(m_account->user(target.id).value(), target); // nothing applied
}

void TestDemoAccount::updateUserApplies()
{
    const QList<User> all = allUsers(*m_account);
    User target = all.at(40);

    UserPatch patch;
    patch.name = QString::fromUtf8("  Ксения Орлова ");
    Result<User> r = m_account->updateUser(target.id, patch);
    VERIFY_OK(r);
    target.name = QString::fromUtf8("Ксения Орлова");
    QCOMPARE(r.value(), target); // PATCH: nothing else changed

    patch = UserPatch();
    patch.lang = QStringLiteral("az");
    patch.phone = QStringLiteral("+7 916 123-45-67");
    patch.email = target.email.toUpper(); // the user's own address in another case is not a duplicate
    patch.authTypes = QStringList{QStringLiteral("sso"), QStringLiteral("password"), QStringLiteral("sso")};
    r = m_account->updateUser(target.id, patch);
    VERIFY_OK(r);
    QCOMPARE(r.value().lang, QStringLiteral("az"));
    QCOMPARE(r.value().phone, QStringLiteral("+7 916 123-45-67"));
    QCOMPARE(r.value().email, target.email.toUpper());
    QCOMPARE(r.value().authTypes, (QStringList{QStringLiteral("sso"), QStringLiteral("password")}));
    QVERIFY(r.value().ssoAuth);

    patch = UserPatch();
    patch.phone = QString();
    patch.name = QString();
    r = m_account->updateUser(target.id, patch);
    VERIFY_OK(r);
    QVERIFY(r.value().phone.isEmpty());
    QVERIFY(r.value().name.isEmpty());

    // The new email is taken by the user now, and freed for others.
    patch = UserPatch();
    patch.email = QStringLiteral("fresh@example.com");
    VERIFY_OK(m_account->updateUser(target.id, patch));
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = target.email;
    VERIFY_OK(m_account->invite(request));

    VERIFY_OK(m_account->updateUser(target.id, UserPatch())); // an empty PATCH is fine
    VERIFY_ERROR(m_account->updateUser(42, patch), Kind::NotFound, 404, QStringLiteral("User not found."));
}

void TestDemoAccount::roles()
{
    const qint64 client = DemoSeed::ClientId;
    const User target = firstUser([](const User &u) { return u.roleId() == Role::Users; });
    const Result<int> role = m_account->role(client, target.id);
    VERIFY_OK(role);
    QCOMPARE(role.value(), int(Role::Users));

    for (const Role &r : Role::all()) {
        VERIFY_OK(m_account->setRole(client, target.id, r.id));
        QCOMPARE(m_account->role(client, target.id).value(), r.id);
        const User changed = m_account->user(target.id).value();
        QCOMPARE(changed.roleId(client), r.id);
        QCOMPARE(changed.groups, (QList<UserGroup>{{r.id, r.name}}));
    }

    const Result<Done> invalid = m_account->setRole(client, target.id, 4);
    VERIFY_ERROR(invalid, Kind::Validation, 400, QStringLiteral("Invalid role: 4"));
    QCOMPARE(invalid.error().fieldErrors,
             (QHash<QString, QString>{{QStringLiteral("user_role"), QStringLiteral("Invalid role: 4")}}));
    VERIFY_ERROR(m_account->setRole(client, 42, Role::Users), Kind::NotFound, 404, QStringLiteral("User not found."));
    VERIFY_ERROR(m_account->role(client, 42), Kind::NotFound, 404, QStringLiteral("User not found."));
    VERIFY_ERROR(m_account->setRole(7, target.id, Role::Users), Kind::Forbidden, 403,
                 QStringLiteral("You do not have permission to perform this action."));
    VERIFY_ERROR(m_account->role(7, target.id), Kind::Forbidden, 403,
                 QStringLiteral("You do not have permission to perform this action."));
}

void TestDemoAccount::lastAdministratorStays()
{
    const qint64 client = DemoSeed::ClientId;
    const qint64 myId = m_account->me().value().currentUserId;
    // Demote every other administrator, then try to demote myself.
    for (const User &u : allUsers(*m_account)) {
        if (u.id != myId && u.roleId() == Role::Administrators)
            VERIFY_OK(m_account->setRole(client, u.id, Role::Users));
    }
    const Result<Done> refused = m_account->setRole(client, myId, Role::Users);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(Kind::Forbidden));
    QCOMPARE(refused.error().httpStatus, 403);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(m_account->role(client, myId).value(), int(Role::Administrators));

    // A pending administrator does not count: they cannot administer yet.
    InviteRequest request;
    request.clientId = client;
    request.email = QStringLiteral("admin2@example.com");
    request.roleId = Role::Administrators;
    const qint64 pendingAdmin = m_account->invite(request).value().userId;
    QVERIFY(!m_account->setRole(client, myId, Role::Users).ok());
    VERIFY_OK(m_account->acceptInvitation(pendingAdmin));
    VERIFY_OK(m_account->setRole(client, myId, Role::Users)); // now someone else administers

    // And I am no longer allowed to administer.
    VERIFY_ERROR(m_account->setRole(client, pendingAdmin, Role::Users), Kind::Forbidden, 403,
                 QStringLiteral("You do not have permission to perform this action."));
}

void TestDemoAccount::setActive()
{
    const qint64 myId = m_account->me().value().currentUserId;
    const User target =
        firstUser([this](const User &u) { return u.status(m_now) == UserStatus::Active && u.roleId() != 1; });
    Result<User> r = m_account->setActive(target.id, false);
    VERIFY_OK(r);
    QCOMPARE(r.value().status(m_now), UserStatus::Deactivated);
    QCOMPARE(m_account->user(target.id).value().status(m_now), UserStatus::Deactivated);
    r = m_account->setActive(target.id, true);
    VERIFY_OK(r);
    QCOMPARE(r.value().status(m_now), UserStatus::Active);
    QCOMPARE(m_account->setActive(target.id, true).value(), r.value()); // idempotent

    const Result<User> self = m_account->setActive(myId, false);
    QVERIFY(!self.ok());
    QCOMPARE(int(self.error().kind), int(Kind::Forbidden));
    QCOMPARE(self.error().httpStatus, 403);
    VERIFY_ERROR(m_account->setActive(42, false), Kind::NotFound, 404, QStringLiteral("User not found."));
}

void TestDemoAccount::tokens()
{
    const qint64 client = DemoSeed::ClientId;
    const User target = firstUser([&](const User &u) { return m_account->tokens(client, u.id).value().isEmpty(); });
    const QDateTime expiry = m_now.addDays(30);
    const Result<ApiToken> added = m_account->addToken(target.id, QStringLiteral("Terraform"), expiry);
    VERIFY_OK(added);
    QCOMPARE(added.value().name, QStringLiteral("Terraform"));
    QCOMPARE(added.value().userId, target.id);
    QCOMPARE(added.value().expiresAt, expiry);
    const Result<ApiToken> noExpiry = m_account->addToken(target.id, QStringLiteral("CI"));
    VERIFY_OK(noExpiry);
    QVERIFY(!noExpiry.value().expiresAt.isValid());

    const QList<ApiToken> list = m_account->tokens(client, target.id).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, added.value().id);
    QCOMPARE(list.at(0).expiresAt, expiry);
    QCOMPARE(list.at(1).name, QStringLiteral("CI"));

    VERIFY_OK(m_account->deleteToken(client, added.value().id));
    QCOMPARE(m_account->tokens(client, target.id).value().size(), 1);
    const Result<Done> again = m_account->deleteToken(client, added.value().id);
    QVERIFY(!again.ok());
    QCOMPARE(int(again.error().kind), int(Kind::NotFound));
    QCOMPARE(again.error().httpStatus, 404);

    const Result<ApiToken> unnamed = m_account->addToken(target.id, QStringLiteral("  "));
    VERIFY_ERROR(unnamed, Kind::Validation, 400, QStringLiteral("This field is required"));
    VERIFY_ERROR(m_account->addToken(42, QStringLiteral("x")), Kind::NotFound, 404, QStringLiteral("User not found."));
    VERIFY_ERROR(m_account->tokens(client, 42), Kind::NotFound, 404, QStringLiteral("User not found."));
    VERIFY_ERROR(m_account->tokens(5, target.id), Kind::Forbidden, 403,
                 QStringLiteral("You do not have permission to perform this action."));
}

// The account's list: every token with its issuer; a removed issuer's expired tokens stay,
// crossed out; a member who is no administrator sees and deletes only their own.
void TestDemoAccount::accountTokens()
{
    const qint64 client = DemoSeed::ClientId;
    const QList<ApiToken> all = m_account->tokens(client, 0).value();
    const QList<DemoSeed::FormerToken> former = DemoSeed::formerTokens(m_now);
    QVERIFY(all.size() > former.size());
    for (const DemoSeed::FormerToken &f : former) {
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const ApiToken &t) { return t.name == f.token.name; });
        QVERIFY2(it != all.cend(), qPrintable(f.token.name));
        QVERIFY(it->issuerDeleted);
        QCOMPARE(it->issuerEmail, f.issuerEmail);
        QCOMPARE(it->issuerName, f.issuerName);
        QVERIFY(it->isExpired(m_now));
        QVERIFY(it->expiredFlag);
    }
    for (const ApiToken &t : all) {
        QVERIFY(t.createdAt.isValid());
        if (!t.issuerDeleted) {
            const User issuer = m_account->user(t.userId).value();
            QCOMPARE(t.issuerEmail, issuer.email);
            QCOMPARE(t.issuerName, issuer.name);
        }
    }
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const ApiToken &t) { return t.lastUsedAt.isValid(); }));

    // Removing a member whose only token expired keeps it, with their name and email.
    const User leaving = firstUser([&](const User &u) {
        const QList<ApiToken> t = m_account->tokens(client, u.id).valueOr({});
        return !t.isEmpty() && std::all_of(t.cbegin(), t.cend(), [&](const ApiToken &k) { return k.isExpired(m_now); });
    });
    const qsizetype before = all.size();
    VERIFY_OK(m_account->removeUser(client, leaving.id));
    const QList<ApiToken> after = m_account->tokens(client, 0).value();
    QCOMPARE(after.size(), before);
    const auto kept = std::find_if(after.cbegin(), after.cend(), [&](const ApiToken &t) { return t.userId == leaving.id; });
    QVERIFY(kept != after.cend());
    QVERIFY(kept->issuerDeleted);
    QCOMPARE(kept->issuerEmail, leaving.email);
    QCOMPARE(kept->issuerName, leaving.name);

    // A plain member: their own tokens only, and only theirs to delete.
    const User plain = firstUser([this](const User &u) {
        return u.status(m_now) == UserStatus::Active && u.roleId() == Role::Users;
    });
    const ApiToken own = m_account->addToken(plain.id, QStringLiteral("Mine")).value();
    VERIFY_OK(m_account->setActingUser(plain.id));
    const QList<ApiToken> mine = m_account->tokens(client, 0).value();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().id, own.id);
    VERIFY_ERROR(m_account->deleteToken(client, kept->id), Kind::Forbidden, 403,
                 QStringLiteral("You do not have permission to perform this action."));
    VERIFY_OK(m_account->deleteToken(client, own.id));
    VERIFY_ERROR(m_account->deleteToken(client, own.id), Kind::NotFound, 404, QStringLiteral("Token not found."));
    VERIFY_ERROR(m_account->deleteToken(5, own.id), Kind::Forbidden, 403,
                 QStringLiteral("You do not have permission to perform this action."));
}

void TestDemoAccount::permissions()
{
    const qint64 client = DemoSeed::ClientId;
    const QString noPermission = QStringLiteral("You do not have permission to perform this action.");
    const User plain =
        firstUser([this](const User &u) { return u.status(m_now) == UserStatus::Active && u.roleId() == Role::Users; });
    const User other = firstUser([&](const User &u) { return u.id != plain.id && u.roleId() == Role::Engineers; });
    const User pending = firstUser([this](const User &u) { return u.status(m_now) == UserStatus::Pending; });
    VERIFY_OK(m_account->setActingUser(plain.id));
    QCOMPARE(m_account->me().value().currentUserId, plain.id);

    InviteRequest request;
    request.clientId = client;
    request.email = QStringLiteral("x@example.com");
    VERIFY_ERROR(m_account->invite(request), Kind::Forbidden, 403, noPermission);
    VERIFY_ERROR(m_account->setRole(client, other.id, Role::Users), Kind::Forbidden, 403, noPermission);
    VERIFY_ERROR(m_account->removeUser(client, other.id), Kind::Forbidden, 403, noPermission);
    VERIFY_ERROR(m_account->resendInvitation(pending.email), Kind::Forbidden, 403, noPermission);
    VERIFY_ERROR(m_account->setActive(other.id, false), Kind::Forbidden, 403, noPermission);
    VERIFY_ERROR(m_account->tokens(client, other.id), Kind::Forbidden, 403, noPermission);
    VERIFY_ERROR(m_account->role(client, other.id), Kind::Forbidden, 403, noPermission);
    UserPatch patch;
    patch.name = QStringLiteral("Renamed");
    VERIFY_ERROR(m_account->updateUser(other.id, patch), Kind::Forbidden, 403, noPermission);

    // Everyone may read the list and edit themselves.
    VERIFY_OK(m_account->listUsers(0, 10));
    VERIFY_OK(m_account->updateUser(plain.id, patch));
    VERIFY_OK(m_account->role(client, plain.id));
    VERIFY_OK(m_account->tokens(client, plain.id));

    VERIFY_ERROR(m_account->setActingUser(42), Kind::NotFound, 404, QStringLiteral("User not found."));
}

void TestDemoAccount::persistsAcrossReopen()
{
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("persist@example.com");
    request.name = QString::fromUtf8("王伟");
    const qint64 id = m_account->invite(request).value().userId;
    const QList<User> before = allUsers(*m_account);
    m_account.reset();

    m_account = makeAccount();
    VERIFY_OK(m_account->open());
    QVERIFY(m_account->movedAsidePath().isEmpty());
    QCOMPARE(allUsers(*m_account), before);
    QCOMPARE(m_account->user(id).value().name, QString::fromUtf8("王伟"));
    // The daily limit counts invitations of earlier sessions too.
    for (int i = 0; i < 4; ++i) {
        request.email = QStringLiteral("again%1@example.com").arg(i);
        VERIFY_OK(m_account->invite(request));
    }
    request.email = QStringLiteral("again-too-many@example.com");
    QCOMPARE(int(m_account->invite(request).error().kind), int(Kind::RateLimited));
}

void TestDemoAccount::ownerRemovedByAnotherAdministrator()
{
    const qint64 client = DemoSeed::ClientId;
    const qint64 owner = m_account->me().value().currentUserId;
    const User admin = firstUser([&](const User &u) {
        return u.id != owner && u.roleId() == Role::Administrators && u.status(m_now) == UserStatus::Active;
    });
    QVERIFY(admin.id != 0);
    VERIFY_OK(m_account->setActingUser(admin.id));
    VERIFY_OK(m_account->removeUser(client, owner));
    const QList<User> before = allUsers(*m_account);

    // Not damage: the file opens as it is, signed in as an active administrator.
    m_account = makeAccount();
    VERIFY_OK(m_account->open());
    QVERIFY(m_account->movedAsidePath().isEmpty());
    QCOMPARE(allUsers(*m_account), before);
    const User me = m_account->user(m_account->me().value().currentUserId).value();
    QCOMPARE(me.roleId(), int(Role::Administrators));
    QCOMPARE(me.status(m_now), UserStatus::Active);
}

void TestDemoAccount::resetStartsAfresh()
{
    const QList<User> seeded = allUsers(*m_account);
    VERIFY_OK(m_account->removeUser(DemoSeed::ClientId, seeded.at(10).id));
    VERIFY_OK(m_account->seedGenerated(3));
    QCOMPARE(allUsers(*m_account).size(), 3);

    // Reopening without reset keeps the change; with reset, the seed is back.
    VERIFY_OK(m_account->open());
    QCOMPARE(allUsers(*m_account).size(), 3);
    VERIFY_OK(m_account->open(true));
    QCOMPARE(allUsers(*m_account), seeded);
    QVERIFY(m_account->movedAsidePath().isEmpty());

    // Also from a fresh instance, as `--demo-reset` does at start.
    VERIFY_OK(m_account->seedGenerated(2));
    m_account.reset();
    m_account = makeAccount();
    VERIFY_OK(m_account->open(true));
    QCOMPARE(allUsers(*m_account), seeded);
}

void TestDemoAccount::corruptFileIsRebuilt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage bytes") << "garbage";
    QTest::newRow("text file") << "text";
    QTest::newRow("damaged pages") << "pages";
    QTest::newRow("other schema") << "schema";
    QTest::newRow("newer version") << "version";
    QTest::newRow("account row missing") << "account";
}

void TestDemoAccount::corruptFileIsRebuilt()
{
    QFETCH(QString, damage);
    const QList<User> seeded = allUsers(*m_account);
    m_account.reset(); // closing checkpoints the write-ahead log into the file

    const auto withSql = [this](const QString &statement) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    };

    QFile file(path());
    if (damage == QLatin1String("garbage")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(garbage(8192));
        file.close();
    } else if (damage == QLatin1String("text")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("name,email\nJane,jane@example.com\n");
        file.close();
    } else if (damage == QLatin1String("pages")) {
        // Keep the header (a valid "SQLite format 3" file), wreck everything after page 1.
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        QVERIFY(file.seek(4096));
        file.write(garbage(int(size - 4096)));
        file.close();
    } else if (damage == QLatin1String("schema")) {
        QVERIFY(QFile::remove(path()));
        withSql(QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, who TEXT)"));
    } else if (damage == QLatin1String("version")) {
        withSql(QStringLiteral("PRAGMA user_version = 99"));
    } else if (damage == QLatin1String("account")) {
        withSql(QStringLiteral("DELETE FROM account"));
    }
    if (QTest::currentTestFailed())
        return;
    QFile::remove(path() + QStringLiteral("-wal"));
    QFile::remove(path() + QStringLiteral("-shm"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray damaged = file.readAll();
    file.close();

    m_account = makeAccount();
    const Result<Done> opened = m_account->open();
    VERIFY_OK(opened);
    const QString aside = m_account->movedAsidePath();
    QVERIFY2(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(path())
                                + QStringLiteral("\\.corrupt-\\d{8}-\\d{6}$"))
                 .match(aside)
                 .hasMatch(),
             qPrintable(aside));
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), damaged);
    QCOMPARE(allUsers(*m_account), seeded);

    // The rebuilt file opens cleanly next time.
    m_account = makeAccount();
    VERIFY_OK(m_account->open());
    QVERIFY(m_account->movedAsidePath().isEmpty());

    // A second damage within the same second is kept under another name.
    m_account.reset();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(garbage(100));
    file.close();
    m_account = makeAccount();
    VERIFY_OK(m_account->open());
    QCOMPARE(m_account->movedAsidePath(), aside + QStringLiteral("-2"));
    QVERIFY(QFileInfo::exists(aside));
}

void TestDemoAccount::emptyFileIsSeeded()
{
    m_account.reset();
    QVERIFY(QFile::remove(path()));
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    m_account = makeAccount();
    VERIFY_OK(m_account->open());
    QVERIFY(m_account->movedAsidePath().isEmpty());
    QVERIFY(allUsers(*m_account).size() > 150);
}

void TestDemoAccount::unwritableLocation()
{
    // A folder that cannot exist: its parent is a regular file (works even as root).
    QFile blocker(path(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString target = path(QStringLiteral("not-a-folder/demo.sqlite"));
    DemoAccount account(target);
    const Result<Done> opened = account.open();
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(Kind::Storage));
    QVERIFY2(opened.error().message.contains(target), qPrintable(opened.error().message));
    QVERIFY(!account.isOpen());
    QCOMPARE(int(account.listUsers(0, 10).error().kind), int(Kind::Storage));
    QCOMPARE(int(account.me().error().kind), int(Kind::Storage));
}

void TestDemoAccount::unreadableFile()
{
    // Something that is not a file stands where the demo file should be (works even as root,
    // whom file permissions do not stop). It is not damage: it is reported and left alone.
    m_account.reset();
    QVERIFY(QFile::remove(path()));
    QVERIFY(QDir().mkpath(path()));
    auto account = makeAccount();
    const Result<Done> opened = account->open();
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(Kind::Storage));
    QVERIFY2(opened.error().message.contains(path()), qPrintable(opened.error().message));
    QVERIFY(account->movedAsidePath().isEmpty());
    QVERIFY(!account->isOpen());
    QVERIFY(QFileInfo(path()).isDir());
    QVERIFY(QDir().rmdir(path()));
    VERIFY_OK(account->open());
    QVERIFY(account->movedAsidePath().isEmpty());
}

void TestDemoAccount::fileInUseIsReported()
{
    // Another program holds the file locked: not damage either. Reported, and nothing moved.
    m_account.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
        auto account = makeAccount();
        const Result<Done> opened = account->open();
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.error().kind), int(Kind::Storage));
        QVERIFY2(opened.error().message.contains(path()), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QLatin1String("in use by another program")),
                 qPrintable(opened.error().message));
        QVERIFY(account->movedAsidePath().isEmpty());
        QVERIFY(!account->isOpen());
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files), QStringList());
    m_account = makeAccount();
    VERIFY_OK(m_account->open());
    QVERIFY(m_account->movedAsidePath().isEmpty());
    QVERIFY(allUsers(*m_account).size() > 150);
}

void TestDemoAccount::notOpen()
{
    DemoAccount account(path(QStringLiteral("never.sqlite")));
    QVERIFY(!account.isOpen());
    QCOMPARE(account.path(), path(QStringLiteral("never.sqlite")));
    for (const ApiError &e : {account.me().error(), account.listUsers(0, 1).error(), account.user(1).error(),
                              account.invite(InviteRequest()).error(), account.seedGenerated(5).error(),
                              account.removeUser(1, 1).error(), account.deleteToken(1, 1).error()}) {
        QCOMPARE(int(e.kind), int(Kind::Storage));
        QVERIFY(e.message.contains(account.path()));
    }
    QVERIFY(!QFileInfo::exists(account.path()));
}

void TestDemoAccount::connectionsAreRemoved()
{
    const int before = int(QSqlDatabase::connectionNames().size());
    {
        auto second = makeAccount(QStringLiteral("second.sqlite"));
        VERIFY_OK(second->open());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 1);
        VERIFY_OK(second->open(true)); // reopening reuses its one connection
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 1);
        QCOMPARE(allUsers(*second).size(), allUsers(*m_account).size());
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
    m_account.reset();
    QCOMPARE(QSqlDatabase::connectionNames().size(), before - 1);
}

void TestDemoAccount::readerListsTheSameUsers()
{
    auto reader = makeAccount();
    VERIFY_OK(reader->openForReading());
    QVERIFY(reader->isOpen());
    QVERIFY(reader->movedAsidePath().isEmpty());
    const QList<User> all = allUsers(*m_account);
    QVERIFY(all.size() > 150);
    QCOMPARE(allUsers(*reader), all);
    QCOMPARE(reader->listUsers(0, 20).value().users, all.mid(0, 20));
    QCOMPARE(reader->listUsers(20, 20).value().users, all.mid(20, 20));
    QCOMPARE(reader->listUsers(100, 7).value().users, all.mid(100, 7));
    QCOMPARE(reader->listUsers(100, 7).value().count, all.size());
    QCOMPARE(reader->user(all.at(42).id).value(), all.at(42));
    // Both connections stay usable side by side.
    QCOMPARE(allUsers(*m_account), all);
}

void TestDemoAccount::readerSeesLaterWrites()
{
    auto reader = makeAccount();
    VERIFY_OK(reader->openForReading());
    const QList<User> before = allUsers(*reader);
    QCOMPARE(reader->listUsers(0, 20).value().users, before.mid(0, 20)); // the next page is cached now

    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("seen-by-reader@example.com");
    const Result<InviteResult> invited = m_account->invite(request);
    VERIFY_OK(invited);
    const User removed = firstUser([this](const User &u) {
        return u.id != m_account->me().value().currentUserId
            && m_account->tokens(DemoSeed::ClientId, u.id).value().isEmpty();
    });
    QVERIFY(before.indexOf(removed) < 20); // shifts the page the reader would read next
    VERIFY_OK(m_account->removeUser(DemoSeed::ClientId, removed.id));
    const User renamed = before.at(30);
    UserPatch patch;
    patch.name = QStringLiteral("Renamed Elsewhere");
    VERIFY_OK(m_account->updateUser(renamed.id, patch));

    const QList<User> now = allUsers(*m_account);
    QCOMPARE(reader->listUsers(20, 20).value().users, now.mid(20, 20));
    QCOMPARE(reader->listUsers(20, 20).value().count, before.size());
    const QList<User> seen = allUsers(*reader);
    QCOMPARE(seen, now);
    QCOMPARE(reader->user(invited.value().userId).value().email, request.email);
    QCOMPARE(int(reader->user(removed.id).error().kind), int(Kind::NotFound));
    QCOMPARE(reader->user(renamed.id).value().name, QStringLiteral("Renamed Elsewhere"));

    // Even a whole new account.
    VERIFY_OK(m_account->seedGenerated(300));
    QCOMPARE(reader->listUsers(0, 1).value().count, 300);
    QCOMPARE(allUsers(*reader), allUsers(*m_account));
}

void TestDemoAccount::readerOfMissingFile()
{
    const QString missing = path(QStringLiteral("missing.sqlite"));
    DemoAccount reader(missing);
    const Result<Done> opened = reader.openForReading();
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(Kind::Storage));
    QVERIFY2(opened.error().message.contains(missing), qPrintable(opened.error().message));
    QVERIFY(!reader.isOpen());
    QCOMPARE(int(reader.listUsers(0, 10).error().kind), int(Kind::Storage));
    QVERIFY(!QFileInfo::exists(missing)); // a reader creates nothing
}

void TestDemoAccount::readerLeavesOtherFilesAlone()
{
    // A reader neither repairs nor replaces what is not a demo account: that is open()'s job.
    const QString other = path(QStringLiteral("not-an-account.sqlite"));
    const QByteArray bytes = garbage(8192);
    QFile file(other);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    DemoAccount reader(other);
    const Result<Done> opened = reader.openForReading();
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(Kind::Storage));
    QVERIFY2(opened.error().message.contains(other), qPrintable(opened.error().message));
    QVERIFY(!reader.isOpen());
    QVERIFY(reader.movedAsidePath().isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files);
    QCOMPARE(left.filter(QStringLiteral("not-an-account")), QStringList{QStringLiteral("not-an-account.sqlite")});
}

void TestDemoAccount::defaultPath()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString file = DemoAccount::defaultPath();
    QVERIFY(file.endsWith(QLatin1String("/demo-account.sqlite")));
    QVERIFY(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(QFileInfo(QFileInfo(file).absolutePath()).isDir());
}

void TestDemoAccount::generatedAccountOf100000()
{
    constexpr int Count = 100000;
    VERIFY_OK(m_account->seedGenerated(Count));

    const qint64 myId = m_account->me().value().currentUserId;
    QCOMPARE(m_account->user(myId).value().roleId(), int(Role::Administrators));

    int loaded = 0;
    qint64 lastId = 0;
    QHash<UserStatus, int> statuses;
    QSet<QString> emails;
    QList<QList<User>> pages;
    for (;;) {
        const Result<UserPage> page = m_account->listUsers(loaded, 1000);
        VERIFY_OK(page);
        QCOMPARE(page.value().count, Count);
        loaded += int(page.value().users.size());
        pages.append(page.value().users);
        if (!page.value().hasNext)
            break;
    }
    QCOMPARE(loaded, Count);
    for (const QList<User> &page : std::as_const(pages)) {
        for (const User &u : page) {
            QVERIFY(u.id > lastId);
            lastId = u.id;
            ++statuses[u.status(m_now)];
            emails.insert(u.email.toLower());
        }
    }
    QCOMPARE(emails.size(), Count);
    QCOMPARE(statuses.size(), UserStatusCount);

    // Rules still apply at this size.
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = m_account->listUsers(Count - 1, 1).value().users.first().email;
    QCOMPARE(int(m_account->invite(request).error().kind), int(Kind::Validation));
}

void TestDemoAccount::projectsAreSeeded()
{
    const Result<QList<Project>> projects = m_account->projects();
    VERIFY_OK(projects);
    QVERIFY(projects.value().size() >= 4 && projects.value().size() <= 6);
    QCOMPARE(projects.value().first().name, QStringLiteral("Default"));
    QVERIFY(projects.value().first().isDefault);
    QStringList names;
    int defaults = 0;
    for (const Project &p : projects.value()) {
        QVERIFY(p.id > 0);
        names.append(p.name);
        defaults += p.isDefault ? 1 : 0;
    }
    QCOMPARE(defaults, 1);
    QVERIFY(names.contains(QStringLiteral("Production")));
    QVERIFY(names.contains(QStringLiteral("Staging")));
    QVERIFY(names.contains(QStringLiteral("Analytics")));
    // Any member may read them.
    const User plain =
        firstUser([this](const User &u) { return u.status(m_now) == UserStatus::Active && u.roleId() == Role::Users; });
    VERIFY_OK(m_account->setActingUser(plain.id));
    QCOMPARE(m_account->projects().value().size(), projects.value().size());
}

void TestDemoAccount::assignCloudRoles()
{
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("cloud.person@example.com");
    const Result<InviteResult> invited = m_account->invite(request);
    VERIFY_OK(invited);
    const qint64 userId = invited.value().userId;
    const QList<Project> projects = m_account->projects().value();
    QVERIFY(m_account->cloudAssignments(userId).value().isEmpty());

    VERIFY_OK(m_account->assignCloudRole({CloudRole::clientAdministrator(), userId, DemoSeed::ClientId, 0}));
    VERIFY_OK(m_account->assignCloudRole({CloudRole::observer(), userId, 0, projects.at(1).id}));
    VERIFY_OK(m_account->assignCloudRole({CloudRole::user(), userId, 0, projects.at(2).id}));
    // One role per scope: a new one replaces the old.
    VERIFY_OK(m_account->assignCloudRole({CloudRole::projectAdministrator(), userId, 0, projects.at(2).id}));
    // client_id may come with a project too.
    VERIFY_OK(m_account->assignCloudRole({CloudRole::internalNetworkOnlyUser(), userId, DemoSeed::ClientId, projects.at(3).id}));

    const QList<CloudAssignment> roles = m_account->cloudAssignments(userId).value();
    QCOMPARE(roles.size(), 4);
    QCOMPARE(roles.at(0).role, CloudRole::clientAdministrator());
    QCOMPARE(roles.at(0).clientId, DemoSeed::ClientId);
    QCOMPARE(roles.at(0).projectId, 0);
    QCOMPARE(roles.at(1).projectId, projects.at(1).id);
    QCOMPARE(roles.at(1).role, CloudRole::observer());
    QCOMPARE(roles.at(2).projectId, projects.at(2).id);
    QCOMPARE(roles.at(2).role, CloudRole::projectAdministrator());
    QCOMPARE(roles.at(3).role, CloudRole::internalNetworkOnlyUser());

    // Kept in the file.
    m_account = makeAccount();
    VERIFY_OK(m_account->open());
    QCOMPARE(m_account->cloudAssignments(userId).value().size(), 4);
}

void TestDemoAccount::assignCloudRoleValidation_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("withClient");
    QTest::addColumn<qint64>("projectId");
    QTest::addColumn<QStringList>("fields");

    const qint64 project = DemoSeed::projects().at(1).id;
    QTest::newRow("unknown role") << "Superuser" << false << project
                                  << QStringList{QStringLiteral("role: \"Superuser\" is not a valid choice.")};
    QTest::newRow("no role") << "" << true << qint64(0) << QStringList{QStringLiteral("role: This field is required")};
    QTest::newRow("unknown project") << "Observer" << false << qint64(999999)
                                     << QStringList{QStringLiteral("project_id: Project 999999 not found.")};
    QTest::newRow("no scope") << "Observer" << false << qint64(0)
                              << QStringList{QStringLiteral("project_id: Either client_id or project_id is required.")};
    QTest::newRow("client administrator of a project")
        << "ClientAdministrator" << false << project
        << QStringList{QStringLiteral("role: ClientAdministrator applies to the whole account, not to one project.")};
    QTest::newRow("project role for the account")
        << "User" << true << qint64(0) << QStringList{QStringLiteral("role: User is given per project: send project_id.")};
}

void TestDemoAccount::assignCloudRoleValidation()
{
    QFETCH(QString, role);
    QFETCH(bool, withClient);
    QFETCH(qint64, projectId);
    QFETCH(QStringList, fields);
    const qint64 userId = m_account->me().value().currentUserId;
    const qsizetype before = m_account->cloudAssignments(userId).value().size(); // the seed's
    const Result<Done> r =
        m_account->assignCloudRole({role, userId, withClient ? DemoSeed::ClientId : 0, projectId});
    QVERIFY(!r);
    QCOMPARE(int(r.error().kind), int(Kind::Validation));
    QCOMPARE(r.error().httpStatus, 400);
    QCOMPARE(fieldList(r.error().fieldErrors), fields);
    QCOMPARE(m_account->cloudAssignments(userId).value().size(), before);
}

void TestDemoAccount::assignCloudRoleNeedsAnAdministrator()
{
    const QString noPermission = QStringLiteral("You do not have permission to perform this action.");
    const User plain =
        firstUser([this](const User &u) { return u.status(m_now) == UserStatus::Active && u.roleId() == Role::Users; });
    const qint64 project = DemoSeed::projects().at(1).id;
    // Unknown user, other account.
    VERIFY_ERROR(m_account->assignCloudRole({CloudRole::observer(), 987654321, 0, project}), Kind::NotFound, 404,
                 QStringLiteral("User not found."));
    VERIFY_ERROR(m_account->assignCloudRole({CloudRole::clientAdministrator(), plain.id, DemoSeed::ClientId + 1, 0}),
                 Kind::Forbidden, 403, noPermission);

    VERIFY_OK(m_account->setActingUser(plain.id));
    VERIFY_ERROR(m_account->assignCloudRole({CloudRole::observer(), plain.id, 0, project}), Kind::Forbidden, 403,
                 noPermission);
    QVERIFY(m_account->cloudAssignments(plain.id).value().isEmpty());
}

void TestDemoAccount::removedUserLosesCloudRoles()
{
    const User plain =
        firstUser([this](const User &u) { return u.status(m_now) == UserStatus::Active && u.roleId() == Role::Users; });
    const Result<QList<ApiToken>> tokens = m_account->tokens(DemoSeed::ClientId, plain.id);
    VERIFY_OK(tokens);
    for (const ApiToken &token : tokens.value())
        VERIFY_OK(m_account->deleteToken(DemoSeed::ClientId, token.id));
    VERIFY_OK(m_account->assignCloudRole({CloudRole::observer(), plain.id, 0, DemoSeed::projects().at(1).id}));
    VERIFY_OK(m_account->removeUser(DemoSeed::ClientId, plain.id));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
    {
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cloud_assignments WHERE user_id = %1").arg(plain.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
}

// A demo file of schema version 1 (before Cloud projects) keeps its users and gains the projects.
void TestDemoAccount::version1FileIsMigrated()
{
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("kept.across.migration@example.com");
    VERIFY_OK(m_account->invite(request));
    const QList<User> before = allUsers(*m_account);
    m_account.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *statement :
             {"DELETE FROM tokens WHERE former_email IS NOT NULL", "ALTER TABLE tokens DROP COLUMN last_used_at",
              "ALTER TABLE tokens DROP COLUMN former_email", "ALTER TABLE tokens DROP COLUMN former_name",
              "DROP TABLE cloud_assignments", "DROP TABLE projects", "PRAGMA user_version = 1"})
            QVERIFY2(q.exec(QLatin1String(statement)), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

    m_account = makeAccount();
    VERIFY_OK(m_account->open());
    QVERIFY(m_account->movedAsidePath().isEmpty());
    QCOMPARE(allUsers(*m_account), before);
    QCOMPARE(m_account->projects().value().size(), DemoSeed::projects().size());
    VERIFY_OK(m_account->assignCloudRole({CloudRole::user(), before.last().id, 0, DemoSeed::projects().at(0).id}));
    // Version 3 brought the tokens of former members.
    const QList<ApiToken> tokens = m_account->tokens(DemoSeed::ClientId, 0).value();
    QCOMPARE(std::count_if(tokens.cbegin(), tokens.cend(), [](const ApiToken &t) { return t.issuerDeleted; }),
             qsizetype(DemoSeed::formerTokens(m_now).size()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), DemoAccount::SchemaVersion);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
}

ROSTER_TEST_GUILESS_MAIN(TestDemoAccount)
#include "tst_demoaccount.moc"
