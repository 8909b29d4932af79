#pragma once

#include "User.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One page of the users list.
struct UserPage
{
    QList<User> users; // the readable ones
    qint64 count = -1; // total on the server; -1 when the server did not say
    bool hasNext = false;
    int received = 0; // entries in the list, readable or not
    int unreadable = 0; // entries skipped because they could not be read
    QString unreadableReason; // why the first of them could not be
};

// Who is signed in, in which account (`GET /iam/clients/me`).
struct AccountInfo
{
    qint64 clientId = 0;
    qint64 currentUserId = 0;
    QString companyName;
};

// Cloud access scope chosen when inviting (the Gcore invite dialog, step 7).
struct CloudAccess
{
    enum class Scope : quint8 { Client, Project };
    Scope scope = Scope::Client;
    bool clientAdministrator = false; // Scope::Client: none or administrator for all projects
    QList<QPair<qint64, QString>> projectRoles; // Scope::Project: project id -> cloud role
};

// A project of the Cloud service (`GET /cloud/v1/projects`).
struct Project
{
    qint64 id = 0;
    QString name;
    bool isDefault = false;
};

// A Cloud role given to a user (`POST /cloud/v1/users/assignments`): for the whole account
// (clientId set, projectId 0) or for one project (projectId set).
struct CloudAssignment
{
    QString role; // one of CloudRole::all()
    qint64 userId = 0;
    qint64 clientId = 0; // 0: not sent
    qint64 projectId = 0; // 0: not sent
};

struct InviteRequest
{
    qint64 clientId = 0;
    QString email;
    QString name;
    QString lang = QStringLiteral("en");
    int roleId = 2;
    CloudAccess cloud;
};

struct InviteResult
{
    qint64 userId = 0;
    bool existingAccount = false; // the person already had an account: access notice, not an invitation
};

// Fields of `PATCH /iam/users/{id}`; only the set ones are sent.
struct UserPatch
{
    std::optional<QString> name;
    std::optional<QString> lang;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QStringList> authTypes;
};

// A permanent API token issued by a user.
struct ApiToken
{
    qint64 id = 0;
    QString name;
    QDateTime expiresAt; // invalid: never expires
    qint64 userId = 0; // the issuer
    // What the account's list tells of the issuer (`client_user`): `issuerDeleted` once they
    // were removed ("The user has been deleted"); email and name may be empty.
    QString issuerEmail;
    QString issuerName;
    bool issuerDeleted = false;
    QDateTime createdAt; // invalid: not told
    QDateTime lastUsedAt; // invalid: never used, or not told
    bool expiredFlag = false; // the server says it has expired (`expired`)

    bool isExpired(const QDateTime &now) const
    {
        return expiredFlag || (expiresAt.isValid() && expiresAt <= now);
    }
};

// A list of API tokens; `unreadable` counts the entries that could not be read and are left
// out (one damaged entry never hides the others).
struct TokenList
{
    QList<ApiToken> tokens;
    int unreadable = 0;
};

// A person's Cloud roles (GET /cloud/v1/users/assignments?user_id=), the same way.
struct CloudAssignmentList
{
    QList<CloudAssignment> assignments;
    int unreadable = 0;
};
