#include "UserOperations.h"

#include "AccountSession.h"
#include "AccountTokens.h"
#include "BulkRunner.h"

#include "api/AccountApi.h"
#include "domain/ActivityEntry.h"
#include "domain/Language.h"
#include "domain/Role.h"
#include "items/UsersModel.h"
#include "store/UserCacheWriter.h"

#include <QLocale>
#include <QTimer>

#include <memory>

namespace {

bool isInvitationOpen(UserStatus status)
{
    return status == UserStatus::Pending || status == UserStatus::Expired;
}

} // namespace

// What the running (or last) bulk operation is, for the log, the progress and the summary.
struct UserOperations::Run
{
    QString action; // the activity log's key
    std::function<QString(const User &)> describe;
    Texts texts;
    Operation operation;
    QHash<qint64, User> known; // users no longer in the table (held removals)
    QHash<qint64, QString> details; // per user, as described before the request
    QHash<qint64, QString> emails; // per user, as sent
};

UserOperations::UserOperations(AccountSession *session)
    : QObject(session)
    , m_session(session)
    , m_runner(new BulkRunner(this))
    , m_undoTimer(new QTimer(this))
{
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(5000);
    connect(m_undoTimer, &QTimer::timeout, this, &UserOperations::sendHeldRemoval);
    connect(m_runner, &BulkRunner::itemFinished, this, &UserOperations::onItemFinished);
    connect(m_runner, &BulkRunner::finished, this, &UserOperations::onRunFinished);
}

UserOperations::~UserOperations()
{
    // A removal still held was never confirmed by the clock: it is not sent.
    m_held.clear();
    m_undoTimer->stop();
    disconnect(m_runner, nullptr, this, nullptr);
    m_runner->cancel();
}

int UserOperations::otherActiveAdministrators(qint64 userId) const
{
    const UsersModel *users = m_session->users();
    int count = 0;
    for (int row = 0; row < users->rowCount(); ++row) {
        count += users->roleId(row) == Role::Administrators && users->status(row) == UserStatus::Active
            && users->userId(row) != userId;
    }
    return count;
}

std::optional<User> UserOperations::userById(qint64 id) const
{
    const UsersModel *users = m_session->users();
    const int row = users->rowOfUser(id);
    return row < 0 ? std::nullopt : std::optional<User>(users->user(row));
}

QList<qint64> UserOperations::resendable(const QList<qint64> &ids) const
{
    QList<qint64> open;
    const UsersModel *users = m_session->users();
    for (qint64 id : ids) {
        const int row = users->rowOfUser(id);
        if (row >= 0 && isInvitationOpen(users->status(row)))
            open.append(id);
    }
    return open;
}

QList<qint64> UserOperations::expiredUserIds() const
{
    QList<qint64> expired;
    const UsersModel *users = m_session->users();
    for (int row = 0; row < users->rowCount(); ++row) {
        if (users->status(row) == UserStatus::Expired)
            expired.append(users->user(row).id);
    }
    return expired;
}

int UserOperations::expiredCount() const
{
    return m_session->users()->statusCount(UserStatus::Expired);
}

bool UserOperations::isBusy() const
{
    return m_busy;
}

void UserOperations::cancel()
{
    m_runner->cancel();
}

void UserOperations::record(const QString &action, qint64 userId, const QString &email, const QString &detail,
                            const ApiError &error)
{
    m_session->record(action, userId, email, detail, error);
}

void UserOperations::store(const User &user)
{
    m_session->users()->upsertUsers({user});
    if (UserCacheWriter *cache = m_session->cacheWriter())
        cache->storeUser(user);
}

void UserOperations::recordInvitation(qint64 userId, const QDateTime &sentAt)
{
    if (UserCacheWriter *cache = m_session->cacheWriter())
        cache->recordInvitation(userId, sentAt); // a failure is the session's cache notice
}

User UserOperations::withRole(User user, qint64 account, int roleId)
{
    bool found = false;
    for (ClientRoles &entry : user.clientAndRoles) {
        if (entry.clientId == account) {
            entry.roleIds = {roleId};
            found = true;
        }
    }
    if (!found)
        user.clientAndRoles.append({account, QString(), user.id, {roleId}});
    user.groups = {UserGroup{roleId, Role::byId(roleId).name}};
    return user;
}

// ---- Resend and roles -------------------------------------------------------------------

