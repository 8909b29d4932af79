#include "TestMain.h"
#include "store/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyAtFirst();
    void saveAndReadBack();
    void replaceAndRemove();
    void refusesBadInput_data();
    void refusesBadInput();
    void currentProfile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("roster.ini")), QSettings::IniFormat);
}

void TestProfileStore::emptyAtFirst()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.profile(QStringLiteral("work")));
    QVERIFY(store.current().isEmpty());
    QVERIFY(!store.remove(QStringLiteral("work")));
}

void TestProfileStore::saveAndReadBack()
{
    AccountProfile work;
    work.name = QStringLiteral("Work");
    work.signIn = AccountProfile::SignIn::Password;
    work.username = QStringLiteral("emily.carter@northwind-analytics.com");
    work.clientId = 301542;
    work.companyName = QStringLiteral("Northwind Analytics");
    AccountProfile local;
    local.name = QStringLiteral("Simulator");
    local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    {
        ProfileStore store(m_settings.get());
        QVERIFY(store.save(work).ok());
        QVERIFY(store.save(local).ok());
    }
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("roster.ini")), QSettings::IniFormat);
    ProfileStore again(m_settings.get());
    const QList<AccountProfile> all = again.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0), local); // sorted by name
    QCOMPARE(all.at(1), work);
    QCOMPARE(again.profile(QStringLiteral("Work"))->baseUrl, QUrl(QStringLiteral("https://api.gcore.com")));

    // Names and addresses only: the settings file holds nothing that looks like a secret.
    QFile file(m_dir->filePath(QStringLiteral("roster.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    QVERIFY(!text.contains("token="));
    QVERIFY(!text.contains("password="));
    QVERIFY(!text.contains("secret"));
}

void TestProfileStore::replaceAndRemove()
{
    ProfileStore store(m_settings.get());
    AccountProfile p;
    p.name = QStringLiteral("Ops");
    QVERIFY(store.save(p).ok());
    p.clientId = 7;
    QVERIFY(store.save(p).ok());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profile(QStringLiteral("Ops"))->clientId, 7);
    QVERIFY(store.remove(QStringLiteral("Ops")));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::refusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << QString() << QStringLiteral("https://api.gcore.com") << QStringLiteral("name");
    QTest::newRow("blank name") << QStringLiteral("  ") << QStringLiteral("https://api.gcore.com") << QStringLiteral("name");
    QTest::newRow("slash in name") << QStringLiteral("a/b") << QStringLiteral("https://api.gcore.com") << QStringLiteral("name");
    QTest::newRow("plain http elsewhere") << QStringLiteral("x") << QStringLiteral("http://api.gcore.com") << QStringLiteral("baseUrl");
    QTest::newRow("not a web address") << QStringLiteral("x") << QStringLiteral("ftp://api.gcore.com") << QStringLiteral("baseUrl");
}

void TestProfileStore::refusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, field);
    ProfileStore store(m_settings.get());
    AccountProfile p;
    p.name = name;
    p.baseUrl = QUrl(url);
    const Result<Done> saved = store.save(p);
    QVERIFY(!saved.ok());
    QCOMPARE(int(saved.error().kind), int(ApiError::Kind::Validation));
    QVERIFY(saved.error().fieldErrors.contains(field));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::currentProfile()
{
    ProfileStore store(m_settings.get());
    AccountProfile p;
    p.name = QStringLiteral("Work");
    QVERIFY(store.save(p).ok());
    store.setCurrent(QStringLiteral("Work"));
    QCOMPARE(store.current(), QStringLiteral("Work"));
    store.setCurrent(QStringLiteral("Gone"));
    QVERIFY(store.current().isEmpty()); // a profile that does not exist is no current one
    store.setCurrent(QStringLiteral("Work"));
    QVERIFY(store.remove(QStringLiteral("Work")));
    QVERIFY(store.current().isEmpty());
}

ROSTER_TEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
