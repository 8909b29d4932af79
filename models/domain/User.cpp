#include "User.h"

#include <QCoreApplication>

int User::roleId(qint64 clientId) const
{
    const qint64 account = clientId != 0 ? clientId : client;
    for (const ClientRoles &entry : clientAndRoles) {
        if (entry.clientId == account && !entry.roleIds.isEmpty())
            return entry.roleIds.first();
    }
    for (const ClientRoles &entry : clientAndRoles) {
        if (!entry.roleIds.isEmpty())
            return entry.roleIds.first();
    }
    return groups.isEmpty() ? 0 : groups.first().id;
}

SignInMethods User::signInMethods() const
{
    SignInMethods methods = ssoAuth ? SignInMethods(SignInMethod::Sso) : SignInMethods();
    for (const QString &type : authTypes)
        methods |= signInMethodOf(QStringView(type));
    return methods;
}

QDateTime User::invitationExpiresAt() const
{
    if (activated || !invitationSentAt.isValid())
        return {};
    return invitationSentAt.addSecs(InvitationValiditySecs);
}

UserStatus User::status(const QDateTime &now) const
{
    if (!isActive)
        return UserStatus::Deactivated;
    if (activated)
        return UserStatus::Active;
    const QDateTime expires = invitationExpiresAt();
    if (expires.isValid() && expires <= now)
        return UserStatus::Expired;
    return UserStatus::Pending;
}

bool operator==(const User &a, const User &b)
{
    return a.id == b.id && a.email == b.email && a.name == b.name && a.lang == b.lang && a.phone == b.phone
        && a.company == b.company && a.reseller == b.reseller && a.client == b.client && a.deleted == b.deleted
        && a.groups == b.groups && a.activated == b.activated && a.ssoAuth == b.ssoAuth && a.twoFa == b.twoFa
        && a.authTypes == b.authTypes && a.userType == b.userType && a.isActive == b.isActive
        && a.clientAndRoles == b.clientAndRoles && a.invitationSentAt == b.invitationSentAt;
}

QString userStatusName(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return QCoreApplication::translate("UserStatus", "Active");
    case UserStatus::Pending:
        return QCoreApplication::translate("UserStatus", "Pending invitation");
    case UserStatus::Expired:
        return QCoreApplication::translate("UserStatus", "Invitation expired");
    case UserStatus::Deactivated:
        return QCoreApplication::translate("UserStatus", "Deactivated");
    }
    return {};
}

QString userStatusKey(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return QStringLiteral("active");
    case UserStatus::Pending:
        return QStringLiteral("pending");
    case UserStatus::Expired:
        return QStringLiteral("expired");
    case UserStatus::Deactivated:
        return QStringLiteral("deactivated");
    }
    return {};
}
