#include "InviteDialog.h"
#include "SimulatorFixture.h"
#include "TestMain.h"
#include "api/GcoreAccountApi.h"
#include "demo/DemoSeed.h"
#include "domain/CloudRole.h"
#include "domain/Role.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(InviteRequest)
Q_DECLARE_METATYPE(InviteResult)

namespace {

void type(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    emit edit->textEdited(text);
    emit edit->editingFinished();
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

} // namespace

// The invite dialog over HTTP: GcoreAccountApi against the account simulator, with faults.
class TestInviteSim : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void inviteOverHttp();
    void projectScopeOverHttp();
    void notAnAdministrator();
    void dailyLimitWithRetryAfter();
    void networkFailureKeepsInput_data();
    void networkFailureKeepsInput();
    void cloudAccessFailureIsShown();
    void projectsFailureOffersRetry();

private:
    void openDialog();
    qint64 userIdByEmail(const QString &email);

    QNetworkAccessManager m_nam;
    std::unique_ptr<GcoreAccountApi> m_api;
    std::unique_ptr<InviteDialog> m_dialog;
};

void TestInviteSim::initTestCase()
{
    qRegisterMetaType<InviteRequest>();
    qRegisterMetaType<InviteResult>();
    const Result<Done> started = startSimulator();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
}

void TestInviteSim::init()
{
    m_sim->clearFaults();
    m_sim->clearApiTokens();
    m_sim->addApiToken(AccountSimulator::defaultToken());
    m_sim->account().setDailyInviteLimit(DemoAccount::DefaultDailyInviteLimit);
    const Result<Done> reset = m_sim->reset();
    QVERIFY2(reset.ok(), qPrintable(reset.error().message));
    m_api = std::make_unique<GcoreAccountApi>(&m_nam, m_sim->baseUrl());
    m_api->setTimeout(15000);
    m_api->setRetryBaseDelay(10);
    m_api->setRetryAfterCap(20);
    m_api->setApiToken(AccountSimulator::defaultToken());
}

void TestInviteSim::cleanup()
{
    m_dialog.reset();
    m_api.reset();
}

void TestInviteSim::openDialog()
{
    m_dialog = std::make_unique<InviteDialog>(m_api.get(), m_clientId);
    m_dialog->show();
    QTRY_VERIFY(m_dialog->projectsState() != InviteDialog::ProjectsState::Loading);
}

qint64 TestInviteSim::userIdByEmail(const QString &email)
{
    const Result<UserPage> all = m_sim->account().listUsers(0, 0);
    for (const User &u : all.value().users) {
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return u.id;
    }
    return 0;
}

void TestInviteSim::inviteOverHttp()
{
    openDialog();
    QCOMPARE(m_dialog->projectsState(), InviteDialog::ProjectsState::Loaded);
    QSignalSpy invited(m_dialog.get(), &InviteDialog::invited);
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    type(m_dialog->nameField(0), QStringLiteral("王芳"));
    type(m_dialog->emailField(0), QStringLiteral("wang.fang@example.cn"));
    choose(m_dialog->languageBox(0), QStringLiteral("zh"));
    choose(m_dialog->roleBox(0), int(Role::PurgeAndPrefetchApi));
    m_dialog->inviteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    QCOMPARE(invited.count(), 1);
    const qint64 userId = invited.at(0).at(1).value<InviteResult>().userId;
    QCOMPARE(userIdByEmail(QStringLiteral("wang.fang@example.cn")), userId);
    const User user = m_sim->account().user(userId).value();
    QCOMPARE(user.name, QStringLiteral("王芳"));
    QCOMPARE(user.lang, QStringLiteral("zh"));
    QCOMPARE(user.roleId(), int(Role::PurgeAndPrefetchApi));
    QVERIFY(!user.activated);
    QVERIFY(m_dialog->resultLabel(0)->text().contains(QLatin1String("24 hours")));
    QCOMPARE(m_dialog->closeButton()->text(), QStringLiteral("Close"));
}

