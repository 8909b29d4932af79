#include "TestMain.h"
#include "items/Csv.h"

#include <QLocale>
#include <QStandardItemModel>
#include <QTest>

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void fields_data();
    void fields();
    void rowsEndWithCrLf();
    void byteOrderMark();
    void semicolonSeparator();
    void spreadsheetFormat_data();
    void spreadsheetFormat();
    void fromModel();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void neutralisedFieldsAreQuotedAsUsual();
    void rawKeepsFormulas();
};

void TestCsv::fields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << QStringLiteral("jane@example.com") << QByteArray("jane@example.com");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("Doe, Jane") << QByteArray("\"Doe, Jane\"");
    QTest::newRow("quote") << QStringLiteral("Jane \"JD\" Doe") << QByteArray("\"Jane \"\"JD\"\" Doe\"");
    QTest::newRow("line break") << QStringLiteral("two\nlines") << QByteArray("\"two\nlines\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("semicolon is plain with commas") << QStringLiteral("a;b") << QByteArray("a;b");
    QTest::newRow("cyrillic") << QStringLiteral("Ольга") << QStringLiteral("Ольга").toUtf8();
    QTest::newRow("chinese") << QStringLiteral("王伟") << QStringLiteral("王伟").toUtf8();
    QTest::newRow("spaces kept") << QStringLiteral(" padded ") << QByteArray(" padded ");
}

void TestCsv::fields()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, written);
    QCOMPARE(Csv::write({{field}}), written + "\r\n");
    QCOMPARE(Csv::write({{QStringLiteral("x"), field}}), "x," + written + "\r\n");
}

void TestCsv::rowsEndWithCrLf()
{
    QCOMPARE(Csv::write({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}}),
             QByteArray("a,b\r\n1,2\r\n"));
    QCOMPARE(Csv::write({}), QByteArray());
}

void TestCsv::byteOrderMark()
{
    Csv::Format format;
    format.byteOrderMark = true;
    QCOMPARE(Csv::write({{QStringLiteral("Ä")}}, format), QByteArray("\xEF\xBB\xBF") + QStringLiteral("Ä").toUtf8() + "\r\n");
}

void TestCsv::semicolonSeparator()
{
    Csv::Format format;
    format.separator = u';';
    QCOMPARE(Csv::write({{QStringLiteral("1,5"), QStringLiteral("a;b"), QStringLiteral("c")}}, format),
             QByteArray("1,5;\"a;b\";c\r\n"));
}

void TestCsv::spreadsheetFormat_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << QChar(u',');
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QChar(u';');
    QTest::newRow("Russian") << QLocale(QLocale::Russian, QLocale::Russia) << QChar(u';');
    QTest::newRow("Chinese") << QLocale(QLocale::Chinese, QLocale::China) << QChar(u',');
}

void TestCsv::spreadsheetFormat()
{
    QFETCH(QLocale, locale);
    QFETCH(QChar, separator);
    const Csv::Format format = Csv::spreadsheetFormat(locale);
    QCOMPARE(format.separator, separator);
    QVERIFY(format.byteOrderMark);
}

void TestCsv::fromModel()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("ID"), QStringLiteral("Name")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("7")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("Jürgen Müller")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("8")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("Doe, Jane")));
    const QList<QStringList> rows = Csv::rowsOf(model);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("ID"), QStringLiteral("Name")}));
    QCOMPARE(Csv::write(rows), QStringLiteral("ID,Name\r\n7,Jürgen Müller\r\n8,\"Doe, Jane\"\r\n").toUtf8());
}

void TestCsv::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Jane\")")
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Jane\"\")\"");
    QTest::newRow("minus") << QStringLiteral("-1+2") << QStringLiteral("'-1+2");
    QTest::newRow("plus") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("phone number") << QStringLiteral("+49 30 1234567") << QStringLiteral("'+49 30 1234567");
    QTest::newRow("leading tab") << QStringLiteral("\t=cmd") << QStringLiteral("'\t=cmd");
    QTest::newRow("leading carriage return") << QStringLiteral("\r=cmd") << QStringLiteral("\"'\r=cmd\"");
    QTest::newRow("a lone minus") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("equals later") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("space first") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("hyphenated name") << QStringLiteral("Jean-Luc") << QStringLiteral("Jean-Luc");
    QTest::newRow("email") << QStringLiteral("jane@example.com") << QStringLiteral("jane@example.com");
    QTest::newRow("apostrophe first") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsv::neutralisesFormulas()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(Csv::write({{field}}), (written + QStringLiteral("\r\n")).toUtf8());
    QCOMPARE(Csv::write({{QStringLiteral("7"), field, QStringLiteral("x")}}),
             (QStringLiteral("7,") + written + QStringLiteral(",x\r\n")).toUtf8());
    // Every format spreadsheets are given does it too.
    for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::German)}) {
        const QByteArray bytes = Csv::write({{field}}, Csv::spreadsheetFormat(locale));
        QCOMPARE(bytes.mid(3), (written + QStringLiteral("\r\n")).toUtf8());
    }
}

void TestCsv::neutralisedFieldsAreQuotedAsUsual()
{
    Csv::Format format;
    format.separator = u';';
    QCOMPARE(Csv::write({{QStringLiteral("=1;2"), QStringLiteral("@a,b")}}, format), QByteArray("\"'=1;2\";'@a,b\r\n"));
    QCOMPARE(Csv::neutralised(QStringLiteral("=A1")), QStringLiteral("'=A1"));
    QCOMPARE(Csv::neutralised(QStringLiteral("A1")), QStringLiteral("A1"));
}

void TestCsv::rawKeepsFormulas()
{
    Csv::Format raw;
    raw.neutraliseFormulas = false;
    QCOMPARE(Csv::write({{QStringLiteral("=1+2"), QStringLiteral("+49 30 1"), QStringLiteral("@x"), QStringLiteral("-1")}}, raw),
             QByteArray("=1+2,+49 30 1,@x,-1\r\n"));
    QCOMPARE(Csv::write({{QStringLiteral("=HYPERLINK(\"u\")")}}, raw), QByteArray("\"=HYPERLINK(\"\"u\"\")\"\r\n"));
}

ROSTER_TEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
