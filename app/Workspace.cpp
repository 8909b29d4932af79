#include "Workspace.h"

#include "ActivityPanel.h"
#include "Banner.h"
#include "MainWindow.h"
#include "SignInDialog.h"

#include "api/GcoreAccountApi.h"
#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "items/UsersModel.h"
#include "domain/ActivityEntry.h"
#include "store/ActivityLog.h"
#include "store/CredentialStore.h"
#include "store/UserCache.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

Q_LOGGING_CATEGORY(lcWorkspace, "roster.workspace", QtInfoMsg)

namespace {

QString apiTokenKind()
{
    return QStringLiteral("api-token");
}

QString refreshTokenKind()
{
    return QStringLiteral("refresh-token");
}

} // namespace

Workspace::Workspace(QSettings *settings, CredentialStore *credentials, Options options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_options(std::move(options))
    , m_profiles(settings)
{
    if (m_options.cacheFolder.isEmpty())
        m_options.cacheFolder = defaultCacheFolder();
}

Workspace::~Workspace()
{
    // Requests go before the backend that serves them, the backend before the demo file.
    delete m_sessionContext;
    if (m_api)
        m_api->cancelAll();
    if (m_dialog)
        delete m_dialog;
}

QString Workspace::defaultCacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/accounts");
}

QString Workspace::cachePath(const QString &profile) const
{
    // Profile names are the person's words: spaces, umlauts, dots. File names get them encoded.
    const QString file = QString::fromLatin1(QUrl::toPercentEncoding(profile, " ", "."));
    return m_options.cacheFolder + u'/' + file + QStringLiteral(".sqlite");
}

QString Workspace::activityPath(const QString &profile) const
{
    if (profile.isEmpty()) {
        const QString demo = m_options.demoFile.isEmpty() ? DemoAccount::defaultPath() : m_options.demoFile;
        return QFileInfo(demo).absolutePath() + QStringLiteral("/demo-activity.sqlite");
    }
    QString path = cachePath(profile);
    path.chop(int(qstrlen(".sqlite")));
    return path + QStringLiteral(".activity.sqlite");
}

std::unique_ptr<ActivityLog> Workspace::openActivityLog(const QString &path)
{
    auto log = std::make_unique<ActivityLog>(path);
    const Result<Done> opened = log->open();
    if (!opened) {
        qCWarning(lcWorkspace) << "no activity log:" << opened.error().message;
        m_pendingNotice = tr("Roster cannot keep the activity log of this account: %1").arg(opened.error().message);
        return nullptr;
    }
    return log;
}

void Workspace::recordSession(const QString &action, const QString &detail)
{
    if (!m_window)
        return;
    ActivityEntry entry;
    entry.action = action;
    entry.detail = detail;
    m_window->activityPanel()->record(entry);
}

QString Workspace::secretKey(const AccountProfile &profile) const
{
    return CredentialStore::key(profile.name, profile.signIn == AccountProfile::SignIn::ApiToken ? apiTokenKind()
                                                                                                : refreshTokenKind());
}

SignInDialog *Workspace::signInDialog() const
{
    return m_dialog;
}

AccountApi *Workspace::api() const
{
    return m_api.get();
}

Result<Done> Workspace::openDemoAccount()
{
    if (m_demo)
        return Done{};
    auto demo = std::make_unique<DemoAccount>(m_options.demoFile.isEmpty() ? DemoAccount::defaultPath()
                                                                           : m_options.demoFile);
    const Result<Done> opened = demo->open(m_options.demoReset);
    if (!opened)
        return opened;
    m_demo = std::move(demo);
    return Done{};
}

std::unique_ptr<UserCache> Workspace::openCache(const QString &profile)
{
    auto cache = std::make_unique<UserCache>(cachePath(profile));
    const Result<Done> opened = cache->open();
    if (!opened) {
        // Roster works without it; it only opens slower and not offline.
        qCWarning(lcWorkspace) << "no cache for this profile:" << opened.error().message;
        m_pendingNotice = tr("Roster cannot keep a local copy of this account's users, so it cannot show them "
                             "offline: %1")
                              .arg(opened.error().message);
        return nullptr;
    }
    if (!cache->movedAsidePath().isEmpty())
        qCWarning(lcWorkspace) << "the damaged cache was set aside as" << cache->movedAsidePath();
    return cache;
}

