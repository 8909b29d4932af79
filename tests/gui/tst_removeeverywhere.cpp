// Remove from All My Accounts in the window, on the demo account and its two linked accounts
// (DemoPlatform): the row menu's action, the confirmation that lists every shared account with
// what will happen there, and the result per account.
#include "DemoAccountFixture.h"
#include "MainWindow.h"
#include "RemoveEverywhereDialog.h"
#include "TestMain.h"
#include "UserActions.h"

#include "demo/DemoPlatform.h"
#include "demo/DemoSeed.h"
#include "domain/ActivityEntry.h"
#include "domain/Role.h"
#include "items/UsersModel.h"
#include "session/AccountSession.h"
#include "session/RemovalEverywhere.h"
#include "store/ActivityLog.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

class TestRemoveEverywhere : public QObject, private DemoAccountFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void removedFromEveryAccount();
    void blockedAndNotAdministratorAreNamed();
    void blockingTokensDeletedFirst();
    void onlyForPeopleInSeveralAccounts();
    void accountsNamedTwiceCountOnce();
    void goesWithItsSession();

private:
    // The shown rows of people other than the signed-in one in all three accounts.
    QList<int> rowsInThreeAccounts() const;
    qint64 idAt(int row) const;
    void selectRow(int row);
    // Selects the member in all three accounts who has (or has not) a token in the Labs
    // account; their id, 0 when there is none.
    qint64 chooseSharedMember(bool labsToken);
    // Opens the dialog for the selected row and waits for its check.
    RemoveEverywhereDialog *openDialog();
    QList<qint64> accountsOf(const QString &email) const;

    std::unique_ptr<DemoPlatform> m_platform;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestRemoveEverywhere::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(openDemo().ok());
    QVERIFY(openActivityLog().ok());
    m_platform = std::make_unique<DemoPlatform>(m_account.get());
    QVERIFY(m_platform->open(true).ok());
    m_api->setPlatform(m_platform.get());
    m_session = std::make_unique<AccountSession>(m_api.get(), nullptr, m_log.get());
    m_window = std::make_unique<MainWindow>(m_session.get());
    QSignalSpy loaded(m_window.get(), &MainWindow::firstLoadFinished);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(loaded.wait());
    QTRY_VERIFY(m_window->userActions()->isAdministrator());
}

void TestRemoveEverywhere::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_api->setPlatform(nullptr);
    m_platform.reset();
    closeFixture();
}

QList<int> TestRemoveEverywhere::rowsInThreeAccounts() const
{
    QList<int> rows;
    const QAbstractItemModel *shown = m_window->tableView()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const qint64 id = idAt(row);
        const User user = m_session->users()->user(m_session->users()->rowOfUser(id));
        if (id != m_session->identity().userId && user.clientAndRoles.size() == 3)
            rows.append(row);
    }
    return rows;
}

qint64 TestRemoveEverywhere::idAt(int row) const
{
    return m_window->tableView()->model()->index(row, 0).data(UsersModel::UserIdRole).toLongLong();
}

void TestRemoveEverywhere::selectRow(int row)
{
    QTableView *table = m_window->tableView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    table->selectRow(row);
}

qint64 TestRemoveEverywhere::chooseSharedMember(bool labsToken)
{
    DemoAccount *labs = m_platform->account(DemoSeed::LabsClientId);
    for (int row : rowsInThreeAccounts()) {
        if (labs->tokens(DemoSeed::LabsClientId, idAt(row)).value().isEmpty() != labsToken) {
            selectRow(row);
            return idAt(row);
        }
    }
    return 0;
}

RemoveEverywhereDialog *TestRemoveEverywhere::openDialog()
{
    QAction *action = m_window->userActions()->removeEverywhereAction();
    m_window->userActions()->createRowMenu(m_window.get())->deleteLater(); // updates the actions
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    RemoveEverywhereDialog *dialog = m_window->userActions()->removeEverywhereDialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible() && !dialog->isBusy(); }, 10000))
        return nullptr;
    return dialog;
}

QList<qint64> TestRemoveEverywhere::accountsOf(const QString &email) const
{
    QList<qint64> ids;
    for (DemoAccount *account : m_platform->accounts()) {
        if (!account->memberships({email}).value().isEmpty())
            ids.append(account->clientId());
    }
    return ids;
}

