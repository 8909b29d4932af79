#include "UserCache.h"

#include "domain/UserJson.h"
#include "store/SqliteStatement.h"
#include "store/UserRecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>

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
        {// 2: each user as a binary record (UserRecord), and how many there are; populate()
         // converts the JSON rows of schema 1 and drops them
         QStringLiteral("ALTER TABLE users RENAME TO users_v1"),
         QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, record BLOB NOT NULL)"),
         QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('user_count', 0)")},
    };
}

// A transaction on SQLite's connection, rolled back unless committed. A writer takes the write
// lock at once (BEGIN IMMEDIATE), waiting for another connection's write to end, so it never
// finds its snapshot outdated halfway; a reader's BEGIN keeps one snapshot for all its reads.
class Transaction final
{
public:
    enum Kind : quint8 { Read, Write };
    Transaction(sqlite3 *db, Kind kind)
        : m_db(db)
        , m_open(SqliteStatement::exec(db, kind == Write ? "BEGIN IMMEDIATE" : "BEGIN"))
    {
    }
    ~Transaction()
    {
        if (m_open)
            SqliteStatement::exec(m_db, "ROLLBACK");
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open || !SqliteStatement::exec(m_db, "COMMIT"))
            return false;
        m_open = false;
        return true;
    }

private:
    sqlite3 *m_db;
    bool m_open;

    Q_DISABLE_COPY_MOVE(Transaction)
};

// Writes and removes users within a transaction of the caller's, counting the rows it adds and
// removes so the stored count stays right.
class UserRows final
{
public:
    explicit UserRows(sqlite3 *db)
        : m_insert(db, "INSERT OR IGNORE INTO users (id, record) VALUES (?1, ?2)")
        , m_update(db, "UPDATE users SET record = ?2 WHERE id = ?1")
        , m_remove(db, "DELETE FROM users WHERE id = ?1")
        , m_forget(db, "DELETE FROM invitations WHERE user_id = ?1")
        , m_count(db, "UPDATE meta SET value = CAST(value AS INTEGER) + ?1 WHERE key = 'user_count'")
    {
    }

    bool isValid() const
    {
        return m_insert.isValid() && m_update.isValid() && m_remove.isValid() && m_forget.isValid()
            && m_count.isValid();
    }

    bool store(const User &user)
    {
        m_record.resize(0); // keeps its capacity
        UserRecord::write(user, &m_record);
        return storeRecord(user.id, m_record);
    }

    bool storeRecord(qint64 id, QByteArrayView record)
    {
        m_insert.bind(1, id);
        m_insert.bindBlob(2, record);
        if (!m_insert.run())
            return false;
        if (m_insert.changes() > 0) {
            ++m_added;
            return true;
        }
        m_update.bind(1, id);
        m_update.bindBlob(2, record);
        return m_update.run();
    }

    // The user and the time this app sent them an invitation.
    bool remove(qint64 userId)
    {
        m_remove.bind(1, userId);
        if (!m_remove.run())
            return false;
        m_removed += m_remove.changes();
        m_forget.bind(1, userId);
        return m_forget.run();
    }

    qint64 added() const { return m_added; }
    // Adds what was added and takes off what was removed from the stored count.
    bool updateCount()
    {
        m_count.bind(1, m_added - m_removed);
        return m_count.run();
    }

private:
    SqliteStatement m_insert;
    SqliteStatement m_update;
    SqliteStatement m_remove;
    SqliteStatement m_forget;
    SqliteStatement m_count;
    QByteArray m_record;
    qint64 m_added = 0;
    qint64 m_removed = 0;
};

