#pragma once

#include "domain/ApiError.h"
#include "domain/ApiTypes.h"
#include "domain/User.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class AccountApi;
class AccountSession;

// Remove from All My Accounts: one person out of every account they share with the signed-in
// person (client_and_roles of both) where the signed-in person is an administrator.
//
// check() asks each account, one after another, whether the removal can go ahead there: the
// signed-in person must be an administrator there, and no unexpired API token of the person may
// block it (account-api.md). The other accounts are reached through backends of their own
// (AccountApi::openAccount), so this account's session goes on as it was. run() then removes the
// person from each account found ready — the others first, this account last, through
// UserOperations, so the table, the cache and the tokens list follow — records each removal in
// this account's activity log, and tells how each ended.
class RemovalEverywhere final : public QObject
{
    Q_OBJECT
public:
    struct Account
    {
        enum class State : quint8 {
            Checking, // not asked yet
            Ready, // will be removed
            NotAdministrator, // the signed-in person may not remove anyone there
            Blocked, // by `tokens`
            Unreachable, // the check failed: `error`
            Removed,
            NotRemoved, // the removal failed: `error`
        };
        qint64 clientId = 0;
        QString companyName;
        qint64 userId = 0; // the person's id in that account
        bool current = false; // the account open in the window
        State state = State::Checking;
        QList<ApiToken> tokens; // unexpired, issued by the person there
        ApiError error;
    };
    using Done = std::function<void(const QList<Account> &)>;
    // A record may list any number of accounts; a confirmation lists at most this many (the
    // first ones, this account among them), one request or two each.
    static constexpr int MaxAccounts = 50;

    explicit RemovalEverywhere(AccountSession *session, QObject *parent = nullptr);
    ~RemovalEverywhere() override;

    // The accounts `person` shares with the signed-in person, this one first; the signed-in
    // person's own accounts come from their row (AccountSession::myAccounts()).
    static QList<Account> sharedAccounts(const AccountSession *session, const User &person);

    User person() const { return m_person; }
    QList<Account> accounts() const { return m_accounts; }
    // The accounts the removal will be sent to: Ready, and Blocked when the blocking tokens are
    // to be deleted first.
    int readyCount() const;
    // The tokens that block the removal, in all accounts.
    int blockingTokenCount() const;
    // Whether run() deletes the blocking tokens first (each one recorded), then removes the
    // person there; a token that cannot be deleted keeps them in that account. Off by default.
    void setDeleteBlockingTokens(bool deleteThem);
    bool deletesBlockingTokens() const { return m_deleteTokens; }

    // Learns the state of each shared account; `done` has them all (unless this object goes).
    void check(const User &person, Done done);
    // Removes the person from each account check() found Ready.
    void run(Done done);

    // "Ready", "Blocked by …": what the confirmation shows for one account (`deletingTokens`:
    // the blocking tokens are to be deleted first).
    static QString stateText(const Account &account, bool deletingTokens = false);

signals:
    // One account's state changed.
    void accountChanged(int index);

private:
    void checkNext(int index);
    void removeNext(int index);
    bool goesAhead(const Account &account) const;
    // Deletes `account`'s blocking tokens from `next` on, then `then` with the first failure.
    void deleteTokensIn(int index, int next, std::function<void(const ApiError &)> then);
    void finishCheck(int index, Account::State state, const ApiError &error = ApiError(),
                     const QList<ApiToken> &tokens = {});
    void record(const Account &account);
    void summarize();

    AccountSession *m_session;
    User m_person;
    QList<Account> m_accounts;
    QHash<qint64, std::shared_ptr<AccountApi>> m_apis; // of the other accounts, by client id
    Done m_done;
    bool m_deleteTokens = false;

    Q_DISABLE_COPY_MOVE(RemovalEverywhere)
};
