// `roster --api-url URL --export FILE` against the account simulator: the real binary, a real
// HTTP server on 127.0.0.1, the API token from the environment (never the command line).
#include "ResultCatcher.h"
#include "SimulatorFixture.h"
#include "TestMain.h"
#include "store/CredentialStore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestExportOnline : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsEveryUser();
    void wrongTokenFails();
    void tokenIsNeeded();
    void plainHttpOnlyOnThisComputer();
    void tokenFromTheKeychainProfile();
    void formulasAreNeutralised();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    // Runs roster while this test's event loop keeps the simulator answering.
    Run runRoster(const QStringList &arguments, const QString &token);

    QTemporaryDir m_dir; // roster's settings and the files it exports
};

void TestExportOnline::init()
{
    QVERIFY(m_dir.isValid());
    const Result<Done> started = startSimulator();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
}

void TestExportOnline::cleanup()
{
    stopSimulator();
}

TestExportOnline::Run TestExportOnline::runRoster(const QStringList &arguments, const QString &token)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    if (token.isNull())
        environment.remove(QStringLiteral("ROSTER_API_TOKEN"));
    else
        environment.insert(QStringLiteral("ROSTER_API_TOKEN"), token);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(ROSTER_BINARY), arguments);
    Run run;
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

void TestExportOnline::exportsEveryUser()
{
    const QString csv = m_dir.filePath(QStringLiteral("users.csv"));
    const Run run = runRoster({QStringLiteral("--api-url"), m_sim->baseUrl().toString(), QStringLiteral("--export"), csv},
                              AccountSimulator::defaultToken());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("ID,Name,Email,Role,Status,Two-factor authentication,Language,Sign-in method\r"));
    const int users = int(m_sim->account().listUsers(0, 1).value().count);
    QCOMPARE(lines.size(), users + 2); // header, one line per user, and the empty rest after the last CRLF
    QVERIFY(lines.at(1).endsWith('\r'));
    // The token went through the environment and appears nowhere in the output.
    QVERIFY(!run.err.contains(AccountSimulator::defaultToken()));
    // Standard output works too.
    const Run toStdout = runRoster({QStringLiteral("--api-url"), m_sim->baseUrl().toString(), QStringLiteral("--export"),
                                    QStringLiteral("-")},
                                   AccountSimulator::defaultToken());
    QVERIFY2(toStdout.exitCode == 0, qPrintable(toStdout.err));
    QCOMPARE(toStdout.out.count('\n'), users + 1);
}

void TestExportOnline::wrongTokenFails()
{
    const QString csv = m_dir.filePath(QStringLiteral("never.csv"));
    const Run run = runRoster({QStringLiteral("--api-url"), m_sim->baseUrl().toString(), QStringLiteral("--export"), csv},
                              QStringLiteral("42_not-a-token"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Could not read the users")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("42_not-a-token")));
    QVERIFY(!QFile::exists(csv));
}

void TestExportOnline::tokenIsNeeded()
{
    const Run run = runRoster({QStringLiteral("--api-url"), m_sim->baseUrl().toString(), QStringLiteral("--export"),
                               QStringLiteral("-")},
                              QString());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("ROSTER_API_TOKEN")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestExportOnline::plainHttpOnlyOnThisComputer()
{
    const Run run = runRoster({QStringLiteral("--api-url"), QStringLiteral("http://example.com"), QStringLiteral("--export"),
                               QStringLiteral("-")},
                              AccountSimulator::defaultToken());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("https")), qPrintable(run.err));
}

void TestExportOnline::tokenFromTheKeychainProfile()
{
    // The real keychain of the keyring fixture's private session (tests/keyring.sh) holds the
    // profile's token.
    CredentialStore store;
    const QString key = CredentialStore::key(QStringLiteral("simulator"), QStringLiteral("api-token"));
    ResultCatcher<Done> written;
    store.write(key, AccountSimulator::defaultToken(), this, written.callback());
    QVERIFY(written.wait(20000));
    QCOMPARE(written.calls(), 1);
    QVERIFY2(written.ok(),
             qPrintable(QStringLiteral("the keychain must store the token (is a keyring running?): ")
                        + written.error().message));

    const Run run = runRoster({QStringLiteral("--api-url"), m_sim->baseUrl().toString(), QStringLiteral("--profile"),
                               QStringLiteral("simulator"), QStringLiteral("--export"), QStringLiteral("-")},
                              QString());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith("ID,Name,Email"));

    const Run unknown = runRoster({QStringLiteral("--api-url"), m_sim->baseUrl().toString(), QStringLiteral("--profile"),
                                   QStringLiteral("no-such-profile"), QStringLiteral("--export"), QStringLiteral("-")},
                                  QString());
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("no-such-profile")), qPrintable(unknown.err));

    ResultCatcher<Done> removed;
    store.remove(key, this, removed.callback());
    QVERIFY(removed.wait(20000));
    QCOMPARE(removed.calls(), 1);
}

void TestExportOnline::formulasAreNeutralised()
{
    // Invited people choose their own names; one chose a formula, another a phone number.
    const qint64 formula = findUser([](const User &u) { return u.activated; });
    const qint64 phone = findUser([formula](const User &u) { return u.activated && u.id != formula; });
    QVERIFY(formula > 0 && phone > 0);
    for (const auto &[id, name] : {std::pair{formula, QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Jane\")")},
                                   std::pair{phone, QStringLiteral("+49 30 1234567")}}) {
        UserPatch patch;
        patch.name = name;
        const Result<User> renamed = m_sim->account().updateUser(id, patch);
        QVERIFY2(renamed.ok(), qPrintable(renamed.ok() ? QString() : renamed.error().message));
    }
    const QStringList arguments{QStringLiteral("--api-url"), m_sim->baseUrl().toString(), QStringLiteral("--export"),
                                QStringLiteral("-")};
    const Run safe = runRoster(arguments, AccountSimulator::defaultToken());
    QVERIFY2(safe.exitCode == 0, qPrintable(safe.err));
    QVERIFY(safe.out.contains(QByteArray(QByteArray::number(formula) + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Jane\"\")\",")));
    QVERIFY(safe.out.contains(QByteArray(QByteArray::number(phone) + ",'+49 30 1234567,")));

    const Run raw = runRoster(arguments + QStringList{QStringLiteral("--csv-raw")}, AccountSimulator::defaultToken());
    QVERIFY2(raw.exitCode == 0, qPrintable(raw.err));
    QVERIFY(raw.out.contains(QByteArray(QByteArray::number(formula) + ",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Jane\"\")\",")));
    QVERIFY(raw.out.contains(QByteArray(QByteArray::number(phone) + ",+49 30 1234567,")));
}

ROSTER_TEST_GUILESS_MAIN(TestExportOnline)
#include "tst_exportonline.moc"
