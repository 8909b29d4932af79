#pragma once

#include "api/AccountApi.h"
#include "api/RequestScope.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <vector>

class UserCache;
class UserCacheWriter;
class UsersModel;

// How a refresh ended, when it did not fail: every user the server promised, or fewer, and why.
struct LoadOutcome
{
    // Why reading stopped before the end the server promised (None: it did not).
    enum class Stop : quint8 { None, EmptyPage, RepeatedPage, PageLimit, UserLimit, Deadline };
    Stop stop = Stop::None;
    qint64 expected = -1; // what the server said it has; -1 when it did not say
    qint64 received = 0; // distinct users read
    qint64 limit = 0; // with PageLimit or UserLimit: the limit reached
    int unreadable = 0; // records skipped because they could not be read
    QString unreadableReason; // why the first of them could not be

    // Every promised user arrived and could be read.
    bool isComplete() const { return stop == Stop::None && unreadable == 0 && (expected < 0 || received >= expected); }
    // What to tell people when it is not complete ("18,400 of 20,000 users could be read. …"),
    // in the current language; empty when it is.
    QString describe() const;
};

// Refreshes a UsersModel from an AccountApi page by page: rows appear as pages arrive,
// existing rows are updated in place by id, and users that no longer exist on the server
// are removed once the last page is in. Pages that arrive faster than the screen needs are
// gathered and applied together (the first at once, then at most every applyInterval ms), so
// a large account is not re-laid out and repainted once per page. Once the first page tells
// the total, several further pages are requested at once: more while the server keeps up, half
// as many each time it answers 429, within maxPagesInFlight.
//
// The server is not trusted: a refresh always ends. It stops at the first empty page, at a
// page that brings no new ids, after maxPages pages or maxUsers users, and at the load
// deadline; it never sizes anything from the `count` a server sends. An incomplete refresh
// keeps what arrived, removes nobody, and says so in outcome(). Records that cannot be read
// are skipped and counted.
//
// With a UserCache, loadCached() shows the users of the last refresh at once, and every
// refresh writes what it changed back to the cache's file, in one transaction on a thread of
// its own (UserCacheWriter), so the window never waits for the disk.
class UserListLoader final : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxPages = 20000;
    static constexpr qint64 DefaultMaxUsers = 5000000;
    static constexpr int DefaultLoadDeadlineMs = 30 * 60 * 1000;
    static constexpr int DefaultMaxPagesInFlight = 16;

    UserListLoader(AccountApi *api, UsersModel *model, QObject *parent = nullptr);
    ~UserListLoader() override;

    // Another backend (switching accounts): cancels a running refresh and takes the new
    // backend's page size and pages in flight. The model is left as it is.
    void setApi(AccountApi *api);
    AccountApi *api() const { return m_api; }
    // The local copy of the list (null: none); not owned, must outlive its use here.
    void setCache(UserCache *cache);
    UserCache *cache() const { return m_cache; }
    // Fills the model with the cached users (replacing its rows) and returns when they were
    // refreshed from the server; invalid, with the model untouched, when nothing is cached.
    QDateTime loadCached();
    QDateTime cachedAt() const { return m_cachedAt; } // of the rows loadCached() showed
    // Every write to the cache's file, the refreshes' and the actions', in the order asked
    // for; null without a cache.
    UserCacheWriter *cacheWriter() const { return m_writer; }
    // Waits until what was written to the cache is on disk (tests, reading it again).
    void flushCache();

    // Default: the backend's preferredPageSize().
    void setPageSize(int size) { m_pageSize = std::max(1, size); }
    int pageSize() const { return m_pageSize; }
    // The most pages requested at once (the start is the backend's preferredPagesInFlight()).
    void setMaxPagesInFlight(int pages);
    void setApplyInterval(int ms) { m_applyTimer.setInterval(ms); }
    // Bounds of one refresh; <= 0 restores the default.
    void setMaxPages(int pages) { m_maxPages = pages > 0 ? pages : DefaultMaxPages; }
    void setMaxUsers(qint64 users) { m_maxUsers = users > 0 ? users : DefaultMaxUsers; }
    void setLoadDeadline(int ms) { m_deadline.setInterval(ms > 0 ? ms : DefaultLoadDeadlineMs); }
    // What new loaders start with (the command line's --load-deadline); <= 0: the default.
    static void setDefaultLoadDeadline(int ms);
    int loadDeadline() const { return m_deadline.interval(); }

    // Starts a refresh; one already running is abandoned first.
    void refresh();
    void cancel();
    bool isLoading() const { return m_loading; }
    qint64 loadedCount() const { return m_outcome.received; } // users received by the current or last refresh
    qint64 expectedCount() const { return m_outcome.expected; } // -1 when unknown
    // How the last finished refresh ended.
    const LoadOutcome &outcome() const { return m_outcome; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    int pagesInFlightLimit() const { return m_inFlightLimit; } // where the adaptation stands

signals:
    void started();
    void progress(qint64 loaded, qint64 expected); // each time received rows are applied to the model
    // The refresh ended without an error; outcome() says whether every promised user came.
    void finished();
    void failed(const ApiError &error);
    // What a refresh changed could not be written to the cache; the model has it all the same.
    void cacheFailed(const ApiError &error);

private:
    void fetchPage(qint64 offset);
    void onPage(qint64 offset, const Result<UserPage> &result);
    void requestMore();
    void stopEarly(LoadOutcome::Stop why);
    void finish();
    void applyPending();
    void writeCache();
    void onThrottled();

    AccountApi *m_api;
    UsersModel *m_model;
    UserCache *m_cache = nullptr;
    UserCacheWriter *m_writer = nullptr; // for m_cache's file
    bool m_cacheMirrorsModel = false; // the file holds what the model held before this refresh
    QDateTime m_cachedAt;
    RequestScope m_requests{this}; // of the refresh running; dropped with it
    int m_pageSize = 1000;
    int m_maxInFlight = DefaultMaxPagesInFlight;
    int m_inFlightLimit = 4; // now: grows while the server keeps up, halves on 429
    int m_answeredAtLimit = 0; // pages answered since the limit last grew
    int m_inFlight = 0;
    int m_pagesRequested = 0;
    int m_maxPages = DefaultMaxPages;
    qint64 m_maxUsers = DefaultMaxUsers;
    qint64 m_nextOffset = 0; // the next page to request, once the total is known
    bool m_loading = false;
    LoadOutcome m_outcome;
    QSet<qint64> m_seen; // ids delivered by this refresh
    std::vector<qint64> m_written; // ids this refresh added or changed in the model
    QList<User> m_pending; // arrived, not yet in the model
    bool m_appliedAny = false;
    QTimer m_applyTimer;
    QTimer m_deadline;
    QDateTime m_lastRefresh;
    QMetaObject::Connection m_throttle;
};