void TestRemoveEverywhere::removedFromEveryAccount()
{
    // The signed-in administrator is in all three; two members are too.
    QCOMPARE(m_session->myAccounts().size(), 3);
    const QList<int> rows = rowsInThreeAccounts();
    QCOMPARE(rows.size(), 2);
    // The one whose Labs account has no token of theirs.
    const qint64 id = chooseSharedMember(false);
    QVERIFY(id != 0);
    const QString email = m_account->user(id).value().email;
    RemoveEverywhereDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTreeWidget *list = dialog->accountList();
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("%1 (this account)").arg(DemoSeed::companyName()));
    QCOMPARE(list->topLevelItem(1)->text(0), DemoSeed::companyName(DemoSeed::LabsClientId));
    QCOMPARE(list->topLevelItem(2)->text(0), DemoSeed::companyName(DemoSeed::AsiaClientId));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(list->topLevelItem(i)->text(1), QStringLiteral("Will be removed"));
    QVERIFY(dialog->removeButton()->isEnabled());
    QVERIFY(dialog->removeButton()->text().startsWith(QStringLiteral("Remove from 3 Account")));
    QVERIFY(dialog->summaryLabel()->text().contains(email));
    // What the confirmation says reaches a screen reader.
    QAccessibleInterface *summary = QAccessible::queryAccessibleInterface(dialog->summaryLabel());
    QVERIFY(summary);
    QCOMPARE(summary->text(QAccessible::Name), dialog->summaryLabel()->text());

    QSignalSpy settled(dialog, &RemoveEverywhereDialog::settled);
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QVERIFY(settled.wait(10000));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(list->topLevelItem(i)->text(1), QStringLiteral("Removed"));
    QVERIFY(!dialog->removeButton()->isVisible());
    QCOMPARE(dialog->closeButton()->text(), QStringLiteral("Close"));
    QVERIFY(accountsOf(email).isEmpty());
    QCOMPARE(m_session->users()->rowOfUser(id), -1);
    QVERIFY(m_session->currentNotice());
    QCOMPARE(m_session->currentNotice()->level, Notice::Level::Success);
    QVERIFY(m_session->currentNotice()->text.contains(QStringLiteral("3")));
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->userActions()->removeEverywhereDialog());
}

// The other shared member issued a token in the Labs account, and the signed-in person is no
// administrator in the Asia account: the confirmation says so for each, and only this account
// removes them.
void TestRemoveEverywhere::blockedAndNotAdministratorAreNamed()
{
    DemoAccount *asia = m_platform->account(DemoSeed::AsiaClientId);
    QVERIFY(asia->setRole(DemoSeed::AsiaClientId, m_meId, int(Role::Users)).ok());
    QSignalSpy finished(m_session.get(), &AccountSession::loadFinished);
    m_window->refresh();
    QVERIFY(finished.wait(10000));

    const qint64 id = chooseSharedMember(true);
    QVERIFY(id != 0);
    const QString email = m_account->user(id).value().email;
    RemoveEverywhereDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTreeWidget *list = dialog->accountList();
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Will be removed"));
    QVERIFY(list->topLevelItem(1)->text(1).contains(QStringLiteral("“Labs CI runner”")));
    QVERIFY(list->topLevelItem(1)->text(1).startsWith(QStringLiteral("Not removed: blocked by 1 active API token")));
    QCOMPARE(list->topLevelItem(2)->text(1),
             QStringLiteral("Not removed: you are not an administrator in this account"));
    QVERIFY(dialog->removeButton()->text().startsWith(QStringLiteral("Remove from 1 Account")));

    QSignalSpy settled(dialog, &RemoveEverywhereDialog::settled);
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QVERIFY(settled.wait(10000));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Removed"));
    QCOMPARE(accountsOf(email), (QList<qint64>{DemoSeed::LabsClientId, DemoSeed::AsiaClientId}));
    QCOMPARE(m_session->users()->rowOfUser(id), -1);
}

