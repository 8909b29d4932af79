// The details pane beside the table, on the demo account in a real window: it follows the current
// row (and what happens to that row), shows every field of the person, copies, gives Resend, Edit
// and Remove for that person with the table's rules, and speaks the language chosen.
#include "DemoWindowFixture.h"
#include "EditUserDialog.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "RemoveUserDialog.h"
#include "TestMain.h"
#include "Translations.h"
#include "UserActions.h"
#include "UserDetailsPane.h"

#include "demo/DemoAccount.h"
#include "domain/ActivityEntry.h"
#include "domain/Language.h"
#include "domain/CloudRole.h"
#include "domain/Role.h"
#include "items/UserFilter.h"
#include "items/UsersModel.h"
#include "session/AccountSession.h"
#include "session/AccountTokens.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <algorithm>
#include <memory>

using Field = UserDetailsPane::Field;

class TestUserDetailsPane : public QObject, private DemoWindowFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shownBesideTheTable();
    void followsTheCurrentRow();
    void pendingInvitationWithItsExpiry();
    void signInMethods();
    void everyAccountOfThePerson();
    void cloudRoles();
    void tokensTheyIssued();
    void theirActivity();
    void copiesTheEmail();
    void buttonsActOnThisPerson();
    void buttonsFollowTheRules();
    void afterTheUserIsRemoved();
    void changesOfTheUserShowAtOnce();
    void anotherSession();
    void followsTheLanguage();

private:
    UserDetailsPane *pane() const { return m_window->detailsPane(); }
    QString value(Field field) const { return pane()->valueLabel(field)->text(); }
    // Makes the first shown user `matches` accepts (never the signed-in one) the current row.
    User makeCurrent(const std::function<bool(const User &)> &matches);
    void makeCurrentId(qint64 id);
    QList<User> allUsers() const { return m_account->listUsers(0, 0).value().users; }

};

void TestUserDetailsPane::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(openDemo().ok());
    QVERIFY(openDemoWindow());
    QTRY_VERIFY(m_window->userActions()->isAdministrator());
}

void TestUserDetailsPane::cleanup()
{
    closeDemoWindow();
    Translations::switchTo(qApp, QStringLiteral("en"));
}

