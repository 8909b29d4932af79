#include "AccountTokens.h"

#include "AccountSession.h"

#include "api/AccountApi.h"
#include "domain/ActivityEntry.h"
#include "items/UsersModel.h"

#include <QLocale>
#include <QPointer>

#include <algorithm>

#include <memory>
#include <utility>

// One deleteTokens() call: what is left to delete, and how the others ended.
struct AccountTokens::Run
{
    QList<ApiToken> toDelete;
    QList<Deletion> done;
    QPointer<QObject> context;
    bool guarded = false;
    DeletionsDone finish;
};

AccountTokens::AccountTokens(AccountSession *session)
    : QObject(session)
    , m_session(session)
    , m_scope(this)
{
}

AccountTokens::~AccountTokens() = default;

QList<ApiToken> AccountTokens::issuedBy(qint64 userId) const
{
    QList<ApiToken> list;
    for (const ApiToken &token : m_tokens) {
        if (token.userId == userId)
            list.append(token);
    }
    return list;
}

void AccountTokens::reload()
{
    m_scope.drop();
    const qint64 clientId = m_session->users()->accountId();
    if (clientId == 0) {
        m_state = State::Failed;
        m_error = tr("The account is not known yet. Try again once the users are loaded.");
        emit changed();
        return;
    }
    m_state = State::Loading;
    emit changed();
    m_session->api()->fetchTokens(clientId, 0, m_scope.context(), [this](const Result<TokenList> &result) {
        if (result) {
            m_tokens = result.value().tokens;
            m_unreadable = result.value().unreadable;
            m_error.clear();
            m_state = State::Loaded;
        } else {
            m_error = result.error().text();
            m_state = State::Failed;
        }
        emit changed();
    });
}

void AccountTokens::deleteTokens(const QList<ApiToken> &tokens, QObject *context, DeletionsDone done)
{
    auto run = std::make_shared<Run>();
    run->toDelete = tokens;
    run->context = context;
    run->guarded = context != nullptr;
    run->finish = std::move(done);
    deleteNext(std::move(run));
}

void AccountTokens::deleteNext(std::shared_ptr<Run> run)
{
    if (run->guarded && !run->context)
        return; // the caller is gone: nothing more is sent
    if (run->toDelete.isEmpty()) {
        if (run->finish)
            run->finish(run->done);
        return;
    }
    const ApiToken token = run->toDelete.takeFirst();
    const qint64 clientId = m_session->users()->accountId();
    m_session->api()->deleteToken(clientId, token.id, this, [this, run, token](const Result<Done> &result) {
        Deletion deletion{token, {}, false};
        if (!result) {
            if (result.error().kind == ApiError::Kind::NotFound)
                deletion.alreadyGone = true;
            else
                deletion.error = result.error();
        }
        m_session->record(ActivityEntry::deleteToken(), token.userId, token.issuerEmail,
                          deletion.alreadyGone ? tr("API token “%1” was already deleted").arg(token.name)
                                               : tr("API token “%1”").arg(token.name),
                          deletion.error);
        if (deletion.deleted())
            forgetToken(token.id);
        run->done.append(std::move(deletion));
        deleteNext(run);
    });
}

void AccountTokens::forgetToken(qint64 tokenId)
{
    const auto gone = std::remove_if(m_tokens.begin(), m_tokens.end(),
                                     [tokenId](const ApiToken &t) { return t.id == tokenId; });
    if (gone == m_tokens.end())
        return;
    m_tokens.erase(gone, m_tokens.end());
    emit changed();
}

void AccountTokens::markIssuerRemoved(qint64 userId)
{
    bool any = false;
    for (ApiToken &token : m_tokens) {
        if (token.userId == userId && !token.issuerDeleted) {
            token.issuerDeleted = true;
            any = true;
        }
    }
    if (any)
        emit changed();
}

QString AccountTokens::expiryText(const ApiToken &token, const QDateTime &now)
{
    if (!token.expiresAt.isValid())
        return token.expiredFlag ? tr("Expired") : tr("Never");
    const QString date = QLocale().toString(token.expiresAt.toLocalTime(), QLocale::ShortFormat);
    return token.isExpired(now) ? tr("Expired on %1").arg(date) : date;
}

QString AccountTokens::lastUsedText(const ApiToken &token)
{
    if (!token.lastUsedAt.isValid())
        return tr("Not known");
    return QLocale().toString(token.lastUsedAt.toLocalTime(), QLocale::ShortFormat);
}
