#include "BulkRunner.h"

#include <algorithm>

BulkRunner::BulkRunner(QObject *parent)
    : QObject(parent)
    , m_scope(this)
{
}

BulkRunner::~BulkRunner()
{
    m_scope.drop();
}

void BulkRunner::setConcurrency(int requests)
{
    m_concurrency = std::max(1, requests);
}

QList<qint64> BulkRunner::failedKeys() const
{
    QList<qint64> keys;
    keys.reserve(m_failures.size());
    for (const auto &failure : m_failures)
        keys.append(failure.first);
    return keys;
}

void BulkRunner::start(const QList<qint64> &keys, Operation operation)
{
    if (m_running)
        cancel();
    m_scope.drop();
    m_operation = std::move(operation);
    m_keys = keys;
    m_queue.assign(keys.cbegin(), keys.cend());
    m_inFlight = 0;
    m_succeeded = 0;
    m_failures.clear();
    m_cancelled = false;
    m_running = true;
    pump();
}

void BulkRunner::retryFailed()
{
    if (m_running || m_failures.isEmpty() || !m_operation)
        return;
    start(failedKeys(), m_operation);
}

void BulkRunner::cancel()
{
    if (!m_running)
        return;
    m_scope.drop();
    m_queue.clear();
    m_inFlight = 0;
    m_cancelled = true;
    finish();
}

void BulkRunner::pump()
{
    // An operation that finishes at once comes back here: the outer loop goes on instead.
    if (m_pumping)
        return;
    m_pumping = true;
    while (m_running && m_inFlight < m_concurrency && !m_queue.empty()) {
        const qint64 key = m_queue.front();
        m_queue.pop_front();
        ++m_inFlight;
        const quint64 generation = m_scope.generation();
        m_operation(key, m_scope.context(),
                    [this, generation, key](const ApiError &error) { onFinished(generation, key, error); });
    }
    m_pumping = false;
    if (m_running && m_inFlight == 0 && m_queue.empty())
        finish();
}

void BulkRunner::onFinished(quint64 generation, qint64 key, const ApiError &error)
{
    if (generation != m_scope.generation() || !m_running)
        return; // an answer of a run that was cancelled or replaced
    --m_inFlight;
    if (error.isError())
        m_failures.append({key, error});
    else
        ++m_succeeded;
    emit itemFinished(key, error);
    pump();
}

void BulkRunner::finish()
{
    m_running = false;
    emit finished();
}
