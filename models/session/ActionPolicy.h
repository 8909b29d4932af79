#pragma once

#include "Identity.h"

#include <QCoreApplication>
#include <QString>

struct User;

// Who may do what to the users of an account, and why not: the rules written once, as pure
// functions of what is known (who is signed in, the connectivity, a bulk run, what the
// backend can do, the selection). The window's actions, the row menu, the edit dialog and the
// questions before an action all ask here; a Verdict that is not allowed carries the
// person-readable reason, which the UI shows as the disabled action's tooltip or a message.
class ActionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ActionPolicy)
public:
    struct Verdict
    {
        QString reason; // why not; empty when allowed
        bool allowed() const { return reason.isEmpty(); }
        explicit operator bool() const { return allowed(); }
    };

    // The account as it is now.
    struct Situation
    {
        Identity me;
        QString readOnlyReason; // offline or not signed in; empty when changes can be made
        bool busy = false; // a bulk operation runs
        bool canResend = true; // the backend can resend invitations
    };

    // The users an action would apply to.
    struct Selection
    {
        int count = 0;
        int openInvitations = 0; // pending or expired among them
        bool includesMe = false;
    };

    // Why no change can be made at all now (offline, signed out, busy); empty when one can.
    static QString blockedReason(const Situation &situation);

    // No self-inflicted lockout: why the only active administrator cannot lower their own role
    // (the server refuses it too), and what an administrator who lowers theirs loses.
    static QString lastAdministratorReason();
    static QString selfDemotionLosses();

    static Verdict invite(const Situation &situation);
    static Verdict resend(const Situation &situation, const Selection &selection);
    static Verdict resendExpired(const Situation &situation, int expired);
    static Verdict edit(const Situation &situation, const Selection &selection);
    static Verdict remove(const Situation &situation, const Selection &selection);
    static Verdict changeRole(const Situation &situation, const Selection &selection);

    // What the edit dialog may change for `user` (the Gcore guide): an administrator editing
    // themself may change name, language and role; for anyone else only the role (and whether
    // they are active, where the backend can). A person who is not an administrator may change
    // only their own name and language.
    struct EditRights
    {
        Verdict details; // name and language
        Verdict role;
        Verdict active;
    };
    static EditRights editRights(qint64 signedInUserId, bool signedInIsAdministrator, const User &user);

private:
    static QString permissionReason(const Identity &me, const QString &onlyAdministrators);
};
