#include "CommandLine.h"
#include "TestMain.h"
#include "Translations.h"
#include "demo/DemoAccount.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Action = ParseResult::Action;

namespace {

QStringList args(const char *line)
{
    QStringList list{QStringLiteral("roster")};
    const QString text = QString::fromUtf8(line);
    if (!text.isEmpty())
        list += text.split(u' ');
    return list;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void options_data();
    void options();
    void helpAndVersion_data();
    void helpAndVersion();
    void helpListsPublicOptionsOnly();
    void errors_data();
    void errors();
    void errorsKeepTheLanguage();
    void withoutQtOptions_data();
    void withoutQtOptions();
    void languageCode_data();
    void languageCode();
    void languageForLocale_data();
    void languageForLocale();

    // The built executable.
    void binaryRejectsBadArgumentsWithoutDisplay_data();
    void binaryRejectsBadArgumentsWithoutDisplay();
    void binaryPrintsVersionAndHelp();
    void binaryStartsInTheLanguageChosenLast();
    void binaryWritesScreenshot();
    void binaryRebuildsCorruptDemoFile();
    void binaryFailsWhenScreenshotCannotBeWritten();
    void binaryReportsStartupTime();
    void binaryExportsCsv();
    void binaryReportsAnUnreadableDemoFile();
    void binaryExportsCsvToStandardOutput();
    void binaryFailsWhenExportCannotBeWritten();
    void csvRaw_data();
    void csvRaw();
    void binaryExportNeutralisesFormulas();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run runRoster(const QStringList &arguments, const QProcessEnvironment &environment);
    QProcessEnvironment headlessEnvironment() const;

    QTemporaryDir m_dir;
};

void TestCommandLine::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestCommandLine::options_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<bool>("demoReset");
    QTest::addColumn<QString>("demoFile");
    QTest::addColumn<int>("latency");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("screenshot");
    QTest::addColumn<bool>("probe");

    const int d = AppOptions::DefaultDemoLatencyMs;
    const QString none;
    // clang-format off
    QTest::newRow("no arguments") << args("") << false << false << none << d << none << none << false;
    QTest::newRow("--demo") << args("--demo") << true << false << none << d << none << none << false;
    QTest::newRow("--demo-reset implies --demo") << args("--demo-reset") << true << true << none << d << none << none << false;
    QTest::newRow("--demo --demo-reset") << args("--demo --demo-reset") << true << true << none << d << none << none << false;
    QTest::newRow("--lang de") << args("--lang de") << false << false << none << d << QStringLiteral("de") << none << false;
    QTest::newRow("--lang=ru") << args("--lang=ru") << false << false << none << d << QStringLiteral("ru") << none << false;
    QTest::newRow("--lang en") << args("--lang en") << false << false << none << d << QStringLiteral("en") << none << false;
    QTest::newRow("--lang ZH") << args("--lang ZH") << false << false << none << d << QStringLiteral("zh") << none << false;
    QTest::newRow("--lang zh_CN") << args("--lang zh_CN") << false << false << none << d << QStringLiteral("zh") << none << false;
    QTest::newRow("--lang de-AT") << args("--lang de-AT") << false << false << none << d << QStringLiteral("de") << none << false;
    QTest::newRow("last --lang wins") << args("--lang de --lang ru") << false << false << none << d << QStringLiteral("ru") << none << false;
    QTest::newRow("--screenshot") << args("--screenshot out/shot.png") << false << false << none << d << none << QStringLiteral("out/shot.png") << false;
    QTest::newRow("--demo-file implies --demo") << args("--demo-file /tmp/x.sqlite") << true << false << QStringLiteral("/tmp/x.sqlite") << d << none << none << false;
    QTest::newRow("--demo-latency 0") << args("--demo-latency 0") << true << false << none << 0 << none << none << false;
    QTest::newRow("--demo-latency=2500") << args("--demo-latency=2500") << true << false << none << 2500 << none << none << false;
    QTest::newRow("--demo-latency max") << args("--demo-latency 60000") << true << false << none << 60000 << none << none << false;
    QTest::newRow("--startup-probe") << args("--startup-probe") << false << false << none << d << none << none << true;
    QTest::newRow("everything")
        << args("--demo --demo-reset --demo-file d.sqlite --demo-latency 5 --lang ru --screenshot s.png --startup-probe")
        << true << true << QStringLiteral("d.sqlite") << 5 << QStringLiteral("ru") << QStringLiteral("s.png") << true;
    // clang-format on
}

