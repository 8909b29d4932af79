// The row actions of the main window on the demo account: resend by double-click and Enter,
// resend every expired invitation, change roles of several users, copy, the row menu, and
// what a non-administrator and an offline window may not do (and say why).
#include "Banner.h"
#include "DemoWindowFixture.h"
#include "DialogDriver.h"
#include "MainWindow.h"
#include "ActivityPanel.h"
#include "EditUserDialog.h"
#include "InviteDialog.h"
#include "RemoveUserDialog.h"
#include "TokensPanel.h"
#include "TestMain.h"
#include "UserActions.h"

#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "domain/Role.h"
#include "items/UserFilter.h"
#include "items/ActivityModel.h"
#include "items/UsersModel.h"
#include "session/AccountSession.h"
#include "session/ActionPolicy.h"
#include "session/UserOperations.h"
#include "store/ActivityLog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QTreeWidget>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

class TestUserActions : public QObject, private DemoWindowFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void doubleClickPendingThenEnterResends();
    void enterOnAPendingRowAsksToo();
    void cancelSendsNothing();
    void activatedUserHasNothingToResend();
    void deleteKeyRemovesAfterConfirmation();
    void blockedByTokensRemovedInOneFlow();
    void cannotRemoveYourself();
    void resendAllExpired();
    void changeRoleOfSeveral();
    void lastAdministratorIsNotDemoted();
    void copyEmailsAndIds();
    void rowMenuAndButton();
    void nonAdministratorIsToldWhy();
    void removalCanBeUndone();
    void removalIsSentAfterTheDelay();
    void refusedRemovalBringsTheRowBack();
    void closingSendsAHeldRemoval();
    void inviteFromTheWindow();

private:
    // The row of the table (as shown) of the first user with this status.
    int shownRowOf(UserStatus status) const;
    qint64 idAt(int shownRow) const;
    QMessageBox *waitForQuestion() const;
    QList<User> allUsers() const { return m_account->listUsers(0, 0).value().users; }

};

void TestUserActions::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(openDemo().ok());
    QVERIFY(openDemoWindow());
    QTRY_VERIFY(m_window->userActions()->isAdministrator()); // Emily Carter, the demo's administrator
}

void TestUserActions::cleanup()
{
    closeDemoWindow();
}

int TestUserActions::shownRowOf(UserStatus status) const
{
    // Never the signed-in administrator: what is done to others is not always allowed to yourself.
    const QAbstractItemModel *shown = m_window->tableView()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(UsersModel::StatusRole).toInt() == int(status)
            && idAt(row) != m_window->userActions()->signedInUserId())
            return row;
    }
    return -1;
}

qint64 TestUserActions::idAt(int shownRow) const
{
    return m_window->tableView()->model()->index(shownRow, 0).data(UsersModel::UserIdRole).toLongLong();
}

QMessageBox *TestUserActions::waitForQuestion() const
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = m_window->userActions()->openQuestion();
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

void TestUserActions::doubleClickPendingThenEnterResends()
{
    const int row = shownRowOf(UserStatus::Pending);
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTableView *table = m_window->tableView();
    table->scrollTo(table->model()->index(row, 0));
    const QRect cell = table->visualRect(table->model()->index(row, UsersModel::Email));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    const QString email = m_account->user(id).value().email;
    QVERIFY2(question->text().contains(email), qPrintable(question->text()));
    QTest::keyClick(question, Qt::Key_Enter);

    Banner *banner = m_window->banner();
    QTRY_COMPARE(banner->level(), Banner::Level::Success);
    QCOMPARE(banner->text(), QStringLiteral("Invitation resent to %1. The new link is valid for 24 hours.").arg(email));
    // The account sent it now, and the row counts 24 hours from now.
    QVERIFY(m_account->user(id).value().invitationSentAt >= before);
    const int modelRow = m_window->usersModel()->rowOfUser(id);
    QCOMPARE(m_window->usersModel()->data(m_window->usersModel()->index(modelRow, UsersModel::Status)).toString(),
             QStringLiteral("Pending invitation · expires in 24 h"));

    // The activity log has it, stored.
    const Result<QList<ActivityEntry>> logged = m_log->entries();
    QVERIFY(logged.ok());
    QCOMPARE(logged.value().size(), 1);
    const ActivityEntry &entry = logged.value().constFirst();
    QCOMPARE(entry.action, ActivityEntry::resend());
    QCOMPARE(entry.userId, id);
    QCOMPARE(entry.userEmail, email);
    QVERIFY(entry.ok);
    QCOMPARE(entry.actor, m_account->user(m_window->userActions()->signedInUserId()).value().email);
    QCOMPARE(m_window->activityPanel()->model()->rowCount(), 1);
}

