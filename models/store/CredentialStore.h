#pragma once

#include "api/AccountApi.h"

#include <QHash>
#include <QObject>
#include <QString>

// Secrets (API tokens, refresh tokens) in the system keychain and nowhere else (design.md,
// "Secrets"), through QtKeychain. There is no plaintext fallback: when no keychain is
// available the error says so (kind Unsupported), and only if the person agrees does the
// store keep secrets in memory for this session (setSessionOnly). Secrets never reach a log
// line or an error message. Asynchronous like every request: exactly one answer per call,
// none once `context` is gone.
class CredentialStore final : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(const QString &service = QStringLiteral("Roster"), QObject *parent = nullptr);

    // Keys name a profile and a kind of secret: key("work", "api-token").
    static QString key(const QString &profile, const QString &kind);

    void write(const QString &key, const QString &secret, QObject *context, ApiCallback<Done> done);
    // NotFound when there is no such secret.
    void read(const QString &key, QObject *context, ApiCallback<QString> done);
    // Removing what is not there is not an error.
    void remove(const QString &key, QObject *context, ApiCallback<Done> done);

    void setSessionOnly(bool sessionOnly);
    bool isSessionOnly() const { return m_sessionOnly; }

private:
    Q_DISABLE_COPY_MOVE(CredentialStore)

    QString m_service;
    bool m_sessionOnly = false;
    QHash<QString, QString> m_session; // secrets kept for this session only, when chosen
};
