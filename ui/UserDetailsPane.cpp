#include "UserDetailsPane.h"

#include "UserActions.h"

#include "api/AccountApi.h"
#include "api/RequestScope.h"
#include "domain/CloudRole.h"
#include "domain/Role.h"
#include "items/ActivityModel.h"
#include "items/UsersModel.h"
#include "session/AccountSession.h"
#include "session/AccountTokens.h"
#include "session/ActivityHistory.h"
#include "session/ProjectList.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// The table's column whose text a field shows; ColumnCount for the fields the table has not.
constexpr UsersModel::Column columnOf(UserDetailsPane::Field field)
{
    switch (field) {
    case UserDetailsPane::NameField:
        return UsersModel::Name;
    case UserDetailsPane::EmailField:
        return UsersModel::Email;
    case UserDetailsPane::IdField:
        return UsersModel::Id;
    case UserDetailsPane::RoleField:
        return UsersModel::RoleColumn;
    case UserDetailsPane::StatusField:
        return UsersModel::Status;
    case UserDetailsPane::TwoFactorField:
        return UsersModel::TwoFactor;
    case UserDetailsPane::LanguageField:
        return UsersModel::Language;
    case UserDetailsPane::SignInField:
        return UsersModel::SignInColumn;
    default:
        return UsersModel::ColumnCount;
    }
}

constexpr bool isCopyable(UserDetailsPane::Field field)
{
    return field == UserDetailsPane::NameField || field == UserDetailsPane::EmailField
        || field == UserDetailsPane::IdField;
}

