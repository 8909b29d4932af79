// The main window's row actions over HTTP against the account simulator, with its faults:
// resend (double-click and Enter), bulk resend with Retry Failed, change role, removal with
// and without active tokens and after someone else removed the user.
#include "Banner.h"
#include "MainWindow.h"
#include "SimulatorFixture.h"
#include "TestMain.h"
#include "session/AccountSession.h"
#include "UserActions.h"

#include "api/GcoreAccountApi.h"
#include "domain/Role.h"
#include "items/UserFilter.h"
#include "items/UsersModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

class TestActionsSim : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void resendByDoubleClickAndEnter();
    void resendRefusedIsNotRetried();
    void bulkResendRetriesTheFailedOnes();
    void changeRoleSurvivesATransientFault();
    void nonAdministratorIsRefusedByTheServer();
    void removeWithActiveTokensComesBack();
    void removeWithoutTokens();
    void removedMeanwhileBySomeoneElse();

private:
    void fault(const QString &spec) { setFault(spec); }
    QList<int> shownRows(UserStatus status, int count) const;
    qint64 idAt(int shownRow) const;
    QMessageBox *waitForQuestion() const;
    void startWindow(const QString &token);

    QNetworkAccessManager m_network;
    std::unique_ptr<GcoreAccountApi> m_api;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestActionsSim::initTestCase()
{
    QVERIFY(startSimulator().ok());
}

void TestActionsSim::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim->clearFaults();
    QVERIFY(m_sim->reset().ok());
    startWindow(AccountSimulator::defaultToken());
}

void TestActionsSim::startWindow(const QString &token)
{
    m_window.reset();
    m_session.reset();
    m_api = std::make_unique<GcoreAccountApi>(&m_network, m_sim->baseUrl());
    m_api->setRetryBaseDelay(10);
    m_api->setApiToken(token);
    m_session = std::make_unique<AccountSession>(m_api.get());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->userActions()->setUndoDelay(10);
    QSignalSpy loaded(m_window.get(), &MainWindow::firstLoadFinished);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY(m_window->userActions()->signedInUserId() != 0);
}

void TestActionsSim::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_api.reset();
}

QList<int> TestActionsSim::shownRows(UserStatus status, int count) const
{
    QList<int> rows;
    const QAbstractItemModel *shown = m_window->tableView()->model();
    for (int row = 0; row < shown->rowCount() && rows.size() < count; ++row) {
        if (shown->index(row, 0).data(UsersModel::StatusRole).toInt() == int(status)
            && idAt(row) != m_window->userActions()->signedInUserId())
            rows.append(row);
    }
    return rows;
}

qint64 TestActionsSim::idAt(int shownRow) const
{
    return m_window->tableView()->model()->index(shownRow, 0).data(UsersModel::UserIdRole).toLongLong();
}

QMessageBox *TestActionsSim::waitForQuestion() const
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = m_window->userActions()->openQuestion();
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

