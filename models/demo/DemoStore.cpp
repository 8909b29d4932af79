#include "DemoStore.h"

#include "demo/DemoMemberWriter.h"
#include "demo/DemoSchema.h"
#include "demo/DemoUserReader.h"
#include "domain/EmailAddress.h"
#include "domain/Role.h"
#include "store/SqlTransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace {

Q_LOGGING_CATEGORY(lcDemo, "roster.demo")

// Prepares `sql` on `q`, binds `values` in order and runs it; false when SQLite refused.
bool run(QSqlQuery &q, const QString &sql, std::initializer_list<QVariant> values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec();
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

ApiToken tokenOf(qint64 id, const QString &name, const QDateTime &expiresAt, qint64 issuerId)
{
    ApiToken token;
    token.id = id;
    token.name = name;
    token.expiresAt = expiresAt;
    token.userId = issuerId;
    return token;
}

} // namespace

DemoStore::DemoStore(const QString &path, std::function<QDateTime()> clock, qint64 seedClientId)
    : m_clock(std::move(clock))
    , m_seedClientId(seedClientId)
    , m_file(
          path, QStringLiteral("roster-demo-account-"), DemoSchema::migrations(),
          {QStringLiteral("PRAGMA journal_mode=WAL")},
          [this](SqliteFile::Problem why, const QString &detail) { return problem(why, detail); }, lcDemo())
{
    Q_ASSERT(m_file.schemaVersion() == SchemaVersion);
    m_file.setClock(m_clock);
    m_file.setPopulate([this](QSqlDatabase &db, int from) { return populate(db, from); });
}

DemoStore::~DemoStore()
{
    close();
}

bool DemoStore::isOpen() const
{
    return m_file.isOpen() && m_clientId != 0;
}

void DemoStore::close()
{
    m_db = QSqlDatabase(); // no handle may outlive the connection
    m_file.close();
    forgetAccount();
}

void DemoStore::forgetAccount()
{
    m_clientId = 0;
    m_reseller = 0;
    m_companyName.clear();
    m_ownerId = 0;
    m_dataVersion = -1;
    invalidateCaches();
}

ApiError DemoStore::notOpen() const
{
    return ApiError::make(
        ApiError::Kind::Storage,
        QCoreApplication::translate("DemoStore", "The demo account file %1 is not open.").arg(path()));
}

ApiError DemoStore::failure(const QString &detail) const
{
    qCWarning(lcDemo) << "demo account" << path() << "failed:" << detail;
    return ApiError::make(
        ApiError::Kind::Storage,
        QCoreApplication::translate("DemoStore", "The demo account file %1 could not be read or written: %2")
            .arg(path(), detail));
}

// Why the file could not be opened, in words that say what to do about it.
ApiError DemoStore::problem(SqliteFile::Problem problem, const QString &detail) const
{
    QString message;
    switch (problem) {
    case SqliteFile::Problem::NoFolder:
        message =
            QCoreApplication::translate("DemoStore", "Roster cannot create the folder %1 for the demo account file %2.")
                .arg(detail, path());
        break;
    case SqliteFile::Problem::NotAFile:
    case SqliteFile::Problem::Unreadable:
        message = QCoreApplication::translate("DemoStore",
                                              "Roster cannot read the demo account file %1. Check its permissions, "
                                              "or start Roster with --demo-reset to replace it.")
                      .arg(path());
        break;
    case SqliteFile::Problem::ReadOnly:
        message = QCoreApplication::translate("DemoStore",
                                              "The demo account file %1 is read-only. Check its permissions, or "
                                              "start Roster with --demo-reset to replace it.")
                      .arg(path());
        break;
    case SqliteFile::Problem::Busy:
        message = QCoreApplication::translate("DemoStore",
                                              "The demo account file %1 is in use by another program. Close it and "
                                              "try again.")
                      .arg(path());
        break;
    case SqliteFile::Problem::CannotSetAside:
        message = QCoreApplication::translate("DemoStore",
                                              "The demo account file %1 is damaged and cannot be moved aside: %2")
                      .arg(path(), detail);
        break;
    case SqliteFile::Problem::Failed:
        message = QCoreApplication::translate("DemoStore", "Roster cannot create or write the demo account file %1: %2")
                      .arg(path(), detail);
        break;
    case SqliteFile::Problem::Missing:
        message = QCoreApplication::translate("DemoStore", "The demo account file %1 does not exist.").arg(path());
        break;
    case SqliteFile::Problem::NotUsable:
        message = QCoreApplication::translate("DemoStore", "The demo account file %1 could not be read: %2")
                      .arg(path(), detail);
        break;
    }
    return ApiError::make(ApiError::Kind::Storage, message);
}

