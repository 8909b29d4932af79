#include "DemoAccountFixture.h"
#include "DialogDriver.h"
#include "FakeAccountApi.h"
#include "EditUserDialog.h"
#include "TestMain.h"

#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "domain/Role.h"
#include "session/ActionPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace {

using namespace DialogDriver;

using Field = EditUserDialog::Field;

// An administrator lowering their own role is asked first: answers "Lower My Role".
void confirmLowering(EditUserDialog *dialog)
{
    QTRY_VERIFY(dialog->lowerRoleQuestion() && dialog->lowerRoleQuestion()->isVisible());
    QAbstractButton *lower = buttonOf(dialog->lowerRoleQuestion(), QStringLiteral("&Lower My Role"));
    QVERIFY(lower);
    click(lower);
}

} // namespace

class TestEditUserDialog : public QObject, private DemoAccountFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void selfEditLandsInAccount();
    void loweringYourRoleCanBeCancelled();
    void lastAdministratorKeepsTheRole();
    void otherUserOnlyRole();
    void nonAdministratorEditsOnlyThemself();
    void nonAdministratorViewsOther();
    void saveOnlyWhenChanged();
    void onlyWhatChangedIsSent();
    void nameTooLongNextToField();
    void invalidRoleNextToField();
    void demotedMeanwhileIsForbidden();
    void userRemovedMeanwhile();
    void userRemovedBeforeOpening();
    void roleReadFailsFallsBack();
    void activeCheckbox();
    void activeHiddenWithoutCapability();
    void closingDropsRequest();

private:
    std::unique_ptr<EditUserDialog> open(const User &user, qint64 signedIn, bool admin, AccountApi *api = nullptr);
    // An active user of the account who is not an administrator, other than `except`.
    User someone(std::function<bool(const User &)> also = {}) const;
    User user(qint64 id) const { return m_account->user(id).value(); }
};

void TestEditUserDialog::init()
{
    const Result<Done> opened = openDemo();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
}

void TestEditUserDialog::cleanup()
{
    closeFixture();
}

std::unique_ptr<EditUserDialog> TestEditUserDialog::open(const User &u, qint64 signedIn, bool admin, AccountApi *api)
{
    auto dialog = std::make_unique<EditUserDialog>(api ? api : m_api.get(), m_clientId, u, signedIn, admin);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    QSignalSpy loaded(dialog.get(), &EditUserDialog::roleLoaded);
    if (dialog->isBusy() && !loaded.wait(5000))
        return nullptr;
    return dialog;
}

User TestEditUserDialog::someone(std::function<bool(const User &)> also) const
{
    const QList<User> users = m_account->listUsers(0, 0).value().users;
    for (const User &u : users) {
        if (u.id != m_meId && u.activated && u.isActive && u.roleId(m_clientId) == Role::Users && !u.name.isEmpty()
            && (!also || also(u)))
            return u;
    }
    return {};
}

void TestEditUserDialog::selfEditLandsInAccount()
{
    const User me = user(m_meId);
    auto dialog = open(me, m_meId, true);
    QVERIFY(dialog);
    QVERIFY(dialog->canEditDetails());
    QVERIFY(dialog->canEditRole());
    QVERIFY(dialog->emailField()->isReadOnly());
    QCOMPARE(dialog->emailField()->text(), me.email);
    QVERIFY(!dialog->nameField()->isReadOnly());
    QVERIFY(dialog->languageBox()->isEnabled());
    QVERIFY(dialog->roleBox()->isEnabled());
    QVERIFY(!shown(dialog->detailsNote()));
    QVERIFY(!shown(dialog->roleNote()));
    QCOMPARE(dialog->roleBox()->currentData().toInt(), int(Role::Administrators));
    QVERIFY(!dialog->saveButton()->isEnabled());

    type(dialog->nameField(), QStringLiteral("Emily Carter-Stone"));
    choose(dialog->languageBox(), QStringLiteral("de"));
    choose(dialog->roleBox(), int(Role::Engineers));
    QVERIFY(dialog->saveButton()->isEnabled());

    // Lowering your own role says what you lose, and asks first.
    QVERIFY(shown(dialog->roleNote()));
    QCOMPARE(dialog->roleNote()->text(), ActionPolicy::selfDemotionLosses());
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QTRY_VERIFY(dialog->lowerRoleQuestion() && dialog->lowerRoleQuestion()->isVisible());
    QCOMPARE(dialog->lowerRoleQuestion()->text(), QStringLiteral("Lower your own role to %1?").arg(Role::displayName(Role::Engineers)));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_account->role(m_clientId, m_meId).value(), int(Role::Administrators)); // nothing sent yet
    confirmLowering(dialog.get());
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const User updated = saved.at(0).at(0).value<User>();
    QCOMPARE(updated.name, QStringLiteral("Emily Carter-Stone"));
    QCOMPARE(updated.lang, QStringLiteral("de"));
    QCOMPARE(saved.at(0).at(1).toInt(), int(Role::Engineers));

    const User stored = user(m_meId);
    QCOMPARE(stored.name, QStringLiteral("Emily Carter-Stone"));
    QCOMPARE(stored.lang, QStringLiteral("de"));
    QCOMPARE(m_account->role(m_clientId, m_meId).value(), int(Role::Engineers));
}

