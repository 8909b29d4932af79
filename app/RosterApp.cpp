#include "RosterApp.h"

#include "CommandLine.h"
#include "Translations.h"
#include "domain/Language.h"

#include "MainWindow.h"
#include "api/GcoreAccountApi.h"
#include "api/SignInApi.h"
#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "items/UserListLoader.h"
#include "items/UsersModel.h"
#include "session/AccountSession.h"
#include "store/CredentialStore.h"
#include "items/Csv.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QElapsedTimer>
#include <QImage>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>

Q_LOGGING_CATEGORY(lcApp, "roster.app", QtInfoMsg)

namespace {

// How long --screenshot and --startup-probe wait for the first load before giving up.
constexpr int UnattendedTimeoutMs = 5 * 60 * 1000;

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

void printError(const QString &message)
{
    print(stderr, QStringLiteral("roster: ") % message % u'\n');
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// --lang, else the one chosen in the window last time, else the system's.
QString effectiveLanguage(const AppOptions &options)
{
    const QSettings settings;
    return Translations::startupLanguage(options.language, &settings);
}

// Help, version and usage errors need no display, so no QApplication either.
int printWithoutGui(int &argc, char **argv, const AppOptions &options)
{
    QCoreApplication app(argc, argv);
    Translations::install(&app, effectiveLanguage(options));
    // Parsed again so the text is translated and the help names the program as it was called.
    const ParseResult parsed = CommandLine::parse(CommandLine::withoutQtOptions(QCoreApplication::arguments()));
    print(parsed.action == ParseResult::Action::Error ? stderr : stdout, parsed.output);
    return parsed.exitCode;
}

// --export: every user as CSV, with no display and no window. The table's columns and
// values in English (no translators), one row per user, in the order the account lists them.
// Loads as soon as it is made; when done, writes the file and ends the event loop with the
// exit code.
class CsvExport
{
public:
    CsvExport(AccountApi *api, const QString &path)
        : m_loader(api, &m_users)
        , m_path(path)
    {
        // What arrived is written either way; the exit code is 0 only when every promised user did.
        QObject::connect(&m_loader, &UserListLoader::failed, &m_loader, [this](const ApiError &error) {
            if (m_users.rowCount() > 0)
                write();
            printError(RosterApp::tr("Could not read the users: %1").arg(error.text()));
            QCoreApplication::exit(RosterApp::FailureExitCode);
        });
        QObject::connect(&m_loader, &UserListLoader::finished, &m_loader, [this] {
            const bool written = write();
            const LoadOutcome &outcome = m_loader.outcome();
            if (!outcome.isComplete())
                printError(outcome.describe());
            QCoreApplication::exit(written && outcome.isComplete() ? 0 : RosterApp::FailureExitCode);
        });
        m_loader.refresh();
    }

private:
    bool write() const
    {
        const QByteArray csv = Csv::write(Csv::rowsOf(m_users));
        if (m_path == QLatin1String("-")) {
            QFile out;
            if (out.open(stdout, QIODevice::WriteOnly) && out.write(csv) == csv.size() && out.flush())
                return true;
            printError(RosterApp::tr("Could not write the users to standard output."));
            return false;
        }
        QSaveFile file(m_path);
        if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit())
            return true;
        printError(RosterApp::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return false;
    }

    Q_DISABLE_COPY_MOVE(CsvExport)
    UsersModel m_users;
    UserListLoader m_loader;
    QString m_path;
};

// Roster cannot start: say why on stderr and, when someone is looking, in a message box.
int failToStart(const QString &message, bool unattended)
{
    printError(message);
    if (unattended)
        return RosterApp::FailureExitCode;
    QGuiApplication::setQuitOnLastWindowClosed(false);
    QMessageBox box(QMessageBox::Critical, QGuiApplication::applicationDisplayName(), message, QMessageBox::Close);
    QObject::connect(&box, &QMessageBox::finished, &box, [] { QCoreApplication::exit(RosterApp::FailureExitCode); });
    box.open();
    return QCoreApplication::exec();
}

bool writeScreenshot(QWidget *window, const QString &path)
{
    QImageWriter writer(path, "png");
    if (writer.write(window->grab().toImage()))
        return true;
    printError(RosterApp::tr("Could not write the screenshot to %1: %2")
                   .arg(QDir::toNativeSeparators(path), writer.errorString()));
    return false;
}

// --screenshot and --startup-probe: act once the first load is on screen, then quit.
void finishAfterFirstLoad(MainWindow *window, const AppOptions &options, const QElapsedTimer &processClock)
{
    QObject::connect(window, &MainWindow::firstLoadFinished, window, [window, options, &processClock] {
        // A zero timer lets the views' queued layouts run first.
        QTimer::singleShot(0, window, [window, options, &processClock] {
            QCoreApplication::sendPostedEvents();
            window->repaint();
            if (!options.screenshotPath.isEmpty() && !writeScreenshot(window, options.screenshotPath)) {
                QCoreApplication::exit(RosterApp::FailureExitCode);
                return;
            }
            if (!options.startupProbe) {
                QCoreApplication::exit(0);
                return;
            }
            // repaint() painted and flushed at once; report from the event loop, after it.
            QTimer::singleShot(0, window, [&processClock] {
                print(stdout, QStringLiteral("startup-painted ms=%1\n").arg(processClock.elapsed()));
                QCoreApplication::exit(0);
            });
        });
    });
    QObject::connect(window->session(), &AccountSession::loadFailed, window, [](const ApiError &error) {
        printError(RosterApp::tr("Could not load the users: %1")
                       .arg(error.text()));
        // Queued: the failure may be reported before the event loop runs.
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::exit(RosterApp::FailureExitCode); }, Qt::QueuedConnection);
    });
    QTimer::singleShot(UnattendedTimeoutMs, window, [] {
        printError(RosterApp::tr("The users did not finish loading within %n second(s).", nullptr,
                                 UnattendedTimeoutMs / 1000));
        QCoreApplication::exit(RosterApp::FailureExitCode);
    });
}

} // namespace