Result<Done> DemoStore::open(bool reset)
{
    close();
    if (reset) {
        // The folder may not exist yet: then neither do the files.
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile file(path() + suffix);
            if (file.exists() && !file.remove()) {
                return ApiError::make(ApiError::Kind::Storage,
                                      QCoreApplication::translate("DemoStore",
                                                                  "Roster cannot start the demo account afresh: the "
                                                                  "file %1 cannot be removed (%2).")
                                          .arg(file.fileName(), file.errorString()));
            }
        }
    }
    const Result<Done> opened = m_file.open([this](QSqlDatabase &db) { return readAccount(db, false); });
    if (!opened) {
        forgetAccount();
        return opened;
    }
    m_db = m_file.database();
    return Done{};
}

Result<Done> DemoStore::openForReading()
{
    close();
    const Result<Done> opened = m_file.openForReading([this](QSqlDatabase &db) { return readAccount(db, true); });
    if (!opened) {
        forgetAccount();
        return opened;
    }
    m_db = m_file.database();
    return Done{};
}

// Checks that the file is a whole demo account, and learns who it belongs to. A reader trusts
// the connection that opened the file first, and only needs the account.
SqliteFile::Finding DemoStore::readAccount(QSqlDatabase &db, bool reading)
{
    forgetAccount();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!reading) {
        for (const QString &probe : DemoSchema::probes()) {
            if (!q.exec(probe))
                return SqliteFile::judge(q.lastError());
            q.finish();
        }
    }
    if (!q.exec(QStringLiteral("SELECT client_id, company_name, reseller, owner_id FROM account WHERE id = 1")))
        return SqliteFile::judge(q.lastError());
    if (!q.next() || q.value(0).toLongLong() <= 0)
        return SqliteFile::notOurs(QStringLiteral("the account is missing"));
    const qint64 clientId = q.value(0).toLongLong();
    const QString companyName = q.value(1).toString();
    const qint64 reseller = q.value(2).toLongLong();
    const qint64 ownerId = q.value(3).toLongLong();
    q.finish();
    if (!reading) {
        // The owner is nearly always there: look them up by key before scanning for someone else.
        if (!run(q, QStringLiteral("SELECT id FROM users WHERE id = ?"), {ownerId}))
            return SqliteFile::judge(q.lastError());
        if (!q.next()) {
            q.finish();
            if (!run(q,
                     QStringLiteral("SELECT id FROM users ORDER BY (role_id = ? AND activated = 1 AND is_active = 1) "
                                    "DESC, id LIMIT 1"),
                     {int(Role::Administrators)}))
                return SqliteFile::judge(q.lastError());
            q.next();
        }
        if (!q.isValid())
            return SqliteFile::notOurs(QStringLiteral("the account has no users"));
        m_ownerId = q.value(0).toLongLong();
    }
    m_clientId = clientId;
    m_companyName = companyName;
    m_reseller = reseller;
    return {};
}

