#include "CloudRole.h"

#include <QCoreApplication>

const QStringList &CloudRole::all()
{
    static const QStringList roles = {clientAdministrator(), projectAdministrator(), user(), observer(),
                                      internalNetworkOnlyUser()};
    return roles;
}

const QStringList &CloudRole::projectRoles()
{
    static const QStringList roles = {projectAdministrator(), user(), observer(), internalNetworkOnlyUser()};
    return roles;
}

bool CloudRole::isValid(const QString &role)
{
    return all().contains(role);
}

QString CloudRole::displayName(const QString &role)
{
    if (role == clientAdministrator())
        return QCoreApplication::translate("CloudRole", "Administrator of all projects");
    if (role == projectAdministrator())
        return QCoreApplication::translate("CloudRole", "Project administrator");
    if (role == user())
        return QCoreApplication::translate("CloudRole", "User");
    if (role == observer())
        return QCoreApplication::translate("CloudRole", "Observer");
    if (role == internalNetworkOnlyUser())
        return QCoreApplication::translate("CloudRole", "Internal network only user");
    return role;
}