std::unique_ptr<GcoreAccountApi> Workspace::makeApi(const AccountProfile &profile)
{
    auto api = std::make_unique<GcoreAccountApi>(&m_network, profile.baseUrl);
    if (profile.signIn == AccountProfile::SignIn::Password) {
        // Refresh tokens work once: keep every new one, or the next start cannot sign in.
        const QString key = CredentialStore::key(profile.name, refreshTokenKind());
        connect(api.get(), &GcoreAccountApi::refreshTokenChanged, this, [this, key](const QString &token) {
            if (token.isEmpty())
                return; // the session ended; signing out removes the stored one
            storeSecret(key, token, [](bool) {});
        });
    }
    return api;
}

Result<Done> Workspace::openInitial(bool demo)
{
    if (!demo) {
        if (const std::optional<AccountProfile> profile = m_profiles.profile(m_profiles.current())) {
            m_profileName = profile->name;
            m_api = makeApi(*profile);
            m_cache = openCache(profile->name);
            m_activity = openActivityLog(activityPath(profile->name));
            return Done{};
        }
    }
    const Result<Done> opened = openDemoAccount();
    if (!opened)
        return opened;
    auto api = std::make_unique<DemoAccountApi>(m_demo.get());
    api->setLatency(m_options.demoLatencyMs);
    m_api = std::move(api);
    m_profileName.clear();
    m_activity = openActivityLog(activityPath(QString()));
    return Done{};
}

void Workspace::attach(MainWindow *window)
{
    m_window = window;
    connect(window, &MainWindow::accountRequested, this, [this](const QString &profile) {
        if (profile.isEmpty())
            openDemo();
        else
            openProfile(profile);
    });
    connect(window, &MainWindow::addAccountRequested, this, &Workspace::addAccount);
    connect(window, &MainWindow::signOutRequested, this, &Workspace::signOut);
    connect(window, &MainWindow::signInAgainRequested, this, &Workspace::signInAgain);
    window->setActivityLog(m_activity.get());
    updateAccountList();

    if (m_profileName.isEmpty()) {
        window->refresh();
        if (m_profiles.profiles().isEmpty() && !m_options.unattended) {
            window->banner()->showMessage(Banner::Level::Info,
                                          tr("This is the demo account: its people are made up and nothing you do "
                                             "here reaches a real account."));
            connect(window->banner()->addButton(tr("Sign In to Your Account…")), &QPushButton::clicked, this,
                    &Workspace::addAccount);
        }
        return;
    }
    window->setBackend(m_api.get(), m_cache.get(), false);
    if (!m_pendingNotice.isEmpty())
        window->banner()->showMessage(Banner::Level::Warning, std::exchange(m_pendingNotice, {}));
    if (const std::optional<AccountProfile> profile = m_profiles.profile(m_profileName))
        startSession(*profile);
}

void Workspace::updateAccountList()
{
    if (!m_window)
        return;
    QStringList names;
    for (const AccountProfile &profile : m_profiles.profiles())
        names.append(profile.name);
    m_window->setAccountList(names, m_profileName);
}

void Workspace::switchTo(std::unique_ptr<AccountApi> api, std::unique_ptr<UserCache> cache, const QString &profile)
{
    delete m_sessionContext;
    m_sessionContext = nullptr;
    // The window lets go of the old backend (cancelling its load) before it is deleted.
    std::unique_ptr<ActivityLog> activity = openActivityLog(activityPath(profile));
    if (m_window) {
        m_window->setBackend(api.get(), cache.get(), profile.isEmpty());
        m_window->setActivityLog(activity.get());
    }
    if (m_api)
        m_api->cancelAll();
    m_api = std::move(api);
    m_cache = std::move(cache);
    m_activity = std::move(activity);
    m_profileName = profile;
    updateAccountList();
    if (m_window && !m_pendingNotice.isEmpty())
        m_window->banner()->showMessage(Banner::Level::Warning, std::exchange(m_pendingNotice, {}));
    emit accountOpened(profile);
}

