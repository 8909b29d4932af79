#include "UserActions.h"

#include "DialogParts.h"
#include "EditUserDialog.h"
#include "InviteDialog.h"
#include "RemoveEverywhereDialog.h"
#include "RemoveUserDialog.h"

#include "domain/Role.h"
#include "items/UserFilter.h"
#include "items/UsersModel.h"
#include "session/AccountSession.h"
#include "session/ActionPolicy.h"
#include "session/RemovalEverywhere.h"
#include "session/UserOperations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>

UserActions::UserActions(QWidget *window, QTableView *table, UserFilter *filter)
    : QObject(window)
    , m_window(window)
    , m_table(table)
    , m_filter(filter)
{
    createActions();

    m_rowButton = new QToolButton(table->viewport());
    m_rowButton->setObjectName(QStringLiteral("rowActionsButton"));
    m_rowButton->setText(QStringLiteral("⋯"));
    m_rowButton->setAutoRaise(true);
    m_rowButton->setFocusPolicy(Qt::NoFocus); // the keyboard has the menu key and Shift+F10
    m_rowButton->hide();
    connect(m_rowButton, &QToolButton::clicked, this, [this] {
        const QModelIndex index = m_filter->index(m_hoverRow, 0);
        if (!index.isValid())
            return;
        if (!m_table->selectionModel()->isRowSelected(m_hoverRow, {})) {
            m_table->setCurrentIndex(index);
            m_table->selectRow(m_hoverRow);
        }
        showRowMenu(m_rowButton->mapToGlobal(QPoint(0, m_rowButton->height())));
    });
    table->viewport()->setMouseTracking(true);
    table->viewport()->installEventFilter(this);
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, &UserActions::placeRowButton);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, &UserActions::placeRowButton);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UserActions::updateActions);
    // The current row moves, or the filter hid it or took it away without a word.
    const auto currentMoved = [this] {
        updateCurrentActions();
        emit currentChanged();
    };
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, currentMoved);
    connect(m_filter, &QAbstractItemModel::modelReset, this, currentMoved);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, currentMoved);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, currentMoved);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] {
        m_hoverRow = -1;
        placeRowButton();
    });
    retranslate();
}

UserActions::~UserActions()
{
    setSession(nullptr);
    m_table->viewport()->removeEventFilter(this);
}

void UserActions::setSession(AccountSession *session)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sessionConnections))
        disconnect(connection);
    m_sessionConnections.clear();
    // Dialogs and questions belong to the account they were opened for.
    for (QDialog *dialog : {static_cast<QDialog *>(m_editDialog.data()), static_cast<QDialog *>(m_removeDialog.data()),
                            static_cast<QDialog *>(m_inviteDialog.data()), static_cast<QDialog *>(m_question.data())}) {
        if (dialog)
            dialog->close();
    }
    // It works on the session itself, and refuses to close while removing: it goes now.
    delete m_removeEverywhereDialog.data();
    m_session = session;
    if (session) {
        UsersModel *users = session->users();
        UserOperations *operations = session->operations();
        m_sessionConnections = {
            connect(session, &AccountSession::readOnlyChanged, this, &UserActions::updateActions),
            connect(session, &AccountSession::identityChanged, this, &UserActions::updateActions),
            connect(users, &QAbstractItemModel::modelReset, this, &UserActions::updateActions),
            connect(users, &QAbstractItemModel::rowsInserted, this, &UserActions::updateActions),
            connect(users, &QAbstractItemModel::rowsRemoved, this, &UserActions::updateActions),
            connect(users, &QAbstractItemModel::dataChanged, this, &UserActions::updateActions),
            connect(operations, &UserOperations::busyChanged, this, &UserActions::updateActions),
            connect(operations, &UserOperations::heldRemovalChanged, m_undo, &QAction::setEnabled),
            connect(operations, &UserOperations::idle, this, &UserActions::idle),
        };
    }
    m_undo->setEnabled(session && session->operations()->hasHeldRemoval());
    updateActions();
}