void TestUserDetailsPane::makeCurrentId(qint64 id)
{
    const QModelIndex source = m_window->usersModel()->index(m_window->usersModel()->rowOfUser(id), 0);
    const QModelIndex shown = m_window->userFilter()->mapFromSource(source);
    QVERIFY(shown.isValid());
    m_window->tableView()->selectionModel()->setCurrentIndex(
        shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

User TestUserDetailsPane::makeCurrent(const std::function<bool(const User &)> &matches)
{
    const UsersModel *users = m_window->usersModel();
    for (int row = 0; row < users->rowCount(); ++row) {
        const User user = users->user(row);
        if (user.id != m_meId && matches(user)) {
            makeCurrentId(user.id);
            return user;
        }
    }
    return {};
}

void TestUserDetailsPane::shownBesideTheTable()
{
    QVERIFY(pane()->isVisible());
    // Right of the table, below the filter bar, which keeps the window's width.
    const auto *split = qobject_cast<QSplitter *>(pane()->parentWidget());
    QVERIFY(split);
    QCOMPARE(split->indexOf(pane()), 1);
    QVERIFY(split->widget(0)->isAncestorOf(m_window->tableView()));
    QVERIFY(!split->isAncestorOf(m_window->filterBar()));
    QVERIFY(pane()->x() > m_window->tableView()->width());
    // Nothing current yet.
    QCOMPARE(pane()->userId(), 0);
    QVERIFY(pane()->placeholder()->isVisible());
    QCOMPARE(pane()->placeholder()->text(), QStringLiteral("No user selected"));

    // View > User Details hides it, and the window remembers.
    QAction *toggle = m_window->detailsAction();
    QCOMPARE(toggle->text(), QStringLiteral("User Details"));
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QVERIFY(toggle->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!pane()->isVisible());
    m_window->close();
    MainWindow again(m_session.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.detailsPane()->isVisible());
    QVERIFY(!again.detailsAction()->isChecked());
    again.detailsAction()->trigger();
    QVERIFY(again.detailsPane()->isVisible());
}

void TestUserDetailsPane::followsTheCurrentRow()
{
    const User first = makeCurrent([this](const User &u) {
        return u.activated && u.isActive && !u.name.isEmpty() && m_account->cloudAssignments(u.id).value().isEmpty();
    });
    QVERIFY(first.id != 0);
    QCOMPARE(pane()->userId(), first.id);
    QVERIFY(!pane()->placeholder()->isVisible());
    QCOMPARE(value(Field::NameField), first.name);
    QCOMPARE(value(Field::EmailField), first.email);
    QCOMPARE(value(Field::IdField), QString::number(first.id));
    QCOMPARE(value(Field::RoleField), Role::displayName(first.roleId(m_clientId)));
    QCOMPARE(value(Field::StatusField), QStringLiteral("Active"));
    QCOMPARE(value(Field::TwoFactorField), first.twoFa ? QStringLiteral("On") : QStringLiteral("Off"));
    QCOMPARE(value(Field::LanguageField), Language::displayName(first.lang));
    QCOMPARE(value(Field::PhoneField), first.phone.isEmpty() ? QStringLiteral("Not given") : first.phone);
    QCOMPARE(value(Field::CompanyField), first.company.isEmpty() ? QStringLiteral("Not given") : first.company);
    QTRY_COMPARE(value(Field::CloudRolesField), QStringLiteral("None"));
    QVERIFY(!value(Field::GroupsField).isEmpty());

    // With the keyboard, to the next row: the pane follows.
    QTableView *table = m_window->tableView();
    table->setFocus();
    const int row = table->currentIndex().row();
    QVERIFY(row + 1 < table->model()->rowCount());
    QTest::keyClick(table, Qt::Key_Down);
    const qint64 next = table->model()->index(row + 1, 0).data(UsersModel::UserIdRole).toLongLong();
    QCOMPARE(pane()->userId(), next);
    QCOMPARE(value(Field::EmailField), m_account->user(next).value().email);

    // The search hides the row: no user is shown.
    m_window->searchField()->setText(QStringLiteral("no one is called this"));
    m_window->filterBar()->applySearchNow();
    QTRY_COMPARE(pane()->userId(), 0);
    QVERIFY(pane()->placeholder()->isVisible());
}

void TestUserDetailsPane::pendingInvitationWithItsExpiry()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const User pending = makeCurrent([&](const User &u) {
        return u.status(now) == UserStatus::Pending && u.invitationExpiresAt().isValid();
    });
    QVERIFY(pending.id != 0);
    const QStringList lines = value(Field::StatusField).split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Pending invitation · expires in ")), qPrintable(lines.at(0)));
    const QString until = QLocale().toString(pending.invitationExpiresAt().toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(lines.at(1), QStringLiteral("The invitation is valid until %1.").arg(until));
    QVERIFY(pane()->resendButton()->isEnabled());

    const User expired = makeCurrent([&](const User &u) { return u.status(now) == UserStatus::Expired; });
    QVERIFY(expired.id != 0);
    QVERIFY2(value(Field::StatusField).startsWith(QLatin1String("Invitation expired\nThe invitation expired on ")),
             qPrintable(value(Field::StatusField)));
}

void TestUserDetailsPane::signInMethods()
{
    const auto has = [](const char *type) {
        return [type](const User &u) { return u.authTypes.contains(QLatin1String(type)); };
    };
    QVERIFY(makeCurrent(has("sso")).id != 0);
    QVERIFY2(value(Field::SignInField).contains(QLatin1String("SSO")), qPrintable(value(Field::SignInField)));
    const User github = makeCurrent(has("github"));
    QVERIFY(github.id != 0);
    QCOMPARE(value(Field::SignInField), signInMethodsText(github.signInMethods()));
    QVERIFY(value(Field::SignInField).contains(QLatin1String("GitHub")));
    QVERIFY(makeCurrent(has("google-oauth2")).id != 0);
    QVERIFY(value(Field::SignInField).contains(QLatin1String("Google")));
}

// The person's Cloud roles, asked for once they stay current, with the projects' names; the
// owner administers the whole account's Cloud.
void TestUserDetailsPane::cloudRoles()
{
    const User engineer = makeCurrent([this](const User &u) {
        const QList<CloudAssignment> roles = m_account->cloudAssignments(u.id).value();
        return std::any_of(roles.cbegin(), roles.cend(), [](const CloudAssignment &a) {
            return a.role == CloudRole::projectAdministrator() && a.projectId == 4102;
        });
    });
    QVERIFY(engineer.id != 0);
    QCOMPARE(value(Field::CloudRolesField), QStringLiteral("Loading…"));
    QTRY_VERIFY(value(Field::CloudRolesField).contains(QStringLiteral("Project administrator in Production")));
    const QStringList lines = value(Field::CloudRolesField).split(u'\n');
    QCOMPARE(lines.size(), m_account->cloudAssignments(engineer.id).value().size());

    makeCurrentId(m_meId);
    QTRY_COMPARE(value(Field::CloudRolesField),
                 QStringLiteral("%1 in the whole account").arg(CloudRole::displayName(CloudRole::clientAdministrator())));
    // Asked once per person: back to the engineer, at once.
    makeCurrentId(engineer.id);
    QVERIFY(value(Field::CloudRolesField).contains(QStringLiteral("Project administrator in Production")));
}

void TestUserDetailsPane::everyAccountOfThePerson()
{
    User person = makeCurrent([](const User &u) { return u.activated; });
    QVERIFY(person.id != 0);
    QCOMPARE(value(Field::AccountsField),
             QStringLiteral("%1 (ID %2): %3 — this account")
                 .arg(person.clientAndRoles.constFirst().companyName)
                 .arg(m_clientId)
                 .arg(Role::displayName(person.roleId(m_clientId))));

    // Someone in three accounts, as their record says after a refresh.
    person.clientAndRoles.append({777001, QStringLiteral("Northwind Labs"), person.id, {Role::Engineers}});
    person.clientAndRoles.append({777002, QString(), person.id, {Role::Users, Role::PurgeAndPrefetchApi}});
    m_window->usersModel()->upsertUsers({person});
    const QStringList lines = value(Field::AccountsField).split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).endsWith(QStringLiteral(" — this account")));
    QCOMPARE(lines.at(1), QStringLiteral("Northwind Labs (ID 777001): Engineers"));
    QCOMPARE(lines.at(2), QStringLiteral("Account (ID 777002): Users, %1").arg(Role::displayName(Role::PurgeAndPrefetchApi)));
}

