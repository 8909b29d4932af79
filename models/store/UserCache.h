#pragma once

#include "domain/Result.h"
#include "domain/User.h"
#include "store/UserRecord.h"
#include "store/SqliteFile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <limits>
#include <vector>

struct sqlite3;

// The last known users of one account profile, in a SQLite file of its own, so Roster shows
// them at once on start and stays usable offline (design.md, "Cache"). It also remembers when
// this app sent or resent each invitation, which the API never says, so expiry can be shown.
//
// WAL journal, one transaction per refresh, schema versioned with PRAGMA user_version and
// migrated step by step; a damaged file or one from a newer Roster is set aside and the cache
// starts empty (the server has everything).
//
// Schema 2 keeps each user as one compact binary record (UserRecord) in a row keyed by the id,
// so reading 100,000 users is one pass over the table with no JSON and no QVariant per value;
// schema 1's JSON rows are converted when a file of it is opened.
//
// Use it from the thread that opened it. Each UserCache has a connection of its own, so another
// one on the same file may work in another thread: a refresh can write on a worker while the
// window reads; every read sees one whole write or none of it.
class UserCache final
{
public:
    static constexpr int SchemaVersion = 2;

    explicit UserCache(const QString &path);
    ~UserCache();

    Result<Done> open();
    void close();
    bool isOpen() const;
    QString path() const { return m_file.path(); }
    // Where a damaged or too new file was moved by the last open(); empty if none was.
    QString movedAsidePath() const { return m_file.movedAsidePath(); }

    // The users as stored by the last refresh, with the invitation times this app recorded, in
    // the order of their ids, each exactly as written. One pass over the table: besides the list
    // (sized once from the stored count) it holds only SQLite's page cache and a bounded set of
    // values users share. A damaged record is left out and logged.
    Result<QList<User>> users() const;
    // The same as records, without making users (UsersModel takes them as they are): `expect`
    // hears how many there are about to be, then `take` gets each user's id, record and the
    // time this app sent an invitation (NoInvitation when it did not), and says false for a
    // record it cannot read, which is left out and logged.
    static constexpr qint64 NoInvitation = std::numeric_limits<qint64>::min();
    using RecordTaker = std::function<bool(qint64 id, QByteArrayView record, qint64 sentAtMs)>;
    Result<Done> readRecords(const std::function<void(qint64 count)> &expect, const RecordTaker &take) const;
    // When the cached list was last refreshed from the server; invalid if never.
    QDateTime refreshedAt() const;

    // Replaces the whole list with a complete refresh, in one transaction.
    Result<Done> replaceUsers(const QList<User> &users, const QDateTime &refreshedAt);
    // The same with the users' records as UsersModel keeps them (the format the cache stores).
    Result<Done> replaceRecords(const UserRecord::Source &records, const QDateTime &refreshedAt);
    // What a refresh found different from the cached list, in one transaction: `changed` users
    // written (new or updated), `removedIds` gone with their invitation times, and the time of
    // the refresh. Rows that did not change are not touched.
    Result<Done> applyChanges(const QList<User> &changed, const std::vector<qint64> &removedIds,
                              const QDateTime &refreshedAt);
    // Keeps one user up to date after an action (invite, edit, role change).
    Result<Done> storeUser(const User &user);
    Result<Done> removeUser(qint64 userId);

    // This app sent or resent the invitation of `userId` at `sentAt`.
    Result<Done> recordInvitation(qint64 userId, const QDateTime &sentAt);
    QHash<qint64, QDateTime> invitationTimes() const;

private:
    ApiError failure(const QString &detail) const;
    ApiError notOpen() const;
    ApiError sqliteFailure() const;
    void reclaimSpace();

    SqliteFile m_file;
    sqlite3 *m_db = nullptr; // m_file's connection, while open

    Q_DISABLE_COPY_MOVE(UserCache)
};
