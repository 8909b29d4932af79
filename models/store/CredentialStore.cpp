#include "CredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "roster.secrets", QtInfoMsg)

namespace {

ApiError keychainError(QKeychain::Error error, const QString &detail)
{
    using Kind = ApiError::Kind;
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return ApiError::make(Kind::NotFound,
                              QCoreApplication::translate("CredentialStore", "No secret is stored for this account."));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return ApiError::make(Kind::Forbidden,
                              QCoreApplication::translate("CredentialStore", "The system keychain refused access: %1")
                                  .arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return ApiError::make(Kind::Unsupported,
                              QCoreApplication::translate("CredentialStore",
                                                          "No system keychain is available to keep the secret safely."));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return ApiError::make(Kind::Storage,
                          QCoreApplication::translate("CredentialStore", "The system keychain failed: %1").arg(detail));
}

// Calls `done` from the event loop (never inside the call), unless `context` is gone.
template <typename T>
void answerLater(QObject *owner, QObject *context, ApiCallback<T> done, Result<T> result)
{
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    QTimer::singleShot(0, owner, [guard, guarded, done = std::move(done), result = std::move(result)] {
        if ((!guarded || guard) && done)
            done(result);
    });
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString CredentialStore::key(const QString &profile, const QString &kind)
{
    return profile + u'/' + kind;
}

void CredentialStore::setSessionOnly(bool sessionOnly)
{
    m_sessionOnly = sessionOnly;
    if (!sessionOnly)
        m_session.clear();
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, ApiCallback<Done> done)
{
    if (m_sessionOnly) {
        m_session.insert(key, secret);
        answerLater<Done>(this, context, std::move(done), Done{});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [guard, guarded, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            qCWarning(lcSecrets) << "storing a secret failed:" << finished->errorString();
        if ((guarded && !guard) || !done)
            return;
        if (finished->error() == QKeychain::NoError)
            done(Done{});
        else
            done(keychainError(finished->error(), finished->errorString()));
    });
    job->start();
}

void CredentialStore::read(const QString &key, QObject *context, ApiCallback<QString> done)
{
    if (m_sessionOnly) {
        const auto it = m_session.constFind(key);
        answerLater<QString>(this, context, std::move(done),
                             it == m_session.cend() ? Result<QString>(keychainError(QKeychain::EntryNotFound, {}))
                                                    : Result<QString>(it.value()));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [guard, guarded, done = std::move(done)](QKeychain::Job *finished) {
        if ((guarded && !guard) || !done)
            return;
        if (finished->error() == QKeychain::NoError)
            done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
        else
            done(keychainError(finished->error(), finished->errorString()));
    });
    job->start();
}

void CredentialStore::remove(const QString &key, QObject *context, ApiCallback<Done> done)
{
    if (m_sessionOnly) {
        m_session.remove(key);
        answerLater<Done>(this, context, std::move(done), Done{});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [guard, guarded, done = std::move(done)](QKeychain::Job *finished) {
        if ((guarded && !guard) || !done)
            return;
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            done(Done{});
        else
            done(keychainError(finished->error(), finished->errorString()));
    });
    job->start();
}