void TestUserDetailsPane::tokensTheyIssued()
{
    const User person = makeCurrent([](const User &u) { return u.activated && u.isActive; });
    QVERIFY(person.id != 0);
    QVERIFY(m_account->addToken(person.id, QStringLiteral("Release pipeline")).ok());
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(30);
    QVERIFY(m_account->addToken(person.id, QStringLiteral("Nightly export"), soon).ok());

    // Not loaded until asked: nothing goes to the server for a glance.
    QCOMPARE(m_session->tokens()->state(), AccountTokens::State::NotLoaded);
    QCOMPARE(value(Field::TokensField), QStringLiteral("Not loaded"));
    QPushButton *load = pane()->loadTokensButton();
    QVERIFY(load->isVisible());
    QTest::mouseClick(load, Qt::LeftButton);
    QTRY_COMPARE(m_session->tokens()->state(), AccountTokens::State::Loaded);
    QVERIFY(!load->isVisible());
    QStringList lines = value(Field::TokensField).split(u'\n');
    lines.sort();
    const QString expires = QLocale().toString(soon.toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(lines, QStringList({QStringLiteral("Nightly export · Expires: %1").arg(expires),
                                 QStringLiteral("Release pipeline · Expires: Never")}));

    // Someone else's are not theirs.
    const User other = makeCurrent([&](const User &u) {
        return u.id != person.id && m_session->tokens()->issuedBy(u.id).isEmpty();
    });
    QVERIFY(other.id != 0);
    QCOMPARE(value(Field::TokensField), QStringLiteral("None"));
}

void TestUserDetailsPane::theirActivity()
{
    const User person = makeCurrent([](const User &u) { return u.activated && u.isActive; });
    QVERIFY(person.id != 0);
    QCOMPARE(value(Field::ActivityField), QStringLiteral("None"));
    m_session->record(ActivityEntry::role(), person.id, person.email, QStringLiteral("Role: Users → Engineers"), {});
    m_session->record(ActivityEntry::resend(), person.id + 1, QStringLiteral("someone@else.example"), QString(), {});
    QStringList lines = value(Field::ActivityField).split(u'\n');
    QCOMPARE(lines.size(), 1);
    // An entry that names them by email alone is theirs too.
    ActivityEntry byEmail;
    byEmail.actor = QStringLiteral("Demo account");
    byEmail.action = ActivityEntry::invite();
    byEmail.userEmail = person.email.toUpper();
    byEmail.detail = QStringLiteral("Invitation sent, role Users");
    m_session->record(byEmail);
    lines = value(Field::ActivityField).split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(QStringLiteral("Invite · Invitation sent, role Users")), qPrintable(lines.at(0)));
    lines.removeFirst();
    QVERIFY2(lines.at(0).endsWith(QStringLiteral(" · Change role · Role: Users → Engineers · Done")), qPrintable(lines.at(0)));

    // The latest few; the rest are counted.
    for (int i = 0; i < UserDetailsPane::ActivityShown + 1; ++i)
        m_session->record(ActivityEntry::edit(), person.id, person.email, QStringLiteral("Edit %1").arg(i), {});
    lines = value(Field::ActivityField).split(u'\n');
    QCOMPARE(lines.size(), UserDetailsPane::ActivityShown + 1);
    QVERIFY2(lines.at(0).contains(QStringLiteral("Edit %1").arg(UserDetailsPane::ActivityShown)), qPrintable(lines.at(0)));
    QCOMPARE(lines.constLast(), QStringLiteral("3 earlier entries in the Activity log"));
}

