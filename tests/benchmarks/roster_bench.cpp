// roster-bench: how long filtering, sorting and start-up take, with a real QTableView shown on
// the current platform (use QT_QPA_PLATFORM=offscreen). Prints one line per measurement:
//   <case> users=<N> median_ms=<x>
// See README.md beside this file for the targets and the last figures.

#include "TestIsolation.h"
#include "UserGenerator.h"
#include "demo/DemoAccount.h"
#include "domain/UserStatus.h"
#include "items/UserFilter.h"
#include "items/UsersModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr double TimeoutMs = 10000.0;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const char *name, int users, const std::vector<double> &samples, bool timedOut = false)
{
    out() << name << " users=" << users << " median_ms=";
    if (timedOut || samples.empty()) {
        out() << "timeout";
    } else {
        std::vector<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        const double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        out() << QString::number(median, 'f', 2) << Qt::endl;
        // Detail for people, on a line of its own so the measurement lines keep their format.
        out() << "# " << name << " users=" << users << " min_ms=" << QString::number(sorted.front(), 'f', 2)
              << " max_ms=" << QString::number(sorted.back(), 'f', 2) << " samples=" << n;
    }
    out() << Qt::endl;
}

// Runs `step` and lets the view process everything it was told (layout, repaint).
double timed(const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6;
}

QTableView *makeView(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(24);
    view->verticalHeader()->hide();
    view->setSortingEnabled(false);
    view->setModel(model);
    view->resize(1280, 800);
    view->show();
    QCoreApplication::processEvents();
    return view;
}

// Keystrokes of someone typing a name from a ticket, and the statuses someone clicks through.
const QStringList keystrokes = {QStringLiteral("a"),     QStringLiteral("an"),     QStringLiteral("ann"),
                                QStringLiteral("anna"),  QStringLiteral("anna."), QStringLiteral("anna.s"),
                                QStringLiteral("anna.sc")};
const QList<std::optional<UserStatus>> statusCycle = {UserStatus::Active, UserStatus::Pending, UserStatus::Expired,
                                                      UserStatus::Deactivated, std::nullopt};

