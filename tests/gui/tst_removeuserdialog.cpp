#include "DemoAccountFixture.h"
#include "DialogDriver.h"
#include "FakeAccountApi.h"
#include "RemoveUserDialog.h"
#include "TestMain.h"

#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "domain/Role.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace DialogDriver;

class TestRemoveUserDialog : public QObject, private DemoAccountFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void singleNamesUserAndExplains();
    void singleNeedsEmailRetyped();
    void singleBlockedByActiveTokens();
    void blockedRemovedAfterDeletingTokens();
    void expiredTokensDoNotBlock();
    void bulkWithOneBlocked();
    void bulkAllBlocked();
    void tokenCheckFailureAndRetry();
    void tokensNotListable();
    void userGoneMeanwhile();
    void closingDropsChecks();

private:
    std::unique_ptr<RemoveUserDialog> open(const QList<User> &users, AccountApi *api = nullptr);
    // Active users without tokens, other than the owner.
    QList<User> plainUsers(int count) const;
};

void TestRemoveUserDialog::init()
{
    const Result<Done> opened = openDemo();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
}

void TestRemoveUserDialog::cleanup()
{
    closeFixture();
}

std::unique_ptr<RemoveUserDialog> TestRemoveUserDialog::open(const QList<User> &users, AccountApi *api)
{
    auto dialog = std::make_unique<RemoveUserDialog>(api ? api : m_api.get(), m_clientId, users);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    QSignalSpy finished(dialog.get(), &RemoveUserDialog::checkFinished);
    if (dialog->isChecking() && !finished.wait(5000))
        return nullptr;
    return dialog;
}

QList<User> TestRemoveUserDialog::plainUsers(int count) const
{
    QList<User> list;
    const QList<User> all = m_account->listUsers(0, 0).value().users;
    for (const User &u : all) {
        if (u.id != m_meId && u.activated && !u.name.isEmpty()
            && m_account->tokens(m_clientId, u.id).value().isEmpty())
            list.append(u);
        if (list.size() == count)
            break;
    }
    return list;
}

void TestRemoveUserDialog::singleNamesUserAndExplains()
{
    const User u = plainUsers(1).value(0);
    auto dialog = open({u});
    QVERIFY(dialog);
    QVERIFY(dialog->summaryLabel()->text().contains(u.name));
    QVERIFY(dialog->summaryLabel()->text().contains(u.email));
    const QString explanation = dialog->explanationLabel()->text();
    QVERIFY(explanation.contains(QLatin1String("this account only")));
    QVERIFY(explanation.contains(QLatin1String("other accounts keeps access")));
    QVERIFY(explanation.contains(QLatin1String("deleted")));
    QVERIFY(!dialog->peopleList()->isVisibleTo(dialog.get()));
    QVERIFY(!shown(dialog->blockedLabel()));
    QVERIFY(!shown(dialog->retryButton()));
    QVERIFY(dialog->confirmationLabel()->text().contains(u.email));
}

void TestRemoveUserDialog::singleNeedsEmailRetyped()
{
    const User u = plainUsers(1).value(0);
    auto dialog = open({u});
    QVERIFY(dialog);
    QCOMPARE(ids(dialog->removableUsers()), QList<qint64>{u.id});
    QVERIFY(!dialog->removeButton()->isEnabled());
    type(dialog->confirmationField(), u.email.left(u.email.size() - 1));
    QVERIFY(!dialog->removeButton()->isEnabled());
    type(dialog->confirmationField(), u.email + QStringLiteral("x"));
    QVERIFY(!dialog->removeButton()->isEnabled());
    // Case and surrounding spaces do not matter.
    type(dialog->confirmationField(), QStringLiteral("  ") + u.email.toUpper() + QStringLiteral(" "));
    QVERIFY(dialog->removeButton()->isEnabled());

    QSignalSpy confirmed(dialog.get(), &RemoveUserDialog::confirmed);
    click(dialog->removeButton());
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(ids(confirmed.at(0).at(0).value<QList<User>>()), QList<qint64>{u.id});
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    // The dialog only confirms; the main window removes.
    QVERIFY(m_account->user(u.id).ok());
}

