// AccountSession over real HTTP against the account simulator, without a window: the cached
// users at once, who is signed in asked only once the backend has its secret, connectivity
// (offline and back, the session ended) with the notices that say so and the actions they
// offer, and what UserOperations does to the model, the cache and the activity log.
#include "ResultCatcher.h"
#include "SimulatorFixture.h"
#include "TestMain.h"

#include "api/GcoreAccountApi.h"
#include "demo/DemoSeed.h"
#include "domain/ActivityEntry.h"
#include "domain/Role.h"
#include "items/ActivityModel.h"
#include "items/UsersModel.h"
#include "session/AccountSession.h"
#include "session/AccountTokens.h"
#include "session/ActivityHistory.h"
#include "session/RemovalEverywhere.h"
#include "session/UserOperations.h"
#include "store/ActivityLog.h"
#include "store/UserCache.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAccountSession : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void cachedUsersAtOnceIdentityAfterTheSecret();
    void identityIsConfirmedByTheServer();
    void roleUnreadableTheListSaysIt();
    void offlineAndBack();
    void sessionEndedAsksToSignIn();
    void quietNoticesGiveWay();
    void heldRemovalUndoneAndSent();
    void removalDeletesBlockingTokensFirst();
    void accountTokensListedAndDeleted();
    void bulkResendCancelledAndRetried();
    void removeFromAllMyAccounts();
    void removeFromAllMyAccountsWithFaults();

private:
    // Counts the requests the simulator sees for `route` from now on.
    void counter(const QString &route);
    int seen(const QString &route) const;
    std::unique_ptr<AccountSession> makeSession(bool withCache);
    // A session signed in with the simulator's token whose first load has finished; null
    // when it did not finish in time.
    std::unique_ptr<AccountSession> startedSession(bool withCache);
    // The same, signed in by password as the owner (in the main account and its linked ones).
    std::unique_ptr<AccountSession> passwordSession();
    // Members of the session's table in all three accounts.
    static QList<User> inThreeAccounts(const AccountSession *session);
    // Where `email` is a member now, by client id, as the simulator says.
    QList<qint64> accountsOf(const QString &email);

    QTemporaryDir m_dir; // the session's cache and activity log
    QNetworkAccessManager m_network;
    std::unique_ptr<GcoreAccountApi> m_api;
    std::unique_ptr<UserCache> m_cache;
    std::unique_ptr<ActivityLog> m_log;
};

void TestAccountSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(startSimulator().ok());
}

void TestAccountSession::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim->clearFaults();
    QVERIFY(m_sim->reset().ok());
    m_api = std::make_unique<GcoreAccountApi>(&m_network, m_sim->baseUrl());
    m_api->setRetryBaseDelay(10);
    m_cache = std::make_unique<UserCache>(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_cache->open().ok());
    m_log = std::make_unique<ActivityLog>(m_dir.filePath(QStringLiteral("activity.sqlite")));
    QVERIFY(m_log->open().ok());
}

void TestAccountSession::cleanup()
{
    m_api.reset();
    m_log.reset();
    m_cache.reset();
    for (const QString &name : {QStringLiteral("cache.sqlite"), QStringLiteral("activity.sqlite")}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_dir.filePath(name + suffix));
    }
}

void TestAccountSession::counter(const QString &route)
{
    SimulatorFault fault; // no effect: it only counts
    fault.route = route;
    m_sim->addFault(fault);
}

int TestAccountSession::seen(const QString &route) const
{
    for (const SimulatorFault &fault : m_sim->faults()) {
        if (fault.route == route)
            return fault.hits;
    }
    return -1;
}

std::unique_ptr<AccountSession> TestAccountSession::makeSession(bool withCache)
{
    return std::make_unique<AccountSession>(m_api.get(), withCache ? m_cache.get() : nullptr, m_log.get());
}

std::unique_ptr<AccountSession> TestAccountSession::startedSession(bool withCache)
{
    m_api->setApiToken(AccountSimulator::defaultToken());
    auto session = makeSession(withCache);
    QSignalSpy finished(session.get(), &AccountSession::loadFinished);
    session->start();
    if (!finished.wait(20000))
        return nullptr;
    return session;
}