void TestInviteSim::projectScopeOverHttp()
{
    openDialog();
    const QList<Project> projects = DemoSeed::projects();
    QSignalSpy invited(m_dialog.get(), &InviteDialog::invited);
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    type(m_dialog->nameField(0), QStringLiteral("Pia Project"));
    type(m_dialog->emailField(0), QStringLiteral("pia.project@example.com"));
    m_dialog->projectScopeButton(0)->click();
    choose(m_dialog->projectRoleBox(0, projects.at(0).id), CloudRole::user());
    choose(m_dialog->projectRoleBox(0, projects.at(2).id), CloudRole::internalNetworkOnlyUser());
    m_dialog->inviteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    const qint64 userId = invited.at(0).at(1).value<InviteResult>().userId;
    const QList<CloudAssignment> roles = m_sim->account().cloudAssignments(userId).value();
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.at(0).projectId, projects.at(0).id);
    QCOMPARE(roles.at(0).role, CloudRole::user());
    QCOMPARE(roles.at(1).projectId, projects.at(2).id);
    QCOMPARE(roles.at(1).role, CloudRole::internalNetworkOnlyUser());
}

void TestInviteSim::notAnAdministrator()
{
    qint64 plain = 0;
    const Result<UserPage> all = m_sim->account().listUsers(0, 0);
    for (const User &u : all.value().users) {
        if (u.activated && u.isActive && u.roleId() == Role::Engineers) {
            plain = u.id;
            break;
        }
    }
    QVERIFY(plain > 0);
    const QString token = QStringLiteral("42_engineerInviteToken");
    m_sim->addApiToken(token, plain);
    m_api->setApiToken(token);
    openDialog();
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    type(m_dialog->nameField(0), QStringLiteral("Not Allowed"));
    type(m_dialog->emailField(0), QStringLiteral("not.allowed@example.com"));
    m_dialog->addRowButton()->click();
    type(m_dialog->nameField(1), QStringLiteral("Also Not"));
    type(m_dialog->emailField(1), QStringLiteral("also.not@example.com"));
    m_dialog->inviteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Failed);
    QVERIFY2(m_dialog->resultLabel(0)->text().contains(QLatin1String("only an administrator")),
             qPrintable(m_dialog->resultLabel(0)->text()));
    // A 403 applies to everyone: the second row was not sent.
    QCOMPARE(m_dialog->rowState(1), InviteDialog::RowState::Editing);
    QCOMPARE(userIdByEmail(QStringLiteral("not.allowed@example.com")), 0);
    QCOMPARE(userIdByEmail(QStringLiteral("also.not@example.com")), 0);
    QVERIFY(!m_dialog->hasSent());
}

void TestInviteSim::dailyLimitWithRetryAfter()
{
    for (int i = 0; i < DailyInvitationLimit; ++i) {
        InviteRequest request;
        request.clientId = m_clientId;
        request.email = QStringLiteral("early%1@example.com").arg(i);
        QVERIFY(m_sim->account().invite(request).ok());
    }
    openDialog();
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    type(m_dialog->nameField(0), QStringLiteral("Too Many"));
    type(m_dialog->emailField(0), QStringLiteral("too.many@example.com"));
    m_dialog->inviteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Failed);
    const QString text = m_dialog->resultLabel(0)->text();
    QVERIFY2(text.contains(QLatin1String("at most 5 new users a day")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Try again in 24 hour")), qPrintable(text)); // from Retry-After
    QCOMPARE(m_dialog->emailField(0)->text(), QStringLiteral("too.many@example.com"));
    QVERIFY(m_dialog->inviteButton()->isEnabled()); // may be tried again later
}

void TestInviteSim::networkFailureKeepsInput_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("connection closed") << "close";
    QTest::newRow("503") << "status=503";
    QTest::newRow("502 page") << "status=502,html";
}

