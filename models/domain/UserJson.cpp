#include "UserJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <variant>
#include <vector>

namespace {

// Optional string: null/absent give an empty string; other types are an error.
bool toText(const QJsonValue &value, QString *out)
{
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

bool toFlag(const QJsonValue &value, bool fallback, bool *out)
{
    if (value.isUndefined() || value.isNull()) {
        *out = fallback;
        return true;
    }
    if (!value.isBool())
        return false;
    *out = value.toBool();
    return true;
}

QString fieldError(const QString &field)
{
    return QCoreApplication::translate("UserJson", "the field \"%1\" of a user has an unexpected value").arg(field);
}

QString idError()
{
    return QCoreApplication::translate("UserJson", "the server sent no usable id");
}

Result<QJsonDocument> parseDocument(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (body.trimmed().isEmpty())
            return ApiError::badResponse(QCoreApplication::translate("UserJson", "the response is empty"));
        return ApiError::badResponse(QCoreApplication::translate("UserJson", "invalid JSON at offset %1 (%2)")
                                         .arg(error.offset)
                                         .arg(error.errorString()));
    }
    return doc;
}

} // namespace

namespace UserJson {

namespace {

// The values most users of a page have in common (language, company, the same groups and
// roles), kept once: a page of a thousand users then holds one "en", not a thousand. Qt's
// implicit sharing does the rest; the users are equal either way.
class SharedValues
{
public:
    void share(User &user)
    {
        text(user.lang);
        text(user.company);
        text(user.userType);
        same(user.groups, m_groups);
        same(user.authTypes, m_authTypes);
        for (ClientRoles &roles : user.clientAndRoles) {
            text(roles.companyName);
            same(roles.roleIds, m_roleIds);
        }
    }

private:
    void text(QString &value)
    {
        if (value.isEmpty())
            return;
        const auto known = m_texts.constFind(value);
        if (known != m_texts.cend())
            value = *known;
        else if (m_texts.size() < 4096)
            m_texts.insert(value);
    }
    // Kept once per distinct value among the first few a page brings (a page's users often
    // alternate between a few groups or roles), the last one found looked at first.
    template <typename List>
    static void same(List &value, std::vector<List> &known)
    {
        if (value.isEmpty())
            return;
        for (size_t i = known.size(); i-- > 0;) {
            if (known[i] == value) {
                value = known[i];
                if (i + 1 != known.size())
                    std::swap(known[i], known.back());
                return;
            }
        }
        if (known.size() < MaxKnownLists)
            known.push_back(value);
    }
    static constexpr size_t MaxKnownLists = 16;

