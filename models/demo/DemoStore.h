#pragma once

#include "demo/DemoSchema.h"
#include "demo/DemoSeed.h"
#include "domain/ApiTypes.h"
#include "domain/Result.h"
#include "store/SqliteFile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <optional>

// Where the demo account is kept: one SQLite file (schema 1: the account, users, tokens, people
// on the platform, invitations sent; 2: Cloud projects and role assignments), seeded when new,
// and the reading and writing of each kind of row. It knows none of the account's rules:
// DemoAccount decides, DemoStore keeps. Built on SqliteFile, so a damaged, too new or unusable
// file is handled as every file of Roster's is.
//
// Synchronous and single-threaded: use it from the thread that opened it.
class DemoStore final
{
public:
    static constexpr int SchemaVersion = DemoSchema::Version;

    // `clock` dates the seed and the files set aside; `seedClientId` is the account a new file
    // is seeded as (DemoSeed's main account, or one of its linked accounts).
    DemoStore(const QString &path, std::function<QDateTime()> clock, qint64 seedClientId = DemoSeed::ClientId);
    ~DemoStore();

    // Opens the file, creating and seeding it when missing, empty or when `reset` is true.
    Result<Done> open(bool reset);
    // A second connection to a file another DemoStore has opened; it checks and repairs nothing.
    Result<Done> openForReading();
    void close();
    bool isOpen() const;
    QString path() const { return m_file.path(); }
    QString movedAsidePath() const { return m_file.movedAsidePath(); }

    qint64 clientId() const { return m_clientId; }
    // The roles of this account's people in other accounts (by EmailAddress::key()), added to
    // their client_and_roles when they are read.
    void setElsewhere(QHash<QString, QList<ClientRoles>> elsewhere);
    QHash<QString, QList<ClientRoles>> elsewhere() const { return m_elsewhere; }
    QString companyName() const { return m_companyName; }
    // Who is signed in unless someone else is chosen: the owner, or, if they were removed, the
    // first active administrator (anyone at all, failing that).
    qint64 ownerId() const { return m_ownerId; }

    ApiError notOpen() const;
    ApiError failure(const QString &detail) const; // a Storage error naming the file

    // Replaces every user with `count` generated ones, the first becoming the owner.
    Result<Done> replaceWithGenerated(int count);

    // Ordered by id; `limit` <= 0 returns everything from `offset`. Paging forward costs
    // O(limit) per page, however deep; what another connection wrote is seen.
    Result<UserPage> users(int offset, int limit) const;
    Result<std::optional<User>> user(qint64 id) const;
    Result<qint64> userIdByEmail(const QString &email) const; // 0: nobody has it
    Result<int> activeAdministratorsOtherThan(qint64 userId) const;

    struct Invitation
    {
        QString email;
        QString name;
        QString lang;
        int roleId = 0;
        qint64 invitedBy = 0;
        QDateTime sentAt;
    };
    // A pending user, and the invitation counted for the daily limit; the new user's id.
    Result<qint64> addInvitedUser(const Invitation &invitation);
    struct Sent
    {
        int count = 0;
        QDateTime earliest;
    };
    Result<Sent> invitationsSentSince(qint64 adminId, const QDateTime &since) const;
    Result<std::optional<DemoSeed::PlatformPerson>> platformPerson(const QString &email) const;

    // `change` holds values already checked and trimmed.
    Result<Done> updateUser(qint64 id, const UserPatch &change);
    Result<Done> setRole(qint64 userId, int roleId);
    Result<Done> setActive(qint64 userId, bool active);
    Result<Done> setActivated(qint64 userId);
    Result<Done> setInvitationSentAt(qint64 userId, const QDateTime &at);
    // The user with their Cloud roles; their tokens stay with the issuer's email and name.
    Result<Done> removeUser(qint64 userId);

    // The tokens `userId` issued, or every token of the account for 0; the issuer's email and
    // name come from the member, or from the token once they were removed (`issuerDeleted`).
    Result<QList<ApiToken>> tokens(qint64 userId) const;
    // Id, name, expiry and issuer of one token; empty when there is none.
    Result<std::optional<ApiToken>> token(qint64 tokenId) const;
    Result<int> unexpiredTokenCount(qint64 userId, const QDateTime &at) const;
    Result<ApiToken> addToken(qint64 userId, const QString &name, const QDateTime &createdAt,
                              const QDateTime &expiresAt);
    Result<bool> deleteToken(qint64 tokenId); // false: there was no such token

    Result<QList<Project>> projects() const;
    Result<bool> hasProject(qint64 projectId) const;
    Result<Done> assignCloudRole(qint64 userId, qint64 projectId, const QString &role);
    Result<QList<CloudAssignment>> cloudAssignments(qint64 userId) const;

private:
    SqliteFile::Finding readAccount(QSqlDatabase &db, bool reading);
    QSqlError populate(QSqlDatabase &db, int from);
    ApiError problem(SqliteFile::Problem problem, const QString &detail) const;
    Result<QList<User>> queryUsers(const char *rest, std::initializer_list<qint64> values, int expected) const;
    Result<Done> write(const char *sql, std::initializer_list<QVariant> values);
    void forgetAccount();
    void invalidateCaches() const;
    void checkExternalChanges() const;

    std::function<QDateTime()> m_clock;
    qint64 m_seedClientId;
    SqliteFile m_file;
    QSqlDatabase m_db; // m_file's, while open
    qint64 m_clientId = 0;
    qint64 m_reseller = 0;
    QString m_companyName;
    qint64 m_ownerId = 0;
    QHash<QString, QList<ClientRoles>> m_elsewhere;

    // Paging cache: the offset the next page would start at and the id before it, so walking
    // the list forward never makes SQLite skip rows; and the total. Cleared on every write.
    mutable int m_nextOffset = -1;
    mutable qint64 m_lastId = 0;
    mutable int m_count = -1;
    mutable qint64 m_dataVersion = -1;

    Q_DISABLE_COPY_MOVE(DemoStore)
};
