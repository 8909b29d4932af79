#include "AcceptedUsers.h"
#include "TestMain.h"
#include "UserGenerator.h"
#include "domain/UserJson.h"
#include "items/UsersModel.h"
#include "store/UserCache.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSemaphore>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <limits>
#include <memory>

class TestUserCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshCacheIsEmpty();
    void refreshRoundTrip();
    void refreshReplacesEverything();
    void singleUserChanges();
    void invitationTimesSurvive();
    void damagedFileIsSetAside_data();
    void damagedFileIsSetAside();
    void notAFile();
    void fileInUseIsLeftAlone();
    void manyUsers();
    void acceptedUsersSurvive_data();
    void acceptedUsersSurvive();
    void extremeValuesSurvive();
    void damagedRecordIsLeftOut();
    void changesTouchOnlyTheirRows();
    void failedChangesWriteNothing();
    void migratesVersion1();
    void migrationGivesTheSpaceBack();
    void workerWritesWhileTheWindowReads();

private:
    QString path(const QString &name = QStringLiteral("cache.sqlite")) const { return m_dir->filePath(name); }
    // Users with no invitation time: that is the cache's own table, tested on its own.
    QList<User> withoutInvitations(int count, quint32 seed) const
    {
        QList<User> users = UserGenerator::generate(count, seed, 301542, m_now);
        for (User &u : users)
            u.invitationSentAt = {};
        return users;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
};

namespace {

// A connection of the test's own to a cache file, for what UserCache does not offer.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_opened))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.prepare(sql))
            return false;
        for (const QVariant &value : values)
            q.addBindValue(value);
        return q.exec();
    }
    // The first column of the first row.
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    QList<qint64> ids(const QString &sql) const
    {
        QList<qint64> ids;
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (q.exec(sql)) {
            while (q.next())
                ids.append(q.value(0).toLongLong());
        }
        return ids;
    }

private:
    static inline int s_opened = 0;
    QString m_name;
    bool m_open = false;
};

// Users as the cache gives them back: in the order of their ids.
QList<User> byId(QList<User> users)
{
    std::sort(users.begin(), users.end(), [](const User &a, const User &b) { return a.id < b.id; });
    return users;
}

// The count the cache keeps to size its list is the number of its rows.
// The users as the window's model takes them from the cache: straight from the records, each
// row's summary (role in `accountId`, status, two-factor, language, sign-in methods) checked against the user
// made from the same record. Empty with a failure message when they differ.
QList<User> throughModel(UserCache &cache, qint64 accountId, const QDateTime &now)
{
    UsersModel model;
    model.setAccountId(accountId);
    model.refreshStatuses(now);
    const bool read = model.setRecords([&](const std::function<void(qint64)> &expect, const UsersModel::RecordTaker &take) {
        return bool(cache.readRecords(expect, take));
    });
    if (!read) {
        qWarning("the records could not be read");
        return {};
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        const User u = model.user(row);
        if (model.roleId(row) != u.roleId(accountId) || model.status(row) != u.status(now)
            || model.twoFactor(row) != u.twoFa || model.language(row) != u.lang || model.email(row) != u.email
            || model.name(row) != u.name || model.userId(row) != u.id || model.signInMethods(row) != u.signInMethods()) {
            qWarning("row %d: the row's summary differs from its record", row);
            return {};
        }
    }
    return model.users();
}

bool countIsRight(const QString &path)
{
    const RawDb db(path);
    const QVariant stored = db.value(QStringLiteral("SELECT value FROM meta WHERE key = 'user_count'"));
    const QVariant rows = db.value(QStringLiteral("SELECT count(*) FROM users"));
    if (stored.toLongLong() == rows.toLongLong())
        return true;
    qWarning() << "stored count" << stored << "for" << rows << "rows";
    return false;
}

// A thread that is waited for however the test ends.
struct Joined
{
    void operator()(QThread *thread) const
    {
        thread->wait();
        delete thread;
    }
};

} // namespace

#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const auto &r_ = (result);                                                                                     \
        QVERIFY2(r_.ok(), qPrintable(r_.error().message));                                                             \
    } while (false)

void TestUserCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestUserCache::freshCacheIsEmpty()
{
    UserCache cache(path(QStringLiteral("profiles/work/cache.sqlite")));
    VERIFY_OK(cache.open());
    QVERIFY(cache.isOpen());
    QVERIFY(QFileInfo::exists(cache.path()));
    QVERIFY(cache.movedAsidePath().isEmpty());
    QCOMPARE(cache.users().value().size(), 0);
    QVERIFY(!cache.refreshedAt().isValid());
    QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constLast()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), UserCache::SchemaVersion);
}

void TestUserCache::refreshRoundTrip()
{
    QList<User> users = withoutInvitations(50, 4);
    users[3].name.clear();
    users[4].phone = QStringLiteral("+49 30 1234567");
    {
        UserCache cache(path());
        VERIFY_OK(cache.open());
        VERIFY_OK(cache.replaceUsers(users, m_now));
    }
    UserCache again(path());
    VERIFY_OK(again.open());
    QCOMPARE(again.refreshedAt(), m_now);
    const QList<User> loaded = again.users().value();
    QCOMPARE(loaded.size(), users.size());
    for (int i = 0; i < users.size(); ++i)
        QCOMPARE(loaded.at(i), users.at(i));
}

void TestUserCache::refreshReplacesEverything()
{
    UserCache cache(path());
    VERIFY_OK(cache.open());
    const QList<User> first = UserGenerator::generate(20, 1, 301542, m_now);
    VERIFY_OK(cache.replaceUsers(first, m_now));
    const QList<User> second = first.mid(5, 10);
    VERIFY_OK(cache.replaceUsers(second, m_now.addSecs(60)));
    QCOMPARE(cache.users().value().size(), 10);
    QCOMPARE(cache.users().value().first().id, second.first().id);
    QCOMPARE(cache.refreshedAt(), m_now.addSecs(60));
}

void TestUserCache::singleUserChanges()
{
    UserCache cache(path());
    VERIFY_OK(cache.open());
    QList<User> users = withoutInvitations(5, 2);
    VERIFY_OK(cache.replaceUsers(users, m_now));
    users[1].name = QStringLiteral("Renamed Person");
    VERIFY_OK(cache.storeUser(users[1]));
    User added = users[0];
    added.id = 999999;
    added.email = QStringLiteral("new.person@example.com");
    VERIFY_OK(cache.storeUser(added));
    VERIFY_OK(cache.removeUser(users[2].id));
    const QList<User> loaded = cache.users().value();
    QCOMPARE(loaded.size(), 5);
    QCOMPARE(loaded.at(1).name, QStringLiteral("Renamed Person"));
    QCOMPARE(loaded.last().id, 999999);
    for (const User &u : loaded)
        QVERIFY(u.id != users[2].id);
}

void TestUserCache::invitationTimesSurvive()
{
    User pending = UserGenerator::generate(1, 3, 301542, m_now).first();
    pending.activated = false;
    pending.isActive = true;
    pending.invitationSentAt = {};
    {
        UserCache cache(path());
        VERIFY_OK(cache.open());
        VERIFY_OK(cache.replaceUsers({pending}, m_now));
        VERIFY_OK(cache.recordInvitation(pending.id, m_now.addSecs(-25 * 3600)));
        VERIFY_OK(cache.recordInvitation(pending.id, m_now.addSecs(-3600))); // resent: the later time wins
    }
    UserCache again(path());
    VERIFY_OK(again.open());
    QCOMPARE(again.invitationTimes().value(pending.id), m_now.addSecs(-3600));
    const User loaded = again.users().value().first();
    QCOMPARE(loaded.invitationSentAt, m_now.addSecs(-3600));
    QCOMPARE(loaded.status(m_now), UserStatus::Pending);
    QCOMPARE(loaded.status(m_now.addSecs(24 * 3600)), UserStatus::Expired);
    // The model's rows from the records keep the time too (throughModel checks the status).
    QCOMPARE(throughModel(again, 0, m_now), QList<User>({loaded}));
    QCOMPARE(throughModel(again, 0, m_now.addSecs(24 * 3600)), QList<User>({loaded}));
    VERIFY_OK(again.removeUser(pending.id));
    QVERIFY(again.invitationTimes().isEmpty());
}

void TestUserCache::damagedFileIsSetAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage") << QStringLiteral("garbage");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("newer schema") << QStringLiteral("newer");
    QTest::newRow("foreign tables") << QStringLiteral("foreign");
}

