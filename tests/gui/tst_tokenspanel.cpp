// The API tokens dock on the demo account, in a real window: the account's tokens with their
// issuers (a removed one crossed out, "The user has been deleted"), deleting the selected ones
// after one question, and what someone who is no administrator may do.
#include "DemoWindowFixture.h"
#include "MainWindow.h"
#include "TestMain.h"
#include "TokensPanel.h"

#include "demo/DemoAccount.h"
#include "demo/DemoSeed.h"
#include "domain/ActivityEntry.h"
#include "session/AccountSession.h"
#include "session/AccountTokens.h"
#include "store/ActivityLog.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

class TestTokensPanel : public QObject, private DemoWindowFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsEveryTokenWithItsIssuer();
    void deletesSelectedAfterOneQuestion();
    void refusedDeletionSaysWhy();
    void notAnAdministrator();

private:
    void openWindow();
    QTreeWidgetItem *itemNamed(const QString &name) const;
};

void TestTokensPanel::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(openDemo().ok());
}

void TestTokensPanel::cleanup()
{
    closeDemoWindow();
}

void TestTokensPanel::openWindow()
{
    QVERIFY(openDemoWindow());
    QTRY_VERIFY(m_session->identity().confirmed);
    m_window->tokensPanel()->show();
    QTRY_COMPARE(m_session->tokens()->state(), AccountTokens::State::Loaded);
}

QTreeWidgetItem *TestTokensPanel::itemNamed(const QString &name) const
{
    QTreeWidget *list = m_window->tokensPanel()->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(TokensPanel::NameColumn) == name)
            return list->topLevelItem(i);
    }
    return nullptr;
}

void TestTokensPanel::listsEveryTokenWithItsIssuer()
{
    openWindow();
    TokensPanel *panel = m_window->tokensPanel();
    const QList<ApiToken> all = m_account->tokens(m_clientId, 0).value();
    QCOMPARE(panel->list()->topLevelItemCount(), all.size());
    QVERIFY2(panel->statusLabel()->text().contains(QString::number(all.size())), qPrintable(panel->statusLabel()->text()));
    for (const ApiToken &token : all) {
        QTreeWidgetItem *item = itemNamed(token.name);
        QVERIFY2(item, qPrintable(token.name));
        if (!item->text(TokensPanel::IssuerColumn).contains(token.issuerEmail))
            continue; // another token of the same name
        QCOMPARE(item->font(TokensPanel::IssuerColumn).strikeOut(), token.issuerDeleted);
        QCOMPARE(item->toolTip(TokensPanel::IssuerColumn),
                 token.issuerDeleted ? QStringLiteral("The user has been deleted") : QString());
    }
    const DemoSeed::FormerToken former = DemoSeed::formerTokens(QDateTime::currentDateTimeUtc()).constFirst();
    QTreeWidgetItem *item = itemNamed(former.token.name);
    QVERIFY(item);
    QCOMPARE(item->text(TokensPanel::IssuerColumn), QStringLiteral("%1 (%2)").arg(former.issuerName, former.issuerEmail));
    QVERIFY(item->font(TokensPanel::IssuerColumn).strikeOut());
    QVERIFY(item->text(TokensPanel::ExpiresColumn).startsWith(QLatin1String("Expired on ")));
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const ApiToken &t) {
        const QTreeWidgetItem *i = itemNamed(t.name);
        return !t.expiresAt.isValid() && i && i->text(TokensPanel::ExpiresColumn) == QLatin1String("Never");
    }));
}

void TestTokensPanel::deletesSelectedAfterOneQuestion()
{
    const User someone = m_account->listUsers(3, 1).value().users.constFirst();
    QVERIFY(m_account->addToken(someone.id, QStringLiteral("Doomed token")).ok());
    openWindow();
    TokensPanel *panel = m_window->tokensPanel();
    QVERIFY(!panel->deleteButton()->isEnabled()); // nothing selected
    QCOMPARE(panel->deleteButton()->toolTip(), QStringLiteral("Select the tokens to delete"));
    QTreeWidgetItem *item = itemNamed(QStringLiteral("Doomed token"));
    QVERIFY(item);
    panel->list()->setCurrentItem(item);
    QVERIFY(panel->deleteButton()->isEnabled());
    QTest::mouseClick(panel->deleteButton(), Qt::LeftButton);
    QMessageBox *question = panel->question();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->informativeText().contains(QLatin1String("Doomed token")));
    QVERIFY(question->informativeText().contains(someone.email));
    const int before = panel->list()->topLevelItemCount();
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("confirmDelete")), Qt::LeftButton);
    QTRY_COMPARE(panel->list()->topLevelItemCount(), before - 1);
    QVERIFY(!itemNamed(QStringLiteral("Doomed token")));
    QTRY_VERIFY(panel->statusLabel()->text().contains(QLatin1String("deleted")));
    QVERIFY(m_account->tokens(m_clientId, someone.id).value().isEmpty());
    const QList<ActivityEntry> logged = m_log->entries().value();
    QCOMPARE(logged.constFirst().action, ActivityEntry::deleteToken());
    QVERIFY(logged.constFirst().ok);
    QCOMPARE(logged.constFirst().userEmail, someone.email);
}

void TestTokensPanel::refusedDeletionSaysWhy()
{
    const User someone = m_account->listUsers(4, 1).value().users.constFirst();
    const ApiToken token = m_account->addToken(someone.id, QStringLiteral("Kept token")).value();
    openWindow();
    TokensPanel *panel = m_window->tokensPanel();
    panel->list()->setCurrentItem(itemNamed(QStringLiteral("Kept token")));
    // Meanwhile the signed-in person lost the right (another administrator demoted them).
    QVERIFY(m_account->setActingUser(someone.id).ok());
    panel->deleteSelected();
    QVERIFY(panel->question());
    QTest::mouseClick(panel->question()->findChild<QPushButton *>(QStringLiteral("confirmDelete")), Qt::LeftButton);
    QTRY_VERIFY(panel->statusLabel()->text().contains(QLatin1String("could not be deleted")));
    QVERIFY(itemNamed(QStringLiteral("Kept token")));
    QVERIFY(m_account->setActingUser(m_meId).ok());
    QCOMPARE(m_account->tokens(m_clientId, someone.id).value().constFirst().id, token.id);
    QVERIFY(!m_log->entries().value().constFirst().ok);
}

void TestTokensPanel::notAnAdministrator()
{
    const QList<User> users = m_account->listUsers(0, 0).value().users;
    const auto plain = std::find_if(users.cbegin(), users.cend(), [this](const User &u) {
        return u.id != m_meId && u.activated && u.isActive && u.roleId(m_clientId) == Role::Users;
    });
    QVERIFY(plain != users.cend());
    QVERIFY(m_account->addToken(plain->id, QStringLiteral("My own")).ok());
    QVERIFY(m_account->setActingUser(plain->id).ok());
    openWindow();
    TokensPanel *panel = m_window->tokensPanel();
    QCOMPARE(panel->list()->topLevelItemCount(), 1); // their own only
    panel->list()->setCurrentItem(itemNamed(QStringLiteral("My own")));
    QVERIFY(panel->deleteButton()->isEnabled()); // anyone may delete their own
}

ROSTER_TEST_MAIN(TestTokensPanel)
#include "tst_tokenspanel.moc"
