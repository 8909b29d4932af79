#include "Workspace.h"

#include "MainWindow.h"
#include "SignInDialog.h"

#include "api/GcoreAccountApi.h"
#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "demo/DemoPlatform.h"
#include "demo/DemoSeed.h"
#include "domain/ActivityEntry.h"
#include "session/AccountSession.h"
#include "store/ActivityLog.h"
#include "store/CredentialStore.h"
#include "store/UserCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

// An open account: its backend, its local files, and the session on top of them. The session
// goes first, then the requests of the backend, then the files.
struct Workspace::OpenAccount
{
    QString profile; // empty: the demo account
    qint64 clientId = 0; // the account of the profile or demo; 0: its first
    std::unique_ptr<AccountApi> api;
    std::unique_ptr<UserCache> cache;
    std::unique_ptr<ActivityLog> log;
    std::unique_ptr<AccountSession> session;

    ~OpenAccount()
    {
        session.reset();
        if (api)
            api->cancelAll();
    }
};

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
    // The dialog's requests and the account go before the backend's network and the demo file.
    if (m_dialog)
        delete m_dialog;
    m_open.reset();
    m_demoPlatform.reset();
}

std::unique_ptr<SignInApi> Workspace::makeRemoteApi(QNetworkAccessManager *network, const QUrl &baseUrl)
{
    return std::make_unique<GcoreAccountApi>(network, baseUrl);
}

QString Workspace::defaultCacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/accounts");
}

QString Workspace::cachePath(const QString &profile, qint64 clientId) const
{
    // Profile names are the person's words: spaces, umlauts, dots. File names get them encoded.
    QString file = QString::fromLatin1(QUrl::toPercentEncoding(profile, " ", "."));
    if (clientId != 0) {
        const std::optional<AccountProfile> known = m_profiles.profile(profile);
        if (known && known->homeClientId != 0 && known->homeClientId != clientId)
            file += QStringLiteral("@%1").arg(clientId);
    }
    return m_options.cacheFolder + u'/' + file + QStringLiteral(".sqlite");
}

QString Workspace::activityPath(const QString &profile, qint64 clientId) const
{
    if (profile.isEmpty()) {
        const QString demo = m_options.demoFile.isEmpty() ? DemoAccount::defaultPath() : m_options.demoFile;
        const bool linked = clientId != 0 && clientId != DemoSeed::ClientId;
        return QFileInfo(demo).absolutePath()
            + (linked ? QStringLiteral("/demo-activity-%1.sqlite").arg(clientId) : QStringLiteral("/demo-activity.sqlite"));
    }
    QString path = cachePath(profile, clientId);
    path.chop(int(qstrlen(".sqlite")));
    return path + QStringLiteral(".activity.sqlite");
}

AccountSession *Workspace::session() const
{
    return m_open ? m_open->session.get() : nullptr;
}

AccountApi *Workspace::api() const
{
    return m_open ? m_open->api.get() : nullptr;
}

ActivityLog *Workspace::activityLog() const
{
    return m_open ? m_open->log.get() : nullptr;
}

QString Workspace::currentProfile() const
{
    return m_open ? m_open->profile : QString();
}

qint64 Workspace::currentClient() const
{
    if (!m_open)
        return 0;
    const qint64 known = m_open->session->identity().accountId;
    return known != 0 ? known : m_open->clientId;
}

SignInApi *Workspace::remoteApi() const
{
    return m_open ? qobject_cast<SignInApi *>(m_open->api.get()) : nullptr;
}

SignInDialog *Workspace::signInDialog() const
{
    return m_dialog;
}

QString Workspace::secretKey(const AccountProfile &profile) const
{
    return CredentialStore::key(profile.name, profile.signIn == AccountProfile::SignIn::ApiToken ? apiTokenKind()
                                                                                                : refreshTokenKind());
}

void Workspace::tell(const Notice &notice)
{
    if (AccountSession *open = session())
        open->notify(notice);
}

void Workspace::recordSession(const QString &action, const QString &detail)
{
    ActivityEntry entry;
    entry.action = action;
    entry.detail = detail;
    if (AccountSession *open = session())
        open->record(entry);
}