void TestUserActions::enterOnAPendingRowAsksToo()
{
    const int row = shownRowOf(UserStatus::Expired);
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    QTableView *table = m_window->tableView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    QTest::mouseClick(question->defaultButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->banner()->level(), Banner::Level::Success);
    QCOMPARE(m_window->usersModel()->status(m_window->usersModel()->rowOfUser(id)), UserStatus::Pending);
}

void TestUserActions::cancelSendsNothing()
{
    const int row = shownRowOf(UserStatus::Expired);
    const qint64 id = idAt(row);
    const QDateTime sent = m_account->user(id).value().invitationSentAt;
    QTableView *table = m_window->tableView();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->userActions()->openQuestion());
    QCOMPARE(m_account->user(id).value().invitationSentAt, sent);
    QCOMPARE(m_window->usersModel()->status(m_window->usersModel()->rowOfUser(id)), UserStatus::Expired);
}

void TestUserActions::activatedUserHasNothingToResend()
{
    const int row = shownRowOf(UserStatus::Active);
    QVERIFY(row >= 0);
    const qint64 id = idAt(row);
    QTableView *table = m_window->tableView();
    table->scrollTo(table->model()->index(row, 0));
    const QPoint name = table->visualRect(table->model()->index(row, UsersModel::Name)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, name);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, name);
    // No question about resending: an activated user opens for editing.
    QVERIFY(!m_window->userActions()->openQuestion());
    EditUserDialog *edit = m_window->userActions()->editDialog();
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible());
    QCOMPARE(edit->emailField()->text(), m_account->user(id).value().email);
    // Someone else: only the role can change, and the dialog says why.
    QVERIFY(!edit->canEditDetails());
    QVERIFY(edit->canEditRole());
    QTRY_VERIFY(!edit->isBusy()); // the current role was read
    edit->roleBox()->setCurrentIndex(edit->roleBox()->findData(int(Role::Engineers)));
    QTRY_VERIFY(edit->saveButton()->isEnabled());
    QTest::mouseClick(edit->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->banner()->level(), Banner::Level::Success);
    const qint64 clientId = m_account->me().value().clientId;
    QCOMPARE(m_account->role(clientId, id).value(), int(Role::Engineers));
    QCOMPARE(m_window->usersModel()->roleId(m_window->usersModel()->rowOfUser(id)), int(Role::Engineers));
    QCOMPARE(m_log->entries().value().constFirst().action, ActivityEntry::edit());
    QVERIFY(m_log->entries().value().constFirst().detail.contains(QStringLiteral("→ Engineers")));

    // And the resend action says why it cannot resend to this user.
    table->selectRow(row);
    QVERIFY(!m_window->userActions()->resendAction()->isEnabled());
    QCOMPARE(m_window->userActions()->resendAction()->toolTip(),
             QStringLiteral("Only pending or expired invitations can be resent."));
}

void TestUserActions::deleteKeyRemovesAfterConfirmation()
{
    const int row = shownRowOf(UserStatus::Deactivated);
    const qint64 id = idAt(row);
    const QString email = m_account->user(id).value().email;
    QTableView *table = m_window->tableView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    table->selectRow(row);
    QTest::keyClick(table, Qt::Key_Delete);
    RemoveUserDialog *dialog = m_window->userActions()->removeDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY(!dialog->isChecking()); // the tokens were checked
    QVERIFY(!dialog->removeButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationField(), email);
    QTRY_VERIFY(dialog->removeButton()->isEnabled());
    m_window->userActions()->setUndoDelay(60 * 60 * 1000);
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QCOMPARE(m_window->usersModel()->rowOfUser(id), -1);
    QVERIFY(m_window->userActions()->hasPendingRemoval());
    QVERIFY(m_account->user(id).ok()); // held: Undo is still possible
    QSignalSpy idle(m_window->userActions(), &UserActions::idle);
    QVERIFY(m_window->userActions()->sendPendingRemoval());
    QVERIFY(idle.wait());
    QCOMPARE(m_account->user(id).error().kind, ApiError::Kind::NotFound);
}

