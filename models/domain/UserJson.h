#pragma once

#include "ApiTypes.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

// Pure conversions between the account API's JSON and the domain types. They accept every
// variant account-api.md lists and turn anything else into an ApiError, never a crash.
namespace UserJson {

Result<User> userFromJson(const QJsonObject &object);
Result<User> parseUser(const QByteArray &body);
// `{"count","next","previous","results"}`, the older `{"result"}`, or a bare array. Records
// that cannot be read are skipped and counted (UserPage::unreadable); only a body that is not
// a list at all is an error.
Result<UserPage> parseUserPage(const QByteArray &body);

QJsonObject toJson(const User &user);

// The items of a list as the API sends it: a bare array, or an object's "results" (older
// servers: "result"). False when there is none.
bool listFromJson(const QJsonDocument &document, QJsonArray *items);

// The largest id (and count) Roster accepts: 2^53 - 1, the largest integer every JSON reader
// holds exactly.
inline constexpr qint64 MaxId = (qint64(1) << 53) - 1;

// An id as the API sends it: an integer, a float (123456.0) or a string ("2"), within
// ±MaxId whichever it is. False for anything else.
bool idFromJson(const QJsonValue &value, qint64 *out);

} // namespace UserJson
