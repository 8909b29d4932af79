// roster-bench: how long filtering, sorting, start-up and reading the cache take, with a real
// QTableView shown on the current platform (use QT_QPA_PLATFORM=offscreen). Prints one line per
// case:
//   roster-<case> users=<N> median_ms=<x> p95_ms=<x> max_ms=<x>   (qsfpm-<case> for the baseline)
//   cache-load users=<N> median_ms=<x> p95_ms=<x> max_ms=<x>   (also window-cached, window-demo)
// See README.md beside this file for the targets and the last figures.

#include "BenchOutput.h"
#include "FakeAccountApi.h"
#include "RefreshBench.h"
#include "TableBench.h"
#include "MainWindow.h"
#include "TestIsolation.h"
#include "UserGenerator.h"
#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "domain/UserStatus.h"
#include "items/UserFilter.h"
#include "items/UsersModel.h"
#include "session/AccountSession.h"
#include "store/UserCache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

using Bench::out;

// A demo account file of `users` generated users in `dir`; empty when it cannot be written.
QString makeDemoFile(const QTemporaryDir &dir, int users)
{
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoAccount account(file);
    const Result<Done> opened = account.open(true);
    const Result<Done> seeded = opened ? account.seedGenerated(users) : opened;
    if (!seeded) {
        QTextStream(stderr) << "roster-bench: cannot create the demo file: " << seeded.error().message << Qt::endl;
        return {};
    }
    return file;
}

// From starting the real `roster` process to its main window painted with `users` rows.
bool benchStartup(const QString &roster, int users, int runs)
{
    QTemporaryDir dir;
    const QString file = makeDemoFile(dir, users);
    if (file.isEmpty())
        return false;
    std::vector<double> samples;
    for (int r = 0; r < runs; ++r) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(roster, {QStringLiteral("--demo"), QStringLiteral("--demo-file"), file,
                               QStringLiteral("--demo-latency"), QStringLiteral("0"), QStringLiteral("--startup-probe")});
        double painted = -1;
        while (painted < 0 && process.waitForReadyRead(30000)) {
            while (process.canReadLine()) {
                if (process.readLine().startsWith("startup-painted")) {
                    painted = double(timer.nsecsElapsed()) / 1e6;
                    break;
                }
            }
        }
        process.waitForFinished(30000);
        if (painted < 0) {
            QTextStream(stderr) << "roster-bench: roster did not report a painted window: "
                                << QString::fromLocal8Bit(process.readAllStandardError()) << Qt::endl;
            return false;
        }
        samples.push_back(painted);
    }
    Bench::report(QStringLiteral("startup"), users, samples, false);
    return true;
}

// A figure of /proc/self/status in kB (Linux), 0 where there is none.
qint64 processStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// A cache file of `users`, as a refresh writes it.
bool writeCache(const QString &path, const QList<User> &users)
{
    UserCache cache(path);
    Result<Done> written = cache.open();
    if (written)
        written = cache.replaceUsers(users, QDateTime::currentDateTimeUtc());
    if (!written)
        QTextStream(stderr) << "roster-bench: cannot write the cache: " << written.error().message << Qt::endl;
    return written.ok();
}

// One read of the cache, in a child process (see benchCacheLoad): prints
// "sample <ms> users <n> grown_kb <g> transient_kb <t>": how much more memory is resident once the
// users are read, and how far it rose above that meanwhile (the peak less what is resident).
int cacheLoadChild(const QString &path)
{
    const qint64 residentBefore = processStatusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();
    UserCache cache(path);
    const Result<Done> opened = cache.open();
    const Result<QList<User>> loaded = opened ? cache.users() : Result<QList<User>>(opened.error());
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!loaded) {
        QTextStream(stderr) << "roster-bench: cannot read the cache: " << loaded.error().message << Qt::endl;
        return 1;
    }
    const qint64 resident = processStatusKb("VmRSS");
    out() << "sample " << ms << " users " << loaded.value().size() << " grown_kb " << resident - residentBefore
          << " transient_kb " << processStatusKb("VmHWM") - resident << Qt::endl;
    return 0;
}

// What a signed-in account does first on start: open its UserCache and read every user. The
// file, written once by a refresh (replaceUsers) into a temporary folder, is read `runs` times,
// each time by a new process, as at a start: nothing of the last read is left in its memory,
// while the system's file cache is warm.
bool benchCacheLoad(const QString &self, const QList<User> &users, int runs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    if (!writeCache(path, users))
        return false;
    std::vector<double> samples;
    qint64 grownKb = 0;
    qint64 transientKb = 0;
    for (int r = 0; r < runs; ++r) {
        QProcess child;
        child.start(self, {QStringLiteral("--cache-load-child"), path});
        const QByteArray line = child.waitForFinished(120000) ? child.readAllStandardOutput().trimmed() : QByteArray();
        const QList<QByteArray> words = line.split(' ');
        if (child.exitCode() != 0 || words.size() != 8 || words.at(0) != "sample"
            || words.at(3).toLongLong() != users.size()) {
            QTextStream(stderr) << "roster-bench: the cache did not give back its " << users.size()
                                << " users: " << line << QString::fromLocal8Bit(child.readAllStandardError()) << Qt::endl;
            return false;
        }
        samples.push_back(words.at(1).toDouble());
        grownKb = std::max(grownKb, words.at(5).toLongLong());
        transientKb = std::max(transientKb, words.at(7).toLongLong());
    }
    Bench::report(QStringLiteral("cache-load"), int(users.size()), samples);
    out() << "# cache-load users=" << users.size() << " file_kb=" << QFileInfo(path).size() / 1024
          << " grown_kb=" << grownKb << " transient_kb=" << transientKb << Qt::endl;
    return true;
}