void TestCommandLine::options()
{
    QFETCH(QStringList, arguments);

    const ParseResult result = CommandLine::parse(arguments);
    QCOMPARE(result.action, Action::Run);
    QVERIFY2(result.output.isEmpty(), qPrintable(result.output));
    QCOMPARE(result.exitCode, 0);

    const AppOptions &o = result.options;
    QTEST(o.demo, "demo");
    QTEST(o.demoReset, "demoReset");
    QTEST(o.demoFile, "demoFile");
    QTEST(o.demoLatencyMs, "latency");
    QTEST(o.language, "language");
    QTEST(o.screenshotPath, "screenshot");
    QTEST(o.startupProbe, "probe");

    QFETCH(QString, screenshot);
    QFETCH(bool, probe);
    QCOMPARE(o.unattended(), !screenshot.isEmpty() || probe);
}

void TestCommandLine::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("language");

    QTest::newRow("--help") << args("--help") << Action::ShowHelp << QString();
    QTest::newRow("-h") << args("-h") << Action::ShowHelp << QString();
    QTest::newRow("--help with other options") << args("--demo --help") << Action::ShowHelp << QString();
    QTest::newRow("--help wins over a bad value") << args("--help --lang xx") << Action::ShowHelp << QString();
    QTest::newRow("--help keeps --lang") << args("--lang de --help") << Action::ShowHelp << QStringLiteral("de");
    QTest::newRow("--version") << args("--version") << Action::ShowVersion << QString();
    QTest::newRow("-v") << args("-v") << Action::ShowVersion << QString();
}

void TestCommandLine::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(Action, action);

    const ParseResult result = CommandLine::parse(arguments);
    QCOMPARE(result.action, action);
    QCOMPARE(result.exitCode, 0);
    QTEST(result.options.language, "language");
    if (action == Action::ShowVersion) {
        static const QRegularExpression versionLine(QStringLiteral("^roster \\d+\\.\\d+\\.\\d+\\n$"));
        QVERIFY2(versionLine.match(result.output).hasMatch(), qPrintable(result.output));
    } else {
        QVERIFY2(result.output.contains(QLatin1String("--demo")), qPrintable(result.output));
    }
}