void TestUserCache::damagedFileIsSetAside()
{
    QFETCH(QString, damage);
    QByteArray original;
    if (damage == QLatin1String("newer")) {
        {
            UserCache cache(path());
            VERIFY_OK(cache.open());
            VERIFY_OK(cache.replaceUsers(UserGenerator::generate(3, 1, 301542, m_now), m_now));
            QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constLast()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
    } else if (damage == QLatin1String("foreign")) {
        // Another program's tables and no schema version: none of ours may be written into it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, who TEXT)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        original = file.readAll();
    } else {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        original = damage == QLatin1String("text") ? QByteArray("users: jane, john\n")
                                                   : QByteArray(4096, '\x5a').append("SQLite format 3");
        QCOMPARE(file.write(original), original.size());
    }
    UserCache cache(path());
    VERIFY_OK(cache.open());
    QVERIFY(!cache.movedAsidePath().isEmpty());
    QVERIFY(QFileInfo::exists(cache.movedAsidePath()));
    if (!original.isEmpty()) {
        QFile kept(cache.movedAsidePath());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original); // nothing of it is lost
    }
    QCOMPARE(cache.users().value().size(), 0);
    VERIFY_OK(cache.replaceUsers(UserGenerator::generate(2, 1, 301542, m_now), m_now));
    QCOMPARE(cache.users().value().size(), 2);
}

void TestUserCache::notAFile()
{
    QVERIFY(QDir().mkpath(path()));
    UserCache cache(path());
    const Result<Done> opened = cache.open();
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(ApiError::Kind::Storage));
    QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path())), qPrintable(opened.error().message));
    QVERIFY(QFileInfo(path()).isDir()); // left alone
    QVERIFY(!cache.isOpen());
    QVERIFY(!cache.users().ok());
    QVERIFY(!cache.replaceUsers({}, m_now).ok());
}

void TestUserCache::fileInUseIsLeftAlone()
{
    {
        UserCache cache(path());
        VERIFY_OK(cache.open());
        VERIFY_OK(cache.replaceUsers(UserGenerator::generate(3, 1, 301542, m_now), m_now));
    }
    {
        // Another program holds the file locked: reported, never set aside.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        UserCache cache(path());
        const Result<Done> opened = cache.open();
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.error().kind), int(ApiError::Kind::Storage));
        QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path())), qPrintable(opened.error().message));
        QVERIFY(cache.movedAsidePath().isEmpty());
        QVERIFY(!cache.isOpen());
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files), QStringList());
    UserCache cache(path());
    VERIFY_OK(cache.open());
    QCOMPARE(cache.users().value().size(), 3);
}

void TestUserCache::manyUsers()
{
    const QList<User> users = UserGenerator::generate(20000, 9, 301542, m_now);
    UserCache cache(path());
    VERIFY_OK(cache.open());
    VERIFY_OK(cache.replaceUsers(users, m_now));
    const QList<User> loaded = cache.users().value();
    QCOMPARE(loaded.size(), users.size());
    QCOMPARE(loaded.last().email, users.last().email);
}

void TestUserCache::acceptedUsersSurvive_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const AcceptedUsers::Case &c : AcceptedUsers::cases())
        QTest::newRow(c.tag) << c.json;
}

// Whatever the parser accepts from a server comes back from the cache as it was read, among
// other users (whose shared values must not leak into it), after a full refresh and after one
// that writes only changes, in this connection and in the next.
void TestUserCache::acceptedUsersSurvive()
{
    QFETCH(QByteArray, json);
    const Result<User> parsed = UserJson::parseUser(json);
    VERIFY_OK(parsed);
    QList<User> others = withoutInvitations(30, 17);
    for (User &u : others)
        u.id += 20000; // clear of the cases' ids
    const QList<User> expected = byId(QList<User>(others) << parsed.value());

    {
        UserCache cache(path());
        VERIFY_OK(cache.open());
        VERIFY_OK(cache.replaceUsers(QList<User>(others) << parsed.value(), m_now));
        QCOMPARE(cache.users().value(), expected);
    }
    {
        UserCache cache(path(QStringLiteral("changes.sqlite")));
        VERIFY_OK(cache.open());
        VERIFY_OK(cache.replaceUsers(others, m_now));
        VERIFY_OK(cache.applyChanges({parsed.value()}, {}, m_now.addSecs(60)));
        QCOMPARE(cache.users().value(), expected);
    }
    for (const QString &name : {QStringLiteral("cache.sqlite"), QStringLiteral("changes.sqlite")}) {
        UserCache again(path(name));
        VERIFY_OK(again.open());
        const QList<User> loaded = again.users().value();
        QCOMPARE(loaded, expected);
        QCOMPARE(throughModel(again, 0, m_now), expected);
        QCOMPARE(throughModel(again, parsed.value().client + 1, m_now), expected);
        const User &user = *std::find_if(loaded.cbegin(), loaded.cend(),
                                         [&](const User &u) { return u.id == parsed.value().id; });
        // Field by field, so a failure says which.
        QCOMPARE(user.email, parsed.value().email);
        QCOMPARE(user.name, parsed.value().name);
        QCOMPARE(user.groups, parsed.value().groups);
        QCOMPARE(user.authTypes, parsed.value().authTypes);
        QCOMPARE(user.clientAndRoles, parsed.value().clientAndRoles);
    }
}