bool setMeta(sqlite3 *db, const char *key, qint64 value)
{
    SqliteStatement q(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    q.bindText(1, QByteArrayView(key));
    q.bind(2, value);
    return q.run();
}

bool setRefreshedAt(sqlite3 *db, const QDateTime &refreshedAt)
{
    if (refreshedAt.isValid())
        return setMeta(db, "refreshed_at", refreshedAt.toMSecsSinceEpoch());
    SqliteStatement q(db, "DELETE FROM meta WHERE key = 'refreshed_at'");
    return q.run();
}

// Says what could not be read: each of the first few, then only how many.
class Unreadable final
{
public:
    explicit Unreadable(const char *what)
        : m_what(what)
    {
    }
    void add(qint64 id, const QString &why)
    {
        if (++m_count <= MaxListed)
            qCWarning(lcCache).noquote() << "left out the cached user" << id << m_what << "(" << why << ")";
    }
    qint64 count() const { return m_count; }
    void summarize() const
    {
        if (m_count > MaxListed)
            qCWarning(lcCache) << m_count << "cached users" << m_what << "were left out in all";
    }

private:
    static constexpr qint64 MaxListed = 10;
    const char *m_what;
    qint64 m_count = 0;
};

// The row's key is the exact id; schema 1 also wrote it into the JSON, as a double, which lost
// ids above 2^53 (and the parser refused those above 9e15). The user's own entries of
// client_and_roles carry it too: those whose id is that double are given the exact one.
void restoreId(QJsonObject *user, qint64 id)
{
    const QString exact = QString::number(id);
    user->insert(QLatin1String("id"), exact);
    QJsonValueRef roles = (*user)[QLatin1String("client_and_roles")];
    if (!roles.isArray())
        return;
    QJsonArray entries = roles.toArray();
    for (QJsonValueRef entry : entries) {
        QJsonObject o = entry.toObject();
        const QJsonValue userId = o.value(QLatin1String("user_id"));
        if (entry.isObject() && userId.isDouble() && userId.toDouble() == double(id)) {
            o.insert(QLatin1String("user_id"), exact);
            entry = o;
        }
    }
    roles = entries;
}

// Schema 1 to 2: every JSON row of users_v1 as a record in users, in the migration's
// transaction; a row that cannot be read is left out (the next refresh brings it back).
QSqlError convertVersion1(sqlite3 *db)
{
    UserRows rows(db);
    if (!rows.isValid())
        return SqliteStatement::lastError(db);
    Unreadable unreadable("of schema 1 that cannot be read");
    {
        SqliteStatement read(db, "SELECT id, json FROM users_v1 ORDER BY id");
        if (!read.isValid())
            return read.error();
        while (read.next()) {
            const qint64 id = read.int64(0);
            const QByteArrayView text = read.blob(1);
            QJsonParseError parsed;
            const QJsonDocument doc =
                QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &parsed);
            if (parsed.error != QJsonParseError::NoError || !doc.isObject()) {
                unreadable.add(id, QStringLiteral("not a JSON object"));
                continue;
            }
            QJsonObject object = doc.object();
            restoreId(&object, id);
            const Result<User> user = UserJson::userFromJson(object);
            if (!user) {
                unreadable.add(id, user.error().message);
                continue;
            }
            if (!rows.store(user.value()))
                return SqliteStatement::lastError(db);
        }
        if (!read.done())
            return read.error();
    }
    unreadable.summarize();
    if (!SqliteStatement::exec(db, "DROP TABLE users_v1") || !setMeta(db, "user_count", rows.added()))
        return SqliteStatement::lastError(db);
    if (rows.added() > 0 || unreadable.count() > 0)
        qCInfo(lcCache) << "converted" << rows.added() << "cached users to schema 2," << unreadable.count()
                        << "left out";
    return {};
}

// The statements every use needs: a file without them is not a sound one of ours.
SqliteFile::Finding checkTables(QSqlDatabase &db)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    for (const char *sql : {"SELECT id, record FROM users", "SELECT key, value FROM meta",
                            "SELECT user_id, sent_at FROM invitations"}) {
        const SqliteStatement q(handle, sql);
        if (!q.isValid())
            return SqliteFile::judge(q.error());
    }
    return {};
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
    m_file.setPopulate([](QSqlDatabase &db, int from) {
        return from < 2 ? convertVersion1(SqliteStatement::handle(db)) : QSqlError();
    });
}

UserCache::~UserCache()
{
    close();
}

bool UserCache::isOpen() const
{
    return m_db && m_file.isOpen();
}

void UserCache::close()
{
    m_db = nullptr; // no handle may outlive the connection
    m_file.close();
}