void UserActions::createActions()
{
    m_resend = new QAction(this);
    m_resend->setObjectName(QStringLiteral("resendAction"));
    connect(m_resend, &QAction::triggered, this, [this] { resend(selectedIds(), true); });

    m_resendExpired = new QAction(this);
    m_resendExpired->setObjectName(QStringLiteral("resendExpiredAction"));
    connect(m_resendExpired, &QAction::triggered, this, [this] {
        if (m_session)
            resend(m_session->operations()->expiredUserIds(), true);
    });

    m_copyEmail = new QAction(this);
    m_copyEmail->setObjectName(QStringLiteral("copyEmailAction"));
    m_copyEmail->setShortcut(QKeySequence::Copy);
    m_copyEmail->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_copyEmail);
    connect(m_copyEmail, &QAction::triggered, this, [this] {
        QStringList emails;
        for (qint64 id : selectedIds()) {
            if (const std::optional<User> user = userById(id))
                emails.append(user->email);
        }
        if (!emails.isEmpty())
            QGuiApplication::clipboard()->setText(emails.join(u'\n'));
    });

    m_copyId = new QAction(this);
    m_copyId->setObjectName(QStringLiteral("copyIdAction"));
    m_copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyId->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_copyId);
    connect(m_copyId, &QAction::triggered, this, [this] {
        QStringList ids;
        for (qint64 id : selectedIds())
            ids.append(QString::number(id));
        if (!ids.isEmpty())
            QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    });

    m_invite = new QAction(this);
    m_invite->setObjectName(QStringLiteral("inviteAction"));
    m_invite->setIcon(QIcon::fromTheme(QStringLiteral("contact-new")));
    m_invite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_invite->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(m_invite);
    connect(m_invite, &QAction::triggered, this, &UserActions::openInviteDialog);

    m_edit = new QAction(this);
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_edit->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    connect(m_edit, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            openEditDialog(ids.constFirst());
    });

    m_remove = new QAction(this);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove-user")));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_remove);
    connect(m_remove, &QAction::triggered, this, [this] { openRemoveDialog(selectedIds()); });

    m_removeEverywhere = new QAction(this);
    m_removeEverywhere->setObjectName(QStringLiteral("removeEverywhereAction"));
    connect(m_removeEverywhere, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1)
            openRemoveEverywhereDialog(ids.constFirst());
    });

    // The same three for the current row alone (the details pane), without the table's keys.
    m_resendCurrent = new QAction(this);
    m_resendCurrent->setObjectName(QStringLiteral("resendCurrentAction"));
    connect(m_resendCurrent, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            resend({id}, true);
    });
    m_editCurrent = new QAction(m_edit->icon(), QString(), this);
    m_editCurrent->setObjectName(QStringLiteral("editCurrentAction"));
    connect(m_editCurrent, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            openEditDialog(id);
    });
    m_removeCurrent = new QAction(m_remove->icon(), QString(), this);
    m_removeCurrent->setObjectName(QStringLiteral("removeCurrentAction"));
    connect(m_removeCurrent, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            openRemoveDialog({id});
    });

    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("undoRemoveAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WindowShortcut);
    m_undo->setEnabled(false);
    m_window->addAction(m_undo);
    connect(m_undo, &QAction::triggered, this, &UserActions::undoRemoval);

    m_roleMenu = new QMenu(m_window);
    m_roleMenu->setObjectName(QStringLiteral("changeRoleMenu"));
    m_roleMenu->setToolTipsVisible(true);
    for (const Role &role : Role::all()) {
        QAction *action = m_roleMenu->addAction(QString());
        action->setData(role.id);
        connect(action, &QAction::triggered, this, [this, id = role.id] { changeRole(selectedIds(), id); });
        m_roleActions.append(action);
    }
    m_changeRoleMenuAction = m_roleMenu->menuAction();
    m_changeRoleMenuAction->setObjectName(QStringLiteral("changeRoleAction"));
}

void UserActions::retranslate()
{
    // Mnemonics unique within the User menu and the row menu: &Invite, Re&send, &Edit, &Remove,
    // &Undo, E&xpired, E&mail, I&D, &Change Role.
    m_copyEmail->setText(tr("Copy E&mail"));
    m_undo->setText(tr("&Undo Remove"));
    m_invite->setText(tr("&Invite Users…"));
    m_edit->setText(tr("&Edit…"));
    m_editCurrent->setText(m_edit->text());
    // On the details pane's buttons: no mnemonics there, Alt+letter belongs to the menus.
    m_resendCurrent->setIconText(tr("Resend Invitation"));
    m_editCurrent->setIconText(tr("Edit…"));
    m_removeCurrent->setIconText(tr("Remove…"));
    m_copyId->setText(tr("Copy I&D"));
    m_changeRoleMenuAction->setText(tr("&Change Role"));
    // The role names come translated from the domain: each gets the first letter not taken yet.
    QString taken;
    for (QAction *action : std::as_const(m_roleActions)) {
        QString name = Role::displayName(action->data().toInt());
        name.replace(u'&', QStringLiteral("&&"));
        for (qsizetype i = 0; i < name.size(); ++i) {
            const QChar c = name.at(i).toLower();
            if (c.isLetterOrNumber() && !taken.contains(c)) {
                taken.append(c);
                name.insert(i, u'&');
                break;
            }
        }
        action->setText(name);
    }
    m_rowButton->setToolTip(tr("Actions for this user"));
    m_rowButton->setAccessibleName(tr("Actions for this user"));
    updateActions();
}

