#pragma once

#include "domain/ActivityEntry.h"
#include "domain/Result.h"
#include "store/SqliteFile.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

// Every action taken in Roster for one account profile, in a SQLite file of its own, so the
// history survives restarts (issue 4, item 8). Appending is one prepared INSERT; reading
// goes newest first along an index on the time.
//
// Same rules as UserCache: WAL journal, schema versioned with PRAGMA user_version and migrated
// step by step; a damaged file or one from a newer Roster is set aside (never deleted) and the
// log starts empty. Use it from the thread that opened it.
class ActivityLog final
{
public:
    static constexpr int SchemaVersion = 1;

    explicit ActivityLog(const QString &path);
    ~ActivityLog();

    Result<Done> open();
    void close();
    bool isOpen() const;
    QString path() const { return m_file.path(); }
    // Where a damaged or too new file was moved by the last open(); empty if none was.
    QString movedAsidePath() const { return m_file.movedAsidePath(); }

    // Stores `entry` (its id is ignored; an invalid time means now) and returns its new id.
    Result<qint64> append(const ActivityEntry &entry);
    // The latest `limit` entries, newest first.
    Result<QList<ActivityEntry>> entries(int limit = 10000) const;

private:
    ApiError failure(const QString &detail) const;

    SqliteFile m_file;
    QSqlDatabase m_db; // m_file's, while open
    std::unique_ptr<QSqlQuery> m_insert; // prepared once per open()

    Q_DISABLE_COPY_MOVE(ActivityLog)
};