std::unique_ptr<AccountSession> TestAccountSession::passwordSession()
{
    m_sim->addLogin(m_ownerEmail, QStringLiteral("s3cret"));
    ResultCatcher<Done> signedIn;
    QObject context;
    m_api->signIn(m_ownerEmail, QStringLiteral("s3cret"), QString(), &context, signedIn.callback());
    if (!signedIn.wait() || !signedIn.ok())
        return nullptr;
    auto session = makeSession(true);
    QSignalSpy finished(session.get(), &AccountSession::loadFinished);
    session->start();
    if (!finished.wait(20000))
        return nullptr;
    return session;
}

QList<User> TestAccountSession::inThreeAccounts(const AccountSession *session)
{
    QList<User> shared;
    for (int row = 0; row < session->users()->rowCount(); ++row) {
        const User user = session->users()->user(row);
        if (user.id != session->identity().userId && user.clientAndRoles.size() == 3)
            shared.append(user);
    }
    return shared;
}

QList<qint64> TestAccountSession::accountsOf(const QString &email)
{
    QList<qint64> ids;
    for (DemoAccount *account : m_sim->platform().accounts()) {
        if (!account->memberships({email}).value().isEmpty())
            ids.append(account->clientId());
    }
    return ids;
}

void TestAccountSession::cachedUsersAtOnceIdentityAfterTheSecret()
{
    const QList<User> cached = m_sim->account().listUsers(0, 0).value().users.mid(0, 7);
    QVERIFY(m_cache->replaceUsers(cached, QDateTime::currentDateTimeUtc().addSecs(-600)).ok());
    counter(QStringLiteral("/iam/clients/me"));
    counter(QStringLiteral("/iam/users"));

    auto session = makeSession(true);
    QCOMPARE(session->users()->rowCount(), 7); // at once, before any request
    QVERIFY(session->cachedAt().isValid());
    QVERIFY(session->needsStart());
    session->waitForCredentials();
    QVERIFY(!session->needsStart());
    QVERIFY(session->isAwaitingLoad());
    QVERIFY(!session->identity().isKnown());
    // Nothing is asked before the backend has its secret: it would only be refused. (A request
    // to this server would have arrived within the wait.)
    QTest::qWait(50);
    QCOMPARE(seen(QStringLiteral("/iam/clients/me")), 0);
    QCOMPARE(seen(QStringLiteral("/iam/users")), 0);

    m_api->setApiToken(AccountSimulator::defaultToken());
    QSignalSpy finished(session.get(), &AccountSession::loadFinished);
    QSignalSpy known(session.get(), &AccountSession::accountInfoKnown);
    session->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(known.count(), 1);
    QCOMPARE(known.first().at(0).value<AccountInfo>().clientId, m_clientId);
    QCOMPARE(seen(QStringLiteral("/iam/clients/me")), 1); // once per start
    QCOMPARE(session->users()->rowCount(), int(m_sim->account().listUsers(0, 0).value().users.size()));
    session->flushCache(); // written on the cache's own thread
    QCOMPARE(m_cache->users().value().size(), session->users()->rowCount()); // and saved for next time
    QVERIFY(!session->isAwaitingLoad());
    QVERIFY(!session->isReadOnly());
    QCOMPARE(session->connectivity(), AccountSession::Connectivity::Online);
}

void TestAccountSession::identityIsConfirmedByTheServer()
{
    auto session = startedSession(false);
    QVERIFY(session);
    QTRY_VERIFY(session->identity().confirmed);
    const Identity me = session->identity();
    QCOMPARE(me.accountId, m_clientId);
    QCOMPARE(me.userId, m_sim->ownerId());
    QCOMPARE(me.roleId, int(Role::Administrators));
    QVERIFY(me.isAdministrator());
    QCOMPARE(session->users()->accountId(), m_clientId);
    QCOMPARE(session->actorName(), m_sim->account().user(me.userId).value().email);
    const ActionPolicy::Situation situation = session->situation();
    QVERIFY(situation.readOnlyReason.isEmpty());
    QVERIFY(!situation.busy);
    QVERIFY(ActionPolicy::invite(situation));
    // Your own role changes what you may do at once.
    session->confirmMyRole(Role::Users);
    QVERIFY(!ActionPolicy::invite(session->situation()));
}