InviteDialog *UserActions::inviteDialog() const
{
    return m_inviteDialog;
}

EditUserDialog *UserActions::editDialog() const
{
    return m_editDialog;
}

RemoveUserDialog *UserActions::removeDialog() const
{
    return m_removeDialog;
}

AccountSession *UserActions::session() const
{
    return m_session;
}

std::optional<User> UserActions::userById(qint64 id) const
{
    if (!m_session)
        return std::nullopt;
    const UsersModel *users = m_session->users();
    const int row = users->rowOfUser(id);
    return row < 0 ? std::nullopt : std::optional<User>(users->user(row));
}

QList<qint64> UserActions::selectedRows() const
{
    QList<qint64> ids;
    if (!m_session)
        return ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (source.isValid())
            ids.append(m_session->users()->userId(source.row()));
    }
    return ids;
}

qint64 UserActions::currentId() const
{
    const QModelIndex source = m_filter->mapToSource(m_table->currentIndex());
    return source.isValid() && m_session ? m_session->users()->userId(source.row()) : 0;
}

QList<qint64> UserActions::selectedIds() const
{
    QList<qint64> ids = selectedRows();
    if (ids.isEmpty() && currentId() != 0)
        ids.append(currentId());
    return ids;
}

qint64 UserActions::signedInUserId() const
{
    return m_session ? m_session->identity().userId : 0;
}

bool UserActions::isAdministrator() const
{
    return m_session && m_session->identity().isAdministrator();
}

void UserActions::warn(const QString &text)
{
    if (m_session)
        m_session->notify({Notice::Level::Warning, text, {}, false});
}

ActionPolicy::Situation UserActions::situation() const
{
    if (m_session)
        return m_session->situation();
    ActionPolicy::Situation none;
    none.readOnlyReason = tr("No account is open.");
    return none;
}

ActionPolicy::Selection UserActions::selectionOf(const ActionPolicy::Situation &situation, const QList<qint64> &ids,
                                                 QList<qint64> *open) const
{
    const QList<qint64> invited = m_session ? m_session->operations()->resendable(ids) : QList<qint64>();
    ActionPolicy::Selection selection;
    selection.count = int(ids.size());
    selection.openInvitations = int(invited.size());
    selection.includesMe = situation.me.isKnown() && ids.contains(situation.me.userId);
    if (open)
        *open = invited;
    return selection;
}

ActionPolicy::Selection UserActions::describe(const ActionPolicy::Situation &situation, const QList<qint64> &ids,
                                              Targets targets) const
{
    QList<qint64> open;
    const ActionPolicy::Selection selection = selectionOf(situation, ids, &open);
    // The table's shortcut, where the action has one, in its tooltip.
    const auto withKey = [](const QAction *action, const QString &text, const QString &textWithKey) {
        return action->shortcut().isEmpty() ? text
                                            : textWithKey.arg(action->shortcut().toString(QKeySequence::NativeText));
    };

    const ActionPolicy::Verdict resend = ActionPolicy::resend(situation, selection);
    targets.resend->setText(open.size() > 1 ? tr("Re&send %n Invites", nullptr, int(open.size())) : tr("Re&send Invite"));
    targets.resend->setEnabled(resend.allowed());
    targets.resend->setToolTip(resend ? tr("Send the invitation again; the new link is valid for 24 hours.") : resend.reason);

    const ActionPolicy::Verdict edit = ActionPolicy::edit(situation, selection);
    targets.edit->setEnabled(edit.allowed());
    targets.edit->setToolTip(edit ? tr("Change the name, language or role") : edit.reason);

    const ActionPolicy::Verdict remove = ActionPolicy::remove(situation, selection);
    targets.remove->setText(selection.count > 1 ? tr("&Remove %n Users…", nullptr, selection.count) : tr("&Remove…"));
    targets.remove->setEnabled(remove.allowed());
    targets.remove->setToolTip(remove ? withKey(targets.remove, tr("Remove from this account"),
                                                tr("Remove from this account (%1)"))
                                      : remove.reason);
    return selection;
}

