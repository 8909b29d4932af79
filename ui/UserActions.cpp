#include "UserActions.h"

#include "Banner.h"
#include "EditUserDialog.h"
#include "InviteDialog.h"
#include "RemoveUserDialog.h"
#include "MainWindow.h"

#include "api/AccountApi.h"
#include "domain/Role.h"
#include "items/UserFilter.h"
#include "items/UserListLoader.h"
#include "items/UsersModel.h"
#include "store/UserCache.h"
#include "domain/Language.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <deque>

Q_LOGGING_CATEGORY(lcActions, "roster.actions", QtInfoMsg)

namespace {

// Requests of one bulk operation in flight at once: fast, and far below the rate limit.
constexpr int BulkConcurrency = 4;

bool isInvitationOpen(UserStatus status)
{
    return status == UserStatus::Pending || status == UserStatus::Expired;
}

} // namespace

struct UserActions::Bulk
{
    std::deque<qint64> queue;
    QList<qint64> all;
    int running = 0;
    int succeeded = 0;
    QList<QPair<qint64, ApiError>> failures;
    QString progressText; // "%1 of %2"
    QString doneText; // for one user: "%1" is the email
    QString action; // the activity log's key
    std::function<QString(const User &)> describe;
    QHash<qint64, QString> details; // per user, as described before the request
    QHash<qint64, User> known; // users not in the table (held removals)
    Operation operation;
    QObject *context = nullptr;
    bool cancelled = false;
};

UserActions::UserActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    createActions();

    QTableView *table = m_window->tableView();
    m_rowButton = new QToolButton(table->viewport());
    m_rowButton->setObjectName(QStringLiteral("rowActionsButton"));
    m_rowButton->setText(QStringLiteral("⋯"));
    m_rowButton->setAutoRaise(true);
    m_rowButton->setFocusPolicy(Qt::NoFocus); // the keyboard has the menu key and Shift+F10
    m_rowButton->hide();
    connect(m_rowButton, &QToolButton::clicked, this, [this] {
        const QModelIndex index = m_window->userFilter()->index(m_hoverRow, 0);
        if (!index.isValid())
            return;
        if (!m_window->tableView()->selectionModel()->isRowSelected(m_hoverRow, {})) {
            m_window->tableView()->setCurrentIndex(index);
            m_window->tableView()->selectRow(m_hoverRow);
        }
        showRowMenu(m_rowButton->mapToGlobal(QPoint(0, m_rowButton->height())));
    });
    table->viewport()->setMouseTracking(true);
    table->viewport()->installEventFilter(this);
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, &UserActions::placeRowButton);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, &UserActions::placeRowButton);

    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UserActions::updateActions);
    connect(m_window, &MainWindow::readOnlyChanged, this, &UserActions::updateActions);
    UsersModel *users = m_window->usersModel();
    connect(users, &QAbstractItemModel::modelReset, this, &UserActions::updateActions);
    connect(users, &QAbstractItemModel::rowsInserted, this, &UserActions::updateActions);
    connect(users, &QAbstractItemModel::rowsRemoved, this, &UserActions::updateActions);
    connect(users, &QAbstractItemModel::dataChanged, this, &UserActions::updateActions);
    connect(m_window->userFilter(), &QAbstractItemModel::layoutChanged, this, [this] {
        m_hoverRow = -1;
        placeRowButton();
    });
    retranslate();
    updateActions();
}

UserActions::~UserActions()
{
    // A removal still held was never confirmed by the clock: it is not sent.
    m_pendingRemoval.clear();
    cancelBulk();
    delete m_identityContext;
    m_window->tableView()->viewport()->removeEventFilter(this);
}