// No keeps the dialog as it was typed, and sends nothing.
void TestEditUserDialog::loweringYourRoleCanBeCancelled()
{
    auto dialog = open(user(m_meId), m_meId, true);
    QVERIFY(dialog);
    dialog->setOtherAdministrators(2);
    type(dialog->nameField(), QStringLiteral("Emily Kept"));
    choose(dialog->roleBox(), int(Role::Users));
    click(dialog->saveButton());
    QTRY_VERIFY(dialog->lowerRoleQuestion() && dialog->lowerRoleQuestion()->isVisible());
    QCOMPARE(dialog->lowerRoleQuestion()->informativeText(), ActionPolicy::selfDemotionLosses());
    QTest::keyClick(dialog->lowerRoleQuestion(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->lowerRoleQuestion());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("Emily Kept"));
    QCOMPARE(dialog->roleBox()->currentData().toInt(), int(Role::Users));
    QVERIFY(dialog->saveButton()->isEnabled());
    QCOMPARE(user(m_meId).name, user(m_meId).name);
    QVERIFY(user(m_meId).name != QStringLiteral("Emily Kept"));
    QCOMPARE(m_account->role(m_clientId, m_meId).value(), int(Role::Administrators));
}

// The only active administrator cannot lower their own role: Save is off and the note says why,
// before anything is sent. Other changes still save.
void TestEditUserDialog::lastAdministratorKeepsTheRole()
{
    auto dialog = open(user(m_meId), m_meId, true);
    QVERIFY(dialog);
    dialog->setOtherAdministrators(0);
    choose(dialog->roleBox(), int(Role::Engineers));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(shown(dialog->roleNote()));
    QCOMPARE(dialog->roleNote()->text(), ActionPolicy::lastAdministratorReason());
    QCOMPARE(dialog->roleBox()->accessibleDescription(), ActionPolicy::lastAdministratorReason());
    choose(dialog->roleBox(), int(Role::Administrators));
    type(dialog->nameField(), QStringLiteral("Emily Only"));
    QVERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(!shown(dialog->roleNote()));
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!dialog->lowerRoleQuestion());
    QCOMPARE(user(m_meId).name, QStringLiteral("Emily Only"));
}

void TestEditUserDialog::otherUserOnlyRole()
{
    const User other = someone();
    QVERIFY(other.id != 0);
    auto dialog = open(other, m_meId, true);
    QVERIFY(dialog);
    QVERIFY(!dialog->canEditDetails());
    QVERIFY(dialog->nameField()->isReadOnly());
    QVERIFY(!dialog->languageBox()->isEnabled());
    QCOMPARE(dialog->nameField()->text(), other.name);
    QCOMPARE(dialog->languageBox()->currentData().toString(), other.lang);
    QVERIFY(shown(dialog->detailsNote()));
    QVERIFY2(dialog->detailsNote()->text().contains(other.name), qPrintable(dialog->detailsNote()->text()));
    QVERIFY(dialog->roleBox()->isEnabled());
    QVERIFY(!shown(dialog->roleNote()));

    // Typing into the read-only name changes nothing.
    dialog->nameField()->setFocus();
    QTest::keyClicks(dialog->nameField(), QStringLiteral("xyz"));
    QCOMPARE(dialog->nameField()->text(), other.name);
    QVERIFY(!dialog->saveButton()->isEnabled());

    choose(dialog->roleBox(), int(Role::Engineers));
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QTRY_COMPARE(saved.count(), 1);
    // Only the role changed: the user as given, and the new role.
    QCOMPARE(saved.at(0).at(0).value<User>(), other);
    QCOMPARE(saved.at(0).at(1).toInt(), int(Role::Engineers));
    QCOMPARE(m_account->role(m_clientId, other.id).value(), int(Role::Engineers));
    QCOMPARE(user(other.id).name, other.name);
}

