#include "DemoAccountFixture.h"
#include "TestMain.h"

#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "demo/DemoSeed.h"
#include "session/ProjectList.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// ProjectList against the offline demo account: loading, failing, reloading and cancelling.
class TestProjectList : public QObject, private DemoAccountFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsTheProjects();
    void failureSaysWhyAndKeepsTheLastList();
    void reloadDropsTheEarlierAnswer();
    void cancelDropsTheAnswer();

private:
    std::unique_ptr<ProjectList> m_list;
};

void TestProjectList::init()
{
    const Result<Done> opened = openDemo();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_list = std::make_unique<ProjectList>(m_api.get());
}

void TestProjectList::cleanup()
{
    m_list.reset();
    closeFixture();
}

void TestProjectList::loadsTheProjects()
{
    QCOMPARE(m_list->state(), ProjectList::State::Loading); // until the first answer
    QSignalSpy finished(m_list.get(), &ProjectList::finished);
    m_list->reload();
    QCOMPARE(finished.count(), 0); // never inside the call
    QVERIFY(finished.wait());
    QCOMPARE(m_list->state(), ProjectList::State::Loaded);
    const QList<Project> expected = DemoSeed::projects();
    QCOMPARE(m_list->projects().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(m_list->projects().at(i).id, expected.at(i).id);
        QCOMPARE(m_list->projects().at(i).name, expected.at(i).name);
    }
    QVERIFY(m_list->projects().constFirst().isDefault);
    QCOMPARE(m_list->nameOf(expected.at(2).id), expected.at(2).name);
    QCOMPARE(m_list->nameOf(999999), QStringLiteral("999999"));
    QVERIFY(m_list->errorText().isEmpty());
}

void TestProjectList::failureSaysWhyAndKeepsTheLastList()
{
    QSignalSpy finished(m_list.get(), &ProjectList::finished);
    m_list->reload();
    QVERIFY(finished.wait());
    const int loaded = int(m_list->projects().size());
    QVERIFY(loaded > 0);

    // Someone who has not accepted their invitation may not read the projects.
    qint64 pending = 0;
    const QList<User> users = m_account->listUsers(0, 0).value().users;
    for (const User &u : users) {
        if (!u.activated) {
            pending = u.id;
            break;
        }
    }
    QVERIFY(pending > 0);
    QVERIFY(m_account->setActingUser(pending).ok());
    m_list->reload();
    QCOMPARE(m_list->state(), ProjectList::State::Loading);
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 2);
    QCOMPARE(m_list->state(), ProjectList::State::Failed);
    QVERIFY(!m_list->errorText().isEmpty());
    QCOMPARE(m_list->projects().size(), loaded); // names for what was chosen from it

    // Loading again clears the reason.
    m_list->reload();
    QVERIFY(m_list->errorText().isEmpty());
}

void TestProjectList::reloadDropsTheEarlierAnswer()
{
    m_api->setLatency(20);
    QSignalSpy finished(m_list.get(), &ProjectList::finished);
    m_list->reload();
    m_list->reload();
    QVERIFY(finished.wait());
    QTest::qWait(60);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_list->state(), ProjectList::State::Loaded);
}

void TestProjectList::cancelDropsTheAnswer()
{
    m_api->setLatency(20);
    QSignalSpy finished(m_list.get(), &ProjectList::finished);
    m_list->reload();
    m_list->cancel();
    QTest::qWait(80);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_list->state(), ProjectList::State::Loading);
    QCOMPARE(m_api->pendingCount(), 0);

    // And it loads again afterwards.
    m_list->reload();
    QVERIFY(finished.wait());
    QCOMPARE(m_list->state(), ProjectList::State::Loaded);
}

ROSTER_TEST_GUILESS_MAIN(TestProjectList)
#include "tst_projectlist.moc"
