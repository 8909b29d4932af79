#include "UserListLoader.h"

#include "UsersModel.h"

#include "store/UserCache.h"
#include "store/UserCacheWriter.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>
#include <optional>
#include <utility>

namespace {
int processLoadDeadlineMs = UserListLoader::DefaultLoadDeadlineMs;
}

void UserListLoader::setDefaultLoadDeadline(int ms)
{
    processLoadDeadlineMs = ms > 0 ? ms : DefaultLoadDeadlineMs;
}

QString LoadOutcome::describe() const
{
    if (isComplete())
        return {};
    const QLocale locale;
    QStringList parts;
    // How many came, always first.
    if (expected >= 0)
        parts << QCoreApplication::translate("UserListLoader", "%1 of %2 users could be read.")
                     .arg(locale.toString(received), locale.toString(expected));
    else if (stop != Stop::None)
        parts << QCoreApplication::translate("UserListLoader", "%1 users could be read before Roster stopped.")
                     .arg(locale.toString(received));
    else
        parts << QCoreApplication::translate("UserListLoader", "%1 users could be read.").arg(locale.toString(received));
    if (stop != Stop::None || (expected >= 0 && received + unreadable < expected)) {
        switch (stop) {
        case Stop::Failed:
            break; // the error says why
        case Stop::None:
        case Stop::EmptyPage:
            parts << QCoreApplication::translate("UserListLoader", "The server stopped sending users before the end "
                                                                   "of the list.");
            break;
        case Stop::RepeatedPage:
            parts << QCoreApplication::translate("UserListLoader", "The server sent a page of users that had all been "
                                                                   "read already.");
            break;
        case Stop::PageLimit:
            parts << QCoreApplication::translate("UserListLoader", "Roster reads at most %1 pages of users at a time.")
                         .arg(locale.toString(limit));
            break;
        case Stop::UserLimit:
            parts << QCoreApplication::translate("UserListLoader", "Roster reads at most %1 users at a time.")
                         .arg(locale.toString(limit));
            break;
        case Stop::Deadline:
            parts << QCoreApplication::translate("UserListLoader", "Reading the list took longer than Roster waits.");
            break;
        }
    }
    // Two sources, so English reads right without a translator too (the headless export).
    if (unreadable == 1)
        parts << QCoreApplication::translate("UserListLoader", "1 user could not be read: %1.").arg(unreadableReason);
    else if (unreadable > 1)
        parts << QCoreApplication::translate("UserListLoader", "%n users could not be read: %1.", nullptr, unreadable)
                     .arg(unreadableReason);
    return parts.join(u' ');
}

UserListLoader::UserListLoader(AccountApi *api, UsersModel *model, QObject *parent)
    : QObject(parent)
    , m_api(nullptr)
    , m_model(model)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(50);
    connect(&m_applyTimer, &QTimer::timeout, this, [this] { applyPending(MaxRowsPerApply); });
    m_applyMore.setSingleShot(true);
    m_applyMore.setInterval(0);
    connect(&m_applyMore, &QTimer::timeout, this, [this] { applyPending(MaxRowsPerApply); });
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(processLoadDeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        applyPending();
        stopEarly(LoadOutcome::Stop::Deadline);
    });
    setApi(api);
}

UserListLoader::~UserListLoader()
{
    cancel();
}

void UserListLoader::setApi(AccountApi *api)
{
    cancel();
    disconnect(m_throttle);
    m_api = api;
    m_lastRefresh = {};
    m_cachedAt = {};
    m_pageSize = api->preferredPageSize();
    m_inFlightLimit = std::clamp(api->preferredPagesInFlight(), 1, m_maxInFlight);
    m_throttle = connect(api, &AccountApi::throttled, this, &UserListLoader::onThrottled);
}

void UserListLoader::setMaxPagesInFlight(int pages)
{
    m_maxInFlight = std::max(1, pages);
    m_inFlightLimit = std::min(m_inFlightLimit, m_maxInFlight);
}

void UserListLoader::setCache(UserCache *cache)
{
    if (cache == m_cache)
        return;
    flushCache();
    delete std::exchange(m_writer, nullptr);
    m_cache = cache;
    m_cacheMirrorsModel = false;
    if (m_cache) {
        m_writer = new UserCacheWriter(m_cache->path(), this);
        connect(m_writer, &UserCacheWriter::failed, this, [this](const ApiError &error) {
            m_cacheMirrorsModel = false; // the next refresh writes the whole list
            emit cacheFailed(error);
        });
    }
}

void UserListLoader::flushCache()
{
    if (m_writer)
        m_writer->waitForWrites();
}