Result<Done> Workspace::openDemoFile()
{
    if (m_demo)
        return Done{};
    auto demo = std::make_unique<DemoAccount>(m_options.demoFile.isEmpty() ? DemoAccount::defaultPath()
                                                                           : m_options.demoFile);
    const Result<Done> opened = demo->open(m_options.demoReset);
    if (!opened)
        return opened;
    m_demo = std::move(demo);
    // The linked accounts are a bonus: without them the demo is one account.
    auto platform = std::make_unique<DemoPlatform>(m_demo.get());
    if (const Result<Done> linked = platform->open(m_options.demoReset); linked)
        m_demoPlatform = std::move(platform);
    else
        qCWarning(lcWorkspace) << "the demo's other accounts cannot be opened:" << linked.error().message;
    return Done{};
}

std::unique_ptr<Workspace::OpenAccount> Workspace::makeAccount(const QString &profile, std::unique_ptr<AccountApi> api,
                                                              qint64 clientId)
{
    auto account = std::make_unique<OpenAccount>();
    account->profile = profile;
    account->clientId = clientId;
    account->api = std::move(api);
    QString problem;
    if (!profile.isEmpty()) {
        account->cache = std::make_unique<UserCache>(cachePath(profile, clientId));
        const Result<Done> opened = account->cache->open();
        if (!opened) {
            // Roster works without it; it only opens slower and not offline.
            qCWarning(lcWorkspace) << "no cache for this profile:" << opened.error().message;
            problem = tr("Roster cannot keep a local copy of this account's users, so it cannot show them "
                         "offline: %1")
                          .arg(opened.error().message);
            account->cache.reset();
        } else if (!account->cache->movedAsidePath().isEmpty()) {
            qCWarning(lcWorkspace) << "the damaged cache was set aside as" << account->cache->movedAsidePath();
        }
    }
    account->log = std::make_unique<ActivityLog>(activityPath(profile, clientId));
    if (const Result<Done> opened = account->log->open(); !opened) {
        qCWarning(lcWorkspace) << "no activity log:" << opened.error().message;
        problem = tr("Roster cannot keep the activity log of this account: %1").arg(opened.error().message);
        account->log.reset();
    }
    account->session = std::make_unique<AccountSession>(account->api.get(), account->cache.get(), account->log.get());
    AccountSession *session = account->session.get();
    if (!problem.isEmpty())
        session->notify({Notice::Level::Warning, problem, {}, false});
    connect(session, &AccountSession::signInRequested, this, &Workspace::signInAgain);
    // The signed-in person's row says which other accounts the sign-in reaches.
    for (auto signal : {&AccountSession::loadFinished, &AccountSession::identityChanged}) {
        connect(session, signal, this, [this, session] {
            if (session == this->session())
                updateClientList();
        });
    }
    if (!profile.isEmpty()) {
        // The account's name and the signed-in person, as the server tells them.
        connect(session, &AccountSession::accountInfoKnown, this, [this, session, profile](const AccountInfo &info) {
            std::optional<AccountProfile> known = m_profiles.profile(profile);
            if (!known)
                return;
            const QString company = info.companyName.isEmpty() ? known->name : info.companyName;
            session->setDescription(tr("%1 · %2").arg(company, known->baseUrl.host()));
            if (known->clientId != info.clientId || known->companyName != info.companyName
                || known->homeClientId == 0) {
                known->clientId = info.clientId;
                known->companyName = info.companyName;
                if (known->homeClientId == 0)
                    known->homeClientId = info.clientId;
                m_profiles.save(*known);
            }
        });
    }
    return account;
}

std::unique_ptr<Workspace::OpenAccount> Workspace::makeDemoAccount(qint64 clientId)
{
    DemoAccount *account = m_demoPlatform && clientId != 0 ? m_demoPlatform->account(clientId) : nullptr;
    auto api = std::make_unique<DemoAccountApi>(account ? account : m_demo.get());
    api->setLatency(m_options.demoLatencyMs);
    api->setPlatform(m_demoPlatform.get());
    return makeAccount(QString(), std::move(api), account ? clientId : 0);
}

