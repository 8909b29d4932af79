#pragma once

#include "api/RequestScope.h"
#include "domain/ApiError.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <deque>
#include <functional>

// Runs one request per key (a user id), a few at a time: the bulk actions (resend, change
// role, remove) and the removal dialog's API token checks. It keeps the queue, the requests in
// flight, the progress and the failures; cancel() drops every answer still to come, and
// retryFailed() runs the failed keys again with the same operation.
//
// An operation gets the key, the context to make its request with, and a `finish` to call
// exactly once with the outcome (a default ApiError for success). It may call `finish` at
// once. Answers of a cancelled run never arrive: their context is gone.
class BulkRunner final : public QObject
{
    Q_OBJECT
public:
    using Finish = std::function<void(const ApiError &error)>;
    using Operation = std::function<void(qint64 key, QObject *context, Finish finish)>;

    // Requests in flight at once: fast, and far below the account's rate limit.
    static constexpr int DefaultConcurrency = 4;

    explicit BulkRunner(QObject *parent = nullptr);
    ~BulkRunner() override;

    void setConcurrency(int requests);
    int concurrency() const { return m_concurrency; }

    // Runs `operation` for every key, in order. A run still going is cancelled first.
    void start(const QList<qint64> &keys, Operation operation);
    // Runs the keys that failed in the last run again, with its operation.
    void retryFailed();
    // Stops the run: nothing more is sent, answers still to come are dropped, finished() follows.
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    QList<qint64> keys() const { return m_keys; } // of the current or last run
    int total() const { return int(m_keys.size()); }
    int succeeded() const { return m_succeeded; }
    int doneCount() const { return m_succeeded + int(m_failures.size()); }
    const QList<QPair<qint64, ApiError>> &failures() const { return m_failures; }
    QList<qint64> failedKeys() const;

signals:
    // One key's request ended (a default ApiError: it succeeded).
    void itemFinished(qint64 key, const ApiError &error);
    // Every key has its answer, or the run was cancelled.
    void finished();

private:
    void pump();
    void onFinished(quint64 generation, qint64 key, const ApiError &error);
    void finish();

    RequestScope m_scope;
    int m_concurrency = DefaultConcurrency;
    Operation m_operation;
    QList<qint64> m_keys;
    std::deque<qint64> m_queue;
    int m_inFlight = 0;
    int m_succeeded = 0;
    QList<QPair<qint64, ApiError>> m_failures;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_pumping = false;

    Q_DISABLE_COPY_MOVE(BulkRunner)
};