void TestRemoveUserDialog::singleBlockedByActiveTokens()
{
    const User u = plainUsers(1).value(0);
    QVERIFY(m_account->addToken(u.id, QStringLiteral("deploy-bot")).ok());
    QVERIFY(m_account->addToken(u.id, QStringLiteral("nightly-ci"), QDateTime::currentDateTimeUtc().addDays(30)).ok());
    QVERIFY(m_account->addToken(u.id, QStringLiteral("old-script"), QDateTime::currentDateTimeUtc().addDays(-3)).ok());
    auto dialog = open({u});
    QVERIFY(dialog);
    QVERIFY(shown(dialog->blockedLabel()));
    const QString text = dialog->blockedLabel()->text();
    QVERIFY2(text.contains(QLatin1String("You can't remove the user as they have active tokens")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("deploy-bot")));
    QVERIFY(text.contains(QLatin1String("never expires")));
    QVERIFY(text.contains(QLatin1String("nightly-ci")));
    QVERIFY(text.contains(QLatin1String("expires")));
    QVERIFY(!text.contains(QLatin1String("old-script")));
    QCOMPARE(dialog->activeTokens(u.id).size(), 2);
    QVERIFY(dialog->removableUsers().isEmpty());
    QCOMPARE(ids(dialog->blockedUsers()), QList<qint64>{u.id});
    QVERIFY(!dialog->confirmationField()->isVisibleTo(dialog.get()));
    type(dialog->confirmationField(), u.email);
    QVERIFY(!dialog->removeButton()->isEnabled());
}

// Ticking "Delete … first" is the one explicit confirmation: the person becomes removable, the
// texts and the button say the tokens go first, and confirmed() carries them.
void TestRemoveUserDialog::blockedRemovedAfterDeletingTokens()
{
    const QList<User> users = plainUsers(2);
    QCOMPARE(users.size(), 2);
    QVERIFY(m_account->addToken(users[0].id, QStringLiteral("deploy-bot")).ok());
    QVERIFY(m_account->addToken(users[0].id, QStringLiteral("nightly-ci"), QDateTime::currentDateTimeUtc().addDays(30)).ok());
    auto dialog = open({users[0]});
    QVERIFY(dialog);
    QCheckBox *box = dialog->deleteTokensBox();
    QVERIFY(shown(box));
    QVERIFY(!box->isChecked());
    QVERIFY2(box->text().startsWith(QLatin1String("&Delete 2 active API token")), qPrintable(box->text()));
    QVERIFY(box->text().endsWith(QLatin1String("first (this cannot be undone)")));
    QVERIFY(!shown(dialog->confirmationField())); // nothing to confirm yet
    QVERIFY(!dialog->removeButton()->isEnabled());
    QVERIFY(dialog->tokensToDelete().isEmpty());

    click(box);
    QVERIFY(box->isChecked());
    QCOMPARE(ids(dialog->removableUsers()), QList<qint64>{users[0].id});
    QVERIFY(shown(dialog->confirmationField()));
    QVERIFY(!dialog->removeButton()->isEnabled());
    type(dialog->confirmationField(), users[0].email);
    QVERIFY(dialog->removeButton()->isEnabled());
    QCOMPARE(dialog->removeButton()->text(), QStringLiteral("Delete Tokens and &Remove User"));
    QVERIFY2(dialog->blockedLabel()->text().contains(QLatin1String("will be deleted first")),
             qPrintable(dialog->blockedLabel()->text()));
    QSignalSpy confirmed(dialog.get(), &RemoveUserDialog::confirmed);
    click(dialog->removeButton());
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(ids(confirmed.at(0).at(0).value<QList<User>>()), QList<qint64>{users[0].id});
    const auto tokens = confirmed.at(0).at(1).value<QHash<qint64, QList<ApiToken>>>();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.value(users[0].id).size(), 2);
    QVERIFY(m_account->user(users[0].id).ok()); // the dialog deletes nothing itself

    // Several: the blocked one counts once ticked, and the state column says what happens.
    QVERIFY(m_account->addToken(users[1].id, QStringLiteral("terraform")).ok());
    auto bulk = open(users);
    QVERIFY(bulk);
    QCOMPARE(bulk->removableUsers().size(), 0);
    click(bulk->deleteTokensBox());
    QCOMPARE(bulk->removableUsers().size(), 2);
    QVERIFY(bulk->peopleList()->topLevelItem(1)->text(2).startsWith(QLatin1String("Will be removed after deleting 1 API token")));
    type(bulk->confirmationField(), QStringLiteral("2"));
    QVERIFY(bulk->removeButton()->isEnabled());
    QVERIFY(bulk->removeButton()->text().startsWith(QLatin1String("Delete Tokens and &Remove 2 User")));
}

