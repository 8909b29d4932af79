#include "ApiJson.h"

#include "domain/UserJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <climits>
#include <cmath>
#include <utility>

namespace {

// 9999-12-31T23:59:59Z: QDateTime holds far more, but no token lives that long, and a double
// beyond qint64 must never reach the cast.
constexpr double LastExpirySecs = 253402300799.0;

// A time of the token list: ISO 8601, UTC unless it names an offset. Absent, null or empty
// leaves `out` invalid and is fine; anything else unreadable is not.
bool tokenTimeFromJson(const QJsonValue &value, QDateTime *out)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return true;
    if (!value.isString())
        return false;
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return false;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    *out = time.toUTC();
    return true;
}

} // namespace

// The messages keep GcoreAccountApi's translation context: they are what that class reports.
namespace ApiJson {

Result<QJsonDocument> parseJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (body.trimmed().isEmpty())
            return ApiError::badResponse(QCoreApplication::translate("GcoreAccountApi", "the response is empty"));
        return ApiError::badResponse(QCoreApplication::translate("GcoreAccountApi", "invalid JSON at offset %1 (%2)")
                                         .arg(error.offset)
                                         .arg(error.errorString()));
    }
    return doc;
}

Result<QJsonArray> parseList(const QByteArray &body, const QString &missing)
{
    const Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return doc.error();
    QJsonArray list;
    if (!UserJson::listFromJson(doc.value(), &list))
        return ApiError::badResponse(missing);
    return list;
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return doc.error();
    if (!doc.value().isObject())
        return ApiError::badResponse(QCoreApplication::translate("GcoreAccountApi", "a JSON object was expected"));
    return doc.value().object();
}

Result<AccountInfo> parseAccountInfo(const QByteArray &body)
{
    const Result<QJsonObject> object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonObject &o = object.value();
    AccountInfo info;
    if (!UserJson::idFromJson(o.value(QLatin1String("id")), &info.clientId) || info.clientId <= 0)
        return ApiError::badResponse(QCoreApplication::translate("GcoreAccountApi", "the account id is missing"));
    if (!UserJson::idFromJson(o.value(QLatin1String("currentUser")), &info.currentUserId) || info.currentUserId <= 0)
        return ApiError::badResponse(QCoreApplication::translate("GcoreAccountApi", "the signed-in user is missing"));
    const QJsonValue company = o.value(QLatin1String("companyName"));
    if (!company.isString() && !company.isNull() && !company.isUndefined())
        return ApiError::badResponse(QCoreApplication::translate("GcoreAccountApi", "the company name is not text"));
    info.companyName = company.toString();
    return info;
}

Result<InviteResult> parseInviteResult(const QByteArray &body)
{
    const Result<QJsonObject> object = parseObject(body);
    if (!object)
        return object.error();
    InviteResult result;
    if (!UserJson::idFromJson(object.value().value(QLatin1String("user_id")), &result.userId) || result.userId <= 0)
        return ApiError::badResponse(QCoreApplication::translate("GcoreAccountApi", "the invited user's id is missing"));
    return result;
}

Result<int> parseRole(const QByteArray &body)
{
    const Result<QJsonObject> object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue role = object.value().value(QLatin1String("user_role"));
    qint64 id = 0;
    if (!role.isObject() || !UserJson::idFromJson(role.toObject().value(QLatin1String("id")), &id) || id <= 0
        || id > INT_MAX)
        return ApiError::badResponse(QCoreApplication::translate("GcoreAccountApi", "the role is missing"));
    return int(id);
}