QString RosterApp::version()
{
    return QStringLiteral(ROSTER_VERSION);
}

void RosterApp::setIdentity()
{
    // QSettings and the data folder (the demo account) are named after these.
    QCoreApplication::setOrganizationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationName(QStringLiteral("roster"));
    QCoreApplication::setApplicationVersion(version());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Roster"));
    QGuiApplication::setDesktopFileName(QStringLiteral("roster"));
}

int RosterApp::run(int &argc, char **argv, const QElapsedTimer &processClock)
{
    setIdentity();
    const ParseResult parsed = CommandLine::parse(CommandLine::withoutQtOptions(argumentsOf(argc, argv)));
    if (parsed.action != ParseResult::Action::Run)
        return printWithoutGui(argc, argv, parsed.options);
    const AppOptions &options = parsed.options;
    GcoreAccountApi::setDefaultRequestDeadline(options.requestDeadlineSecs * 1000);
    UserListLoader::setDefaultLoadDeadline(options.loadDeadlineSecs * 1000);

    if (!options.exportPath.isEmpty() && !options.apiUrl.isEmpty()) {
        QCoreApplication app(argc, argv);
        QNetworkAccessManager network;
        if (!SignInApi::isUrlAllowed(QUrl(options.apiUrl))) {
            printError(tr("Roster talks to %1 only over https (http is for this computer alone).").arg(options.apiUrl));
            return FailureExitCode;
        }
        // The secret never comes from the command line: the environment or the keychain.
        const QString token = qEnvironmentVariable("ROSTER_API_TOKEN");
        if (options.profile.isEmpty()) {
            if (token.isEmpty()) {
                printError(tr("No API token: set ROSTER_API_TOKEN, or name a keychain profile with --profile."));
                return FailureExitCode;
            }
            const std::unique_ptr<SignInApi> api = Workspace::makeRemoteApi(&network, QUrl(options.apiUrl));
            api->setApiToken(token);
            const CsvExport job(api.get(), options.exportPath);
            return QCoreApplication::exec();
        }
        const std::unique_ptr<SignInApi> api = Workspace::makeRemoteApi(&network, QUrl(options.apiUrl));
        CredentialStore store;
        std::optional<CsvExport> job;
        store.read(CredentialStore::key(options.profile, QStringLiteral("api-token")), &app,
                   [&](const Result<QString> &secret) {
                       if (!secret) {
                           printError(tr("No API token for the profile %1: %2").arg(options.profile, secret.error().message));
                           QCoreApplication::exit(FailureExitCode);
                           return;
                       }
                       api->setApiToken(secret.value());
                       job.emplace(api.get(), options.exportPath);
                   });
        return QCoreApplication::exec();
    }

    if (!options.exportPath.isEmpty()) {
        QCoreApplication app(argc, argv);
        const QString path = options.demoFile.isEmpty() ? DemoAccount::defaultPath() : options.demoFile;
        DemoAccount account(path);
        const Result<Done> opened = account.open(options.demoReset);
        if (!opened) {
            printError(opened.error().message);
            return FailureExitCode;
        }
        DemoAccountApi api(&account);
        api.setLatency(0); // nobody is watching progress
        const CsvExport job(&api, options.exportPath);
        return QCoreApplication::exec();
    }

    QApplication app(argc, argv);
    QSettings settings;
    const QString language = Translations::startupLanguage(options.language, &settings);
    if (language != Translations::languageForLocale(QLocale::system()))
        QLocale::setDefault(Translations::localeFor(language));
    Translations::install(&app, language);

    // The last account used, or the demo account (--demo, or no account yet).
    CredentialStore credentials;
    Workspace::Options setup;
    setup.demoFile = options.demoFile;
    setup.demoReset = options.demoReset;
    setup.demoLatencyMs = options.demoLatencyMs;
    setup.unattended = options.unattended();
    Workspace workspace(&settings, &credentials, setup);
    const Result<Done> opened = workspace.openInitial(options.demo);
    if (!opened) {
        // The message names the file and what went wrong with it.
        const QString path = options.demoFile.isEmpty() ? DemoAccount::defaultPath() : options.demoFile;
        const QString message = opened.error().message;
        return failToStart(
            message.isEmpty() ? tr("Could not open the demo account %1.").arg(QDir::toNativeSeparators(path)) : message,
            options.unattended());
    }

    MainWindow window(workspace.session());
    if (options.unattended()) {
        // Screenshots and probes get the standard window size whatever the (virtual) screen.
        window.resize(1180, 720);
        finishAfterFirstLoad(&window, options, processClock);
    }
    QList<std::pair<QString, QString>> languages;
    for (const Language &known : Language::supported())
        languages.append({known.code, known.nativeName});
    window.setLanguages(languages, language);
    // Switched at once, and remembered for the next start (unless --lang says otherwise then).
    QObject::connect(&window, &MainWindow::languageRequested, &window, [&app, &settings, &window](const QString &code) {
        Translations::switchTo(&app, code);
        settings.setValue(Translations::settingsKey(), code);
        window.setCurrentLanguage(code);
    });
    window.show();
    workspace.attach(&window);
    return QApplication::exec();
}
