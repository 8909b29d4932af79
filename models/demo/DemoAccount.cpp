#include "DemoAccount.h"

#include "DemoSeed.h"
#include "domain/CloudRole.h"
#include "domain/Role.h"
#include "store/SqlTransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace {

Q_LOGGING_CATEGORY(lcDemo, "roster.demo")

// Texts the account server sends (account-api.md). They reach people exactly as the server
// would send them, so they are not translated here.
namespace Server {
QString noPermission()
{
    return QStringLiteral("You do not have permission to perform this action.");
}
QString userNotFound()
{
    return QStringLiteral("User not found.");
}
QString required()
{
    return QStringLiteral("This field is required");
}
QString invalidEmail()
{
    return QStringLiteral("Enter a valid email address.");
}
QString activeTokens()
{
    return QStringLiteral("You can't remove the user as they have active tokens");
}
QString emailNotFound()
{
    return QStringLiteral("User with given email not found.");
}
QString alreadyActivated()
{
    return QStringLiteral("This user already activated.");
}
QString cannotBeAdded()
{
    return QStringLiteral("This user cannot be added to this client.");
}
QString alreadyInvited(qint64 userId, qint64 clientId)
{
    return QStringLiteral("User %1 has already been invited to client %2").arg(userId).arg(clientId);
}
QString invalidRole(int roleId)
{
    return QStringLiteral("Invalid role: %1").arg(roleId);
}
} // namespace Server

constexpr qint64 DayMs = InvitationValiditySecs * 1000;
constexpr int MaxNameLength = 255;
constexpr int MaxEmailLength = 254;

const QStringList &knownLanguages()
{
    static const QStringList langs = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru"),
                                      QStringLiteral("zh"), QStringLiteral("az")};
    return langs;
}

const QStringList &knownAuthTypes()
{
    static const QStringList types = {QStringLiteral("password"), QStringLiteral("sso"), QStringLiteral("github"),
                                      QStringLiteral("google-oauth2")};
    return types;
}

ApiError failure(ApiError::Kind kind, int status, const QString &message)
{
    return ApiError::make(kind, message, status);
}

ApiError forbidden(const QString &message = Server::noPermission())
{
    return failure(ApiError::Kind::Forbidden, 403, message);
}

ApiError userNotFound()
{
    return failure(ApiError::Kind::NotFound, 404, Server::userNotFound());
}

// 400 naming fields; the message lists them in a stable order for banners and logs.
ApiError fieldFailure(const QHash<QString, QString> &fields)
{
    QStringList names = fields.keys();
    names.sort();
    QStringList messages;
    for (const QString &name : std::as_const(names)) {
        if (!messages.contains(fields.value(name)))
            messages.append(fields.value(name));
    }
    ApiError e = failure(ApiError::Kind::Validation, 400, messages.join(QLatin1Char(' ')));
    e.fieldErrors = fields;
    return e;
}

QString notAValidChoice(const QString &value)
{
    return QCoreApplication::translate("DemoAccount", "\"%1\" is not a valid choice.").arg(value);
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?!\.)(?!.*\.\.)[^@\s"(),:;<>\[\]\\]{1,64}(?<!\.)@)"
                       R"((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$)"));
    return email.size() <= MaxEmailLength && pattern.match(email).hasMatch();
}

bool isValidPhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9][0-9 ()./-]{3,23}[0-9]$)"));
    if (!pattern.match(phone).hasMatch())
        return false;
    return std::count_if(phone.cbegin(), phone.cend(), [](QChar c) { return c.isDigit(); }) >= 5;
}

QString emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

QVariant msecsOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}


const char *const UserColumns =
    "id, email, name, lang, phone, role_id, activated, is_active, two_fa, auth_types, invitation_sent_at";

QString selectUsers(const char *rest)
{
    return QLatin1String("SELECT ") + QLatin1String(UserColumns) + QLatin1String(" FROM users ") + QLatin1String(rest);
}

struct AccountFacts
{
    qint64 clientId;
    QString companyName;
    qint64 reseller;
};

// Values many users share, built once per query so the users share them too.
struct SharedValues
{
    QHash<int, QList<UserGroup>> groups;
    QHash<QByteArray, QStringList> authTypes;
    QHash<QByteArray, QString> languages;
};

QString textAt(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)) : QString();
}

QByteArrayView bytesAt(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(stmt, column)) : QByteArrayView();
}

// A row selected with UserColumns, as the API describes the user.
User userFromRow(sqlite3_stmt *stmt, const AccountFacts &facts, SharedValues &shared)
{
    User u;
    u.id = sqlite3_column_int64(stmt, 0);
    u.email = textAt(stmt, 1);
    u.name = textAt(stmt, 2);
    const QByteArrayView lang = bytesAt(stmt, 3);
    auto language = shared.languages.constFind(lang.toByteArray());
    if (language == shared.languages.cend())
        language = shared.languages.insert(lang.toByteArray(), QString::fromUtf8(lang));
    u.lang = language.value();
    u.phone = textAt(stmt, 4);
    const int roleId = sqlite3_column_int(stmt, 5);
    u.activated = sqlite3_column_int(stmt, 6) != 0;
    u.isActive = sqlite3_column_int(stmt, 7) != 0;
    u.twoFa = sqlite3_column_int(stmt, 8) != 0;
    const QByteArray authTypes = bytesAt(stmt, 9).toByteArray();
    auto known = shared.authTypes.constFind(authTypes);
    if (known == shared.authTypes.cend())
        known = shared.authTypes.insert(authTypes, QString::fromUtf8(authTypes).split(QLatin1Char(','), Qt::SkipEmptyParts));
    u.authTypes = known.value();
    u.ssoAuth = u.authTypes.contains(QLatin1String("sso"));
    if (sqlite3_column_type(stmt, 10) != SQLITE_NULL)
        u.invitationSentAt = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(stmt, 10), Qt::UTC);
    u.company = facts.companyName;
    u.reseller = facts.reseller;
    u.client = facts.clientId;
    u.userType = QStringLiteral("common");
    auto group = shared.groups.constFind(roleId);
    if (group == shared.groups.cend())
        group = shared.groups.insert(roleId, {UserGroup{roleId, Role::byId(roleId).name}});
    u.groups = group.value();
    u.clientAndRoles = {ClientRoles{facts.clientId, facts.companyName, u.id, {roleId}}};
    return u;
}

