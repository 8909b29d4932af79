#include "UserCache.h"

#include "domain/UserJson.h"
#include "store/SqlTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcCache, "roster.cache", QtInfoMsg)

namespace {

// Each step takes the schema from version N - 1 to N; a new version appends one.
SqliteFile::Migrations migrations()
{
    return {
        {// 1: users as the API describes them, the time of the last refresh, invitation times
         QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
         QStringLiteral("CREATE TABLE invitations (user_id INTEGER PRIMARY KEY, sent_at INTEGER NOT NULL)")},
    };
}


QByteArray jsonOf(const User &user)
{
    return QJsonDocument(UserJson::toJson(user)).toJson(QJsonDocument::Compact);
}

} // namespace

UserCache::UserCache(const QString &path)
    : m_file(
        path, QStringLiteral("roster-cache-"), migrations(), {QStringLiteral("PRAGMA journal_mode=WAL")},
        [this](SqliteFile::Problem problem, const QString &detail) {
            return failure(SqliteFile::describe(problem, detail));
        },
        lcCache())
{
    Q_ASSERT(m_file.schemaVersion() == SchemaVersion);
}

UserCache::~UserCache()
{
    close();
}

bool UserCache::isOpen() const
{
    return m_file.isOpen();
}

void UserCache::close()
{
    m_db = QSqlDatabase(); // no handle may outlive the connection
    m_file.close();
}

ApiError UserCache::failure(const QString &detail) const
{
    return ApiError::make(ApiError::Kind::Storage,
                          QCoreApplication::translate("UserCache", "The local copy of the users in %1 could not be "
                                                                   "read or written: %2")
                              .arg(QDir::toNativeSeparators(m_file.path()), detail));
}

Result<Done> UserCache::open()
{
    close();
    const Result<Done> opened = m_file.open();
    if (opened)
        m_db = m_file.database();
    return opened;
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

Result<Done> UserCache::applyChanges(const QList<User> &changed, const std::vector<qint64> &removedIds,
                                     const QDateTime &refreshedAt)
{
    if (!isOpen())
        return failure(QCoreApplication::translate("UserCache", "it is not open"));
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return failure(m_db.lastError().text());
    QSqlQuery store(m_db);
    if (!store.prepare(QStringLiteral("INSERT OR REPLACE INTO users (id, json) VALUES (?, ?)")))
        return failure(store.lastError().text());
    for (const User &user : changed) {
        store.bindValue(0, user.id);
        store.bindValue(1, QString::fromUtf8(jsonOf(user)));
        if (!store.exec())
            return failure(store.lastError().text());
    }
    QSqlQuery remove(m_db);
    QSqlQuery forget(m_db);
    if (!remove.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"))
        || !forget.prepare(QStringLiteral("DELETE FROM invitations WHERE user_id = ?")))
        return failure(remove.lastError().text());
    for (qint64 id : removedIds) {
        remove.bindValue(0, id);
        forget.bindValue(0, id);
        if (!remove.exec() || !forget.exec())
            return failure(remove.lastError().text());
    }
    QSqlQuery q(m_db);
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
