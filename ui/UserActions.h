#pragma once

#include "domain/ApiTypes.h"
#include "domain/User.h"
#include "session/ActionPolicy.h"

#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <optional>

class AccountSession;
class EditUserDialog;
class InviteDialog;
class QAction;
class QMenu;
class QModelIndex;
class QPoint;
class QTableView;
class QToolButton;
class RemoveEverywhereDialog;
class RemoveUserDialog;
class UserFilter;

// The user actions of a window's table: the actions of the menus, the row menu (the "⋯" button
// of the row under the mouse, the context menu, the menu key), double-click and Enter, and the
// dialogs they open. It works on the session the window shows: ActionPolicy says what is
// allowed and why not (the disabled action's tooltip), UserOperations does it, and the
// session's notices tell how it went.
class UserActions final : public QObject
{
    Q_OBJECT
public:
    // `window` gets the window-wide shortcuts; `table` shows `filter` over the session's users.
    UserActions(QWidget *window, QTableView *table, UserFilter *filter);
    ~UserActions() override;

    // The account acted on (null: none; every action disabled). Not owned.
    void setSession(AccountSession *session);
    AccountSession *session() const;

    QAction *inviteAction() const { return m_invite; }
    QAction *resendAction() const { return m_resend; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *removeEverywhereAction() const { return m_removeEverywhere; }
    QAction *resendExpiredAction() const { return m_resendExpired; }
    QAction *copyEmailAction() const { return m_copyEmail; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *undoAction() const { return m_undo; }
    // Resend, Edit and Remove for the current row alone, whatever else is selected: the
    // details pane's buttons. Enabled, and with the reason otherwise, as the actions above are.
    QAction *resendCurrentAction() const { return m_resendCurrent; }
    QAction *editCurrentAction() const { return m_editCurrent; }
    QAction *removeCurrentAction() const { return m_removeCurrent; }
    QList<QAction *> roleActions() const { return m_roleActions; }
    QMenu *roleMenu() const { return m_roleMenu; }
    QToolButton *rowButton() const { return m_rowButton; }

    // The actions of the selected rows, as the context menu and the "⋯" button show them.
    QMenu *createRowMenu(QWidget *parent);
    void showRowMenu(const QPoint &globalPos);
    // The menu of the current row at that row (the menu key), or of the row at `viewportPos`
    // (the mouse), which becomes the selection unless it is selected.
    void showMenuForCurrentRow();
    void showMenuAt(const QPoint &viewportPos);

    // Double-click or Enter on a row: resend a pending or expired invitation (after one short
    // question); for an activated user, edit.
    void activate(const QModelIndex &index);
    // Resends the invitations of these users; `ask` first asks one short question.
    void resend(const QList<qint64> &userIds, bool ask);
    void changeRole(const QList<qint64> &userIds, int roleId);
    // Takes these users off the table and removes them after the undo delay (UserOperations).
    void removeUsers(const QList<User> &users, const QHash<qint64, QList<ApiToken>> &tokensToDelete = {});
    void undoRemoval();
    bool hasPendingRemoval() const;
    // Sends a held removal now (closing the window); false when nothing was held.
    bool sendPendingRemoval();
    void setUndoDelay(int ms);
    int undoDelay() const;
    void cancelBulk();
    bool isBusy() const;

    void openInviteDialog();
    void openEditDialog(qint64 userId);
    void openRemoveDialog(const QList<qint64> &userIds);
    // Remove from All My Accounts for one person.
    void openRemoveEverywhereDialog(qint64 userId);
    InviteDialog *inviteDialog() const;
    EditUserDialog *editDialog() const;
    RemoveUserDialog *removeDialog() const;
    RemoveEverywhereDialog *removeEverywhereDialog() const;
    // The question open now (resend), for tests; null when none.
    QMessageBox *openQuestion() const { return m_question; }

    // Ids of the selected users, else of the current one, whatever the sort and filter.
    QList<qint64> selectedIds() const;
    QList<qint64> selectedRows() const; // the selection alone
    qint64 currentId() const; // 0: none

    // The signed-in person, as the session knows them.
    qint64 signedInUserId() const;
    bool isAdministrator() const;

    // The texts of the actions in the current language (the window calls it on LanguageChange).
    void retranslate();

public slots:
    void updateActions();

signals:
    // No bulk operation runs any more and no removal is held.
    void idle();
    // The table's current row moved (or went): currentId() may be another user.
    void currentChanged();

private:
    // The actions that say what Resend, Edit and Remove would do to some users.
    struct Targets
    {
        QAction *resend;
        QAction *edit;
        QAction *remove;
    };
    ActionPolicy::Situation situation() const;
    // `ids` as ActionPolicy sees them; `open` gets those with an invitation to resend.
    ActionPolicy::Selection selectionOf(const ActionPolicy::Situation &situation, const QList<qint64> &ids,
                                        QList<qint64> *open = nullptr) const;
    // Enables `targets` for `ids`, or disables them with the reason as the tooltip; returns the
    // selection `ids` make.
    ActionPolicy::Selection describe(const ActionPolicy::Situation &situation, const QList<qint64> &ids,
                                     Targets targets) const;
    void updateCurrentActions();
    void createActions();
    void askToResend(const QList<qint64> &ids);
    void warn(const QString &text);
    std::optional<User> userById(qint64 id) const;
    void placeRowButton();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QWidget *m_window;
    QTableView *m_table;
    UserFilter *m_filter;
    QPointer<AccountSession> m_session;
    QList<QMetaObject::Connection> m_sessionConnections;

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
    QAction *m_removeEverywhere = nullptr;
    QAction *m_resendCurrent = nullptr;
    QAction *m_editCurrent = nullptr;
    QAction *m_removeCurrent = nullptr;
    QPointer<EditUserDialog> m_editDialog;
    QPointer<RemoveUserDialog> m_removeDialog;
    QPointer<RemoveEverywhereDialog> m_removeEverywhereDialog;
    QPointer<InviteDialog> m_inviteDialog;
    QPointer<QMessageBox> m_question;
    int m_hoverRow = -1;

    Q_DISABLE_COPY_MOVE(UserActions)
};