QDateTime UserListLoader::loadCached()
{
    m_cachedAt = {};
    if (!m_cache || !m_cache->isOpen())
        return {};
    flushCache(); // what the last refresh wrote is part of it
    const QDateTime refreshedAt = m_cache->refreshedAt();
    if (!refreshedAt.isValid())
        return {};
    // Straight from the cache's records to the model's, without making a user of each.
    std::optional<ApiError> failure;
    m_model->setRecords([&](const std::function<void(qint64)> &expect, const UsersModel::RecordTaker &take) {
        const Result<Done> read = m_cache->readRecords(expect, take);
        if (!read)
            failure = read.error();
        return bool(read);
    });
    if (failure) {
        emit cacheFailed(*failure);
        return {};
    }
    m_cacheMirrorsModel = true;
    m_cachedAt = refreshedAt;
    return refreshedAt;
}

void UserListLoader::applyPending(qsizetype most)
{
    m_applyTimer.stop();
    m_applyMore.stop();
    if (m_pending.isEmpty())
        return;
    QList<User> batch;
    if (most < 0 || m_pending.size() <= most) {
        batch = std::exchange(m_pending, {});
    } else {
        // At most so many rows per turn of the event loop, so the window keeps answering; the
        // rest on the next turn.
        batch = m_pending.first(most);
        m_pending.remove(0, most);
        m_applyMore.start();
    }
    // Only when the cache will be told of changes (not when it gets the whole list anyway).
    m_model->upsertUsers(std::move(batch), m_writer && m_cacheMirrorsModel ? &m_written : nullptr);
    m_appliedAny = true;
    // Reported with the rows, not per page: a fast backend delivers pages faster than people read.
    emit progress(m_outcome.received, m_outcome.expected);
    if (m_finishing && m_pending.isEmpty())
        finish();
}

void UserListLoader::refresh()
{
    cancel();
    m_loading = true;
    m_outcome = {};
    m_seen.clear();
    m_written.clear();
    m_pending.clear();
    m_appliedAny = false;
    m_inFlight = 0;
    m_pagesRequested = 0;
    m_answeredAtLimit = 0;
    m_nextOffset = 0;
    m_endAt = -1;
    m_deadline.start();
    emit started();
    fetchPage(0);
}

void UserListLoader::cancel()
{
    m_requests.drop();
    m_applyTimer.stop();
    m_applyMore.stop();
    m_finishing = false;
    m_deadline.stop();
    m_pending.clear();
    m_inFlight = 0;
    m_loading = false;
}

void UserListLoader::onThrottled()
{
    if (!m_loading)
        return;
    m_inFlightLimit = std::max(1, m_inFlightLimit / 2);
    m_answeredAtLimit = 0;
}

void UserListLoader::fetchPage(qint64 offset)
{
    if (m_endAt >= 0 && offset >= m_endAt)
        return; // past the end the server showed
    if (m_pagesRequested >= m_maxPages) {
        m_outcome.stop = LoadOutcome::Stop::PageLimit; // ends once the pages in flight are in
        m_outcome.limit = m_maxPages;
        return;
    }
    ++m_pagesRequested;
    ++m_inFlight;
    m_api->fetchUsers(offset, m_pageSize, m_requests.context(),
                      [this, offset](const Result<UserPage> &result) { onPage(offset, result); });
}

