#include "UserListLoader.h"

#include "UsersModel.h"

#include <utility>

UserListLoader::UserListLoader(AccountApi *api, UsersModel *model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(200);
    connect(&m_applyTimer, &QTimer::timeout, this, &UserListLoader::applyPending);
}

void UserListLoader::applyPending()
{
    m_applyTimer.stop();
    if (m_pending.isEmpty())
        return;
    m_model->upsertUsers(std::exchange(m_pending, {}));
    m_appliedAny = true;
    // Reported with the rows, not per page: a fast backend delivers pages faster than people read.
    emit progress(int(m_seen.size()), m_expected);
}

void UserListLoader::refresh()
{
    cancel();
    m_loading = true;
    m_expected = -1;
    m_seen.clear();
    m_pending.clear();
    m_appliedAny = false;
    m_context = new QObject(this);
    emit started();
    fetchPage(0);
}

void UserListLoader::cancel()
{
    delete m_context;
    m_context = nullptr;
    m_applyTimer.stop();
    m_pending.clear();
    m_loading = false;
}

void UserListLoader::fetchPage(int offset)
{
    m_api->fetchUsers(offset, m_pageSize, m_context, [this, offset](const Result<UserPage> &result) {
        if (!result) {
            applyPending(); // what did arrive is real
            cancel();
            emit failed(result.error());
            return;
        }
        const UserPage &page = result.value();
        for (const User &u : page.users)
            m_seen.push_back(u.id);
        if (m_pending.isEmpty() && page.count > 0)
            m_pending.reserve(page.count - offset);
        m_pending.append(page.users);
        m_expected = page.count;
        if (!m_appliedAny)
            applyPending();
        else if (!m_applyTimer.isActive())
            m_applyTimer.start();

        const int next = offset + int(page.users.size());
        // Servers without `next` (bare arrays) end when a page comes back short.
        const bool more = page.count >= 0 ? next < page.count && !page.users.isEmpty()
                                          : int(page.users.size()) >= m_pageSize;
        if (more) {
            fetchPage(next);
            return;
        }
        applyPending();
        m_model->retainUsers(std::exchange(m_seen, {}));
        m_lastRefresh = QDateTime::currentDateTime();
        delete m_context;
        m_context = nullptr;
        m_loading = false;
        emit finished();
    });
}