void UserOperations::resend(const QList<qint64> &ids)
{
    const QList<qint64> open = resendable(ids);
    if (open.isEmpty())
        return;
    AccountApi *api = m_session->api();
    runBulk(
        open, ActivityEntry::resend(),
        [](const User &user) {
            return user.invitationExpiresAt().isValid()
                ? tr("Invitation sent again; the one before was sent %1")
                      .arg(QLocale().toString(user.invitationSentAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Invitation sent again");
        },
        {tr("Resending invitations… %1 of %2"), tr("Invitation resent to %1. The new link is valid for 24 hours."),
         [](int n) { return tr("Invitations resent to %n people. The new links are valid for 24 hours.", nullptr, n); }},
        [this, api](const User &user, QObject *context, std::function<void(const ApiError &)> done) {
            const qint64 id = user.id;
            api->resendInvitation(user.email, context, [this, id, done](const Result<Done> &result) {
                if (!result) {
                    done(result.error());
                    return;
                }
                const QDateTime now = QDateTime::currentDateTimeUtc();
                if (const std::optional<User> current = userById(id)) {
                    User changed = *current;
                    changed.invitationSentAt = now;
                    m_session->users()->upsertUsers({changed});
                }
                recordInvitation(id, now);
                done(ApiError());
            });
        });
}

void UserOperations::changeRole(const QList<qint64> &ids, int roleId)
{
    if (ids.isEmpty())
        return;
    // Your own role last: once you are no longer an administrator, the rest would be refused.
    const qint64 me = m_session->identity().userId;
    QList<qint64> ordered = ids;
    if (me != 0 && ordered.removeAll(me) > 0)
        ordered.append(me);
    AccountApi *api = m_session->api();
    const qint64 clientId = m_session->users()->accountId();
    runBulk(
        ordered, ActivityEntry::role(),
        [clientId, roleId](const User &user) {
            return tr("Role: %1 → %2").arg(Role::displayName(user.roleId(clientId)), Role::displayName(roleId));
        },
        {tr("Changing roles… %1 of %2"), tr("%1 is now in the role %2.").arg(QStringLiteral("%1"), Role::displayName(roleId)),
         [roleId](int n) { return tr("%n people are now in the role %1.", nullptr, n).arg(Role::displayName(roleId)); }},
        [this, api, clientId, roleId](const User &user, QObject *context, std::function<void(const ApiError &)> done) {
            const qint64 account = clientId != 0 ? clientId : user.client;
            const qint64 id = user.id;
            api->changeRole(account, id, roleId, context, [this, id, account, roleId, done](const Result<Done> &result) {
                if (!result) {
                    done(result.error());
                    return;
                }
                if (id == m_session->identity().userId)
                    m_session->confirmMyRole(roleId); // what you may do changes with it
                if (const std::optional<User> current = userById(id))
                    store(withRole(*current, account, roleId));
                done(ApiError());
            });
        });
}

// ---- Removal ----------------------------------------------------------------------------

void UserOperations::setUndoDelay(int ms)
{
    m_undoTimer->setInterval(ms);
}

int UserOperations::undoDelay() const
{
    return m_undoTimer->interval();
}

void UserOperations::holdRemoval(const QList<User> &users, const QHash<qint64, QList<ApiToken>> &tokensToDelete)
{
    if (users.isEmpty())
        return;
    sendHeldRemoval();
    m_held = users;
    m_heldTokens = tokensToDelete;
    QList<qint64> ids;
    for (const User &user : users)
        ids.append(user.id);
    m_session->users()->removeUsers(ids);
    const QString text = users.size() == 1 ? tr("%1 removed from the account.").arg(users.constFirst().email)
                                           : tr("%n users removed from the account.", nullptr, int(users.size()));
    m_session->notify(Notice{Notice::Level::Info, text, {}, false}.withAction(
        tr("Undo"), [this] { undoRemoval(); }, QKeySequence::Undo));
    m_undoTimer->start();
    emit heldRemovalChanged(true);
}

void UserOperations::undoRemoval()
{
    if (m_held.isEmpty())
        return;
    m_undoTimer->stop();
    const QList<User> users = std::exchange(m_held, {});
    m_heldTokens.clear();
    emit heldRemovalChanged(false);
    m_session->users()->upsertUsers(users);
    for (const User &user : users)
        record(ActivityEntry::removeUndone(), user.id, user.email, tr("Removal undone before it was sent"));
    m_session->notify({Notice::Level::Info,
                       users.size() == 1 ? tr("%1 was not removed.").arg(users.constFirst().email)
                                         : tr("The %n users were not removed.", nullptr, int(users.size())),
                       {},
                       false});
    if (!isBusy())
        emit idle();
}

bool UserOperations::sendHeldRemoval()
{
    if (m_held.isEmpty())
        return false;
    m_undoTimer->stop();
    const QList<User> users = std::exchange(m_held, {});
    const QHash<qint64, QList<ApiToken>> tokens = std::exchange(m_heldTokens, {});
    emit heldRemovalChanged(false);
    QList<qint64> ids;
    for (const User &user : users)
        ids.append(user.id);
    runBulk(
        ids, ActivityEntry::remove(),
        [tokens](const User &user) {
            const int deleted = int(tokens.value(user.id).size());
            return deleted == 0 ? tr("Removed from the account")
                                : tr("Removed from the account after deleting %n API token(s)", nullptr, deleted);
        },
        {tr("Removing users… %1 of %2"), tr("%1 was removed from the account."),
         [](int n) { return tr("%n users were removed from the account.", nullptr, n); }},
        [this, tokens](const User &user, QObject *context, std::function<void(const ApiError &)> done) {
            const QList<ApiToken> blocking = tokens.value(user.id);
            if (blocking.isEmpty()) {
                removeFromAccount(user, context, std::move(done));
                return;
            }
            // The tokens first, one by one; the person only once every one of them is gone.
            m_session->tokens()->deleteTokens(
                blocking, context, [this, user, context, done](const QList<AccountTokens::Deletion> &deletions) {
                    for (const AccountTokens::Deletion &deletion : deletions) {
                        if (deletion.deleted())
                            continue;
                        m_session->users()->upsertUsers({user}); // still in the account: back on the table
                        ApiError error = deletion.error;
                        error.message = tr("Not removed: the API token “%1” could not be deleted: %2")
                                            .arg(deletion.token.name, deletion.error.text());
                        error.fieldErrors.clear();
                        done(error);
                        return;
                    }
                    removeFromAccount(user, context, done);
                });
        },
        users);
    return true;
}

void UserOperations::removeFromAccount(const User &user, QObject *context, std::function<void(const ApiError &)> done)
{
    const qint64 clientId = m_session->users()->accountId();
    const qint64 account = clientId != 0 ? clientId : user.client;
    m_session->api()->removeUser(account, user.id, context, [this, user, done](const Result<Done> &result) {
        if (result || result.error().kind == ApiError::Kind::NotFound) {
            if (UserCacheWriter *cache = m_session->cacheWriter())
                cache->removeUser(user.id);
            m_session->tokens()->markIssuerRemoved(user.id);
        }
        if (result) {
            done(ApiError());
            return;
        }
        ApiError error = result.error();
        if (error.kind == ApiError::Kind::NotFound) {
            // Gone either way: someone removed them meanwhile.
            error.message = tr("Someone else already removed this user from the account.");
        } else {
            m_session->users()->upsertUsers({user}); // still in the account: back on the table
        }
        done(error);
    });
}

// ---- Results of the dialogs -------------------------------------------------------------

void UserOperations::applyInvitation(const InviteRequest &request, const InviteResult &result)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    record(ActivityEntry::invite(), result.userId, request.email,
           result.existingAccount
               ? tr("Access given to an existing account, role %1").arg(Role::displayName(request.roleId))
               : tr("Invitation sent, role %1").arg(Role::displayName(request.roleId)));
    if (!result.existingAccount)
        recordInvitation(result.userId, now);
    m_session->notify({Notice::Level::Success,
                       result.existingAccount
                           ? tr("%1 already had an account and was told about the access.").arg(request.email)
                           : tr("Invitation sent to %1. The link is valid for 24 hours.").arg(request.email),
                       {},
                       false});
    // The new row, with its ID and status, from the server.
    m_session->api()->fetchUser(
        result.userId, this, [this, now, existing = result.existingAccount](const Result<User> &user) {
            if (!user)
                return; // the next refresh brings it
            User shown = user.value();
            if (!existing && !shown.invitationSentAt.isValid())
                shown.invitationSentAt = now;
            store(shown);
        });
}

void UserOperations::applyEdit(const User &before, const User &updated, int roleId)
{
    const qint64 account = m_session->users()->accountId();
    User shown = withRole(updated, account != 0 ? account : updated.client, roleId);
    shown.invitationSentAt = before.invitationSentAt;
    store(shown);
    QStringList changes;
    if (before.name != shown.name)
        changes.append(tr("Name: %1 → %2").arg(before.name, shown.name));
    if (before.lang != shown.lang)
        changes.append(
            tr("Language: %1 → %2").arg(Language::displayName(before.lang), Language::displayName(shown.lang)));
    if (before.roleId(account) != roleId)
        changes.append(tr("Role: %1 → %2").arg(Role::displayName(before.roleId(account)), Role::displayName(roleId)));
    if (before.isActive != shown.isActive)
        changes.append(shown.isActive ? tr("Activated") : tr("Deactivated"));
    if (updated.id == m_session->identity().userId)
        m_session->confirmMyRole(roleId);
    record(ActivityEntry::edit(), updated.id, updated.email, changes.join(QStringLiteral("; ")));
    m_session->notify(
        {Notice::Level::Success, tr("Saved the changes to %1.").arg(updated.email), {}, false});
}

void UserOperations::recordExport(int users, const QString &path, const QString &error)
{
    ActivityEntry entry;
    entry.actor = m_session->actorName();
    entry.action = ActivityEntry::exportUsers();
    entry.detail = tr("%n user(s) to %1", nullptr, users).arg(path);
    entry.ok = error.isEmpty();
    entry.error = error;
    m_session->record(entry);
}

// ---- Bulk operations --------------------------------------------------------------------

void UserOperations::runBulk(const QList<qint64> &ids, const QString &action,
                             std::function<QString(const User &)> describe, const Texts &texts, Operation operation,
                             const QList<User> &known)
{
    m_runner->cancel();
    m_run = std::make_unique<Run>();
    for (const User &user : known)
        m_run->known.insert(user.id, user);
    m_run->action = action;
    m_run->describe = std::move(describe);
    m_run->texts = texts;
    m_run->operation = std::move(operation);
    Run *run = m_run.get();
    m_busy = true;
    emit busyChanged(true);
    if (ids.size() > 1)
        showProgress();
    m_runner->start(ids, [this, run](qint64 id, QObject *context, BulkRunner::Finish finish) {
        std::optional<User> user = userById(id);
        if (!user && run->known.contains(id))
            user = *run->known.constFind(id);
        if (!user) {
            finish(ApiError::make(ApiError::Kind::NotFound, tr("The user is no longer in the list.")));
            return;
        }
        run->details.insert(id, run->describe(*user));
        run->emails.insert(id, user->email);
        run->operation(*user, context, finish);
    });
}

void UserOperations::onItemFinished(qint64 id, const ApiError &error)
{
    if (m_run->emails.contains(id)) // a user no longer in the list was never sent
        record(m_run->action, id, m_run->emails.value(id), m_run->details.value(id), error);
    if (m_runner->total() > 1)
        showProgress();
}

void UserOperations::showProgress()
{
    const QLocale locale;
    m_session->notify(
        Notice{Notice::Level::Info,
               m_run->texts.progress.arg(locale.toString(m_runner->doneCount()), locale.toString(m_runner->total())),
               {},
               false}
            .withAction(tr("Cancel"), [this] { cancel(); }));
}

QString UserOperations::emailOf(qint64 id) const
{
    if (const std::optional<User> user = userById(id))
        return user->email;
    if (m_run->known.contains(id))
        return m_run->known.value(id).email;
    return QString::number(id);
}

void UserOperations::onRunFinished()
{
    const QLocale locale;
    const QList<QPair<qint64, ApiError>> &failures = m_runner->failures();
    const int total = m_runner->total();
    const bool cancelled = m_runner->wasCancelled();
    if (failures.isEmpty() && !cancelled) {
        m_session->notify({Notice::Level::Success,
                           total == 1 ? m_run->texts.one.arg(emailOf(m_runner->keys().constFirst()))
                                      : m_run->texts.all(total),
                           {},
                           false});
    } else if (total == 1 && !cancelled) {
        m_session->notify({Notice::Level::Error,
                           tr("%1: %2").arg(emailOf(m_runner->keys().constFirst()), failures.constFirst().second.text()),
                           {},
                           false});
    } else {
        QStringList failed;
        for (const auto &[id, error] : failures) {
            if (failed.size() == 3) {
                failed.append(tr("and %n more", nullptr, int(failures.size()) - 3));
                break;
            }
            failed.append(tr("%1 (%2)").arg(emailOf(id), error.text()));
        }
        const QString summary =
            tr("%1 of %2 done.").arg(locale.toString(m_runner->succeeded()), locale.toString(total));
        Notice notice{cancelled ? Notice::Level::Info : Notice::Level::Error,
                      cancelled ? tr("Cancelled. %1").arg(summary)
                                : tr("%1 Failed: %2").arg(summary, failed.join(QStringLiteral("; "))),
                      {},
                      false};
        if (!failures.isEmpty()) {
            // The same operation again for those that failed, with what the run knew of them.
            notice.withAction(tr("Retry Failed"),
                              [this, retry = m_runner->failedKeys(), action = m_run->action, describe = m_run->describe,
                               texts = m_run->texts, operation = m_run->operation,
                               known = m_run->known.values()] {
                                  runBulk(retry, action, describe, texts, operation, known);
                              });
        }
        m_session->notify(notice);
    }
    m_busy = false;
    emit busyChanged(false);
    if (!hasHeldRemoval())
        emit idle();
}