void TestAccountSession::roleUnreadableTheListSaysIt()
{
    // The server will not say the role: the list's own row stands in for it.
    SimulatorFault refused;
    refused.route = QStringLiteral("/iam/clients/{id}/client-users/{id}");
    refused.method = QStringLiteral("GET");
    refused.status = 403;
    m_sim->addFault(refused);
    auto session = startedSession(false);
    QVERIFY(session);
    QTRY_COMPARE(session->identity().roleId, int(Role::Administrators));
    QVERIFY(!session->identity().confirmed);
}

void TestAccountSession::offlineAndBack()
{
    QVERIFY(m_cache->replaceUsers(m_sim->account().listUsers(0, 0).value().users,
                                  QDateTime::currentDateTimeUtc().addSecs(-180))
                .ok());
    m_api->setApiToken(AccountSimulator::defaultToken());
    auto session = makeSession(true);
    session->setOfflineRetryInterval(60 * 60 * 1000); // the test tries again itself
    SimulatorFault down;
    down.route = QStringLiteral("/iam/users");
    down.action = SimulatorFault::Action::Close;
    m_sim->addFault(down);

    QSignalSpy failed(session.get(), &AccountSession::loadFailed);
    QSignalSpy readOnly(session.get(), &AccountSession::readOnlyChanged);
    QSignalSpy notices(session.get(), &AccountSession::noticePosted);
    session->start();
    QVERIFY(failed.wait(20000));
    QCOMPARE(session->connectivity(), AccountSession::Connectivity::Offline);
    QVERIFY(session->isReadOnly());
    QCOMPARE(readOnly.count(), 1);
    QVERIFY(session->offlineSince().isValid());
    QCOMPARE(session->users()->rowCount(), int(m_sim->account().listUsers(0, 0).value().users.size()));
    QVERIFY(!ActionPolicy::invite(session->situation()));
    QCOMPARE(ActionPolicy::invite(session->situation()).reason, session->readOnlyReason());
    const std::optional<Notice> offline = session->currentNotice();
    QVERIFY(offline);
    QCOMPARE(offline->level, Notice::Level::Warning);
    QVERIFY2(offline->text.contains(QLatin1String("as of 3 min ago")), qPrintable(offline->text));
    QCOMPARE(offline->actions.size(), 1);
    QCOMPARE(offline->actions.constFirst().text, QStringLiteral("Try Again"));
    QVERIFY(notices.count() >= 1);

    // Back: Try Again loads, and the notice and the read-only state go.
    m_sim->clearFaults();
    QSignalSpy cleared(session.get(), &AccountSession::noticeCleared);
    QSignalSpy finished(session.get(), &AccountSession::loadFinished);
    offline->actions.constFirst().trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(session->connectivity(), AccountSession::Connectivity::Online);
    QVERIFY(!session->isReadOnly());
    QCOMPARE(readOnly.count(), 2);
    QVERIFY(!session->offlineSince().isValid());
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!session->currentNotice());
}

void TestAccountSession::sessionEndedAsksToSignIn()
{
    m_api->setApiToken(QStringLiteral("42_not-a-token-the-server-knows"));
    auto session = makeSession(false);
    QSignalSpy failed(session.get(), &AccountSession::loadFailed);
    session->start();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(session->connectivity(), AccountSession::Connectivity::SignInNeeded);
    QCOMPARE(session->readOnlyReason(), QStringLiteral("Roster is not signed in to this account."));
    QVERIFY(!session->offlineSince().isValid());
    QVERIFY(session->loadError().startsWith(QLatin1String("The server ended the session")));
    const std::optional<Notice> notice = session->currentNotice();
    QVERIFY(notice);
    QCOMPARE(notice->level, Notice::Level::Error);
    QCOMPARE(notice->actions.size(), 1);
    QSignalSpy signIn(session.get(), &AccountSession::signInRequested);
    notice->actions.constFirst().trigger();
    QCOMPARE(signIn.count(), 1);

    // requireSignIn() from the owner (no secret in the keychain) says the same way.
    auto waiting = makeSession(false);
    waiting->waitForCredentials();
    waiting->requireSignIn(QStringLiteral("No secret."));
    QVERIFY(waiting->isStarted());
    QVERIFY(!waiting->isAwaitingLoad());
    QCOMPARE(waiting->loadError(), QStringLiteral("No secret."));
    QCOMPARE(waiting->currentNotice()->text, QStringLiteral("No secret."));
}

