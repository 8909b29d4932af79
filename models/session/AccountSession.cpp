#include "AccountSession.h"

#include "AccountTokens.h"
#include "ActivityHistory.h"
#include "UserOperations.h"

#include "api/AccountApi.h"
#include "api/RequestScope.h"
#include "domain/ActivityEntry.h"
#include "items/UserListLoader.h"
#include "items/UsersModel.h"
#include "store/UserCache.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSession, "roster.session", QtInfoMsg)

AccountSession::AccountSession(AccountApi *api, UserCache *cache, ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_users(new UsersModel(this))
    , m_loader(new UserListLoader(api, m_users, this))
    , m_activity(new ActivityHistory(log, this))
    , m_identityRequests(std::make_unique<RequestScope>(this))
    , m_offlineRetry(new QTimer(this))
    , m_clock(new QTimer(this))
{
    Q_ASSERT(api);
    m_operations = new UserOperations(this);
    m_tokens = new AccountTokens(this);
    m_loader->setCache(cache);

    connect(m_loader, &UserListLoader::started, this, &AccountSession::onLoadStarted);
    connect(m_loader, &UserListLoader::progress, this, &AccountSession::loadProgress);
    connect(m_loader, &UserListLoader::finished, this, &AccountSession::onLoadFinished);
    connect(m_loader, &UserListLoader::failed, this, &AccountSession::onLoadFailed);
    connect(m_loader, &UserListLoader::cacheFailed, this, [this](const ApiError &error) {
        Notice notice{Notice::Level::Warning,
                      tr("Roster could not keep a local copy of the users: %1").arg(error.message), {}, true};
        notify(notice);
    });
    connect(m_activity, &ActivityHistory::storageFailed, this, [this](const ApiError &error) {
        notify({Notice::Level::Warning, tr("The activity log could not be saved: %1").arg(error.message), {}, false});
    });
    if (!m_activity->loadError().isEmpty())
        notify({Notice::Level::Warning, tr("The activity log could not be saved: %1").arg(m_activity->loadError()), {},
                false});

    // The list's own row says the role until the server confirms it.
    connect(m_users, &QAbstractItemModel::modelReset, this, &AccountSession::takeProvisionalRole);
    connect(m_users, &QAbstractItemModel::rowsInserted, this, &AccountSession::takeProvisionalRole);
    connect(m_users, &QAbstractItemModel::dataChanged, this, &AccountSession::takeProvisionalRole);

    m_offlineRetry->setInterval(60 * 1000);
    m_offlineRetry->setSingleShot(true);
    connect(m_offlineRetry, &QTimer::timeout, this, [this] {
        if (!m_loader->isLoading())
            refresh();
    });
    // Invitations expire while Roster is open: look again every minute.
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_users->refreshStatuses(QDateTime::currentDateTimeUtc());
        emit clockTicked();
    });
    m_clock->start();

    m_loader->loadCached(); // the users of last time, at once
}

AccountSession::~AccountSession()
{
    // Requests go before the model and the backend they would report to.
    m_identityRequests->drop();
    m_loader->cancel();
    delete m_operations;
    m_operations = nullptr;
    delete m_tokens;
    m_tokens = nullptr;
}

QString AccountSession::description() const
{
    return m_description.isEmpty() ? m_api->displayName() : m_description;
}

void AccountSession::setDescription(const QString &text)
{
    if (m_description == text)
        return;
    m_description = text;
    emit descriptionChanged();
}

void AccountSession::waitForCredentials()
{
    m_start = Start::WaitingForCredentials;
    emit loadStateChanged();
}

void AccountSession::start()
{
    m_start = Start::Started;
    learnIdentity();
    refresh();
}

void AccountSession::refresh()
{
    m_start = Start::Started;
    // Rows added by this load get their status (expired invitations) as of now.
    m_users->refreshStatuses(QDateTime::currentDateTimeUtc());
    m_loader->refresh();
}

void AccountSession::stopLoading()
{
    if (!m_loader->isLoading())
        return;
    m_loader->cancel();
    m_stopped = true;
    emit loadStateChanged();
}