std::unique_ptr<SignInApi> Workspace::makeApi(const AccountProfile &profile)
{
    std::unique_ptr<SignInApi> api = makeRemoteApi(&m_network, profile.baseUrl);
    if (profile.signIn == AccountProfile::SignIn::Password) {
        // Refresh tokens work once: keep every new one, or the next start cannot sign in.
        const QString key = CredentialStore::key(profile.name, refreshTokenKind());
        connect(api.get(), &SignInApi::refreshTokenChanged, this, [this, key](const QString &token) {
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
            m_open = makeAccount(profile->name, makeApi(*profile), profile->clientId);
            // The users of last time, at once; the secret comes from the keychain first.
            m_open->session->waitForCredentials();
            return Done{};
        }
    }
    const Result<Done> opened = openDemoFile();
    if (!opened)
        return opened;
    m_open = makeDemoAccount();
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
    connect(window, &MainWindow::clientRequested, this, &Workspace::openClient);
    connect(window, &MainWindow::addAccountRequested, this, &Workspace::addAccount);
    connect(window, &MainWindow::signOutRequested, this, &Workspace::signOut);
    if (window->session() != session())
        window->setSession(session());
    updateAccountList();

    if (m_open->profile.isEmpty()) {
        m_open->session->start();
        if (m_profiles.profiles().isEmpty() && !m_options.unattended) {
            tell(Notice{Notice::Level::Info,
                        tr("This is the demo account: its people are made up and nothing you do here reaches a "
                           "real account."),
                        {},
                        false}
                     .withAction(tr("Sign In to Your Account…"), [this] { addAccount(); }));
        }
        return;
    }
    if (const std::optional<AccountProfile> profile = m_profiles.profile(m_open->profile))
        startSession(*profile);
}

void Workspace::updateAccountList()
{
    if (!m_window)
        return;
    QStringList names;
    for (const AccountProfile &profile : m_profiles.profiles())
        names.append(profile.name);
    m_window->setAccountList(names, currentProfile());
}

void Workspace::updateClientList()
{
    if (!m_window)
        return;
    QList<ClientRoles> clients;
    if (m_open) {
        const std::optional<AccountProfile> profile = m_profiles.profile(m_open->profile);
        // API-token profiles stay one account each.
        const bool reaches = m_open->profile.isEmpty() ? m_demoPlatform != nullptr
                                                       : profile && profile->signIn == AccountProfile::SignIn::Password;
        if (reaches)
            clients = m_open->session->myAccounts();
    }
    m_window->setClientList(clients, currentClient());
}

void Workspace::openClient(qint64 clientId)
{
    if (!m_open || clientId == currentClient())
        return;
    QString company = tr("account %1").arg(clientId);
    for (const ClientRoles &client : m_open->session->myAccounts()) {
        if (client.clientId == clientId && !client.companyName.isEmpty())
            company = client.companyName;
    }
    if (m_open->profile.isEmpty()) {
        if (!m_demoPlatform || !m_demoPlatform->account(clientId))
            return;
        open(makeDemoAccount(clientId));
        m_open->session->start();
        return;
    }
    const QString name = m_open->profile;
    const std::optional<AccountProfile> profile = m_profiles.profile(name);
    SignInApi *api = remoteApi();
    if (!profile || !api || profile->signIn != AccountProfile::SignIn::Password)
        return;
    AccountSession *before = session();
    // The backend stays: the switch gives it the new account's token pair (stored as usual), and
    // the new account's session takes it over.
    api->switchAccount(clientId, before, [this, before, name, clientId, company](const Result<Done> &switched) {
        if (before != session())
            return;
        if (!switched) {
            tell({Notice::Level::Error, tr("Roster could not open %1: %2").arg(company, switched.error().message), {},
                  false});
            updateClientList();
            return;
        }
        if (std::optional<AccountProfile> known = m_profiles.profile(name)) {
            known->clientId = clientId;
            m_profiles.save(*known);
        }
        std::unique_ptr<AccountApi> backend = std::move(m_open->api);
        open(makeAccount(name, std::move(backend), clientId));
        m_open->session->start();
    });
}

void Workspace::open(std::unique_ptr<OpenAccount> account)
{
    std::unique_ptr<OpenAccount> before = std::exchange(m_open, std::move(account));
    // The window lets go of the old session before it goes.
    if (m_window)
        m_window->setSession(m_open->session.get());
    before.reset();
    updateAccountList();
    updateClientList();
    emit accountOpened(m_open->profile);
}

void Workspace::openDemo()
{
    const Result<Done> opened = openDemoFile();
    if (!opened) {
        tell({Notice::Level::Error, opened.error().message, {}, false});
        updateAccountList();
        return;
    }
    open(makeDemoAccount());
    m_open->session->start();
}

void Workspace::openProfile(const QString &name)
{
    const std::optional<AccountProfile> profile = m_profiles.profile(name);
    if (!profile) {
        updateAccountList();
        return;
    }
    m_profiles.setCurrent(name);
    std::unique_ptr<OpenAccount> account = makeAccount(name, makeApi(*profile), profile->clientId);
    account->session->waitForCredentials();
    open(std::move(account));
    startSession(*profile);
}

void Workspace::startSession(const AccountProfile &profile)
{
    AccountSession *session = m_open->session.get();
    SignInApi *api = remoteApi();
    // The session is the context: another account opened meanwhile drops the answer.
    m_credentials->read(secretKey(profile), session, [profile, session, api](const Result<QString> &secret) {
        if (!secret) {
            if (secret.error().kind == ApiError::Kind::NotFound)
                session->requireSignIn(
                    tr("Roster has no secret for %1 in the keychain. Sign in to see the account's users.").arg(profile.name));
            else
                session->requireSignIn(
                    tr("Roster could not read the secret for %1: %2").arg(profile.name, secret.error().message));
            return;
        }
        if (profile.signIn == AccountProfile::SignIn::ApiToken)
            api->setApiToken(secret.value());
        else
            api->restoreSession(secret.value());
        // Who is signed in is asked only now, when the backend has the credentials.
        session->start();
    });
}

void Workspace::addAccount()
{
    showSignIn(std::nullopt);
}

void Workspace::signInAgain()
{
    showSignIn(m_profiles.profile(currentProfile()));
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
    m_dialog = new SignInDialog([this](const QUrl &baseUrl) { return makeRemoteApi(&m_network, baseUrl); }, taken,
                                m_window);
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
            tell({Notice::Level::Error,
                  m_secretProblem.isEmpty()
                      ? tr("%1 was not added: without a keychain Roster has nowhere to keep its secret.").arg(profile.name)
                      : tr("%1 was not added: %2").arg(profile.name, m_secretProblem),
                  {},
                  false});
            return;
        }
        // A profile that changed its way of signing in leaves no stale secret behind.
        const QString other = CredentialStore::key(
            profile.name, profile.signIn == AccountProfile::SignIn::ApiToken ? refreshTokenKind() : apiTokenKind());
        m_credentials->remove(other, this, [](const Result<Done> &) {});
        const Result<Done> saved = m_profiles.save(profile);
        if (!saved) {
            tell({Notice::Level::Error, saved.error().message, {}, false});
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
        tell({Notice::Level::Error, m_secretProblem, {}, false});
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
    if (currentProfile().isEmpty() || !m_window)
        return;
    const QString name = currentProfile();
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
        if (box->clickedButton() == confirm && name == currentProfile())
            doSignOut(name);
    });
    box->open();
}