// The Gcore guide's "delete these tokens first", without leaving Roster: the removal dialog
// deletes the tokens and then removes the person; afterwards the account's token list shows
// the issuer as deleted (the expired token that stays).
void TestUserActions::blockedByTokensRemovedInOneFlow()
{
    const int row = shownRowOf(UserStatus::Active);
    const qint64 id = idAt(row);
    const QString email = m_account->user(id).value().email;
    QVERIFY(m_account->addToken(id, QStringLiteral("Release pipeline")).ok());
    QVERIFY(m_account->addToken(id, QStringLiteral("Old script"), QDateTime::currentDateTimeUtc().addDays(-2)).ok());
    QTableView *table = m_window->tableView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    table->selectRow(row);
    QTest::keyClick(table, Qt::Key_Delete);
    RemoveUserDialog *dialog = m_window->userActions()->removeDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY(!dialog->isChecking());
    QVERIFY(dialog->deleteTokensBox()->isVisible());
    QTest::mouseClick(dialog->deleteTokensBox(), Qt::LeftButton);
    QTest::keyClicks(dialog->confirmationField(), email);
    QTRY_VERIFY(dialog->removeButton()->isEnabled());
    m_window->userActions()->setUndoDelay(10);
    QSignalSpy idle(m_window->userActions(), &UserActions::idle);
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QVERIFY(idle.wait());
    QCOMPARE(m_account->user(id).error().kind, ApiError::Kind::NotFound);
    QCOMPARE(m_window->usersModel()->rowOfUser(id), -1);
    QCOMPARE(m_window->banner()->level(), Banner::Level::Success);
    const QList<ActivityEntry> logged = m_log->entries().value();
    QCOMPARE(logged.at(0).action, ActivityEntry::remove());
    QVERIFY(logged.at(0).ok);
    QCOMPARE(logged.at(1).action, ActivityEntry::deleteToken());
    QVERIFY(logged.at(1).detail.contains(QLatin1String("Release pipeline")));
    const QList<ApiToken> left = m_account->tokens(m_clientId, 0).value();
    const auto kept = std::find_if(left.cbegin(), left.cend(), [id](const ApiToken &t) { return t.userId == id; });
    QVERIFY(kept != left.cend());
    QCOMPARE(kept->name, QStringLiteral("Old script"));
    QVERIFY(kept->issuerDeleted);

    // The API tokens view shows the removed issuer crossed out.
    TokensPanel *tokens = m_window->tokensPanel();
    m_window->findChild<QAction *>(QStringLiteral("tokensAction"))->trigger();
    QVERIFY(tokens->isVisible());
    QTreeWidgetItem *item = nullptr;
    QTRY_VERIFY([&] {
        const QList<QTreeWidgetItem *> found = tokens->list()->findItems(QStringLiteral("Old script"), Qt::MatchExactly);
        item = found.value(0);
        return item != nullptr;
    }());
    QVERIFY(item->text(TokensPanel::IssuerColumn).contains(email));
    QVERIFY(item->font(TokensPanel::IssuerColumn).strikeOut());
    QCOMPARE(item->toolTip(TokensPanel::IssuerColumn), QStringLiteral("The user has been deleted"));
    QVERIFY(tokens->list()->findItems(QStringLiteral("Release pipeline"), Qt::MatchExactly).isEmpty());
}

