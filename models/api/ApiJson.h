#pragma once

#include "domain/ApiTypes.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

// Pure readers of what GcoreAccountApi's server sends, apart from users (UserJson) and error
// bodies (HttpError): tested on bytes and fuzzed (tests/fuzz). Anything unexpected ends as an
// ApiError (or an invalid value), never a crash.
namespace ApiJson {

// The `{"access","refresh"}` pair of a sign-in, a refresh or an account switch.
struct SessionTokens
{
    QString access;
    QString refresh;
};

Result<QJsonDocument> parseJson(const QByteArray &body);
Result<QJsonObject> parseObject(const QByteArray &body);
// The list of a list answer (a bare array, or an object's "results" or "result"); a body with
// none fails with `missing`.
Result<QJsonArray> parseList(const QByteArray &body, const QString &missing);

// `GET /iam/clients/me`.
Result<AccountInfo> parseAccountInfo(const QByteArray &body);
// `POST /iam/clients/invite_user`: `{"status","user_id"}`.
Result<InviteResult> parseInviteResult(const QByteArray &body);
// `GET /iam/clients/{clientId}/client-users/{userId}`: the role id of `{"user_role":{"id"}}`.
Result<int> parseRole(const QByteArray &body);
// The API tokens of `GET /iam/v2/clients/{clientId}/tokens`; a token that names no issuer
// is `issuer`'s. A token without a readable id or with an unreadable time is left out and
// counted in `unreadable`; only a body that is no list at all fails.
Result<TokenList> parseTokens(const QByteArray &body, qint64 issuer);
// `GET /cloud/v1/users/assignments`: `{"count","results":[{"role","user_id","client_id",
// "project_id",...}]}` (or a bare array); an entry without a role or a readable user id is left
// out and counted.
Result<CloudAssignmentList> parseCloudAssignments(const QByteArray &body);
// `GET /cloud/v1/projects`: `{"count","results":[...]}`, `{"result":[...]}` or a bare array.
Result<QList<Project>> parseProjects(const QByteArray &body);
// The answer of `/iam/auth/jwt/login`, `/iam/auth/jwt/refresh` and `/iam/auth/jwt/clients/{id}/login`.
Result<SessionTokens> parseSessionTokens(const QByteArray &body);

// The expiry a JWT carries in its `exp` claim (UTC); invalid when the token is not a readable
// JWT or its `exp` is not a time from 1970 to the end of the year 9999.
QDateTime jwtExpiry(const QString &token);

} // namespace ApiJson
