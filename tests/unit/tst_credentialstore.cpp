#include "ResultCatcher.h"
#include "TestMain.h"
#include "store/CredentialStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

// Runs against the real system keychain: CTest's keyring fixture (tests/keyring.sh) gives it a
// private D-Bus session with an unlocked gnome-keyring. A keychain that cannot store fails these
// tests, as it must.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemove();
    void profilesAreSeparate();
    void overwrite();
    void contextGoneMeansNoAnswer();
    void sessionOnlyNeverTouchesTheKeychain();
    void noKeychainIsAnErrorNotASuccess();

private:
    template <typename T>
    Result<T> wait(const std::function<void(ApiCallback<T>)> &call);
    QString uniqueProfile() const { return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces); }

    std::unique_ptr<CredentialStore> m_store;
    QObject m_context;
};

template <typename T>
Result<T> TestCredentialStore::wait(const std::function<void(ApiCallback<T>)> &call)
{
    ResultCatcher<T> answer;
    call(answer.callback());
    if (!answer.wait(20000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer from the keychain"));
    return answer.result();
}

void TestCredentialStore::initTestCase()
{
    m_store = std::make_unique<CredentialStore>(QStringLiteral("Roster tests"));
}

void TestCredentialStore::writeReadRemove()
{
    const QString key = CredentialStore::key(uniqueProfile(), QStringLiteral("api-token"));
    const QString secret = QStringLiteral("42_a1b2c3d4e5f6");
    // The write itself must succeed: a keychain that silently drops secrets reads "not found" later.
    const Result<Done> written = wait<Done>([&](ApiCallback<Done> done) { m_store->write(key, secret, &m_context, done); });
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    const Result<QString> read = wait<QString>([&](ApiCallback<QString> done) { m_store->read(key, &m_context, done); });
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read.value(), secret);
    const Result<Done> removed = wait<Done>([&](ApiCallback<Done> done) { m_store->remove(key, &m_context, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    const Result<QString> gone = wait<QString>([&](ApiCallback<QString> done) { m_store->read(key, &m_context, done); });
    QVERIFY(!gone.ok());
    QCOMPARE(int(gone.error().kind), int(ApiError::Kind::NotFound));
    QVERIFY(!gone.error().message.contains(secret));
    // Removing again is no error.
    QVERIFY(wait<Done>([&](ApiCallback<Done> done) { m_store->remove(key, &m_context, done); }).ok());
}

void TestCredentialStore::profilesAreSeparate()
{
    const QString work = CredentialStore::key(uniqueProfile(), QStringLiteral("api-token"));
    const QString home = CredentialStore::key(uniqueProfile(), QStringLiteral("api-token"));
    QVERIFY(wait<Done>([&](ApiCallback<Done> done) { m_store->write(work, QStringLiteral("work-secret"), &m_context, done); }).ok());
    QVERIFY(wait<Done>([&](ApiCallback<Done> done) { m_store->write(home, QStringLiteral("home-secret"), &m_context, done); }).ok());
    QCOMPARE(wait<QString>([&](ApiCallback<QString> done) { m_store->read(work, &m_context, done); }).value(),
             QStringLiteral("work-secret"));
    QCOMPARE(wait<QString>([&](ApiCallback<QString> done) { m_store->read(home, &m_context, done); }).value(),
             QStringLiteral("home-secret"));
    QVERIFY(wait<Done>([&](ApiCallback<Done> done) { m_store->remove(work, &m_context, done); }).ok());
    QCOMPARE(wait<QString>([&](ApiCallback<QString> done) { m_store->read(home, &m_context, done); }).value(),
             QStringLiteral("home-secret"));
    QVERIFY(wait<Done>([&](ApiCallback<Done> done) { m_store->remove(home, &m_context, done); }).ok());
}

void TestCredentialStore::overwrite()
{
    const QString key = CredentialStore::key(uniqueProfile(), QStringLiteral("refresh-token"));
    QVERIFY(wait<Done>([&](ApiCallback<Done> done) { m_store->write(key, QStringLiteral("first"), &m_context, done); }).ok());
    QVERIFY(wait<Done>([&](ApiCallback<Done> done) { m_store->write(key, QStringLiteral("second"), &m_context, done); }).ok());
    QCOMPARE(wait<QString>([&](ApiCallback<QString> done) { m_store->read(key, &m_context, done); }).value(),
             QStringLiteral("second"));
    QVERIFY(wait<Done>([&](ApiCallback<Done> done) { m_store->remove(key, &m_context, done); }).ok());
}

void TestCredentialStore::contextGoneMeansNoAnswer()
{
    const QString key = CredentialStore::key(uniqueProfile(), QStringLiteral("api-token"));
    int answers = 0;
    auto *dialog = new QObject;
    m_store->write(key, QStringLiteral("secret"), dialog, [&](const Result<Done> &) { ++answers; });
    delete dialog;
    // A later call on the same store answers after the first would have.
    QVERIFY(wait<QString>([&](ApiCallback<QString> done) { m_store->read(key, &m_context, done); }).ok());
    QCOMPARE(answers, 0);
    QVERIFY(wait<Done>([&](ApiCallback<Done> done) { m_store->remove(key, &m_context, done); }).ok());
}

void TestCredentialStore::sessionOnlyNeverTouchesTheKeychain()
{
    const QString key = CredentialStore::key(uniqueProfile(), QStringLiteral("api-token"));
    CredentialStore session(QStringLiteral("Roster tests"));
    session.setSessionOnly(true);
    QVERIFY(wait<Done>([&](ApiCallback<Done> done) { session.write(key, QStringLiteral("for now"), &m_context, done); }).ok());
    QCOMPARE(wait<QString>([&](ApiCallback<QString> done) { session.read(key, &m_context, done); }).value(),
             QStringLiteral("for now"));
    // The keychain itself has nothing.
    const Result<QString> inKeychain = wait<QString>([&](ApiCallback<QString> done) { m_store->read(key, &m_context, done); });
    QCOMPARE(int(inKeychain.error().kind), int(ApiError::Kind::NotFound));
    // Leaving session-only mode forgets the secrets.
    session.setSessionOnly(false);
    session.setSessionOnly(true);
    QCOMPARE(int(wait<QString>([&](ApiCallback<QString> done) { session.read(key, &m_context, done); }).error().kind),
             int(ApiError::Kind::NotFound));
}

void TestCredentialStore::noKeychainIsAnErrorNotASuccess()
{
    // In a process whose session bus does not exist, a write must fail, not pretend.
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/roster-bus"));
    probe.setProcessEnvironment(environment);
    probe.start(QStringLiteral(ROSTER_KEYCHAIN_PROBE), {QStringLiteral("write")});
    QVERIFY(probe.waitForFinished(60000));
    const QString output = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
    QCOMPARE(probe.exitCode(), 1);
    QVERIFY2(output.startsWith(QLatin1String("error ")), qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("probe-secret")), qPrintable(output));
}

ROSTER_TEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