void TestCommandLine::helpListsPublicOptionsOnly()
{
    const QString help = CommandLine::parse(args("--help")).output;
    for (const char *option : {"--help", "--version", "--demo ", "--demo-reset", "--lang <", "--screenshot <", "--csv-raw"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
    for (const char *option : {"--demo-file", "--demo-latency", "--startup-probe", "--help-all"})
        QVERIFY2(!help.contains(QLatin1String(option)), option);
}

void TestCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // part of the first line

    QTest::newRow("unknown long option") << args("--bogus") << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("unknown short option") << args("-x") << QStringLiteral("Unknown option 'x'");
    QTest::newRow("unknown next to good ones") << args("--demo --frobnicate") << QStringLiteral("frobnicate");
    QTest::newRow("value for a flag") << args("--demo=yes") << QStringLiteral("demo");
    QTest::newRow("--lang without value") << args("--lang") << QStringLiteral("lang");
    QTest::newRow("--lang fr") << args("--lang fr") << QStringLiteral("Unsupported language 'fr'");
    QTest::newRow("--lang english") << args("--lang english") << QStringLiteral("'english'");
    QTest::newRow("--lang de!") << args("--lang de!") << QStringLiteral("'de!'");
    QTest::newRow("--lang empty") << args("--lang=") << QStringLiteral("Unsupported language ''");
    QTest::newRow("positional") << args("users.csv") << QStringLiteral("Unexpected argument 'users.csv'");
    QTest::newRow("positional after options") << args("--demo extra") << QStringLiteral("'extra'");
    QTest::newRow("positional after --") << args("-- --demo") << QStringLiteral("'--demo'");
    QTest::newRow("latency not a number") << args("--demo-latency fast") << QStringLiteral("'fast'");
    QTest::newRow("latency fractional") << args("--demo-latency 1.5") << QStringLiteral("'1.5'");
    QTest::newRow("latency negative") << args("--demo-latency=-1") << QStringLiteral("'-1'");
    QTest::newRow("latency too large") << args("--demo-latency 60001") << QStringLiteral("'60001'");
    QTest::newRow("latency empty") << args("--demo-latency=") << QStringLiteral("--demo-latency");
    QTest::newRow("--screenshot without value") << args("--screenshot") << QStringLiteral("screenshot");
    QTest::newRow("--screenshot empty") << args("--screenshot=") << QStringLiteral("--screenshot");
    QTest::newRow("--demo-file empty") << args("--demo-file=") << QStringLiteral("--demo-file");
    QTest::newRow("--export without value") << args("--export") << QStringLiteral("export");
    QTest::newRow("--export empty") << args("--export=") << QStringLiteral("--export");
    QTest::newRow("--export with --screenshot") << args("--export u.csv --screenshot s.png")
                                                << QStringLiteral("cannot be combined");
    QTest::newRow("--api-url alone") << args("--api-url https://api.gcore.com") << QStringLiteral("--export only");
    QTest::newRow("--api-url not http") << args("--api-url ftp://api.gcore.com --export -") << QStringLiteral("'ftp://api.gcore.com'");
    QTest::newRow("--api-url no host") << args("--api-url https:// --export -") << QStringLiteral("--api-url");
    QTest::newRow("--api-url with the demo") << args("--demo --api-url https://api.gcore.com --export -")
                                             << QStringLiteral("not both");
    QTest::newRow("--profile without --api-url") << args("--profile work --export -") << QStringLiteral("--profile");
    QTest::newRow("--csv-raw alone") << args("--csv-raw") << QStringLiteral("--csv-raw works with --export only");
    QTest::newRow("--csv-raw with a window") << args("--demo --csv-raw") << QStringLiteral("--csv-raw");
    QTest::newRow("--csv-raw with a value") << args("--export - --csv-raw=yes") << QStringLiteral("csv-raw");
}

void TestCommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const ParseResult result = CommandLine::parse(arguments);
    QCOMPARE(result.action, Action::Error);
    QCOMPARE(result.exitCode, 2);
    const QStringList lines = result.output.split(u'\n');
    QCOMPARE(lines.size(), 3); // message, hint, and the final newline
    QVERIFY2(lines.at(0).startsWith(QLatin1String("roster: ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(message), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("Try 'roster --help'."));
    QVERIFY(lines.at(2).isEmpty());
}

void TestCommandLine::errorsKeepTheLanguage()
{
    // So that main() can show the message in the language asked for.
    for (const char *line :
         {"--lang ru --bogus", "--bogus --lang=ru", "--lang ru stray", "--lang ru --demo-latency x"}) {
        const ParseResult result = CommandLine::parse(args(line));
        QCOMPARE(result.action, Action::Error);
        QCOMPARE(result.options.language, QStringLiteral("ru"));
    }
}

void TestCommandLine::withoutQtOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nothing") << args("") << args("");
    QTest::newRow("ours are kept") << args("--demo --lang de --screenshot a.png")
                                   << args("--demo --lang de --screenshot a.png");
    QTest::newRow("-platform value") << args("-platform offscreen --demo") << args("--demo");
    QTest::newRow("--platform=value") << args("--demo --platform=offscreen") << args("--demo");
    QTest::newRow("-style and -stylesheet") << args("-style fusion --demo -stylesheet a.qss") << args("--demo");
    QTest::newRow("flags") << args("-reverse --demo -widgetcount") << args("--demo");
    QTest::newRow("value at the end") << args("--demo -platform") << args("--demo");
    QTest::newRow("unknown options are kept") << args("--bogus -x") << args("--bogus -x");
    QTest::newRow("after --") << args("-- -platform offscreen") << args("-- -platform offscreen");
    QTest::newRow("program name") << QStringList{QStringLiteral("-platform")}
                                  << QStringList{QStringLiteral("-platform")};
}

void TestCommandLine::withoutQtOptions()
{
    QFETCH(QStringList, arguments);
    QTEST(CommandLine::withoutQtOptions(arguments), "expected");
}

void TestCommandLine::languageCode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");

    const QString none;
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("ru");
    QTest::newRow("upper case") << QStringLiteral("RU") << QStringLiteral("ru");
    QTest::newRow("territory") << QStringLiteral("de_CH") << QStringLiteral("de");
    QTest::newRow("BCP 47") << QStringLiteral("zh-Hant-TW") << QStringLiteral("zh");
    QTest::newRow("POSIX with encoding") << QStringLiteral("ru_RU.UTF-8") << QStringLiteral("ru");
    QTest::newRow("spaces") << QStringLiteral(" en ") << QStringLiteral("en");
    QTest::newRow("empty") << QString() << none;
    QTest::newRow("unsupported") << QStringLiteral("fr") << none;
    QTest::newRow("longer word") << QStringLiteral("den") << none;
    QTest::newRow("C") << QStringLiteral("C") << none;
    QTest::newRow("junk after code") << QStringLiteral("de1") << none;
}

void TestCommandLine::languageCode()
{
    QFETCH(QString, name);
    QTEST(Translations::languageCode(name), "code");
}

void TestCommandLine::languageForLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("language");

    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("de");
    QTest::newRow("de_AT") << QLocale(QLocale::German, QLocale::Austria) << QStringLiteral("de");
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << QStringLiteral("zh");
    QTest::newRow("zh_TW") << QLocale(QLocale::Chinese, QLocale::Taiwan) << QStringLiteral("zh");
    QTest::newRow("ru_RU") << QLocale(QLocale::Russian, QLocale::Russia) << QStringLiteral("ru");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("en");
    QTest::newRow("fr_FR falls back") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("en");
    QTest::newRow("C falls back") << QLocale::c() << QStringLiteral("en");
}