void TestUserActions::cannotRemoveYourself()
{
    const qint64 me = m_window->userActions()->signedInUserId();
    const int row = m_window->userFilter()->mapFromSource(
        m_window->usersModel()->index(m_window->usersModel()->rowOfUser(me), 0)).row();
    m_window->tableView()->selectRow(row);
    QVERIFY(!m_window->userActions()->removeAction()->isEnabled());
    QCOMPARE(m_window->userActions()->removeAction()->toolTip(),
             QStringLiteral("You can't remove yourself from the account."));
}

void TestUserActions::resendAllExpired()
{
    int expired = 0;
    for (const User &user : allUsers())
        expired += user.status(QDateTime::currentDateTimeUtc()) == UserStatus::Expired ? 1 : 0;
    QVERIFY(expired > 2);
    QAction *action = m_window->userActions()->resendExpiredAction();
    QVERIFY(action->isEnabled());
    QCOMPARE(action->text(), QStringLiteral("Resend All E&xpired (%1)").arg(expired));
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("resendExpiredButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    QCOMPARE(question->text(), QStringLiteral("Resend the invitations to %1 users?").arg(expired));
    QTest::keyClick(question, Qt::Key_Enter);
    QTRY_COMPARE(m_window->banner()->level(), Banner::Level::Success);
    // What was done, named.
    QCOMPARE(m_window->banner()->text(),
             QStringLiteral("Invitations resent to %1 people. The new links are valid for 24 hours.").arg(expired));
    QCOMPARE(action->text(), QStringLiteral("Resend All E&xpired (0)"));
    QVERIFY(!action->isEnabled());
    for (const User &user : allUsers())
        QVERIFY(user.status(QDateTime::currentDateTimeUtc()) != UserStatus::Expired);
}

// The only active administrator lowering their own role from the role menu: refused with the
// reason before anything is sent.
void TestUserActions::lastAdministratorIsNotDemoted()
{
    const qint64 me = m_window->userActions()->signedInUserId();
    const qint64 clientId = m_account->me().value().clientId;
    for (const User &user : allUsers()) {
        if (user.id != me && user.roleId(clientId) == Role::Administrators)
            QVERIFY(m_account->setRole(clientId, user.id, int(Role::Users)).ok());
    }
    QSignalSpy finished(m_session.get(), &AccountSession::loadFinished);
    m_window->refresh();
    QVERIFY(finished.wait());
    QCOMPARE(m_session->operations()->otherActiveAdministrators(me), 0);
    m_window->userActions()->changeRole({me}, int(Role::Engineers));
    QVERIFY(!m_window->userActions()->openQuestion());
    QTRY_COMPARE(m_window->banner()->text(), ActionPolicy::lastAdministratorReason());
    QCOMPARE(m_account->role(clientId, me).value(), int(Role::Administrators));

    // The edit dialog the window opens knows it too: Save is off, with the reason under the role.
    m_window->userActions()->openEditDialog(me);
    EditUserDialog *dialog = m_window->userActions()->editDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible() && !dialog->isBusy());
    DialogDriver::choose(dialog->roleBox(), int(Role::Engineers));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->roleNote()->text(), ActionPolicy::lastAdministratorReason());
    dialog->reject();
}

