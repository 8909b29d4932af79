#pragma once

#include "api/SignInApi.h"
#include "domain/ApiError.h"
#include "domain/Result.h"
#include "store/ProfileStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class AccountApi;
class AccountSession;
class ActivityLog;
class CredentialStore;
class DemoAccount;
class DemoPlatform;
class MainWindow;
class QSettings;
class SignInDialog;
class UserCache;
struct Notice;

// The session manager: which accounts are open and everything that goes with one. It keeps the
// account profiles (ProfileStore), their secrets (CredentialStore, the system keychain), and
// for the open account its backend (GcoreAccountApi, or the demo account), its local cache
// (UserCache), its activity log (ActivityLog) and the AccountSession on top of them, which the
// window shows.
//
// Opening a profile shows its cached users at once, reads its secret from the keychain, then
// starts the session (who is signed in, then the users); a new refresh token is written back
// each time the server issues one. Adding an account, signing in again and signing out go
// through here; the window only asks, and hears back through the session's notices.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString demoFile; // the demo account's file
        bool demoReset = false;
        int demoLatencyMs = 150;
        QString cacheFolder; // one cache file per profile in here
        bool unattended = false; // no dialogs, no questions (screenshots, probes)
    };

    Workspace(QSettings *settings, CredentialStore *credentials, Options options, QObject *parent = nullptr);
    ~Workspace() override;

    // The backend of an account on the network: the one place that knows it is Gcore's.
    static std::unique_ptr<SignInApi> makeRemoteApi(QNetworkAccessManager *network, const QUrl &baseUrl);

    // Opens the demo account (`demo`), else the last profile used, else the demo account.
    // Fails only when the demo account cannot be opened.
    Result<Done> openInitial(bool demo);
    // The open account, to build the window on; valid after openInitial().
    AccountSession *session() const;
    AccountApi *api() const;
    ActivityLog *activityLog() const;
    // Attaches the window: from now on it shows the open account and its requests come here.
    void attach(MainWindow *window);

    // The profile open now; empty for the demo account.
    QString currentProfile() const;
    ProfileStore &profiles() { return m_profiles; }
    QNetworkAccessManager *network() { return &m_network; }
    // The sign-in dialog while it is open (tests drive it).
    SignInDialog *signInDialog() const;

    // What the window's account switcher asks for.
    void openProfile(const QString &name);
    void openDemo();
    // Another account of the open sign-in (a password profile, or the demo's linked accounts):
    // the switch, then that account with its own cache and activity log.
    void openClient(qint64 clientId);
    // The account open now: its client id as far as known (0 before the server said).
    qint64 currentClient() const;
    void addAccount();
    void signInAgain();
    void signOut(); // asks first

    // The folder of cache files, and the cache file of a profile's account (0: the profile's
    // first account, or the only one of an API token).
    static QString defaultCacheFolder();
    QString cachePath(const QString &profile, qint64 clientId = 0) const;

signals:
    // The open account changed (after the window was given the new session).
    void accountOpened(const QString &profile);
    // A secret was read or written (tests wait for it); `ok` false when it failed.
    void secretStored(bool ok);

private:
    struct OpenAccount;

    void open(std::unique_ptr<OpenAccount> account);
    std::unique_ptr<OpenAccount> makeAccount(const QString &profile, std::unique_ptr<AccountApi> api,
                                             qint64 clientId = 0);
    std::unique_ptr<OpenAccount> makeDemoAccount(qint64 clientId = 0);
    void updateClientList();
    void startSession(const AccountProfile &profile);
    void showSignIn(const std::optional<AccountProfile> &existing);
    void finishSignIn(const AccountProfile &profile, const QString &secret);
    void storeSecret(const QString &key, const QString &secret, std::function<void(bool)> then);
    void offerSessionOnly(const ApiError &error, std::function<void(bool)> then);
    void updateAccountList();
    void doSignOut(const QString &name);
    void tell(const Notice &notice);
    // Empty profile: the demo account's.
    QString activityPath(const QString &profile, qint64 clientId = 0) const;
    void recordSession(const QString &action, const QString &detail);
    std::unique_ptr<SignInApi> makeApi(const AccountProfile &profile);
    SignInApi *remoteApi() const; // the open account's, when it is not the demo
    Result<Done> openDemoFile();
    QString secretKey(const AccountProfile &profile) const;

    QSettings *m_settings;
    CredentialStore *m_credentials;
    Options m_options;
    ProfileStore m_profiles;
    QNetworkAccessManager m_network;

    std::unique_ptr<DemoAccount> m_demo;
    std::unique_ptr<DemoPlatform> m_demoPlatform; // its linked accounts; null when they cannot open
    std::unique_ptr<OpenAccount> m_open;
    QStringList m_problems; // why the account's cache or log could not be opened, until told

    QPointer<MainWindow> m_window;
    QPointer<SignInDialog> m_dialog;
    QString m_secretProblem; // why the last secret could not be kept; empty when refused

    Q_DISABLE_COPY_MOVE(Workspace)
};