// The rows a new file starts with, the projects that came with version 2 and the tokens of
// former members that came with version 3.
QSqlError DemoStore::populate(QSqlDatabase &db, int from)
{
    QSqlQuery q(db);
    if (from < 2) {
        q.prepare(QStringLiteral("INSERT INTO projects (id, name, is_default) VALUES (?, ?, ?)"));
        for (const Project &project : DemoSeed::projects()) {
            q.bindValue(0, project.id);
            q.bindValue(1, project.name);
            q.bindValue(2, int(project.isDefault));
            if (!q.exec())
                return q.lastError();
        }
    }
    const bool main = m_seedClientId == DemoSeed::ClientId;
    if (from < 3 && main) {
        q.prepare(QStringLiteral("INSERT INTO tokens (user_id, name, created_at, expires_at, last_used_at, "
                                 "former_email, former_name) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const DemoSeed::FormerToken &former : DemoSeed::formerTokens(m_clock().toUTC())) {
            q.bindValue(0, former.issuerId);
            q.bindValue(1, former.token.name);
            q.bindValue(2, former.token.createdAt.toMSecsSinceEpoch());
            q.bindValue(3, DemoMemberWriter::msecsOrNull(former.token.expiresAt));
            q.bindValue(4, DemoMemberWriter::msecsOrNull(former.token.lastUsedAt));
            q.bindValue(5, former.issuerEmail);
            q.bindValue(6, DemoMemberWriter::textOrNull(former.issuerName));
            if (!q.exec())
                return q.lastError();
        }
    }
    if (from > 0)
        return {};

    const QList<DemoSeed::Member> members = main ? DemoSeed::members(m_clock().toUTC())
                                                 : DemoSeed::linkedMembers(m_seedClientId, m_clock().toUTC());
    if (members.isEmpty())
        return QSqlError(QStringLiteral("no such demo account"), QString::number(m_seedClientId));
    DemoMemberWriter writer(db);
    for (const DemoSeed::Member &m : members) {
        if (!writer.write(m))
            return writer.error();
    }
    if (!writer.finish())
        return writer.error();
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO account (id, client_id, company_name, reseller, owner_id) VALUES (1, ?, ?, ?, ?)"),
             {m_seedClientId, DemoSeed::companyName(m_seedClientId), DemoSeed::Reseller, members.first().id}))
        return q.lastError();
    if (!main)
        return {};
    q.prepare(QStringLiteral("INSERT INTO cloud_assignments (user_id, project_id, role) VALUES (?, ?, ?)"));
    for (const CloudAssignment &role : DemoSeed::cloudAssignments(members)) {
        q.bindValue(0, role.userId);
        q.bindValue(1, role.projectId);
        q.bindValue(2, role.role);
        if (!q.exec())
            return q.lastError();
    }
    q.prepare(QStringLiteral("INSERT INTO platform_people (email_key, email, name, can_join) VALUES (?, ?, ?, ?)"));
    for (const DemoSeed::PlatformPerson &person : DemoSeed::platformPeople()) {
        q.bindValue(0, EmailAddress::key(person.email));
        q.bindValue(1, person.email);
        q.bindValue(2, DemoMemberWriter::textOrNull(person.name));
        q.bindValue(3, int(person.canJoin));
        if (!q.exec())
            return q.lastError();
    }
    return {};
}

void DemoStore::invalidateCaches() const
{
    m_nextOffset = -1;
    m_lastId = 0;
    m_count = -1;
}

// Another connection (the simulator, a second Roster) may have written the file.
void DemoStore::checkExternalChanges() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next()) {
        const qint64 version = q.value(0).toLongLong();
        if (version != m_dataVersion)
            invalidateCaches();
        m_dataVersion = version;
    } else {
        invalidateCaches();
    }
}

Result<Done> DemoStore::write(const char *sql, std::initializer_list<QVariant> values)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    if (!run(q, QLatin1String(sql), values))
        return failure(q.lastError().text());
    return Done{};
}

