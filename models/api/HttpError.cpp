#include "HttpError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace {

// Messages the account API is known to send (account-api.md). lupdate collects them, so a
// translation can replace the server's English text; anything else is shown as it came.
const char *const KnownServerMessages[] = {
    QT_TRANSLATE_NOOP("ServerMessage", "This field is required"),
    QT_TRANSLATE_NOOP("ServerMessage", "This field is required."),
    QT_TRANSLATE_NOOP("ServerMessage", "User not found."),
    QT_TRANSLATE_NOOP("ServerMessage", "User with given email not found."),
    QT_TRANSLATE_NOOP("ServerMessage", "This user already activated."),
    QT_TRANSLATE_NOOP("ServerMessage", "This user cannot be added to this client."),
    QT_TRANSLATE_NOOP("ServerMessage", "You can't remove the user as they have active tokens"),
    QT_TRANSLATE_NOOP("ServerMessage", "You do not have permission to perform this action."),
    QT_TRANSLATE_NOOP("ServerMessage", "No active account found with the given credentials."),
    QT_TRANSLATE_NOOP("ServerMessage", "Enter a valid email address."),
};

ApiError::Kind kindOf(int status)
{
    switch (status) {
    case 0:
        return ApiError::Kind::Network;
    case 400:
    case 409:
    case 422:
        return ApiError::Kind::Validation;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
    case 410:
        return ApiError::Kind::NotFound;
    case 405:
    case 501:
        return ApiError::Kind::Unsupported;
    case 408:
    case 504:
        return ApiError::Kind::Timeout;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::BadResponse;
    }
}

// Every string in a JSON value, depth first: "msg", ["a", "b"], {"errors": [...]}.
void collectTexts(const QJsonValue &value, QStringList *out)
{
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (!text.isEmpty())
            out->append(text);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectTexts(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectTexts(it.value(), out);
    }
}

QString joined(const QStringList &texts)
{
    QStringList translated;
    for (const QString &text : texts)
        translated.append(HttpError::translateServerMessage(text));
    return translated.join(u' ');
}

// Field names the server uses for "the request as a whole" rather than one field.
bool isGeneralField(const QString &field)
{
    return field == QLatin1String("errors") || field == QLatin1String("non_field_errors")
        || field == QLatin1String("detail") || field == QLatin1String("__all__");
}

} // namespace

namespace HttpError {

QString translateServerMessage(const QString &text)
{
    for (const char *known : KnownServerMessages) {
        if (text == QLatin1String(known))
            return QCoreApplication::translate("ServerMessage", known);
    }
    return text;
}

int retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 24 * 3600));
    // An HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"); Qt reads RFC 2822 with a numeric zone.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.left(date.size() - 4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(now.secsTo(when), 0, 24 * 3600));
}

ApiError fromResponse(int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now)
{
    ApiError error;
    error.kind = kindOf(status);
    error.httpStatus = status;
    if (status == 429 || status == 503)
        error.retryAfterSecs = retryAfterSeconds(retryAfter, now);

    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (body.trimmed().startsWith('"')) // a bare JSON string: "User not found."
        doc = QJsonDocument::fromJson('[' + body + ']', &parseError);
    QStringList general;
    if (parseError.error == QJsonParseError::NoError) {
        if (doc.isArray()) {
            collectTexts(doc.array(), &general); // ["User 5 has already been invited to client 7"]
        } else if (doc.isObject()) {
            const QJsonObject object = doc.object();
            const QJsonValue errors = object.value(QLatin1String("errors"));
            if (errors.isObject()) {
                // {"errors": {field: [msgs]}}, {"errors": {field: "msg"}}, {"errors": {"errors": [...]}}
                const QJsonObject fields = errors.toObject();
                for (auto it = fields.begin(); it != fields.end(); ++it) {
                    QStringList texts;
                    collectTexts(it.value(), &texts);
                    if (texts.isEmpty())
                        continue;
                    if (isGeneralField(it.key()))
                        general.append(texts);
                    else
                        error.fieldErrors.insert(it.key(), joined(texts));
                }
            } else {
                collectTexts(errors, &general);
            }
            for (const char *key : {"message", "detail", "error", "error_description"})
                collectTexts(object.value(QLatin1String(key)), &general);
        }
    }
    // Person-readable: what the server said, else what the status means. Field messages
    // are shown next to their fields; the overall message names them too.
    if (!general.isEmpty()) {
        error.message = joined(general);
    } else if (!error.fieldErrors.isEmpty()) {
        QStringList parts;
        QStringList fields = error.fieldErrors.keys();
        fields.sort();
        for (const QString &field : std::as_const(fields))
            parts.append(QCoreApplication::translate("HttpError", "%1: %2").arg(field, error.fieldErrors.value(field)));
        error.message = parts.join(u' ');
    } else {
        error.message = ApiError::describe(error.kind);
        if (error.kind == ApiError::Kind::BadResponse && status > 0)
            error.message = QCoreApplication::translate("HttpError", "The server answered with an unexpected status (%1).")
                                .arg(status);
    }
    if (error.kind == ApiError::Kind::RateLimited && error.retryAfterSecs > 0)
        error.message += u' ' + QCoreApplication::translate("HttpError", "Try again in %n second(s).", nullptr, error.retryAfterSecs);
    return error;
}

} // namespace HttpError
