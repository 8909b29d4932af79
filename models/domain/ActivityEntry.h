#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One action taken in Roster, as the activity log keeps it (issue 4, item 8): who did what
// to which user, when, and how it ended.
struct ActivityEntry
{
    qint64 id = 0; // assigned by ActivityLog::append(); 0: not (yet) saved
    QDateTime at; // UTC
    QString actor; // the signed-in person's email, or "Demo account"
    QString action; // a stable key, see the constants below; never translated
    qint64 userId = 0; // 0: the action is not about one user (sign-in, export)
    QString userEmail;
    QString detail; // what, for people: "Role: Users → Administrators"
    bool ok = true;
    QString error; // the error message when !ok

    bool isSaved() const { return id > 0; }

    // The action keys Roster records, in the order the action filter lists them.
    static QString invite() { return QStringLiteral("invite"); }
    static QString resend() { return QStringLiteral("resend"); }
    static QString edit() { return QStringLiteral("edit"); }
    static QString role() { return QStringLiteral("role"); }
    static QString remove() { return QStringLiteral("remove"); }
    static QString removeUndone() { return QStringLiteral("remove-undone"); }
    static QString deleteToken() { return QStringLiteral("delete-token"); }
    static QString exportUsers() { return QStringLiteral("export"); }
    static QString signIn() { return QStringLiteral("sign-in"); }
    static QString signOut() { return QStringLiteral("sign-out"); }
    static QStringList knownActions();
    // The translated name of an action key; an unknown key is shown as it is.
    static QString actionName(const QString &action);

    friend bool operator==(const ActivityEntry &a, const ActivityEntry &b)
    {
        return a.id == b.id && a.at == b.at && a.actor == b.actor && a.action == b.action && a.userId == b.userId
            && a.userEmail == b.userEmail && a.detail == b.detail && a.ok == b.ok && a.error == b.error;
    }
    friend bool operator!=(const ActivityEntry &a, const ActivityEntry &b) { return !(a == b); }
};
Q_DECLARE_METATYPE(ActivityEntry)