void TestCommandLine::languageForLocale()
{
    QFETCH(QLocale, locale);
    QTEST(Translations::languageForLocale(locale), "language");
}

QProcessEnvironment TestCommandLine::headlessEnvironment() const
{
    // Settings and data go to the test's own folder, never to the real home.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

TestCommandLine::Run TestCommandLine::runRoster(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ROSTER_BINARY), arguments);
    Run run;
    if (!process.waitForStarted(30000)) {
        run.err = process.errorString();
        return run;
    }
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out: ") % QString::fromLocal8Bit(process.readAllStandardError());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

void TestCommandLine::binaryRejectsBadArgumentsWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")}
                                    << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")}
                                  << QStringLiteral("'xx'");
    QTest::newRow("positional") << QStringList{QStringLiteral("stray")} << QStringLiteral("'stray'");
}

void TestCommandLine::binaryRejectsBadArgumentsWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    // A platform that does not exist: a usage error must not need one.
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    const Run run = runRoster(arguments, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Try 'roster --help'.")), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void TestCommandLine::binaryStartsInTheLanguageChosenLast()
{
    // The Language menu saved German; the system speaks English.
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    const QString file = m_dir.filePath(QStringLiteral("config/Roster/roster.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("language"), QStringLiteral("de"));
    }
    const Run german = runRoster({QStringLiteral("--help")}, env);
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.contains(QStringLiteral("Diese Hilfe anzeigen und beenden.")), qPrintable(german.out));

    // --lang wins over the saved choice.
    const Run russian = runRoster({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--help")}, env);
    QVERIFY2(russian.out.contains(QStringLiteral("Показать эту справку и выйти.")), qPrintable(russian.out));

    // No choice saved: the system's language.
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.remove(QStringLiteral("language"));
    }
    const Run english = runRoster({QStringLiteral("--help")}, env);
    QVERIFY2(english.out.contains(QStringLiteral("Show this help and exit.")), qPrintable(english.out));
}

void TestCommandLine::binaryPrintsVersionAndHelp()
{
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));

    const Run version = runRoster({QStringLiteral("--version")}, env);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(QLatin1String("roster ")), qPrintable(version.out));

    const Run help = runRoster({QStringLiteral("--help")}, env);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("--screenshot")), qPrintable(help.out));
    QVERIFY2(help.err.isEmpty(), qPrintable(help.err));
}

