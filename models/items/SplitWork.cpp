#include "SplitWork.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace {

// Its own pool: Qt's global one also serves the raster paint engine and other work, and a scan
// must never wait behind them (nor they behind a scan).
QThreadPool *scanPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1); // kept warm: starting a thread costs more than a scan's half
        return p;
    }();
    return pool;
}

} // namespace

namespace SplitWork {

void inTwo(size_t count, const std::function<void(int part, size_t begin, size_t end)> &work)
{
    const size_t middle = count / 2;
    if (count < MinimumSplit || QThread::idealThreadCount() < 2) {
        work(0, 0, middle);
        work(1, middle, count);
        return;
    }
    QSemaphore done;
    scanPool()->start([&] {
        work(1, middle, count);
        done.release();
    });
    work(0, 0, middle);
    done.acquire();
}

void collectInTwo(size_t count, std::vector<int> &out, const std::function<size_t(int, size_t, size_t)> &work)
{
    size_t kept[2] = {0, 0};
    inTwo(count, [&](int part, size_t begin, size_t end) { kept[part] = work(part, begin, end); });
    const auto middle = qsizetype(count / 2);
    std::copy(out.begin() + middle, out.begin() + middle + qsizetype(kept[1]), out.begin() + qsizetype(kept[0]));
    out.resize(kept[0] + kept[1]);
}

} // namespace SplitWork