void benchRoster(const QList<User> &users, int runs)
{
    const int n = int(users.size());
    UsersModel model;
    model.setUsers(users);
    UserFilter filter;
    filter.setSourceModel(&model);
    QTableView *view = makeView(&filter);

    std::vector<double> search;
    std::vector<double> firstKey;
    for (int r = 0; r < runs; ++r) {
        filter.setSearchText(QString());
        QCoreApplication::processEvents();
        for (int k = 0; k < keystrokes.size(); ++k) {
            const double ms = timed([&] { filter.setSearchText(keystrokes.at(k)); });
            search.push_back(ms);
            if (k == 0)
                firstKey.push_back(ms);
        }
    }
    filter.setSearchText(QString());
    report("roster-search", n, search);
    report("roster-search-first-key", n, firstKey);

    std::vector<double> status;
    for (int r = 0; r < runs; ++r) {
        for (const auto &s : statusCycle)
            status.push_back(timed([&] { filter.setStatusFilter(s); }));
    }
    report("roster-status", n, status);

    std::vector<double> twoFactor;
    for (int r = 0; r < runs; ++r) {
        for (auto t : {UserFilter::TwoFactor::On, UserFilter::TwoFactor::Off, UserFilter::TwoFactor::Any})
            twoFactor.push_back(timed([&] { filter.setTwoFactorFilter(t); }));
    }
    report("roster-2fa", n, twoFactor);

    std::vector<double> sort;
    const QList<QPair<int, Qt::SortOrder>> sorts = {{UsersModel::Name, Qt::AscendingOrder},
                                                    {UsersModel::Email, Qt::AscendingOrder},
                                                    {UsersModel::Id, Qt::DescendingOrder},
                                                    {UsersModel::Status, Qt::AscendingOrder},
                                                    {UsersModel::Name, Qt::DescendingOrder},
                                                    {UsersModel::RoleColumn, Qt::AscendingOrder}};
    for (int r = 0; r < runs; ++r) {
        for (const auto &s : sorts)
            sort.push_back(timed([&] { filter.sort(s.first, s.second); }));
    }
    report("roster-sort", n, sort);

    // The same status changes while the table is sorted by name: the walk of the sort order
    // then visits the users in an order unrelated to where they are stored.
    filter.sort(UsersModel::Name, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    std::vector<double> sortedStatus;
    for (int r = 0; r < runs; ++r) {
        for (const auto &s : statusCycle)
            sortedStatus.push_back(timed([&] { filter.setStatusFilter(s); }));
    }
    report("roster-status-sorted", n, sortedStatus);
    delete view;
}

// One baseline case, run in a child process (see runBaseline): prints "ready" once the view
// is up, then "sample <ms>" per timed step.
int baselineChild(const QString &name, int users, int runs)
{
    UsersModel model;
    model.setUsers(UserGenerator::generate(users, 2026));
    QSortFilterProxyModel proxy;
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSourceModel(&model);
    const bool search = name == QLatin1String("qsfpm-search");
    proxy.setFilterKeyColumn(search ? UsersModel::Email : UsersModel::Status);
    std::unique_ptr<QTableView> view(makeView(&proxy));
    out() << "ready" << Qt::endl;
    for (int r = 0; r < runs; ++r) {
        if (search) {
            proxy.setFilterFixedString(QString());
            QCoreApplication::processEvents();
            for (const QString &text : keystrokes)
                out() << "sample " << timed([&] { proxy.setFilterFixedString(text); }) << Qt::endl;
        } else {
            for (const auto &status : statusCycle) {
                const QString text = status ? userStatusName(*status) : QString();
                out() << "sample " << timed([&] { proxy.setFilterFixedString(text); }) << Qt::endl;
            }
        }
    }
    return 0;
}

// A QSortFilterProxyModel call cannot be interrupted, and on a million rows one can take
// minutes: each baseline runs in a child process that is stopped once a step passes 10 s.
void runBaseline(const QString &self, const char *name, int users, int runs)
{
    QProcess child;
    child.start(self, {QStringLiteral("--baseline-child"), QLatin1String(name), QStringLiteral("--sizes"),
                       QString::number(users), QStringLiteral("--runs"), QString::number(runs)});
    std::vector<double> samples;
    bool ready = false;
    bool timedOut = false;
    QByteArray buffer;
    for (;;) {
        // Generating the users and building the view is not timed: allow it two minutes.
        if (!child.waitForReadyRead(ready ? int(TimeoutMs) + 1000 : 120000)) {
            timedOut = child.state() != QProcess::NotRunning;
            break;
        }
        buffer += child.readAllStandardOutput();
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(newline).trimmed();
            buffer.remove(0, newline + 1);
            if (line == "ready")
                ready = true;
            else if (line.startsWith("sample "))
                samples.push_back(line.mid(7).toDouble());
        }
        if (!samples.empty() && samples.back() > TimeoutMs) {
            timedOut = true;
            break;
        }
    }
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished();
    }
    report(name, users, samples, timedOut || samples.empty());
}

// From starting the real `roster` process to its main window painted with `users` rows.
bool benchStartup(const QString &roster, int users, int runs)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        DemoAccount account(file);
        const Result<Done> opened = account.open(true);
        const Result<Done> seeded = opened ? account.seedGenerated(users) : opened;
        if (!seeded) {
            QTextStream(stderr) << "roster-bench: cannot create the demo file: " << seeded.error().message << Qt::endl;
            return false;
        }
    }
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
    report("startup", users, samples);
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
    const QCommandLineOption childOption(QStringLiteral("baseline-child"), QStringLiteral("Internal: run one baseline case."),
                                         QStringLiteral("case"));
    const QCommandLineOption rosterOption(QStringLiteral("roster"), QStringLiteral("The roster binary for the start-up case."),
                                          QStringLiteral("path"), QStringLiteral(ROSTER_BINARY));
    parser.addOptions({sizesOption, runsOption, noBaseline, noStartup, rosterOption, childOption});
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
        return baselineChild(parser.value(childOption), sizes.value(0, 1000), runs);

    for (int n : std::as_const(sizes)) {
        benchRoster(UserGenerator::generate(n, 2026), runs);
        if (!parser.isSet(noBaseline)) {
            runBaseline(QCoreApplication::applicationFilePath(), "qsfpm-search", n, runs);
            runBaseline(QCoreApplication::applicationFilePath(), "qsfpm-status", n, runs);
        }
    }
    if (!parser.isSet(noStartup) && !benchStartup(parser.value(rosterOption), 100000, std::max(runs, 5)))
        return 1;
    return 0;
}
