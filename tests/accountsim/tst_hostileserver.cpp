// Roster against each hostile server the simulator plays (issue 10: tst_hostilefaults shows
// what each sends): the product's UserListLoader through the real GcoreAccountApi, and the
// headless export `roster --api-url ... --export FILE` with the token in the environment.
// Each run ends within its deadline, keeps the readable users that did arrive, and claims a
// complete list (the export: exit code 0) only when every user the server promised arrived;
// otherwise the export says so on stderr, with the number that arrived.
//
// The expectations are behaviour only (time, rows, ids, exit code, a message with a number),
// never wording, so the loader may word and structure its reports as it likes.
#include "SimulatorFixture.h"
#include "TestMain.h"

#include "api/GcoreAccountApi.h"
#include "items/UserListLoader.h"
#include "items/UsersModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

namespace {

constexpr int Users = 2500; // more than one page of the loader, so pages and offsets matter
constexpr int RequestDeadlineSecs = 5;
constexpr int LoadDeadlineSecs = 20;
constexpr int ExportLimitMs = 60 * 1000; // issue 10: every hostile mode ends within 60 s
constexpr int SlackMs = 10 * 1000; // past the load deadline: retries, writing, starting a process

// Which users a run keeps, as the test can tell from the server's account.
enum class Kept : quint8 {
    All,
    None,
    FirstPage, // the first page the loader asks for, and nothing after it
    Readable, // all but the records bad-records made unreadable
    EndlessPages, // generated users, a new id each, as many as the loader took
    EndlessPage, // the one page of generated ids repeated
};

// `text` mentions `n`, written plainly or grouped as English numbers are ("2,496").
bool mentions(const QString &text, qint64 n)
{
    return text.contains(QString::number(n)) || text.contains(QLocale(QLocale::English).toString(n));
}

// The first column of each row after the header.
QList<qint64> csvIds(const QByteArray &csv, bool *headerSeen)
{
    QList<QByteArray> lines = csv.split('\n');
    *headerSeen = !lines.isEmpty() && lines.first().startsWith("ID,");
    QList<qint64> ids;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (!line.isEmpty())
            ids.append(line.left(line.indexOf(',')).toLongLong());
    }
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(Kept)

class TestHostileServer : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void loader_data();
    void loader();
    void exportToFile_data();
    void exportToFile();

private:
    void addRows();
    // The ids a run must have kept (for the endless kinds: the ids it may have kept), the
    // first page being `pageSize` users long.
    QList<qint64> expectedIds(Kept kept, int pageSize) const;
    // Checks `ids` against what `kept` says, and that none came twice.
    void checkIds(const QList<qint64> &ids, Kept kept, int pageSize) const;

    QList<qint64> m_accountIds; // in the order the account lists them
    int m_exportPageSize = 0; // the first page roster --export asks for: its loader's default
    QTemporaryDir m_dir;
};

void TestHostileServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<Done> started = startSimulator(Users);
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    const Result<UserPage> all = m_sim->account().listUsers(0, 0);
    QVERIFY(all.ok());
    for (const User &user : all.value().users)
        m_accountIds.append(user.id);
    QCOMPARE(m_accountIds.size(), Users);
    QNetworkAccessManager network;
    GcoreAccountApi api(&network, m_sim->baseUrl());
    UsersModel model;
    m_exportPageSize = UserListLoader(&api, &model).pageSize();
    QVERIFY(m_exportPageSize < Users);
}

void TestHostileServer::init()
{
    m_sim->clearFaults();
}

void TestHostileServer::cleanupTestCase()
{
    stopSimulator();
}

