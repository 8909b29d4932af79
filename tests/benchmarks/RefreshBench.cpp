#include "RefreshBench.h"

#include "BenchMemory.h"
#include "BenchOutput.h"

#include "api/GcoreAccountApi.h"
#include "items/UserFilter.h"
#include "items/UserListLoader.h"
#include "items/UsersModel.h"
#include "store/UserCache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace {

using Bench::ms;
using Bench::out;

using Bench::peakResidentBytes;
using Bench::residentBytes;
using Bench::resetPeakResident;

// roster-accountsim with `users` generated users, each list request answered after `latencyMs`.
class Simulator
{
public:
    bool start(const QString &binary, const QString &folder, int users, int latencyMs)
    {
        QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                              folder + QStringLiteral("/account.sqlite"), QStringLiteral("--reset"),
                              QStringLiteral("--generate"), QString::number(users), QStringLiteral("--token"),
                              token()};
        if (latencyMs > 0)
            arguments << QStringLiteral("--fault") << QStringLiteral("/iam/users:latency=%1").arg(latencyMs);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(binary, arguments);
        // Generating a million users takes a while.
        for (QElapsedTimer clock; !clock.isValid() || clock.elapsed() < 10 * 60 * 1000;) {
            if (!clock.isValid())
                clock.start();
            if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
                break;
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("listening port=")) {
                    m_port = line.mid(int(qstrlen("listening port="))).toUShort();
                    return m_port != 0;
                }
            }
        }
        QTextStream(stderr) << "roster-bench: roster-accountsim did not start (" << binary << ")" << Qt::endl;
        return false;
    }
    ~Simulator()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    static QString token() { return QStringLiteral("bench-token"); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// One refresh into an empty table shown as in the window, with its cache written on the
// writer's thread. Measures its time, the longest the event loop went without turning (a
// zero-interval timer is due on every turn) and the peak resident memory while it ran: the
// kernel's high-water mark where it can be reset, and at least what each turn saw.
struct RefreshRun
{
    double elapsedMs = 0;
    double longestStallMs = 0;
    qint64 peakGrowthBytes = 0;
    qint64 users = 0;
    bool ok = false;
};

RefreshRun refreshOnce(const QUrl &url, const QString &cachePath)
{
    RefreshRun run;
    QNetworkAccessManager network;
    GcoreAccountApi api(&network, url);
    api.setApiToken(Simulator::token());
    UsersModel model;
    UserFilter filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->hide();
    view.setModel(&filter);
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    QFile::remove(cachePath);
    UserCache cache(cachePath);
    if (!cache.open())
        return run;
    UserListLoader loader(&api, &model);
    loader.setCache(&cache);
    QSignalSpy finished(&loader, &UserListLoader::finished);
    QSignalSpy failed(&loader, &UserListLoader::failed);

    malloc_trim(0);
    const bool highWaterMark = resetPeakResident();
    const qint64 baseline = residentBytes();
    qint64 peak = baseline;
    QElapsedTimer sinceTurn;
    QTimer turn;
    turn.setInterval(0);
    QObject::connect(&turn, &QTimer::timeout, [&] {
        run.longestStallMs = std::max(run.longestStallMs, double(sinceTurn.nsecsElapsed()) / 1e6);
        sinceTurn.start();
        peak = std::max(peak, residentBytes());
    });
    QElapsedTimer clock;
    clock.start();
    sinceTurn.start();
    turn.start();
    loader.refresh();
    while (finished.isEmpty() && failed.isEmpty() && clock.elapsed() < 10 * 60 * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    run.elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    turn.stop();
    loader.flushCache(); // the cache's write belongs to the refresh's memory, not its time
    peak = std::max(peak, residentBytes());
    if (highWaterMark)
        peak = std::max(peak, peakResidentBytes());
    run.peakGrowthBytes = peak - baseline;
    run.users = model.rowCount();
    run.ok = !finished.isEmpty() && loader.outcome().isComplete();
    if (!run.ok)
        QTextStream(stderr) << "roster-bench: the refresh did not complete: "
                            << (failed.isEmpty() ? loader.outcome().describe()
                                                 : failed.first().at(0).value<ApiError>().text())
                            << Qt::endl;
    return run;
}

} // namespace

bool benchRefresh(const RefreshBenchOptions &options)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return false;
    const QString cachePath = folder.filePath(QStringLiteral("cache.sqlite"));
    QList<int> sizes = options.sizes;
    if (!sizes.contains(options.stallUsers))
        sizes.append(options.stallUsers);
    for (int users : std::as_const(sizes)) {
        Simulator simulator;
        if (!simulator.start(options.simulator, folder.path(), users, options.latencyMs))
            return false;
        // Not timed: the simulator writes each user's JSON once and serves it from then on, as a
        // server on another machine would cost this one nothing.
        if (!refreshOnce(simulator.url(), cachePath).ok)
            return false;
        std::vector<double> times;
        std::vector<double> stalls;
        for (int i = 0; i < options.runs; ++i) {
            const RefreshRun run = refreshOnce(simulator.url(), cachePath);
            if (!run.ok || run.users != users)
                return false;
            times.push_back(run.elapsedMs);
            stalls.push_back(run.longestStallMs);
        }
        if (options.sizes.contains(users))
            out() << "refresh users=" << users << " latency_ms=" << options.latencyMs << ' ' << Bench::spread(times).fields()
                  << Qt::endl;
        if (users == options.stallUsers)
            out() << "refresh-stall users=" << users << " latency_ms=" << options.latencyMs
                  << " max_ms=" << ms(*std::max_element(stalls.begin(), stalls.end())) << " (per run: "
                  << Bench::spread(stalls).fields() << ")" << Qt::endl;
    }
    if (options.memoryUsers > 0) {
        Simulator simulator;
        if (!simulator.start(options.simulator, folder.path(), options.memoryUsers, options.latencyMs))
            return false;
        if (!refreshOnce(simulator.url(), cachePath).ok) // warms the simulator, as above
            return false;
        const RefreshRun run = refreshOnce(simulator.url(), cachePath);
        if (!run.ok || run.users != options.memoryUsers)
            return false;
        out() << "refresh-memory users=" << options.memoryUsers << " latency_ms=" << options.latencyMs
              << " bytes_per_user=" << run.peakGrowthBytes / options.memoryUsers << " (peak growth "
              << run.peakGrowthBytes / (1024 * 1024) << " MiB, " << ms(run.elapsedMs) << " ms, longest stall "
              << ms(run.longestStallMs) << " ms)" << Qt::endl;
    }
    return true;
}
