// ActionPolicy: who may do what, and why not, for every action and every reason, in the
// order the reasons win (offline before busy before permission before the selection).
#include "TestMain.h"

#include "domain/User.h"
#include "session/ActionPolicy.h"

#include <QTest>

namespace {

enum class Action { Invite, Resend, ResendExpired, Edit, Remove, ChangeRole };

Identity me(int roleId)
{
    Identity identity;
    identity.accountId = 77;
    identity.userId = roleId == 0 ? 0 : 19449;
    identity.roleId = roleId == -1 ? 0 : roleId;
    if (roleId == -1)
        identity.userId = 19449; // known, role not yet
    return identity;
}

const QString offline = QStringLiteral("Roster is offline: changes are possible again once it reaches the server.");
const QString busy = QStringLiteral("Another operation is running; wait for it or cancel it.");
const QString finding = QStringLiteral("Roster is still finding out what you may do in this account.");

} // namespace

Q_DECLARE_METATYPE(Action)

class TestActionPolicy final : public QObject
{
    Q_OBJECT
private slots:
    void verdicts_data();
    void verdicts();
    void editRights_data();
    void editRights();
};

void TestActionPolicy::verdicts_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<int>("role"); // 0: nobody known yet, -1: known without a role
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("busy");
    QTest::addColumn<bool>("canResend");
    QTest::addColumn<int>("selected");
    QTest::addColumn<int>("open"); // pending or expired among them; for ResendExpired, how many expired
    QTest::addColumn<bool>("includesMe");
    QTest::addColumn<QString>("reason"); // empty: allowed

    const int admin = Role::Administrators;
    const int user = Role::Users;
    const QString onlyInvite = QStringLiteral("Only administrators can invite users.");
    const QString onlyResend = QStringLiteral("Only administrators can resend invitations.");
    const QString onlyRemove = QStringLiteral("Only administrators can remove users.");
    const QString onlyRoles = QStringLiteral("Only administrators can change roles.");
    const QString cannotResend = QStringLiteral("This server cannot resend invitations.");

    QTest::newRow("invite: administrator") << Action::Invite << admin << false << false << true << 0 << 0 << false << QString();
    QTest::newRow("invite: user") << Action::Invite << user << false << false << true << 0 << 0 << false << onlyInvite;
    QTest::newRow("invite: nobody known") << Action::Invite << 0 << false << false << true << 0 << 0 << false << finding;
    QTest::newRow("invite: known, role not yet") << Action::Invite << -1 << false << false << true << 0 << 0 << false << onlyInvite;
    QTest::newRow("invite: offline wins") << Action::Invite << user << true << true << true << 0 << 0 << false << offline;
    QTest::newRow("invite: busy") << Action::Invite << admin << false << true << true << 0 << 0 << false << busy;

    QTest::newRow("resend: one pending") << Action::Resend << admin << false << false << true << 1 << 1 << false << QString();
    QTest::newRow("resend: nothing selected") << Action::Resend << admin << false << false << true << 0 << 0 << false
                                              << QStringLiteral("Select a user whose invitation is pending or expired.");
    QTest::newRow("resend: only active selected") << Action::Resend << admin << false << false << true << 3 << 0 << false
                                                  << QStringLiteral("Only pending or expired invitations can be resent.");
    QTest::newRow("resend: server cannot") << Action::Resend << admin << false << false << false << 1 << 1 << false << cannotResend;
    QTest::newRow("resend: permission before capability") << Action::Resend << user << false << false << false << 1 << 1 << false << onlyResend;
    QTest::newRow("resend: offline") << Action::Resend << admin << true << false << true << 1 << 1 << false << offline;
    QTest::newRow("resend: busy") << Action::Resend << admin << false << true << true << 1 << 1 << false << busy;

    QTest::newRow("expired: some") << Action::ResendExpired << admin << false << false << true << 0 << 12 << false << QString();
    QTest::newRow("expired: none") << Action::ResendExpired << admin << false << false << true << 0 << 0 << false
                                   << QStringLiteral("No invitation is known to have expired.");
    QTest::newRow("expired: user") << Action::ResendExpired << user << false << false << true << 0 << 12 << false << onlyResend;
    QTest::newRow("expired: server cannot") << Action::ResendExpired << admin << false << false << false << 0 << 12 << false << cannotResend;

    QTest::newRow("edit: one, as a user") << Action::Edit << user << false << false << true << 1 << 0 << false << QString();
    QTest::newRow("edit: yourself, nobody known") << Action::Edit << 0 << false << false << true << 1 << 0 << true << QString();
    QTest::newRow("edit: none") << Action::Edit << admin << false << false << true << 0 << 0 << false
                                << QStringLiteral("Select the user to edit.");
    QTest::newRow("edit: two") << Action::Edit << admin << false << false << true << 2 << 0 << false
                               << QStringLiteral("Select only one user to edit.");
    QTest::newRow("edit: offline") << Action::Edit << admin << true << false << true << 1 << 0 << false << offline;

    QTest::newRow("remove: two") << Action::Remove << admin << false << false << true << 2 << 0 << false << QString();
    QTest::newRow("remove: yourself among them") << Action::Remove << admin << false << false << true << 2 << 0 << true
                                                 << QStringLiteral("You can't remove yourself from the account.");
    QTest::newRow("remove: none") << Action::Remove << admin << false << false << true << 0 << 0 << false
                                  << QStringLiteral("Select the users to remove.");
    QTest::newRow("remove: user") << Action::Remove << user << false << false << true << 1 << 0 << false << onlyRemove;
    QTest::newRow("remove: nobody known") << Action::Remove << 0 << false << false << true << 1 << 0 << false << finding;
    QTest::newRow("remove: busy") << Action::Remove << admin << false << true << true << 1 << 0 << false << busy;

    QTest::newRow("role: yourself included") << Action::ChangeRole << admin << false << false << true << 2 << 0 << true << QString();
    QTest::newRow("role: none") << Action::ChangeRole << admin << false << false << true << 0 << 0 << false
                                << QStringLiteral("Select the users whose role should change.");
    QTest::newRow("role: engineer") << Action::ChangeRole << int(Role::Engineers) << false << false << true << 1 << 0 << false << onlyRoles;
    QTest::newRow("role: offline") << Action::ChangeRole << admin << true << false << true << 1 << 0 << false << offline;
}

