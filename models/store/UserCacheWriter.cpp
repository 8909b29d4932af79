#include "UserCacheWriter.h"

#include "store/UserCache.h"

#include <QSemaphore>

#include <memory>

namespace {

// The worker thread's side: its own UserCache, opened on the first write.
class Worker final : public QObject
{
public:
    explicit Worker(const QString &path)
        : m_cache(path)
    {
    }

    Result<Done> run(const std::function<Result<Done>(UserCache &)> &job)
    {
        if (!m_cache.isOpen()) {
            const Result<Done> opened = m_cache.open();
            if (!opened)
                return opened;
        }
        return job(m_cache);
    }

private:
    UserCache m_cache;
};

} // namespace

UserCacheWriter::UserCacheWriter(const QString &path, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(path))
{
    m_thread.setObjectName(QStringLiteral("roster-cache-writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

UserCacheWriter::~UserCacheWriter()
{
    // Queued behind the writes, so they all finish first; the worker (and its connection)
    // is deleted on its own thread when the loop ends.
    QMetaObject::invokeMethod(m_worker, [thread = &m_thread] { thread->quit(); });
    m_thread.wait();
}

void UserCacheWriter::run(std::function<Result<Done>(UserCache &)> job)
{
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(m_worker, [this, worker, job = std::move(job)] {
        const Result<Done> written = worker->run(job);
        if (written)
            return;
        // This object outlives the worker's loop (its destructor waits), so it is alive here;
        // the signal is queued to the thread it lives in.
        QMetaObject::invokeMethod(
            this, [this, error = written.error()] { emit failed(error); }, Qt::QueuedConnection);
    });
}

void UserCacheWriter::write(QList<User> users, std::vector<qint64> removed, const QDateTime &refreshedAt, Mode mode)
{
    run([users = std::move(users), removed = std::move(removed), refreshedAt, mode](UserCache &cache) {
        return mode == Mode::Replace ? cache.replaceUsers(users, refreshedAt)
                                     : cache.applyChanges(users, removed, refreshedAt);
    });
}

void UserCacheWriter::replaceWith(UserRecord::Source records, const QDateTime &refreshedAt)
{
    run([records = std::move(records), refreshedAt](UserCache &cache) { return cache.replaceRecords(records, refreshedAt); });
}

void UserCacheWriter::storeUser(const User &user)
{
    run([user](UserCache &cache) { return cache.storeUser(user); });
}

void UserCacheWriter::removeUser(qint64 userId)
{
    run([userId](UserCache &cache) { return cache.removeUser(userId); });
}

void UserCacheWriter::recordInvitation(qint64 userId, const QDateTime &sentAt)
{
    run([userId, sentAt](UserCache &cache) { return cache.recordInvitation(userId, sentAt); });
}

void UserCacheWriter::waitForWrites()
{
    QSemaphore done;
    QMetaObject::invokeMethod(m_worker, [&done] { done.release(); });
    done.acquire();
}
