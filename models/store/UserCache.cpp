#include "UserCache.h"

#include "domain/UserJson.h"
#include "store/SqlTransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcCache, "roster.cache", QtInfoMsg)

namespace {

QAtomicInteger<quint64> connectionCounter;

// Each step takes the schema from version N - 1 to N; a new version appends one.
const char *const Migrations[][3] = {
    {// 1: users as the API describes them, the time of the last refresh, invitation times
     "CREATE TABLE users (id INTEGER PRIMARY KEY, json TEXT NOT NULL)",
     "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
     "CREATE TABLE invitations (user_id INTEGER PRIMARY KEY, sent_at INTEGER NOT NULL)"},
};
constexpr int MigrationCount = int(sizeof(Migrations) / sizeof(Migrations[0]));
static_assert(MigrationCount == UserCache::SchemaVersion, "one migration per schema version");


QByteArray jsonOf(const User &user)
{
    return QJsonDocument(UserJson::toJson(user)).toJson(QJsonDocument::Compact);
}

} // namespace

UserCache::UserCache(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("roster-cache-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

UserCache::~UserCache()
{
    close();
}

bool UserCache::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void UserCache::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

ApiError UserCache::failure(const QString &detail) const
{
    return ApiError::make(ApiError::Kind::Storage,
                          QCoreApplication::translate("UserCache", "The local copy of the users in %1 could not be "
                                                                   "read or written: %2")
                              .arg(QDir::toNativeSeparators(m_path), detail));
}

Result<Done> UserCache::open()
{
    close();
    m_movedAside.clear();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return failure(QCoreApplication::translate("UserCache", "the folder %1 cannot be created")
                           .arg(QDir::toNativeSeparators(folder)));
    if (QFileInfo::exists(m_path) && !QFileInfo(m_path).isFile())
        return failure(QCoreApplication::translate("UserCache", "it is not a file"));

    QString detail;
    Check check = prepare(&detail);
    if (check == Check::Damaged) {
        qCWarning(lcCache) << "cache" << m_path << "set aside:" << detail;
        const Result<Done> moved = moveAside();
        if (!moved)
            return moved;
        check = prepare(&detail);
    }
    if (check != Check::Ok) {
        close();
        return failure(detail);
    }
    return Done{};
}

UserCache::Check UserCache::prepare(QString *detail)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!m_db.open()) {
        *detail = m_db.lastError().text();
        return Check::Failed;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *detail = q.lastError().text();
        // Not a database at all (SQLITE_NOTADB 26) or damaged (SQLITE_CORRUPT 11): start over.
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        return code == 26 || code == 11 ? Check::Damaged : Check::Failed;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        *detail = QStringLiteral("written by a newer Roster (schema %1)").arg(version);
        return Check::Damaged;
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        *detail = QStringLiteral("integrity check failed: %1").arg(q.value(0).toString());
        return Check::Damaged;
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        *detail = q.lastError().text();
        return Check::Failed;
    }
    q.finish();
    const Result<Done> migrated = migrate(version);
    if (!migrated) {
        *detail = migrated.error().message;
        return Check::Damaged;
    }
    return Check::Ok;
}

Result<Done> UserCache::migrate(int from)
{
    if (from == SchemaVersion)
        return Done{};
    SqlTransaction transaction(m_db);
    QSqlQuery q(m_db);
    for (int step = from; step < SchemaVersion; ++step) {
        for (const char *statement : Migrations[step]) {
            if (statement && !q.exec(QLatin1String(statement)))
                return failure(q.lastError().text());
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)) || !transaction.commit())
        return failure(q.lastError().text());
    return Done{};
}

Result<Done> UserCache::moveAside()
{
    close();
    QString target = m_path + QStringLiteral(".broken");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".broken-") + QString::number(n);
    if (!QFile::rename(m_path, target))
        return failure(QCoreApplication::translate("UserCache", "the damaged file cannot be moved aside"));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_path + suffix);
    m_movedAside = target;
    return Done{};
}

Result<QList<User>> UserCache::users() const
{
    if (!isOpen())
        return failure(QCoreApplication::translate("UserCache", "it is not open"));
    const QHash<qint64, QDateTime> invitations = invitationTimes();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT json FROM users ORDER BY id")))
        return failure(q.lastError().text());
    QList<User> users;
    while (q.next()) {
        const QByteArray json = q.value(0).toByteArray();
        Result<User> user = UserJson::userFromJson(QJsonDocument::fromJson(json).object());
        if (!user) {
            qCWarning(lcCache) << "skipping an unreadable cached user:" << user.error().message;
            continue;
        }
        user.value().invitationSentAt = invitations.value(user.value().id);
        users.append(user.takeValue());
    }
    return users;
}

QDateTime UserCache::refreshedAt() const
{
    if (!isOpen())
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'refreshed_at'")) || !q.next())
        return {};
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

Result<Done> UserCache::replaceUsers(const QList<User> &users, const QDateTime &refreshedAt)
{
    if (!isOpen())
        return failure(QCoreApplication::translate("UserCache", "it is not open"));
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return failure(m_db.lastError().text());
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM users")))
        return failure(q.lastError().text());
    if (!q.prepare(QStringLiteral("INSERT INTO users (id, json) VALUES (?, ?)")))
        return failure(q.lastError().text());
    for (const User &user : users) {
        q.bindValue(0, user.id);
        q.bindValue(1, QString::fromUtf8(jsonOf(user)));
        if (!q.exec())
            return failure(q.lastError().text());
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('refreshed_at', ?)"));
    q.bindValue(0, refreshedAt.toMSecsSinceEpoch());
    if (!q.exec() || !transaction.commit())
        return failure(q.lastError().text());
    return Done{};
}

Result<Done> UserCache::storeUser(const User &user)
{
    if (!isOpen())
        return failure(QCoreApplication::translate("UserCache", "it is not open"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO users (id, json) VALUES (?, ?)"));
    q.bindValue(0, user.id);
    q.bindValue(1, QString::fromUtf8(jsonOf(user)));
    if (!q.exec())
        return failure(q.lastError().text());
    return Done{};
}

Result<Done> UserCache::removeUser(qint64 userId)
{
    if (!isOpen())
        return failure(QCoreApplication::translate("UserCache", "it is not open"));
    SqlTransaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
    q.bindValue(0, userId);
    if (!q.exec())
        return failure(q.lastError().text());
    q.prepare(QStringLiteral("DELETE FROM invitations WHERE user_id = ?"));
    q.bindValue(0, userId);
    if (!q.exec() || !transaction.commit())
        return failure(q.lastError().text());
    return Done{};
}

Result<Done> UserCache::recordInvitation(qint64 userId, const QDateTime &sentAt)
{
    if (!isOpen())
        return failure(QCoreApplication::translate("UserCache", "it is not open"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO invitations (user_id, sent_at) VALUES (?, ?)"));
    q.bindValue(0, userId);
    q.bindValue(1, sentAt.toMSecsSinceEpoch());
    if (!q.exec())
        return failure(q.lastError().text());
    return Done{};
}

QHash<qint64, QDateTime> UserCache::invitationTimes() const
{
    QHash<qint64, QDateTime> times;
    if (!isOpen())
        return times;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT user_id, sent_at FROM invitations")))
        return times;
    while (q.next())
        times.insert(q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
    return times;
}