void TestRemoveUserDialog::expiredTokensDoNotBlock()
{
    const User u = plainUsers(1).value(0);
    QVERIFY(m_account->addToken(u.id, QStringLiteral("old-script"), QDateTime::currentDateTimeUtc().addSecs(-60)).ok());
    auto dialog = open({u});
    QVERIFY(dialog);
    QVERIFY(!shown(dialog->blockedLabel()));
    type(dialog->confirmationField(), u.email);
    QVERIFY(dialog->removeButton()->isEnabled());
}

void TestRemoveUserDialog::bulkWithOneBlocked()
{
    const QList<User> users = plainUsers(3);
    QCOMPARE(users.size(), 3);
    QVERIFY(m_account->addToken(users[1].id, QStringLiteral("terraform")).ok());
    auto dialog = open(users);
    QVERIFY(dialog);
    QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("3")));
    QTreeWidget *people = dialog->peopleList();
    QVERIFY(people->isVisibleTo(dialog.get()));
    QCOMPARE(people->topLevelItemCount(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(people->topLevelItem(i)->text(0), users[i].name);
        QCOMPARE(people->topLevelItem(i)->text(1), users[i].email);
    }
    QVERIFY(people->topLevelItem(1)->text(2).contains(QLatin1String("terraform")));

    QCOMPARE(ids(dialog->blockedUsers()), QList<qint64>{users[1].id});
    QCOMPARE(ids(dialog->removableUsers()), (QList<qint64>{users[0].id, users[2].id}));
    const QString blocked = dialog->blockedLabel()->text();
    QVERIFY(blocked.contains(users[1].name));
    QVERIFY(blocked.contains(users[1].email));
    QVERIFY(blocked.contains(QLatin1String("terraform")));
    QVERIFY(!blocked.contains(users[0].email));
    QCOMPARE(dialog->expectedConfirmation(), QStringLiteral("2"));
    QVERIFY(dialog->confirmationLabel()->text().contains(QLatin1String("2")));
    QVERIFY(dialog->removeButton()->text().contains(QLatin1String("2")));

    type(dialog->confirmationField(), QStringLiteral("3"));
    QVERIFY(!dialog->removeButton()->isEnabled());
    type(dialog->confirmationField(), QStringLiteral(" 2 "));
    QVERIFY(dialog->removeButton()->isEnabled());
    QSignalSpy confirmed(dialog.get(), &RemoveUserDialog::confirmed);
    QTest::keyClick(dialog->confirmationField(), Qt::Key_Return);
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(ids(confirmed.at(0).at(0).value<QList<User>>()), (QList<qint64>{users[0].id, users[2].id}));
    QVERIFY(!dialog->isVisible());
}

void TestRemoveUserDialog::bulkAllBlocked()
{
    const QList<User> users = plainUsers(2);
    for (const User &u : users)
        QVERIFY(m_account->addToken(u.id, QStringLiteral("token-%1").arg(u.id)).ok());
    auto dialog = open(users);
    QVERIFY(dialog);
    QCOMPARE(dialog->blockedUsers().size(), 2);
    QVERIFY(dialog->removableUsers().isEmpty());
    QVERIFY(dialog->confirmationLabel()->text().contains(QLatin1String("None")));
    QVERIFY(!dialog->removeButton()->isEnabled());
}