void UserActions::createActions()
{
    QTableView *table = m_window->tableView();
    m_resend = new QAction(this);
    m_resend->setObjectName(QStringLiteral("resendAction"));
    connect(m_resend, &QAction::triggered, this, [this] { resend(selectedIds(), true); });

    m_resendExpired = new QAction(this);
    m_resendExpired->setObjectName(QStringLiteral("resendExpiredAction"));
    connect(m_resendExpired, &QAction::triggered, this, [this] {
        QList<qint64> expired;
        const UsersModel *users = m_window->usersModel();
        for (int row = 0; row < users->rowCount(); ++row) {
            if (users->status(row) == UserStatus::Expired)
                expired.append(users->user(row).id);
        }
        resend(expired, true);
    });

    m_copyEmail = new QAction(this);
    m_copyEmail->setObjectName(QStringLiteral("copyEmailAction"));
    m_copyEmail->setShortcut(QKeySequence::Copy);
    m_copyEmail->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(m_copyEmail);
    connect(m_copyEmail, &QAction::triggered, this, [this] {
        QStringList emails;
        for (qint64 id : selectedIds()) {
            if (const User *user = userById(id))
                emails.append(user->email);
        }
        if (!emails.isEmpty())
            QGuiApplication::clipboard()->setText(emails.join(u'\n'));
    });

    m_copyId = new QAction(this);
    m_copyId->setObjectName(QStringLiteral("copyIdAction"));
    m_copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyId->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(m_copyId);
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
    m_window->tableView()->addAction(m_remove);
    connect(m_remove, &QAction::triggered, this, [this] { openRemoveDialog(selectedIds()); });

    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("undoRemoveAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WindowShortcut);
    m_undo->setEnabled(false);
    m_window->addAction(m_undo);
    connect(m_undo, &QAction::triggered, this, &UserActions::undoRemoval);
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(5000);
    connect(m_undoTimer, &QTimer::timeout, this, &UserActions::sendPendingRemoval);

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

const User *UserActions::userById(qint64 id) const
{
    const int row = m_window->usersModel()->rowOfUser(id);
    return row < 0 ? nullptr : &m_window->usersModel()->user(row);
}

QList<qint64> UserActions::selectedIds() const
{
    QList<qint64> ids = m_window->selectedUserIds();
    if (ids.isEmpty() && m_window->currentUserId() != 0)
        ids.append(m_window->currentUserId());
    return ids;
}

QList<qint64> UserActions::resendable(const QList<qint64> &ids) const
{
    QList<qint64> open;
    const UsersModel *users = m_window->usersModel();
    for (qint64 id : ids) {
        const int row = users->rowOfUser(id);
        if (row >= 0 && isInvitationOpen(users->status(row)))
            open.append(id);
    }
    return open;
}

bool UserActions::isAdministrator() const
{
    return m_myRoleId == Role::Administrators;
}

QString UserActions::blockedReason() const
{
    if (m_window->isReadOnly())
        return m_window->readOnlyReason();
    if (m_bulk)
        return tr("Another operation is running; wait for it or cancel it.");
    return {};
}

QString UserActions::permissionReason(const QString &onlyAdministrators) const
{
    if (isAdministrator())
        return {};
    if (m_meId == 0)
        return tr("Roster is still finding out what you may do in this account.");
    return onlyAdministrators;
}

void UserActions::learnIdentity()
{
    delete m_identityContext;
    m_identityContext = new QObject(this);
    m_meId = 0;
    m_myRoleId = 0;
    m_roleConfirmed = false;
    updateActions();
    AccountApi *api = m_window->backend();
    QObject *context = m_identityContext;
    api->fetchMe(context, [this, api, context](const Result<AccountInfo> &info) {
        if (!info) {
            qCInfo(lcActions) << "who is signed in is unknown:" << info.error().message;
            return;
        }
        const qint64 clientId = info.value().clientId;
        const qint64 me = info.value().currentUserId;
        m_window->usersModel()->setAccountId(clientId); // roles are per account
        m_meId = me;
        updateActions(); // the list may already say the role; the server confirms it below
        api->fetchRole(clientId, me, context, [this, me](const Result<int> &role) {
            m_meId = me;
            if (role) {
                m_myRoleId = role.value();
                m_roleConfirmed = true;
            } else if (const User *user = userById(me)) {
                // Not allowed to read roles is itself an answer; the list still says it.
                m_myRoleId = user->roleId(m_window->usersModel()->accountId());
            }
            updateActions();
        });
    });
}

void UserActions::updateActions()
{
    if (m_meId != 0 && !m_roleConfirmed) {
        if (const User *me = userById(m_meId))
            m_myRoleId = me->roleId(m_window->usersModel()->accountId());
    }
    const QString blocked = blockedReason();
    const QList<qint64> ids = selectedIds();
    const QList<qint64> open = resendable(ids);
    AccountApi *api = m_window->backend();

    QString resendWhy = blocked;
    if (resendWhy.isEmpty())
        resendWhy = permissionReason(tr("Only administrators can resend invitations."));
    if (resendWhy.isEmpty() && !api->supports(AccountApi::Capability::ResendInvitation))
        resendWhy = tr("This server cannot resend invitations.");
    if (resendWhy.isEmpty() && open.isEmpty())
        resendWhy = ids.isEmpty() ? tr("Select a user whose invitation is pending or expired.")
                                  : tr("Only pending or expired invitations can be resent.");
    m_resend->setText(open.size() > 1 ? tr("Re&send %n Invites", nullptr, int(open.size())) : tr("Re&send Invite"));
    m_resend->setEnabled(resendWhy.isEmpty());
    m_resend->setToolTip(resendWhy.isEmpty() ? tr("Send the invitation again; the new link is valid for 24 hours.")
                                             : resendWhy);

    int expired = 0;
    const UsersModel *users = m_window->usersModel();
    for (int row = 0; row < users->rowCount(); ++row)
        expired += users->status(row) == UserStatus::Expired ? 1 : 0;
    QString expiredWhy = blocked;
    if (expiredWhy.isEmpty())
        expiredWhy = permissionReason(tr("Only administrators can resend invitations."));
    if (expiredWhy.isEmpty() && !api->supports(AccountApi::Capability::ResendInvitation))
        expiredWhy = tr("This server cannot resend invitations.");
    if (expiredWhy.isEmpty() && expired == 0)
        expiredWhy = tr("No invitation is known to have expired.");
    m_resendExpired->setText(tr("Resend All E&xpired (%1)").arg(QLocale().toString(expired)));
    m_resendExpired->setIconText(tr("Resend (%1)").arg(QLocale().toString(expired))); // next to the status filter
    m_resendExpired->setEnabled(expiredWhy.isEmpty());
    m_resendExpired->setToolTip(expiredWhy.isEmpty() ? tr("Send every expired invitation again") : expiredWhy);

    QString inviteWhy = blocked;
    if (inviteWhy.isEmpty())
        inviteWhy = permissionReason(tr("Only administrators can invite users."));
    m_invite->setEnabled(inviteWhy.isEmpty());
    m_invite->setToolTip(inviteWhy.isEmpty()
                             ? tr("Invite people to this account (%1)").arg(m_invite->shortcut().toString(QKeySequence::NativeText))
                             : inviteWhy);

    QString editWhy = blocked;
    if (editWhy.isEmpty() && ids.size() != 1)
        editWhy = ids.isEmpty() ? tr("Select the user to edit.") : tr("Select only one user to edit.");
    m_edit->setEnabled(editWhy.isEmpty());
    m_edit->setToolTip(editWhy.isEmpty() ? tr("Change the name, language or role") : editWhy);

    QString removeWhy = blocked;
    if (removeWhy.isEmpty())
        removeWhy = permissionReason(tr("Only administrators can remove users."));
    if (removeWhy.isEmpty() && ids.isEmpty())
        removeWhy = tr("Select the users to remove.");
    if (removeWhy.isEmpty() && m_meId != 0 && ids.contains(m_meId))
        removeWhy = tr("You can't remove yourself from the account.");
    m_remove->setText(ids.size() > 1 ? tr("&Remove %n Users…", nullptr, int(ids.size())) : tr("&Remove…"));
    m_remove->setEnabled(removeWhy.isEmpty());
    m_remove->setToolTip(removeWhy.isEmpty() ? tr("Remove from this account (%1)")
                                                   .arg(m_remove->shortcut().toString(QKeySequence::NativeText))
                                             : removeWhy);

    m_copyEmail->setEnabled(!ids.isEmpty());
    m_copyId->setEnabled(!ids.isEmpty());

    QString roleWhy = blocked;
    if (roleWhy.isEmpty())
        roleWhy = permissionReason(tr("Only administrators can change roles."));
    if (roleWhy.isEmpty() && ids.isEmpty())
        roleWhy = tr("Select the users whose role should change.");
    m_changeRoleMenuAction->setEnabled(roleWhy.isEmpty());
    m_changeRoleMenuAction->setToolTip(roleWhy);
    for (QAction *action : std::as_const(m_roleActions)) {
        action->setEnabled(roleWhy.isEmpty());
        action->setToolTip(roleWhy);
    }
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

void UserActions::activate(const QModelIndex &index)
{
    const QModelIndex source = m_window->userFilter()->mapToSource(index);
    if (!source.isValid())
        return;
    const UsersModel *users = m_window->usersModel();
    const User &user = users->user(source.row());
    const UserStatus status = users->status(source.row());
    if (isInvitationOpen(status)) {
        askToResend({user.id});
        return;
    }
    // An activated user has no invitation to resend: the double-click edits them.
    openEditDialog(user.id);
}

void UserActions::askToResend(const QList<qint64> &ids)
{
    updateActions();
    const QList<qint64> open = resendable(ids);
    QString why = blockedReason();
    if (why.isEmpty())
        why = permissionReason(tr("Only administrators can resend invitations."));
    if (why.isEmpty() && !m_window->backend()->supports(AccountApi::Capability::ResendInvitation))
        why = tr("This server cannot resend invitations.");
    if (why.isEmpty() && open.isEmpty())
        why = tr("Only pending or expired invitations can be resent.");
    if (!why.isEmpty()) {
        m_window->banner()->showMessage(Banner::Level::Warning, why);
        return;
    }
    if (m_question)
        m_question->close();

    const User *first = userById(open.constFirst());
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
    if (ask) {
        askToResend(userIds);
        return;
    }
    const QList<qint64> open = resendable(userIds);
    if (open.isEmpty())
        return;
    AccountApi *api = m_window->backend();
    runBulk(open, ActivityEntry::resend(),
            [](const User &user) {
                return user.invitationExpiresAt().isValid()
                    ? tr("Invitation sent again; the one before was sent %1")
                          .arg(QLocale().toString(user.invitationSentAt.toLocalTime(), QLocale::ShortFormat))
                    : tr("Invitation sent again");
            },
            tr("Resending invitations… %1 of %2"), tr("Invitation resent to %1. The new link is valid for 24 hours."),
            [this, api](const User &user, QObject *context, std::function<void(const ApiError &)> done) {
                const qint64 id = user.id;
                api->resendInvitation(user.email, context, [this, id, done](const Result<Done> &result) {
                    if (!result) {
                        done(result.error());
                        return;
                    }
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    const int row = m_window->usersModel()->rowOfUser(id);
                    if (row >= 0) {
                        User changed = m_window->usersModel()->user(row);
                        changed.invitationSentAt = now;
                        m_window->usersModel()->upsertUsers({changed});
                    }
                    emit invitationSent(id, now);
                    done(ApiError());
                });
            });
}

void UserActions::changeRole(const QList<qint64> &userIds, int roleId)
{
    if (userIds.isEmpty())
        return;
    // Your own role last: once you are no longer an administrator, the rest would be refused.
    QList<qint64> ordered = userIds;
    if (ordered.removeAll(m_meId) > 0)
        ordered.append(m_meId);
    AccountApi *api = m_window->backend();
    const qint64 clientId = m_window->usersModel()->accountId();
    runBulk(ordered, ActivityEntry::role(),
            [clientId, roleId](const User &user) {
                return tr("Role: %1 → %2").arg(Role::displayName(user.roleId(clientId)), Role::displayName(roleId));
            },
            tr("Changing roles… %1 of %2"),
            tr("%1 is now in the role %2.").arg(QStringLiteral("%1"), Role::displayName(roleId)),
            [this, api, clientId, roleId](const User &user, QObject *context, std::function<void(const ApiError &)> done) {
                const qint64 account = clientId != 0 ? clientId : user.client;
                const qint64 id = user.id;
                api->changeRole(account, id, roleId, context, [this, id, account, roleId, done](const Result<Done> &result) {
                    if (!result) {
                        done(result.error());
                        return;
                    }
                    if (id == m_meId) {
                        m_myRoleId = roleId; // what you may do changes with it
                        m_roleConfirmed = true;
                    }
                    if (const User *current = userById(id))
                        storeUser(withRole(*current, account, roleId));
                    done(ApiError());
                });
            });
}

void UserActions::record(const QString &action, qint64 userId, const QString &email, const QString &detail,
                         const ApiError &error)
{
    ActivityEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.actor = actorName();
    entry.action = action;
    entry.userId = userId;
    entry.userEmail = email;
    entry.detail = detail;
    entry.ok = !error.isError();
    entry.error = error.text();
    emit activity(entry);
}

QString UserActions::actorName() const
{
    if (const User *me = userById(m_meId))
        return me->email;
    return m_meId != 0 ? tr("User %1").arg(m_meId) : QString();
}

void UserActions::runBulk(const QList<qint64> &ids, const QString &action, std::function<QString(const User &)> describe,
                          const QString &progressText, const QString &doneText, Operation operation,
                          const QList<User> &known)
{
    cancelBulk();
    m_bulk = new Bulk;
    for (const User &user : known)
        m_bulk->known.insert(user.id, user);
    m_bulk->action = action;
    m_bulk->describe = std::move(describe);
    m_bulk->all = ids;
    m_bulk->queue.assign(ids.cbegin(), ids.cend());
    m_bulk->progressText = progressText;
    m_bulk->doneText = doneText;
    m_bulk->operation = std::move(operation);
    m_bulk->context = new QObject(this);
    updateActions();
    if (ids.size() > 1)
        showBulkProgress();
    startNext();
}

void UserActions::startNext()
{
    while (m_bulk && m_bulk->running < BulkConcurrency && !m_bulk->queue.empty()) {
        const qint64 id = m_bulk->queue.front();
        m_bulk->queue.pop_front();
        const User *user = userById(id);
        if (!user && m_bulk->known.contains(id))
            user = &*m_bulk->known.constFind(id);
        if (!user) {
            m_bulk->failures.append({id, ApiError::make(ApiError::Kind::NotFound,
                                                         tr("The user is no longer in the list."))});
            continue;
        }
        ++m_bulk->running;
        Bulk *bulk = m_bulk;
        bulk->details.insert(id, bulk->describe(*user));
        const QString email = user->email;
        bulk->operation(*user, bulk->context, [this, bulk, id, email](const ApiError &error) {
            if (bulk != m_bulk)
                return;
            --bulk->running;
            record(bulk->action, id, email, bulk->details.value(id), error);
            if (error.isError())
                bulk->failures.append({id, error});
            else
                ++bulk->succeeded;
            if (bulk->all.size() > 1)
                showBulkProgress();
            startNext();
        });
    }
    if (m_bulk && m_bulk->running == 0 && m_bulk->queue.empty())
        finishBulk();
}

void UserActions::showBulkProgress()
{
    const QLocale locale;
    const int done = m_bulk->succeeded + int(m_bulk->failures.size());
    m_window->banner()->showMessage(Banner::Level::Info, m_bulk->progressText.arg(locale.toString(done),
                                                                                  locale.toString(m_bulk->all.size())));
    connect(m_window->banner()->addButton(tr("Cancel")), &QPushButton::clicked, this, &UserActions::cancelBulk);
}

void UserActions::cancelBulk()
{
    if (!m_bulk)
        return;
    Bulk *bulk = m_bulk;
    delete bulk->context; // drops the answers still to come
    bulk->context = nullptr;
    bulk->cancelled = true;
    bulk->queue.clear();
    bulk->running = 0;
    finishBulk();
}

void UserActions::finishBulk()
{
    std::unique_ptr<Bulk> bulk(std::exchange(m_bulk, nullptr));
    delete bulk->context;
    bulk->context = nullptr;
    const QLocale locale;
    const auto emailOf = [this, &bulk](qint64 id) {
        const User *user = userById(id);
        if (!user && bulk->known.contains(id))
            return bulk->known.value(id).email;
        return user ? user->email : QString::number(id);
    };
    Banner *banner = m_window->banner();
    if (bulk->failures.isEmpty() && !bulk->cancelled) {
        if (bulk->all.size() == 1)
            banner->showMessage(Banner::Level::Success, bulk->doneText.arg(emailOf(bulk->all.constFirst())));
        else
            banner->showMessage(Banner::Level::Success,
                                tr("Done for all %n users.", nullptr, int(bulk->all.size())));
    } else if (bulk->all.size() == 1 && !bulk->cancelled) {
        const ApiError &error = bulk->failures.constFirst().second;
        banner->showMessage(Banner::Level::Error,
                            tr("%1: %2").arg(emailOf(bulk->all.constFirst()),
                                             error.text()));
    } else {
        QStringList failed;
        for (const auto &[id, error] : std::as_const(bulk->failures)) {
            if (failed.size() == 3) {
                failed.append(tr("and %n more", nullptr, int(bulk->failures.size()) - 3));
                break;
            }
            failed.append(tr("%1 (%2)").arg(emailOf(id),
                                            error.text()));
        }
        const QString summary = tr("%1 of %2 done.").arg(locale.toString(bulk->succeeded),
                                                         locale.toString(bulk->all.size()));
        const QString text = bulk->cancelled ? tr("Cancelled. %1").arg(summary)
                                             : tr("%1 Failed: %2").arg(summary, failed.join(QStringLiteral("; ")));
        banner->showMessage(bulk->cancelled ? Banner::Level::Info : Banner::Level::Error, text);
        if (!bulk->failures.isEmpty()) {
            QList<qint64> retry;
            for (const auto &failure : std::as_const(bulk->failures))
                retry.append(failure.first);
            connect(banner->addButton(tr("Retry Failed")), &QPushButton::clicked, this,
                    [this, retry, action = bulk->action, describe = bulk->describe, progress = bulk->progressText,
                     doneText = bulk->doneText, operation = bulk->operation, known = bulk->known.values()] {
                        runBulk(retry, action, describe, progress, doneText, operation, known);
                    });
        }
    }
    updateActions();
    if (!hasPendingRemoval())
        emit idle();
}

User UserActions::withRole(User user, qint64 account, int roleId)
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

void UserActions::storeUser(const User &user)
{
    m_window->usersModel()->upsertUsers({user});
    if (UserCache *cache = m_window->loader()->cache(); cache && cache->isOpen())
        cache->storeUser(user);
}

EditUserDialog *UserActions::editDialog() const
{
    return m_editDialog;
}

RemoveUserDialog *UserActions::removeDialog() const
{
    return m_removeDialog;
}

void UserActions::openEditDialog(qint64 userId)
{
    const User *user = userById(userId);
    if (!user)
        return;
    const QString blocked = blockedReason();
    if (!blocked.isEmpty()) {
        m_window->banner()->showMessage(Banner::Level::Warning, blocked);
        return;
    }
    if (m_editDialog)
        m_editDialog->close();
    const User before = *user;
    m_editDialog = new EditUserDialog(m_window->backend(), m_window->usersModel()->accountId(), before, m_meId,
                                      isAdministrator(), m_window);
    m_editDialog->setObjectName(QStringLiteral("editUserDialog"));
    m_editDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editDialog, &EditUserDialog::saved, this,
            [this, before](const User &updated, int roleId) { onEdited(before, updated, roleId); });
    m_editDialog->open();
}

void UserActions::onEdited(const User &before, const User &updated, int roleId)
{
    const qint64 account = m_window->usersModel()->accountId();
    User shown = withRole(updated, account != 0 ? account : updated.client, roleId);
    shown.invitationSentAt = before.invitationSentAt;
    storeUser(shown);
    QStringList changes;
    if (before.name != shown.name)
        changes.append(tr("Name: %1 → %2").arg(before.name, shown.name));
    if (before.lang != shown.lang)
        changes.append(tr("Language: %1 → %2").arg(Language::displayName(before.lang), Language::displayName(shown.lang)));
    if (before.roleId(account) != roleId)
        changes.append(tr("Role: %1 → %2").arg(Role::displayName(before.roleId(account)), Role::displayName(roleId)));
    if (before.isActive != shown.isActive)
        changes.append(shown.isActive ? tr("Activated") : tr("Deactivated"));
    if (updated.id == m_meId) {
        m_myRoleId = roleId;
        m_roleConfirmed = true;
    }
    record(ActivityEntry::edit(), updated.id, updated.email, changes.join(QStringLiteral("; ")));
    m_window->banner()->showMessage(Banner::Level::Success, tr("Saved the changes to %1.").arg(updated.email));
    updateActions();
}

void UserActions::openRemoveDialog(const QList<qint64> &userIds)
{
    updateActions();
    if (!m_remove->isEnabled()) {
        m_window->banner()->showMessage(Banner::Level::Warning, m_remove->toolTip());
        return;
    }
    QList<User> users;
    for (qint64 id : userIds) {
        if (const User *user = userById(id))
            users.append(*user);
    }
    if (users.isEmpty())
        return;
    if (m_removeDialog)
        m_removeDialog->close();
    m_removeDialog = new RemoveUserDialog(m_window->backend(), m_window->usersModel()->accountId(), users, m_window);
    m_removeDialog->setObjectName(QStringLiteral("removeUserDialog"));
    m_removeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_removeDialog, &RemoveUserDialog::confirmed, this, &UserActions::removeUsers);
    m_removeDialog->open();
}

InviteDialog *UserActions::inviteDialog() const
{
    return m_inviteDialog;
}

void UserActions::openInviteDialog()
{
    updateActions();
    if (!m_invite->isEnabled()) {
        m_window->banner()->showMessage(Banner::Level::Warning, m_invite->toolTip());
        return;
    }
    if (m_inviteDialog && m_inviteDialog->isVisible()) {
        m_inviteDialog->raise();
        m_inviteDialog->activateWindow();
        return;
    }
    if (m_inviteDialog)
        m_inviteDialog->deleteLater(); // closed, not yet deleted
    m_inviteDialog = new InviteDialog(m_window->backend(), m_window->usersModel()->accountId(), m_window);
    m_inviteDialog->setObjectName(QStringLiteral("inviteDialog"));
    m_inviteDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_inviteDialog, &InviteDialog::invited, this, &UserActions::onInvited);
    m_inviteDialog->open();
}