void TestCommandLine::binaryWritesScreenshot()
{
    const QString demo = m_dir.filePath(QStringLiteral("screenshot/demo.sqlite"));
    const QString shot = m_dir.filePath(QStringLiteral("screenshot/shot.png"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("screenshot"))));

    const Run run =
        runRoster({QStringLiteral("--demo"), QStringLiteral("--demo-file"), demo, QStringLiteral("--demo-latency"),
                   QStringLiteral("0"), QStringLiteral("--screenshot"), shot},
                  headlessEnvironment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(demo));
    const QImage image(shot);
    QVERIFY2(!image.isNull(), "the screenshot is not a readable image");
    QVERIFY2(image.width() >= 400 && image.height() >= 300,
             qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
}

void TestCommandLine::binaryRebuildsCorruptDemoFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("corrupt"));
    QVERIFY(QDir().mkpath(folder));
    const QString demo = folder + QStringLiteral("/demo.sqlite");
    const QString shot = folder + QStringLiteral("/shot.png");
    {
        QFile file(demo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 131 + 7) % 251));
        QCOMPARE(file.write(garbage), garbage.size());
    }

    const Run run = runRoster({QStringLiteral("--demo-file"), demo, QStringLiteral("--demo-latency"),
                               QStringLiteral("0"), QStringLiteral("--screenshot"), shot},
                              headlessEnvironment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!QImage(shot).isNull());
}

void TestCommandLine::binaryFailsWhenScreenshotCannotBeWritten()
{
    const QString demo = m_dir.filePath(QStringLiteral("unwritable.sqlite"));
    const QString shot = m_dir.filePath(QStringLiteral("no/such/folder/shot.png"));

    const Run run = runRoster({QStringLiteral("--demo-file"), demo, QStringLiteral("--demo-latency"),
                               QStringLiteral("0"), QStringLiteral("--screenshot"), shot},
                              headlessEnvironment());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("screenshot")), qPrintable(run.err));
    QVERIFY(!QFile::exists(shot));
}