QToolButton *actionButton(QAction *action, const char *name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

UserDetailsPane::UserDetailsPane(UserActions *actions, QWidget *parent)
    : Retranslating<QWidget>(parent)
    , m_actions(actions)
    , m_pages(new QStackedWidget)
    , m_scroll(new QScrollArea)
    , m_placeholder(new QLabel)
    , m_loadTokens(new QPushButton)
    , m_cloudDelay(new QTimer(this))
    , m_cloudRequests(std::make_unique<RequestScope>(this))
{
    // Walking the table with the arrow keys asks nothing: only a person who stays current.
    m_cloudDelay->setSingleShot(true);
    m_cloudDelay->setInterval(CloudRolesDelayMs);
    connect(m_cloudDelay, &QTimer::timeout, this, &UserDetailsPane::askCloudRoles);
    setObjectName(QStringLiteral("detailsPane"));
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // greyed, as an empty list's words are

    auto *details = new QWidget;
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *buttons = new QHBoxLayout;
    m_resend = actionButton(actions->resendCurrentAction(), "detailsResend", details);
    m_edit = actionButton(actions->editCurrentAction(), "detailsEdit", details);
    m_remove = actionButton(actions->removeCurrentAction(), "detailsRemove", details);
    buttons->addWidget(m_resend);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Each name above its value: the pane is narrow, and some names are long in some languages.
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < FieldCount; ++i) {
        const auto field = Field(i);
        Row &row = m_fields[field];
        row.label = new QLabel(details);
        row.label->setObjectName(QStringLiteral("detailsLabel%1").arg(i));
        QFont bold = row.label->font();
        bold.setBold(true);
        row.label->setFont(bold);
        row.value = new QLabel(details);
        row.value->setObjectName(QStringLiteral("detailsValue%1").arg(i));
        row.value->setTextFormat(Qt::PlainText); // what people typed, never markup
        row.value->setWordWrap(true);
        // Wraps, or is cut at the pane's edge (a long email), rather than widening the pane.
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        policy.setHeightForWidth(true); // as tall as its wrapped lines
        row.value->setSizePolicy(policy);
        row.value->setMinimumWidth(1);
        row.value->setTextInteractionFlags(isCopyable(field) ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                                             : Qt::TextSelectableByMouse);
        row.label->setBuddy(row.value);
        if (!isCopyable(field) && field != TokensField) {
            form->addRow(row.label, row.value);
            continue;
        }
        auto *line = new QHBoxLayout;
        line->addWidget(row.value, 1);
        if (field == TokensField) {
            m_loadTokens->setObjectName(QStringLiteral("detailsLoadTokens"));
            line->addWidget(m_loadTokens, 0, Qt::AlignTop);
        } else {
            row.copy = new QToolButton(details);
            row.copy->setObjectName(QStringLiteral("detailsCopy%1").arg(i));
            line->addWidget(row.copy, 0, Qt::AlignTop);
            connect(row.copy, &QToolButton::clicked, this, [this, field] {
                QGuiApplication::clipboard()->setText(m_fields[field].value->text());
            });
        }
        form->addRow(row.label, line);
    }
    layout->addLayout(form);
    layout->addStretch(1);

    m_scroll->setObjectName(QStringLiteral("detailsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // as wide as the buttons and names: fitWidth()
    m_scroll->setWidget(details);
    details->installEventFilter(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_loadTokens, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->tokens()->reload();
    });
    connect(actions, &UserActions::currentChanged, this, &UserDetailsPane::showCurrent);
    retranslate();
}

UserDetailsPane::~UserDetailsPane() = default;

QString UserDetailsPane::title()
{
    return tr("User Details");
}

void UserDetailsPane::setSession(AccountSession *session)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    m_cloudRequests->drop();
    m_cloudRoles.clear();
    m_cloudAsked.clear();
    delete m_projects;
    m_projects = nullptr;
    m_userId = -1; // no one's id: showCurrent() fills the pane
    m_row = -1;
    m_changing = false;
    m_stale = false;
    if (session) {
        const UsersModel *users = session->users();
        // Only the current user's row matters: a refresh of a million rows costs a comparison each.
        m_connections = {
            connect(users, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        if (m_row < topLeft.row() || m_row > bottomRight.row())
                            return;
                        if (m_changing)
                            m_stale = true;
                        else
                            fill();
                    }),
            connect(users, &UsersModel::rowsChangeStarted, this, [this] { m_changing = true; }),
            connect(users, &UsersModel::rowsChangeFinished, this,
                    [this] {
                        m_changing = false;
                        if (std::exchange(m_stale, false))
                            fill();
                    }),
            // Rows move: the user's row is looked up again (and the current row may be another).
            connect(users, &QAbstractItemModel::rowsInserted, this, &UserDetailsPane::showCurrent),
            connect(users, &QAbstractItemModel::rowsRemoved, this, &UserDetailsPane::showCurrent),
            connect(users, &QAbstractItemModel::modelReset, this, &UserDetailsPane::showCurrent),
            connect(users, &QAbstractItemModel::layoutChanged, this, &UserDetailsPane::showCurrent),
            connect(session, &AccountSession::clockTicked, this,
                    [this] {
                        fillStatus();
                        fillTokens();
                    }),
            connect(session->tokens(), &AccountTokens::changed, this, &UserDetailsPane::fillTokens),
        };
        if (const ActivityHistory *history = session->activity()) {
            const ActivityModel *activity = history->model();
            m_connections.append(connect(activity, &QAbstractItemModel::rowsInserted, this,
                                         [this, activity](const QModelIndex &, int first, int last) {
                                             for (int row = first; row <= last; ++row) {
                                                 if (isAbout(activity->entry(row))) {
                                                     fillActivity();
                                                     return;
                                                 }
                                             }
                                         }));
            m_connections.append(connect(activity, &QAbstractItemModel::modelReset, this, &UserDetailsPane::fillActivity));
        }
    }
    showCurrent();
}

void UserDetailsPane::showCurrent()
{
    const qint64 id = m_session && m_actions ? m_actions->currentId() : 0;
    m_row = id != 0 ? m_session->users()->rowOfUser(id) : -1;
    if (id == m_userId)
        return;
    m_userId = id;
    fill();
}

QString UserDetailsPane::fieldName(Field field) const
{
    const UsersModel::Column column = columnOf(field);
    if (column != UsersModel::ColumnCount)
        return UsersModel::columnTitle(column);
    switch (field) {
    case GroupsField:
        return tr("Groups");
    case PhoneField:
        return tr("Phone");
    case CompanyField:
        return tr("Company");
    case AccountsField:
        return tr("Accounts");
    case TokensField:
        return tr("API tokens");
    case CloudRolesField:
        return tr("Cloud roles");
    case ActivityField:
        return tr("Activity");
    default:
        return {};
    }
}

void UserDetailsPane::setValue(Field field, const QString &text, const QString &toolTip)
{
    QLabel *value = m_fields[field].value;
    value->setText(text);
    value->setToolTip(toolTip);
    // The field's name is the label's accessible name, its value the description: a screen
    // reader says "Email, anna@example.com".
    value->setAccessibleDescription(text);
}