void UserActions::updateActions()
{
    const ActionPolicy::Situation situation = this->situation();
    const QList<qint64> ids = selectedIds();
    const ActionPolicy::Selection selection = describe(situation, ids, {m_resend, m_edit, m_remove});
    const int expired = m_session ? m_session->operations()->expiredCount() : 0;

    const ActionPolicy::Verdict resendExpired = ActionPolicy::resendExpired(situation, expired);
    m_resendExpired->setText(tr("Resend All E&xpired (%1)").arg(QLocale().toString(expired)));
    m_resendExpired->setIconText(tr("Resend (%1)").arg(QLocale().toString(expired))); // next to the status filter
    m_resendExpired->setEnabled(resendExpired.allowed());
    m_resendExpired->setToolTip(resendExpired ? tr("Send every expired invitation again") : resendExpired.reason);

    const ActionPolicy::Verdict invite = ActionPolicy::invite(situation);
    m_invite->setEnabled(invite.allowed());
    m_invite->setToolTip(invite ? tr("Invite people to this account (%1)")
                                      .arg(m_invite->shortcut().toString(QKeySequence::NativeText))
                                : invite.reason);

    // Remove from All My Accounts: one person who shares several accounts with the signed-in one.
    m_removeEverywhere->setText(tr("Remove from All My &Accounts…"));
    QString everywhere;
    if (!situation.readOnlyReason.isEmpty())
        everywhere = situation.readOnlyReason;
    else if (selection.count != 1)
        everywhere = tr("Select one person to remove them from every account you share.");
    else if (selection.includesMe)
        everywhere = tr("You cannot remove yourself from your accounts here.");
    else if (const std::optional<User> person = userById(selectedIds().constFirst());
             !person || RemovalEverywhere::sharedAccounts(m_session, *person).size() < 2)
        everywhere = tr("This person belongs to no other account of yours.");
    m_removeEverywhere->setEnabled(everywhere.isEmpty());
    m_removeEverywhere->setToolTip(everywhere.isEmpty() ? tr("Remove this person from each account you share with "
                                                             "them, after one confirmation")
                                                        : everywhere);

    m_copyEmail->setEnabled(selection.count > 0);
    m_copyId->setEnabled(selection.count > 0);

    const ActionPolicy::Verdict role = ActionPolicy::changeRole(situation, selection);
    m_changeRoleMenuAction->setEnabled(role.allowed());
    m_changeRoleMenuAction->setToolTip(role.reason);
    for (QAction *action : std::as_const(m_roleActions)) {
        action->setEnabled(role.allowed());
        action->setToolTip(role.reason);
    }
    updateCurrentActions();
}

void UserActions::updateCurrentActions()
{
    const qint64 current = currentId();
    describe(situation(), current != 0 ? QList<qint64>{current} : QList<qint64>(),
             {m_resendCurrent, m_editCurrent, m_removeCurrent});
}

QMenu *UserActions::createRowMenu(QWidget *parent)
{
    updateActions();
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->setToolTipsVisible(true); // disabled actions say why
    menu->addAction(m_resend);
    menu->addAction(m_edit);
    menu->addAction(m_remove);
    menu->addAction(m_removeEverywhere);
    menu->addSeparator();
    menu->addAction(m_copyEmail);
    menu->addAction(m_copyId);
    menu->addSeparator();
    menu->addAction(m_changeRoleMenuAction);
    return menu;
}

void UserActions::showRowMenu(const QPoint &globalPos)
{
    QMenu *menu = createRowMenu(m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void UserActions::showMenuForCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(current.row(), {}))
        m_table->selectRow(current.row());
    const QRect rect = m_table->visualRect(current);
    showRowMenu(m_table->viewport()->mapToGlobal(QPoint(rect.left(), rect.bottom())));
}

void UserActions::showMenuAt(const QPoint &viewportPos)
{
    const int row = m_table->rowAt(viewportPos.y());
    if (row >= 0 && !m_table->selectionModel()->isRowSelected(row, {})) {
        m_table->setCurrentIndex(m_filter->index(row, 0));
        m_table->selectRow(row);
    }
    showRowMenu(m_table->viewport()->mapToGlobal(viewportPos));
}

