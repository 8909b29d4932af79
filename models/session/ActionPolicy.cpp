#include "ActionPolicy.h"

#include "domain/User.h"

QString ActionPolicy::lastAdministratorReason()
{
    return tr("You are the only active administrator of this account. Make someone else an administrator first: "
              "without one, nobody could invite people, remove users or give roles again.");
}

QString ActionPolicy::selfDemotionLosses()
{
    return tr("You will no longer be able to invite people, remove users, change anyone's role or delete other "
              "people's API tokens in this account. Only another administrator can make you an administrator again.");
}

QString ActionPolicy::blockedReason(const Situation &situation)
{
    if (!situation.readOnlyReason.isEmpty())
        return situation.readOnlyReason;
    if (situation.busy)
        return tr("Another operation is running; wait for it or cancel it.");
    return {};
}

QString ActionPolicy::permissionReason(const Identity &me, const QString &onlyAdministrators)
{
    if (me.isAdministrator())
        return {};
    if (!me.isKnown())
        return tr("Roster is still finding out what you may do in this account.");
    return onlyAdministrators;
}

ActionPolicy::Verdict ActionPolicy::invite(const Situation &situation)
{
    QString why = blockedReason(situation);
    if (why.isEmpty())
        why = permissionReason(situation.me, tr("Only administrators can invite users."));
    return {why};
}

ActionPolicy::Verdict ActionPolicy::resend(const Situation &situation, const Selection &selection)
{
    QString why = blockedReason(situation);
    if (why.isEmpty())
        why = permissionReason(situation.me, tr("Only administrators can resend invitations."));
    if (why.isEmpty() && !situation.canResend)
        why = tr("This server cannot resend invitations.");
    if (why.isEmpty() && selection.openInvitations == 0)
        why = selection.count == 0 ? tr("Select a user whose invitation is pending or expired.")
                                   : tr("Only pending or expired invitations can be resent.");
    return {why};
}

ActionPolicy::Verdict ActionPolicy::resendExpired(const Situation &situation, int expired)
{
    QString why = blockedReason(situation);
    if (why.isEmpty())
        why = permissionReason(situation.me, tr("Only administrators can resend invitations."));
    if (why.isEmpty() && !situation.canResend)
        why = tr("This server cannot resend invitations.");
    if (why.isEmpty() && expired == 0)
        why = tr("No invitation is known to have expired.");
    return {why};
}

ActionPolicy::Verdict ActionPolicy::edit(const Situation &situation, const Selection &selection)
{
    // Everyone may open the dialog: it shows what they may change, and why not the rest.
    QString why = blockedReason(situation);
    if (why.isEmpty() && selection.count != 1)
        why = selection.count == 0 ? tr("Select the user to edit.") : tr("Select only one user to edit.");
    return {why};
}

ActionPolicy::Verdict ActionPolicy::remove(const Situation &situation, const Selection &selection)
{
    QString why = blockedReason(situation);
    if (why.isEmpty())
        why = permissionReason(situation.me, tr("Only administrators can remove users."));
    if (why.isEmpty() && selection.count == 0)
        why = tr("Select the users to remove.");
    if (why.isEmpty() && selection.includesMe)
        why = tr("You can't remove yourself from the account.");
    return {why};
}

ActionPolicy::Verdict ActionPolicy::changeRole(const Situation &situation, const Selection &selection)
{
    QString why = blockedReason(situation);
    if (why.isEmpty())
        why = permissionReason(situation.me, tr("Only administrators can change roles."));
    if (why.isEmpty() && selection.count == 0)
        why = tr("Select the users whose role should change.");
    return {why};
}

ActionPolicy::EditRights ActionPolicy::editRights(qint64 signedInUserId, bool signedInIsAdministrator,
                                                  const User &user)
{
    const bool self = user.id == signedInUserId;
    const QString person = user.name.trimmed().isEmpty() ? user.email : user.name;
    EditRights rights;
    if (!self)
        rights.details.reason = tr("Only %1 can change their own name and language.").arg(person);
    if (!signedInIsAdministrator)
        rights.role.reason = tr("Only administrators can change roles.");
    if (!signedInIsAdministrator)
        rights.active.reason = tr("Only administrators can activate or deactivate users.");
    else if (self)
        rights.active.reason = tr("You cannot deactivate yourself.");
    return rights;
}