void UserActions::onInvited(const InviteRequest &request, const InviteResult &result)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    record(ActivityEntry::invite(), result.userId, request.email,
           result.existingAccount ? tr("Access given to an existing account, role %1").arg(Role::displayName(request.roleId))
                                  : tr("Invitation sent, role %1").arg(Role::displayName(request.roleId)));
    if (!result.existingAccount)
        emit invitationSent(result.userId, now);
    m_window->banner()->showMessage(
        Banner::Level::Success,
        result.existingAccount ? tr("%1 already had an account and was told about the access.").arg(request.email)
                               : tr("Invitation sent to %1. The link is valid for 24 hours.").arg(request.email));
    // The new row, with its ID and status, from the server.
    m_window->backend()->fetchUser(result.userId, this, [this, now, existing = result.existingAccount](const Result<User> &user) {
        if (!user)
            return; // the next refresh brings it
        User shown = user.value();
        if (!existing && !shown.invitationSentAt.isValid())
            shown.invitationSentAt = now;
        m_window->usersModel()->upsertUsers({shown});
        if (UserCache *cache = m_window->loader()->cache(); cache && cache->isOpen())
            cache->storeUser(shown);
    });
}

void UserActions::setUndoDelay(int ms)
{
    m_undoTimer->setInterval(ms);
}