void TestUserDetailsPane::copiesTheEmail()
{
    const User person = makeCurrent([](const User &u) { return !u.name.isEmpty(); });
    QVERIFY(person.id != 0);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(pane()->copyButton(Field::EmailField), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), person.email);
    QTest::mouseClick(pane()->copyButton(Field::IdField), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::number(person.id));
    QTest::mouseClick(pane()->copyButton(Field::NameField), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), person.name);
    QVERIFY(pane()->copyButton(Field::EmailField)->toolTip() == QStringLiteral("Copy Email"));
    QVERIFY(pane()->valueLabel(Field::EmailField)->textInteractionFlags() & Qt::TextSelectableByKeyboard);
}

void TestUserDetailsPane::buttonsActOnThisPerson()
{
    UserActions *actions = m_window->userActions();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Two people selected, one of them current: the pane's buttons are for the current one.
    const User other = makeCurrent([&](const User &u) { return u.status(now) == UserStatus::Active; });
    const User pending = makeCurrent([&](const User &u) { return u.status(now) == UserStatus::Pending; });
    QVERIFY(other.id != 0 && pending.id != 0);
    QItemSelectionModel *selection = m_window->tableView()->selectionModel();
    const QModelIndex otherIndex =
        m_window->userFilter()->mapFromSource(m_window->usersModel()->index(m_window->usersModel()->rowOfUser(other.id), 0));
    selection->select(otherIndex, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(actions->selectedRows().size(), 2);
    QCOMPARE(pane()->userId(), pending.id);
    QVERIFY(actions->removeAction()->text().contains(QLatin1String("2")));
    QCOMPARE(pane()->removeButton()->text(), QStringLiteral("Remove…"));

    // Resend asks the table's question, for this person.
    QTest::mouseClick(pane()->resendButton(), Qt::LeftButton);
    QMessageBox *question = actions->openQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY2(question->text().contains(pending.email), qPrintable(question->text()));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!actions->openQuestion());

    // Remove opens the removal dialog for this person alone.
    QTest::mouseClick(pane()->removeButton(), Qt::LeftButton);
    RemoveUserDialog *remove = actions->removeDialog();
    QVERIFY(remove);
    QTRY_VERIFY(remove->isVisible());
    QCOMPARE(remove->users().size(), 1);
    QCOMPARE(remove->users().constFirst().id, pending.id);
    remove->reject();
    QTRY_VERIFY(!actions->removeDialog());

    // Edit opens the edit dialog on them.
    QTest::mouseClick(pane()->editButton(), Qt::LeftButton);
    EditUserDialog *edit = actions->editDialog();
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible());
    QCOMPARE(edit->emailField()->text(), pending.email);
    edit->reject();
}

