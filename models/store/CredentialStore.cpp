#include "CredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <functional>

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

// Starts `job` and hands what `result` makes of it to `done`, unless `context` is gone by then.
template <typename T>
void run(QKeychain::Job *job, const QString &key, QObject *context, ApiCallback<T> done,
         std::function<Result<T>(QKeychain::Job *)> result)
{
    job->setAutoDelete(true);
    job->setKey(key);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job->parent(),
                     [guard, guarded, done = std::move(done), result = std::move(result)](QKeychain::Job *finished) {
                         if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
                             qCWarning(lcSecrets) << "keychain:" << finished->errorString();
                         if ((!guarded || guard) && done)
                             done(result(finished));
                     });
    job->start();
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
    job->setTextData(secret);
    run<Done>(job, key, context, std::move(done), [](QKeychain::Job *finished) -> Result<Done> {
        if (finished->error() == QKeychain::NoError)
            return Done{};
        return keychainError(finished->error(), finished->errorString());
    });
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
    run<QString>(new QKeychain::ReadPasswordJob(m_service, this), key, context, std::move(done),
                 [](QKeychain::Job *finished) -> Result<QString> {
                     if (finished->error() == QKeychain::NoError)
                         return static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                     return keychainError(finished->error(), finished->errorString());
                 });
}

void CredentialStore::remove(const QString &key, QObject *context, ApiCallback<Done> done)
{
    if (m_sessionOnly) {
        m_session.remove(key);
        answerLater<Done>(this, context, std::move(done), Done{});
        return;
    }
    run<Done>(new QKeychain::DeletePasswordJob(m_service, this), key, context, std::move(done),
              [](QKeychain::Job *finished) -> Result<Done> {
                  if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
                      return Done{};
                  return keychainError(finished->error(), finished->errorString());
              });
}
