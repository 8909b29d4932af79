#include "CommandLine.h"

#include "Translations.h"

#include "api/GcoreAccountApi.h"
#include "items/UserListLoader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QUrl>

namespace {

// The name people type, whatever the executable file is called.
const QString programName = QStringLiteral("roster");

ParseResult usageError(const QString &message, const AppOptions &options)
{
    ParseResult result;
    result.options = options; // keeps the language, to show the message in it
    result.action = ParseResult::Action::Error;
    result.exitCode = CommandLine::UsageErrorExitCode;
    result.output = programName % QLatin1String(": ") % message % u'\n'
        % CommandLine::tr("Try '%1 --help'.").arg(programName) % u'\n';
    return result;
}

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

ParseResult CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Roster lists the users of a cloud account and invites, edits and removes them."));

    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Open the offline demo account."));
    const QCommandLineOption demoReset(QStringLiteral("demo-reset"),
                                       tr("Rebuild the demo account from scratch, then open it."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Use this language instead of the system's: %1.")
                                      .arg(Translations::supportedLanguages().join(QLatin1String(", "))),
                                  tr("code"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Write a PNG of the main window once the users are loaded, then exit."),
                                        tr("file.png"));
    const QCommandLineOption exportCsv(QStringLiteral("export"),
                                       tr("Write every user of the account as CSV to this file (- for standard "
                                          "output), without opening a window, then exit."),
                                       tr("file.csv"));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"),
                                    tr("With --export: read the account at this API address (for example "
                                       "https://api.gcore.com). The API token comes from the keychain profile "
                                       "named by --profile, or from the environment variable ROSTER_API_TOKEN; "
                                       "never from the command line."),
                                    tr("url"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("With --api-url: the account profile whose API token is in the keychain."),
                                     tr("name"));
    const QCommandLineOption requestDeadline(
        QStringLiteral("request-deadline"),
        tr("Give up on a request to the account API after this many seconds, however slowly it still answers "
           "(default: %1).")
            .arg(GcoreAccountApi::DefaultRequestDeadlineMs / 1000),
        tr("seconds"));
    const QCommandLineOption loadDeadline(
        QStringLiteral("load-deadline"),
        tr("Stop reading the list of users after this many seconds and keep what arrived (default: %1).")
            .arg(UserListLoader::DefaultLoadDeadlineMs / 1000),
        tr("seconds"));
    // For tests and benchmarks.
    const QCommandLineOption demoFile = hidden(QCommandLineOption(
        QStringLiteral("demo-file"), tr("Use this demo account database instead of the default one."), tr("path")));
    const QCommandLineOption demoLatency = hidden(QCommandLineOption(
        QStringLiteral("demo-latency"), tr("Delay every demo request by this many milliseconds."), tr("ms")));
    const QCommandLineOption startupProbe = hidden(QCommandLineOption(
        QStringLiteral("startup-probe"), tr("Print the milliseconds until the first load is painted, then exit.")));

    parser.addOptions({help, version, demo, demoReset, lang, screenshot, exportCsv, apiUrl, profile, requestDeadline,
                       loadDeadline, demoFile, demoLatency, startupProbe});

    const bool parsed = parser.parse(arguments);

    ParseResult result;
    AppOptions &options = result.options;
    // The first problem found; --help and --version still win over all but unknown options.
    QString error = parsed ? QString() : parser.errorText();

    // First, so that even errors about other options can be shown in this language.
    if (parser.isSet(lang)) {
        options.language = Translations::languageCode(parser.value(lang));
        if (options.language.isEmpty() && error.isEmpty())
            error = tr("Unsupported language '%1'. Choose one of: %2.")
                        .arg(parser.value(lang), Translations::supportedLanguages().join(QLatin1String(", ")));
    }
    if (!parsed)
        return usageError(error, options);

    options.demoReset = parser.isSet(demoReset);
    options.demoFile = parser.value(demoFile);
    options.startupProbe = parser.isSet(startupProbe);
    options.demo = parser.isSet(demo) || options.demoReset || parser.isSet(demoFile) || parser.isSet(demoLatency);

    if (parser.isSet(demoLatency)) {
        bool ok = false;
        const int ms = parser.value(demoLatency).toInt(&ok);
        if (ok && ms >= 0 && ms <= AppOptions::MaxDemoLatencyMs)
            options.demoLatencyMs = ms;
        else if (error.isEmpty())
            error = tr("--demo-latency needs a whole number of milliseconds from 0 to %1, not '%2'.")
                        .arg(AppOptions::MaxDemoLatencyMs)
                        .arg(parser.value(demoLatency));
    }
    const auto readDeadline = [&](const QCommandLineOption &option, int *out) {
        if (!parser.isSet(option))
            return;
        bool ok = false;
        const int secs = parser.value(option).toInt(&ok);
        if (ok && secs > 0 && secs <= AppOptions::MaxDeadlineSecs)
            *out = secs;
        else if (error.isEmpty())
            error = tr("--%1 needs a whole number of seconds from 1 to %2, not '%3'.")
                        .arg(option.names().constFirst())
                        .arg(AppOptions::MaxDeadlineSecs)
                        .arg(parser.value(option));
    };
    readDeadline(requestDeadline, &options.requestDeadlineSecs);
    readDeadline(loadDeadline, &options.loadDeadlineSecs);
    if (parser.isSet(screenshot)) {
        options.screenshotPath = parser.value(screenshot);
        if (options.screenshotPath.isEmpty() && error.isEmpty())
            error = tr("--screenshot needs the name of the PNG file to write.");
    }
    if (parser.isSet(exportCsv)) {
        options.exportPath = parser.value(exportCsv);
        if (options.exportPath.isEmpty() && error.isEmpty())
            error = tr("--export needs the name of the CSV file to write, or - for standard output.");
        else if ((!options.screenshotPath.isEmpty() || options.startupProbe) && error.isEmpty())
            error = tr("--export writes a file without opening a window: it cannot be combined with --screenshot "
                       "or --startup-probe.");
    }
    if (parser.isSet(apiUrl)) {
        options.apiUrl = parser.value(apiUrl);
        const QUrl url(options.apiUrl, QUrl::StrictMode);
        if (error.isEmpty() && (!url.isValid() || url.host().isEmpty()
                                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))))
            error = tr("--api-url needs an http or https address such as https://api.gcore.com, not '%1'.")
                        .arg(options.apiUrl);
        else if (error.isEmpty() && options.exportPath.isEmpty())
            error = tr("--api-url works with --export only in this version; signing in from the window comes later.");
        else if (error.isEmpty() && options.demo)
            error = tr("Choose either the demo account or --api-url, not both.");
    }
    if (parser.isSet(profile)) {
        options.profile = parser.value(profile);
        if (error.isEmpty() && (options.profile.isEmpty() || options.apiUrl.isEmpty()))
            error = tr("--profile needs a profile name, and --api-url.");
    }
    if (parser.isSet(demoFile) && options.demoFile.isEmpty() && error.isEmpty())
        error = tr("--demo-file needs the path of a demo account database.");
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && error.isEmpty())
        error = tr("Unexpected argument '%1': Roster takes options only.").arg(positional.constFirst());

    if (parser.isSet(help)) {
        result.action = ParseResult::Action::ShowHelp;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = ParseResult::Action::ShowVersion;
        result.output = programName % u' ' % QStringLiteral(ROSTER_VERSION) % u'\n';
        return result;
    }
    if (!error.isEmpty())
        return usageError(error, options);
    return result;
}

QStringList CommandLine::withoutQtOptions(const QStringList &arguments)
{
    // From the QGuiApplication, QApplication and xcb documentation. Qt accepts them with
    // one dash or two, and a value either as the next argument or after '='.
    static const QStringList withValue = {
        QStringLiteral("platform"),     QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),       QStringLiteral("qwindowgeometry"),    QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("qmljsdebugger"),      QStringLiteral("session"),
        QStringLiteral("display"),      QStringLiteral("geometry"),           QStringLiteral("title"),
        QStringLiteral("style"),        QStringLiteral("stylesheet")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync")};

    QStringList kept;
    kept.reserve(arguments.size());
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i == 0 || !arg.startsWith(u'-')) {
            kept.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) { // everything after it is positional
            kept.append(arguments.mid(i));
            break;
        }
        QStringView name = QStringView(arg).mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
        const qsizetype equals = name.indexOf(u'=');
        const bool valueAttached = equals >= 0;
        if (valueAttached)
            name = name.left(equals);

        if (flags.contains(name) && !valueAttached)
            continue;
        if (withValue.contains(name)) {
            if (!valueAttached)
                ++i; // skip the value too
            continue;
        }
        kept.append(arg);
    }
    return kept;
}