void TestEditUserDialog::nonAdministratorEditsOnlyThemself()
{
    const User person = someone();
    QVERIFY(person.id != 0);
    QVERIFY(m_account->setActingUser(person.id).ok());
    auto dialog = open(person, person.id, false);
    QVERIFY(dialog);
    QVERIFY(dialog->canEditDetails());
    QVERIFY(!dialog->canEditRole());
    QVERIFY(!dialog->roleBox()->isEnabled());
    QVERIFY(shown(dialog->roleNote()));
    QVERIFY(dialog->roleNote()->text().contains(QLatin1String("administrators")));
    QCOMPARE(dialog->roleBox()->currentData().toInt(), int(Role::Users));
    QVERIFY(dialog->activeBox());
    QVERIFY(!dialog->activeBox()->isEnabled());

    type(dialog->nameField(), QStringLiteral("  New Name  "));
    choose(dialog->languageBox(), QStringLiteral("zh"));
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toInt(), int(Role::Users));
    QCOMPARE(user(person.id).name, QStringLiteral("New Name"));
    QCOMPARE(user(person.id).lang, QStringLiteral("zh"));
}

void TestEditUserDialog::nonAdministratorViewsOther()
{
    const User person = someone();
    const User other = someone([&](const User &u) { return u.id != person.id; });
    QVERIFY(person.id != 0 && other.id != 0);
    QVERIFY(m_account->setActingUser(person.id).ok());
    auto dialog = open(other, person.id, false);
    QVERIFY(dialog);
    QVERIFY(dialog->nameField()->isReadOnly());
    QVERIFY(!dialog->languageBox()->isEnabled());
    QVERIFY(!dialog->roleBox()->isEnabled());
    QVERIFY(shown(dialog->detailsNote()));
    QVERIFY(shown(dialog->roleNote()));
    // The server does not show another user's role to them: the list's role, and a note saying so.
    QCOMPARE(dialog->roleBox()->currentData().toInt(), other.roleId(m_clientId));
    QVERIFY2(dialog->roleNote()->text().contains(QLatin1String("could not be read")),
             qPrintable(dialog->roleNote()->text()));
    QVERIFY(!dialog->saveButton()->isEnabled());
}

void TestEditUserDialog::saveOnlyWhenChanged()
{
    const User me = user(m_meId);
    auto dialog = open(me, m_meId, true);
    QVERIFY(dialog);
    QVERIFY(!dialog->saveButton()->isEnabled());
    type(dialog->nameField(), QStringLiteral("Other"));
    QVERIFY(dialog->saveButton()->isEnabled());
    type(dialog->nameField(), me.name + QStringLiteral(" ")); // only spaces added: no change
    QVERIFY(!dialog->saveButton()->isEnabled());
    choose(dialog->languageBox(), QStringLiteral("ru"));
    QVERIFY(dialog->saveButton()->isEnabled());
    choose(dialog->languageBox(), me.lang);
    QVERIFY(!dialog->saveButton()->isEnabled());

    // Disabled while the request runs.
    m_api->setLatency(30);
    choose(dialog->languageBox(), QStringLiteral("ru"));
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(!dialog->languageBox()->isEnabled());
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(user(m_meId).lang, QStringLiteral("ru"));
}

