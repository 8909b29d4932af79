#pragma once

#include <QString>
#include <QStringList>

// The roles of the Cloud service (account-api.md, "Roles"), separate from the IAM roles:
// ClientAdministrator for the whole account, the others per project.
struct CloudRole
{
    static QString clientAdministrator() { return QStringLiteral("ClientAdministrator"); }
    static QString projectAdministrator() { return QStringLiteral("ProjectAdministrator"); }
    static QString user() { return QStringLiteral("User"); }
    static QString observer() { return QStringLiteral("Observer"); }
    static QString internalNetworkOnlyUser() { return QStringLiteral("InternalNetworkOnlyUser"); }

    // Every role the API knows, as the API spells them.
    static const QStringList &all();
    // The roles that can be given for one project (all but ClientAdministrator).
    static const QStringList &projectRoles();
    static bool isValid(const QString &role);
    // Translated name for people; an unknown role reads as it is.
    static QString displayName(const QString &role);
};