void TestActionPolicy::verdicts()
{
    QFETCH(Action, action);
    QFETCH(int, role);
    QFETCH(bool, readOnly);
    QFETCH(bool, busy);
    QFETCH(bool, canResend);
    QFETCH(int, selected);
    QFETCH(int, open);
    QFETCH(bool, includesMe);
    QFETCH(QString, reason);

    ActionPolicy::Situation situation;
    situation.me = me(role);
    situation.readOnlyReason = readOnly ? offline : QString();
    situation.busy = busy;
    situation.canResend = canResend;
    ActionPolicy::Selection selection;
    selection.count = selected;
    selection.openInvitations = open;
    selection.includesMe = includesMe;

    ActionPolicy::Verdict verdict;
    switch (action) {
    case Action::Invite:
        verdict = ActionPolicy::invite(situation);
        break;
    case Action::Resend:
        verdict = ActionPolicy::resend(situation, selection);
        break;
    case Action::ResendExpired:
        verdict = ActionPolicy::resendExpired(situation, open);
        break;
    case Action::Edit:
        verdict = ActionPolicy::edit(situation, selection);
        break;
    case Action::Remove:
        verdict = ActionPolicy::remove(situation, selection);
        break;
    case Action::ChangeRole:
        verdict = ActionPolicy::changeRole(situation, selection);
        break;
    }
    QCOMPARE(verdict.reason, reason);
    QCOMPARE(verdict.allowed(), reason.isEmpty());
    QCOMPARE(bool(verdict), reason.isEmpty());
    if (readOnly || busy)
        QCOMPARE(ActionPolicy::blockedReason(situation), readOnly ? offline : ::busy);
    else
        QVERIFY(ActionPolicy::blockedReason(situation).isEmpty());
}

void TestActionPolicy::editRights_data()
{
    QTest::addColumn<bool>("self");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("active");

    const QString onlyRoles = QStringLiteral("Only administrators can change roles.");
    const QString onlyActive = QStringLiteral("Only administrators can activate or deactivate users.");
    QTest::newRow("administrator, themself") << true << true << QStringLiteral("Emily Carter") << QString() << QString()
                                            << QStringLiteral("You cannot deactivate yourself.");
    QTest::newRow("administrator, someone else")
        << false << true << QStringLiteral("Jonas Weiß") << QStringLiteral("Only Jonas Weiß can change their own name and language.")
        << QString() << QString();
    QTest::newRow("administrator, someone without a name")
        << false << true << QStringLiteral("  ") << QStringLiteral("Only li@example.com can change their own name and language.")
        << QString() << QString();
    QTest::newRow("user, themself") << true << false << QStringLiteral("Li Wei") << QString() << onlyRoles << onlyActive;
    QTest::newRow("user, someone else") << false << false << QStringLiteral("Anna")
                                        << QStringLiteral("Only Anna can change their own name and language.") << onlyRoles
                                        << onlyActive;
}

void TestActionPolicy::editRights()
{
    QFETCH(bool, self);
    QFETCH(bool, admin);
    QFETCH(QString, name);
    QFETCH(QString, details);
    QFETCH(QString, role);
    QFETCH(QString, active);

    User user;
    user.id = self ? 19449 : 20001;
    user.name = name;
    user.email = QStringLiteral("li@example.com");
    const ActionPolicy::EditRights rights = ActionPolicy::editRights(19449, admin, user);
    QCOMPARE(rights.details.reason, details);
    QCOMPARE(rights.role.reason, role);
    QCOMPARE(rights.active.reason, active);
}

ROSTER_TEST_GUILESS_MAIN(TestActionPolicy)
#include "tst_actionpolicy.moc"