Result<TokenList> parseTokens(const QByteArray &body, qint64 issuer)
{
    const Result<QJsonArray> listed =
        parseList(body, QCoreApplication::translate("GcoreAccountApi", "the list of API tokens is missing"));
    if (!listed)
        return listed.error();
    const QJsonArray &list = listed.value();
    TokenList result;
    result.tokens.reserve(list.size());
    for (const QJsonValue &item : std::as_const(list)) {
        const QJsonObject o = item.toObject();
        ApiToken token;
        const QJsonValue expired = o.value(QLatin1String("expired"));
        if (!item.isObject() || !UserJson::idFromJson(o.value(QLatin1String("id")), &token.id)
            || !tokenTimeFromJson(o.value(QLatin1String("exp_date")), &token.expiresAt)
            || !tokenTimeFromJson(o.value(QLatin1String("created")), &token.createdAt)
            || !tokenTimeFromJson(o.value(QLatin1String("last_usage")), &token.lastUsedAt)) {
            ++result.unreadable;
            continue;
        }
        token.name = o.value(QLatin1String("name")).toString();
        token.expiredFlag = expired.toBool(false);
        const QJsonObject issuedBy = o.value(QLatin1String("client_user")).toObject();
        if (!UserJson::idFromJson(issuedBy.value(QLatin1String("user_id")), &token.userId))
            token.userId = issuer;
        token.issuerEmail = issuedBy.value(QLatin1String("user_email")).toString();
        token.issuerName = issuedBy.value(QLatin1String("user_name")).toString();
        token.issuerDeleted = issuedBy.value(QLatin1String("deleted")).toBool(false);
        result.tokens.append(std::move(token));
    }
    return result;
}

Result<CloudAssignmentList> parseCloudAssignments(const QByteArray &body)
{
    const Result<QJsonArray> listed =
        parseList(body, QCoreApplication::translate("GcoreAccountApi", "the list of Cloud roles is missing"));
    if (!listed)
        return listed.error();
    const QJsonArray &list = listed.value();
    CloudAssignmentList result;
    for (const QJsonValue &item : std::as_const(list)) {
        const QJsonObject o = item.toObject();
        CloudAssignment assignment;
        assignment.role = o.value(QLatin1String("role")).toString();
        const auto optionalId = [&o](const char *key, qint64 *id) {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isUndefined() || v.isNull() || UserJson::idFromJson(v, id);
        };
        if (!item.isObject() || assignment.role.isEmpty()
            || !UserJson::idFromJson(o.value(QLatin1String("user_id")), &assignment.userId)
            || !optionalId("client_id", &assignment.clientId) || !optionalId("project_id", &assignment.projectId)) {
            ++result.unreadable;
            continue;
        }
        result.assignments.append(std::move(assignment));
    }
    return result;
}

Result<QList<Project>> parseProjects(const QByteArray &body)
{
    const Result<QJsonArray> listed =
        parseList(body, QCoreApplication::translate("GcoreAccountApi", "the list of projects is missing"));
    if (!listed)
        return listed.error();
    const QJsonArray &list = listed.value();
    QList<Project> projects;
    projects.reserve(list.size());
    for (const QJsonValue &item : std::as_const(list)) {
        const QJsonObject o = item.toObject();
        Project project;
        if (!item.isObject() || !UserJson::idFromJson(o.value(QLatin1String("id")), &project.id) || project.id <= 0)
            return ApiError::badResponse(QCoreApplication::translate("GcoreAccountApi", "a project has no id"));
        project.name = o.value(QLatin1String("name")).toString();
        if (project.name.isEmpty())
            project.name = QCoreApplication::translate("GcoreAccountApi", "Project %1").arg(project.id);
        project.isDefault = o.value(QLatin1String("is_default")).toBool();
        projects.append(project);
    }
    return projects;
}

Result<SessionTokens> parseSessionTokens(const QByteArray &body)
{
    const Result<QJsonObject> object = parseObject(body);
    if (!object)
        return object.error();
    SessionTokens tokens;
    tokens.access = object.value().value(QLatin1String("access")).toString();
    tokens.refresh = object.value().value(QLatin1String("refresh")).toString();
    if (tokens.access.isEmpty() || tokens.refresh.isEmpty())
        return ApiError::badResponse(QCoreApplication::translate("GcoreAccountApi", "the sign-in tokens are missing"));
    return tokens;
}

QDateTime jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray payload =
        QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonValue exp = QJsonDocument::fromJson(payload).object().value(QLatin1String("exp"));
    if (!exp.isDouble())
        return {};
    // JSON numbers are doubles: 9e83 or -1e300 would overflow the cast (undefined behaviour).
    const double seconds = exp.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > LastExpirySecs)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

} // namespace ApiJson
