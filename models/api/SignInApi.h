#pragma once

#include "api/AccountApi.h"

#include <QUrl>

#include <functional>
#include <memory>

// An account Roster signs in to over the network (account-api.md, "Authentication"): what the
// application and the sign-in dialog need beyond AccountApi. The one implementation is
// GcoreAccountApi; app/ makes it, everyone else sees this interface, so the dialog can test a
// connection without knowing the concrete backend.
//
// Sign-in: a permanent API token (setApiToken), email and password with an optional one-time
// code (signIn), or a refresh token kept from an earlier session (restoreSession). Refresh
// tokens are single-use: every new one is announced with refreshTokenChanged() for the keychain.
class SignInApi : public AccountApi
{
    Q_OBJECT
public:
    using AccountApi::AccountApi;
    ~SignInApi() override = default;

    // https:// anywhere, http:// only on loopback (127.0.0.0/8, ::1, localhost).
    static bool isUrlAllowed(const QUrl &url);
    // The field name of the one-time code in the login request and in its ApiError.
    static QString oneTimePasswordField();

    // Each replaces the credentials before.
    virtual void setApiToken(const QString &token) = 0;
    virtual void signIn(const QString &username, const QString &password, const QString &oneTimePassword,
                        QObject *context, ApiCallback<Done> done) = 0;
    virtual void restoreSession(const QString &refreshToken) = 0; // the next request refreshes first
    // For people in several accounts: a new session in `clientId`; later requests act there.
    virtual void switchAccount(qint64 clientId, QObject *context, ApiCallback<Done> done) = 0;
    virtual void signOut() = 0; // forgets every credential (does not cancel requests)
    virtual bool hasCredentials() const = 0;

signals:
    // A new refresh token (empty: the session ended); the app keeps it in the keychain.
    void refreshTokenChanged(const QString &refreshToken);

private:
    Q_DISABLE_COPY_MOVE(SignInApi)
};

// Makes the backend of an account at `baseUrl` (owned by the caller).
using SignInApiFactory = std::function<std::unique_ptr<SignInApi>(const QUrl &baseUrl)>;