Result<Done> DemoStore::replaceWithGenerated(int count)
{
    if (!isOpen())
        return notOpen();
    const QDateTime time = m_clock().toUTC();
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return failure(m_db.lastError().text());
    QSqlQuery q(m_db);
    for (const char *statement : {"DROP INDEX users_by_email", "DELETE FROM tokens", "DELETE FROM users",
                                  "DELETE FROM invitations_sent", "DELETE FROM cloud_assignments"}) {
        if (!q.exec(QLatin1String(statement)))
            return failure(q.lastError().text());
    }
    qint64 ownerId = 0;
    {
        DemoMemberWriter writer(m_db);
        for (int i = 0; i < count; ++i) {
            const DemoSeed::Member m = DemoSeed::generatedMember(i, time);
            if (!writer.write(m))
                return failure(writer.error().text());
            if (i == 0)
                ownerId = m.id;
        }
        if (!writer.finish())
            return failure(writer.error().text());
    }
    if (!q.exec(DemoSchema::usersByEmail())
        || !run(q, QStringLiteral("UPDATE account SET owner_id = ? WHERE id = 1"), {ownerId}))
        return failure(q.lastError().text());
    if (!transaction.commit())
        return failure(m_db.lastError().text());
    m_ownerId = ownerId;
    invalidateCaches();
    return Done{};
}

Result<QList<User>> DemoStore::queryUsers(const char *rest, std::initializer_list<qint64> values, int expected) const
{
    DemoUserReader reader(m_db, {m_clientId, m_companyName, m_reseller, &m_elsewhere});
    QList<User> users;
    if (!reader.read(rest, values, expected, &users))
        return failure(reader.error());
    return users;
}

Result<UserPage> DemoStore::users(int offset, int limit) const
{
    if (!isOpen())
        return notOpen();
    offset = std::max(offset, 0);
    checkExternalChanges();

    if (m_count < 0) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM users")) || !q.next())
            return failure(q.lastError().text());
        m_count = q.value(0).toInt();
    }
    UserPage page;
    page.count = m_count;
    if (offset >= m_count)
        return page;

    const qint64 rows = limit > 0 ? limit : -1; // SQLite: LIMIT -1 is no limit
    const int expected = limit > 0 ? std::min(limit, m_count - offset) : m_count - offset;
    Result<QList<User>> users = offset == 0 ? queryUsers("ORDER BY id LIMIT ?", {rows}, expected)
        : offset == m_nextOffset            ? queryUsers("WHERE id > ? ORDER BY id LIMIT ?", {m_lastId, rows}, expected)
                                 : queryUsers("ORDER BY id LIMIT ? OFFSET ?", {rows, qint64(offset)}, expected);
    if (!users)
        return users.error();
    page.users = users.takeValue();

    const int end = offset + int(page.users.size());
    page.hasNext = end < m_count;
    if (!page.users.isEmpty()) {
        m_nextOffset = end;
        m_lastId = page.users.constLast().id;
    }
    return page;
}

Result<std::optional<User>> DemoStore::user(qint64 id) const
{
    if (!isOpen())
        return notOpen();
    Result<QList<User>> users = queryUsers("WHERE id = ?", {id}, 1);
    if (!users)
        return users.error();
    if (users.value().isEmpty())
        return std::optional<User>();
    return std::optional<User>(users.value().constFirst());
}

void DemoStore::setElsewhere(QHash<QString, QList<ClientRoles>> elsewhere)
{
    m_elsewhere = std::move(elsewhere);
}

Result<qint64> DemoStore::userIdByEmail(const QString &email) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT id FROM users WHERE email_key = ?"), {EmailAddress::key(email)}))
        return failure(q.lastError().text());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<int> DemoStore::activeAdministratorsOtherThan(qint64 userId) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT count(*) FROM users WHERE role_id = ? AND activated = 1 AND is_active = 1 "
                            "AND id <> ?"),
             {int(Role::Administrators), userId})
        || !q.next())
        return failure(q.lastError().text());
    return q.value(0).toInt();
}

Result<qint64> DemoStore::addInvitedUser(const Invitation &invitation)
{
    if (!isOpen())
        return notOpen();
    const qint64 sentAt = invitation.sentAt.toMSecsSinceEpoch();
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return failure(m_db.lastError().text());
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO users (email, email_key, name, lang, phone, role_id, activated, is_active, "
                            "two_fa, auth_types, invitation_sent_at) VALUES (?, ?, ?, ?, NULL, ?, 0, 1, 0, ?, ?)"),
             {invitation.email, EmailAddress::key(invitation.email), DemoMemberWriter::textOrNull(invitation.name),
              invitation.lang, invitation.roleId, QStringLiteral("password"), sentAt}))
        return failure(q.lastError().text());
    const qint64 newId = q.lastInsertId().toLongLong();
    if (!run(q, QStringLiteral("INSERT INTO invitations_sent (invited_by, sent_at) VALUES (?, ?)"),
             {invitation.invitedBy, sentAt}))
        return failure(q.lastError().text());
    if (!transaction.commit())
        return failure(m_db.lastError().text());
    invalidateCaches();
    return newId;
}

