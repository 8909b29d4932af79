#include "Role.h"

#include <QCoreApplication>

const QList<Role> &Role::all()
{
    static const QList<Role> roles = {
        {Administrators, QStringLiteral("Administrators")},
        {Users, QStringLiteral("Users")},
        {Engineers, QStringLiteral("Engineers")},
        {PurgeAndPrefetchApiWeb, QStringLiteral("Purge and Prefetch only (API+Web)")},
        {PurgeAndPrefetchApi, QStringLiteral("Purge and Prefetch only (API)")},
    };
    return roles;
}

Role Role::byId(int id)
{
    for (const Role &role : all()) {
        if (role.id == id)
            return role;
    }
    return {};
}

QString Role::displayName(int id)
{
    switch (id) {
    case Administrators:
        return QCoreApplication::translate("Role", "Administrators");
    case Users:
        return QCoreApplication::translate("Role", "Users");
    case Engineers:
        return QCoreApplication::translate("Role", "Engineers");
    case PurgeAndPrefetchApiWeb:
        return QCoreApplication::translate("Role", "Purge and Prefetch only (API+Web)");
    case PurgeAndPrefetchApi:
        return QCoreApplication::translate("Role", "Purge and Prefetch only (API)");
    case 0:
        return QCoreApplication::translate("Role", "No role");
    default:
        return QCoreApplication::translate("Role", "Role %1").arg(id);
    }
}
