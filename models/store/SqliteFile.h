#pragma once

#include "domain/ApiError.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QLoggingCategory;

// A SQLite file of Roster's own (the user cache, the activity log): created with its folder,
// its schema versioned with PRAGMA user_version and migrated one step at a time in one
// transaction, in WAL mode. A file that is damaged, not a database, from a newer Roster or not
// ours is moved aside (".broken", ".broken-2", ...) and started afresh: what it held can be
// had again. One connection, for the thread that opened it.
class SqliteFile final
{
public:
    // The statements that take the schema from version N - 1 to N, at index N - 1.
    using Migrations = QList<QStringList>;
    // Turns what went wrong into the owner's error (which names the file for people).
    using Failure = std::function<ApiError(const QString &detail)>;
    // Run once the schema is current (preparing statements, say); a non-empty answer says why
    // the file is not ours after all, and it is set aside.
    using Ready = std::function<QString(QSqlDatabase &db)>;

    SqliteFile(const QString &path, const QString &connectionPrefix, Migrations migrations, QStringList pragmas,
               Failure failure, const QLoggingCategory &category);
    ~SqliteFile();

    Result<Done> open(const Ready &ready = {});
    void close();
    bool isOpen() const;
    QSqlDatabase database() const { return m_db; }
    int schemaVersion() const { return int(m_migrations.size()); }
    QString path() const { return m_path; }
    // Where a damaged or too new file was moved by the last open(); empty if none was.
    QString movedAsidePath() const { return m_movedAside; }

private:
    enum class Check : quint8 { Ok, Damaged, Failed };
    Check prepare(const Ready &ready, QString *detail);
    Result<Done> migrate(int from);
    Result<Done> moveAside();

    QString m_path;
    QString m_connectionName;
    Migrations m_migrations;
    QStringList m_pragmas;
    Failure m_failure;
    const QLoggingCategory &m_category;
    QSqlDatabase m_db;
    QString m_movedAside;

    Q_DISABLE_COPY_MOVE(SqliteFile)
};
