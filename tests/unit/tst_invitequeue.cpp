#include "DemoAccountFixture.h"
#include "TestMain.h"

#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "demo/DemoSeed.h"
#include "domain/CloudRole.h"
#include "domain/Role.h"
#include "session/InviteQueue.h"

#include <QHash>
#include <QTest>
#include <QTimer>

#include <memory>

using Kind = ApiError::Kind;

// InviteQueue against the offline demo account (DemoAccountApi on a temporary file): what is
// sent, in which order, and what each person is told.
class TestInviteQueue : public QObject, private DemoAccountFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsOneAfterTheOther();
    void reportsEachPersonsResult();
    void refusedPersonDoesNotStopTheOthers();
    void refusalForEveryoneStopsTheRest_data();
    void refusalForEveryoneStopsTheRest();
    void cancelDropsTheAnswersStillToCome();
    void cancelDuringTheCloudStep();
    void cancelFromAReceiverStopsTheRun();
    void cloudAccessForTheAccount();
    void cloudAccessPerProject();
    void cloudAccessFailureIsReportedAndTheQueueGoesOn();
    void cloudAssignmentsOfARequest();
    void nobodyToSendFinishesAtOnce();

private:
    InviteRequest person(const QString &email) const;
    // Records every signal of the queue as "signal:id" in m_events.
    void record(InviteQueue *queue);
    qint64 userIdByEmail(const QString &email) const;
    int userCount() const;

    std::unique_ptr<InviteQueue> m_queue;

    QStringList m_events;
    QHash<quint64, InviteResult> m_results;
    QHash<quint64, ApiError> m_errors; // refused, or not sent
    QHash<quint64, QList<InviteQueue::CloudFailure>> m_cloudFailures;
};

void TestInviteQueue::init()
{
    const Result<Done> opened = openDemo();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_queue = std::make_unique<InviteQueue>(m_api.get());
    record(m_queue.get());
}

void TestInviteQueue::cleanup()
{
    m_queue.reset();
    closeFixture();
    m_events.clear();
    m_results.clear();
    m_errors.clear();
    m_cloudFailures.clear();
}

InviteRequest TestInviteQueue::person(const QString &email) const
{
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = email;
    request.name = email.section(u'@', 0, 0);
    return request;
}

void TestInviteQueue::record(InviteQueue *queue)
{
    const auto event = [this](const char *name, quint64 id) {
        m_events.append(QString::fromLatin1(name) + u':' + QString::number(id));
    };
    connect(queue, &InviteQueue::sending, this, [event](quint64 id) { event("sending", id); });
    connect(queue, &InviteQueue::invited, this,
            [this, event](quint64 id, const InviteRequest &, const InviteResult &result) {
                m_results.insert(id, result);
                event("invited", id);
            });
    connect(queue, &InviteQueue::refused, this, [this, event](quint64 id, const ApiError &error) {
        m_errors.insert(id, error);
        event("refused", id);
    });
    connect(queue, &InviteQueue::notSent, this, [this, event](quint64 id, const ApiError &reason) {
        m_errors.insert(id, reason);
        event("notSent", id);
    });
    connect(queue, &InviteQueue::cloudAccessSet, this, [event](quint64 id) { event("cloudSet", id); });
    connect(queue, &InviteQueue::cloudAccessFailed, this,
            [this, event](quint64 id, const QList<InviteQueue::CloudFailure> &failures) {
                m_cloudFailures.insert(id, failures);
                event("cloudFailed", id);
            });
    connect(queue, &InviteQueue::finished, this, [this] { m_events.append(QStringLiteral("finished")); });
}

qint64 TestInviteQueue::userIdByEmail(const QString &email) const
{
    const Result<UserPage> all = m_account->listUsers(0, 0);
    for (const User &u : all.value().users) {
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return u.id;
    }
    return 0;
}

int TestInviteQueue::userCount() const
{
    return m_account->listUsers(0, 0).value().count;
}