void Workspace::openDemo()
{
    const Result<Done> opened = openDemoAccount();
    if (!opened) {
        if (m_window)
            m_window->banner()->showMessage(Banner::Level::Error, opened.error().message);
        updateAccountList();
        return;
    }
    auto api = std::make_unique<DemoAccountApi>(m_demo.get());
    api->setLatency(m_options.demoLatencyMs);
    switchTo(std::move(api), nullptr, QString());
}

void Workspace::openProfile(const QString &name)
{
    const std::optional<AccountProfile> profile = m_profiles.profile(name);
    if (!profile) {
        updateAccountList();
        return;
    }
    m_profiles.setCurrent(name);
    switchTo(makeApi(*profile), openCache(name), name);
    startSession(*profile);
}

void Workspace::startSession(const AccountProfile &profile)
{
    m_sessionContext = new QObject(this);
    m_credentials->read(secretKey(profile), m_sessionContext, [this, profile](const Result<QString> &secret) {
        if (!m_window)
            return;
        if (!secret) {
            if (secret.error().kind == ApiError::Kind::NotFound)
                m_window->showSignInNeeded(
                    tr("Roster has no secret for %1 in the keychain. Sign in to see the account's users.").arg(profile.name));
            else
                m_window->showSignInNeeded(tr("Roster could not read the secret for %1: %2")
                                               .arg(profile.name, secret.error().message));
            return;
        }
        auto *api = static_cast<GcoreAccountApi *>(m_api.get());
        if (profile.signIn == AccountProfile::SignIn::ApiToken)
            api->setApiToken(secret.value());
        else
            api->restoreSession(secret.value());
        m_window->refresh();
        learnAccount(profile);
    });
}

void Workspace::learnAccount(const AccountProfile &profile)
{
    m_api->fetchMe(m_sessionContext, [this, profile](const Result<AccountInfo> &info) {
        if (!info || !m_window)
            return; // the list's own refresh reports what went wrong
        m_window->usersModel()->setAccountId(info.value().clientId);
        const QString company = info.value().companyName.isEmpty() ? profile.name : info.value().companyName;
        m_window->setAccountDescription(tr("%1 · %2").arg(company, profile.baseUrl.host()));
        if (profile.clientId != info.value().clientId || profile.companyName != info.value().companyName) {
            AccountProfile known = profile;
            known.clientId = info.value().clientId;
            known.companyName = info.value().companyName;
            m_profiles.save(known);
        }
    });
}

void Workspace::addAccount()
{
    showSignIn(std::nullopt);
}

void Workspace::signInAgain()
{
    showSignIn(m_profiles.profile(m_profileName));
}

void Workspace::showSignIn(const std::optional<AccountProfile> &existing)
{
    if (m_options.unattended)
        return;
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    QStringList taken;
    for (const AccountProfile &profile : m_profiles.profiles()) {
        if (!existing || profile.name != existing->name)
            taken.append(profile.name);
    }
    if (m_dialog)
        m_dialog->deleteLater(); // closed, not yet deleted
    m_dialog = new SignInDialog(&m_network, taken, m_window);
    m_dialog->setObjectName(QStringLiteral("signInDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        m_dialog->setProfile(*existing);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        finishSignIn(dialog->profile(), dialog->secret());
    });
    m_dialog->open();
}

void Workspace::finishSignIn(const AccountProfile &profile, const QString &secret)
{
    storeSecret(secretKey(profile), secret, [this, profile](bool stored) {
        if (!stored) {
            if (m_window)
                m_window->banner()->showMessage(
                    Banner::Level::Error,
                    m_secretProblem.isEmpty()
                        ? tr("%1 was not added: without a keychain Roster has nowhere to keep its secret.").arg(profile.name)
                        : tr("%1 was not added: %2").arg(profile.name, m_secretProblem));
            return;
        }
        // A profile that changed its way of signing in leaves no stale secret behind.
        const QString other = CredentialStore::key(
            profile.name, profile.signIn == AccountProfile::SignIn::ApiToken ? refreshTokenKind() : apiTokenKind());
        m_credentials->remove(other, this, [](const Result<Done> &) {});
        const Result<Done> saved = m_profiles.save(profile);
        if (!saved) {
            if (m_window)
                m_window->banner()->showMessage(Banner::Level::Error, saved.error().message);
            return;
        }
        openProfile(profile.name);
        recordSession(ActivityEntry::signIn(),
                      profile.signIn == AccountProfile::SignIn::ApiToken
                          ? tr("Signed in to %1 with an API token").arg(profile.baseUrl.toDisplayString())
                          : tr("Signed in to %1 as %2").arg(profile.baseUrl.toDisplayString(), profile.username));
    });
}