void TestEditUserDialog::onlyWhatChangedIsSent()
{
    // Someone else changes the name meanwhile; changing only the language must not overwrite it.
    const User me = user(m_meId);
    auto dialog = open(me, m_meId, true);
    QVERIFY(dialog);
    UserPatch elsewhere;
    elsewhere.name = QStringLiteral("Changed Elsewhere");
    QVERIFY(m_account->updateUser(m_meId, elsewhere).ok());
    choose(dialog->languageBox(), QStringLiteral("de"));
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(user(m_meId).name, QStringLiteral("Changed Elsewhere"));
    QCOMPARE(user(m_meId).lang, QStringLiteral("de"));
    QCOMPARE(m_account->role(m_clientId, m_meId).value(), int(Role::Administrators));
}

void TestEditUserDialog::nameTooLongNextToField()
{
    const User me = user(m_meId);
    auto dialog = open(me, m_meId, true);
    QVERIFY(dialog);
    const QString tooLong(300, QLatin1Char('x'));
    type(dialog->nameField(), tooLong);
    choose(dialog->roleBox(), int(Role::Engineers));
    QSignalSpy failed(dialog.get(), &EditUserDialog::saveFailed);
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    confirmLowering(dialog.get()); // asked once; the Save after the fix goes without
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(dialog->isVisible());
    QVERIFY(shown(dialog->errorLabel(Field::Name)));
    QVERIFY(dialog->errorLabel(Field::Name)->text().contains(QLatin1String("255")));
    QVERIFY(!shown(dialog->messageLabel()));
    QCOMPARE(dialog->nameField()->text(), tooLong);
    QCOMPARE(dialog->roleBox()->currentData().toInt(), int(Role::Engineers));
    // The details failed first, so the role was not sent either.
    QCOMPARE(m_account->role(m_clientId, m_meId).value(), int(Role::Administrators));
    QVERIFY(dialog->saveButton()->isEnabled());

    type(dialog->nameField(), QStringLiteral("Emily C."));
    QVERIFY(!shown(dialog->errorLabel(Field::Name)));
    click(dialog->saveButton());
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(user(m_meId).name, QStringLiteral("Emily C."));
    QCOMPARE(m_account->role(m_clientId, m_meId).value(), int(Role::Engineers));
}

void TestEditUserDialog::invalidRoleNextToField()
{
    // A server that does not know the role answers 400 {"errors":{"user_role":["Invalid role: ..."]}}.
    FakeAccountApi api(m_api.get());
    api.mapRole = [](int) { return 4242; };
    const User me = user(m_meId);
    auto dialog = open(me, m_meId, true, &api);
    QVERIFY(dialog);
    type(dialog->nameField(), QStringLiteral("Emily R."));
    choose(dialog->roleBox(), int(Role::PurgeAndPrefetchApi));
    QSignalSpy failed(dialog.get(), &EditUserDialog::saveFailed);
    click(dialog->saveButton());
    confirmLowering(dialog.get());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(shown(dialog->errorLabel(Field::Role)));
    QVERIFY2(dialog->errorLabel(Field::Role)->text().contains(QLatin1String("Invalid role")),
             qPrintable(dialog->errorLabel(Field::Role)->text()));
    QCOMPARE(dialog->roleBox()->accessibleDescription(), dialog->errorLabel(Field::Role)->text());
    // The name went through before the role; the top says so, and only the role is left to save.
    QCOMPARE(user(m_meId).name, QStringLiteral("Emily R."));
    QVERIFY(shown(dialog->messageLabel()));
    QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("name and language were saved")));
    QCOMPARE(dialog->roleBox()->currentData().toInt(), int(Role::PurgeAndPrefetchApi));
    QVERIFY(dialog->saveButton()->isEnabled());

    api.mapRole = {};
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).value<User>().name, QStringLiteral("Emily R."));
    QCOMPARE(m_account->role(m_clientId, m_meId).value(), int(Role::PurgeAndPrefetchApi));
}

void TestEditUserDialog::demotedMeanwhileIsForbidden()
{
    const User other = someone();
    auto dialog = open(other, m_meId, true);
    QVERIFY(dialog);
    // Another administrator makes the signed-in person a plain user while the dialog is open.
    QVERIFY(m_account->setRole(m_clientId, m_meId, Role::Users).ok());
    choose(dialog->roleBox(), int(Role::Administrators));
    QSignalSpy failed(dialog.get(), &EditUserDialog::saveFailed);
    click(dialog->saveButton());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(shown(dialog->messageLabel()));
    QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("You do not have permission to perform this action."));
    QCOMPARE(dialog->roleBox()->currentData().toInt(), int(Role::Administrators));
    QVERIFY(dialog->saveButton()->isEnabled());
    // Read without asking as the demoted person, who may no longer see other people's roles.
    QCOMPARE(user(other.id).roleId(m_clientId), int(Role::Users));
}