void TestUserCache::extremeValuesSurvive()
{
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    constexpr qint64 Min = std::numeric_limits<qint64>::min();
    constexpr int IntMax = std::numeric_limits<int>::max();
    constexpr int IntMin = std::numeric_limits<int>::min();
    User edge;
    edge.id = Max;
    edge.email = QString(5000, u'e') + QStringLiteral("@example.com");
    edge.name = QStringLiteral("a NUL ") + QChar(0) + QStringLiteral(" inside, a line break\n and 😀");
    edge.lang = QStringLiteral("az");
    edge.reseller = Min;
    edge.client = -1;
    edge.deleted = true;
    edge.ssoAuth = true;
    edge.twoFa = true;
    edge.isActive = false;
    edge.groups = {{IntMin, QStringLiteral("lowest")}, {IntMax, QString()}, {0, QStringLiteral("Users")}};
    edge.clientAndRoles = {{Min, QStringLiteral("a"), Max, {IntMin, IntMax, 0}},
                           {Max, QString(), Min, {}},
                           {0, QStringLiteral("Northwind Analytics"), 0, QList<int>(300, 7)}};
    edge.authTypes = QStringList(200, QStringLiteral("password"));
    User smallest = edge;
    smallest.id = 1;
    smallest.email = QStringLiteral("a@b.c");
    smallest.name.clear();
    User plain;
    plain.id = 2;
    plain.email = QStringLiteral("plain@example.com"); // every other field empty or zero
    {
        UserCache cache(path());
        VERIFY_OK(cache.open());
        VERIFY_OK(cache.replaceUsers({edge, plain, smallest}, m_now));
    }
    UserCache again(path());
    VERIFY_OK(again.open());
    QCOMPARE(again.users().value(), QList<User>({smallest, plain, edge}));
    QCOMPARE(throughModel(again, Max, m_now), QList<User>({smallest, plain, edge}));
    QVERIFY(countIsRight(path()));
}

void TestUserCache::damagedRecordIsLeftOut()
{
    QList<User> users = withoutInvitations(6, 8);
    {
        UserCache cache(path());
        VERIFY_OK(cache.open());
        VERIFY_OK(cache.replaceUsers(users, m_now));
    }
    {
        const RawDb db(path());
        QVERIFY(db.exec(QStringLiteral("UPDATE users SET record = substr(record, 1, 7) WHERE id = ?"), {users[1].id}));
        QVERIFY(db.exec(QStringLiteral("UPDATE users SET record = record || x'00' WHERE id = ?"), {users[3].id}));
        QVERIFY(db.exec(QStringLiteral("UPDATE users SET record = x'ff' WHERE id = ?"), {users[4].id}));
    }
    UserCache cache(path());
    VERIFY_OK(cache.open());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("left out the cached user")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("left out the cached user")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("left out the cached user")));
    QCOMPARE(cache.users().value(), QList<User>({users[0], users[2], users[5]}));
    // The model leaves out the same records.
    for (int i = 0; i < 3; ++i)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("left out the cached user")));
    QCOMPARE(throughModel(cache, 0, m_now), QList<User>({users[0], users[2], users[5]}));
    // The next refresh writes them again.
    VERIFY_OK(cache.applyChanges({users[1], users[3], users[4]}, {}, m_now));
    QCOMPARE(cache.users().value(), users);
}

