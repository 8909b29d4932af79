#pragma once

#include "demo/DemoStore.h"
#include "domain/ApiTypes.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

// The offline demo account: the account's rules (account-api.md) over the users DemoStore keeps
// in SQLite: invitations valid 24 h, a daily invitation limit, roles, 2FA, deactivation, and
// permanent API tokens that block removal. Every operation mirrors one API operation and
// fails exactly as the server does (ApiError kind, HTTP status, message, field errors), so the
// same class backs DemoAccountApi in-process and the account simulator over HTTP.
//
// Synchronous and single-threaded: use it from the thread that opened it.
class DemoAccount final
{
public:
    // DemoSchema's; older files are migrated when opened.
    static constexpr int SchemaVersion = DemoStore::SchemaVersion;
    static constexpr int DefaultDailyInviteLimit = 5;

    // Opens nothing yet; a new file is seeded as `seedClientId` (DemoSeed's main account or one
    // of its linked accounts).
    explicit DemoAccount(const QString &databasePath, qint64 seedClientId = DemoSeed::ClientId);
    ~DemoAccount();

    // Opens the file, creating and seeding it when missing or when `reset` is true. A damaged
    // file (not SQLite, not a demo account, too new user_version) is moved aside to
    // "<path>.corrupt-<yyyyMMdd-hhmmss>" and rebuilt, as SqliteFile does with every file of
    // Roster's. Returns an ApiError of kind Storage, with a translated message naming the path,
    // only when the file cannot be read, created or written at all (e.g. the folder is not
    // writable, the file is unreadable, read-only or in use): such a file is left as it is.
    Result<Done> open(bool reset = false);
    bool isOpen() const;
    void close();
    // Opens a file another DemoAccount has already opened (so checked, repaired or seeded),
    // without checking or repairing it: a second connection for reading on another thread.
    Result<Done> openForReading();
    QString path() const;
    // Where the last open() moved a corrupt file; empty when it did not.
    QString movedAsidePath() const;
    static QString defaultPath(); // AppDataLocation + "/demo-account.sqlite" (creates the folder)

    void setClock(std::function<QDateTime()> clock); // tests inject time; default currentDateTimeUtc
    QDateTime now() const;
    void setDailyInviteLimit(int limit); // default 5 (account-api.md); <= 0 means unlimited
    int dailyInviteLimit() const;

    // Replaces every user with `count` generated users (benchmarks), in one transaction. The
    // first one becomes the signed-in administrator.
    Result<Done> seedGenerated(int count);

    // Whose permissions the operations apply (the simulator signs in as different people).
    // Defaults to the account owner, an active administrator; not persisted.
    Result<Done> setActingUser(qint64 userId);

    // The API operations (account-api.md), each returning exactly what the server would.
    Result<AccountInfo> me() const;
    // Ordered by id; count = total; `limit` <= 0 returns everything from `offset`. Paging
    // forward costs O(limit) per page, however deep.
    Result<UserPage> listUsers(int offset, int limit) const;
    Result<User> user(qint64 id) const;
    Result<InviteResult> invite(const InviteRequest &request);
    Result<User> updateUser(qint64 id, const UserPatch &patch);
    Result<int> role(qint64 clientId, qint64 userId) const;
    Result<Done> setRole(qint64 clientId, qint64 userId, int roleId);
    Result<Done> removeUser(qint64 clientId, qint64 userId);
    Result<Done> resendInvitation(const QString &email);
    // The tokens `userId` issued; for 0 the account's tokens (an administrator's view: every
    // token, those of removed issuers too; anyone else's: their own).
    Result<QList<ApiToken>> tokens(qint64 clientId, qint64 userId) const;
    // Only an administrator deletes other people's tokens.
    Result<Done> deleteToken(qint64 clientId, qint64 tokenId);
    Result<User> setActive(qint64 userId, bool active);
    // The Cloud service: the projects (any member), and giving a user a Cloud role for the
    // whole account or for one project (administrators only; one role per user and scope, a
    // new one replaces the old).
    Result<QList<Project>> projects() const;
    Result<Done> assignCloudRole(const CloudAssignment &assignment);
    // The Cloud roles a user has, ordered by scope (the account first, then by project id).
    Result<QList<CloudAssignment>> cloudAssignments(qint64 userId) const;

    // The account's people as entries of client_and_roles (this account's id and name, their
    // id and role here), by EmailAddress::key(): all of them for an empty `emails`, else those
    // with one of these addresses. Needs no permission: the platform (DemoPlatform) asks.
    Result<QHash<QString, ClientRoles>> memberships(const QStringList &emails = {}) const;
    // What DemoPlatform learnt of this account's people in other accounts.
    void setElsewhere(QHash<QString, QList<ClientRoles>> elsewhere);
    QHash<QString, QList<ClientRoles>> elsewhere() const;
    qint64 clientId() const; // 0 until opened

    // What people do outside the API, for tests, the demo and the simulator.
    Result<ApiToken> addToken(qint64 userId, const QString &name, const QDateTime &expiresAt = QDateTime());
    // The invited person followed the link in time.
    Result<User> acceptInvitation(qint64 userId);

private:
    struct Actor;

    Result<Actor> actor() const;
    Result<Actor> administrator() const;
    Result<User> loadUser(qint64 id) const;
    qint64 signedInId() const;

    std::function<QDateTime()> m_clock;
    DemoStore m_store;
    int m_dailyInviteLimit = DefaultDailyInviteLimit;
    qint64 m_actingUserId = 0; // 0: the owner stored in the file

    Q_DISABLE_COPY_MOVE(DemoAccount)
};