void TestInviteQueue::sendsOneAfterTheOther()
{
    m_api->setLatency(20);
    const QStringList emails{QStringLiteral("one@example.com"), QStringLiteral("two@example.com"),
                             QStringLiteral("three@example.com")};
    for (int i = 0; i < emails.size(); ++i)
        m_queue->enqueue(quint64(i + 1), person(emails.at(i)));
    QCOMPARE(m_queue->waiting(), (QList<quint64>{1, 2, 3}));
    QVERIFY(!m_queue->isSending());
    QVERIFY(m_events.isEmpty()); // nothing before start()

    m_queue->start();
    QVERIFY(m_queue->isSending());
    QCOMPARE(m_events, QStringList{QStringLiteral("sending:1")});
    QCOMPARE(m_api->pendingCount(), 1); // the next one waits for this answer
    QCOMPARE(m_queue->waiting(), (QList<quint64>{2, 3}));
    // Someone added while sending goes last.
    m_queue->enqueue(4, person(QStringLiteral("four@example.com")));
    QCOMPARE(m_queue->waiting(), (QList<quint64>{2, 3, 4}));

    QTRY_VERIFY(!m_queue->isSending());
    const QStringList expected{QStringLiteral("sending:1"), QStringLiteral("invited:1"), QStringLiteral("cloudSet:1"),
                               QStringLiteral("sending:2"), QStringLiteral("invited:2"), QStringLiteral("cloudSet:2"),
                               QStringLiteral("sending:3"), QStringLiteral("invited:3"), QStringLiteral("cloudSet:3"),
                               QStringLiteral("sending:4"), QStringLiteral("invited:4"), QStringLiteral("cloudSet:4"),
                               QStringLiteral("finished")};
    QCOMPARE(m_events, expected);
    // The account made them in that order.
    QVERIFY(m_results.value(1).userId < m_results.value(2).userId);
    QVERIFY(m_results.value(2).userId < m_results.value(3).userId);
    QVERIFY(m_results.value(3).userId < m_results.value(4).userId);
    QVERIFY(m_queue->waiting().isEmpty());
}

void TestInviteQueue::reportsEachPersonsResult()
{
    // Someone registered on the platform but not in this account: an access notice.
    const DemoSeed::PlatformPerson known = DemoSeed::platformPeople().first();
    QVERIFY(known.canJoin);
    InviteRequest fresh = person(QStringLiteral("jonas.becker@example.de"));
    fresh.name = QStringLiteral("Jonas Becker");
    fresh.lang = QStringLiteral("de");
    fresh.roleId = Role::Engineers;
    m_queue->enqueue(7, fresh);
    m_queue->enqueue(9, person(known.email));
    m_queue->start();
    QTRY_VERIFY(m_events.contains(QStringLiteral("finished")));

    QCOMPARE(m_results.size(), 2);
    QVERIFY(!m_results.value(7).existingAccount);
    QVERIFY(m_results.value(9).existingAccount);
    QCOMPARE(m_results.value(7).userId, userIdByEmail(fresh.email));
    QCOMPARE(m_results.value(9).userId, userIdByEmail(known.email));
    const User user = m_account->user(m_results.value(7).userId).value();
    QCOMPARE(user.name, QStringLiteral("Jonas Becker"));
    QCOMPARE(user.lang, QStringLiteral("de"));
    QCOMPARE(user.roleId(), int(Role::Engineers));
    QVERIFY(m_errors.isEmpty());
}

void TestInviteQueue::refusedPersonDoesNotStopTheOthers()
{
    const User member = m_account->listUsers(0, 0).value().users.at(3);
    const int before = userCount();
    m_queue->enqueue(1, person(QStringLiteral("li.wei@example.cn")));
    m_queue->enqueue(2, person(member.email));
    m_queue->enqueue(3, person(QStringLiteral("olga.smirnova@example.ru")));
    m_queue->start();
    QTRY_VERIFY(!m_queue->isSending());

    const QStringList expected{QStringLiteral("sending:1"), QStringLiteral("invited:1"),  QStringLiteral("cloudSet:1"),
                               QStringLiteral("sending:2"), QStringLiteral("refused:2"),  QStringLiteral("sending:3"),
                               QStringLiteral("invited:3"), QStringLiteral("cloudSet:3"), QStringLiteral("finished")};
    QCOMPARE(m_events, expected);
    QCOMPARE(m_errors.value(2).kind, Kind::Validation);
    QVERIFY2(m_errors.value(2).text().contains(QLatin1String("already been invited")),
             qPrintable(m_errors.value(2).text()));
    QVERIFY(!InviteQueue::refusesEveryone(m_errors.value(2)));
    QCOMPARE(userCount(), before + 2);
}

