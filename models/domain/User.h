#pragma once

#include "SignInMethod.h"
#include "UserStatus.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct UserGroup
{
    int id = 0;
    QString name;
    friend bool operator==(const UserGroup &a, const UserGroup &b) { return a.id == b.id && a.name == b.name; }
};

// One entry of `client_and_roles`: the user's roles in one account.
struct ClientRoles
{
    qint64 clientId = 0;
    QString companyName;
    qint64 userId = 0;
    QList<int> roleIds;
    friend bool operator==(const ClientRoles &a, const ClientRoles &b)
    {
        return a.clientId == b.clientId && a.companyName == b.companyName && a.userId == b.userId
            && a.roleIds == b.roleIds;
    }
};

// A user of the account, as the account API describes it (account-api.md, "Users"),
// plus what only this app knows: when it sent the invitation.
struct User
{
    qint64 id = 0;
    QString email;
    QString name; // may be empty (the API sends null)
    QString lang; // en, de, ru, zh (az is known to the server too)
    QString phone;
    QString company;
    qint64 reseller = 0;
    qint64 client = 0; // the account this record was read from
    QList<UserGroup> groups;
    QStringList authTypes;
    QString userType;
    QList<ClientRoles> clientAndRoles;
    // The flags side by side: a million users are a million of these.
    bool deleted = false;
    bool activated = false; // accepted the invitation
    bool ssoAuth = false;
    bool twoFa = false;
    bool isActive = true;

    // Local knowledge, not from the API: when this app sent or resent the invitation.
    // Invalid when unknown.
    QDateTime invitationSentAt;

    // The role the user holds in `clientId` (or in their own `client` when 0): the first role
    // listed for that account, falling back to the first group. 0 when none is known.
    int roleId(qint64 clientId = 0) const;
    // How the user can sign in: the documented `auth_types`, and SSO when `sso_auth` says so.
    SignInMethods signInMethods() const;

    // Status as account-api.md defines it, at time `now`.
    UserStatus status(const QDateTime &now) const;
    // When the invitation stops being valid; invalid when unknown or not pending.
    QDateTime invitationExpiresAt() const;

    friend bool operator==(const User &a, const User &b);
    friend bool operator!=(const User &a, const User &b) { return !(a == b); }
};

// An invitation link is valid for this long (account-api.md, "Rules").
inline constexpr qint64 InvitationValiditySecs = 24 * 60 * 60;
// An administrator may invite at most this many new users a day (account-api.md, "Rules").
inline constexpr int DailyInvitationLimit = 5;

// Every member is relocatable (Qt's implicitly shared types), so lists of users grow by memcpy.
Q_DECLARE_TYPEINFO(UserGroup, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ClientRoles, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(User, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(User)
