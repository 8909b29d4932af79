#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant handle = db.isValid() && db.isOpen() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlError SqliteStatement::lastError(sqlite3 *db)
{
    if (!db)
        return QSqlError(QString(), QStringLiteral("no SQLite connection"), QSqlError::ConnectionError);
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db)));
}

bool SqliteStatement::exec(sqlite3 *db, const char *sql)
{
    return db && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    // A blob of no bytes is still a blob, not NULL.
    static const char none = 0;
    sqlite3_bind_blob(m_stmt, index, bytes.isEmpty() ? &none : bytes.data(), int(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

bool SqliteStatement::next()
{
    if (!m_stmt) {
        m_done = false;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    m_done = rc == SQLITE_DONE;
    return rc == SQLITE_ROW;
}

bool SqliteStatement::run()
{
    next();
    const bool ok = m_done;
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    m_done = false;
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::blob(int column) const
{
    const void *bytes = sqlite3_column_blob(m_stmt, column);
    return QByteArrayView(static_cast<const char *>(bytes), sqlite3_column_bytes(m_stmt, column));
}