int UserActions::undoDelay() const
{
    return m_undoTimer->interval();
}

void UserActions::removeUsers(const QList<User> &users)
{
    if (users.isEmpty())
        return;
    sendPendingRemoval();
    m_pendingRemoval = users;
    QList<qint64> ids;
    for (const User &user : users)
        ids.append(user.id);
    m_window->usersModel()->removeUsers(ids);
    const QString text = users.size() == 1
        ? tr("%1 removed from the account.").arg(users.constFirst().email)
        : tr("%n users removed from the account.", nullptr, int(users.size()));
    m_window->banner()->showMessage(Banner::Level::Info, text);
    QPushButton *undo = m_window->banner()->addButton(tr("Undo"));
    undo->setToolTip(m_undo->shortcut().toString(QKeySequence::NativeText));
    connect(undo, &QPushButton::clicked, this, &UserActions::undoRemoval);
    m_undo->setEnabled(true);
    m_undoTimer->start();
}

void UserActions::undoRemoval()
{
    if (m_pendingRemoval.isEmpty())
        return;
    m_undoTimer->stop();
    m_undo->setEnabled(false);
    const QList<User> users = std::exchange(m_pendingRemoval, {});
    m_window->usersModel()->upsertUsers(users);
    for (const User &user : users)
        record(ActivityEntry::removeUndone(), user.id, user.email, tr("Removal undone before it was sent"));
    m_window->banner()->showMessage(Banner::Level::Info,
                                    users.size() == 1
                                        ? tr("%1 was not removed.").arg(users.constFirst().email)
                                        : tr("The %n users were not removed.", nullptr, int(users.size())));
    if (!m_bulk)
        emit idle();
}

