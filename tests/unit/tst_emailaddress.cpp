// The rule for an email address: what is accepted, and what is refused with which reason.
#include "TestMain.h"

#include "domain/EmailAddress.h"

#include <QTest>

class TestEmailAddress : public QObject
{
    Q_OBJECT
private slots:
    void problems_data();
    void problems();
    void key();
};

void TestEmailAddress::problems_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("problem"); // the start of the reason; empty: accepted
    QTest::newRow("plain") << QStringLiteral("jane@example.com") << QString();
    QTest::newRow("spaces around") << QStringLiteral("  jane@example.com ") << QString();
    QTest::newRow("subdomain") << QStringLiteral("j.doe+roster@mail.example.co.uk") << QString();
    QTest::newRow("international") << QStringLiteral("kaethe@bücher.de") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("Enter an email address.");
    QTest::newRow("space inside") << QStringLiteral("ja ne@example.com") << QStringLiteral("An email address cannot contain spaces.");
    QTest::newRow("two @") << QStringLiteral("a@b@example.com") << QStringLiteral("An email address has exactly one @");
    QTest::newRow("no name") << QStringLiteral("@example.com") << QStringLiteral("Enter the name before the @");
    QTest::newRow("no domain") << QStringLiteral("jane@") << QStringLiteral("Enter the domain after the @");
    QTest::newRow("dot ends the name") << QStringLiteral("jane.@example.com") << QStringLiteral("The name before the @ cannot start or end with a dot");
    QTest::newRow("forbidden") << QStringLiteral("ja<ne@example.com") << QStringLiteral("The name before the @ cannot contain <.");
    // The real problem, not "it needs a dot".
    QTest::newRow("dot ends the domain") << QStringLiteral("user@example.com.")
                                         << QStringLiteral("The domain cannot end with a dot: “example.com.” should read “example.com”.");
    QTest::newRow("dot starts the domain") << QStringLiteral("user@.example.com")
                                           << QStringLiteral("The domain “.example.com” cannot start with a dot or have two dots in a row.");
    QTest::newRow("two dots") << QStringLiteral("user@example..com")
                              << QStringLiteral("The domain “example..com” cannot start with a dot or have two dots in a row.");
    QTest::newRow("no dot") << QStringLiteral("user@localhost") << QStringLiteral("“localhost” is not a valid domain: it needs a dot");
    QTest::newRow("numeric top") << QStringLiteral("user@10.0.0.1") << QStringLiteral("“10.0.0.1” is not a valid domain");
    QTest::newRow("hyphen label") << QStringLiteral("user@-bad.com") << QStringLiteral("“-bad.com” is not a valid domain");
}

void TestEmailAddress::problems()
{
    QFETCH(QString, email);
    QFETCH(QString, problem);
    const QString found = EmailAddress::problem(email);
    if (problem.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found));
        QVERIFY(EmailAddress::isValid(email));
    } else {
        QVERIFY2(found.startsWith(problem), qPrintable(found));
        QVERIFY(!EmailAddress::isValid(email));
    }
}

void TestEmailAddress::key()
{
    QCOMPARE(EmailAddress::key(QStringLiteral("  Jane.Doe@Example.COM ")), QStringLiteral("jane.doe@example.com"));
    QCOMPARE(EmailAddress::key(QStringLiteral("STRASSE@x.de")), EmailAddress::key(QStringLiteral("strasse@X.DE")));
}

ROSTER_TEST_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