void TestUserDetailsPane::buttonsFollowTheRules()
{
    UserActions *actions = m_window->userActions();
    // Yourself: not removable, with the table's reason.
    makeCurrentId(m_meId);
    QCOMPARE(pane()->userId(), m_meId);
    QVERIFY(!pane()->removeButton()->isEnabled());
    QCOMPARE(pane()->removeButton()->toolTip(), actions->removeAction()->toolTip());
    QCOMPARE(pane()->removeButton()->toolTip(), QStringLiteral("You can't remove yourself from the account."));
    QVERIFY(!pane()->resendButton()->isEnabled()); // an activated user has no invitation
    QVERIFY(pane()->editButton()->isEnabled());

    // Read-only: everything says why.
    const User person = makeCurrent([](const User &u) { return u.activated && u.isActive; });
    QVERIFY(pane()->removeButton()->isEnabled());
    QCOMPARE(pane()->removeButton()->toolTip(), QStringLiteral("Remove from this account"));
    m_session->requireSignIn(QStringLiteral("The session ended."));
    QVERIFY(m_session->isReadOnly());
    for (QToolButton *button : {pane()->resendButton(), pane()->editButton(), pane()->removeButton()}) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        QCOMPARE(button->toolTip(), m_session->readOnlyReason());
    }
    QCOMPARE(pane()->userId(), person.id); // still shown, only not changeable
}

void TestUserDetailsPane::afterTheUserIsRemoved()
{
    UserActions *actions = m_window->userActions();
    const User person = makeCurrent([](const User &u) { return u.activated && u.isActive; });
    QVERIFY(person.id != 0);
    actions->setUndoDelay(60 * 60 * 1000);
    actions->removeUsers({person});
    QCOMPARE(m_window->usersModel()->rowOfUser(person.id), -1);
    // The pane shows the row that became current, or no one; never the removed person.
    QVERIFY(pane()->userId() != person.id);
    QCOMPARE(pane()->userId(), actions->currentId());
    if (pane()->userId() != 0)
        QCOMPARE(value(Field::EmailField), m_account->user(pane()->userId()).value().email);
    else
        QVERIFY(pane()->placeholder()->isVisible());

    // Undo brings them back; choosing them shows them again.
    actions->undoRemoval();
    makeCurrentId(person.id);
    QCOMPARE(value(Field::EmailField), person.email);

    // Gone with the whole list (another account's users): no one is shown.
    m_window->usersModel()->setUsers({});
    QCOMPARE(pane()->userId(), 0);
    QVERIFY(pane()->placeholder()->isVisible());
}