// Emails are unique case-insensitively. A named index rather than a column constraint, so a bulk
// seed can drop it and build it once at the end, which is several times faster.
const char *const UsersByEmail = "CREATE UNIQUE INDEX users_by_email ON users (email_key)";

const char *const Schema[] = {
    R"(CREATE TABLE account (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        client_id INTEGER NOT NULL,
        company_name TEXT NOT NULL,
        reseller INTEGER NOT NULL,
        owner_id INTEGER NOT NULL))",
    R"(CREATE TABLE users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        email TEXT NOT NULL,
        email_key TEXT NOT NULL,
        name TEXT,
        lang TEXT NOT NULL,
        phone TEXT,
        role_id INTEGER NOT NULL,
        activated INTEGER NOT NULL,
        is_active INTEGER NOT NULL,
        two_fa INTEGER NOT NULL,
        auth_types TEXT NOT NULL,
        invitation_sent_at INTEGER))",
    UsersByEmail,
    R"(CREATE TABLE tokens (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER))",
    "CREATE INDEX tokens_by_user ON tokens (user_id)",
    R"(CREATE TABLE platform_people (
        email_key TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        name TEXT,
        can_join INTEGER NOT NULL))",
    // Invitations of new users, for the daily limit (resends do not count).
    R"(CREATE TABLE invitations_sent (
        id INTEGER PRIMARY KEY,
        invited_by INTEGER NOT NULL,
        sent_at INTEGER NOT NULL))",
};

// Version 2: the Cloud service's projects and role assignments.
const char *const CloudSchema[] = {
    R"(CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        is_default INTEGER NOT NULL))",
    // project_id 0: the whole account (ClientAdministrator).
    R"(CREATE TABLE cloud_assignments (
        user_id INTEGER NOT NULL,
        project_id INTEGER NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (user_id, project_id)))",
};