void TestInviteQueue::refusalForEveryoneStopsTheRest_data()
{
    QTest::addColumn<bool>("dailyLimit"); // else: not an administrator
    QTest::addColumn<int>("kind");
    QTest::newRow("daily limit") << true << int(Kind::RateLimited);
    QTest::newRow("not an administrator") << false << int(Kind::Forbidden);
}

void TestInviteQueue::refusalForEveryoneStopsTheRest()
{
    QFETCH(bool, dailyLimit);
    QFETCH(int, kind);
    if (dailyLimit) {
        m_account->setDailyInviteLimit(DailyInvitationLimit);
        for (int i = 0; i < DailyInvitationLimit; ++i)
            QVERIFY(m_account->invite(person(QStringLiteral("earlier%1@example.com").arg(i))).ok());
    } else {
        qint64 plain = 0;
        const QList<User> users = m_account->listUsers(0, 0).value().users;
        for (const User &u : users) {
            if (u.activated && u.isActive && u.roleId() == Role::Users) {
                plain = u.id;
                break;
            }
        }
        QVERIFY(plain > 0);
        QVERIFY(m_account->setActingUser(plain).ok());
    }
    const int before = userCount();
    m_queue->enqueue(1, person(QStringLiteral("sixth@example.com")));
    m_queue->enqueue(2, person(QStringLiteral("seventh@example.com")));
    m_queue->enqueue(3, person(QStringLiteral("eighth@example.com")));
    m_queue->start();
    QTRY_VERIFY(!m_queue->isSending());

    const QStringList expected{QStringLiteral("sending:1"), QStringLiteral("refused:1"), QStringLiteral("notSent:2"),
                               QStringLiteral("notSent:3"), QStringLiteral("finished")};
    QCOMPARE(m_events, expected);
    QCOMPARE(int(m_errors.value(1).kind), kind);
    QVERIFY(InviteQueue::refusesEveryone(m_errors.value(1)));
    // The others are told why, with the same error.
    QCOMPARE(int(m_errors.value(2).kind), kind);
    QCOMPARE(m_errors.value(3).text(), m_errors.value(1).text());
    QCOMPARE(userCount(), before);
    QVERIFY(m_queue->waiting().isEmpty());
}

void TestInviteQueue::cancelDropsTheAnswersStillToCome()
{
    m_api->setLatency(30);
    const int before = userCount();
    m_queue->enqueue(1, person(QStringLiteral("first@example.com")));
    m_queue->enqueue(2, person(QStringLiteral("second@example.com")));
    m_queue->start();
    QCOMPARE(m_events, QStringList{QStringLiteral("sending:1")});
    m_queue->cancel();
    QVERIFY(!m_queue->isSending());
    QVERIFY(m_queue->waiting().isEmpty());

    // No answer, not even finished(); the demo backend does not even run a dropped request.
    QTest::qWait(150);
    QCOMPARE(m_events, QStringList{QStringLiteral("sending:1")});
    QCOMPARE(m_api->pendingCount(), 0);
    QCOMPARE(userCount(), before);

    // The queue is usable again, and only the new run is answered.
    m_queue->enqueue(3, person(QStringLiteral("third@example.com")));
    m_queue->start();
    QTRY_VERIFY(!m_queue->isSending());
    QCOMPARE(m_events.mid(1),
             (QStringList{QStringLiteral("sending:3"), QStringLiteral("invited:3"), QStringLiteral("cloudSet:3"),
                          QStringLiteral("finished")}));
    QCOMPARE(userCount(), before + 1);
}