Result<DemoStore::Sent> DemoStore::invitationsSentSince(qint64 adminId, const QDateTime &since) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT count(*), min(sent_at) FROM invitations_sent WHERE invited_by = ? AND sent_at > ?"),
             {adminId, since.toMSecsSinceEpoch()})
        || !q.next())
        return failure(q.lastError().text());
    return Sent{q.value(0).toInt(), timeFrom(q.value(1))};
}

Result<std::optional<DemoSeed::PlatformPerson>> DemoStore::platformPerson(const QString &email) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT email, name, can_join FROM platform_people WHERE email_key = ?"),
             {EmailAddress::key(email)}))
        return failure(q.lastError().text());
    if (!q.next())
        return std::optional<DemoSeed::PlatformPerson>();
    return std::optional<DemoSeed::PlatformPerson>(
        DemoSeed::PlatformPerson{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
}

Result<Done> DemoStore::updateUser(qint64 id, const UserPatch &change)
{
    if (!isOpen())
        return notOpen();
    QStringList assignments;
    QVariantList values;
    const auto set = [&](const char *column, const QVariant &value) {
        assignments.append(QLatin1String(column) + QLatin1String(" = ?"));
        values.append(value);
    };
    if (change.name)
        set("name", DemoMemberWriter::textOrNull(*change.name));
    if (change.lang)
        set("lang", *change.lang);
    if (change.phone)
        set("phone", DemoMemberWriter::textOrNull(*change.phone));
    if (change.email) {
        set("email", *change.email);
        set("email_key", EmailAddress::key(*change.email));
    }
    if (change.authTypes)
        set("auth_types", change.authTypes->join(QLatin1Char(',')));
    if (assignments.isEmpty())
        return Done{};

    QSqlQuery q(m_db);
    q.prepare(QLatin1String("UPDATE users SET ") + assignments.join(QLatin1String(", "))
              + QLatin1String(" WHERE id = ?"));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    return Done{};
}

Result<Done> DemoStore::setRole(qint64 userId, int roleId)
{
    return write("UPDATE users SET role_id = ? WHERE id = ?", {roleId, userId});
}

Result<Done> DemoStore::setActive(qint64 userId, bool active)
{
    return write("UPDATE users SET is_active = ? WHERE id = ?", {int(active), userId});
}

Result<Done> DemoStore::setActivated(qint64 userId)
{
    return write("UPDATE users SET activated = 1 WHERE id = ?", {userId});
}

Result<Done> DemoStore::setInvitationSentAt(qint64 userId, const QDateTime &at)
{
    return write("UPDATE users SET invitation_sent_at = ? WHERE id = ?", {at.toMSecsSinceEpoch(), userId});
}

Result<Done> DemoStore::removeUser(qint64 userId)
{
    if (!isOpen())
        return notOpen();
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return failure(m_db.lastError().text());
    QSqlQuery q(m_db);
    // The issuer's (expired) tokens stay, naming who issued them.
    if (!run(q,
             QStringLiteral("UPDATE tokens SET (former_email, former_name) = (SELECT email, name FROM users WHERE id = ?) "
                            "WHERE user_id = ?"),
             {userId, userId}))
        return failure(q.lastError().text());
    for (const char *statement : {"DELETE FROM cloud_assignments WHERE user_id = ?", "DELETE FROM users WHERE id = ?"}) {
        if (!run(q, QLatin1String(statement), {userId}))
            return failure(q.lastError().text());
    }
    if (!transaction.commit())
        return failure(m_db.lastError().text());
    invalidateCaches();
    return Done{};
}

Result<QList<ApiToken>> DemoStore::tokens(qint64 userId) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT t.id, t.name, t.expires_at, t.user_id, coalesce(u.email, t.former_email), "
                            "coalesce(u.name, t.former_name), u.id IS NULL, t.created_at, t.last_used_at "
                            "FROM tokens t LEFT JOIN users u ON u.id = t.user_id "
                            "WHERE ? = 0 OR t.user_id = ? ORDER BY t.id"),
             {userId, userId}))
        return failure(q.lastError().text());
    QList<ApiToken> list;
    while (q.next()) {
        ApiToken token = tokenOf(q.value(0).toLongLong(), q.value(1).toString(), timeFrom(q.value(2)),
                                 q.value(3).toLongLong());
        token.issuerEmail = q.value(4).toString();
        token.issuerName = q.value(5).toString();
        token.issuerDeleted = q.value(6).toBool();
        token.createdAt = timeFrom(q.value(7));
        token.lastUsedAt = timeFrom(q.value(8));
        token.expiredFlag = token.isExpired(m_clock());
        list.append(std::move(token));
    }
    return list;
}