void TestCommandLine::binaryReportsStartupTime()
{
    const QString demo = m_dir.filePath(QStringLiteral("probe.sqlite"));
    const Run run = runRoster({QStringLiteral("--demo-file"), demo, QStringLiteral("--demo-latency"),
                               QStringLiteral("0"), QStringLiteral("--startup-probe")},
                              headlessEnvironment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    static const QRegularExpression line(QStringLiteral("^startup-painted ms=(\\d+)\\n$"));
    const QRegularExpressionMatch match = line.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    QVERIFY(match.captured(1).toLongLong() > 0);
}


void TestCommandLine::binaryExportsCsv()
{
    // No display at all: --export must not need one.
    QProcessEnvironment environment = headlessEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString demo = m_dir.filePath(QStringLiteral("export.sqlite"));
    const QString csv = m_dir.filePath(QStringLiteral("users.csv"));
    const Run run = runRoster({QStringLiteral("--demo"), QStringLiteral("--demo-file"), demo, QStringLiteral("--export"), csv},
                              environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.first(), QStringLiteral("ID,Name,Email,Role,Status,Two-factor authentication,Language,Sign-in method"));
    QVERIFY(lines.last().isEmpty()); // every row ends with CRLF
    QVERIFY2(lines.size() > 150, qPrintable(QString::number(lines.size())));
    // The signed-in administrator of the seed, and names in the four languages survive UTF-8.
    QVERIFY(bytes.contains("19449,Emily Carter,emily.carter@northwind-analytics.com,Administrators,Active,"));
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Jürgen")) || QString::fromUtf8(bytes).contains(QStringLiteral("ü")));
    QVERIFY(QString::fromUtf8(bytes).contains(QRegularExpression(QStringLiteral("[\\x{0400}-\\x{04FF}]"))));
    QVERIFY(QString::fromUtf8(bytes).contains(QRegularExpression(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"))));
    // The role names contain commas nowhere, but "Purge and Prefetch only (API+Web)" has no quote need either;
    // every line has the eight columns.
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        QVERIFY2(lines.at(i).count(u',') >= 7, qPrintable(lines.at(i)));
    // Several sign-in methods are one field, quoted for its comma.
    QVERIFY(bytes.contains(",\"Password, Google\"\r\n"));
}

void TestCommandLine::binaryExportsCsvToStandardOutput()
{
    const QString demo = m_dir.filePath(QStringLiteral("export-stdout.sqlite"));
    const Run run = runRoster({QStringLiteral("--demo-file"), demo, QStringLiteral("--export"), QStringLiteral("-")},
                              headlessEnvironment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(QStringLiteral("ID,Name,Email,Role,Status,Two-factor authentication,Language,Sign-in method\r\n")));
    QVERIFY(run.out.count(QStringLiteral("\r\n")) > 150);
}

void TestCommandLine::binaryFailsWhenExportCannotBeWritten()
{
    const QString demo = m_dir.filePath(QStringLiteral("export-fail.sqlite"));
    const QString csv = m_dir.filePath(QStringLiteral("no/such/folder/users.csv"));
    const Run run = runRoster({QStringLiteral("--demo-file"), demo, QStringLiteral("--export"), csv}, headlessEnvironment());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Could not write")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(csv));
}

void TestCommandLine::csvRaw_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("raw");
    QTest::newRow("--export") << args("--export u.csv") << false;
    QTest::newRow("--export --csv-raw") << args("--export u.csv --csv-raw") << true;
    QTest::newRow("--csv-raw first") << args("--csv-raw --demo --export -") << true;
    QTest::newRow("online") << args("--api-url https://api.gcore.com --export - --csv-raw") << true;
}

void TestCommandLine::csvRaw()
{
    QFETCH(QStringList, arguments);
    const ParseResult result = CommandLine::parse(arguments);
    QCOMPARE(result.action, Action::Run);
    QTEST(result.options.csvRaw, "raw");
}

void TestCommandLine::binaryExportNeutralisesFormulas()
{
    // A user of the demo account who named herself with a formula.
    const QString demo = m_dir.filePath(QStringLiteral("formula.sqlite"));
    qint64 id = 0;
    {
        DemoAccount account(demo);
        QVERIFY(account.open(true));
        const Result<UserPage> all = account.listUsers(0, 0);
        QVERIFY(all);
        id = all.value().users.constLast().id;
        UserPatch patch;
        patch.name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Jane\")");
        const Result<User> renamed = account.updateUser(id, patch);
        QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().message));
    }
    const QString neutralised = QString::number(id) + QStringLiteral(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Jane\"\")\",");
    const QString raw = QString::number(id) + QStringLiteral(",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Jane\"\")\",");

    const Run safe = runRoster({QStringLiteral("--demo-file"), demo, QStringLiteral("--export"), QStringLiteral("-")},
                               headlessEnvironment());
    QVERIFY2(safe.exitCode == 0, qPrintable(safe.err));
    QVERIFY2(safe.out.contains(neutralised), qPrintable(safe.out.right(500)));
    QVERIFY(!safe.out.contains(raw));

    const Run asIs = runRoster({QStringLiteral("--demo-file"), demo, QStringLiteral("--export"), QStringLiteral("-"),
                                QStringLiteral("--csv-raw")},
                               headlessEnvironment());
    QVERIFY2(asIs.exitCode == 0, qPrintable(asIs.err));
    QVERIFY2(asIs.out.contains(raw), qPrintable(asIs.out.right(500)));
    QCOMPARE(asIs.out.count(u'\n'), safe.out.count(u'\n'));
}

void TestCommandLine::binaryReportsAnUnreadableDemoFile()
{
    // A folder where the demo file should be: a clear message naming it, exit 1, no crash,
    // and nothing moved or replaced.
    const QString demo = m_dir.filePath(QStringLiteral("in-the-way.sqlite"));
    QVERIFY(QDir().mkpath(demo));
    const QString shot = m_dir.filePath(QStringLiteral("never.png"));
    const Run run = runRoster({QStringLiteral("--demo-file"), demo, QStringLiteral("--screenshot"), shot},
                              headlessEnvironment());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(demo), qPrintable(run.err));
    QVERIFY(QFileInfo(demo).isDir());
    QVERIFY(!QFileInfo::exists(shot));
    const Run exported = runRoster({QStringLiteral("--demo-file"), demo, QStringLiteral("--export"), QStringLiteral("-")},
                                   headlessEnvironment());
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(demo), qPrintable(exported.err));
    QVERIFY(exported.out.isEmpty());
}

ROSTER_TEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