void UserActions::activate(const QModelIndex &index)
{
    const QModelIndex source = m_filter->mapToSource(index);
    if (!source.isValid() || !m_session)
        return;
    const UsersModel *users = m_session->users();
    const qint64 id = users->user(source.row()).id;
    if (!m_session->operations()->resendable({id}).isEmpty()) {
        askToResend({id});
        return;
    }
    // An activated user has no invitation to resend: the double-click edits them.
    openEditDialog(id);
}

void UserActions::askToResend(const QList<qint64> &ids)
{
    updateActions();
    if (!m_session)
        return;
    QList<qint64> open;
    const ActionPolicy::Situation situation = this->situation();
    const ActionPolicy::Verdict verdict = ActionPolicy::resend(situation, selectionOf(situation, ids, &open));
    if (!verdict) {
        warn(verdict.reason);
        return;
    }
    if (m_question)
        m_question->close();

    const std::optional<User> first = userById(open.constFirst());
    const QString text = open.size() == 1
        ? tr("Resend the invitation to %1?").arg(first->name.isEmpty() ? first->email
                                                                      : tr("%1 (%2)").arg(first->name, first->email))
        : tr("Resend the invitations to %n users?", nullptr, int(open.size()));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Resend Invitation"), text, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("resendQuestion"));
    box->setInformativeText(tr("The new link is valid for 24 hours."));
    QPushButton *yes = box->addButton(tr("&Resend"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yes); // Enter resends
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, open] {
        if (box->clickedButton() == yes)
            resend(open, false);
    });
    m_question = box;
    box->open();
}

void UserActions::resend(const QList<qint64> &userIds, bool ask)
{
    if (ask)
        askToResend(userIds);
    else if (m_session)
        m_session->operations()->resend(userIds);
}

void UserActions::changeRole(const QList<qint64> &userIds, int roleId)
{
    if (!m_session)
        return;
    const Identity me = m_session->identity();
    const bool lowersMine = me.isAdministrator() && roleId != Role::Administrators && userIds.contains(me.userId);
    if (!lowersMine) {
        m_session->operations()->changeRole(userIds, roleId);
        return;
    }
    // No self-inflicted lockout: the last administrator stays one; anyone else is asked first.
    if (m_session->operations()->otherActiveAdministrators(me.userId) == 0) {
        warn(ActionPolicy::lastAdministratorReason());
        return;
    }
    if (m_question)
        m_question->close();
    QAbstractButton *lower = nullptr;
    QMessageBox *box = DialogParts::lowerOwnRoleQuestion(roleId, m_window, &lower);
    connect(box, &QMessageBox::finished, this, [this, box, lower, userIds, roleId] {
        if (box->clickedButton() == lower && m_session)
            m_session->operations()->changeRole(userIds, roleId);
    });
    m_question = box;
    box->open();
}

void UserActions::removeUsers(const QList<User> &users, const QHash<qint64, QList<ApiToken>> &tokensToDelete)
{
    if (m_session)
        m_session->operations()->holdRemoval(users, tokensToDelete);
}

void UserActions::undoRemoval()
{
    if (m_session)
        m_session->operations()->undoRemoval();
}

bool UserActions::hasPendingRemoval() const
{
    return m_session && m_session->operations()->hasHeldRemoval();
}

bool UserActions::sendPendingRemoval()
{
    return m_session && m_session->operations()->sendHeldRemoval();
}

void UserActions::setUndoDelay(int ms)
{
    if (m_session)
        m_session->operations()->setUndoDelay(ms);
}

int UserActions::undoDelay() const
{
    return m_session ? m_session->operations()->undoDelay() : 0;
}

void UserActions::cancelBulk()
{
    if (m_session)
        m_session->operations()->cancel();
}

bool UserActions::isBusy() const
{
    return m_session && m_session->operations()->isBusy();
}

void UserActions::openEditDialog(qint64 userId)
{
    const std::optional<User> user = userById(userId);
    if (!user)
        return;
    const QString blocked = ActionPolicy::blockedReason(m_session->situation());
    if (!blocked.isEmpty()) {
        warn(blocked);
        return;
    }
    if (m_editDialog)
        m_editDialog->close();
    const User before = *user;
    const Identity me = m_session->identity();
    m_editDialog = new EditUserDialog(m_session->api(), m_session->users()->accountId(), before, me.userId,
                                      me.isAdministrator(), m_window);
    if (before.id == me.userId && me.isAdministrator())
        m_editDialog->setOtherAdministrators(m_session->operations()->otherActiveAdministrators(me.userId));
    m_editDialog->setObjectName(QStringLiteral("editUserDialog"));
    m_editDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editDialog, &EditUserDialog::saved, this, [this, before](const User &updated, int roleId) {
        if (m_session)
            m_session->operations()->applyEdit(before, updated, roleId);
        updateActions();
    });
    m_editDialog->open();
}

