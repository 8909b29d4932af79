#pragma once

#include "domain/ApiError.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QLoggingCategory;
class QSqlError;

// A SQLite file of Roster's own (the user cache, the activity log, the demo account): created
// with its folder, its schema versioned with PRAGMA user_version and migrated one step at a time
// in one transaction. One policy for all of them, since each holds nothing that cannot be had
// again, and nothing of anyone else's may be lost:
// - A file that is damaged, not a database, from a newer Roster or not ours (tables but no
//   version, or a schema `ready` refuses) is moved aside, with any write-ahead log SQLite left,
//   to "<path>.corrupt-<yyyyMMdd-hhmmss>" ("-2", "-3", ... within one second), and started afresh.
// - A file in the way (not a file), unreadable, read-only, locked by another program, or that
//   cannot be written is reported, and left as it is.
// One connection, for the thread that opened it. Its name is the owner's prefix and a number
// no other SqliteFile of the process has (an atomic counter), so several may be open at once in
// different threads, on one file or on several.
class SqliteFile final
{
public:
    // The statements that take the schema from version N - 1 to N, at index N - 1.
    using Migrations = QList<QStringList>;

    // Why a file could not be opened; the owner says it in its own words (naming the file).
    enum class Problem : quint8 {
        NoFolder, // detail: the folder
        NotAFile,
        Unreadable, // detail: what the system said
        ReadOnly, // detail: what the system said
        Busy, // detail: what SQLite said
        CannotSetAside, // damaged, and it cannot be renamed; detail: what the system said
        Failed, // detail: what SQLite said
        // openForReading() only: no file there, or one that is not a current sound file of ours.
        Missing,
        NotUsable,
    };
    using Failure = std::function<ApiError(Problem problem, const QString &detail)>;
    // The short phrase for `problem` that an owner's message can end with.
    static QString describe(Problem problem, const QString &detail);

    // What a look at the file found.
    enum class Verdict : quint8 { Ok, NotOurs, Busy, Failed };
    struct Finding
    {
        Verdict verdict = Verdict::Ok;
        QString detail;
    };
    // What an error of SQLite's says about the file: damaged or not ours, locked, or a failure
    // of the disk or of permissions that is no fault of the file's.
    static Finding judge(const QSqlError &error);
    static Finding notOurs(const QString &why) { return {Verdict::NotOurs, why}; }

    // Run once the schema is current (preparing statements, reading what every use needs).
    using Ready = std::function<Finding(QSqlDatabase &db)>;
    // Writes the rows a migration needs besides its statements (a seed), in its transaction;
    // `from` is the version the file had, 0 for a new file. Returns the error, if any.
    using Populate = std::function<QSqlError(QSqlDatabase &db, int from)>;

    SqliteFile(const QString &path, const QString &connectionPrefix, Migrations migrations, QStringList pragmas,
               Failure failure, const QLoggingCategory &category);
    ~SqliteFile();

    void setPopulate(Populate populate) { m_populate = std::move(populate); }
    // Names the files set aside; default: the current time.
    void setClock(std::function<QDateTime()> clock);

    Result<Done> open(const Ready &ready = {});
    // A second connection to a file another SqliteFile has opened (so checked, migrated or
    // created), for reading on another thread: it creates, migrates and sets aside nothing.
    Result<Done> openForReading(const Ready &ready = {});
    void close();
    bool isOpen() const;
    QSqlDatabase database() const { return m_db; }
    int schemaVersion() const { return int(m_migrations.size()); }
    QString path() const { return m_path; }
    // Where a damaged or too new file was moved by the last open(); empty if none was.
    QString movedAsidePath() const { return m_movedAside; }

private:
    Finding connect();
    Finding inspect(const Ready &ready);
    Finding migrate(int from);
    Result<Done> moveAside();
    Result<Done> fail(Problem problem, const QString &detail);

    QString m_path;
    QString m_connectionName;
    Migrations m_migrations;
    QStringList m_pragmas;
    Failure m_failure;
    Populate m_populate;
    std::function<QDateTime()> m_clock;
    const QLoggingCategory &m_category;
    QSqlDatabase m_db;
    QString m_movedAside;

    Q_DISABLE_COPY_MOVE(SqliteFile)
};