void TestRemoveUserDialog::tokenCheckFailureAndRetry()
{
    // Signed in as someone who may not read other people's tokens: the check fails.
    const QList<User> users = plainUsers(3);
    QVERIFY(m_account->setActingUser(users[2].id).ok());
    auto dialog = open(users.mid(0, 2));
    QVERIFY(dialog);
    QVERIFY(dialog->hasCheckFailures());
    QVERIFY(shown(dialog->checkLabel()));
    QVERIFY2(dialog->checkLabel()->text().contains(QLatin1String("could not be checked")),
             qPrintable(dialog->checkLabel()->text()));
    QVERIFY(dialog->checkLabel()->text().contains(QLatin1String("You do not have permission")));
    QVERIFY(shown(dialog->retryButton()));
    type(dialog->confirmationField(), QStringLiteral("2"));
    QVERIFY(!dialog->removeButton()->isEnabled());

    QVERIFY(m_account->setActingUser(m_meId).ok());
    QSignalSpy finished(dialog.get(), &RemoveUserDialog::checkFinished);
    click(dialog->retryButton());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!dialog->hasCheckFailures());
    QVERIFY(!shown(dialog->retryButton()));
    QVERIFY(!shown(dialog->checkLabel()));
    QVERIFY(dialog->removeButton()->isEnabled());
    QCOMPARE(dialog->removableUsers().size(), 2);
}

void TestRemoveUserDialog::tokensNotListable()
{
    FakeAccountApi api(m_api.get());
    api.missing.insert(AccountApi::Capability::ListTokens);
    const User u = plainUsers(1).value(0);
    QVERIFY(m_account->addToken(u.id, QStringLiteral("deploy-bot")).ok());
    auto dialog = open({u}, &api);
    QVERIFY(dialog);
    QCOMPARE(api.unsupportedCalls, 0);
    QVERIFY(!dialog->isChecking());
    QVERIFY(shown(dialog->checkLabel()));
    QVERIFY(dialog->checkLabel()->text().contains(QLatin1String("could not be checked")));
    QVERIFY(!shown(dialog->retryButton()));
    type(dialog->confirmationField(), u.email);
    QVERIFY(dialog->removeButton()->isEnabled());
    QSignalSpy confirmed(dialog.get(), &RemoveUserDialog::confirmed);
    click(dialog->removeButton());
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(ids(confirmed.at(0).at(0).value<QList<User>>()), QList<qint64>{u.id});
}

void TestRemoveUserDialog::userGoneMeanwhile()
{
    const QList<User> users = plainUsers(2);
    QVERIFY(m_account->removeUser(m_clientId, users[0].id).ok());
    auto dialog = open(users);
    QVERIFY(dialog);
    QCOMPARE(ids(dialog->removableUsers()), QList<qint64>{users[1].id});
    QVERIFY(dialog->checkLabel()->text().contains(QLatin1String("no longer in the account")));
    type(dialog->confirmationField(), QStringLiteral("1"));
    QVERIFY(dialog->removeButton()->isEnabled());
}

void TestRemoveUserDialog::closingDropsChecks()
{
    m_api->setLatency(40);
    const QList<User> users = plainUsers(6);
    auto dialog = std::make_unique<RemoveUserDialog>(m_api.get(), m_clientId, users);
    dialog->show();
    QVERIFY(dialog->isChecking());
    QSignalSpy finished(dialog.get(), &RemoveUserDialog::checkFinished);
    click(dialog->cancelButton());
    QVERIFY(!dialog->isVisible());
    QTRY_COMPARE(m_api->pendingCount(), 0);
    QCOMPARE(finished.count(), 0);
}

ROSTER_TEST_MAIN(TestRemoveUserDialog)
#include "tst_removeuserdialog.moc"