void TestUserDetailsPane::changesOfTheUserShowAtOnce()
{
    User person = makeCurrent([](const User &u) { return u.activated && u.isActive; });
    QVERIFY(person.id != 0);
    person.name = QStringLiteral("Renamed Person");
    person.phone = QStringLiteral("+49 30 1234567");
    person.groups = {{5, QStringLiteral("Engineers")}, {7, QStringLiteral("On call")}};
    m_window->usersModel()->upsertUsers({person});
    QCOMPARE(value(Field::NameField), QStringLiteral("Renamed Person"));
    QCOMPARE(value(Field::PhoneField), QStringLiteral("+49 30 1234567"));
    QCOMPARE(value(Field::GroupsField), QStringLiteral("Engineers, On call"));
    QCOMPARE(pane()->valueLabel(Field::NameField)->accessibleDescription(), QStringLiteral("Renamed Person"));
}

void TestUserDetailsPane::anotherSession()
{
    const User person = makeCurrent([](const User &u) { return u.activated; });
    QVERIFY(person.id != 0);
    m_window->setSession(nullptr);
    QCOMPARE(pane()->userId(), 0);
    QVERIFY(pane()->placeholder()->isVisible());

    auto session = std::make_unique<AccountSession>(m_api.get(), nullptr, m_log.get());
    QSignalSpy loaded(session.get(), &AccountSession::loadFinished);
    m_window->setSession(session.get());
    m_session = std::move(session);
    m_session->start();
    QVERIFY(loaded.wait());
    QCOMPARE(pane()->userId(), 0);
    makeCurrentId(person.id);
    QCOMPARE(value(Field::EmailField), person.email);
}

void TestUserDetailsPane::followsTheLanguage()
{
    const User person = makeCurrent([this](const User &u) {
        return u.activated && u.isActive && !u.twoFa && m_account->cloudAssignments(u.id).value().isEmpty();
    });
    QVERIFY(person.id != 0);
    QTRY_COMPARE(value(Field::CloudRolesField), QStringLiteral("None"));
    QVERIFY(!Translations::switchTo(qApp, QStringLiteral("ru")).isEmpty());
    QTRY_COMPARE(m_window->detailsAction()->text(), QCoreApplication::translate("UserDetailsPane", "User Details"));
    QVERIFY(m_window->detailsAction()->text() != QLatin1String("User Details"));
    QCOMPARE(pane()->accessibleName(), m_window->detailsAction()->text());
    QCOMPARE(pane()->fieldLabel(Field::GroupsField)->text(), QCoreApplication::translate("UserDetailsPane", "Groups"));
    QVERIFY(pane()->fieldLabel(Field::GroupsField)->text() != QLatin1String("Groups"));
    QCOMPARE(pane()->fieldLabel(Field::TwoFactorField)->text(),
             QCoreApplication::translate("UsersModel", "Two-factor authentication"));
    QCOMPARE(pane()->valueLabel(Field::TwoFactorField)->accessibleName(),
             pane()->fieldLabel(Field::TwoFactorField)->text());
    QCOMPARE(value(Field::TwoFactorField), QCoreApplication::translate("UsersModel", "Off"));
    QCOMPARE(value(Field::CloudRolesField), QCoreApplication::translate("UserDetailsPane", "None"));
    QVERIFY(value(Field::CloudRolesField) != QLatin1String("None"));
    QCOMPARE(pane()->editButton()->text(), QCoreApplication::translate("UserActions", "Edit…"));

    m_window->setSession(nullptr);
    QCOMPARE(pane()->placeholder()->text(), QCoreApplication::translate("UserDetailsPane", "No user selected"));
    QVERIFY(pane()->placeholder()->text() != QLatin1String("No user selected"));
}

ROSTER_TEST_MAIN(TestUserDetailsPane)
#include "tst_userdetailspane.moc"
