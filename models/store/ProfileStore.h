#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

// An account Roster signs in to: where its API is and how. The secret that goes with it (API
// token or refresh token) is in the system keychain under CredentialStore::key(name, ...),
// never here.
struct AccountProfile
{
    enum class SignIn : quint8 { ApiToken, Password };

    QString name; // chosen by the person; also the keychain key's prefix
    QUrl baseUrl = QUrl(QStringLiteral("https://api.gcore.com"));
    SignIn signIn = SignIn::ApiToken;
    QString username; // the email for password sign-in
    qint64 clientId = 0; // the account, once known (GET /iam/clients/me)
    QString companyName;

    friend bool operator==(const AccountProfile &a, const AccountProfile &b)
    {
        return a.name == b.name && a.baseUrl == b.baseUrl && a.signIn == b.signIn && a.username == b.username
            && a.clientId == b.clientId && a.companyName == b.companyName;
    }
};

// The account profiles in QSettings (names, addresses, account ids; never secrets), and
// which one was used last.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<AccountProfile> profiles() const; // sorted by name
    std::optional<AccountProfile> profile(const QString &name) const;
    // Adds or replaces the profile of that name; refuses an empty name, one with '/', and an
    // address Roster would not talk to (http:// is for this computer only).
    Result<Done> save(const AccountProfile &profile);
    bool remove(const QString &name);

    QString current() const; // empty when none
    void setCurrent(const QString &name);

private:
    QSettings *m_settings;
};
