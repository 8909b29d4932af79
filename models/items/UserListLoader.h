#pragma once

#include "api/AccountApi.h"
#include "api/RequestScope.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <vector>

class UserCache;
class UsersModel;

// Refreshes a UsersModel from an AccountApi page by page: rows appear as pages arrive,
// existing rows are updated in place by id, and users that no longer exist on the server
// are removed once the last page is in. Pages that arrive faster than the screen needs are
// gathered and applied together (the first at once, then at most every applyInterval ms), so
// a large account is not re-laid out and repainted once per page. Once the first page tells
// the total, up to maxPagesInFlight further pages are requested at once.
//
// With a UserCache, loadCached() shows the users of the last refresh at once, and every
// complete refresh is written back to it (in one transaction).
class UserListLoader final : public QObject
{
    Q_OBJECT
public:
    UserListLoader(AccountApi *api, UsersModel *model, QObject *parent = nullptr);

    // Another backend (switching accounts): cancels a running refresh and takes the new
    // backend's page size and pages in flight. The model is left as it is.
    void setApi(AccountApi *api);
    AccountApi *api() const { return m_api; }
    // The local copy of the list (null: none); not owned, must outlive its use here.
    void setCache(UserCache *cache) { m_cache = cache; }
    UserCache *cache() const { return m_cache; }
    // Fills the model with the cached users (replacing its rows) and returns when they were
    // refreshed from the server; invalid, with the model untouched, when nothing is cached.
    QDateTime loadCached();
    QDateTime cachedAt() const { return m_cachedAt; } // of the rows loadCached() showed

    // Default: the backend's preferredPageSize().
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }
    void setMaxPagesInFlight(int pages) { m_maxInFlight = std::max(1, pages); }
    void setApplyInterval(int ms) { m_applyTimer.setInterval(ms); }

    // Starts a refresh; one already running is abandoned first.
    void refresh();
    void cancel();
    bool isLoading() const { return m_loading; }
    int loadedCount() const { return m_loaded; } // users received by the current or last refresh
    int expectedCount() const { return m_expected; } // -1 when unknown
    QDateTime lastRefresh() const { return m_lastRefresh; }

signals:
    void started();
    void progress(int loaded, int expected); // each time received rows are applied to the model
    void finished();
    void failed(const ApiError &error);
    // A complete refresh could not be written to the cache; the model has it all the same.
    void cacheFailed(const ApiError &error);

private:
    void fetchPage(int offset);
    void onPage(int offset, const Result<UserPage> &result);
    void requestMore();
    void finish();
    void applyPending();

    AccountApi *m_api;
    UsersModel *m_model;
    UserCache *m_cache = nullptr;
    QDateTime m_cachedAt;
    RequestScope m_requests{this}; // of the refresh running; dropped with it
    int m_pageSize = 1000;
    int m_maxInFlight = 4;
    int m_inFlight = 0;
    int m_nextOffset = 0; // the next page to request, once the total is known
    bool m_loading = false;
    int m_expected = -1;
    std::vector<qint64> m_seen; // ids delivered by this refresh
    int m_loaded = 0;
    QList<User> m_pending; // arrived, not yet in the model
    bool m_appliedAny = false;
    QTimer m_applyTimer;
    QDateTime m_lastRefresh;
};
