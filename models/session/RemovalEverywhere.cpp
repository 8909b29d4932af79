#include "RemovalEverywhere.h"

#include "AccountSession.h"
#include "AccountTokens.h"
#include "UserOperations.h"

#include "api/AccountApi.h"
#include "domain/ActivityEntry.h"
#include "domain/Role.h"
#include "items/UsersModel.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>

RemovalEverywhere::RemovalEverywhere(AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

RemovalEverywhere::~RemovalEverywhere() = default;

QList<RemovalEverywhere::Account> RemovalEverywhere::sharedAccounts(const AccountSession *session, const User &person)
{
    const QList<ClientRoles> mine = session->myAccounts();
    // This account is the session's, whatever order a record lists the accounts in.
    const qint64 here = session->identity().accountId != 0 ? session->identity().accountId : session->users()->accountId();
    QList<Account> shared;
    QSet<qint64> listed; // a record may name an account twice
    for (const ClientRoles &theirs : person.clientAndRoles) {
        if (listed.contains(theirs.clientId))
            continue;
        for (const ClientRoles &my : mine) {
            if (my.clientId != theirs.clientId)
                continue;
            listed.insert(theirs.clientId);
            Account account;
            account.clientId = theirs.clientId;
            account.companyName = !theirs.companyName.isEmpty() ? theirs.companyName : my.companyName;
            account.userId = theirs.userId != 0 ? theirs.userId : person.id;
            account.current = theirs.clientId == here;
            if (!my.roleIds.contains(int(Role::Administrators)))
                account.state = Account::State::NotAdministrator;
            if (account.current)
                shared.prepend(account);
            else if (shared.size() < MaxAccounts)
                shared.append(account);
        }
    }
    if (shared.size() > MaxAccounts)
        shared.resize(MaxAccounts);
    return shared;
}

bool RemovalEverywhere::goesAhead(const Account &account) const
{
    return account.state == Account::State::Ready || (m_deleteTokens && account.state == Account::State::Blocked);
}

int RemovalEverywhere::readyCount() const
{
    int ready = 0;
    for (const Account &account : m_accounts)
        ready += goesAhead(account);
    return ready;
}

int RemovalEverywhere::blockingTokenCount() const
{
    int tokens = 0;
    for (const Account &account : m_accounts)
        tokens += account.state == Account::State::Blocked ? int(account.tokens.size()) : 0;
    return tokens;
}

void RemovalEverywhere::setDeleteBlockingTokens(bool deleteThem)
{
    m_deleteTokens = deleteThem;
}

void RemovalEverywhere::check(const User &person, Done done)
{
    m_person = person;
    m_accounts = sharedAccounts(m_session, person);
    m_apis.clear();
    m_done = std::move(done);
    checkNext(0);
}

void RemovalEverywhere::finishCheck(int index, Account::State state, const ApiError &error, const QList<ApiToken> &tokens)
{
    Account &account = m_accounts[index];
    account.state = state;
    account.error = error;
    account.tokens = tokens;
    emit accountChanged(index);
    checkNext(index + 1);
}

// One account after another: few people belong to more than a handful.
void RemovalEverywhere::checkNext(int index)
{
    while (index < m_accounts.size() && m_accounts.at(index).state != Account::State::Checking)
        ++index;
    if (index >= m_accounts.size()) {
        if (m_done)
            m_done(m_accounts);
        return;
    }
    const Account account = m_accounts.at(index);
    const auto tokensThere = [this, index, account](AccountApi *api) {
        api->fetchTokens(account.clientId, account.userId, this, [this, index](const Result<TokenList> &listed) {
            if (!listed) {
                finishCheck(index, Account::State::Unreachable, listed.error());
                return;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QList<ApiToken> blocking;
            for (const ApiToken &token : listed.value().tokens) {
                if (!token.isExpired(now))
                    blocking.append(token);
            }
            finishCheck(index, blocking.isEmpty() ? Account::State::Ready : Account::State::Blocked, ApiError(),
                        blocking);
        });
    };
    if (account.current) {
        tokensThere(m_session->api());
        return;
    }
    m_session->api()->openAccount(account.clientId, this,
                                  [this, index, account, tokensThere](const Result<std::shared_ptr<AccountApi>> &opened) {
                                      if (!opened) {
                                          finishCheck(index, Account::State::Unreachable, opened.error());
                                          return;
                                      }
                                      m_apis.insert(account.clientId, opened.value());
                                      tokensThere(opened.value().get());
                                  });
}

void RemovalEverywhere::run(Done done)
{
    m_done = std::move(done);
    removeNext(0);
}

// The other accounts first, in the order checked; this one last.
void RemovalEverywhere::removeNext(int index)
{
    int next = -1;
    for (int i = index; i < m_accounts.size() && next < 0; ++i) {
        if (goesAhead(m_accounts.at(i)) && !m_accounts.at(i).current)
            next = i;
    }
    if (next < 0) {
        for (int i = 0; i < m_accounts.size() && next < 0; ++i) {
            if (goesAhead(m_accounts.at(i)) && m_accounts.at(i).current)
                next = i;
        }
    }
    if (next < 0) {
        summarize();
        if (m_done)
            m_done(m_accounts);
        return;
    }
    const auto finish = [this, next](const ApiError &error) {
        Account &account = m_accounts[next];
        // Gone already counts as removed: that is what was asked.
        const bool gone = !error.isError() || error.kind == ApiError::Kind::NotFound;
        account.state = gone ? Account::State::Removed : Account::State::NotRemoved;
        account.error = gone ? ApiError() : error;
        record(account);
        emit accountChanged(next);
        removeNext(next + 1);
    };
    const auto remove = [this, next, finish] {
        const Account &account = m_accounts.at(next);
        if (account.current) {
            m_session->users()->removeUsers({m_person.id});
            m_session->operations()->removeFromAccount(m_person, this, finish);
            return;
        }
        AccountApi *api = m_apis.value(account.clientId).get();
        if (!api) {
            finish(ApiError::make(ApiError::Kind::Cancelled, ApiError::describe(ApiError::Kind::Cancelled)));
            return;
        }
        api->removeUser(account.clientId, account.userId, this, [finish](const Result<::Done> &removed) {
            finish(removed ? ApiError() : removed.error());
        });
    };
    if (m_accounts.at(next).state != Account::State::Blocked) {
        remove();
        return;
    }
    deleteTokensIn(next, 0, [this, next, remove](const ApiError &failed) {
        if (!failed.isError()) {
            remove();
            return;
        }
        Account &account = m_accounts[next];
        account.state = Account::State::NotRemoved;
        account.error = failed;
        record(account);
        emit accountChanged(next);
        removeNext(next + 1);
    });
}

// One token after another; a token already gone counts as deleted. Each deletion is recorded.
void RemovalEverywhere::deleteTokensIn(int index, int next, std::function<void(const ApiError &)> then)
{
    const Account &account = m_accounts.at(index);
    if (next >= account.tokens.size()) {
        then(ApiError());
        return;
    }
    const ApiToken token = account.tokens.at(next);
    AccountApi *api = account.current ? m_session->api() : m_apis.value(account.clientId).get();
    if (!api) {
        then(ApiError::make(ApiError::Kind::Cancelled, ApiError::describe(ApiError::Kind::Cancelled)));
        return;
    }
    const qint64 clientId = account.clientId;
    const QString company = account.companyName;
    api->deleteToken(clientId, token.id, this, [this, index, next, token, company, then](const Result<::Done> &deleted) {
        const bool gone = deleted || deleted.error().kind == ApiError::Kind::NotFound;
        const ApiError error = gone ? ApiError() : deleted.error();
        m_session->record(ActivityEntry::deleteToken(), m_person.id, m_person.email,
                          tr("API token “%1” in %2 (Remove from All My Accounts)").arg(token.name, company), error);
        if (!gone) {
            ApiError failed = error;
            failed.message = tr("the API token “%1” could not be deleted: %2").arg(token.name, error.message);
            then(failed);
            return;
        }
        if (m_accounts.at(index).current)
            m_session->tokens()->forgetToken(token.id); // the dock's list loses it
        deleteTokensIn(index, next + 1, then);
    });
}

void RemovalEverywhere::record(const Account &account)
{
    m_session->record(ActivityEntry::remove(), m_person.id, m_person.email,
                      tr("Removed from %1 (Remove from All My Accounts)").arg(account.companyName), account.error);
}

// One notice for the whole run; and the person's row, if they stay here, forgets the accounts
// they left.
void RemovalEverywhere::summarize()
{
    int removed = 0;
    int attempted = 0;
    bool removedHere = false;
    QStringList failures;
    QList<qint64> left;
    for (const Account &account : std::as_const(m_accounts)) {
        if (account.state == Account::State::Removed) {
            ++removed;
            left.append(account.clientId);
            removedHere = removedHere || account.current;
        }
        if (account.state == Account::State::Removed || account.state == Account::State::NotRemoved)
            ++attempted;
        if (account.state == Account::State::NotRemoved)
            failures.append(tr("%1: %2").arg(account.companyName, account.error.message));
    }
    if (!removedHere && !left.isEmpty()) {
        const int row = m_session->users()->rowOfUser(m_person.id);
        if (row >= 0) {
            User stays = m_session->users()->user(row);
            stays.clientAndRoles.removeIf([&left](const ClientRoles &entry) { return left.contains(entry.clientId); });
            m_session->users()->upsertUsers({stays});
        }
    }
    const QString who = m_person.email;
    if (failures.isEmpty()) {
        m_session->notify({Notice::Level::Success,
                           tr("%1 was removed from %n account(s).", nullptr, removed).arg(who), {}, false});
        return;
    }
    m_session->notify({Notice::Level::Error,
                       tr("%1 was removed from %2 of %3 accounts. Not removed from %4")
                           .arg(who)
                           .arg(removed)
                           .arg(attempted)
                           .arg(failures.join(QStringLiteral("; "))),
                       {},
                       false});
}

QString RemovalEverywhere::stateText(const Account &account, bool deletingTokens)
{
    switch (account.state) {
    case Account::State::Checking:
        return tr("Checking…");
    case Account::State::Ready:
        return tr("Will be removed");
    case Account::State::NotAdministrator:
        return tr("Not removed: you are not an administrator in this account");
    case Account::State::Blocked: {
        QStringList names;
        for (const ApiToken &token : account.tokens)
            names.append(tr("“%1”").arg(token.name));
        if (deletingTokens)
            return tr("Will be removed after deleting %n API token(s) (%1)", nullptr, int(account.tokens.size()))
                .arg(names.join(QStringLiteral(", ")));
        return tr("Not removed: blocked by %n active API token(s) (%1). Delete them in this account first.", nullptr,
                  int(account.tokens.size()))
            .arg(names.join(QStringLiteral(", ")));
    }
    case Account::State::Unreachable:
        return tr("Not removed: Roster could not check this account: %1").arg(account.error.message);
    case Account::State::Removed:
        return tr("Removed");
    case Account::State::NotRemoved:
        return tr("Not removed: %1").arg(account.error.message);
    }
    return QString();
}