bool writeProjects(QSqlQuery &q, QString *error)
{
    q.prepare(QStringLiteral("INSERT INTO projects (id, name, is_default) VALUES (?, ?, ?)"));
    for (const Project &project : DemoSeed::projects()) {
        q.bindValue(0, project.id);
        q.bindValue(1, project.name);
        q.bindValue(2, int(project.isDefault));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// What a file of this schema version must answer; anything else is not our file.
const char *const SchemaProbes[] = {
    "SELECT id, client_id, company_name, reseller, owner_id FROM account LIMIT 0",
    ("SELECT id, email, email_key, name, lang, phone, role_id, activated, is_active, two_fa, auth_types, "
     "invitation_sent_at FROM users INDEXED BY users_by_email LIMIT 0"),
    "SELECT id, user_id, name, created_at, expires_at FROM tokens LIMIT 0",
    "SELECT email_key, email, name, can_join FROM platform_people LIMIT 0",
    "SELECT id, invited_by, sent_at FROM invitations_sent LIMIT 0",
    "SELECT id, name, is_default FROM projects LIMIT 0",
    "SELECT user_id, project_id, role FROM cloud_assignments LIMIT 0",
};

// Inserts members, several rows per statement (the per-statement cost dominates bulk seeding).
// The transaction is the caller's; finish() writes what is left.
class MemberWriter
{
public:
    static constexpr int RowsPerStatement = 25;
    static constexpr int UserColumnCount = 12;

    explicit MemberWriter(const QSqlDatabase &db)
        : m_batch(db)
        , m_single(db)
        , m_token(db)
    {
        const QString insert = QStringLiteral(
            "INSERT INTO users (id, email, email_key, name, lang, phone, role_id, activated, is_active, two_fa, "
            "auth_types, invitation_sent_at) VALUES ");
        const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QStringList rows;
        for (int i = 0; i < RowsPerStatement; ++i)
            rows.append(row);
        m_ok = m_batch.prepare(insert + rows.join(QLatin1Char(','))) && m_single.prepare(insert + row)
            && m_token.prepare(
                QStringLiteral("INSERT INTO tokens (user_id, name, created_at, expires_at) VALUES (?, ?, ?, ?)"));
        if (!m_ok)
            m_error = m_batch.lastError().text() + m_single.lastError().text() + m_token.lastError().text();
        m_values.reserve(RowsPerStatement * UserColumnCount);
    }

    bool write(const DemoSeed::Member &m)
    {
        if (!m_ok)
            return false;
        m_values << m.id << m.email << emailKey(m.email) << textOrNull(m.name) << m.lang << textOrNull(m.phone)
                 << m.roleId << int(m.activated) << int(m.isActive) << int(m.twoFa)
                 << m.authTypes.join(QLatin1Char(',')) << msecsOrNull(m.invitationSentAt);
        if (m_values.size() == RowsPerStatement * UserColumnCount && !flush(m_batch))
            return false;
        for (const DemoSeed::Token &t : m.tokens) {
            m_token.bindValue(0, m.id);
            m_token.bindValue(1, t.name);
            m_token.bindValue(2, t.createdAt.toMSecsSinceEpoch());
            m_token.bindValue(3, msecsOrNull(t.expiresAt));
            if (!m_token.exec()) {
                m_error = m_token.lastError().text();
                return false;
            }
        }
        return true;
    }

    bool finish()
    {
        // Leftover rows, one statement each.
        const QVariantList rest = std::exchange(m_values, QVariantList());
        for (qsizetype row = 0; m_ok && row < rest.size(); row += UserColumnCount) {
            m_values = rest.mid(row, UserColumnCount);
            if (!flush(m_single))
                return false;
        }
        return m_ok;
    }

    QString errorText() const { return m_error; }

private:
    bool flush(QSqlQuery &query)
    {
        for (int i = 0; i < m_values.size(); ++i)
            query.bindValue(i, m_values.at(i));
        m_values.clear();
        if (query.exec())
            return true;
        m_error = query.lastError().text();
        return false;
    }

    QSqlQuery m_batch;
    QSqlQuery m_single;
    QSqlQuery m_token;
    QVariantList m_values;
    QString m_error;
    bool m_ok = false;
};

QAtomicInteger<quint64> connectionCounter;

} // namespace

struct DemoAccount::Actor
{
    qint64 id = 0;
    bool administrator = false;
};

enum class DemoAccount::Check : quint8 {
    Ok,
    Empty, // a new file, or one without any table: to be created and seeded
    Corrupt,
    Busy,
    Failed,
};

DemoAccount::DemoAccount(const QString &databasePath)
    : m_path(databasePath)
    , m_connectionName(QStringLiteral("roster-demo-account-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

DemoAccount::~DemoAccount()
{
    close();
}

QString DemoAccount::path() const
{
    return m_path;
}

QString DemoAccount::movedAsidePath() const
{
    return m_movedAside;
}

QString DemoAccount::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/demo-account.sqlite");
}

void DemoAccount::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

QDateTime DemoAccount::now() const
{
    return m_clock().toUTC();
}

void DemoAccount::setDailyInviteLimit(int limit)
{
    m_dailyInviteLimit = limit;
}

int DemoAccount::dailyInviteLimit() const
{
    return m_dailyInviteLimit;
}

bool DemoAccount::isOpen() const
{
    return m_db.isOpen() && m_clientId != 0;
}

void DemoAccount::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_clientId = 0;
    m_ownerId = 0;
    m_actingUserId = 0;
    m_dataVersion = -1;
    invalidateCaches();
}

ApiError DemoAccount::notOpen() const
{
    return failure(ApiError::Kind::Storage, 0,
                   QCoreApplication::translate("DemoAccount", "The demo account file %1 is not open.").arg(m_path));
}

ApiError DemoAccount::storageError(const QString &detail) const
{
    qCWarning(lcDemo) << "demo account" << m_path << "failed:" << detail;
    return failure(
        ApiError::Kind::Storage, 0,
        QCoreApplication::translate("DemoAccount", "The demo account file %1 could not be read or written: %2")
            .arg(m_path, detail));
}

void DemoAccount::invalidateCaches() const
{
    m_nextOffset = -1;
    m_lastId = 0;
    m_count = -1;
}

// Another connection (the simulator, a second Roster) may have written the file.
void DemoAccount::checkExternalChanges() const
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

bool DemoAccount::openConnection(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        *error = QCoreApplication::translate("DemoAccount", "the SQLite driver of Qt is not installed");
        return false;
    }
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

DemoAccount::Check DemoAccount::inspect(QString *detail, bool thorough)
{
    if (!openConnection(detail))
        return Check::Failed;

    const auto classify = [detail](const QSqlError &error) {
        *detail = error.text();
        switch (error.nativeErrorCode().toInt() & 0xff) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Check::Busy;
        case 3: // SQLITE_PERM
        case 8: // SQLITE_READONLY
        case 10: // SQLITE_IOERR
        case 13: // SQLITE_FULL
        case 14: // SQLITE_CANTOPEN
        case 23: // SQLITE_AUTH
            return Check::Failed;
        default: // SQLITE_NOTADB, SQLITE_CORRUPT, "no such table"...
            return Check::Corrupt;
        }
    };

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return classify(q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        *detail = QStringLiteral("schema version %1 is newer than %2").arg(version).arg(SchemaVersion);
        return Check::Corrupt;
    }
    if (version < SchemaVersion) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return classify(q.lastError());
        if (q.value(0).toInt() == 0)
            return Check::Empty;
        q.finish();
        // Only the connection that checks and repairs the file migrates it.
        if (version < 1 || !thorough) {
            *detail = QStringLiteral("unknown schema (version %1)").arg(version);
            return Check::Corrupt;
        }
        if (!migrate(version, detail))
            return Check::Failed; // a file of ours that cannot be written: not to be moved aside
    }

    if (thorough) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            return classify(q.lastError());
        if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
            *detail = QStringLiteral("integrity check failed: %1").arg(q.value(0).toString());
            return Check::Corrupt;
        }
        q.finish();
        for (const char *probe : SchemaProbes) {
            if (!q.exec(QLatin1String(probe)))
                return classify(q.lastError());
            q.finish();
        }
    }
    if (!q.exec(QStringLiteral("SELECT client_id, company_name, reseller, owner_id FROM account WHERE id = 1")))
        return classify(q.lastError());
    if (!q.next() || q.value(0).toLongLong() <= 0) {
        *detail = QStringLiteral("the account is missing");
        return Check::Corrupt;
    }
    const qint64 clientId = q.value(0).toLongLong();
    m_companyName = q.value(1).toString();
    m_reseller = q.value(2).toLongLong();
    const qint64 ownerId = q.value(3).toLongLong();
    q.finish();
    if (!thorough) { // a reader: the account is enough
        m_clientId = clientId;
        return Check::Ok;
    }
    // Whoever signs in: the owner, or, if another administrator removed them (the simulator
    // can act as anyone), the first active administrator, or anyone at all.
    // The owner is nearly always there: look them up by key before scanning for someone else.
    q.prepare(QStringLiteral("SELECT id FROM users WHERE id = ?"));
    q.addBindValue(ownerId);
    if (!q.exec())
        return classify(q.lastError());
    if (!q.next()) {
        q.finish();
        q.prepare(QStringLiteral("SELECT id FROM users ORDER BY (role_id = ? AND activated = 1 AND is_active = 1) "
                                 "DESC, id LIMIT 1"));
        q.addBindValue(int(Role::Administrators));
        if (!q.exec())
            return classify(q.lastError());
        q.next();
    }
    if (!q.isValid()) {
        *detail = QStringLiteral("the account has no users");
        return Check::Corrupt;
    }
    m_ownerId = q.value(0).toLongLong();
    m_clientId = clientId;
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return classify(q.lastError());
    return Check::Ok;
}