void TestHostileServer::addRows()
{
    QTest::addColumn<QString>("spec"); // the fault, on GET /iam/users; empty: none
    QTest::addColumn<bool>("complete"); // every promised user arrives
    QTest::addColumn<Kept>("kept");

    QTest::newRow("honest server") << QString() << true << Kept::All;
    QTest::newRow("count-inflated") << QStringLiteral("count-inflated") << false << Kept::All;
    QTest::newRow("count-inflated, empty pages") << QStringLiteral("count-inflated,empty-pages") << false << Kept::None;
    QTest::newRow("empty-pages") << QStringLiteral("empty-pages") << false << Kept::None;
    QTest::newRow("empty pages after the first") << QStringLiteral("empty-pages,after=1") << false << Kept::FirstPage;
    QTest::newRow("ignore-offset") << QStringLiteral("ignore-offset") << false << Kept::FirstPage;
    QTest::newRow("endless") << QStringLiteral("endless") << false << Kept::EndlessPages;
    QTest::newRow("endless bare arrays") << QStringLiteral("endless,list=array") << false << Kept::EndlessPages;
    QTest::newRow("endless repeat") << QStringLiteral("endless=repeat") << false << Kept::EndlessPage;
    QTest::newRow("endless repeat, bare arrays")
        << QStringLiteral("endless=repeat,list=array") << false << Kept::EndlessPage;
    QTest::newRow("trickle after the first page") << QStringLiteral("trickle,after=1") << false << Kept::FirstPage;
    QTest::newRow("trickle") << QStringLiteral("trickle") << false << Kept::None;
    QTest::newRow("oversized, Content-Length") << QStringLiteral("oversized,after=1") << false << Kept::FirstPage;
    QTest::newRow("oversized, chunked") << QStringLiteral("oversized,chunked,after=1") << false << Kept::FirstPage;
    QTest::newRow("gzip-bomb") << QStringLiteral("gzip-bomb,after=1") << false << Kept::FirstPage;
    QTest::newRow("bad-records") << QStringLiteral("bad-records") << false << Kept::Readable;
}

QList<qint64> TestHostileServer::expectedIds(Kept kept, int pageSize) const
{
    switch (kept) {
    case Kept::All:
        return m_accountIds;
    case Kept::None:
        return {};
    case Kept::FirstPage:
        return m_accountIds.mid(0, pageSize);
    case Kept::Readable: {
        QList<qint64> ids;
        for (qsizetype i = 0; i < m_accountIds.size(); ++i) {
            const qsizetype k = i - SimulatorFault::BadRecordsFirst;
            if (k < 0 || k >= qsizetype(SimulatorFault::BadRecord::Count)
                || SimulatorFault::isReadable(SimulatorFault::BadRecord(k)))
                ids.append(m_accountIds.at(i));
        }
        return ids;
    }
    case Kept::EndlessPage:
    case Kept::EndlessPages: {
        QList<qint64> ids;
        for (int i = 0; i < pageSize; ++i)
            ids.append(SimulatorFault::EndlessFirstId + i);
        return ids;
    }
    }
    return {};
}

void TestHostileServer::checkIds(const QList<qint64> &ids, Kept kept, int pageSize) const
{
    const QSet<qint64> distinct(ids.cbegin(), ids.cend());
    QCOMPARE(distinct.size(), ids.size());
    if (kept != Kept::EndlessPages) {
        const QList<qint64> expected = expectedIds(kept, pageSize);
        QCOMPARE(distinct, QSet<qint64>(expected.cbegin(), expected.cend()));
        return;
    }
    // As many generated users as the loader took before its caps or its deadline, at least
    // the first page, and only ids the server sent.
    QVERIFY2(ids.size() >= pageSize, qPrintable(QString::number(ids.size())));
    for (qint64 id : ids)
        QVERIFY2(id >= SimulatorFault::EndlessFirstId, qPrintable(QString::number(id)));
}

void TestHostileServer::loader_data()
{
    addRows();
}