void TestEditUserDialog::userRemovedMeanwhile()
{
    const User other = someone();
    auto dialog = open(other, m_meId, true);
    QVERIFY(dialog);
    QVERIFY(m_account->removeUser(m_clientId, other.id).ok());
    choose(dialog->roleBox(), int(Role::Engineers));
    QSignalSpy failed(dialog.get(), &EditUserDialog::saveFailed);
    click(dialog->saveButton());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(shown(dialog->messageLabel()));
    QVERIFY2(dialog->messageLabel()->text().contains(QLatin1String("no longer exists in the account")),
             qPrintable(dialog->messageLabel()->text()));
    QCOMPARE(dialog->roleBox()->currentData().toInt(), int(Role::Engineers));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Close"));
    click(dialog->cancelButton());
    QVERIFY(!dialog->isVisible());
}

void TestEditUserDialog::userRemovedBeforeOpening()
{
    const User other = someone();
    QVERIFY(m_account->removeUser(m_clientId, other.id).ok());
    auto dialog = open(other, m_meId, true);
    QVERIFY(dialog);
    QVERIFY(shown(dialog->messageLabel()));
    QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("no longer exists in the account")));
    QVERIFY(!dialog->roleBox()->isEnabled());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Close"));
}

void TestEditUserDialog::roleReadFailsFallsBack()
{
    // The acting user cannot read another's role; the list's role is shown with the reason.
    const User person = someone();
    const User other = someone([&](const User &u) { return u.id != person.id; });
    QVERIFY(m_account->setActingUser(person.id).ok());
    // Told "administrator" by a stale list: the server still refuses to show the role.
    auto dialog = open(other, person.id, true);
    QVERIFY(dialog);
    QVERIFY(shown(dialog->roleNote()));
    QVERIFY(dialog->roleNote()->text().contains(QLatin1String("You do not have permission")));
    QCOMPARE(dialog->roleBox()->currentData().toInt(), other.roleId(m_clientId));
    QVERIFY(dialog->roleBox()->isEnabled());
}

void TestEditUserDialog::activeCheckbox()
{
    const User other = someone();
    auto dialog = open(other, m_meId, true);
    QVERIFY(dialog);
    QCheckBox *active = dialog->activeBox();
    QVERIFY(active);
    QVERIFY(active->isChecked());
    QVERIFY(active->isEnabled());
    click(active);
    QVERIFY(!active->isChecked());
    QVERIFY(dialog->saveButton()->isEnabled());
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!saved.at(0).at(0).value<User>().isActive);
    QVERIFY(!user(other.id).isActive);

    // Nobody deactivates themself.
    auto self = open(user(m_meId), m_meId, true);
    QVERIFY(self);
    QVERIFY(self->activeBox());
    QVERIFY(!self->activeBox()->isEnabled());
    QVERIFY(shown(self->findChild<QLabel *>(QStringLiteral("activeNote"))));
}

void TestEditUserDialog::activeHiddenWithoutCapability()
{
    FakeAccountApi api(m_api.get());
    api.missing.insert(AccountApi::Capability::Deactivate);
    auto dialog = open(someone(), m_meId, true, &api);
    QVERIFY(dialog);
    QVERIFY(!dialog->activeBox());
    QVERIFY(!dialog->findChild<QCheckBox *>());
}

void TestEditUserDialog::closingDropsRequest()
{
    const User me = user(m_meId);
    auto dialog = open(me, m_meId, true);
    QVERIFY(dialog);
    m_api->setLatency(40);
    type(dialog->nameField(), QStringLiteral("Never Saved"));
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QVERIFY(dialog->isBusy());
    click(dialog->cancelButton());
    QVERIFY(!dialog->isVisible());
    QTRY_COMPARE(m_api->pendingCount(), 0);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(user(m_meId).name, me.name);
}

ROSTER_TEST_MAIN(TestEditUserDialog)
#include "tst_edituserdialog.moc"