bool AccountSession::isLoading() const
{
    return m_loader->isLoading();
}

bool AccountSession::isAwaitingLoad() const
{
    return m_start != Start::Started;
}

void AccountSession::flushCache()
{
    m_loader->flushCache();
}

UserCacheWriter *AccountSession::cacheWriter() const
{
    return m_loader->cacheWriter();
}

qint64 AccountSession::loadedCount() const
{
    return m_loader->loadedCount();
}

qint64 AccountSession::expectedCount() const
{
    return m_loader->expectedCount();
}

QDateTime AccountSession::lastRefresh() const
{
    return m_loader->lastRefresh();
}

QDateTime AccountSession::cachedAt() const
{
    return m_loader->cachedAt();
}

void AccountSession::setClockInterval(int ms)
{
    m_clock->setInterval(ms);
}

void AccountSession::setOfflineRetryInterval(int ms)
{
    m_offlineRetry->setInterval(ms);
}

void AccountSession::onLoadStarted()
{
    m_stopped = false;
    m_loadError.clear();
    emit loadStarted();
}

void AccountSession::onLoadFinished()
{
    // The server answers now: if it could not say who is signed in before (offline at the
    // start), it can now.
    if (!m_identity.isKnown() && !m_identityPending)
        learnIdentity();
    if (isReadOnly()) { // the server answered: online and signed in again
        m_offlineSince = {};
        m_offlineRetry->stop();
        clearNotice();
        setConnectivity(Connectivity::Online, QString());
    }
    // A shortfall is never reported as success: the rows that came stay, and the person is told.
    const QString shortfall = m_loader->outcome().describe();
    if (!shortfall.isEmpty())
        notify({Notice::Level::Warning, shortfall, {}, false});
    emit loadFinished();
}

void AccountSession::onLoadFailed(const ApiError &error)
{
    m_loadError = error.text();
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        goOffline();
    } else if (error.kind == ApiError::Kind::Unauthorized) {
        requireSignIn(tr("The server ended the session (%1). Sign in again to see changes and to make them.")
                          .arg(m_loadError));
    }
    emit loadFailed(error);
}

void AccountSession::goOffline()
{
    const QLocale locale;
    if (!m_offlineSince.isValid())
        m_offlineSince = QDateTime::currentDateTimeUtc();
    const QString since = locale.toString(m_offlineSince.toLocalTime().time(), QLocale::ShortFormat);
    setConnectivity(Connectivity::Offline,
                    tr("Roster is offline: changes are possible again once it reaches the server."));
    const QDateTime asOf = lastRefresh().isValid() ? lastRefresh() : cachedAt();
    const QString text = asOf.isValid()
        ? tr("Offline since %1. Showing the users as of %2; changes are disabled until Roster reaches the server again.")
              .arg(since, ageText(asOf))
        : tr("Offline since %1: Roster cannot reach the server. Changes are disabled until it can.").arg(since);
    notify(Notice{Notice::Level::Warning, text, {}, false}.withAction(tr("Try Again"), [this] { refresh(); }));
    m_offlineRetry->start();
}

void AccountSession::requireSignIn(const QString &text)
{
    m_start = Start::Started;
    m_offlineSince = {};
    m_offlineRetry->stop();
    m_loadError = text;
    setConnectivity(Connectivity::SignInNeeded, tr("Roster is not signed in to this account."));
    notify(Notice{Notice::Level::Error, text, {}, false}.withAction(tr("Sign In…"), [this] { emit signInRequested(); }));
    emit loadStateChanged();
}

