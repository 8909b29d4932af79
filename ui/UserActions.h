#pragma once

#include "domain/ActivityEntry.h"
#include "domain/ApiError.h"
#include "domain/User.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class AccountApi;
class MainWindow;
class QAction;
class QMenu;

class QModelIndex;
class QPoint;
class QTimer;
class QToolButton;

// What can be done to the users of the main window's table, and how: the row actions (the
// "⋯" button of the row under the mouse, the context menu, the keyboard), their rules
// (administrators only, not offline, only pending or expired invitations can be resent)
// with the reason whenever one is disabled, and the requests, one or many at a time, with
// the result in the window's banner.
class UserActions final : public QObject
{
    Q_OBJECT
public:
    explicit UserActions(MainWindow *window);
    ~UserActions() override;

    QAction *inviteAction() const { return m_invite; }
    QAction *resendAction() const { return m_resend; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *resendExpiredAction() const { return m_resendExpired; }
    QAction *copyEmailAction() const { return m_copyEmail; }
    QAction *copyIdAction() const { return m_copyId; }
    QList<QAction *> roleActions() const { return m_roleActions; }
    QMenu *roleMenu() const { return m_roleMenu; }
    QToolButton *rowButton() const { return m_rowButton; }

    // The actions of the selected rows, as the context menu and the "⋯" button show them.
    QMenu *createRowMenu(QWidget *parent);
    void showRowMenu(const QPoint &globalPos);

    // Double-click or Enter on a row: resend a pending or expired invitation (after one
    // short question); for an activated user, say why there is nothing to resend.
    void activate(const QModelIndex &index);
    // Resends the invitations of these users; `ask` first asks one short question.
    void resend(const QList<qint64> &userIds, bool ask);
    void changeRole(const QList<qint64> &userIds, int roleId);
    // Takes these users off the table at once and holds the request for undoDelay() ms with
    // "Undo" on the banner (and Ctrl+Z); then removes them from the account. A user the server
    // refuses to remove comes back. A new removal sends the one held before at once.
    void removeUsers(const QList<User> &users);
    void undoRemoval();
    // The Invite Users dialog (Ctrl+N); invited people appear on the table at once.
    void openInviteDialog();
    class InviteDialog *inviteDialog() const;
    // Edit (double-click on an active user); the table shows the saved result at once.
    void openEditDialog(qint64 userId);
    class EditUserDialog *editDialog() const;
    // Remove (Delete): one confirmation for the selected users, then removeUsers().
    void openRemoveDialog(const QList<qint64> &userIds);
    class RemoveUserDialog *removeDialog() const;
    bool hasPendingRemoval() const { return !m_pendingRemoval.isEmpty(); }
    // Sends a held removal now (closing the window); false when nothing was held.
    bool sendPendingRemoval();
    void setUndoDelay(int ms);
    int undoDelay() const;
    QAction *undoAction() const { return m_undo; }

    // The signed-in person, for what they may do; unknown (0) until the backend says.
    qint64 signedInUserId() const { return m_meId; }
    int signedInRoleId() const { return m_myRoleId; }
    bool isAdministrator() const;
    // Asks the backend who is signed in (on start and after switching accounts).
    void learnIdentity();

    // Why an action that changes the account is not possible now; empty when it is.
    QString blockedReason() const;
    // The question open now (resend), for tests; null when none.
    QMessageBox *openQuestion() const { return m_question; }
    // A bulk operation is running.
    bool isBusy() const { return m_bulk != nullptr; }
    void cancelBulk();

    // Pending and expired invitations among `ids` (in the table's order).
    QList<qint64> resendable(const QList<qint64> &ids) const;

public slots:
    void updateActions();

signals:
    // An invitation was (re)sent to this user at `sentAt` (the cache remembers it).
    void invitationSent(qint64 userId, const QDateTime &sentAt);
    // An action ended, well or not, for the activity log.
    void activity(const ActivityEntry &entry);
    // No bulk operation runs any more and no removal is held.
    void idle();

private:
    struct Bulk;
    using Operation = std::function<void(const User &user, QObject *context, std::function<void(const ApiError &)>)>;

    void createActions();
    // Tells the activity log that `action` was done to a user, and how it ended.
    void record(const QString &action, qint64 userId, const QString &email, const QString &detail,
                const ApiError &error = {});
    void onInvited(const struct InviteRequest &request, const struct InviteResult &result);
    void onEdited(const User &before, const User &updated, int roleId);
    // The user with `roleId` in `account`, as the table shows it after a role change.
    static User withRole(User user, qint64 account, int roleId);
    void storeUser(const User &user); // the table and the cache
    const User *userById(qint64 id) const;
    QList<qint64> selectedIds() const;
    void askToResend(const QList<qint64> &ids);
    // Runs `operation` for every user, a few at a time, with progress, Cancel, and one
    // summary (with "Retry failed") at the end.
    // `action` and `describe` name it in the activity log.
    // `known` are users no longer in the table (held removals).
    void runBulk(const QList<qint64> &ids, const QString &action, std::function<QString(const User &)> describe,
                 const QString &progressText, const QString &doneText, Operation operation,
                 const QList<User> &known = {});
public:
    // The texts of the actions in the current language (the window calls it on LanguageChange).
    void retranslate();
    // Who the activity log says acted: the signed-in person's email when known.
    QString actorName() const;

private:
    void startNext();
    void finishBulk();
    void showBulkProgress();
    void placeRowButton();
    bool eventFilter(QObject *watched, QEvent *event) override;
    QString permissionReason(const QString &what) const;

    MainWindow *m_window;
    QAction *m_resend = nullptr;
    QAction *m_resendExpired = nullptr;
    QAction *m_copyEmail = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_changeRoleMenuAction = nullptr;
    QList<QAction *> m_roleActions;
    QMenu *m_roleMenu = nullptr;
    QToolButton *m_rowButton = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_invite = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QPointer<class EditUserDialog> m_editDialog;
    QPointer<class RemoveUserDialog> m_removeDialog;
    QPointer<class InviteDialog> m_inviteDialog;
    QList<User> m_pendingRemoval;
    QTimer *m_undoTimer = nullptr;
    int m_hoverRow = -1;

    qint64 m_meId = 0;
    int m_myRoleId = 0;
    bool m_roleConfirmed = false; // by the server; until then the list's word for it
    QObject *m_identityContext = nullptr;

    QPointer<QMessageBox> m_question;
    Bulk *m_bulk = nullptr;

    Q_DISABLE_COPY_MOVE(UserActions)
};