void TestUserCache::changesTouchOnlyTheirRows()
{
    QList<User> users = withoutInvitations(100, 6);
    UserCache cache(path());
    VERIFY_OK(cache.open());
    VERIFY_OK(cache.replaceUsers(users, m_now));
    VERIFY_OK(cache.recordInvitation(users[10].id, m_now.addSecs(-60)));
    VERIFY_OK(cache.recordInvitation(users[20].id, m_now.addSecs(-120)));
    {
        // Every row written from now on, by id.
        const RawDb db(path());
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE touched (id INTEGER)")));
        QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER inserted AFTER INSERT ON users BEGIN INSERT INTO touched VALUES (new.id); END")));
        QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER updated AFTER UPDATE ON users BEGIN INSERT INTO touched VALUES (new.id); END")));
        QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER deleted AFTER DELETE ON users BEGIN INSERT INTO touched VALUES (old.id); END")));
    }

    QList<User> changed = {users[3], users[50]};
    changed[0].name = QStringLiteral("Renamed Person");
    changed[1].twoFa = !changed[1].twoFa;
    changed[1].clientAndRoles.first().roleIds = {1};
    User added = users[0];
    added.id = 999999;
    added.email = QStringLiteral("new.person@example.com");
    User first = users[7];
    first.id = 5; // before every other id
    changed << added << first;
    const std::vector<qint64> removed = {users[10].id, users[60].id, 123 /* not there */};
    VERIFY_OK(cache.applyChanges(changed, removed, m_now.addSecs(300)));

    QList<User> expected = users;
    expected[3] = changed[0];
    expected[50] = changed[1];
    expected[20].invitationSentAt = m_now.addSecs(-120);
    expected.removeAt(60);
    expected.removeAt(10);
    expected << added << first;
    expected = byId(expected);
    QCOMPARE(cache.users().value(), expected);
    QCOMPARE(cache.refreshedAt(), m_now.addSecs(300));
    // The removed user's invitation time went with it.
    QCOMPARE(cache.invitationTimes(), (QHash<qint64, QDateTime>{{users[20].id, m_now.addSecs(-120)}}));
    {
        const RawDb db(path());
        QList<qint64> touched = db.ids(QStringLiteral("SELECT id FROM touched ORDER BY id"));
        QList<qint64> wanted = {users[3].id, users[50].id, added.id, first.id, users[10].id, users[60].id};
        std::sort(wanted.begin(), wanted.end());
        QCOMPARE(touched, wanted);
    }
    QVERIFY(countIsRight(path()));

    // One user after an action, then one removed: only theirs.
    {
        const RawDb db(path());
        QVERIFY(db.exec(QStringLiteral("DELETE FROM touched")));
    }
    User edited = expected[30];
    edited.phone = QStringLiteral("+7 495 1234567");
    VERIFY_OK(cache.storeUser(edited));
    VERIFY_OK(cache.removeUser(expected[31].id));
    {
        const RawDb db(path());
        QCOMPARE(db.ids(QStringLiteral("SELECT id FROM touched")), QList<qint64>({edited.id, expected[31].id}));
    }
    QVERIFY(countIsRight(path()));
    UserCache again(path());
    VERIFY_OK(again.open());
    QCOMPARE(again.users().value().size(), expected.size() - 1);
    QCOMPARE(again.users().value().at(30), edited);
}