void Workspace::storeSecret(const QString &key, const QString &secret, std::function<void(bool)> then)
{
    m_credentials->write(key, secret, this, [this, key, secret, then](const Result<Done> &written) {
        if (written) {
            emit secretStored(true);
            then(true);
            return;
        }
        const ApiError error = written.error();
        const bool noKeychain = error.kind == ApiError::Kind::Unsupported || error.kind == ApiError::Kind::Storage;
        if (noKeychain && !m_credentials->isSessionOnly()) {
            offerSessionOnly(error, [this, key, secret, then](bool agreed) {
                if (!agreed) {
                    m_secretProblem.clear();
                    emit secretStored(false);
                    then(false);
                    return;
                }
                m_credentials->setSessionOnly(true);
                storeSecret(key, secret, then);
            });
            return;
        }
        m_secretProblem = tr("Roster could not keep the secret in the keychain: %1").arg(error.message);
        if (m_window)
            m_window->banner()->showMessage(Banner::Level::Error, m_secretProblem);
        emit secretStored(false);
        then(false);
    });
}

void Workspace::offerSessionOnly(const ApiError &error, std::function<void(bool)> then)
{
    if (m_options.unattended || !m_window) {
        then(false);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("No Keychain"),
                                tr("Roster found no keychain to keep the secret in (%1).").arg(error.message),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("sessionOnlyQuestion"));
    box->setInformativeText(tr("Roster never writes secrets to a plain file. It can keep this one in memory "
                               "until you close Roster; you would sign in again next time."));
    QPushButton *keep = box->addButton(tr("Keep for This Session"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, keep, then] { then(box->clickedButton() == keep); });
    box->open();
}

void Workspace::signOut()
{
    if (m_profileName.isEmpty() || !m_window)
        return;
    const QString name = m_profileName;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Sign Out"), tr("Sign out of %1?").arg(name),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("signOutQuestion"));
    box->setInformativeText(tr("Roster removes the account's secret from the keychain and its saved users from "
                               "this computer. Nothing changes in the account itself."));
    QPushButton *confirm = box->addButton(tr("Sign Out"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(confirm);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, name] {
        if (box->clickedButton() == confirm && name == m_profileName)
            doSignOut(name);
    });
    box->open();
}

void Workspace::doSignOut(const QString &name)
{
    if (auto *api = qobject_cast<GcoreAccountApi *>(m_api.get()))
        api->signOut();
    const QString cache = cachePath(name);
    recordSession(ActivityEntry::signOut(), tr("Signed out of %1; its secret and saved users were removed").arg(name));
    openDemo(); // lets go of the account's backend and cache first
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cache + suffix);
    int pending = 2;
    auto failures = std::make_shared<QStringList>();
    const auto removed = [this, name, failures, pending](const Result<Done> &result) mutable {
        if (!result)
            failures->append(result.error().message);
        if (--pending > 0 || !m_window)
            return;
        if (failures->isEmpty())
            m_window->banner()->showMessage(Banner::Level::Success,
                                            tr("Signed out of %1. Its secret was removed from the keychain.").arg(name));
        else
            m_window->banner()->showMessage(
                Banner::Level::Error,
                tr("Signed out of %1, but its secret could not be removed from the keychain: %2")
                    .arg(name, failures->constFirst()));
    };
    // One callback object, shared by both answers so it counts them.
    auto shared = std::make_shared<std::function<void(const Result<Done> &)>>(removed);
    for (const QString &kind : {apiTokenKind(), refreshTokenKind()})
        m_credentials->remove(CredentialStore::key(name, kind), this,
                              [shared](const Result<Done> &result) { (*shared)(result); });
}