void UserActions::openRemoveDialog(const QList<qint64> &userIds)
{
    const ActionPolicy::Situation situation = this->situation();
    const ActionPolicy::Verdict verdict = ActionPolicy::remove(situation, selectionOf(situation, userIds));
    if (!verdict) {
        warn(verdict.reason);
        return;
    }
    QList<User> users;
    for (qint64 id : userIds) {
        if (const std::optional<User> user = userById(id))
            users.append(*user);
    }
    if (users.isEmpty())
        return;
    if (m_removeDialog)
        m_removeDialog->close();
    m_removeDialog = new RemoveUserDialog(m_session->api(), m_session->users()->accountId(), users, m_window);
    m_removeDialog->setObjectName(QStringLiteral("removeUserDialog"));
    m_removeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_removeDialog, &RemoveUserDialog::confirmed, this, &UserActions::removeUsers);
    m_removeDialog->open();
}

RemoveEverywhereDialog *UserActions::removeEverywhereDialog() const
{
    return m_removeEverywhereDialog;
}

void UserActions::openRemoveEverywhereDialog(qint64 userId)
{
    updateActions();
    if (!m_removeEverywhere->isEnabled()) {
        warn(m_removeEverywhere->toolTip());
        return;
    }
    const std::optional<User> person = userById(userId);
    if (!person)
        return;
    if (m_removeEverywhereDialog && m_removeEverywhereDialog->isRemoving()) {
        m_removeEverywhereDialog->raise(); // one person at a time
        m_removeEverywhereDialog->activateWindow();
        return;
    }
    delete m_removeEverywhereDialog.data();
    m_removeEverywhereDialog = new RemoveEverywhereDialog(m_session, *person, m_window);
    m_removeEverywhereDialog->setObjectName(QStringLiteral("removeEverywhereDialog"));
    m_removeEverywhereDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_removeEverywhereDialog->open();
}

void UserActions::openInviteDialog()
{
    updateActions();
    if (!m_invite->isEnabled()) {
        warn(m_invite->toolTip());
        return;
    }
    if (m_inviteDialog && m_inviteDialog->isVisible()) {
        m_inviteDialog->raise();
        m_inviteDialog->activateWindow();
        return;
    }
    if (m_inviteDialog)
        m_inviteDialog->deleteLater(); // closed, not yet deleted
    m_inviteDialog = new InviteDialog(m_session->api(), m_session->users()->accountId(), m_window);
    m_inviteDialog->setObjectName(QStringLiteral("inviteDialog"));
    m_inviteDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_inviteDialog, &InviteDialog::invited, this, [this](const InviteRequest &request, const InviteResult &result) {
        if (m_session)
            m_session->operations()->applyInvitation(request, result);
    });
    m_inviteDialog->open();
}

void UserActions::placeRowButton()
{
    if (m_hoverRow < 0 || m_hoverRow >= m_filter->rowCount() || !m_session) {
        m_rowButton->hide();
        return;
    }
    const int y = m_table->rowViewportPosition(m_hoverRow);
    const int height = m_table->rowHeight(m_hoverRow);
    if (y < -height || y > m_table->viewport()->height()) {
        m_rowButton->hide();
        return;
    }
    const QSize size(height + 8, height - 2);
    m_rowButton->resize(size);
    m_rowButton->move(m_table->viewport()->width() - size.width() - 4, y + 1);
    m_rowButton->show();
    m_rowButton->raise();
    if (const QModelIndex source = m_filter->mapToSource(m_filter->index(m_hoverRow, 0)); source.isValid())
        m_rowButton->setAccessibleDescription(m_session->users()->user(source.row()).email);
}

bool UserActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const int row = m_table->rowAt(static_cast<QMouseEvent *>(event)->position().toPoint().y());
            if (row != m_hoverRow) {
                m_hoverRow = row;
                placeRowButton();
            }
        } else if (event->type() == QEvent::Leave) {
            if (!m_rowButton->underMouse()) {
                m_hoverRow = -1;
                placeRowButton();
            }
        } else if (event->type() == QEvent::Resize) {
            placeRowButton();
        }
    }
    return QObject::eventFilter(watched, event);
}