// Ticking "Delete the API token that blocks it first": the Labs token is deleted (and recorded),
// then the person leaves all three accounts.
void TestRemoveEverywhere::blockingTokensDeletedFirst()
{
    const qint64 id = chooseSharedMember(true);
    QVERIFY(id != 0);
    const QString email = m_account->user(id).value().email;
    DemoAccount *labs = m_platform->account(DemoSeed::LabsClientId);
    QCOMPARE(labs->tokens(DemoSeed::LabsClientId, id).value().size(), 1);
    RemoveEverywhereDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTreeWidget *list = dialog->accountList();
    QVERIFY(dialog->deleteTokensBox()->isVisible());
    QVERIFY(dialog->deleteTokensBox()->text().startsWith(QStringLiteral("Delete the 1 API token")));
    QVERIFY(dialog->removeButton()->text().startsWith(QStringLiteral("Remove from 2 Account")));
    QTest::mouseClick(dialog->deleteTokensBox(), Qt::LeftButton);
    QVERIFY(dialog->deleteTokensBox()->isChecked());
    QVERIFY(list->topLevelItem(1)->text(1).startsWith(QStringLiteral("Will be removed after deleting 1 API token")));
    QVERIFY(dialog->removeButton()->text().startsWith(QStringLiteral("Remove from 3 Account")));

    QSignalSpy settled(dialog, &RemoveEverywhereDialog::settled);
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QVERIFY(settled.wait(10000));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(list->topLevelItem(i)->text(1), QStringLiteral("Removed"));
    QVERIFY(accountsOf(email).isEmpty());
    const QList<ApiToken> left = labs->tokens(DemoSeed::LabsClientId, 0).value();
    QVERIFY(std::none_of(left.cbegin(), left.cend(),
                         [](const ApiToken &t) { return t.name == QLatin1String("Labs CI runner"); }));
    int deletions = 0;
    const QList<ActivityEntry> logged = m_log->entries(100).value();
    for (const ActivityEntry &entry : logged)
        deletions += entry.action == ActivityEntry::deleteToken() && entry.userId == id && entry.ok;
    QCOMPARE(deletions, 1);
}

void TestRemoveEverywhere::onlyForPeopleInSeveralAccounts()
{
    QAction *action = m_window->userActions()->removeEverywhereAction();
    const QAbstractItemModel *shown = m_window->tableView()->model();
    int alone = -1;
    int me = -1;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const qint64 id = idAt(row);
        const User user = m_session->users()->user(m_session->users()->rowOfUser(id));
        if (id == m_session->identity().userId)
            me = row;
        else if (user.clientAndRoles.size() == 1 && alone < 0)
            alone = row;
    }
    QVERIFY(alone >= 0);
    QVERIFY(me >= 0);
    selectRow(alone);
    m_window->userActions()->createRowMenu(m_window.get())->deleteLater();
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), QStringLiteral("This person belongs to no other account of yours."));
    selectRow(me);
    m_window->userActions()->createRowMenu(m_window.get())->deleteLater();
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), QStringLiteral("You cannot remove yourself from your accounts here."));
    selectRow(rowsInThreeAccounts().constFirst());
    m_window->userActions()->createRowMenu(m_window.get())->deleteLater();
    QVERIFY(action->isEnabled());
}

// A server that names an account twice in client_and_roles gets one entry for it, in the
// switcher's list and in the confirmation alike; this account stays first.
void TestRemoveEverywhere::accountsNamedTwiceCountOnce()
{
    UsersModel *users = m_session->users();
    User me = users->user(users->rowOfUser(m_session->identity().userId));
    std::reverse(me.clientAndRoles.begin(), me.clientAndRoles.end());
    me.clientAndRoles += me.clientAndRoles;
    users->upsertUsers({me});
    const QList<ClientRoles> mine = m_session->myAccounts();
    QCOMPARE(mine.size(), 3);
    QCOMPARE(mine.constFirst().clientId, m_clientId);

    User person = users->user(users->rowOfUser(idAt(rowsInThreeAccounts().constFirst())));
    person.clientAndRoles += person.clientAndRoles;
    const QList<RemovalEverywhere::Account> shared = RemovalEverywhere::sharedAccounts(m_session.get(), person);
    QCOMPARE(shared.size(), 3);
    QVERIFY(shared.constFirst().current);
    QCOMPARE(shared.constFirst().clientId, m_clientId);
}

// The confirmation works on the session itself: another account shown, it is gone at once.
void TestRemoveEverywhere::goesWithItsSession()
{
    QVERIFY(chooseSharedMember(false) != 0);
    const QPointer<RemoveEverywhereDialog> dialog = openDialog();
    QVERIFY(dialog);
    m_window->setSession(nullptr);
    QVERIFY(!dialog);
    QVERIFY(!m_window->userActions()->removeEverywhereDialog());
}

ROSTER_TEST_MAIN(TestRemoveEverywhere)
#include "tst_removeeverywhere.moc"