bool UserActions::sendPendingRemoval()
{
    if (m_pendingRemoval.isEmpty())
        return false;
    m_undoTimer->stop();
    m_undo->setEnabled(false);
    const QList<User> users = std::exchange(m_pendingRemoval, {});
    QList<qint64> ids;
    for (const User &user : users)
        ids.append(user.id);
    AccountApi *api = m_window->backend();
    const qint64 clientId = m_window->usersModel()->accountId();
    runBulk(
        ids, ActivityEntry::remove(), [](const User &) { return tr("Removed from the account"); },
        tr("Removing users… %1 of %2"), tr("%1 was removed from the account."),
        [this, api, clientId](const User &user, QObject *context, std::function<void(const ApiError &)> done) {
            const qint64 account = clientId != 0 ? clientId : user.client;
            api->removeUser(account, user.id, context, [this, user, done](const Result<Done> &result) {
                UserCache *cache = m_window->loader()->cache();
                if (result || result.error().kind == ApiError::Kind::NotFound) {
                    if (cache && cache->isOpen())
                        cache->removeUser(user.id);
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
                    m_window->usersModel()->upsertUsers({user}); // still in the account: back on the table
                }
                done(error);
            });
        },
        users);
    return true;
}

void UserActions::placeRowButton()
{
    QTableView *table = m_window->tableView();
    if (m_hoverRow < 0 || m_hoverRow >= m_window->userFilter()->rowCount()) {
        m_rowButton->hide();
        return;
    }
    const int y = table->rowViewportPosition(m_hoverRow);
    const int height = table->rowHeight(m_hoverRow);
    if (y < -height || y > table->viewport()->height()) {
        m_rowButton->hide();
        return;
    }
    const QSize size(height + 8, height - 2);
    m_rowButton->resize(size);
    m_rowButton->move(table->viewport()->width() - size.width() - 4, y + 1);
    m_rowButton->show();
    m_rowButton->raise();
    if (const QModelIndex source = m_window->userFilter()->mapToSource(m_window->userFilter()->index(m_hoverRow, 0));
        source.isValid())
        m_rowButton->setAccessibleDescription(m_window->usersModel()->user(source.row()).email);
}

bool UserActions::eventFilter(QObject *watched, QEvent *event)
{
    QTableView *table = m_window->tableView();
    if (watched == table->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const int row = table->rowAt(static_cast<QMouseEvent *>(event)->position().toPoint().y());
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