// Brings a file of an older schema version up to SchemaVersion, in one transaction.
bool DemoAccount::migrate(int fromVersion, QString *detail)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        *detail = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    if (fromVersion < 2) {
        for (const char *statement : CloudSchema) {
            if (!q.exec(QLatin1String(statement))) {
                *detail = q.lastError().text();
                return false;
            }
        }
        if (!writeProjects(q, detail))
            return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)) || !transaction.commit()) {
        *detail = q.lastError().isValid() ? q.lastError().text() : m_db.lastError().text();
        return false;
    }
    qCInfo(lcDemo) << "demo account" << m_path << "migrated from schema version" << fromVersion << "to"
                   << SchemaVersion;
    return true;
}

Result<Done> DemoAccount::openForReading()
{
    close();
    m_movedAside.clear();
    if (!QFileInfo(m_path).isFile()) { // SQLite would create it
        return failure(ApiError::Kind::Storage, 0,
                       QCoreApplication::translate("DemoAccount", "The demo account file %1 does not exist.").arg(m_path));
    }
    QString detail;
    if (inspect(&detail, false) == Check::Ok)
        return Done{};
    close();
    return failure(ApiError::Kind::Storage, 0,
                   QCoreApplication::translate("DemoAccount", "The demo account file %1 could not be read: %2")
                       .arg(m_path, detail));
}

Result<Done> DemoAccount::moveAside()
{
    close();
    const QString base =
        m_path + QStringLiteral(".corrupt-") + now().toLocalTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    QFile file(m_path);
    if (!file.rename(target)) {
        return failure(ApiError::Kind::Storage, 0,
                       QCoreApplication::translate("DemoAccount",
                                                   "The demo account file %1 is damaged and cannot be moved aside: %2")
                           .arg(m_path, file.errorString()));
    }
    // The write-ahead log belongs to the damaged file; the shared-memory index is rebuilt.
    const QString wal = m_path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::rename(wal, target + QStringLiteral("-wal")))
        QFile::remove(wal);
    QFile::remove(m_path + QStringLiteral("-shm"));
    m_movedAside = target;
    return Done{};
}

Result<Done> DemoAccount::open(bool reset)
{
    close();
    m_movedAside.clear();

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        return failure(ApiError::Kind::Storage, 0,
                       QCoreApplication::translate("DemoAccount",
                                                   "Roster cannot create the folder %1 for the demo account file %2.")
                           .arg(folder, m_path));
    }
    if (reset) {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile file(m_path + suffix);
            if (file.exists() && !file.remove()) {
                return failure(ApiError::Kind::Storage, 0,
                               QCoreApplication::translate("DemoAccount",
                                                           "Roster cannot start the demo account afresh: the file %1 "
                                                           "cannot be removed (%2).")
                                   .arg(file.fileName(), file.errorString()));
            }
        }
    }
    const QFileInfo file(m_path); // after the reset: QFileInfo caches what it saw
    if (file.exists()) {
        if (!file.isFile() || !file.isReadable()) {
            return failure(ApiError::Kind::Storage, 0,
                           QCoreApplication::translate("DemoAccount",
                                                       "Roster cannot read the demo account file %1. Check its "
                                                       "permissions, or start Roster with --demo-reset to replace it.")
                               .arg(m_path));
        }
        if (!file.isWritable()) {
            return failure(ApiError::Kind::Storage, 0,
                           QCoreApplication::translate("DemoAccount",
                                                       "The demo account file %1 is read-only. Check its permissions, "
                                                       "or start Roster with --demo-reset to replace it.")
                               .arg(m_path));
        }
    }

    QString detail;
    Check check = inspect(&detail);
    if (check == Check::Corrupt) {
        qCWarning(lcDemo) << "demo account" << m_path << "is damaged, rebuilding it:" << detail;
        const Result<Done> moved = moveAside();
        if (!moved)
            return moved;
        qCInfo(lcDemo) << "the damaged demo account was kept as" << m_movedAside;
        check = inspect(&detail);
    }

    switch (check) {
    case Check::Ok:
        return Done{};
    case Check::Empty: {
        const Result<Done> created = createAndSeed();
        if (!created) {
            close();
            return created;
        }
        return Done{};
    }
    case Check::Busy:
        close();
        return failure(ApiError::Kind::Storage, 0,
                       QCoreApplication::translate("DemoAccount",
                                                   "The demo account file %1 is in use by another program. Close it "
                                                   "and try again.")
                           .arg(m_path));
    case Check::Corrupt:
    case Check::Failed:
        break;
    }
    close();
    return failure(
        ApiError::Kind::Storage, 0,
        QCoreApplication::translate("DemoAccount", "Roster cannot create or write the demo account file %1: %2")
            .arg(m_path, detail));
}

