#include "DemoUserReader.h"

#include "domain/EmailAddress.h"

#include "domain/Role.h"

#include <QByteArrayView>
#include <QHash>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace {

const char *const UserColumns =
    "id, email, name, lang, phone, role_id, activated, is_active, two_fa, auth_types, invitation_sent_at";

QString selectUsers(const char *rest)
{
    return QLatin1String("SELECT ") + QLatin1String(UserColumns) + QLatin1String(" FROM users ") + QLatin1String(rest);
}

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
User userFromRow(sqlite3_stmt *stmt, const DemoUserReader::Account &facts, SharedValues &shared)
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
        known = shared.authTypes.insert(authTypes,
                                        QString::fromUtf8(authTypes).split(QLatin1Char(','), Qt::SkipEmptyParts));
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
    if (facts.elsewhere && !facts.elsewhere->isEmpty()) {
        const auto other = facts.elsewhere->constFind(EmailAddress::key(u.email));
        if (other != facts.elsewhere->cend())
            u.clientAndRoles.append(other.value());
    }
    return u;
}

} // namespace

DemoUserReader::DemoUserReader(const QSqlDatabase &db, Account account)
    : m_db(db)
    , m_account(std::move(account))
{
}

bool DemoUserReader::read(const char *rest, std::initializer_list<qint64> values, int expected, QList<User> *users)
{
    sqlite3 *db = nullptr;
    const QVariant handle = m_db.isValid() ? m_db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db) {
        m_error = QStringLiteral("no SQLite handle");
        return false;
    }

    const QByteArray sql = selectUsers(rest).toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(stmt, sqlite3_finalize);
    int index = 1;
    for (qint64 value : values)
        sqlite3_bind_int64(stmt, index++, value);

    SharedValues shared;
    users->clear();
    users->reserve(std::max(expected, 0));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        users->append(userFromRow(stmt, m_account, shared));
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}
