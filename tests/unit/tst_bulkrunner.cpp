// BulkRunner: one request per key, a few at a time, with exactly one outcome each, progress,
// cancel (answers still to come never arrive) and Retry Failed.
#include "TestMain.h"

#include "session/BulkRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

// An operation whose answers come later, through the event loop: `fails` decides which keys
// fail. It remembers how many ran at once. It answers even when the context is gone (a
// backend would not), so that the runner itself must drop the answers of a cancelled run.
struct Server
{
    std::function<bool(qint64)> fails = [](qint64) { return false; };
    int delayMs = 5;
    int running = 0;
    int mostAtOnce = 0;
    QList<qint64> started;

    BulkRunner::Operation operation()
    {
        return [this](qint64 key, QObject *context, BulkRunner::Finish finish) {
            started.append(key);
            mostAtOnce = std::max(mostAtOnce, ++running);
            Q_UNUSED(context)
            QTimer::singleShot(delayMs, [this, key, finish] {
                --running;
                finish(fails(key) ? ApiError::make(ApiError::Kind::Server, QStringLiteral("no %1").arg(key))
                                  : ApiError());
            });
        };
    }
};

QList<qint64> keys(int count)
{
    QList<qint64> list;
    for (int i = 1; i <= count; ++i)
        list.append(i);
    return list;
}

} // namespace

class TestBulkRunner final : public QObject
{
    Q_OBJECT
private slots:
    void runsEveryKeyInOrderAFewAtATime();
    void failuresAreKeptAndRetried();
    void cancelDropsTheAnswersStillToCome();
    void operationsThatFinishAtOnce();
    void startReplacesARunningRun();
    void nothingToRun();
};

void TestBulkRunner::runsEveryKeyInOrderAFewAtATime()
{
    Server server;
    BulkRunner runner;
    QCOMPARE(runner.concurrency(), BulkRunner::DefaultConcurrency);
    QSignalSpy items(&runner, &BulkRunner::itemFinished);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start(keys(25), server.operation());
    QVERIFY(runner.isRunning());
    QCOMPARE(server.started.size(), BulkRunner::DefaultConcurrency); // the rest wait their turn
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(items.count(), 25);
    QCOMPARE(server.started, keys(25));
    QCOMPARE(server.mostAtOnce, BulkRunner::DefaultConcurrency);
    QCOMPARE(runner.succeeded(), 25);
    QCOMPARE(runner.doneCount(), 25);
    QCOMPARE(runner.total(), 25);
    QVERIFY(runner.failures().isEmpty());
    QVERIFY(!runner.isRunning());
    QVERIFY(!runner.wasCancelled());

    Server one;
    runner.setConcurrency(1);
    runner.start(keys(5), one.operation());
    QVERIFY(finished.wait());
    QCOMPARE(one.mostAtOnce, 1);
}

void TestBulkRunner::failuresAreKeptAndRetried()
{
    Server server;
    server.fails = [](qint64 key) { return key % 3 == 0; };
    BulkRunner runner;
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start(keys(10), server.operation());
    QVERIFY(finished.wait());
    QCOMPARE(runner.succeeded(), 7);
    QCOMPARE(runner.failedKeys(), (QList<qint64>{3, 6, 9}));
    QCOMPARE(runner.failures().constFirst().second.message, QStringLiteral("no 3"));

    // Retry Failed: the same operation for those three only; two of them go through now.
    server.started.clear();
    server.fails = [](qint64 key) { return key == 6; };
    runner.retryFailed();
    QVERIFY(finished.wait());
    QCOMPARE(server.started, (QList<qint64>{3, 6, 9}));
    QCOMPARE(runner.total(), 3);
    QCOMPARE(runner.succeeded(), 2);
    QCOMPARE(runner.failedKeys(), QList<qint64>{6});
}

void TestBulkRunner::cancelDropsTheAnswersStillToCome()
{
    Server server;
    server.delayMs = 50;
    BulkRunner runner;
    QSignalSpy items(&runner, &BulkRunner::itemFinished);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start(keys(12), server.operation());
    QVERIFY(items.wait()); // the first answers arrive
    const int answered = int(items.count());
    runner.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(runner.wasCancelled());
    QVERIFY(!runner.isRunning());
    QVERIFY(server.started.size() < 12); // the queue was not sent
    QTRY_COMPARE(server.running, 0); // what was in flight has come back from the "server"...
    QCOMPARE(items.count(), answered); // ...and was not reported
    QCOMPARE(finished.count(), 1);
    runner.cancel(); // nothing to cancel
    QCOMPARE(finished.count(), 1);
}

void TestBulkRunner::operationsThatFinishAtOnce()
{
    // No recursion, no key twice, one finished(): some answer at once, some later.
    BulkRunner runner;
    QList<qint64> started;
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start(keys(9), [&started](qint64 key, QObject *context, BulkRunner::Finish finish) {
        started.append(key);
        if (key % 2 == 1)
            finish(key == 5 ? ApiError::make(ApiError::Kind::NotFound, QStringLiteral("gone")) : ApiError());
        else
            QTimer::singleShot(0, context, [finish] { finish(ApiError()); });
    });
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(started, keys(9));
    QCOMPARE(runner.succeeded(), 8);
    QCOMPARE(runner.failedKeys(), QList<qint64>{5});

    // Every one at once.
    runner.start(keys(6), [](qint64, QObject *, BulkRunner::Finish finish) { finish(ApiError()); });
    QCOMPARE(finished.count(), 2);
    QCOMPARE(runner.succeeded(), 6);
}

void TestBulkRunner::startReplacesARunningRun()
{
    Server first;
    first.delayMs = 30;
    Server second;
    BulkRunner runner;
    QSignalSpy items(&runner, &BulkRunner::itemFinished);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start(keys(8), first.operation());
    runner.start({100, 101}, second.operation());
    QCOMPARE(finished.count(), 1); // the first one, cancelled
    QVERIFY(finished.wait());
    QTRY_COMPARE(first.running, 0);
    QCOMPARE(items.count(), 2); // only the second run's answers
    QCOMPARE(items.at(0).at(0).toLongLong(), 100);
    QCOMPARE(runner.succeeded(), 2);
}

void TestBulkRunner::nothingToRun()
{
    BulkRunner runner;
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start({}, [](qint64, QObject *, BulkRunner::Finish) { QFAIL("nothing to run"); });
    QCOMPARE(finished.count(), 1);
    QVERIFY(!runner.isRunning());
    runner.retryFailed(); // nothing failed
    QCOMPARE(finished.count(), 1);
}

ROSTER_TEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_bulkrunner.moc"