void TestActionsSim::resendByDoubleClickAndEnter()
{
    const QList<int> rows = shownRows(UserStatus::Pending, 1);
    QCOMPARE(rows.size(), 1);
    const qint64 id = idAt(rows.first());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTableView *table = m_window->tableView();
    table->scrollTo(table->model()->index(rows.first(), 0));
    const QPoint cell = table->visualRect(table->model()->index(rows.first(), UsersModel::Email)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    QTest::keyClick(question, Qt::Key_Enter);
    QTRY_COMPARE(m_window->banner()->level(), Banner::Level::Success);
    // The server sent it (it keeps the time), and Roster now knows when the link expires.
    QVERIFY(m_sim->account().user(id).value().invitationSentAt >= before);
    const int row = m_window->usersModel()->rowOfUser(id);
    QCOMPARE(m_window->usersModel()->data(m_window->usersModel()->index(row, UsersModel::Status)).toString(),
             QStringLiteral("Pending invitation · expires in 24 h"));
}

void TestActionsSim::resendRefusedIsNotRetried()
{
    fault(QStringLiteral("/iam/auth/renew_invitation:status=503,times=1"));
    const qint64 id = idAt(shownRows(UserStatus::Pending, 1).first());
    const QDateTime sent = m_sim->account().user(id).value().invitationSentAt;
    m_window->userActions()->resend({id}, false);
    QTRY_COMPARE(m_window->banner()->level(), Banner::Level::Error);
    QCOMPARE(m_sim->faults().constFirst().hits, 1); // a POST is sent once, never again by itself
    QCOMPARE(m_sim->account().user(id).value().invitationSentAt, sent);
    // The person tries again: it goes through.
    m_window->userActions()->resend({id}, false);
    QTRY_COMPARE(m_window->banner()->level(), Banner::Level::Success);
}

void TestActionsSim::bulkResendRetriesTheFailedOnes()
{
    const QList<int> rows = shownRows(UserStatus::Pending, 5);
    QCOMPARE(rows.size(), 5);
    QTableView *table = m_window->tableView();
    table->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QAction *resend = m_window->userActions()->resendAction();
    QVERIFY(resend->isEnabled());
    QCOMPARE(resend->text(), QStringLiteral("Re&send 5 Invites"));
    // Two of the five requests find the server failing.
    fault(QStringLiteral("/iam/auth/renew_invitation:status=502,times=2"));
    resend->trigger();
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    QCOMPARE(question->text(), QStringLiteral("Resend the invitations to 5 users?"));
    QTest::keyClick(question, Qt::Key_Enter);
    QTRY_COMPARE(m_window->banner()->level(), Banner::Level::Error);
    QVERIFY2(m_window->banner()->text().startsWith(QStringLiteral("3 of 5 done. Failed:")),
             qPrintable(m_window->banner()->text()));
    QCOMPARE(m_window->banner()->buttons().size(), 1);
    QCOMPARE(m_window->banner()->buttons().constFirst()->text(), QStringLiteral("Retry Failed"));
    QTest::mouseClick(m_window->banner()->buttons().constFirst(), Qt::LeftButton);
    QTRY_COMPARE(m_window->banner()->level(), Banner::Level::Success);
    QCOMPARE(m_window->banner()->text(),
             QStringLiteral("Invitations resent to 2 people. The new links are valid for 24 hours."));
    for (int row : rows) {
        const qint64 id = idAt(row);
        QVERIFY(m_window->usersModel()->user(m_window->usersModel()->rowOfUser(id)).invitationSentAt.isValid());
    }
}

void TestActionsSim::changeRoleSurvivesATransientFault()
{
    const QList<int> rows = shownRows(UserStatus::Active, 2);
    QCOMPARE(rows.size(), 2);
    // A PUT may be repeated: the client retries the one 503 by itself.
    fault(QStringLiteral("/iam/clients/{c}/client-users/{u}:method=PUT,status=503,retry-after=0,times=1"));
    m_window->userActions()->changeRole({idAt(rows.at(0)), idAt(rows.at(1))}, Role::Engineers);
    QTRY_COMPARE(m_window->banner()->level(), Banner::Level::Success);
    for (int row : rows)
        QCOMPARE(m_sim->account().role(m_clientId, idAt(row)).value(), int(Role::Engineers));
}

void TestActionsSim::nonAdministratorIsRefusedByTheServer()
{
    // Roster thinks it may (an administrator's token), the server says no: its reason is shown.
    const QList<int> rows = shownRows(UserStatus::Active, 1);
    fault(QStringLiteral("/iam/clients/{c}/client-users/{u}:method=PUT,status=403"));
    m_window->userActions()->changeRole({idAt(rows.first())}, Role::Engineers);
    QTRY_COMPARE(m_window->banner()->level(), Banner::Level::Error);
    QVERIFY2(m_window->banner()->text().endsWith(QStringLiteral(": Simulated HTTP 403.")),
             qPrintable(m_window->banner()->text()));
    QVERIFY(m_sim->account().role(m_clientId, idAt(rows.first())).value() != int(Role::Engineers));

    // A token of a plain user: Roster knows it from the server and disables role changes.
    m_sim->clearFaults();
    qint64 plain = 0;
    const QList<User> everyone = m_sim->account().listUsers(0, 0).value().users;
    for (const User &user : everyone) {
        if (user.activated && user.isActive && m_sim->account().role(m_clientId, user.id).value() == Role::Users) {
            plain = user.id;
            break;
        }
    }
    QVERIFY(plain != 0);
    m_sim->addApiToken(QStringLiteral("42_plainUserToken"), plain);
    startWindow(QStringLiteral("42_plainUserToken"));
    QTRY_COMPARE(m_window->userActions()->signedInUserId(), plain);
    QVERIFY(!m_window->userActions()->isAdministrator());
    QVERIFY(!m_window->userActions()->roleActions().constFirst()->isEnabled());
    QVERIFY(!m_window->userActions()->inviteAction()->isEnabled());
    QCOMPARE(m_window->userActions()->inviteAction()->toolTip(), QStringLiteral("Only administrators can invite users."));
    // Had it been tried anyway, the server's own reason is what people read.
    m_window->userActions()->changeRole({idAt(rows.first())}, Role::Engineers);
    QTRY_COMPARE(m_window->banner()->level(), Banner::Level::Error);
    QVERIFY2(m_window->banner()->text().endsWith(QStringLiteral("You do not have permission to perform this action.")),
             qPrintable(m_window->banner()->text()));
}

void TestActionsSim::removeWithActiveTokensComesBack()
{
    const qint64 id = idAt(shownRows(UserStatus::Active, 1).first());
    QVERIFY(m_sim->account().addToken(id, QStringLiteral("deploy")).ok());
    QSignalSpy idle(m_window->userActions(), &UserActions::idle);
    m_window->userActions()->removeUsers({m_window->usersModel()->user(m_window->usersModel()->rowOfUser(id))});
    QCOMPARE(m_window->usersModel()->rowOfUser(id), -1);
    QVERIFY(idle.wait(20000));
    QVERIFY(m_window->usersModel()->rowOfUser(id) >= 0);
    QVERIFY(m_window->banner()->text().contains(QStringLiteral("active tokens")));
    QVERIFY(m_sim->account().user(id).ok());
}

void TestActionsSim::removeWithoutTokens()
{
    const qint64 id = idAt(shownRows(UserStatus::Deactivated, 1).first());
    // A DELETE may be repeated: one dropped connection is retried.
    fault(QStringLiteral("/iam/clients/{c}/client-users/{u}:method=DELETE,close,times=1"));
    QSignalSpy idle(m_window->userActions(), &UserActions::idle);
    m_window->userActions()->removeUsers({m_window->usersModel()->user(m_window->usersModel()->rowOfUser(id))});
    QVERIFY(idle.wait(20000));
    QCOMPARE(m_window->banner()->level(), Banner::Level::Success);
    QCOMPARE(m_sim->account().user(id).error().kind, ApiError::Kind::NotFound);
    QCOMPARE(m_window->usersModel()->rowOfUser(id), -1);
    // The next refresh agrees.
    QSignalSpy finished(m_window->session(), &AccountSession::loadFinished);
    m_window->refresh();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_window->usersModel()->rowOfUser(id), -1);
}

void TestActionsSim::removedMeanwhileBySomeoneElse()
{
    const qint64 id = idAt(shownRows(UserStatus::Pending, 1).first());
    const User user = m_window->usersModel()->user(m_window->usersModel()->rowOfUser(id));
    QVERIFY(m_sim->account().removeUser(m_clientId, id).ok()); // in the web console, say
    QSignalSpy idle(m_window->userActions(), &UserActions::idle);
    m_window->userActions()->removeUsers({user});
    QVERIFY(idle.wait(20000));
    QCOMPARE(m_window->banner()->level(), Banner::Level::Error);
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("Someone else already removed")),
             qPrintable(m_window->banner()->text()));
    QCOMPARE(m_window->usersModel()->rowOfUser(id), -1); // gone either way: not back on the table
}

ROSTER_TEST_MAIN(TestActionsSim)
#include "tst_actionssim.moc"
