#pragma once

#include "domain/Result.h"
#include "domain/User.h"
#include "store/SqliteFile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <vector>

// The last known users of one account profile, in a SQLite file of its own, so Roster shows
// them at once on start and stays usable offline (design.md, "Cache"). It also remembers when
// this app sent or resent each invitation, which the API never says, so expiry can be shown.
//
// WAL journal, one transaction per refresh, schema versioned with PRAGMA user_version and
// migrated step by step; a damaged file or one from a newer Roster is set aside and the cache
// starts empty (the server has everything). Use it from the thread that opened it.
class UserCache final
{
public:
    static constexpr int SchemaVersion = 1;

    explicit UserCache(const QString &path);
    ~UserCache();

    Result<Done> open();
    void close();
    bool isOpen() const;
    QString path() const { return m_file.path(); }
    // Where a damaged or too new file was moved by the last open(); empty if none was.
    QString movedAsidePath() const { return m_file.movedAsidePath(); }

    // The users as stored by the last refresh, with the invitation times this app recorded.
    Result<QList<User>> users() const;
    // When the cached list was last refreshed from the server; invalid if never.
    QDateTime refreshedAt() const;

    // Replaces the whole list with a complete refresh, in one transaction.
    Result<Done> replaceUsers(const QList<User> &users, const QDateTime &refreshedAt);
    // What a refresh changed: stores `changed`, removes `removedIds` (and their invitation
    // times) and sets the refresh time, in one transaction; the other rows stay as they are.
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

    SqliteFile m_file;
    QSqlDatabase m_db; // m_file's, while open

    Q_DISABLE_COPY_MOVE(UserCache)
};