void TestHostileServer::loader()
{
    QFETCH(QString, spec);
    QFETCH(bool, complete);
    QFETCH(Kept, kept);
    if (!spec.isEmpty())
        setFault(QStringLiteral("/iam/users:") + spec);

    QNetworkAccessManager network;
    GcoreAccountApi api(&network, m_sim->baseUrl());
    api.setApiToken(AccountSimulator::defaultToken());
    UsersModel model;
    api.setRequestDeadline(RequestDeadlineSecs * 1000);
    UserListLoader loader(&api, &model);
    loader.setLoadDeadline(LoadDeadlineSecs * 1000);
    const int pageSize = loader.pageSize();
    QSignalSpy finished(&loader, &UserListLoader::finished);
    QSignalSpy failed(&loader, &UserListLoader::failed);

    QElapsedTimer clock;
    clock.start();
    loader.refresh();
    // Ends, one way or the other, within its deadline.
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, LoadDeadlineSecs * 1000 + SlackMs);
    QVERIFY2(clock.elapsed() <= LoadDeadlineSecs * 1000 + SlackMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.count() + failed.count(), 1);
    QVERIFY(!loader.isLoading());

    // The readable users that arrived are kept.
    QList<qint64> ids;
    for (const User &user : model.users())
        ids.append(user.id);
    checkIds(ids, kept, pageSize);

    // Complete only when every promised user arrived; otherwise it does not claim to be: it
    // fails, or it finishes saying what is missing.
    const bool claimsComplete = failed.isEmpty() && loader.outcome().isComplete();
    QCOMPARE(claimsComplete, complete);
    if (failed.isEmpty() && !complete) {
        const QString said = loader.outcome().describe();
        QVERIFY2(!said.isEmpty() && mentions(said, model.rowCount()), qPrintable(said));
    }
    if (complete)
        QCOMPARE(loader.expectedCount(), Users);
}

void TestHostileServer::exportToFile_data()
{
    addRows();
}

void TestHostileServer::exportToFile()
{
    QFETCH(QString, spec);
    QFETCH(bool, complete);
    QFETCH(Kept, kept);
    if (!spec.isEmpty())
        setFault(QStringLiteral("/iam/users:") + spec);

    const QString csv =
        m_dir.filePath(QStringLiteral("%1.csv").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QProcess process;
    // Headless, with the token in the environment; the rest of it (the home, the XDG folders)
    // is this test's throwaway one (TestIsolation).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("ROSTER_API_TOKEN"), AccountSimulator::defaultToken());
    process.setProcessEnvironment(environment);
    QSignalSpy ended(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    // The test's event loop keeps the simulator answering while roster runs.
    process.start(QStringLiteral(ROSTER_BINARY),
                  {QStringLiteral("--api-url"), m_sim->baseUrl().toString(), QStringLiteral("--export"), csv,
                   QStringLiteral("--request-deadline"), QString::number(RequestDeadlineSecs),
                   QStringLiteral("--load-deadline"), QString::number(LoadDeadlineSecs)});
    if (!ended.wait(ExportLimitMs + SlackMs)) {
        process.kill();
        process.waitForFinished();
        QFAIL(
            qPrintable(QStringLiteral("roster --export ran for more than %1 s").arg((ExportLimitMs + SlackMs) / 1000)));
    }
    const qint64 elapsed = clock.elapsed();
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(elapsed <= ExportLimitMs, qPrintable(QStringLiteral("%1 ms; %2").arg(elapsed).arg(err)));

    // Exit code 0 exactly when every promised user arrived.
    QVERIFY2((process.exitCode() == 0) == complete,
             qPrintable(QStringLiteral("exit code %1; %2").arg(process.exitCode()).arg(err)));

    // The file keeps the readable users that did arrive (with none, it may be left out).
    QList<qint64> ids;
    QFile file(csv);
    if (file.open(QIODevice::ReadOnly)) {
        bool header = false;
        ids = csvIds(file.readAll(), &header);
        QVERIFY(header);
    } else {
        QVERIFY2(kept == Kept::None, qPrintable(QStringLiteral("no %1; %2").arg(csv, err)));
    }
    checkIds(ids, kept, m_exportPageSize);

    // A shortfall is told, with how many users did arrive.
    if (!complete) {
        QVERIFY2(!err.trimmed().isEmpty(), "no message on stderr");
        QVERIFY2(mentions(err, ids.size()),
                 qPrintable(QStringLiteral("%1 users arrived; stderr: %2").arg(ids.size()).arg(err)));
    }
}

ROSTER_TEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
