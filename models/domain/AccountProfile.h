#pragma once

#include <QString>
#include <QUrl>

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
    qint64 clientId = 0; // the account open last, once known (GET /iam/clients/me)
    QString companyName;
    // The account a password sign-in landed in first: its cache and activity log keep the
    // profile's own file names, the other accounts of the sign-in get "<name>@<client id>".
    qint64 homeClientId = 0;

    friend bool operator==(const AccountProfile &a, const AccountProfile &b)
    {
        return a.name == b.name && a.baseUrl == b.baseUrl && a.signIn == b.signIn && a.username == b.username
            && a.clientId == b.clientId && a.companyName == b.companyName && a.homeClientId == b.homeClientId;
    }
};
