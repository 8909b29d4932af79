#pragma once

#include "api/RequestScope.h"
#include "domain/ApiError.h"
#include "domain/ApiTypes.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class AccountSession;

// The account's permanent API tokens (GET /iam/v2/clients/{c}/tokens), as last loaded, and
// deleting them: the API tokens dock shows this list, and a removal blocked by tokens deletes
// them through here. Every deletion is recorded in the activity log, once, with how it ended.
class AccountTokens final : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8 { NotLoaded, Loading, Loaded, Failed };
    // How one deletion ended: `error` is empty when the token is gone (deleted now, or already
    // gone: NotFound counts as deleted, with `alreadyGone`).
    struct Deletion
    {
        ApiToken token;
        ApiError error;
        bool alreadyGone = false;
        bool deleted() const { return !error.isError(); }
    };
    using DeletionsDone = std::function<void(const QList<Deletion> &)>;

    explicit AccountTokens(AccountSession *session);
    ~AccountTokens() override;

    State state() const { return m_state; }
    // The list last loaded, kept while reloading or after a failure.
    const QList<ApiToken> &tokens() const { return m_tokens; }
    // Entries of the last list that could not be read (left out of tokens()).
    int unreadable() const { return m_unreadable; }
    QString errorText() const { return m_error; } // Failed: why
    // The tokens of the last list that `userId` issued.
    QList<ApiToken> issuedBy(qint64 userId) const;

    // Asks for the list again, dropping an answer still to come.
    void reload();
    // Deletes `tokens` one after another and tells `done` how each ended, in order (unless
    // `context` goes first). The deleted ones leave the list.
    void deleteTokens(const QList<ApiToken> &tokens, QObject *context, DeletionsDone done);
    // `userId` was removed from the account: their tokens now show them as deleted.
    void markIssuerRemoved(qint64 userId);
    // The token is gone from the account (deleted here or by another path): it leaves the list.
    void forgetToken(qint64 tokenId);

    // "never", a date, "expired on …": for lists and dialogs.
    static QString expiryText(const ApiToken &token, const QDateTime &now);
    static QString lastUsedText(const ApiToken &token);

signals:
    // The list or its state changed.
    void changed();

private:
    struct Run;
    void deleteNext(std::shared_ptr<Run> run);

    AccountSession *m_session;
    RequestScope m_scope;
    State m_state = State::NotLoaded;
    QList<ApiToken> m_tokens;
    int m_unreadable = 0;
    QString m_error;

    Q_DISABLE_COPY_MOVE(AccountTokens)
};