void AccountSession::setConnectivity(Connectivity connectivity, const QString &readOnlyReason)
{
    const bool wasReadOnly = isReadOnly();
    const bool changed = m_connectivity != connectivity || m_readOnlyReason != readOnlyReason;
    m_connectivity = connectivity;
    m_readOnlyReason = readOnlyReason;
    if (changed)
        emit connectivityChanged();
    if (wasReadOnly != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

void AccountSession::notify(const Notice &notice)
{
    if (notice.quiet && m_notice)
        return;
    m_notice = notice;
    emit noticePosted(notice);
}

void AccountSession::clearNotice()
{
    if (!m_notice)
        return;
    m_notice.reset();
    emit noticeCleared();
}

void AccountSession::record(const ActivityEntry &entry)
{
    m_activity->record(entry);
}

void AccountSession::record(const QString &action, qint64 userId, const QString &email, const QString &detail,
                            const ApiError &error)
{
    ActivityEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.actor = actorName();
    entry.action = action;
    entry.userId = userId;
    entry.userEmail = email;
    entry.detail = detail;
    entry.ok = !error.isError();
    entry.error = error.text();
    record(entry);
}

ActionPolicy::Situation AccountSession::situation() const
{
    ActionPolicy::Situation situation;
    situation.me = m_identity;
    situation.readOnlyReason = m_readOnlyReason;
    situation.busy = m_operations && m_operations->isBusy();
    situation.canResend = m_api->supports(AccountApi::Capability::ResendInvitation);
    return situation;
}

QList<ClientRoles> AccountSession::myAccounts() const
{
    const int row = m_identity.isKnown() ? m_users->rowOfUser(m_identity.userId) : -1;
    if (row < 0)
        return {};
    QList<ClientRoles> accounts;
    QSet<qint64> seen; // a record may name an account twice
    for (const ClientRoles &entry : m_users->user(row).clientAndRoles) {
        if (!seen.contains(entry.clientId)) {
            seen.insert(entry.clientId);
            accounts.append(entry);
        }
    }
    const qint64 here = m_identity.accountId != 0 ? m_identity.accountId : m_users->accountId();
    std::stable_partition(accounts.begin(), accounts.end(),
                          [here](const ClientRoles &entry) { return entry.clientId == here; });
    return accounts;
}

QString AccountSession::actorName() const
{
    if (const int row = m_users->rowOfUser(m_identity.userId); m_identity.isKnown() && row >= 0)
        return m_users->user(row).email;
    return m_identity.isKnown() ? tr("User %1").arg(m_identity.userId) : QString();
}

void AccountSession::learnIdentity()
{
    m_identityRequests->drop();
    setIdentity({});
    m_identityPending = true;
    QObject *context = m_identityRequests->context();
    m_api->fetchMe(context, [this, context](const Result<AccountInfo> &info) {
        m_identityPending = false;
        if (!info) {
            qCInfo(lcSession) << "who is signed in is unknown:" << info.error().message;
            return;
        }
        const qint64 clientId = info.value().clientId;
        const qint64 me = info.value().currentUserId;
        m_users->setAccountId(clientId); // roles are per account
        Identity known;
        known.accountId = clientId;
        known.userId = me;
        setIdentity(known);
        takeProvisionalRole(); // the list may already say the role; the server confirms it below
        emit accountInfoKnown(info.value());
        m_api->fetchRole(clientId, me, context, [this](const Result<int> &role) {
            Identity answered = m_identity;
            if (role) {
                answered.roleId = role.value();
                answered.confirmed = true;
                setIdentity(answered);
            } else {
                // Not allowed to read roles is itself an answer; the list still says it.
                takeProvisionalRole();
            }
        });
    });
}

void AccountSession::confirmMyRole(int roleId)
{
    Identity changed = m_identity;
    changed.roleId = roleId;
    changed.confirmed = true;
    setIdentity(changed);
}

void AccountSession::takeProvisionalRole()
{
    if (!m_identity.isKnown() || m_identity.confirmed)
        return;
    const int row = m_users->rowOfUser(m_identity.userId);
    if (row < 0)
        return;
    Identity provisional = m_identity;
    provisional.roleId = m_users->roleId(row);
    setIdentity(provisional);
}

void AccountSession::setIdentity(const Identity &identity)
{
    if (identity == m_identity)
        return;
    m_identity = identity;
    emit identityChanged();
}

QString AccountSession::ageText(const QDateTime &when)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    const qint64 secs = std::max<qint64>(0, when.secsTo(QDateTime::currentDateTimeUtc()));
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n min ago", nullptr, int(secs / 60));
    if (local.date() == QDate::currentDate())
        return tr("today at %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    return locale.toString(local, QLocale::ShortFormat);
}