void TestAccountSession::quietNoticesGiveWay()
{
    auto session = makeSession(false);
    QSignalSpy posted(session.get(), &AccountSession::noticePosted);
    session->notify({Notice::Level::Success, QStringLiteral("Done."), {}, false});
    session->notify({Notice::Level::Warning, QStringLiteral("A side remark."), {}, true});
    QCOMPARE(posted.count(), 1);
    QCOMPARE(session->currentNotice()->text, QStringLiteral("Done."));
    session->clearNotice();
    QVERIFY(!session->currentNotice());
    session->notify({Notice::Level::Warning, QStringLiteral("A side remark."), {}, true});
    QCOMPARE(posted.count(), 2);
    QCOMPARE(session->currentNotice()->text, QStringLiteral("A side remark."));
}

void TestAccountSession::heldRemovalUndoneAndSent()
{
    auto session = startedSession(true);
    QVERIFY(session);
    QTRY_VERIFY(session->identity().confirmed);
    UserOperations *operations = session->operations();
    operations->setUndoDelay(60 * 60 * 1000);

    // One without tokens, so the server lets them go.
    User target;
    const QList<User> all = m_sim->account().listUsers(0, 0).value().users;
    for (const User &user : all) {
        if (user.id != m_sim->ownerId() && m_sim->account().tokens(m_clientId, user.id).value().isEmpty()) {
            target = user;
            break;
        }
    }
    QVERIFY(target.id != 0);
    const int before = session->users()->rowCount();
    QSignalSpy held(operations, &UserOperations::heldRemovalChanged);
    operations->holdRemoval({target});
    QCOMPARE(held.count(), 1);
    QVERIFY(operations->hasHeldRemoval());
    QCOMPARE(session->users()->rowCount(), before - 1); // off the table at once
    QCOMPARE(session->currentNotice()->actions.constFirst().text, QStringLiteral("Undo"));
    session->currentNotice()->actions.constFirst().trigger();
    QVERIFY(!operations->hasHeldRemoval());
    QCOMPARE(session->users()->rowCount(), before);
    const ActivityModel *activity = session->activity()->model();
    QCOMPARE(activity->entry(0).action, ActivityEntry::removeUndone());
    QVERIFY(m_sim->account().user(target.id).ok()); // nothing was sent

    operations->holdRemoval({target});
    QSignalSpy idle(operations, &UserOperations::idle);
    QVERIFY(operations->sendHeldRemoval());
    QVERIFY(idle.wait(20000));
    QCOMPARE(m_sim->account().user(target.id).error().kind, ApiError::Kind::NotFound);
    QCOMPARE(session->users()->rowOfUser(target.id), -1);
    session->flushCache();
    const QList<User> cached = m_cache->users().value();
    QVERIFY(std::none_of(cached.cbegin(), cached.cend(), [&](const User &u) { return u.id == target.id; }));
    QCOMPARE(activity->entry(0).action, ActivityEntry::remove());
    QVERIFY(activity->entry(0).ok);
    QCOMPARE(m_log->entries().value().constFirst().action, ActivityEntry::remove());
    QCOMPARE(session->currentNotice()->level, Notice::Level::Success);
}