ApiError UserCache::failure(const QString &detail) const
{
    return ApiError::make(ApiError::Kind::Storage,
                          QCoreApplication::translate("UserCache", "The local copy of the users in %1 could not be "
                                                                   "read or written: %2")
                              .arg(QDir::toNativeSeparators(m_file.path()), detail));
}

ApiError UserCache::notOpen() const
{
    return failure(QCoreApplication::translate("UserCache", "it is not open"));
}

ApiError UserCache::sqliteFailure() const
{
    return failure(SqliteStatement::lastError(m_db).databaseText());
}

Result<Done> UserCache::open()
{
    close();
    const Result<Done> opened = m_file.open(checkTables);
    if (!opened)
        return opened;
    m_db = SqliteStatement::handle(m_file.database());
    if (!m_db) {
        m_file.close();
        return failure(QStringLiteral("no SQLite connection"));
    }
    reclaimSpace();
    return Done{};
}

// A file that lost most of its rows (converted from schema 1's JSON, or an account that shrank)
// gives the space back, so a read does not walk empty pages; not worth it for a little.
void UserCache::reclaimSpace()
{
    SqliteStatement pages(m_db, "PRAGMA page_count");
    SqliteStatement unused(m_db, "PRAGMA freelist_count");
    if (!pages.next() || !unused.next())
        return;
    const qint64 unusedPages = unused.int64(0);
    if (unusedPages < 256 || unusedPages * 4 < pages.int64(0))
        return;
    pages.reset(); // VACUUM fails while a statement is still running
    unused.reset();
    if (SqliteStatement::exec(m_db, "VACUUM"))
        qCInfo(lcCache) << "gave back" << unusedPages << "unused pages of" << m_file.path();
    else
        qCInfo(lcCache) << "could not give back the unused pages of" << m_file.path() << ":"
                        << SqliteStatement::lastError(m_db).databaseText();
}

Result<QList<User>> UserCache::users() const
{
    QList<User> users;
    UserRecord::Reader reader;
    const Result<Done> read = readRecords(
        [&](qint64 count) { users.reserve(qsizetype(count)); },
        [&](qint64 id, QByteArrayView record, qint64 sentAtMs) {
            User &user = users.emplace_back();
            if (!reader.read(record, id, &user)) {
                users.removeLast();
                return false;
            }
            if (sentAtMs != NoInvitation)
                user.invitationSentAt = QDateTime::fromMSecsSinceEpoch(sentAtMs, Qt::UTC);
            return true;
        });
    if (!read)
        return read.error();
    return users;
}

Result<Done> UserCache::readRecords(const std::function<void(qint64 count)> &expect, const RecordTaker &take) const
{
    if (!isOpen())
        return notOpen();
    // One snapshot for the count, the invitations and the users, whatever another connection
    // writes meanwhile.
    const Transaction snapshot(m_db, Transaction::Read);
    if (!snapshot.isOpen())
        return sqliteFailure();

    // Both in the order of the ids, so each user finds its time by walking along.
    std::vector<std::pair<qint64, qint64>> sent;
    {
        SqliteStatement q(m_db, "SELECT user_id, sent_at FROM invitations ORDER BY user_id");
        while (q.next())
            sent.emplace_back(q.int64(0), q.int64(1));
        if (!q.done())
            return sqliteFailure();
    }
    {
        // The stored count, never past what the file could hold (a record takes 16 bytes at
        // least).
        SqliteStatement count(m_db, "SELECT value FROM meta WHERE key = 'user_count'");
        SqliteStatement pages(m_db, "PRAGMA page_count");
        SqliteStatement pageSize(m_db, "PRAGMA page_size");
        if (count.next() && pages.next() && pageSize.next())
            expect(std::clamp<qint64>(count.int64(0), 0, pages.int64(0) * pageSize.int64(0) / 16));
    }

    SqliteStatement q(m_db, "SELECT id, record FROM users ORDER BY id");
    Unreadable unreadable("that is damaged");
    auto invitation = sent.cbegin();
    while (q.next()) {
        const qint64 id = q.int64(0);
        while (invitation != sent.cend() && invitation->first < id)
            ++invitation;
        const qint64 sentAt = invitation != sent.cend() && invitation->first == id ? invitation->second : NoInvitation;
        if (!take(id, q.blob(1), sentAt))
            unreadable.add(id, QStringLiteral("a damaged record"));
    }
    if (!q.done())
        return sqliteFailure();
    unreadable.summarize();
    return Done{};
}