void UserDetailsPane::fill()
{
    const UsersModel *users = m_session ? m_session->users() : nullptr;
    if (m_row < 0 || !users) {
        m_pages->setCurrentWidget(m_placeholder);
        return;
    }
    m_pages->setCurrentWidget(m_scroll);
    const User user = users->user(m_row);
    m_email = user.email;
    for (int i = 0; i < FieldCount; ++i) {
        const UsersModel::Column column = columnOf(Field(i));
        if (column != UsersModel::ColumnCount)
            setValue(Field(i), users->data(users->index(m_row, column)).toString());
    }
    if (user.name.isEmpty())
        setValue(NameField, tr("Not given"));
    if (user.signInMethods() == SignInMethods())
        setValue(SignInField, tr("Not known"));
    fillStatus();

    QStringList groups;
    for (const UserGroup &group : user.groups)
        groups.append(group.name);
    setValue(GroupsField, groups.isEmpty() ? tr("None") : groups.join(QStringLiteral(", ")));
    setValue(PhoneField, user.phone.isEmpty() ? tr("Not given") : user.phone);
    setValue(CompanyField, user.company.isEmpty() ? tr("Not given") : user.company);
    // The name copies only when there is one.
    m_fields[NameField].copy->setEnabled(!user.name.isEmpty());

    QStringList accounts;
    for (const ClientRoles &account : user.clientAndRoles) {
        QStringList roles;
        for (int roleId : account.roleIds)
            roles.append(Role::displayName(roleId));
        QString line = tr("%1 (ID %2): %3", "company, account ID, roles")
                           .arg(account.companyName.isEmpty() ? tr("Account") : account.companyName)
                           .arg(account.clientId)
                           .arg(roles.isEmpty() ? tr("no role") : roles.join(QStringLiteral(", ")));
        if (account.clientId == users->accountId())
            line = tr("%1 — this account").arg(line);
        accounts.append(line);
    }
    setValue(AccountsField, accounts.isEmpty() ? tr("Not known") : accounts.join(u'\n'));
    fillCloudRoles();
    fillTokens();
    fillActivity();
}

void UserDetailsPane::fillStatus()
{
    const UsersModel *users = m_session ? m_session->users() : nullptr;
    if (m_row < 0 || !users)
        return;
    const QModelIndex status = users->index(m_row, UsersModel::Status);
    QString text = users->data(status).toString();
    // When the invitation expires, in words, not only as the table's tooltip.
    const QString expiry = users->data(status, Qt::ToolTipRole).toString();
    if (!expiry.isEmpty())
        text += u'\n' + expiry;
    setValue(StatusField, text);
}

void UserDetailsPane::fillCloudRoles()
{
    if (m_row < 0 || !m_session)
        return;
    const auto known = m_cloudRoles.constFind(m_userId);
    if (known == m_cloudRoles.cend()) {
        setValue(CloudRolesField, tr("Loading…"));
        if (!m_cloudAsked.contains(m_userId))
            m_cloudDelay->start();
        return;
    }
    const ApiError &error = known->error;
    if (error.isError()) {
        // A server without the Cloud service, or one that does not show them to this person.
        const bool absent = error.kind == ApiError::Kind::NotFound || error.kind == ApiError::Kind::Forbidden
            || error.kind == ApiError::Kind::Unsupported;
        setValue(CloudRolesField, absent ? tr("Not known") : tr("Could not be read"), error.message);
        return;
    }
    QStringList lines;
    for (const CloudAssignment &assignment : known->list.assignments) {
        QString scope;
        if (assignment.projectId == 0)
            scope = tr("the whole account");
        else if (m_projects && m_projects->state() == ProjectList::State::Loaded)
            scope = m_projects->nameOf(assignment.projectId);
        if (scope.isEmpty())
            scope = tr("project %1").arg(assignment.projectId);
        lines.append(tr("%1 in %2", "Cloud role, project").arg(CloudRole::displayName(assignment.role), scope));
    }
    if (known->list.unreadable > 0)
        lines.append(tr("%n more could not be read", nullptr, known->list.unreadable));
    setValue(CloudRolesField, lines.isEmpty() ? tr("None") : lines.join(u'\n'));
}