Result<Done> DemoAccount::createAndSeed()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return storageError(q.lastError().text());
    q.finish();

    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return storageError(m_db.lastError().text());
    for (const char *statement : Schema) {
        if (!q.exec(QLatin1String(statement)))
            return storageError(q.lastError().text());
    }
    for (const char *statement : CloudSchema) {
        if (!q.exec(QLatin1String(statement)))
            return storageError(q.lastError().text());
    }
    QString projectError;
    if (!writeProjects(q, &projectError))
        return storageError(projectError);

    const QDateTime time = now();
    const QList<DemoSeed::Member> members = DemoSeed::members(time);
    MemberWriter writer(m_db);
    for (const DemoSeed::Member &m : members) {
        if (!writer.write(m))
            return storageError(writer.errorText());
    }
    if (!writer.finish())
        return storageError(writer.errorText());

    q.prepare(
        QStringLiteral("INSERT INTO account (id, client_id, company_name, reseller, owner_id) VALUES (1, ?, ?, ?, ?)"));
    q.addBindValue(DemoSeed::ClientId);
    q.addBindValue(DemoSeed::companyName());
    q.addBindValue(DemoSeed::Reseller);
    q.addBindValue(members.first().id);
    if (!q.exec())
        return storageError(q.lastError().text());

    q.prepare(QStringLiteral("INSERT INTO platform_people (email_key, email, name, can_join) VALUES (?, ?, ?, ?)"));
    for (const DemoSeed::PlatformPerson &person : DemoSeed::platformPeople()) {
        q.bindValue(0, emailKey(person.email));
        q.bindValue(1, person.email);
        q.bindValue(2, textOrNull(person.name));
        q.bindValue(3, int(person.canJoin));
        if (!q.exec())
            return storageError(q.lastError().text());
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
        return storageError(q.lastError().text());
    if (!transaction.commit())
        return storageError(m_db.lastError().text());

    m_clientId = DemoSeed::ClientId;
    m_companyName = DemoSeed::companyName();
    m_reseller = DemoSeed::Reseller;
    m_ownerId = members.first().id;
    invalidateCaches();
    return Done{};
}

Result<Done> DemoAccount::seedGenerated(int count)
{
    if (!isOpen())
        return notOpen();
    if (count < 1) {
        return failure(ApiError::Kind::Validation, 400,
                       QCoreApplication::translate("DemoAccount", "A generated account needs at least one user."));
    }
    const QDateTime time = now();
    {
        SqlTransaction transaction(m_db);
        if (!transaction.isOpen())
            return storageError(m_db.lastError().text());
        QSqlQuery q(m_db);
        for (const char *statement :
             {"DROP INDEX users_by_email", "DELETE FROM tokens", "DELETE FROM users", "DELETE FROM invitations_sent",
              "DELETE FROM cloud_assignments"}) {
            if (!q.exec(QLatin1String(statement)))
                return storageError(q.lastError().text());
        }
        qint64 ownerId = 0;
        {
            MemberWriter writer(m_db);
            for (int i = 0; i < count; ++i) {
                const DemoSeed::Member m = DemoSeed::generatedMember(i, time);
                if (!writer.write(m))
                    return storageError(writer.errorText());
                if (i == 0)
                    ownerId = m.id;
            }
            if (!writer.finish())
                return storageError(writer.errorText());
        }
        if (!q.exec(QLatin1String(UsersByEmail)))
            return storageError(q.lastError().text());
        q.prepare(QStringLiteral("UPDATE account SET owner_id = ? WHERE id = 1"));
        q.addBindValue(ownerId);
        if (!q.exec())
            return storageError(q.lastError().text());
        if (!transaction.commit())
            return storageError(m_db.lastError().text());
        m_ownerId = ownerId;
    }
    m_actingUserId = 0;
    invalidateCaches();
    return Done{};
}

Result<Done> DemoAccount::setActingUser(qint64 userId)
{
    const Result<User> found = loadUser(userId);
    if (!found)
        return found.error();
    m_actingUserId = userId;
    return Done{};
}

Result<DemoAccount::Actor> DemoAccount::actor() const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT role_id, activated, is_active FROM users WHERE id = ?"));
    q.addBindValue(m_actingUserId != 0 ? m_actingUserId : m_ownerId);
    if (!q.exec())
        return storageError(q.lastError().text());
    // Someone removed from the account, or deactivated, is no longer allowed anything.
    if (!q.next() || !q.value(1).toBool() || !q.value(2).toBool())
        return forbidden();
    Actor a;
    a.id = m_actingUserId != 0 ? m_actingUserId : m_ownerId;
    a.administrator = q.value(0).toInt() == Role::Administrators;
    return a;
}

Result<DemoAccount::Actor> DemoAccount::administrator() const
{
    Result<Actor> a = actor();
    if (a && !a.value().administrator)
        return forbidden();
    return a;
}

Result<User> DemoAccount::loadUser(qint64 id) const
{
    if (!isOpen())
        return notOpen();
    Result<QList<User>> users = queryUsers("WHERE id = ?", {id}, 1);
    if (!users)
        return users.error();
    if (users.value().isEmpty())
        return userNotFound();
    return users.value().first();
}