void TestInviteQueue::cancelDuringTheCloudStep()
{
    // The Cloud role is answered late enough to cancel while it is out.
    connect(m_queue.get(), &InviteQueue::invited, this, [this] { m_api->setLatency(200); });
    InviteRequest admin = person(QStringLiteral("admin.person@example.com"));
    admin.cloud.clientAdministrator = true;
    m_queue->enqueue(1, admin);
    m_queue->enqueue(2, person(QStringLiteral("next@example.com")));
    m_queue->start();
    QTRY_VERIFY(m_events.contains(QStringLiteral("invited:1")));
    QCOMPARE(m_api->pendingCount(), 1); // the Cloud role
    m_queue->cancel();
    QTest::qWait(300);
    QCOMPARE(m_api->pendingCount(), 0);
    QCOMPARE(m_events, (QStringList{QStringLiteral("sending:1"), QStringLiteral("invited:1")}));
    QVERIFY(m_account->cloudAssignments(m_results.value(1).userId).value().isEmpty());
    QCOMPARE(userIdByEmail(QStringLiteral("next@example.com")), 0);
}

void TestInviteQueue::cancelFromAReceiverStopsTheRun()
{
    // A receiver that closes what shows the queue, while it is telling about someone.
    connect(m_queue.get(), &InviteQueue::invited, this, [this](quint64 id) {
        if (id == 1)
            m_queue->cancel();
    });
    InviteRequest admin = person(QStringLiteral("admin.person@example.com"));
    admin.cloud.clientAdministrator = true;
    m_queue->enqueue(1, admin);
    m_queue->enqueue(2, person(QStringLiteral("next@example.com")));
    m_queue->start();
    QTRY_VERIFY(m_events.contains(QStringLiteral("invited:1")));
    QTest::qWait(50);
    QCOMPARE(m_events, (QStringList{QStringLiteral("sending:1"), QStringLiteral("invited:1")}));
    QVERIFY(!m_queue->isSending());
    QVERIFY(m_account->cloudAssignments(m_results.value(1).userId).value().isEmpty()); // never sent
    QCOMPARE(userIdByEmail(QStringLiteral("next@example.com")), 0);
}

void TestInviteQueue::cloudAccessForTheAccount()
{
    InviteRequest admin = person(QStringLiteral("admin.person@example.com"));
    admin.roleId = Role::Administrators;
    admin.cloud.scope = CloudAccess::Scope::Client;
    admin.cloud.clientAdministrator = true;
    m_queue->enqueue(1, admin);
    m_queue->enqueue(2, person(QStringLiteral("no.cloud@example.com"))); // Client scope, no access
    m_queue->start();
    QTRY_VERIFY(!m_queue->isSending());

    const QStringList expected{QStringLiteral("sending:1"), QStringLiteral("invited:1"), QStringLiteral("cloudSet:1"),
                               QStringLiteral("sending:2"), QStringLiteral("invited:2"), QStringLiteral("cloudSet:2"),
                               QStringLiteral("finished")};
    QCOMPARE(m_events, expected);
    const QList<CloudAssignment> roles = m_account->cloudAssignments(m_results.value(1).userId).value();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.at(0).role, CloudRole::clientAdministrator());
    QCOMPARE(roles.at(0).clientId, DemoSeed::ClientId);
    QVERIFY(m_account->cloudAssignments(m_results.value(2).userId).value().isEmpty());
}

void TestInviteQueue::cloudAccessPerProject()
{
    m_api->setLatency(10);
    const QList<Project> projects = DemoSeed::projects();
    InviteRequest request = person(QStringLiteral("project.person@example.com"));
    request.cloud.scope = CloudAccess::Scope::Project;
    request.cloud.projectRoles = {{projects.at(1).id, CloudRole::projectAdministrator()},
                                  {projects.at(3).id, CloudRole::observer()}};
    // Just after the invitation's answer: one role is out, not both.
    int outAfterInvitation = -1;
    connect(m_queue.get(), &InviteQueue::invited, this, [this, &outAfterInvitation] {
        QTimer::singleShot(0, this, [this, &outAfterInvitation] { outAfterInvitation = m_api->pendingCount(); });
    });
    m_queue->enqueue(1, request);
    m_queue->start();
    QTRY_VERIFY(!m_queue->isSending());
    QCOMPARE(outAfterInvitation, 1);

    QCOMPARE(m_events,
             (QStringList{QStringLiteral("sending:1"), QStringLiteral("invited:1"), QStringLiteral("cloudSet:1"),
                          QStringLiteral("finished")}));
    const QList<CloudAssignment> roles = m_account->cloudAssignments(m_results.value(1).userId).value();
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.at(0).projectId, projects.at(1).id);
    QCOMPARE(roles.at(0).role, CloudRole::projectAdministrator());
    QCOMPARE(roles.at(1).projectId, projects.at(3).id);
    QCOMPARE(roles.at(1).role, CloudRole::observer());
}