void TestUserActions::changeRoleOfSeveral()
{
    // Yourself among them: changed last, so that the others are still allowed.
    const qint64 me = m_window->userActions()->signedInUserId();
    const int first = m_window->userFilter()->mapFromSource(
        m_window->usersModel()->index(m_window->usersModel()->rowOfUser(me), 0)).row();
    const int second = shownRowOf(UserStatus::Pending);
    QVERIFY(first >= 0 && second >= 0);
    const qint64 a = idAt(first);
    const qint64 b = idAt(second);
    QTableView *table = m_window->tableView();
    table->selectRow(first);
    table->selectionModel()->select(table->model()->index(second, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QAction *engineers = nullptr;
    for (QAction *action : m_window->userActions()->roleActions()) {
        if (action->data().toInt() == Role::Engineers)
            engineers = action;
    }
    QVERIFY(engineers && engineers->isEnabled());
    engineers->trigger();
    // Yourself among them: asked first, with what you lose.
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    QCOMPARE(question->objectName(), QStringLiteral("lowerMyRoleQuestion"));
    QCOMPARE(question->informativeText(), ActionPolicy::selfDemotionLosses());
    QAbstractButton *lower = DialogDriver::buttonOf(question, QStringLiteral("&Lower My Role"));
    QVERIFY(lower);
    QTest::mouseClick(lower, Qt::LeftButton);
    QTRY_VERIFY2(m_window->banner()->level() == Banner::Level::Success, qPrintable(m_window->banner()->text()));
    // You may still read your own role; another's, no longer an administrator, only in the list.
    const qint64 clientId = m_account->me().value().clientId;
    QCOMPARE(m_account->role(clientId, a).value(), int(Role::Engineers));
    QCOMPARE(m_account->role(clientId, b).error().kind, ApiError::Kind::Forbidden);
    int roleOfB = 0;
    for (const User &user : allUsers()) {
        if (user.id == b)
            roleOfB = user.roleId(clientId);
    }
    QCOMPARE(roleOfB, int(Role::Engineers));
    QCOMPARE(m_window->usersModel()->roleId(m_window->usersModel()->rowOfUser(a)), int(Role::Engineers));
    const QList<ActivityEntry> logged = m_log->entries().value();
    QCOMPARE(logged.size(), 2);
    QCOMPARE(logged.first().userId, me); // newest first: yourself last
    QVERIFY(logged.first().detail.startsWith(QStringLiteral("Role: Administrators → Engineers")));
    // No longer an administrator: role changes are now disabled, and say why.
    QVERIFY(!m_window->userActions()->isAdministrator());
    QVERIFY(!engineers->isEnabled());
    QCOMPARE(m_window->userActions()->roleActions().constFirst()->toolTip(),
             QStringLiteral("Only administrators can change roles."));
}

void TestUserActions::copyEmailsAndIds()
{
    QTableView *table = m_window->tableView();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString emails = table->model()->index(0, UsersModel::Email).data().toString() + u'\n'
        + table->model()->index(1, UsersModel::Email).data().toString();
    m_window->userActions()->copyEmailAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), emails);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::number(idAt(0)) + u'\n' + QString::number(idAt(1)));
}

void TestUserActions::rowMenuAndButton()
{
    const int row = shownRowOf(UserStatus::Pending);
    QTableView *table = m_window->tableView();
    table->scrollTo(table->model()->index(row, 0));
    const QPoint inRow = table->visualRect(table->model()->index(row, UsersModel::Name)).center();

    // The "⋯" button follows the mouse and opens the row's menu.
    QTest::mouseMove(table->viewport(), inRow);
    QToolButton *button = m_window->userActions()->rowButton();
    QTRY_VERIFY(button->isVisible());
    QVERIFY(qAbs(button->geometry().center().y() - inRow.y()) <= 2);
    QTest::mouseClick(button, Qt::LeftButton);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_window->findChild<QMenu *>(QStringLiteral("rowMenu"))) && menu->isVisible());
    QVERIFY(table->selectionModel()->isRowSelected(row, {}));
    QVERIFY(menu->actions().contains(m_window->userActions()->resendAction()));
    QVERIFY(m_window->userActions()->resendAction()->isEnabled());
    menu->close();
    QTRY_VERIFY(!m_window->findChild<QMenu *>(QStringLiteral("rowMenu")));

    // The menu key: the menu of the current row, at that row.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    table->selectRow(row);
    QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(2, 2), table->mapToGlobal(QPoint(2, 2)));
    QApplication::sendEvent(table, &key);
    QTRY_VERIFY((menu = m_window->findChild<QMenu *>(QStringLiteral("rowMenu"))) && menu->isVisible());
    QVERIFY(menu->actions().contains(m_window->userActions()->editAction()));
    QVERIFY(table->selectionModel()->isRowSelected(row, {}));
    menu->close();
    QTRY_VERIFY(!m_window->findChild<QMenu *>(QStringLiteral("rowMenu")));

    // The same menu on right-click.
    QContextMenuEvent event(QContextMenuEvent::Mouse, inRow, table->viewport()->mapToGlobal(inRow));
    QApplication::sendEvent(table->viewport(), &event);
    QTRY_VERIFY((menu = m_window->findChild<QMenu *>(QStringLiteral("rowMenu"))) && menu->isVisible());
    menu->close();
}

