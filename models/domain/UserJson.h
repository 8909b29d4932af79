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
// `{"count","next","previous","results"}`, the older `{"result"}`, or a bare array.
Result<UserPage> parseUserPage(const QByteArray &body);

QJsonObject toJson(const User &user);

// The items of a list as the API sends it: a bare array, or an object's "results" (older
// servers: "result"). False when there is none.
bool listFromJson(const QJsonDocument &document, QJsonArray *items);

// An id as the API sends it: an integer, a float (123456.0) or a string ("2"). False for
// anything else.
bool idFromJson(const QJsonValue &value, qint64 *out);

} // namespace UserJson