void TestInviteSim::networkFailureKeepsInput()
{
    QFETCH(QString, fault);
    openDialog();
    setFault(QStringLiteral("/iam/clients/invite_user:") + fault);
    QSignalSpy invited(m_dialog.get(), &InviteDialog::invited);
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    type(m_dialog->nameField(0), QStringLiteral("Net Work"));
    type(m_dialog->emailField(0), QStringLiteral("net.work@example.com"));
    choose(m_dialog->languageBox(0), QStringLiteral("ru"));
    choose(m_dialog->roleBox(0), int(Role::Engineers));
    m_dialog->inviteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Failed);
    QCOMPARE(m_sim->faults().at(0).hits, 1); // a POST is never sent twice
    QCOMPARE(invited.count(), 0);
    const QString text = m_dialog->resultLabel(0)->text();
    QVERIFY2(text.startsWith(QLatin1String("Not invited")) && text.contains(QLatin1String("try again")),
             qPrintable(text));
    // Everything typed is kept and editable.
    QCOMPARE(m_dialog->nameField(0)->text(), QStringLiteral("Net Work"));
    QCOMPARE(m_dialog->emailField(0)->text(), QStringLiteral("net.work@example.com"));
    QCOMPARE(m_dialog->languageBox(0)->currentData().toString(), QStringLiteral("ru"));
    QCOMPARE(m_dialog->roleBox(0)->currentData().toInt(), int(Role::Engineers));
    QVERIFY(!m_dialog->nameField(0)->isReadOnly());
    QVERIFY(m_dialog->roleBox(0)->isEnabled());
    QCOMPARE(m_dialog->closeButton()->text(), QStringLiteral("Cancel"));

    // The network is back: Invite again.
    m_sim->clearFaults();
    QVERIFY(m_dialog->inviteButton()->isEnabled());
    m_dialog->inviteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    QCOMPARE(invited.count(), 1);
    const User user = m_sim->account().user(userIdByEmail(QStringLiteral("net.work@example.com"))).value();
    QCOMPARE(user.lang, QStringLiteral("ru"));
    QCOMPARE(user.roleId(), int(Role::Engineers));
}

void TestInviteSim::cloudAccessFailureIsShown()
{
    openDialog();
    setFault(QStringLiteral("/cloud/v1/users/assignments:status=500"));
    QSignalSpy invited(m_dialog.get(), &InviteDialog::invited);
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    type(m_dialog->nameField(0), QStringLiteral("Half Done"));
    type(m_dialog->emailField(0), QStringLiteral("half.done@example.com"));
    choose(m_dialog->clientAccessBox(0), true);
    m_dialog->inviteButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(invited.count(), 1);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    const QString text = m_dialog->resultLabel(0)->text();
    QVERIFY2(text.contains(QLatin1String("Invited, but the Cloud access could not be set")), qPrintable(text));
    QVERIFY(m_dialog->nameField(0)->isReadOnly());
    const qint64 userId = invited.at(0).at(1).value<InviteResult>().userId;
    QVERIFY(m_sim->account().cloudAssignments(userId).value().isEmpty());
}

void TestInviteSim::projectsFailureOffersRetry()
{
    setFault(QStringLiteral("/cloud/v1/projects:status=500"));
    openDialog();
    QCOMPARE(m_dialog->projectsState(), InviteDialog::ProjectsState::Failed);
    type(m_dialog->nameField(0), QStringLiteral("Retry Person"));
    type(m_dialog->emailField(0), QStringLiteral("retry.person@example.com"));
    QVERIFY(m_dialog->inviteButton()->isEnabled()); // Client scope needs no projects
    m_dialog->projectScopeButton(0)->click();
    QVERIFY(m_dialog->projectsMessage(0)->isVisible());
    QVERIFY2(m_dialog->projectsMessage(0)->text().contains(QLatin1String("could not be loaded")),
             qPrintable(m_dialog->projectsMessage(0)->text()));
    QVERIFY(m_dialog->retryProjectsButton(0)->isVisible());
    QVERIFY(!m_dialog->inviteButton()->isEnabled());
    QVERIFY(m_dialog->projectRoleBox(0, DemoSeed::projects().at(0).id) == nullptr);

    m_sim->clearFaults();
    m_dialog->retryProjectsButton(0)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->projectsState(), InviteDialog::ProjectsState::Loaded, 20000);
    QVERIFY(m_dialog->retryProjectsButton(0)->isHidden());
    QVERIFY(!m_dialog->projectsMessage(0)->isVisible());
    QComboBox *box = m_dialog->projectRoleBox(0, DemoSeed::projects().at(1).id);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    choose(box, CloudRole::projectAdministrator());
    QVERIFY(m_dialog->inviteButton()->isEnabled());
}

ROSTER_TEST_MAIN(TestInviteSim)
#include "tst_invitesim.moc"