void TestUserActions::nonAdministratorIsToldWhy()
{
    // Someone with the Users role signs in to the demo account.
    qint64 plainUser = 0;
    const qint64 clientId = m_account->me().value().clientId;
    for (const User &user : allUsers()) {
        if (user.activated && user.isActive && m_account->role(clientId, user.id).value() == Role::Users) {
            plainUser = user.id;
            break;
        }
    }
    QVERIFY(plainUser != 0);
    QVERIFY(m_account->setActingUser(plainUser).ok());
    // The same account as another person: a session of its own.
    auto session = std::make_unique<AccountSession>(m_api.get(), nullptr, m_log.get());
    QSignalSpy reloaded(session.get(), &AccountSession::loadFinished);
    m_window->setSession(session.get());
    m_session = std::move(session);
    m_session->start();
    QVERIFY(reloaded.wait());
    QTRY_COMPARE(m_window->userActions()->signedInUserId(), plainUser);
    QVERIFY(!m_window->userActions()->isAdministrator());

    const int row = shownRowOf(UserStatus::Pending);
    QVERIFY(row >= 0);
    QTableView *table = m_window->tableView();
    table->selectRow(row);
    QAction *resend = m_window->userActions()->resendAction();
    QVERIFY(!resend->isEnabled());
    QCOMPARE(resend->toolTip(), QStringLiteral("Only administrators can resend invitations."));
    QVERIFY(!m_window->userActions()->resendExpiredAction()->isEnabled());
    QCOMPARE(m_window->userActions()->roleActions().constFirst()->isEnabled(), false);
    // A double-click says the same, and asks nothing.
    table->scrollTo(table->model()->index(row, 0));
    const QPoint name = table->visualRect(table->model()->index(row, UsersModel::Name)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, name);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, name);
    QVERIFY(!m_window->userActions()->openQuestion());
    QCOMPARE(m_window->banner()->level(), Banner::Level::Warning);
    QCOMPARE(m_window->banner()->text(), QStringLiteral("Only administrators can resend invitations."));
}

void TestUserActions::removalCanBeUndone()
{
    UserActions *actions = m_window->userActions();
    const int row = shownRowOf(UserStatus::Active);
    const qint64 id = idAt(row);
    const User user = m_account->user(id).value();
    const int before = m_window->usersModel()->rowCount();
    actions->setUndoDelay(60 * 60 * 1000); // only Undo decides here
    actions->removeUsers({user});
    QCOMPARE(m_window->usersModel()->rowCount(), before - 1);
    QCOMPARE(m_window->usersModel()->rowOfUser(id), -1);
    QCOMPARE(m_window->banner()->text(), QStringLiteral("%1 removed from the account.").arg(user.email));
    QVERIFY(actions->undoAction()->isEnabled());

    // Ctrl+Z brings the row back; the account never heard of it.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!actions->hasPendingRemoval());
    QCOMPARE(m_window->usersModel()->rowCount(), before);
    QVERIFY(m_window->usersModel()->rowOfUser(id) >= 0);
    QVERIFY(m_account->user(id).ok());
    QCOMPARE(m_window->banner()->text(), QStringLiteral("%1 was not removed.").arg(user.email));
    QCOMPARE(m_log->entries().value().constFirst().action, ActivityEntry::removeUndone());

    // And the banner's Undo button does the same.
    actions->removeUsers({user});
    QCOMPARE(m_window->banner()->buttons().size(), 1);
    QTest::mouseClick(m_window->banner()->buttons().constFirst(), Qt::LeftButton);
    QVERIFY(m_window->usersModel()->rowOfUser(id) >= 0);
    QVERIFY(m_account->user(id).ok());
}