    QSet<QString> m_texts;
    std::vector<QList<UserGroup>> m_groups;
    std::vector<QStringList> m_authTypes;
    std::vector<QList<int>> m_roleIds;
};

// The record as a user, or why it cannot be one (the detail of a BadResponse).
std::variant<User, QString> readUser(const QJsonObject &o)
{
    User user;
    if (!UserJson::idFromJson(o.value(QLatin1String("id")), &user.id) || user.id <= 0)
        return idError();
    // A missing or null email shows as empty: the rest of the record is still worth showing.
    if (!toText(o.value(QLatin1String("email")), &user.email))
        return fieldError(QStringLiteral("email"));

    if (!toText(o.value(QLatin1String("name")), &user.name))
        return fieldError(QStringLiteral("name"));
    if (!toText(o.value(QLatin1String("lang")), &user.lang))
        return fieldError(QStringLiteral("lang"));
    if (!toText(o.value(QLatin1String("phone")), &user.phone))
        return fieldError(QStringLiteral("phone"));
    if (!toText(o.value(QLatin1String("company")), &user.company))
        return fieldError(QStringLiteral("company"));
    if (!toText(o.value(QLatin1String("user_type")), &user.userType))
        return fieldError(QStringLiteral("user_type"));

    const QJsonValue reseller = o.value(QLatin1String("reseller"));
    if (!reseller.isNull() && !reseller.isUndefined() && !UserJson::idFromJson(reseller, &user.reseller))
        return fieldError(QStringLiteral("reseller"));
    const QJsonValue client = o.value(QLatin1String("client"));
    if (!client.isNull() && !client.isUndefined() && !UserJson::idFromJson(client, &user.client))
        return fieldError(QStringLiteral("client"));

    if (!toFlag(o.value(QLatin1String("deleted")), false, &user.deleted))
        return fieldError(QStringLiteral("deleted"));
    if (!toFlag(o.value(QLatin1String("activated")), false, &user.activated))
        return fieldError(QStringLiteral("activated"));
    if (!toFlag(o.value(QLatin1String("sso_auth")), false, &user.ssoAuth))
        return fieldError(QStringLiteral("sso_auth"));
    if (!toFlag(o.value(QLatin1String("two_fa")), false, &user.twoFa))
        return fieldError(QStringLiteral("two_fa"));
    if (!toFlag(o.value(QLatin1String("is_active")), true, &user.isActive))
        return fieldError(QStringLiteral("is_active"));

    const QJsonValue groups = o.value(QLatin1String("groups"));
    if (groups.isArray()) {
        for (const QJsonValue &g : groups.toArray()) {
            const QJsonObject go = g.toObject();
            qint64 gid = 0;
            if (!g.isObject() || !UserJson::idFromJson(go.value(QLatin1String("id")), &gid))
                return fieldError(QStringLiteral("groups"));
            UserGroup group;
            group.id = int(gid);
            toText(go.value(QLatin1String("name")), &group.name);
            user.groups.append(group);
        }
    } else if (!groups.isNull() && !groups.isUndefined()) {
        return fieldError(QStringLiteral("groups"));
    }

    const QJsonValue authTypes = o.value(QLatin1String("auth_types"));
    if (authTypes.isArray()) {
        for (const QJsonValue &t : authTypes.toArray()) {
            if (!t.isString())
                return fieldError(QStringLiteral("auth_types"));
            user.authTypes.append(t.toString());
        }
    } else if (!authTypes.isNull() && !authTypes.isUndefined()) {
        return fieldError(QStringLiteral("auth_types"));
    }

    const QJsonValue roles = o.value(QLatin1String("client_and_roles"));
    if (roles.isArray()) {
        for (const QJsonValue &r : roles.toArray()) {
            if (!r.isObject())
                return fieldError(QStringLiteral("client_and_roles"));
            const QJsonObject ro = r.toObject();
            ClientRoles entry;
            if (!UserJson::idFromJson(ro.value(QLatin1String("client_id")), &entry.clientId))
                return fieldError(QStringLiteral("client_and_roles"));
            toText(ro.value(QLatin1String("client_company_name")), &entry.companyName);
            const QJsonValue uid = ro.value(QLatin1String("user_id"));
            if (!uid.isNull() && !uid.isUndefined() && !UserJson::idFromJson(uid, &entry.userId))
                return fieldError(QStringLiteral("client_and_roles"));
            const QJsonValue ids = ro.value(QLatin1String("user_roles"));
            if (ids.isArray()) {
                for (const QJsonValue &id : ids.toArray()) {
                    qint64 roleId = 0;
                    if (!UserJson::idFromJson(id, &roleId))
                        return fieldError(QStringLiteral("user_roles"));
                    entry.roleIds.append(int(roleId));
                }
            } else if (!ids.isNull() && !ids.isUndefined()) {
                return fieldError(QStringLiteral("user_roles"));
            }
            user.clientAndRoles.append(entry);
        }
    } else if (!roles.isNull() && !roles.isUndefined()) {
        return fieldError(QStringLiteral("client_and_roles"));
    }
    return user;
}

} // namespace

Result<User> userFromJson(const QJsonObject &object)
{
    std::variant<User, QString> read = readUser(object);
    if (auto *why = std::get_if<QString>(&read))
        return ApiError::badResponse(*why);
    return std::get<User>(std::move(read));
}

Result<User> parseUser(const QByteArray &body)
{
    Result<QJsonDocument> doc = parseDocument(body);
    if (!doc)
        return doc.error();
    if (!doc.value().isObject())
        return ApiError::badResponse(QCoreApplication::translate("UserJson", "a user was expected"));
    return userFromJson(doc.value().object());
}

Result<UserPage> parseUserPage(const QByteArray &body)
{
    Result<QJsonDocument> doc = parseDocument(body);
    if (!doc)
        return doc.error();

    if (!doc.value().isArray() && !doc.value().isObject())
        return ApiError::badResponse(QCoreApplication::translate("UserJson", "a list of users was expected"));
    UserPage page;
    QJsonArray list;
    if (!UserJson::listFromJson(doc.value(), &list))
        return ApiError::badResponse(QCoreApplication::translate("UserJson", "the list of users is missing"));
    if (doc.value().isObject()) {
        const QJsonObject o = doc.value().object();
        const QJsonValue count = o.value(QLatin1String("count"));
        qint64 total = -1;
        if (!count.isUndefined() && !count.isNull() && (!UserJson::idFromJson(count, &total) || total < 0))
            return ApiError::badResponse(QCoreApplication::translate("UserJson", "the user count is not a number"));
        page.count = total;
        const QJsonValue next = o.value(QLatin1String("next"));
        page.hasNext = next.isString() && !next.toString().isEmpty();
    }

    // One unreadable record hides nobody: it is counted, with the first reason, and skipped.
    page.received = int(list.size());
    page.users.reserve(list.size());
    SharedValues shared;
    for (const QJsonValue &item : std::as_const(list)) {
        std::variant<User, QString> user = item.isObject()
            ? readUser(item.toObject())
            : QCoreApplication::translate("UserJson", "an entry of the user list is not a user");
        if (auto *read = std::get_if<User>(&user)) {
            shared.share(*read);
            page.users.append(std::move(*read));
        } else if (page.unreadable++ == 0) {
            page.unreadableReason = std::get<QString>(user);
        }
    }
    return page;
}

bool listFromJson(const QJsonDocument &document, QJsonArray *items)
{
    if (document.isArray()) {
        *items = document.array();
        return true;
    }
    QJsonValue list = document.object().value(QLatin1String("results"));
    if (list.isUndefined())
        list = document.object().value(QLatin1String("result"));
    if (!list.isArray())
        return false;
    *items = list.toArray();
    return true;
}

QJsonObject toJson(const User &user)
{
    const auto textOrNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonArray groups;
    for (const UserGroup &g : user.groups)
        groups.append(QJsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name}});
    QJsonArray roles;
    for (const ClientRoles &entry : user.clientAndRoles) {
        QJsonArray ids;
        for (int id : entry.roleIds)
            ids.append(QString::number(id));
        roles.append(QJsonObject{{QStringLiteral("client_id"), entry.clientId},
                                 {QStringLiteral("client_company_name"), entry.companyName},
                                 {QStringLiteral("user_id"), entry.userId},
                                 {QStringLiteral("user_roles"), ids}});
    }
    return QJsonObject{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("name"), textOrNull(user.name)},
        {QStringLiteral("lang"), user.lang},
        {QStringLiteral("phone"), textOrNull(user.phone)},
        {QStringLiteral("company"), user.company},
        {QStringLiteral("reseller"), user.reseller},
        {QStringLiteral("client"), user.client},
        {QStringLiteral("deleted"), user.deleted},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("activated"), user.activated},
        {QStringLiteral("sso_auth"), user.ssoAuth},
        {QStringLiteral("two_fa"), user.twoFa},
        {QStringLiteral("auth_types"), QJsonArray::fromStringList(user.authTypes)},
        {QStringLiteral("user_type"), user.userType.isEmpty() ? QStringLiteral("common") : user.userType},
        {QStringLiteral("is_active"), user.isActive},
        {QStringLiteral("client_and_roles"), roles},
    };
}


bool idFromJson(const QJsonValue &value, qint64 *out)
{
    // One rule for numbers and strings: an integer a JSON number holds exactly (|n| < 2^53),
    // so an id reads back the same from the cache and compares the same everywhere.
    qint64 v = 0;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > double(MaxId))
            return false;
        v = static_cast<qint64>(d);
    } else if (value.isString()) {
        bool ok = false;
        v = value.toString().trimmed().toLongLong(&ok);
        if (!ok || v > MaxId || v < -MaxId)
            return false;
    } else {
        return false;
    }
    *out = v;
    return true;
}

} // namespace UserJson
