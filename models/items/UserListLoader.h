#pragma once

#include "api/AccountApi.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <vector>

class UsersModel;

// Refreshes a UsersModel from an AccountApi page by page: rows appear as pages arrive,
// existing rows are updated in place by id, and users that no longer exist on the server
// are removed once the last page is in. Pages that arrive faster than the screen needs are
// gathered and applied together (the first at once, then at most every applyInterval ms), so
// a large account is not re-laid out and repainted once per page. Once the first page tells
// the total, up to maxPagesInFlight further pages are requested at once.
class UserListLoader final : public QObject
{
    Q_OBJECT
public:
    UserListLoader(AccountApi *api, UsersModel *model, QObject *parent = nullptr);

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

private:
    void fetchPage(int offset);
    void onPage(int offset, const Result<UserPage> &result);
    void requestMore();
    void finish();
    void applyPending();

    AccountApi *m_api;
    UsersModel *m_model;
    QObject *m_context = nullptr; // owns the pending request; deleting it drops the answer
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
