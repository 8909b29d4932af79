#include "TestMain.h"
#include "UserGenerator.h"
#include "store/UserCache.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

private:
    QString path(const QString &name = QStringLiteral("cache.sqlite")) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
};

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
    QList<User> users = UserGenerator::generate(50, 4, 301542, m_now);
    for (User &u : users)
        u.invitationSentAt = {}; // that is the cache's own table, tested below
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
    QList<User> users = UserGenerator::generate(5, 2, 301542, m_now);
    for (User &u : users)
        u.invitationSentAt = {};
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

ROSTER_TEST_GUILESS_MAIN(TestUserCache)
#include "tst_usercache.moc"