void Workspace::doSignOut(const QString &name)
{
    if (SignInApi *api = remoteApi())
        api->signOut();
    const QString cache = cachePath(name);
    recordSession(ActivityEntry::signOut(), tr("Signed out of %1; its secret and saved users were removed").arg(name));
    openDemo(); // lets go of the account's backend and cache first
    // The caches of the sign-in's other accounts too ("<name>@<client id>.sqlite").
    QString base = QFileInfo(cache).fileName();
    base.chop(int(qstrlen(".sqlite")));
    const QDir folder(m_options.cacheFolder);
    QStringList caches{QFileInfo(cache).fileName()};
    for (const QString &file : folder.entryList({base + QStringLiteral("@*.sqlite")}, QDir::Files)) {
        if (!file.endsWith(QLatin1String(".activity.sqlite"))) // the log stays, as this account's does
            caches.append(file);
    }
    for (const QString &file : std::as_const(caches)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(folder.filePath(file + suffix));
    }
    int pending = 2;
    auto failures = std::make_shared<QStringList>();
    const auto removed = [this, name, failures, pending](const Result<Done> &result) mutable {
        if (!result)
            failures->append(result.error().message);
        if (--pending > 0)
            return;
        if (failures->isEmpty())
            tell({Notice::Level::Success, tr("Signed out of %1. Its secret was removed from the keychain.").arg(name),
                  {}, false});
        else
            tell({Notice::Level::Error,
                  tr("Signed out of %1, but its secret could not be removed from the keychain: %2")
                      .arg(name, failures->constFirst()),
                  {},
                  false});
    };
    // One callback object, shared by both answers so it counts them.
    auto shared = std::make_shared<std::function<void(const Result<Done> &)>>(removed);
    for (const QString &kind : {apiTokenKind(), refreshTokenKind()})
        m_credentials->remove(CredentialStore::key(name, kind), this,
                              [shared](const Result<Done> &result) { (*shared)(result); });
}
