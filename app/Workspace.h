#pragma once

#include "domain/ApiError.h"
#include "domain/Result.h"
#include "store/ProfileStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <memory>

class AccountApi;
class ActivityLog;
class CredentialStore;
class DemoAccount;
class GcoreAccountApi;
class MainWindow;
class QSettings;
class QWidget;
class SignInDialog;
class UserCache;

// Which account the main window shows, and everything that goes with it: the account
// profiles (ProfileStore), their secrets (CredentialStore, the system keychain), a local
// cache per profile (UserCache), and the backend (GcoreAccountApi, or the demo account).
//
// Opening a profile shows its cached users at once, reads its secret from the keychain, then
// refreshes; a new refresh token is written back each time the server issues one. Adding an
// account, signing in again and signing out go through here; the window only asks.
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

    // Opens the demo account (`demo`), else the last profile used, else the demo account.
    // Fails only when the demo account cannot be opened.
    Result<Done> openInitial(bool demo);
    // The backend to build the window on; valid after openInitial().
    AccountApi *api() const;
    // Attaches the window: from now on it shows the open account and its requests come here.
    void attach(MainWindow *window);

    // The profile open now; empty for the demo account.
    QString currentProfile() const { return m_profileName; }
    ProfileStore &profiles() { return m_profiles; }
    QNetworkAccessManager *network() { return &m_network; }
    // The sign-in dialog while it is open (tests drive it).
    SignInDialog *signInDialog() const;

    // What the window's account switcher asks for.
    void openProfile(const QString &name);
    void openDemo();
    void addAccount();
    void signInAgain();
    void signOut(); // asks first

    // The folder of cache files, and the cache file of a profile.
    static QString defaultCacheFolder();
    QString cachePath(const QString &profile) const;
    ActivityLog *activityLog() const { return m_activity.get(); }

signals:
    // The open account changed (after the window was given the new backend).
    void accountOpened(const QString &profile);
    // A secret was read or written (tests wait for it); `ok` false when it failed.
    void secretStored(bool ok);

private:
    void switchTo(std::unique_ptr<AccountApi> api, std::unique_ptr<UserCache> cache, const QString &profile);
    void startSession(const AccountProfile &profile);
    void learnAccount(const AccountProfile &profile);
    void showSignIn(const std::optional<AccountProfile> &existing);
    void finishSignIn(const AccountProfile &profile, const QString &secret);
    void storeSecret(const QString &key, const QString &secret, std::function<void(bool)> then);
    void offerSessionOnly(const ApiError &error, std::function<void(bool)> then);
    void updateAccountList();
    void doSignOut(const QString &name);
    std::unique_ptr<UserCache> openCache(const QString &profile);
    std::unique_ptr<ActivityLog> openActivityLog(const QString &path);
    QString activityPath(const QString &profile) const; // empty profile: the demo account's
    void recordSession(const QString &action, const QString &detail);
    std::unique_ptr<GcoreAccountApi> makeApi(const AccountProfile &profile);
    Result<Done> openDemoAccount();
    QString secretKey(const AccountProfile &profile) const;

    QSettings *m_settings;
    CredentialStore *m_credentials;
    Options m_options;
    ProfileStore m_profiles;
    QNetworkAccessManager m_network;

    std::unique_ptr<DemoAccount> m_demo;
    std::unique_ptr<AccountApi> m_api;
    std::unique_ptr<UserCache> m_cache;
    std::unique_ptr<ActivityLog> m_activity;
    QString m_profileName;
    // Owns the pending requests of the open account (keychain, /iam/clients/me); replaced
    // with the account, so no answer reaches the next one.
    QObject *m_sessionContext = nullptr;

    QPointer<MainWindow> m_window;
    QPointer<SignInDialog> m_dialog;
    QString m_pendingNotice; // to show once the window is attached
    QString m_secretProblem; // why the last secret could not be kept; empty when refused

    Q_DISABLE_COPY_MOVE(Workspace)
};