// From opening an account to its main window painted with its users (1180×720, as
// --startup-probe has it), in this process: what the start of a signed-in account with a warm
// cache does (`window-cached`: its UserCache read, the refresh asked for and not yet answered)
// against the demo account's start (`window-demo`: its users from the backend, no latency).
// The process start, Qt's and the fonts', is the same for both and left out.
// Paints `window` and adds the time since `timer` started; false unless it shows `users` users.
bool painted(const QElapsedTimer &timer, MainWindow *window, int users, const char *which,
             std::vector<double> *samples)
{
    QCoreApplication::sendPostedEvents();
    window->repaint();
    samples->push_back(double(timer.nsecsElapsed()) / 1e6);
    if (window->usersModel()->rowCount() == users)
        return true;
    QTextStream(stderr) << "roster-bench: the window shows " << window->usersModel()->rowCount() << " " << which
                        << " users, not " << users << Qt::endl;
    return false;
}

bool benchWindow(const QList<User> &users, int runs)
{
    const int n = int(users.size());
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    if (!writeCache(cachePath, users))
        return false;
    const QString demoPath = makeDemoFile(dir, n);
    if (demoPath.isEmpty())
        return false;

    std::vector<double> cached;
    std::vector<double> demo;
    for (int r = 0; r < runs; ++r) {
        {
            QElapsedTimer timer;
            timer.start();
            UserCache cache(cachePath);
            if (const Result<Done> opened = cache.open(); !opened) {
                QTextStream(stderr) << "roster-bench: cannot open the cache: " << opened.error().message << Qt::endl;
                return false;
            }
            FakeAccountApi server;
            server.hold = true; // the refresh is under way, no answer yet
            AccountSession session(&server, &cache);
            MainWindow window(&session);
            window.resize(1180, 720);
            window.show();
            session.start();
            if (!painted(timer, &window, n, "cached", &cached))
                return false;
        }
        {
            QElapsedTimer timer;
            timer.start();
            DemoAccount account(demoPath);
            if (const Result<Done> opened = account.open(); !opened) {
                QTextStream(stderr) << "roster-bench: cannot open the demo: " << opened.error().message << Qt::endl;
                return false;
            }
            DemoAccountApi api(&account);
            api.setLatency(0);
            AccountSession session(&api);
            MainWindow window(&session);
            window.resize(1180, 720);
            QEventLoop loaded;
            QObject::connect(&window, &MainWindow::firstLoadFinished, &loaded, &QEventLoop::quit);
            window.show();
            session.start();
            loaded.exec();
            if (!painted(timer, &window, n, "demo", &demo))
                return false;
        }
    }
    Bench::report(QStringLiteral("window-cached"), n, cached);
    Bench::report(QStringLiteral("window-demo"), n, demo);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Nothing it or the roster it starts writes reaches the real home.
    TestIsolation::isolate();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Roster's users table: filtering, sorting and start-up."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Comma-separated user counts."),
                                         QStringLiteral("list"), QStringLiteral("10000,100000,1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions of each case."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption noBaseline(QStringLiteral("no-baseline"), QStringLiteral("Skip the QSortFilterProxyModel cases."));
    const QCommandLineOption noStartup(QStringLiteral("no-startup"), QStringLiteral("Skip the start-up case."));
    const QCommandLineOption childOption(QStringLiteral("table-baseline-child"),
                                         QStringLiteral("Internal: run the baseline's cases from this one on."),
                                         QStringLiteral("case"));
    const QCommandLineOption casesOption(
        QStringLiteral("cases"),
        QStringLiteral("Comma-separated cases: filter (the roster-* cases), table-memory, baseline, startup, cache-load, "
                       "window, refresh (refresh, refresh-stall, refresh-memory, through roster-accountsim); all by "
                       "default."),
        QStringLiteral("list"), QStringLiteral("filter,table-memory,baseline,startup,cache-load,window,refresh"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Of the filter cases, only those matching this regular expression "
                                                       "(and paint-only)."),
                                        QStringLiteral("regex"));
    const QCommandLineOption memoryChildOption(QStringLiteral("table-memory-child"),
                                               QStringLiteral("Internal: measure one table's memory."), QStringLiteral("users"));
    const QCommandLineOption cacheChildOption(QStringLiteral("cache-load-child"),
                                              QStringLiteral("Internal: read one cache file."), QStringLiteral("path"));
    const QCommandLineOption refreshSizesOption(QStringLiteral("refresh-sizes"),
                                                QStringLiteral("User counts of the refresh case."), QStringLiteral("list"),
                                                QStringLiteral("10000,100000"));
    const QCommandLineOption stallUsersOption(QStringLiteral("stall-users"),
                                              QStringLiteral("Users of the refresh-stall case."), QStringLiteral("n"),
                                              QStringLiteral("100000"));
    const QCommandLineOption memoryUsersOption(QStringLiteral("memory-users"),
                                               QStringLiteral("Users of the refresh-memory case (0: skipped)."),
                                               QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption simulatorOption(QStringLiteral("simulator"),
                                             QStringLiteral("The roster-accountsim binary for the refresh cases."),
                                             QStringLiteral("path"), QStringLiteral(ROSTER_ACCOUNTSIM));
    const QCommandLineOption rosterOption(QStringLiteral("roster"), QStringLiteral("The roster binary for the start-up case."),
                                          QStringLiteral("path"), QStringLiteral(ROSTER_BINARY));
    parser.addOptions({sizesOption, runsOption, casesOption, noBaseline, noStartup, rosterOption, childOption,
                       cacheChildOption, memoryChildOption, onlyOption, refreshSizesOption, stallUsersOption, memoryUsersOption, simulatorOption});
    parser.process(app);

    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1) {
        QTextStream(stderr) << "roster-bench: --runs needs a positive number" << Qt::endl;
        return 2;
    }
    QList<int> sizes;
    for (const QString &s : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts)) {
        const int n = s.trimmed().toInt(&ok);
        if (!ok || n < 1) {
            QTextStream(stderr) << "roster-bench: bad size '" << s << "'" << Qt::endl;
            return 2;
        }
        sizes.append(n);
    }

    if (parser.isSet(childOption))
        return tableBaselineChild(parser.value(childOption).toInt(), sizes.value(0, 1000), runs);
    if (parser.isSet(cacheChildOption))
        return cacheLoadChild(parser.value(cacheChildOption));
    if (parser.isSet(memoryChildOption))
        return tableMemoryChild(parser.value(memoryChildOption).toInt());

    const QStringList known = {QStringLiteral("filter"), QStringLiteral("table-memory"), QStringLiteral("baseline"), QStringLiteral("startup"),
                               QStringLiteral("cache-load"), QStringLiteral("window"), QStringLiteral("refresh")};
    QSet<QString> cases;
    for (const QString &c : parser.value(casesOption).split(u',', Qt::SkipEmptyParts)) {
        if (!known.contains(c.trimmed())) {
            QTextStream(stderr) << "roster-bench: unknown case '" << c << "' (" << known.join(u',') << ")" << Qt::endl;
            return 2;
        }
        cases.insert(c.trimmed());
    }
    if (parser.isSet(noBaseline))
        cases.remove(QStringLiteral("baseline"));
    if (parser.isSet(noStartup))
        cases.remove(QStringLiteral("startup"));

    if (cases.contains(QStringLiteral("refresh"))) {
        // First, while this process holds nothing else: refresh-memory is its growth.
        RefreshBenchOptions refresh;
        refresh.simulator = parser.value(simulatorOption);
        for (const QString &s : parser.value(refreshSizesOption).split(u',', Qt::SkipEmptyParts))
            refresh.sizes.append(s.trimmed().toInt());
        refresh.stallUsers = parser.value(stallUsersOption).toInt();
        refresh.memoryUsers = parser.value(memoryUsersOption).toInt();
        refresh.runs = runs;
        if (!benchRefresh(refresh))
            return 1;
    }
    for (int n : std::as_const(sizes)) {
        const QList<User> users = UserGenerator::generate(n, 2026);
        if (cases.contains(QStringLiteral("filter")))
            benchTable(users, runs, parser.value(onlyOption));
        if (cases.contains(QStringLiteral("table-memory"))
            && !benchTableMemory(QCoreApplication::applicationFilePath(), n, std::min(runs, 3)))
            return 1;
        if (cases.contains(QStringLiteral("baseline"))) {
            benchTableBaseline(QCoreApplication::applicationFilePath(), n, runs);
        }
        // Loads are short: more of them, for a 95th percentile that means something.
        if (cases.contains(QStringLiteral("cache-load")) && !benchCacheLoad(QCoreApplication::applicationFilePath(), users, std::max(runs, 10)))
            return 1;
    }
    if (cases.contains(QStringLiteral("startup")) && !benchStartup(parser.value(rosterOption), 100000, std::max(runs, 5)))
        return 1;
    if (cases.contains(QStringLiteral("window")) && !benchWindow(UserGenerator::generate(100000, 2026), std::max(runs, 5)))
        return 1;
    return 0;
}
