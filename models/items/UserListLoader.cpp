#include "UserListLoader.h"

#include "UsersModel.h"

#include "store/UserCache.h"

#include <utility>

UserListLoader::UserListLoader(AccountApi *api, UsersModel *model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
    , m_pageSize(api->preferredPageSize())
    , m_maxInFlight(std::max(1, api->preferredPagesInFlight()))
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(50);
    connect(&m_applyTimer, &QTimer::timeout, this, &UserListLoader::applyPending);
}

void UserListLoader::setApi(AccountApi *api)
{
    cancel();
    m_api = api;
    m_lastRefresh = {};
    m_cachedAt = {};
    m_pageSize = api->preferredPageSize();
    m_maxInFlight = std::max(1, api->preferredPagesInFlight());
}

QDateTime UserListLoader::loadCached()
{
    m_cachedAt = {};
    if (!m_cache || !m_cache->isOpen())
        return {};
    const QDateTime refreshedAt = m_cache->refreshedAt();
    if (!refreshedAt.isValid())
        return {};
    Result<QList<User>> users = m_cache->users();
    if (!users) {
        emit cacheFailed(users.error());
        return {};
    }
    m_model->setUsers(users.takeValue());
    m_cachedAt = refreshedAt;
    return refreshedAt;
}

void UserListLoader::applyPending()
{
    m_applyTimer.stop();
    if (m_pending.isEmpty())
        return;
    m_model->upsertUsers(std::exchange(m_pending, {}));
    m_appliedAny = true;
    // Reported with the rows, not per page: a fast backend delivers pages faster than people read.
    emit progress(m_loaded, m_expected);
}

void UserListLoader::refresh()
{
    cancel();
    m_loading = true;
    m_expected = -1;
    m_seen.clear();
    m_loaded = 0;
    m_pending.clear();
    m_appliedAny = false;
    m_inFlight = 0;
    m_nextOffset = 0;
    emit started();
    fetchPage(0);
}

void UserListLoader::cancel()
{
    m_requests.drop();
    m_applyTimer.stop();
    m_pending.clear();
    m_loading = false;
}

void UserListLoader::fetchPage(int offset)
{
    ++m_inFlight;
    m_api->fetchUsers(offset, m_pageSize, m_requests.context(),
                      [this, offset](const Result<UserPage> &result) { onPage(offset, result); });
}

void UserListLoader::onPage(int offset, const Result<UserPage> &result)
{
    --m_inFlight;
    if (!result) {
        applyPending(); // what did arrive is real
        cancel();
        emit failed(result.error());
        return;
    }
    const UserPage &page = result.value();
    for (const User &u : page.users)
        m_seen.push_back(u.id);
    m_loaded += int(page.users.size());
    if (m_pending.isEmpty() && page.count > 0)
        m_pending.reserve(page.count - offset);
    m_pending.append(page.users);
    if (page.count >= 0)
        m_expected = page.count;
    if (!m_appliedAny)
        applyPending();
    else if (!m_applyTimer.isActive())
        m_applyTimer.start();

    const int end = offset + int(page.users.size());
    if (page.count >= 0) {
        // A server may send fewer users than asked for (it caps the page size): take its size
        // from the first page on, and ask for whatever a later short page left out.
        if (offset == 0 && !page.users.isEmpty() && end < std::min(m_pageSize, m_expected))
            m_pageSize = end;
        else if (!page.users.isEmpty() && end < std::min(offset + m_pageSize, m_expected))
            fetchPage(end);
        m_nextOffset = std::max(m_nextOffset, end);
        requestMore();
    } else if (int(page.users.size()) >= m_pageSize) {
        // Servers without a total (bare arrays) end when a page comes back short.
        fetchPage(end);
    }
    if (m_inFlight == 0)
        finish();
}

void UserListLoader::requestMore()
{
    while (m_inFlight < m_maxInFlight && m_nextOffset < m_expected) {
        fetchPage(m_nextOffset);
        m_nextOffset += m_pageSize;
    }
}

void UserListLoader::finish()
{
    applyPending();
    m_model->retainUsers(std::exchange(m_seen, {}));
    m_lastRefresh = QDateTime::currentDateTime();
    if (m_cache && m_cache->isOpen()) {
        const Result<Done> stored = m_cache->replaceUsers(m_model->users(), m_lastRefresh.toUTC());
        if (!stored)
            emit cacheFailed(stored.error());
    }
    m_requests.drop();
    m_loading = false;
    emit finished();
}
