#pragma once

#include "domain/ApiError.h"
#include "domain/ApiTypes.h"
#include "domain/User.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class AccountSession;
class BulkRunner;
class QTimer;
struct InviteRequest;
struct InviteResult;

// What is done to the users of an open account, written once: resend invitations, change
// roles, remove (held for a few seconds with Undo first), and the results of the invite and
// edit dialogs. Each updates the model, the cache and the activity log in one place, and tells
// the person through the session's notices. Bulk actions run a few requests at a time with
// progress, Cancel, and one summary with Retry Failed.
//
// Whether an action is allowed is ActionPolicy's business; these functions do what they are
// asked (the server has the last word).
class UserOperations final : public QObject
{
    Q_OBJECT
public:
    // Writes to the cache go through the session's cacheWriter(), in order with the refreshes.
    explicit UserOperations(AccountSession *session);
    ~UserOperations() override;

    // Pending and expired invitations among `ids`, in their order.
    QList<qint64> resendable(const QList<qint64> &ids) const;
    // The users whose invitation is known to have expired, in the table's order.
    QList<qint64> expiredUserIds() const;
    int expiredCount() const;
    // The account's active administrators other than `userId`, as the table has them (one pass
    // over the rows: asked when someone is about to lower their own role).
    int otherActiveAdministrators(qint64 userId) const;

    // Resends the invitations of those of `ids` that are pending or expired.
    void resend(const QList<qint64> &ids);
    // Gives these users `roleId`; the signed-in person last, so that the others are still allowed.
    void changeRole(const QList<qint64> &ids, int roleId);

    // Takes these users off the table at once and holds their removal for undoDelay() ms with
    // Undo on the notice; then removes them from the account. A user the server refuses to
    // remove comes back. A new removal sends the one held before at once. The API tokens in
    // `tokensToDelete` (by issuer) are deleted first, each recorded; a person one of whose
    // tokens could not be deleted is not removed, and the result says which token and why.
    void holdRemoval(const QList<User> &users, const QHash<qint64, QList<ApiToken>> &tokensToDelete = {});
    void undoRemoval();
    // Removes `user`, already taken off the table, from this account at once (no Undo): the
    // cache and the tokens list follow; if the server refuses, they come back to the table.
    // `done` has the error, none when removed (someone else removing them first is NotFound).
    void removeFromAccount(const User &user, QObject *context, std::function<void(const ApiError &)> done);
    // Sends a held removal now (closing the window); false when nothing was held.
    bool sendHeldRemoval();
    bool hasHeldRemoval() const { return !m_held.isEmpty(); }
    void setUndoDelay(int ms);
    int undoDelay() const;

    // The invite dialog invited someone: the activity log, the invitation time for expiry, a
    // notice, and the new row from the server.
    void applyInvitation(const InviteRequest &request, const InviteResult &result);
    // The edit dialog saved `updated` (was `before`), who now holds `roleId`.
    void applyEdit(const User &before, const User &updated, int roleId);
    // The window exported the users shown: the activity log hears how it ended.
    void recordExport(int users, const QString &path, const QString &error);

    // A bulk operation runs.
    bool isBusy() const;
    void cancel();

    // The user `roleId` in `account`, as the table shows it after a role change.
    static User withRole(User user, qint64 account, int roleId);

signals:
    void busyChanged(bool busy);
    void heldRemovalChanged(bool held);
    // No bulk operation runs any more and no removal is held.
    void idle();

private:
    struct Run;
    using Operation = std::function<void(const User &user, QObject *context, std::function<void(const ApiError &)>)>;

    void record(const QString &action, qint64 userId, const QString &email, const QString &detail,
                const ApiError &error = {});
    void store(const User &user); // the table and the cache
    void recordInvitation(qint64 userId, const QDateTime &sentAt);
    std::optional<User> userById(qint64 id) const;
    // Runs `operation` for every user with progress, Cancel and one summary with Retry Failed.
    // `action` and `describe` name it in the activity log; `known` are users no longer in the
    // table (held removals).
    // What a bulk run says: its progress ("%1 of %2"), its result for one user ("%1" is the
    // email), and for all of them, naming what was done ("Invitations resent to 24 people").
    struct Texts
    {
        QString progress;
        QString one;
        std::function<QString(int)> all;
    };
    void runBulk(const QList<qint64> &ids, const QString &action, std::function<QString(const User &)> describe,
                 const Texts &texts, Operation operation, const QList<User> &known = {});
    void onItemFinished(qint64 id, const ApiError &error);
    void onRunFinished();
    void showProgress();
    QString emailOf(qint64 id) const;

    AccountSession *m_session;
    BulkRunner *m_runner;
    std::unique_ptr<Run> m_run; // of the bulk operation running or last run
    QList<User> m_held; // removals waiting for the undo delay
    QHash<qint64, QList<ApiToken>> m_heldTokens; // the tokens to delete first, by issuer
    QTimer *m_undoTimer;
    bool m_busy = false; // from a bulk run's start to its summary

    Q_DISABLE_COPY_MOVE(UserOperations)
};
