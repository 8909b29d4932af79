#include "ActivityEntry.h"

#include <QCoreApplication>

QStringList ActivityEntry::knownActions()
{
    return {invite(), resend(), edit(), role(), remove(), removeUndone(), deleteToken(), exportUsers(), signIn(), signOut()};
}

QString ActivityEntry::actionName(const QString &action)
{
    if (action == invite())
        return QCoreApplication::translate("ActivityEntry", "Invite", "activity log action");
    if (action == resend())
        return QCoreApplication::translate("ActivityEntry", "Resend invitation", "activity log action");
    if (action == edit())
        return QCoreApplication::translate("ActivityEntry", "Edit", "activity log action");
    if (action == role())
        return QCoreApplication::translate("ActivityEntry", "Change role", "activity log action");
    if (action == remove())
        return QCoreApplication::translate("ActivityEntry", "Remove", "activity log action");
    if (action == removeUndone())
        return QCoreApplication::translate("ActivityEntry", "Undo remove", "activity log action");
    if (action == deleteToken())
        return QCoreApplication::translate("ActivityEntry", "Delete API token", "activity log action");
    if (action == exportUsers())
        return QCoreApplication::translate("ActivityEntry", "Export", "activity log action");
    if (action == signIn())
        return QCoreApplication::translate("ActivityEntry", "Sign in", "activity log action");
    if (action == signOut())
        return QCoreApplication::translate("ActivityEntry", "Sign out", "activity log action");
    return action;
}