void TestUserCache::failedChangesWriteNothing()
{
    QList<User> users = withoutInvitations(10, 7);
    UserCache cache(path());
    VERIFY_OK(cache.open());
    VERIFY_OK(cache.replaceUsers(users, m_now));
    {
        const RawDb db(path());
        QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON users WHEN new.id = 777 "
                                       "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    }
    User renamed = users[2];
    renamed.name = QStringLiteral("Renamed Person");
    User refused = users[0];
    refused.id = 777;
    const Result<Done> applied = cache.applyChanges({renamed, refused}, {users[5].id}, m_now.addSecs(60));
    QVERIFY(!applied.ok());
    QCOMPARE(int(applied.error().kind), int(ApiError::Kind::Storage));
    QVERIFY2(applied.error().message.contains(QStringLiteral("refused by the test")), qPrintable(applied.error().message));
    QCOMPARE(cache.users().value(), users); // not the rename, not the removal
    QCOMPARE(cache.refreshedAt(), m_now);
    QVERIFY(!cache.replaceUsers({renamed, refused}, m_now.addSecs(60)).ok());
    QCOMPARE(cache.users().value(), users);
    QVERIFY(countIsRight(path()));
    // The cache still works.
    VERIFY_OK(cache.applyChanges({renamed}, {}, m_now.addSecs(120)));
    QCOMPARE(cache.users().value().at(2).name, QStringLiteral("Renamed Person"));
}

namespace {

// A file as schema 1 of UserCache wrote it: its tables, one JSON text per user.
bool writeVersion1(const QString &path, const QList<QPair<qint64, QByteArray>> &rows, const QDateTime &refreshedAt,
                   const QHash<qint64, QDateTime> &invitations)
{
    const RawDb db(path);
    bool ok = db.isOpen() && db.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && db.exec(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"))
        && db.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"))
        && db.exec(QStringLiteral("CREATE TABLE invitations (user_id INTEGER PRIMARY KEY, sent_at INTEGER NOT NULL)"))
        && db.exec(QStringLiteral("PRAGMA user_version = 1")) && db.exec(QStringLiteral("BEGIN"));
    for (const auto &row : rows)
        ok = ok && db.exec(QStringLiteral("INSERT INTO users (id, json) VALUES (?, ?)"), {row.first, QString::fromUtf8(row.second)});
    for (auto it = invitations.cbegin(); it != invitations.cend(); ++it)
        ok = ok && db.exec(QStringLiteral("INSERT OR REPLACE INTO invitations (user_id, sent_at) VALUES (?, ?)"),
                           {it.key(), it.value().toMSecsSinceEpoch()});
    return ok && db.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('refreshed_at', ?)"),
                         {refreshedAt.toMSecsSinceEpoch()})
        && db.exec(QStringLiteral("COMMIT"));
}

// A user as schema 1 wrote it.
QPair<qint64, QByteArray> version1Row(const User &user)
{
    return {user.id, QJsonDocument(UserJson::toJson(user)).toJson(QJsonDocument::Compact)};
}

} // namespace

void TestUserCache::migratesVersion1()
{
    QList<User> users = UserGenerator::generate(40, 12, 301542, m_now);
    QHash<qint64, QDateTime> invitations;
    for (User &u : users) {
        if (u.invitationSentAt.isValid())
            invitations.insert(u.id, u.invitationSentAt);
    }
    users[2].name.clear();
    users[3].groups.clear();
    users[4].clientAndRoles.append({777, QStringLiteral("Another Account"), users[4].id, {3009, 1}});
    QList<QPair<qint64, QByteArray>> rows;
    for (const User &u : std::as_const(users))
        rows << version1Row(u);
    // Written by schema 1 as it was, to the byte: the largest id, which it lost on reading back.
    User largest;
    largest.id = 9007199254740991;
    largest.email = QStringLiteral("max.id@example.com");
    largest.name = QStringLiteral("Jürgen Weiß");
    largest.lang = QStringLiteral("de");
    largest.company = QStringLiteral("Northwind Analytics");
    largest.client = 301542;
    largest.activated = true;
    largest.twoFa = true;
    largest.authTypes = {QStringLiteral("password")};
    largest.userType = QStringLiteral("common");
    largest.groups = {{3, QStringLiteral("Engineers")}};
    largest.clientAndRoles = {{301542, QStringLiteral("Northwind Analytics"), largest.id, {3}}};
    rows << qMakePair(largest.id, QByteArray(
        R"({"activated":true,"auth_types":["password"],"client":301542,"client_and_roles":[{"client_company_name":)"
        R"("Northwind Analytics","client_id":301542,"user_id":9007199254740991,"user_roles":["3"]}],"company":)"
        R"("Northwind Analytics","deleted":false,"email":"max.id@example.com","groups":[{"id":3,"name":"Engineers"}],)"
        R"("id":9007199254740991,"is_active":true,"lang":"de","name":"Jürgen Weiß","phone":null,"reseller":0,)"
        R"("sso_auth":false,"two_fa":true,"user_type":"common"})"));
    // Rows no reader can make a user of: left out, the others kept.
    rows << qMakePair(qint64(3), QByteArray("{not json")) << qMakePair(qint64(4), QByteArray("[1,2]"));
    QVERIFY(writeVersion1(path(), rows, m_now.addSecs(-600), invitations));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("left out the cached user 3 .*schema 1")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("left out the cached user 4 .*schema 1")));
    {
        UserCache cache(path());
        VERIFY_OK(cache.open());
        QVERIFY(cache.movedAsidePath().isEmpty());
        QCOMPARE(cache.users().value(), QList<User>(users) << largest);
        QCOMPARE(cache.refreshedAt(), m_now.addSecs(-600));
        QCOMPARE(cache.invitationTimes(), invitations);
    }
    {
        const RawDb db(path());
        QCOMPARE(db.value(QStringLiteral("PRAGMA user_version")).toInt(), UserCache::SchemaVersion);
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'users_v1'")).toInt(), 0);
    }
    QVERIFY(countIsRight(path()));
    // Once converted, it stays so.
    UserCache again(path());
    VERIFY_OK(again.open());
    QCOMPARE(again.users().value().size(), users.size() + 1);
}

