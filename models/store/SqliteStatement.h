#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// One statement of SQLite's own API on a connection Qt Sql opened: for reading and writing
// many rows without a QVariant per value (UserCache). Finalized when it goes out of scope,
// which must be before the connection closes.
class SqliteStatement final
{
public:
    // The SQLite connection under `db`; null when it is not an open SQLite one.
    static sqlite3 *handle(const QSqlDatabase &db);
    // What SQLite said last on `db`, as Qt Sql would say it (so SqliteFile::judge can read it).
    static QSqlError lastError(sqlite3 *db);
    // Runs statements that return no rows; false (see lastError()) when one failed.
    static bool exec(sqlite3 *db, const char *sql);

    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();

    // False when `sql` could not be prepared.
    bool isValid() const { return m_stmt != nullptr; }
    QSqlError error() const { return lastError(m_db); }

    // Parameters count from 1. A blob or text is not copied: it must live until the statement is reset.
    void bind(int index, qint64 value);
    void bindBlob(int index, QByteArrayView bytes);
    void bindText(int index, QByteArrayView utf8);

    // The next row: true while there is one; when it returns false, done() says whether the
    // rows ended or SQLite failed.
    bool next();
    bool done() const { return m_done; }
    // Runs a statement that returns no rows and resets it for the next bindings.
    bool run();
    void reset();
    // The rows the last INSERT, UPDATE or DELETE on this connection wrote.
    int changes() const;

    // Columns count from 0; valid until next() or reset().
    qint64 int64(int column) const;
    bool isNull(int column) const;
    QByteArrayView blob(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_done = false;

    Q_DISABLE_COPY_MOVE(SqliteStatement)
};