Result<std::optional<ApiToken>> DemoStore::token(qint64 tokenId) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT id, name, expires_at, user_id FROM tokens WHERE id = ?"), {tokenId}))
        return failure(q.lastError().text());
    if (!q.next())
        return std::optional<ApiToken>();
    return std::optional<ApiToken>(
        tokenOf(q.value(0).toLongLong(), q.value(1).toString(), timeFrom(q.value(2)), q.value(3).toLongLong()));
}

Result<int> DemoStore::unexpiredTokenCount(qint64 userId, const QDateTime &at) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT count(*) FROM tokens WHERE user_id = ? AND (expires_at IS NULL OR expires_at > ?)"),
             {userId, at.toMSecsSinceEpoch()})
        || !q.next())
        return failure(q.lastError().text());
    return q.value(0).toInt();
}

Result<ApiToken> DemoStore::addToken(qint64 userId, const QString &name, const QDateTime &createdAt,
                                     const QDateTime &expiresAt)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("INSERT INTO tokens (user_id, name, created_at, expires_at) VALUES (?, ?, ?, ?)"),
             {userId, name, createdAt.toMSecsSinceEpoch(), DemoMemberWriter::msecsOrNull(expiresAt)}))
        return failure(q.lastError().text());
    return tokenOf(q.lastInsertId().toLongLong(), name, expiresAt.isValid() ? expiresAt.toUTC() : QDateTime(), userId);
}

Result<bool> DemoStore::deleteToken(qint64 tokenId)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("DELETE FROM tokens WHERE id = ?"), {tokenId}))
        return failure(q.lastError().text());
    return q.numRowsAffected() > 0;
}

Result<QList<Project>> DemoStore::projects() const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, is_default FROM projects ORDER BY is_default DESC, id")))
        return failure(q.lastError().text());
    QList<Project> list;
    while (q.next())
        list.append(Project{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
    return list;
}

Result<bool> DemoStore::hasProject(qint64 projectId) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT count(*) FROM projects WHERE id = ?"), {projectId}) || !q.next())
        return failure(q.lastError().text());
    return q.value(0).toInt() > 0;
}

Result<Done> DemoStore::assignCloudRole(qint64 userId, qint64 projectId, const QString &role)
{
    return write("INSERT OR REPLACE INTO cloud_assignments (user_id, project_id, role) VALUES (?, ?, ?)",
                 {userId, projectId, role});
}

Result<QList<CloudAssignment>> DemoStore::cloudAssignments(qint64 userId) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT project_id, role FROM cloud_assignments WHERE user_id = ? ORDER BY project_id"),
             {userId}))
        return failure(q.lastError().text());
    QList<CloudAssignment> list;
    while (q.next()) {
        CloudAssignment a;
        a.userId = userId;
        a.projectId = q.value(0).toLongLong();
        a.clientId = a.projectId == 0 ? m_clientId : 0;
        a.role = q.value(1).toString();
        list.append(a);
    }
    return list;
}