void UserListLoader::onPage(qint64 offset, const Result<UserPage> &result)
{
    --m_inFlight;
    if (!result) {
        applyPending(); // what did arrive is real
        cancel();
        m_outcome.stop = LoadOutcome::Stop::Failed;
        emit failed(result.error());
        return;
    }
    const UserPage &page = result.value();
    // Additive increase: one more page in flight for each round the server answered.
    if (++m_answeredAtLimit >= m_inFlightLimit && m_inFlightLimit < m_maxInFlight) {
        ++m_inFlightLimit;
        m_answeredAtLimit = 0;
    }

    const qint64 received = std::max<qint64>(page.received, page.users.size());
    qint64 fresh = 0;
    for (const User &u : page.users) {
        if (m_outcome.received + fresh >= userLimit())
            break;
        // A user seen already (the server repeats itself, or the list moved between pages).
        if (m_seen.contains(u.id))
            continue;
        m_seen.insert(u.id);
        m_pending.append(u);
        ++fresh;
    }
    m_outcome.received += fresh;
    if (page.unreadable > 0 && m_outcome.unreadable == 0)
        m_outcome.unreadableReason = page.unreadableReason;
    m_outcome.unreadable += page.unreadable;
    if (page.count >= 0)
        m_outcome.expected = page.count;
    if (!m_appliedAny)
        applyPending();
    else if (!m_applyTimer.isActive())
        m_applyTimer.start();

    if (received == 0) {
        // An empty page ends the list; before the end the server promised, it ends it early.
        // Pages before it may still be on their way: nothing is asked past it, and the load
        // ends when they are in.
        if (m_endAt < 0 || offset < m_endAt)
            m_endAt = offset;
        if (m_outcome.expected >= 0 && offset < m_outcome.expected)
            m_outcome.stop = LoadOutcome::Stop::EmptyPage;
    } else if (fresh == 0) {
        stopEarly(m_outcome.received >= userLimit() ? LoadOutcome::Stop::UserLimit : LoadOutcome::Stop::RepeatedPage);
        return;
    } else if (m_outcome.received >= userLimit()) {
        stopEarly(LoadOutcome::Stop::UserLimit);
        return;
    } else if (page.count >= 0) {
        const qint64 end = offset + received;
        // A server may send fewer users than asked for (it caps the page size): take its size
        // from the first page on, and ask for whatever a later short page left out.
        if (offset == 0 && end < std::min<qint64>(m_pageSize, m_outcome.expected))
            m_pageSize = int(end);
        else if (end < std::min(offset + m_pageSize, m_outcome.expected))
            fetchPage(end);
        m_nextOffset = std::max(m_nextOffset, end);
        requestMore();
    } else {
        // Servers without a total (bare arrays) end with a page that comes back short and
        // says of no next one; until then, pages are asked for ahead as with a total.
        const qint64 end = offset + received;
        if (received < m_pageSize && !page.hasNext) {
            if (m_endAt < 0 || end < m_endAt)
                m_endAt = end;
        } else if (offset == 0 && received < m_pageSize) {
            m_pageSize = int(received); // it caps the page size
        } else if (received < m_pageSize) {
            fetchPage(end);
        }
        m_nextOffset = std::max(m_nextOffset, end);
        requestMore();
    }
    if (m_inFlight == 0)
        finish();
}

qint64 UserListLoader::userLimit() const
{
    // A server that never says how many it has, and keeps sending, is cut off sooner.
    return m_outcome.expected >= 0 ? m_maxUsers : std::min(m_maxUsers, m_maxUsersWithoutTotal);
}

void UserListLoader::requestMore()
{
    // Without a total, the end is known once a short or empty page showed it.
    const qint64 end = m_outcome.expected >= 0 ? m_outcome.expected : std::numeric_limits<qint64>::max();
    while (m_inFlight < m_inFlightLimit && m_nextOffset < end && m_outcome.stop == LoadOutcome::Stop::None
           && (m_endAt < 0 || m_nextOffset < m_endAt)) {
        fetchPage(m_nextOffset);
        m_nextOffset += m_pageSize;
    }
}

void UserListLoader::stopEarly(LoadOutcome::Stop why)
{
    if (!m_loading)
        return;
    m_outcome.stop = why;
    if (why == LoadOutcome::Stop::UserLimit)
        m_outcome.limit = userLimit();
    m_requests.drop(); // the pages still in flight are not waited for
    m_inFlight = 0;
    finish();
}

void UserListLoader::finish()
{
    m_deadline.stop();
    if (m_pending.size() > MaxRowsPerApply) {
        m_finishing = true; // once the rows still to apply are in, a turn at a time
        m_requests.drop();
        applyPending(MaxRowsPerApply);
        return;
    }
    m_finishing = false;
    applyPending();
    m_requests.drop();
    // Only a list read to its end says who is gone: of an incomplete one, the users not read
    // may well still be there.
    QList<qint64> removed;
    if (m_outcome.stop == LoadOutcome::Stop::None
        && (m_outcome.expected < 0 || m_outcome.received + m_outcome.unreadable >= m_outcome.expected)
        && m_outcome.unreadable == 0) {
        m_model->retainUsers(std::vector<qint64>(m_seen.cbegin(), m_seen.cend()), &removed);
    }
    m_seen = {};
    m_lastRefresh = QDateTime::currentDateTime();
    if (m_writer) {
        if (m_cacheMirrorsModel) {
            QList<User> changed;
            changed.reserve(qsizetype(m_written.size()));
            for (qint64 id : m_written) {
                const int row = m_model->rowOfUser(id);
                if (row >= 0) // not removed by an action meanwhile
                    changed.append(m_model->user(row));
            }
            m_writer->write(std::move(changed), std::vector<qint64>(removed.cbegin(), removed.cend()),
                            m_lastRefresh.toUTC(), UserCacheWriter::Mode::Changes);
        } else {
            m_writer->replaceWith(m_model->recordsSnapshot(), m_lastRefresh.toUTC());
        }
        m_cacheMirrorsModel = true; // unless the writer says otherwise
    }
    m_written = {};
    m_loading = false;
    emit finished();
}