void TestInviteQueue::cloudAccessFailureIsReportedAndTheQueueGoesOn()
{
    const QList<Project> projects = DemoSeed::projects();
    const qint64 missing = 999999;
    InviteRequest request = person(QStringLiteral("half.done@example.com"));
    request.cloud.scope = CloudAccess::Scope::Project;
    request.cloud.projectRoles = {{missing, CloudRole::user()}, {projects.at(0).id, CloudRole::user()}};
    m_queue->enqueue(1, request);
    m_queue->enqueue(2, person(QStringLiteral("after@example.com")));
    m_queue->start();
    QTRY_VERIFY(!m_queue->isSending());

    const QStringList expected{QStringLiteral("sending:1"),     QStringLiteral("invited:1"),
                               QStringLiteral("cloudFailed:1"), QStringLiteral("sending:2"),
                               QStringLiteral("invited:2"),     QStringLiteral("cloudSet:2"),
                               QStringLiteral("finished")};
    QCOMPARE(m_events, expected);
    const QList<InviteQueue::CloudFailure> failures = m_cloudFailures.value(1);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.at(0).assignment.projectId, missing);
    QCOMPARE(failures.at(0).assignment.userId, m_results.value(1).userId);
    QCOMPARE(failures.at(0).error.kind, Kind::Validation);
    QVERIFY(!failures.at(0).error.text().isEmpty());
    // The role that could be set was set: one failure does not stop the next role.
    const QList<CloudAssignment> roles = m_account->cloudAssignments(m_results.value(1).userId).value();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.at(0).projectId, projects.at(0).id);
}

void TestInviteQueue::cloudAssignmentsOfARequest()
{
    InviteRequest request = person(QStringLiteral("someone@example.com"));
    QVERIFY(InviteQueue::cloudAssignments(request, 42).isEmpty());

    request.cloud.clientAdministrator = true;
    const QList<CloudAssignment> account = InviteQueue::cloudAssignments(request, 42);
    QCOMPARE(account.size(), 1);
    QCOMPARE(account.at(0).role, CloudRole::clientAdministrator());
    QCOMPARE(account.at(0).userId, qint64(42));
    QCOMPARE(account.at(0).clientId, DemoSeed::ClientId);
    QCOMPARE(account.at(0).projectId, qint64(0));

    // Project scope: the project roles only, in order, whatever the account setting says.
    request.cloud.scope = CloudAccess::Scope::Project;
    request.cloud.projectRoles = {{5, CloudRole::observer()}, {3, CloudRole::user()}};
    const QList<CloudAssignment> perProject = InviteQueue::cloudAssignments(request, 42);
    QCOMPARE(perProject.size(), 2);
    QCOMPARE(perProject.at(0).projectId, qint64(5));
    QCOMPARE(perProject.at(0).role, CloudRole::observer());
    QCOMPARE(perProject.at(0).clientId, qint64(0));
    QCOMPARE(perProject.at(1).projectId, qint64(3));
    QCOMPARE(perProject.at(1).userId, qint64(42));
}

void TestInviteQueue::nobodyToSendFinishesAtOnce()
{
    m_queue->start();
    QCOMPARE(m_events, QStringList{QStringLiteral("finished")});
    QVERIFY(!m_queue->isSending());
}

ROSTER_TEST_GUILESS_MAIN(TestInviteQueue)
#include "tst_invitequeue.moc"