void TestUserCache::migrationGivesTheSpaceBack()
{
    const QList<User> users = UserGenerator::generate(3000, 13, 301542, m_now);
    QList<QPair<qint64, QByteArray>> rows;
    for (const User &u : users)
        rows << version1Row(u);
    QVERIFY(writeVersion1(path(), rows, m_now, {}));
    {
        const RawDb db(path());
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const qint64 before = QFileInfo(path()).size();
    UserCache cache(path());
    VERIFY_OK(cache.open());
    QCOMPARE(cache.users().value().size(), users.size());
    cache.close(); // the last connection writes the log back into the file
    const qint64 after = QFileInfo(path()).size();
    QVERIFY2(after * 3 < before, qPrintable(QStringLiteral("%1 bytes before, %2 after").arg(before).arg(after)));
}

// A refresh writes on a worker thread, through a UserCache of its own on the same file, while the
// window's reads and writes go on: each read sees one whole refresh or none of it.
void TestUserCache::workerWritesWhileTheWindowReads()
{
    constexpr int Count = 300;
    constexpr int Refreshes = 40;
    QList<User> users = withoutInvitations(Count, 14);
    const auto generation = [](int g) { return QStringLiteral("generation %1").arg(g); };
    for (User &u : users)
        u.name = generation(0);
    UserCache window(path());
    VERIFY_OK(window.open());
    VERIFY_OK(window.replaceUsers(users, m_now));

    QSemaphore opened;
    QStringList workerErrors; // the worker's until it ends
    const std::unique_ptr<QThread, Joined> worker(QThread::create([&] {
        UserCache refresh(path());
        const Result<Done> open = refresh.open();
        opened.release();
        if (!open) {
            workerErrors << open.error().message;
            return;
        }
        QList<User> current = users;
        for (int g = 1; g <= Refreshes; ++g) {
            const qint64 gone = current.takeLast().id;
            for (User &u : current)
                u.name = generation(g);
            if (const Result<Done> applied = refresh.applyChanges(current, {gone}, m_now.addSecs(g)); !applied)
                workerErrors << applied.error().message;
        }
    }));
    worker->start();
    opened.acquire();

    int reads = 0;
    int last = 0;
    QSet<int> seen;
    const QDateTime sent = m_now.addSecs(-30);
    for (bool more = true; more;) {
        more = !worker->isFinished(); // one more read after the end
        const Result<QList<User>> read = window.users();
        VERIFY_OK(read);
        const QList<User> &list = read.value();
        QVERIFY(!list.isEmpty());
        const int g = list.first().name.section(u' ', 1).toInt();
        QCOMPARE(list.size(), Count - g);
        QVERIFY(std::all_of(list.cbegin(), list.cend(), [&](const User &u) { return u.name == generation(g); }));
        QVERIFY(g >= last);
        last = g;
        seen.insert(g);
        if (++reads % 10 == 0)
            VERIFY_OK(window.recordInvitation(users.first().id, sent)); // a write of the window's own
    }
    QVERIFY2(workerErrors.isEmpty(), qPrintable(workerErrors.join(u'\n')));
    QCOMPARE(last, Refreshes);
    qInfo() << reads << "reads saw" << seen.size() << "of" << Refreshes + 1 << "refreshes";
    QCOMPARE(window.refreshedAt(), m_now.addSecs(Refreshes));
    if (reads >= 10)
        QCOMPARE(window.users().value().first().invitationSentAt, sent);
    QVERIFY(countIsRight(path()));
}

ROSTER_TEST_GUILESS_MAIN(TestUserCache)
#include "tst_usercache.moc"