void UserDetailsPane::askCloudRoles()
{
    if (!m_session || m_row < 0 || m_cloudRoles.contains(m_userId) || m_cloudAsked.contains(m_userId))
        return;
    const qint64 userId = m_userId;
    m_cloudAsked.insert(userId);
    m_session->api()->fetchCloudAssignments(
        userId, m_cloudRequests->context(), [this, userId](const Result<CloudAssignmentList> &answer) {
            CloudRoles roles;
            if (answer)
                roles.list = answer.value();
            else
                roles.error = answer.error();
            m_cloudAsked.remove(userId);
            m_cloudRoles.insert(userId, roles);
            bool projectNamed = false;
            for (const CloudAssignment &assignment : roles.list.assignments)
                projectNamed = projectNamed || assignment.projectId != 0;
            // The projects' names, once per account.
            if (projectNamed && !m_projects && m_session) {
                m_projects = new ProjectList(m_session->api(), this);
                connect(m_projects, &ProjectList::finished, this, &UserDetailsPane::fillCloudRoles);
                m_projects->reload();
            }
            if (userId == m_userId)
                fillCloudRoles();
        });
}

void UserDetailsPane::fillTokens()
{
    if (m_row < 0 || !m_session)
        return;
    const AccountTokens *tokens = m_session->tokens();
    bool canLoad = false;
    QString text;
    switch (tokens->state()) {
    case AccountTokens::State::NotLoaded:
        text = tr("Not loaded");
        canLoad = true;
        break;
    case AccountTokens::State::Loading:
        text = tr("Loading…");
        break;
    case AccountTokens::State::Failed:
        text = tr("Could not be loaded: %1").arg(tokens->errorText());
        canLoad = true;
        break;
    case AccountTokens::State::Loaded: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList lines;
        for (const ApiToken &token : tokens->issuedBy(m_userId))
            lines.append(tr("%1 · Expires: %2", "token name, expiry")
                             .arg(token.name.isEmpty() ? tr("(no name)") : token.name,
                                  AccountTokens::expiryText(token, now)));
        text = lines.isEmpty() ? tr("None") : lines.join(u'\n');
        break;
    }
    }
    setValue(TokensField, text);
    m_loadTokens->setVisible(canLoad);
}

void UserDetailsPane::fillActivity()
{
    if (m_row < 0 || !m_session || !m_session->activity())
        return;
    const ActivityModel *activity = m_session->activity()->model();
    QStringList lines;
    int more = 0;
    for (int row = 0; row < activity->rowCount(); ++row) {
        if (!isAbout(activity->entry(row)))
            continue;
        if (lines.size() == ActivityShown) {
            ++more;
            continue;
        }
        // The Activity dock's texts, newest first as there.
        QStringList parts;
        for (int column : {ActivityModel::Time, ActivityModel::Action, ActivityModel::Details, ActivityModel::ResultColumn}) {
            const QString part = activity->data(activity->index(row, column)).toString();
            if (!part.isEmpty())
                parts.append(part);
        }
        lines.append(parts.join(QStringLiteral(" · ")));
    }
    if (more > 0)
        lines.append(tr("%n earlier entries in the Activity log", "", more));
    setValue(ActivityField, lines.isEmpty() ? tr("None") : lines.join(u'\n'));
}

bool UserDetailsPane::isAbout(const ActivityEntry &entry) const
{
    if (m_row < 0)
        return false;
    if (entry.userId != 0)
        return entry.userId == m_userId;
    return !entry.userEmail.isEmpty() && entry.userEmail.compare(m_email, Qt::CaseInsensitive) == 0;
}

void UserDetailsPane::retranslate()
{
    setAccessibleName(title());
    m_placeholder->setText(tr("No user selected"));
    m_loadTokens->setText(tr("Load"));
    m_loadTokens->setToolTip(tr("Load the account's API tokens"));
    for (int i = 0; i < FieldCount; ++i) {
        const Row &row = m_fields[i];
        const QString name = fieldName(Field(i));
        row.label->setText(name);
        row.value->setAccessibleName(name);
        if (row.copy) {
            row.copy->setText(tr("Copy"));
            row.copy->setToolTip(tr("Copy %1", "the field's name").arg(name));
            row.copy->setAccessibleName(row.copy->toolTip());
        }
    }
    fill();
}

void UserDetailsPane::fitWidth()
{
    // Never narrower than the buttons and the field names in this language: they are not cut.
    m_scroll->setMinimumWidth(m_scroll->widget()->minimumSizeHint().width()
                              + m_scroll->verticalScrollBar()->sizeHint().width());
}

bool UserDetailsPane::eventFilter(QObject *watched, QEvent *event)
{
    // The texts changed (another language, other values): the widths they need may have too.
    if (watched == m_scroll->widget() && event->type() == QEvent::LayoutRequest)
        fitWidth();
    return Retranslating<QWidget>::eventFilter(watched, event);
}
