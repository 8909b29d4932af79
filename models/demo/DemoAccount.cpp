#include "DemoAccount.h"

#include "domain/CloudRole.h"
#include "domain/EmailAddress.h"
#include "domain/Language.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace {

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

bool isValidPhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9][0-9 ()./-]{3,23}[0-9]$)"));
    if (!pattern.match(phone).hasMatch())
        return false;
    return std::count_if(phone.cbegin(), phone.cend(), [](QChar c) { return c.isDigit(); }) >= 5;
}


} // namespace

struct DemoAccount::Actor
{
    qint64 id = 0;
    bool administrator = false;
};

DemoAccount::DemoAccount(const QString &databasePath, qint64 seedClientId)
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_store(databasePath, [this] { return now(); }, seedClientId)
{
}

DemoAccount::~DemoAccount()
{
    close();
}

QString DemoAccount::path() const
{
    return m_store.path();
}

QString DemoAccount::movedAsidePath() const
{
    return m_store.movedAsidePath();
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

Result<Done> DemoAccount::open(bool reset)
{
    m_actingUserId = 0;
    return m_store.open(reset);
}

Result<Done> DemoAccount::openForReading()
{
    m_actingUserId = 0;
    return m_store.openForReading();
}

bool DemoAccount::isOpen() const
{
    return m_store.isOpen();
}

void DemoAccount::close()
{
    m_store.close();
    m_actingUserId = 0;
}

Result<Done> DemoAccount::seedGenerated(int count)
{
    if (!isOpen())
        return m_store.notOpen();
    if (count < 1) {
        return failure(ApiError::Kind::Validation, 400,
                       QCoreApplication::translate("DemoAccount", "A generated account needs at least one user."));
    }
    const Result<Done> seeded = m_store.replaceWithGenerated(count);
    if (seeded)
        m_actingUserId = 0;
    return seeded;
}

qint64 DemoAccount::signedInId() const
{
    return m_actingUserId != 0 ? m_actingUserId : m_store.ownerId();
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
    const Result<std::optional<User>> found = m_store.user(signedInId());
    if (!found)
        return found.error();
    // Someone removed from the account, or deactivated, is no longer allowed anything.
    const std::optional<User> &u = found.value();
    if (!u || !u->activated || !u->isActive)
        return forbidden();
    return Actor{u->id, u->roleId(m_store.clientId()) == Role::Administrators};
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
    const Result<std::optional<User>> found = m_store.user(id);
    if (!found)
        return found.error();
    if (!found.value())
        return userNotFound();
    return *found.value();
}

Result<AccountInfo> DemoAccount::me() const
{
    if (!isOpen())
        return m_store.notOpen();
    AccountInfo info;
    info.clientId = m_store.clientId();
    info.currentUserId = signedInId();
    info.companyName = m_store.companyName();
    return info;
}

Result<UserPage> DemoAccount::listUsers(int offset, int limit) const
{
    return m_store.users(offset, limit);
}

Result<QHash<QString, ClientRoles>> DemoAccount::memberships(const QStringList &emails) const
{
    QList<User> people;
    if (emails.isEmpty()) {
        const Result<UserPage> all = m_store.users(0, 0);
        if (!all)
            return all.error();
        people = all.value().users;
    }
    for (const QString &email : emails) {
        const Result<qint64> id = m_store.userIdByEmail(email);
        if (!id)
            return id.error();
        if (id.value() == 0)
            continue;
        const Result<std::optional<User>> found = m_store.user(id.value());
        if (!found)
            return found.error();
        if (found.value())
            people.append(*found.value());
    }
    QHash<QString, ClientRoles> result;
    for (const User &person : std::as_const(people)) {
        if (!person.clientAndRoles.isEmpty())
            result.insert(EmailAddress::key(person.email), person.clientAndRoles.constFirst());
    }
    return result;
}

void DemoAccount::setElsewhere(QHash<QString, QList<ClientRoles>> elsewhere)
{
    m_store.setElsewhere(std::move(elsewhere));
}

QHash<QString, QList<ClientRoles>> DemoAccount::elsewhere() const
{
    return m_store.elsewhere();
}

qint64 DemoAccount::clientId() const
{
    return m_store.clientId();
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
    const qint64 clientId = m_store.clientId();
    if (request.clientId != 0 && request.clientId != clientId)
        return forbidden();

    const QString email = request.email.trimmed();
    const QString name = request.name.trimmed();
    const QString lang = request.lang.trimmed().isEmpty() ? QStringLiteral("en") : request.lang.trimmed();
    QHash<QString, QString> fields;
    if (request.clientId == 0)
        fields.insert(QStringLiteral("client_id"), Server::required());
    if (email.isEmpty())
        fields.insert(QStringLiteral("email"), Server::required());
    else if (!EmailAddress::isValid(email))
        fields.insert(QStringLiteral("email"), Server::invalidEmail());
    if (Role::byId(request.roleId).id == 0)
        fields.insert(QStringLiteral("user_role"), Server::invalidRole(request.roleId));
    if (!Language::accountCodes().contains(lang))
        fields.insert(QStringLiteral("lang"), notAValidChoice(lang));
    if (name.size() > MaxNameLength) {
        fields.insert(QStringLiteral("name"),
                      QCoreApplication::translate("DemoAccount", "Ensure this field has no more than %1 characters.")
                          .arg(MaxNameLength));
    }
    if (!fields.isEmpty())
        return fieldFailure(fields);

    const Result<qint64> existing = m_store.userIdByEmail(email);
    if (!existing)
        return existing.error();
    if (existing.value() != 0)
        return failure(ApiError::Kind::Validation, 400, Server::alreadyInvited(existing.value(), clientId));

    const Result<std::optional<DemoSeed::PlatformPerson>> person = m_store.platformPerson(email);
    if (!person)
        return person.error();
    const bool onPlatform = person.value().has_value();
    if (onPlatform && !person.value()->canJoin)
        return failure(ApiError::Kind::Validation, 400, Server::cannotBeAdded());
    // People registered on the platform already have a name; the invitation does not change it.
    const QString storedName = onPlatform && !person.value()->name.isEmpty() ? person.value()->name : name;

    const QDateTime time = now();
    if (m_dailyInviteLimit > 0) {
        const Result<DemoStore::Sent> sent = m_store.invitationsSentSince(admin.value().id, time.addMSecs(-DayMs));
        if (!sent)
            return sent.error();
        if (sent.value().count >= m_dailyInviteLimit) {
            ApiError e = failure(ApiError::Kind::RateLimited, 429,
                                 QCoreApplication::translate("DemoAccount",
                                                             "An administrator can invite at most %n new user(s) a "
                                                             "day. Try again later.",
                                                             nullptr, m_dailyInviteLimit));
            const qint64 waitMs = sent.value().earliest.toMSecsSinceEpoch() + DayMs - time.toMSecsSinceEpoch();
            e.retryAfterSecs = int(std::max<qint64>(1, (waitMs + 999) / 1000));
            return e;
        }
    }

    const Result<qint64> added =
        m_store.addInvitedUser({email, storedName, lang, request.roleId, admin.value().id, time});
    if (!added)
        return added.error();
    InviteResult result;
    result.userId = added.value();
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
    UserPatch change; // what is stored: trimmed, without repeats
    if (patch.name) {
        change.name = patch.name->trimmed();
        if (change.name->size() > MaxNameLength) {
            fields.insert(
                QStringLiteral("name"),
                QCoreApplication::translate("DemoAccount", "Ensure this field has no more than %1 characters.")
                    .arg(MaxNameLength));
        }
    }
    if (patch.lang) {
        change.lang = patch.lang->trimmed();
        if (!Language::accountCodes().contains(*change.lang))
            fields.insert(QStringLiteral("lang"), notAValidChoice(*change.lang));
    }
    if (patch.phone) {
        change.phone = patch.phone->trimmed();
        if (!change.phone->isEmpty() && !isValidPhone(*change.phone))
            fields.insert(QStringLiteral("phone"),
                          QCoreApplication::translate("DemoAccount", "Enter a valid phone number."));
    }
    if (patch.email) {
        change.email = patch.email->trimmed();
        if (change.email->isEmpty()) {
            fields.insert(QStringLiteral("email"), Server::required());
        } else if (!EmailAddress::isValid(*change.email)) {
            fields.insert(QStringLiteral("email"), Server::invalidEmail());
        } else {
            const Result<qint64> owner = m_store.userIdByEmail(*change.email);
            if (!owner)
                return owner.error();
            if (owner.value() != 0 && owner.value() != id) {
                fields.insert(
                    QStringLiteral("email"),
                    QCoreApplication::translate("DemoAccount", "A user with this email address already exists."));
            }
        }
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
        change.authTypes = types;
    }
    if (!fields.isEmpty())
        return fieldFailure(fields);
    if (!change.name && !change.lang && !change.phone && !change.email && !change.authTypes)
        return current;

    const Result<Done> updated = m_store.updateUser(id, change);
    if (!updated)
        return updated.error();
    return loadUser(id);
}

Result<int> DemoAccount::role(qint64 clientId, qint64 userId) const
{
    const Result<Actor> a = actor();
    if (!a)
        return a.error();
    if (clientId != m_store.clientId())
        return forbidden();
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    if (a.value().id != userId && !a.value().administrator)
        return forbidden();
    return target.value().roleId(clientId);
}

Result<Done> DemoAccount::setRole(qint64 clientId, qint64 userId, int roleId)
{
    const Result<Actor> admin = administrator();
    if (!admin)
        return admin.error();
    if (clientId != m_store.clientId())
        return forbidden();
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    if (Role::byId(roleId).id == 0)
        return fieldFailure({{QStringLiteral("user_role"), Server::invalidRole(roleId)}});
    const User &u = target.value();
    const int currentRole = u.roleId(clientId);
    if (currentRole == roleId)
        return Done{};
    if (currentRole == Role::Administrators && u.activated && u.isActive) {
        const Result<int> others = m_store.activeAdministratorsOtherThan(userId);
        if (!others)
            return others.error();
        if (others.value() == 0) {
            return forbidden(QCoreApplication::translate("DemoAccount",
                                                         "The account needs at least one active administrator. Make "
                                                         "someone else an administrator first."));
        }
    }
    return m_store.setRole(userId, roleId);
}

Result<Done> DemoAccount::removeUser(qint64 clientId, qint64 userId)
{
    const Result<Actor> admin = administrator();
    if (!admin)
        return admin.error();
    if (clientId != m_store.clientId())
        return forbidden();
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    if (userId == admin.value().id)
        return forbidden(QCoreApplication::translate("DemoAccount", "You can't remove yourself from the account."));
    const Result<int> tokens = m_store.unexpiredTokenCount(userId, now());
    if (!tokens)
        return tokens.error();
    if (tokens.value() > 0)
        return forbidden(Server::activeTokens());
    return m_store.removeUser(userId);
}

Result<Done> DemoAccount::resendInvitation(const QString &email)
{
    const Result<Actor> admin = administrator();
    if (!admin)
        return admin.error();
    const Result<qint64> id = m_store.userIdByEmail(email);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return failure(ApiError::Kind::NotFound, 404, Server::emailNotFound());
    const Result<User> target = loadUser(id.value());
    if (!target)
        return target.error();
    if (target.value().activated)
        return failure(ApiError::Kind::Validation, 400, Server::alreadyActivated());
    return m_store.setInvitationSentAt(id.value(), now());
}

Result<QList<ApiToken>> DemoAccount::tokens(qint64 clientId, qint64 userId) const
{
    const Result<Actor> a = actor();
    if (!a)
        return a.error();
    if (clientId != m_store.clientId())
        return forbidden();
    if (userId == 0) // the account's list: a member who is no administrator sees their own
        return m_store.tokens(a.value().administrator ? 0 : a.value().id);
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    if (a.value().id != userId && !a.value().administrator)
        return forbidden();
    return m_store.tokens(userId);
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
    const Result<Done> changed = m_store.setActive(userId, active);
    if (!changed)
        return changed.error();
    return loadUser(userId);
}

Result<ApiToken> DemoAccount::addToken(qint64 userId, const QString &name, const QDateTime &expiresAt)
{
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    if (name.trimmed().isEmpty())
        return fieldFailure({{QStringLiteral("name"), Server::required()}});
    return m_store.addToken(userId, name.trimmed(), now(), expiresAt);
}

Result<Done> DemoAccount::deleteToken(qint64 clientId, qint64 tokenId)
{
    const Result<Actor> a = actor();
    if (!a)
        return a.error();
    if (clientId != m_store.clientId())
        return forbidden();
    const Result<std::optional<ApiToken>> token = m_store.token(tokenId);
    if (!token)
        return token.error();
    if (!token.value())
        return failure(ApiError::Kind::NotFound, 404, QCoreApplication::translate("DemoAccount", "Token not found."));
    if (token.value()->userId != a.value().id && !a.value().administrator)
        return forbidden();
    const Result<bool> deleted = m_store.deleteToken(tokenId);
    if (!deleted)
        return deleted.error();
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
    const Result<Done> accepted = m_store.setActivated(userId);
    if (!accepted)
        return accepted.error();
    return loadUser(userId);
}

Result<QList<Project>> DemoAccount::projects() const
{
    const Result<Actor> a = actor();
    if (!a)
        return a.error();
    return m_store.projects();
}

Result<Done> DemoAccount::assignCloudRole(const CloudAssignment &assignment)
{
    const Result<Actor> admin = administrator();
    if (!admin)
        return admin.error();
    if (assignment.clientId != 0 && assignment.clientId != m_store.clientId())
        return forbidden();

    QHash<QString, QString> fields;
    const QString role = assignment.role.trimmed();
    if (role.isEmpty())
        fields.insert(QStringLiteral("role"), Server::required());
    else if (!CloudRole::isValid(role))
        fields.insert(QStringLiteral("role"), notAValidChoice(role));
    if (assignment.userId <= 0)
        fields.insert(QStringLiteral("user_id"), Server::required());

    if (assignment.projectId != 0) {
        const Result<bool> known = m_store.hasProject(assignment.projectId);
        if (!known)
            return known.error();
        if (!known.value()) {
            fields.insert(QStringLiteral("project_id"),
                          QCoreApplication::translate("DemoAccount", "Project %1 not found.").arg(assignment.projectId));
        }
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
    return m_store.assignCloudRole(assignment.userId, assignment.projectId, role);
}

Result<QList<CloudAssignment>> DemoAccount::cloudAssignments(qint64 userId) const
{
    const Result<User> target = loadUser(userId);
    if (!target)
        return target.error();
    return m_store.cloudAssignments(userId);
}