QDateTime UserCache::refreshedAt() const
{
    if (!isOpen())
        return {};
    SqliteStatement q(m_db, "SELECT value FROM meta WHERE key = 'refreshed_at'");
    if (!q.next() || q.isNull(0))
        return {};
    return QDateTime::fromMSecsSinceEpoch(q.int64(0), Qt::UTC);
}

Result<Done> UserCache::replaceUsers(const QList<User> &users, const QDateTime &refreshedAt)
{
    qsizetype next = 0;
    QByteArray buffer;
    return replaceRecords(
        [&](qint64 *id, QByteArrayView *record) {
            if (next == users.size())
                return false;
            const User &user = users.at(next++);
            buffer.resize(0);
            UserRecord::write(user, &buffer);
            *id = user.id;
            *record = buffer;
            return true;
        },
        refreshedAt);
}

Result<Done> UserCache::replaceRecords(const UserRecord::Source &records, const QDateTime &refreshedAt)
{
    if (!isOpen())
        return notOpen();
    Transaction transaction(m_db, Transaction::Write);
    if (!transaction.isOpen() || !SqliteStatement::exec(m_db, "DELETE FROM users"))
        return sqliteFailure();
    UserRows rows(m_db);
    if (!rows.isValid())
        return sqliteFailure();
    qint64 id = 0;
    QByteArrayView record;
    while (records(&id, &record)) {
        if (!rows.storeRecord(id, record))
            return sqliteFailure();
    }
    if (!setMeta(m_db, "user_count", rows.added()) || !setRefreshedAt(m_db, refreshedAt) || !transaction.commit())
        return sqliteFailure();
    return Done{};
}

Result<Done> UserCache::applyChanges(const QList<User> &changed, const std::vector<qint64> &removedIds,
                                     const QDateTime &refreshedAt)
{
    if (!isOpen())
        return notOpen();
    Transaction transaction(m_db, Transaction::Write);
    if (!transaction.isOpen())
        return sqliteFailure();
    UserRows rows(m_db);
    if (!rows.isValid())
        return sqliteFailure();
    for (const User &user : changed) {
        if (!rows.store(user))
            return sqliteFailure();
    }
    for (qint64 id : removedIds) {
        if (!rows.remove(id))
            return sqliteFailure();
    }
    if (!rows.updateCount() || !setRefreshedAt(m_db, refreshedAt) || !transaction.commit())
        return sqliteFailure();
    return Done{};
}

Result<Done> UserCache::storeUser(const User &user)
{
    if (!isOpen())
        return notOpen();
    Transaction transaction(m_db, Transaction::Write);
    UserRows rows(m_db);
    if (!transaction.isOpen() || !rows.isValid() || !rows.store(user) || !rows.updateCount() || !transaction.commit())
        return sqliteFailure();
    return Done{};
}

Result<Done> UserCache::removeUser(qint64 userId)
{
    if (!isOpen())
        return notOpen();
    Transaction transaction(m_db, Transaction::Write);
    UserRows rows(m_db);
    if (!transaction.isOpen() || !rows.isValid() || !rows.remove(userId) || !rows.updateCount()
        || !transaction.commit())
        return sqliteFailure();
    return Done{};
}

Result<Done> UserCache::recordInvitation(qint64 userId, const QDateTime &sentAt)
{
    if (!isOpen())
        return notOpen();
    SqliteStatement q(m_db, "INSERT OR REPLACE INTO invitations (user_id, sent_at) VALUES (?1, ?2)");
    q.bind(1, userId);
    q.bind(2, sentAt.toMSecsSinceEpoch());
    if (!q.run())
        return sqliteFailure();
    return Done{};
}

QHash<qint64, QDateTime> UserCache::invitationTimes() const
{
    QHash<qint64, QDateTime> times;
    if (!isOpen())
        return times;
    SqliteStatement q(m_db, "SELECT user_id, sent_at FROM invitations");
    while (q.next())
        times.insert(q.int64(0), QDateTime::fromMSecsSinceEpoch(q.int64(1), Qt::UTC));
    return times;
}