// Two people with active tokens, removed after deleting them: the server refuses one token of
// the second, so that person stays, on the table, and the result says which token and why;
// each token's deletion is in the activity log.
void TestAccountSession::removalDeletesBlockingTokensFirst()
{
    auto session = startedSession(true);
    QVERIFY(session);
    QTRY_VERIFY(session->identity().confirmed);
    UserOperations *operations = session->operations();
    operations->setUndoDelay(10);

    QList<User> targets;
    const QList<User> all = m_sim->account().listUsers(0, 0).value().users;
    for (const User &user : all) {
        if (user.id != m_sim->ownerId() && user.activated && m_sim->account().tokens(m_clientId, user.id).value().isEmpty())
            targets.append(user);
        if (targets.size() == 2)
            break;
    }
    QCOMPARE(targets.size(), 2);
    QHash<qint64, QList<ApiToken>> tokens;
    for (const char *name : {"deploy", "backup"})
        tokens[targets[0].id].append(m_sim->account().addToken(targets[0].id, QLatin1String(name)).value());
    const ApiToken refusedToken = m_sim->account().addToken(targets[1].id, QStringLiteral("terraform")).value();
    tokens[targets[1].id].append(refusedToken);
    SimulatorFault refuse;
    refuse.route = QStringLiteral("/iam/v2/clients/{c}/tokens/%1").arg(refusedToken.id);
    refuse.method = QStringLiteral("DELETE");
    refuse.status = 403;
    m_sim->addFault(refuse);

    QSignalSpy idle(operations, &UserOperations::idle);
    operations->holdRemoval(targets, tokens);
    QVERIFY(idle.wait(20000));

    QCOMPARE(m_sim->account().user(targets[0].id).error().kind, ApiError::Kind::NotFound);
    QVERIFY(m_sim->account().user(targets[1].id).ok()); // kept: a token of theirs is still there
    QCOMPARE(m_sim->account().tokens(m_clientId, targets[1].id).value().size(), 1);
    QCOMPARE(session->users()->rowOfUser(targets[0].id), -1);
    QVERIFY(session->users()->rowOfUser(targets[1].id) >= 0); // back on the table
    QCOMPARE(session->currentNotice()->level, Notice::Level::Error);
    const QString said = session->currentNotice()->text;
    QVERIFY2(said.contains(QLatin1String("terraform")), qPrintable(said));

    // In the log: three token deletions (one refused) and two removals (one not done).
    const ActivityModel *activity = session->activity()->model();
    int deletedOk = 0, deletedFailed = 0, removedOk = 0, removedFailed = 0;
    for (int i = 0; i < activity->rowCount(); ++i) {
        const ActivityEntry e = activity->entry(i);
        if (e.action == ActivityEntry::deleteToken())
            ++(e.ok ? deletedOk : deletedFailed);
        else if (e.action == ActivityEntry::remove())
            ++(e.ok ? removedOk : removedFailed);
    }
    QCOMPARE(deletedOk, 2);
    QCOMPARE(deletedFailed, 1);
    QCOMPARE(removedOk, 1);
    QCOMPARE(removedFailed, 1);
}