// Users are read straight from SQLite's statement API: through QSqlQuery every value of a
// large listing would pass through a QVariant, which made reading 100,000 users twice as slow.
Result<QList<User>> DemoAccount::queryUsers(const char *rest, std::initializer_list<qint64> values, int expected) const
{
    sqlite3 *db = nullptr;
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        return storageError(QStringLiteral("no SQLite handle"));

    const QByteArray sql = selectUsers(rest).toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return storageError(QString::fromUtf8(sqlite3_errmsg(db)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(stmt, sqlite3_finalize);
    int index = 1;
    for (qint64 value : values)
        sqlite3_bind_int64(stmt, index++, value);

    const AccountFacts facts{m_clientId, m_companyName, m_reseller};
    SharedValues shared;
    QList<User> users;
    users.reserve(std::max(expected, 0));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        users.append(userFromRow(stmt, facts, shared));
    if (rc != SQLITE_DONE)
        return storageError(QString::fromUtf8(sqlite3_errmsg(db)));
    return users;
}

Result<qint64> DemoAccount::userIdByEmail(const QString &email) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM users WHERE email_key = ?"));
    q.addBindValue(emailKey(email));
    if (!q.exec())
        return storageError(q.lastError().text());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

int DemoAccount::usableAdministratorsOtherThan(qint64 userId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role_id = ? AND activated = 1 AND is_active = 1 "
                             "AND id <> ?"));
    q.addBindValue(int(Role::Administrators));
    q.addBindValue(userId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Result<AccountInfo> DemoAccount::me() const
{
    if (!isOpen())
        return notOpen();
    AccountInfo info;
    info.clientId = m_clientId;
    info.currentUserId = m_actingUserId != 0 ? m_actingUserId : m_ownerId;
    info.companyName = m_companyName;
    return info;
}

Result<UserPage> DemoAccount::listUsers(int offset, int limit) const
{
    if (!isOpen())
        return notOpen();
    offset = std::max(offset, 0);
    checkExternalChanges();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (m_count < 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM users")) || !q.next())
            return storageError(q.lastError().text());
        m_count = q.value(0).toInt();
        q.finish();
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

Result<User> DemoAccount::user(qint64 id) const
{
    return loadUser(id);
}

Result<InviteResult> DemoAccount::invite(const InviteRequest &request)
{
    const Result<Actor> admin = administrator();
    if (!admin)
        return admin.error();
    if (request.clientId != 0 && request.clientId != m_clientId)
        return forbidden();

    const QString email = request.email.trimmed();
    const QString name = request.name.trimmed();
    const QString lang = request.lang.trimmed().isEmpty() ? QStringLiteral("en") : request.lang.trimmed();
    QHash<QString, QString> fields;
    if (request.clientId == 0)
        fields.insert(QStringLiteral("client_id"), Server::required());
    if (email.isEmpty())
        fields.insert(QStringLiteral("email"), Server::required());
    else if (!isValidEmail(email))
        fields.insert(QStringLiteral("email"), Server::invalidEmail());
    if (Role::byId(request.roleId).id == 0)
        fields.insert(QStringLiteral("user_role"), Server::invalidRole(request.roleId));
    if (!knownLanguages().contains(lang))
        fields.insert(QStringLiteral("lang"), notAValidChoice(lang));
    if (name.size() > MaxNameLength) {
        fields.insert(QStringLiteral("name"),
                      QCoreApplication::translate("DemoAccount", "Ensure this field has no more than %1 characters.")
                          .arg(MaxNameLength));
    }
    if (!fields.isEmpty())
        return fieldFailure(fields);

    const Result<qint64> existing = userIdByEmail(email);
    if (!existing)
        return existing.error();
    if (existing.value() != 0)
        return failure(ApiError::Kind::Validation, 400, Server::alreadyInvited(existing.value(), m_clientId));

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, can_join FROM platform_people WHERE email_key = ?"));
    q.addBindValue(emailKey(email));
    if (!q.exec())
        return storageError(q.lastError().text());
    const bool onPlatform = q.next();
    if (onPlatform && !q.value(1).toBool())
        return failure(ApiError::Kind::Validation, 400, Server::cannotBeAdded());
    // People registered on the platform already have a name; the invitation does not change it.
    const QString storedName = onPlatform && !q.value(0).toString().isEmpty() ? q.value(0).toString() : name;
    q.finish();

    const QDateTime time = now();
    const qint64 nowMs = time.toMSecsSinceEpoch();
    if (m_dailyInviteLimit > 0) {
        q.prepare(
            QStringLiteral("SELECT count(*), min(sent_at) FROM invitations_sent WHERE invited_by = ? AND sent_at > ?"));
        q.addBindValue(admin.value().id);
        q.addBindValue(nowMs - DayMs);
        if (!q.exec() || !q.next())
            return storageError(q.lastError().text());
        if (q.value(0).toInt() >= m_dailyInviteLimit) {
            ApiError e = failure(ApiError::Kind::RateLimited, 429,
                                 QCoreApplication::translate("DemoAccount",
                                                             "An administrator can invite at most %n new user(s) a "
                                                             "day. Try again later.",
                                                             nullptr, m_dailyInviteLimit));
            const qint64 waitMs = q.value(1).toLongLong() + DayMs - nowMs;
            e.retryAfterSecs = int(std::max<qint64>(1, (waitMs + 999) / 1000));
            return e;
        }
        q.finish();
    }

    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return storageError(m_db.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO users (email, email_key, name, lang, phone, role_id, activated, is_active, "
                             "two_fa, auth_types, invitation_sent_at) VALUES (?, ?, ?, ?, NULL, ?, 0, 1, 0, ?, ?)"));
    q.addBindValue(email);
    q.addBindValue(emailKey(email));
    q.addBindValue(textOrNull(storedName));
    q.addBindValue(lang);
    q.addBindValue(request.roleId);
    q.addBindValue(QStringLiteral("password"));
    q.addBindValue(nowMs);
    if (!q.exec())
        return storageError(q.lastError().text());
    const qint64 newId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO invitations_sent (invited_by, sent_at) VALUES (?, ?)"));
    q.addBindValue(admin.value().id);
    q.addBindValue(nowMs);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!transaction.commit())
        return storageError(m_db.lastError().text());
    invalidateCaches();

    InviteResult result;
    result.userId = newId;
    result.existingAccount = onPlatform;
    return result;
}

Result<User> DemoAccount::updateUser(qint64 id, const UserPatch &patch)
{
    const Result<Actor> a = actor();
    if (!a)
        return a.error();
    const Result<User> current = loadUser(id);
    if (!current)
        return current.error();
    if (a.value().id != id && !a.value().administrator)
        return forbidden();

    QHash<QString, QString> fields;
    QStringList assignments;
    QVariantList values;
    const auto set = [&](const char *column, const QVariant &value) {
        assignments.append(QLatin1String(column) + QLatin1String(" = ?"));
        values.append(value);
    };

    if (patch.name) {
        const QString name = patch.name->trimmed();
        if (name.size() > MaxNameLength) {
            fields.insert(
                QStringLiteral("name"),
                QCoreApplication::translate("DemoAccount", "Ensure this field has no more than %1 characters.")
                    .arg(MaxNameLength));
        }
        set("name", textOrNull(name));
    }
    if (patch.lang) {
        const QString lang = patch.lang->trimmed();
        if (!knownLanguages().contains(lang))
            fields.insert(QStringLiteral("lang"), notAValidChoice(lang));
        set("lang", lang);
    }
    if (patch.phone) {
        const QString phone = patch.phone->trimmed();
        if (!phone.isEmpty() && !isValidPhone(phone))
            fields.insert(QStringLiteral("phone"),
                          QCoreApplication::translate("DemoAccount", "Enter a valid phone number."));
        set("phone", textOrNull(phone));
    }
    if (patch.email) {
        const QString email = patch.email->trimmed();
        if (email.isEmpty()) {
            fields.insert(QStringLiteral("email"), Server::required());
        } else if (!isValidEmail(email)) {
            fields.insert(QStringLiteral("email"), Server::invalidEmail());
        } else {
            const Result<qint64> owner = userIdByEmail(email);
            if (!owner)
                return owner.error();
            if (owner.value() != 0 && owner.value() != id) {
                fields.insert(
                    QStringLiteral("email"),
                    QCoreApplication::translate("DemoAccount", "A user with this email address already exists."));
            }
        }
        set("email", email);
        set("email_key", emailKey(email));
    }
    if (patch.authTypes) {
        QStringList types;
        for (const QString &type : *patch.authTypes) {
            if (!knownAuthTypes().contains(type))
                fields.insert(QStringLiteral("auth_types"), notAValidChoice(type));
            else if (!types.contains(type))
                types.append(type);
        }
        if (patch.authTypes->isEmpty())
            fields.insert(QStringLiteral("auth_types"),
                          QCoreApplication::translate("DemoAccount", "Choose at least one way to sign in."));
        set("auth_types", types.join(QLatin1Char(',')));
    }
    if (!fields.isEmpty())
        return fieldFailure(fields);
    if (assignments.isEmpty())
        return current;

    QSqlQuery q(m_db);
    q.prepare(QLatin1String("UPDATE users SET ") + assignments.join(QLatin1String(", "))
              + QLatin1String(" WHERE id = ?"));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError().text());
    return loadUser(id);
}

Result<int> DemoAccount::role(qint64 clientId, qint64 userId) const
{
    const Result<Actor> a = actor();
    if (!a)
        return a.error();
    if (clientId != m_clientId)
        return forbidden();
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    if (a.value().id != userId && !a.value().administrator)
        return forbidden();
    return target.value().roleId(m_clientId);
}

Result<Done> DemoAccount::setRole(qint64 clientId, qint64 userId, int roleId)
{
    const Result<Actor> admin = administrator();
    if (!admin)
        return admin.error();
    if (clientId != m_clientId)
        return forbidden();
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    if (Role::byId(roleId).id == 0)
        return fieldFailure({{QStringLiteral("user_role"), Server::invalidRole(roleId)}});
    const User &u = target.value();
    const int currentRole = u.roleId(m_clientId);
    if (currentRole == roleId)
        return Done{};
    if (currentRole == Role::Administrators && u.activated && u.isActive
        && usableAdministratorsOtherThan(userId) == 0) {
        return forbidden(QCoreApplication::translate("DemoAccount",
                                                     "The account needs at least one active administrator. Make "
                                                     "someone else an administrator first."));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET role_id = ? WHERE id = ?"));
    q.addBindValue(roleId);
    q.addBindValue(userId);
    if (!q.exec())
        return storageError(q.lastError().text());
    return Done{};
}

Result<Done> DemoAccount::removeUser(qint64 clientId, qint64 userId)
{
    const Result<Actor> admin = administrator();
    if (!admin)
        return admin.error();
    if (clientId != m_clientId)
        return forbidden();
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    if (userId == admin.value().id)
        return forbidden(QCoreApplication::translate("DemoAccount", "You can't remove yourself from the account."));

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT count(*) FROM tokens WHERE user_id = ? AND (expires_at IS NULL OR expires_at > ?)"));
    q.addBindValue(userId);
    q.addBindValue(now().toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return storageError(q.lastError().text());
    if (q.value(0).toInt() > 0)
        return forbidden(Server::activeTokens());
    q.finish();

    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return storageError(m_db.lastError().text());
    for (const char *statement : {"DELETE FROM tokens WHERE user_id = ?", "DELETE FROM cloud_assignments WHERE user_id = ?",
                                  "DELETE FROM users WHERE id = ?"}) {
        q.prepare(QLatin1String(statement));
        q.addBindValue(userId);
        if (!q.exec())
            return storageError(q.lastError().text());
    }
    if (!transaction.commit())
        return storageError(m_db.lastError().text());
    invalidateCaches();
    return Done{};
}

Result<Done> DemoAccount::resendInvitation(const QString &email)
{
    const Result<Actor> admin = administrator();
    if (!admin)
        return admin.error();
    const Result<qint64> id = userIdByEmail(email);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return failure(ApiError::Kind::NotFound, 404, Server::emailNotFound());
    const Result<User> target = loadUser(id.value());
    if (!target)
        return target.error();
    if (target.value().activated)
        return failure(ApiError::Kind::Validation, 400, Server::alreadyActivated());

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET invitation_sent_at = ? WHERE id = ?"));
    q.addBindValue(now().toMSecsSinceEpoch());
    q.addBindValue(id.value());
    if (!q.exec())
        return storageError(q.lastError().text());
    return Done{};
}

Result<QList<ApiToken>> DemoAccount::tokens(qint64 clientId, qint64 userId) const
{
    const Result<Actor> a = actor();
    if (!a)
        return a.error();
    if (clientId != m_clientId)
        return forbidden();
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    if (a.value().id != userId && !a.value().administrator)
        return forbidden();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, expires_at FROM tokens WHERE user_id = ? ORDER BY id"));
    q.addBindValue(userId);
    if (!q.exec())
        return storageError(q.lastError().text());
    QList<ApiToken> list;
    while (q.next())
        list.append(ApiToken{q.value(0).toLongLong(), q.value(1).toString(), timeFrom(q.value(2)), userId});
    return list;
}

Result<User> DemoAccount::setActive(qint64 userId, bool active)
{
    const Result<Actor> admin = administrator();
    if (!admin)
        return admin.error();
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    if (!active && userId == admin.value().id)
        return forbidden(QCoreApplication::translate("DemoAccount", "You can't deactivate yourself."));
    if (target.value().isActive == active)
        return target;

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET is_active = ? WHERE id = ?"));
    q.addBindValue(int(active));
    q.addBindValue(userId);
    if (!q.exec())
        return storageError(q.lastError().text());
    return loadUser(userId);
}

Result<ApiToken> DemoAccount::addToken(qint64 userId, const QString &name, const QDateTime &expiresAt)
{
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    if (name.trimmed().isEmpty())
        return fieldFailure({{QStringLiteral("name"), Server::required()}});

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO tokens (user_id, name, created_at, expires_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(name.trimmed());
    q.addBindValue(now().toMSecsSinceEpoch());
    q.addBindValue(msecsOrNull(expiresAt));
    if (!q.exec())
        return storageError(q.lastError().text());
    return ApiToken{q.lastInsertId().toLongLong(), name.trimmed(),
                    expiresAt.isValid() ? expiresAt.toUTC() : QDateTime(), userId};
}

Result<Done> DemoAccount::deleteToken(qint64 tokenId)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM tokens WHERE id = ?"));
    q.addBindValue(tokenId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return failure(ApiError::Kind::NotFound, 404, QCoreApplication::translate("DemoAccount", "Token not found."));
    return Done{};
}

Result<User> DemoAccount::acceptInvitation(qint64 userId)
{
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    const User &u = target.value();
    if (u.activated)
        return failure(ApiError::Kind::Validation, 400, Server::alreadyActivated());
    const QDateTime expires = u.invitationExpiresAt();
    if (expires.isValid() && expires <= now()) {
        return failure(ApiError::Kind::Validation, 400,
                       QCoreApplication::translate(
                           "DemoAccount", "The invitation has expired. Ask an administrator to send it again."));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET activated = 1 WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return storageError(q.lastError().text());
    return loadUser(userId);
}

Result<QList<Project>> DemoAccount::projects() const
{
    const Result<Actor> a = actor();
    if (!a)
        return a.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, is_default FROM projects ORDER BY is_default DESC, id")))
        return storageError(q.lastError().text());
    QList<Project> list;
    while (q.next())
        list.append(Project{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
    return list;
}

Result<Done> DemoAccount::assignCloudRole(const CloudAssignment &assignment)
{
    const Result<Actor> admin = administrator();
    if (!admin)
        return admin.error();
    if (assignment.clientId != 0 && assignment.clientId != m_clientId)
        return forbidden();

    QHash<QString, QString> fields;
    const QString role = assignment.role.trimmed();
    if (role.isEmpty())
        fields.insert(QStringLiteral("role"), Server::required());
    else if (!CloudRole::isValid(role))
        fields.insert(QStringLiteral("role"), notAValidChoice(role));
    if (assignment.userId <= 0)
        fields.insert(QStringLiteral("user_id"), Server::required());

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (assignment.projectId != 0) {
        q.prepare(QStringLiteral("SELECT count(*) FROM projects WHERE id = ?"));
        q.addBindValue(assignment.projectId);
        if (!q.exec() || !q.next())
            return storageError(q.lastError().text());
        if (q.value(0).toInt() == 0) {
            fields.insert(QStringLiteral("project_id"),
                          QCoreApplication::translate("DemoAccount", "Project %1 not found.").arg(assignment.projectId));
        }
        q.finish();
        if (role == CloudRole::clientAdministrator()) {
            fields.insert(QStringLiteral("role"),
                          QCoreApplication::translate("DemoAccount",
                                                      "ClientAdministrator applies to the whole account, not to "
                                                      "one project."));
        }
    } else if (assignment.clientId == 0) {
        fields.insert(QStringLiteral("project_id"),
                      QCoreApplication::translate("DemoAccount", "Either client_id or project_id is required."));
    } else if (!role.isEmpty() && role != CloudRole::clientAdministrator() && CloudRole::isValid(role)) {
        fields.insert(QStringLiteral("role"),
                      QCoreApplication::translate("DemoAccount", "%1 is given per project: send project_id.")
                          .arg(role));
    }
    if (!fields.isEmpty())
        return fieldFailure(fields);

    const Result<User> target = loadUser(assignment.userId);
    if (!target)
        return target.error();

    q.prepare(QStringLiteral("INSERT OR REPLACE INTO cloud_assignments (user_id, project_id, role) VALUES (?, ?, ?)"));
    q.addBindValue(assignment.userId);
    q.addBindValue(assignment.projectId);
    q.addBindValue(role);
    if (!q.exec())
        return storageError(q.lastError().text());
    return Done{};
}

Result<QList<CloudAssignment>> DemoAccount::cloudAssignments(qint64 userId) const
{
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT project_id, role FROM cloud_assignments WHERE user_id = ? ORDER BY project_id"));
    q.addBindValue(userId);
    if (!q.exec())
        return storageError(q.lastError().text());
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
