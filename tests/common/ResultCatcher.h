#pragma once

#include "api/AccountApi.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <optional>

// What a ResultCatcher knows whatever the type of the value: whether the result came, how
// often the callback ran, and the error. Lets a test keep catchers of different calls together.
class CaughtResult
{
public:
    CaughtResult() = default;
    virtual ~CaughtResult() = default;

    // Runs the event loop until the result arrives, and returns at once when it does; false
    // when none came within `timeoutMs`.
    bool wait(int timeoutMs = 20000)
    {
        if (m_calls == 0) {
            QEventLoop loop;
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            m_loop = &loop;
            loop.exec();
            m_loop = nullptr;
        }
        return m_calls > 0;
    }

    bool delivered() const { return m_calls > 0; }
    // How often the callback ran: 1 for a call that keeps the AccountApi contract.
    int calls() const { return m_calls; }
    // The last result was a value.
    bool ok() const { return m_ok; }
    // The last result's error; an error of kind None before one arrived or after a value.
    const ApiError &error() const { return m_error; }
    // From callback() to the first result, in milliseconds; -1 before it arrived.
    qint64 elapsedMs() const { return m_elapsedMs; }

protected:
    void started() { m_clock.start(); }
    void arrived(bool ok, const ApiError &error)
    {
        if (m_calls++ == 0)
            m_elapsedMs = m_clock.elapsed();
        m_ok = ok;
        m_error = error;
        if (m_loop)
            m_loop->quit();
    }

private:
    int m_calls = 0;
    bool m_ok = false;
    ApiError m_error;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = -1;
    QEventLoop *m_loop = nullptr;

    Q_DISABLE_COPY_MOVE(CaughtResult)
};

// Catches the one Result a callback delivers (design.md, "Async"): hand callback() to the
// call, then wait() and look at it. The callback refers to the catcher, which must outlive
// the call or the call's context.
template <typename T>
class ResultCatcher final : public CaughtResult
{
public:
    ApiCallback<T> callback()
    {
        started();
        return [this](const Result<T> &result) {
            m_result.emplace(result);
            arrived(result.ok(), result.error());
        };
    }

    // The last result; only once delivered().
    const Result<T> &result() const
    {
        if (!m_result)
            qFatal("ResultCatcher: no result has arrived");
        return *m_result;
    }
    // The value of the last result; only when it is one (ok()).
    const T &value() const { return result().value(); }

private:
    std::optional<Result<T>> m_result;
};