// The account's list, with the removed issuers; deleting one token takes it off the list.
void TestAccountSession::accountTokensListedAndDeleted()
{
    auto session = startedSession(false);
    QVERIFY(session);
    AccountTokens *tokens = session->tokens();
    QCOMPARE(tokens->state(), AccountTokens::State::NotLoaded);
    QSignalSpy changed(tokens, &AccountTokens::changed);
    tokens->reload();
    QCOMPARE(tokens->state(), AccountTokens::State::Loading);
    QTRY_COMPARE(tokens->state(), AccountTokens::State::Loaded);
    const QList<ApiToken> expected = m_sim->account().tokens(m_clientId, 0).value();
    QCOMPARE(tokens->tokens().size(), expected.size());
    QVERIFY(std::any_of(tokens->tokens().cbegin(), tokens->tokens().cend(),
                        [](const ApiToken &t) { return t.issuerDeleted; }));

    const ApiToken first = tokens->tokens().constFirst();
    std::optional<QList<AccountTokens::Deletion>> result;
    QObject context;
    tokens->deleteTokens({first}, &context, [&](const QList<AccountTokens::Deletion> &d) { result = d; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->size(), 1);
    QVERIFY(result->constFirst().deleted());
    QCOMPARE(tokens->tokens().size(), expected.size() - 1);
    QCOMPARE(m_sim->account().tokens(m_clientId, 0).value().size(), expected.size() - 1);
    QCOMPARE(session->activity()->model()->entry(0).action, ActivityEntry::deleteToken());

    // Deleted again (by someone else meanwhile): already gone counts as deleted.
    result.reset();
    tokens->deleteTokens({first}, &context, [&](const QList<AccountTokens::Deletion> &d) { result = d; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->constFirst().deleted());
    QVERIFY(result->constFirst().alreadyGone);
}

void TestAccountSession::bulkResendCancelledAndRetried()
{
    auto session = startedSession(true);
    QVERIFY(session);
    UserOperations *operations = session->operations();
    const QList<qint64> open = operations->resendable([&] {
        QList<qint64> ids;
        for (const User &user : session->users()->users())
            ids.append(user.id);
        return ids;
    }());
    QVERIFY(open.size() >= 6);

    // Slow answers: cancel while they run, and nothing more is sent or recorded.
    SimulatorFault slow;
    slow.route = QStringLiteral("/iam/auth/renew_invitation");
    slow.latencyMs = 300;
    m_sim->addFault(slow);
    QSignalSpy busy(operations, &UserOperations::busyChanged);
    operations->resend(open);
    QVERIFY(operations->isBusy());
    QVERIFY(session->situation().busy);
    QVERIFY(!ActionPolicy::invite(session->situation()));
    QCOMPARE(session->currentNotice()->actions.constFirst().text, QStringLiteral("Cancel"));
    session->currentNotice()->actions.constFirst().trigger();
    QVERIFY(!operations->isBusy());
    QCOMPARE(busy.count(), 2);
    QVERIFY(session->currentNotice()->text.startsWith(QLatin1String("Cancelled. 0 of")));
    const int logged = session->activity()->model()->rowCount();
    QTest::qWait(600); // long enough for the answers that were on their way to arrive
    QCOMPARE(session->activity()->model()->rowCount(), logged);

    // Two fail once; Retry Failed sends those two again, and only those.
    m_sim->clearFaults();
    SimulatorFault refused;
    refused.route = QStringLiteral("/iam/auth/renew_invitation");
    refused.status = 500;
    refused.times = 2;
    m_sim->addFault(refused);
    QSignalSpy idle(operations, &UserOperations::idle);
    operations->resend(open.mid(0, 6));
    QVERIFY(idle.wait(20000));
    QCOMPARE(session->currentNotice()->level, Notice::Level::Error);
    QVERIFY2(session->currentNotice()->text.startsWith(QLatin1String("4 of 6 done. Failed: ")),
             qPrintable(session->currentNotice()->text));
    QCOMPARE(session->currentNotice()->actions.constFirst().text, QStringLiteral("Retry Failed"));
    counter(QStringLiteral("/iam/auth/renew_invitation"));
    session->currentNotice()->actions.constFirst().trigger();
    QVERIFY(idle.wait(20000));
    QCOMPARE(seen(QStringLiteral("/iam/auth/renew_invitation")), 2);
    QCOMPARE(session->currentNotice()->text,
             QStringLiteral("Invitations resent to 2 people. The new links are valid for 24 hours."));
    // Each one's invitation time is kept for the expiry countdown.
    session->flushCache();
    const QHash<qint64, QDateTime> sent = m_cache->invitationTimes();
    for (qint64 id : open.mid(0, 6))
        QVERIFY(sent.contains(id));
}

ROSTER_TEST_GUILESS_MAIN(TestAccountSession)
// Signed in by password, the owner belongs to three accounts; so do two members. Remove from All
// My Accounts checks each account and removes the member from all three: the simulator no longer
// has them anywhere, the table has lost their row, the log has one removal per account.
void TestAccountSession::removeFromAllMyAccounts()
{
    auto session = passwordSession();
    QVERIFY(session);
    QTRY_VERIFY(session->identity().confirmed);
    const QList<ClientRoles> mine = session->myAccounts();
    QCOMPARE(mine.size(), 3);
    QCOMPARE(mine.at(0).clientId, m_clientId);
    QCOMPARE(mine.at(1).companyName, DemoSeed::companyName(DemoSeed::LabsClientId));
    const QList<User> shared = inThreeAccounts(session.get());
    QCOMPARE(shared.size(), 2);
    // The one without a token in the Labs account (the other's blocks the removal there).
    DemoAccount *labs = m_sim->platform().account(DemoSeed::LabsClientId);
    const User person = labs->tokens(DemoSeed::LabsClientId, shared.at(0).id).value().isEmpty() ? shared.at(0)
                                                                                                : shared.at(1);
    QVERIFY(labs->tokens(DemoSeed::LabsClientId, person.id).value().isEmpty());
    QCOMPARE(accountsOf(person.email).size(), 3);

    RemovalEverywhere removal(session.get());
    QList<RemovalEverywhere::Account> checked;
    bool done = false;
    removal.check(person, [&](const QList<RemovalEverywhere::Account> &accounts) {
        checked = accounts;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(checked.size(), 3);
    QVERIFY(checked.at(0).current);
    for (const RemovalEverywhere::Account &account : checked)
        QCOMPARE(account.state, RemovalEverywhere::Account::State::Ready);
    QCOMPARE(removal.readyCount(), 3);

    done = false;
    QList<RemovalEverywhere::Account> ended;
    removal.run([&](const QList<RemovalEverywhere::Account> &accounts) {
        ended = accounts;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    for (const RemovalEverywhere::Account &account : ended)
        QCOMPARE(account.state, RemovalEverywhere::Account::State::Removed);
    QVERIFY(accountsOf(person.email).isEmpty());
    QCOMPARE(session->users()->rowOfUser(person.id), -1);
    QVERIFY(session->currentNotice());
    QCOMPARE(session->currentNotice()->level, Notice::Level::Success);
    int removals = 0;
    const QList<ActivityEntry> logged = m_log->entries(100).value();
    for (const ActivityEntry &entry : logged)
        removals += entry.action == ActivityEntry::remove() && entry.userId == person.id && entry.ok;
    QCOMPARE(removals, 3);
}

// The switch into one account fails and another account refuses the removal: the person leaves
// only this account, the others keep them, and the notice names the refusal; the row would say
// where they still are.
void TestAccountSession::removeFromAllMyAccountsWithFaults()
{
    auto session = passwordSession();
    QVERIFY(session);
    QTRY_VERIFY(session->identity().confirmed);
    const User person = inThreeAccounts(session.get()).value(1);
    QVERIFY(person.id != 0);
    SimulatorFault noSwitch;
    noSwitch.route = QStringLiteral("/iam/auth/jwt/clients/%1/login").arg(DemoSeed::LabsClientId);
    noSwitch.status = 403;
    m_sim->addFault(noSwitch);
    SimulatorFault refuses;
    refuses.route = QStringLiteral("/iam/clients/%1/client-users/{id}").arg(DemoSeed::AsiaClientId);
    refuses.method = QStringLiteral("DELETE");
    refuses.status = 403;
    m_sim->addFault(refuses);

    RemovalEverywhere removal(session.get());
    bool done = false;
    removal.check(person, [&](const QList<RemovalEverywhere::Account> &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    const QList<RemovalEverywhere::Account> checked = removal.accounts();
    QCOMPARE(checked.size(), 3);
    QCOMPARE(checked.at(0).state, RemovalEverywhere::Account::State::Ready);
    QCOMPARE(checked.at(1).clientId, DemoSeed::LabsClientId);
    QCOMPARE(checked.at(1).state, RemovalEverywhere::Account::State::Unreachable);
    QCOMPARE(checked.at(1).error.kind, ApiError::Kind::Forbidden);
    QCOMPARE(checked.at(2).state, RemovalEverywhere::Account::State::Ready);
    QVERIFY(RemovalEverywhere::stateText(checked.at(1)).startsWith(QStringLiteral("Not removed: Roster could not check")));

    done = false;
    removal.run([&](const QList<RemovalEverywhere::Account> &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    const QList<RemovalEverywhere::Account> ended = removal.accounts();
    QCOMPARE(ended.at(0).state, RemovalEverywhere::Account::State::Removed);
    QCOMPARE(ended.at(1).state, RemovalEverywhere::Account::State::Unreachable);
    QCOMPARE(ended.at(2).state, RemovalEverywhere::Account::State::NotRemoved);
    QCOMPARE(ended.at(2).error.kind, ApiError::Kind::Forbidden);
    QCOMPARE(accountsOf(person.email), (QList<qint64>{DemoSeed::LabsClientId, DemoSeed::AsiaClientId}));
    QCOMPARE(session->users()->rowOfUser(person.id), -1);
    QVERIFY(session->currentNotice());
    QCOMPARE(session->currentNotice()->level, Notice::Level::Error);
    QVERIFY(session->currentNotice()->text.contains(DemoSeed::companyName(DemoSeed::AsiaClientId)));
    QVERIFY(session->currentNotice()->text.contains(QStringLiteral("removed from 1 of 2 accounts")));
}

#include "tst_accountsession.moc"