void TestUserActions::removalIsSentAfterTheDelay()
{
    UserActions *actions = m_window->userActions();
    const qint64 a = idAt(shownRowOf(UserStatus::Active));
    const qint64 b = idAt(shownRowOf(UserStatus::Pending));
    actions->setUndoDelay(50);
    QSignalSpy idle(actions, &UserActions::idle);
    actions->removeUsers({m_account->user(a).value(), m_account->user(b).value()});
    QCOMPARE(m_window->banner()->text(), QStringLiteral("2 users removed from the account."));
    QVERIFY(idle.wait());
    QCOMPARE(m_account->user(a).error().kind, ApiError::Kind::NotFound);
    QCOMPARE(m_account->user(b).error().kind, ApiError::Kind::NotFound);
    QCOMPARE(m_window->usersModel()->rowOfUser(a), -1);
    QCOMPARE(m_window->banner()->level(), Banner::Level::Success);
    QVERIFY(!actions->undoAction()->isEnabled());
    const QList<ActivityEntry> logged = m_log->entries().value();
    QCOMPARE(logged.size(), 2);
    QCOMPARE(logged.at(0).action, ActivityEntry::remove());
    QVERIFY(logged.at(0).ok && logged.at(1).ok);
}

void TestUserActions::refusedRemovalBringsTheRowBack()
{
    // A user with an active API token cannot be removed: the server says so, the row returns.
    const qint64 id = idAt(shownRowOf(UserStatus::Active));
    QVERIFY(m_account->addToken(id, QStringLiteral("CI deploy")).ok());
    UserActions *actions = m_window->userActions();
    actions->setUndoDelay(10);
    QSignalSpy idle(actions, &UserActions::idle);
    actions->removeUsers({m_account->user(id).value()});
    QCOMPARE(m_window->usersModel()->rowOfUser(id), -1);
    QVERIFY(idle.wait());
    QVERIFY(m_window->usersModel()->rowOfUser(id) >= 0);
    QVERIFY(m_account->user(id).ok());
    QCOMPARE(m_window->banner()->level(), Banner::Level::Error);
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("active tokens")), qPrintable(m_window->banner()->text()));
    QVERIFY(!m_log->entries().value().constFirst().ok);
}

void TestUserActions::closingSendsAHeldRemoval()
{
    const qint64 id = idAt(shownRowOf(UserStatus::Deactivated));
    UserActions *actions = m_window->userActions();
    actions->setUndoDelay(60 * 60 * 1000);
    actions->removeUsers({m_account->user(id).value()});
    QVERIFY(!m_window->close()); // not yet: the removal goes first
    QVERIFY(m_window->isVisible());
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_account->user(id).error().kind, ApiError::Kind::NotFound);
}

void TestUserActions::inviteFromTheWindow()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    InviteDialog *dialog = m_window->userActions()->inviteDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Typed as an input method delivers it (QTest::keyClicks knows only ASCII).
    const auto type = [](QLineEdit *field, const QString &text) {
        QInputMethodEvent typed;
        typed.setCommitString(text);
        QApplication::sendEvent(field, &typed);
    };
    type(dialog->nameField(0), QStringLiteral("Hanna Schäfer"));
    type(dialog->emailField(0), QStringLiteral("hanna.schaefer@bücher.de"));
    QTRY_VERIFY(dialog->canInvite());
    const int before = m_window->usersModel()->rowCount();
    QTest::mouseClick(dialog->inviteButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->usersModel()->rowCount(), before + 1);

    // On the table at once: its ID, pending, 24 hours to go; in the log; said on the banner.
    const User &invited = m_window->usersModel()->user(before);
    QCOMPARE(invited.email, QStringLiteral("hanna.schaefer@bücher.de"));
    QVERIFY(invited.id > 0);
    QCOMPARE(m_window->usersModel()->data(m_window->usersModel()->index(before, UsersModel::Status)).toString(),
             QStringLiteral("Pending invitation · expires in 24 h"));
    QCOMPARE(m_window->banner()->text(),
             QStringLiteral("Invitation sent to hanna.schaefer@bücher.de. The link is valid for 24 hours."));
    QCOMPARE(m_log->entries().value().constFirst().action, ActivityEntry::invite());
    QCOMPARE(m_log->entries().value().constFirst().userId, invited.id);
    QVERIFY(m_account->user(invited.id).ok());
}

ROSTER_TEST_MAIN(TestUserActions)
#include "tst_useractions.moc"
