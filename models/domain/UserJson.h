#pragma once

#include "ApiTypes.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

// Pure conversions between the account API's JSON and the domain types. They accept every
// variant account-api.md lists and turn anything else into an ApiError, never a crash.
namespace UserJson {

Result<User> userFromJson(const QJsonObject &object);
Result<User> parseUser(const QByteArray &body);
// `{"count","next","previous","results"}`, the older `{"result"}`, or a bare array.
Result<UserPage> parseUserPage(const QByteArray &body);

QJsonObject toJson(const User &user);

} // namespace UserJson
