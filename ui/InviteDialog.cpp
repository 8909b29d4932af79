#include "InviteDialog.h"

#include "DialogParts.h"

#include "api/AccountApi.h"
#include "domain/ApiError.h"
#include "domain/CloudRole.h"
#include "domain/EmailAddress.h"
#include "domain/Language.h"
#include "domain/Role.h"
#include "domain/User.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

// "3 hours", "20 minutes", "45 seconds": how long until the person may try again.
QString waitText(int secs)
{
    if (secs < 60)
        return InviteDialog::tr("%n second(s)", nullptr, std::max(secs, 1));
    if (secs < 3600)
        return InviteDialog::tr("%n minute(s)", nullptr, (secs + 59) / 60);
    return InviteDialog::tr("%n hour(s)", nullptr, (secs + 3599) / 3600);
}

} // namespace

struct InviteDialog::Row
{
    quint64 id = 0;
    QGroupBox *box = nullptr;
    QLabel *nameLabel = nullptr;
    QLabel *emailLabel = nullptr;
    QLabel *languageLabel = nullptr;
    QLabel *roleLabel = nullptr;
    QLabel *cloudLabel = nullptr;
    QLineEdit *name = nullptr;
    QLineEdit *email = nullptr;
    QLabel *nameError = nullptr;
    QLabel *emailError = nullptr;
    QComboBox *language = nullptr;
    QComboBox *role = nullptr;
    QRadioButton *clientScope = nullptr;
    QRadioButton *projectScope = nullptr;
    QWidget *clientPanel = nullptr;
    QComboBox *clientAccess = nullptr;
    QWidget *projectPanel = nullptr;
    QLabel *projectsMessage = nullptr;
    QPushButton *retry = nullptr;
    QWidget *projectList = nullptr;
    QList<QPair<qint64, QComboBox *>> projectBoxes;
    QHash<qint64, QString> chosenRoles; // kept across reloads of the project list
    QLabel *cloudError = nullptr;
    QLabel *result = nullptr;
    QPushButton *remove = nullptr;

    bool nameTouched = false;
    bool emailTouched = false; // left once, or refused by the server: its problems are shown
    bool cloudTouched = false; // the person chose the Cloud access; the IAM role no longer does
    QString serverNameError;
    QString serverEmailError;
    RowState state = RowState::Editing;
    InviteRequest sent;
    InviteResult answer;
    QList<CloudAssignment> assignments; // still to set after the invitation
    QStringList assignmentErrors;
};

InviteDialog::InviteDialog(AccountApi *api, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_clientId(clientId)
    , m_requests(new QObject(this))
    , m_intro(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_rowsWidget(new QWidget)
    , m_rowsLayout(new QVBoxLayout(m_rowsWidget))
    , m_addButton(new QPushButton(this))
    , m_servicesNote(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    Q_ASSERT(api);
    setObjectName(QStringLiteral("inviteDialog"));
    setSizeGripEnabled(true);

    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_rowsWidget->setObjectName(QStringLiteral("rows"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("rowsArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes through the fields, which it scrolls into view
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_rowsWidget);
    m_addButton->setObjectName(QStringLiteral("addRow"));
    m_addButton->setAutoDefault(false);
    m_servicesNote->setObjectName(QStringLiteral("servicesNote"));
    m_servicesNote->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_inviteButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_inviteButton->setObjectName(QStringLiteral("invite"));
    m_inviteButton->setDefault(true);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_closeButton->setObjectName(QStringLiteral("close"));
    m_closeButton->setAutoDefault(false);

    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_addButton);
    addRowLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(addRowLayout);
    layout->addWidget(m_servicesNote);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // Accept would close the dialog: Invite sends and stays.
    connect(m_inviteButton, &QPushButton::clicked, this, &InviteDialog::invite);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InviteDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.constLast()->name->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(m_rows.constLast()->box);
    });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &InviteDialog::invite);
    }

    addRow();
    retranslate();
    updateColors();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 40);
    reloadProjects();
}

InviteDialog::~InviteDialog()
{
    // Hiding in ~QDialog moves the focus, and a field losing it would call back into this
    // half-destroyed dialog.
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
    qDeleteAll(std::exchange(m_rows, {}));
}

QString InviteDialog::emailProblem(const QString &email)
{
    return EmailAddress::problem(email);
}

// ---- rows ----------------------------------------------------------------------------

int InviteDialog::rowCount() const
{
    return int(m_rows.size());
}

InviteDialog::Row *InviteDialog::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

InviteDialog::Row *InviteDialog::rowById(quint64 id) const
{
    for (Row *row : m_rows) {
        if (row->id == id)
            return row;
    }
    return nullptr;
}

void InviteDialog::addRow()
{
    auto *r = new Row;
    r->id = m_nextRowId++;
    const QString suffix = QString::number(r->id);
    r->box = new QGroupBox(m_rowsWidget);
    r->box->setObjectName(QStringLiteral("person") + suffix);
    QGroupBox *box = r->box;

    r->nameLabel = new QLabel(box);
    r->emailLabel = new QLabel(box);
    r->languageLabel = new QLabel(box);
    r->roleLabel = new QLabel(box);
    r->cloudLabel = new QLabel(box);
    r->name = new QLineEdit(box);
    r->name->setObjectName(QStringLiteral("name"));
    r->email = new QLineEdit(box);
    r->email->setObjectName(QStringLiteral("email"));
    r->email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    r->nameError = DialogParts::makeLabel(QStringLiteral("nameError"), box);
    r->emailError = DialogParts::makeLabel(QStringLiteral("emailError"), box);
    r->language = new QComboBox(box);
    r->language->setObjectName(QStringLiteral("language"));
    for (const Language &language : Language::supported())
        r->language->addItem(language.nativeName, language.code);
    r->role = new QComboBox(box);
    r->role->setObjectName(QStringLiteral("role"));
    for (const Role &role : Role::all())
        r->role->addItem(QString(), role.id);
    r->role->setCurrentIndex(r->role->findData(int(Role::Users)));

    auto *scopeRow = new QWidget(box);
    auto *scopeLayout = new QHBoxLayout(scopeRow);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    r->clientScope = new QRadioButton(scopeRow);
    r->clientScope->setObjectName(QStringLiteral("clientScope"));
    r->projectScope = new QRadioButton(scopeRow);
    r->projectScope->setObjectName(QStringLiteral("projectScope"));
    r->clientScope->setChecked(true);
    auto *scopeGroup = new QButtonGroup(scopeRow);
    scopeGroup->addButton(r->clientScope);
    scopeGroup->addButton(r->projectScope);
    scopeLayout->addWidget(r->clientScope);
    scopeLayout->addWidget(r->projectScope);
    scopeLayout->addStretch(1);

    r->clientPanel = new QWidget(box);
    auto *clientLayout = new QHBoxLayout(r->clientPanel);
    clientLayout->setContentsMargins(0, 0, 0, 0);
    r->clientAccess = new QComboBox(r->clientPanel);
    r->clientAccess->setObjectName(QStringLiteral("clientAccess"));
    r->clientAccess->addItem(QString(), false);
    r->clientAccess->addItem(QString(), true);
    clientLayout->addWidget(r->clientAccess);
    clientLayout->addStretch(1);

    r->projectPanel = new QWidget(box);
    auto *projectLayout = new QVBoxLayout(r->projectPanel);
    projectLayout->setContentsMargins(0, 0, 0, 0);
    auto *messageRow = new QHBoxLayout;
    r->projectsMessage = new QLabel(r->projectPanel);
    r->projectsMessage->setObjectName(QStringLiteral("projectsMessage"));
    r->projectsMessage->setWordWrap(true);
    r->projectsMessage->setTextFormat(Qt::PlainText);
    r->retry = new QPushButton(r->projectPanel);
    r->retry->setObjectName(QStringLiteral("retryProjects"));
    r->retry->setAutoDefault(false);
    messageRow->addWidget(r->projectsMessage, 1);
    messageRow->addWidget(r->retry);
    projectLayout->addLayout(messageRow);
    r->projectList = new QWidget(r->projectPanel);
    r->projectList->setObjectName(QStringLiteral("projectList"));
    new QGridLayout(r->projectList);
    r->projectList->layout()->setContentsMargins(0, 0, 0, 0);
    projectLayout->addWidget(r->projectList);
    r->projectPanel->hide();
    r->cloudError = DialogParts::makeLabel(QStringLiteral("cloudError"), box);

    r->result = new QLabel(box);
    r->result->setObjectName(QStringLiteral("result"));
    r->result->setWordWrap(true);
    r->result->setTextFormat(Qt::PlainText);
    r->result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    r->result->hide();
    r->remove = new QPushButton(box);
    r->remove->setObjectName(QStringLiteral("removeRow"));
    r->remove->setAutoDefault(false);

    r->nameLabel->setBuddy(r->name);
    r->emailLabel->setBuddy(r->email);
    r->languageLabel->setBuddy(r->language);
    r->roleLabel->setBuddy(r->role);
    r->cloudLabel->setBuddy(r->clientScope);

    auto *cloud = new QWidget(box);
    auto *cloudLayout = new QVBoxLayout(cloud);
    cloudLayout->setContentsMargins(0, 0, 0, 0);
    cloudLayout->addWidget(scopeRow);
    cloudLayout->addWidget(r->clientPanel);
    cloudLayout->addWidget(r->projectPanel);
    cloudLayout->addWidget(r->cloudError);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(r->nameLabel, DialogParts::makeRow(box, r->name, {r->nameError}));
    form->addRow(r->emailLabel, DialogParts::makeRow(box, r->email, {r->emailError}));
    form->addRow(r->languageLabel, r->language);
    form->addRow(r->roleLabel, r->role);
    form->addRow(r->cloudLabel, cloud);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(r->result, 1);
    bottom->addWidget(r->remove, 0, Qt::AlignRight | Qt::AlignTop);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addLayout(bottom);

    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, box);
    box->show(); // now, not when the layout gets to it
    m_rows.append(r);

    const quint64 id = r->id;
    connect(r->name, &QLineEdit::textEdited, this, [this, id] {
        if (Row *row = rowById(id)) {
            row->nameTouched = true;
            row->serverNameError.clear();
            revalidate();
        }
    });
    connect(r->email, &QLineEdit::textEdited, this, [this, id] {
        if (Row *row = rowById(id)) {
            row->serverEmailError.clear();
            revalidate();
        }
    });
    // Leaving a mandatory field empty says so at once.
    connect(r->name, &QLineEdit::editingFinished, this, [this, id] {
        if (Row *row = rowById(id)) {
            row->nameTouched = true;
            revalidate();
        }
    });
    connect(r->email, &QLineEdit::editingFinished, this, [this, id] {
        if (Row *row = rowById(id)) {
            row->emailTouched = true;
            revalidate();
        }
    });
    connect(r->name, &QLineEdit::textChanged, this, &InviteDialog::revalidate);
    connect(r->email, &QLineEdit::textChanged, this, &InviteDialog::revalidate);
    connect(r->role, &QComboBox::currentIndexChanged, this, [this, id] {
        if (Row *row = rowById(id))
            applyRoleDefaults(row);
    });
    connect(r->clientScope, &QRadioButton::toggled, this, [this, id] {
        if (Row *row = rowById(id)) {
            updatePanels(row);
            revalidate();
        }
    });
    const auto touched = [this, id] {
        if (Row *row = rowById(id))
            row->cloudTouched = true;
    };
    connect(r->clientScope, &QRadioButton::clicked, this, touched);
    connect(r->projectScope, &QRadioButton::clicked, this, touched);
    connect(r->clientAccess, &QComboBox::activated, this, touched);
    connect(r->clientAccess, &QComboBox::currentIndexChanged, this, &InviteDialog::revalidate);
    connect(r->retry, &QPushButton::clicked, this, &InviteDialog::reloadProjects);
    connect(r->remove, &QPushButton::clicked, this, [this, id] {
        Row *row = rowById(id);
        if (!row)
            return;
        const int index = int(m_rows.indexOf(row));
        removeRow(index);
        if (Row *next = rowAt(std::min(index, rowCount() - 1)))
            next->name->setFocus(Qt::OtherFocusReason);
    });

    buildProjectList(r);
    showProjectsState(r);
    retranslateRow(r, int(m_rows.size()) - 1);
    updateColors();
    revalidate();
}

void InviteDialog::removeRow(int index)
{
    Row *row = rowAt(index);
    if (!row || m_sending || m_rows.size() <= 1 || row->state == RowState::Invited)
        return;
    m_rows.removeAt(index);
    delete row->box;
    delete row;
    for (int i = 0; i < m_rows.size(); ++i)
        retranslateRow(m_rows.at(i), i);
    revalidate();
}

InviteDialog::RowState InviteDialog::rowState(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->state : RowState::Editing;
}

InviteRequest InviteDialog::request(int index) const
{
    InviteRequest request;
    const Row *row = rowAt(index);
    if (!row)
        return request;
    request.clientId = m_clientId;
    request.email = row->email->text().trimmed();
    request.name = row->name->text().trimmed();
    request.lang = row->language->currentData().toString();
    request.roleId = row->role->currentData().toInt();
    if (row->projectScope->isChecked()) {
        request.cloud.scope = CloudAccess::Scope::Project;
        for (const auto &[projectId, box] : row->projectBoxes) {
            const QString role = box->currentData().toString();
            if (!role.isEmpty())
                request.cloud.projectRoles.append({projectId, role});
        }
    } else {
        request.cloud.scope = CloudAccess::Scope::Client;
        request.cloud.clientAdministrator = row->clientAccess->currentData().toBool();
    }
    return request;
}

// The IAM role picks the Cloud access too (Gcore guide, step 6), until the person chooses it.
void InviteDialog::applyRoleDefaults(Row *row)
{
    if (!row->cloudTouched) {
        const bool administrator = row->role->currentData().toInt() == Role::Administrators;
        row->clientScope->setChecked(true);
        row->clientAccess->setCurrentIndex(administrator ? 1 : 0);
    }
    revalidate();
}

void InviteDialog::updatePanels(Row *row)
{
    row->clientPanel->setVisible(row->clientScope->isChecked());
    row->projectPanel->setVisible(row->projectScope->isChecked());
}

// ---- projects ------------------------------------------------------------------------

InviteDialog::ProjectsState InviteDialog::projectsState() const
{
    return m_projectsState;
}

QList<Project> InviteDialog::projects() const
{
    return m_projects;
}

void InviteDialog::reloadProjects()
{
    m_projectsState = ProjectsState::Loading;
    m_projectsError.clear();
    for (Row *row : std::as_const(m_rows))
        showProjectsState(row);
    revalidate();
    m_api->fetchProjects(m_requests, [this](const Result<QList<Project>> &result) {
        if (result) {
            m_projectsState = ProjectsState::Loaded;
            m_projects = result.value();
        } else {
            m_projectsState = ProjectsState::Failed;
            m_projectsError = result.error().text();
        }
        for (Row *row : std::as_const(m_rows)) {
            buildProjectList(row);
            showProjectsState(row);
        }
        updateTabOrder();
        revalidate();
    });
}

void InviteDialog::buildProjectList(Row *row)
{
    for (const auto &[projectId, box] : std::as_const(row->projectBoxes)) {
        const QString role = box->currentData().toString();
        if (role.isEmpty())
            row->chosenRoles.remove(projectId);
        else
            row->chosenRoles.insert(projectId, role);
    }
    row->projectBoxes.clear();
    auto *grid = static_cast<QGridLayout *>(row->projectList->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_projectsState != ProjectsState::Loaded)
        return;
    const quint64 id = row->id;
    int line = 0;
    for (const Project &project : std::as_const(m_projects)) {
        auto *label = new QLabel(row->projectList);
        label->setTextFormat(Qt::PlainText);
        label->setText(project.isDefault ? tr("%1 (default)", "project name").arg(project.name) : project.name);
        auto *box = new QComboBox(row->projectList);
        box->setObjectName(QStringLiteral("projectRole_%1").arg(project.id));
        box->addItem(tr("No access"), QString());
        for (const QString &role : CloudRole::projectRoles())
            box->addItem(CloudRole::displayName(role), role);
        const int chosen = box->findData(row->chosenRoles.value(project.id));
        box->setCurrentIndex(std::max(chosen, 0));
        box->setAccessibleName(tr("Cloud role in project %1").arg(project.name));
        box->setEnabled(row->state == RowState::Editing || row->state == RowState::Failed);
        label->setBuddy(box);
        grid->addWidget(label, line, 0);
        grid->addWidget(box, line, 1);
        ++line;
        connect(box, &QComboBox::currentIndexChanged, this, [this, id] {
            if (Row *r = rowById(id))
                r->cloudTouched = true;
            revalidate();
        });
        row->projectBoxes.append({project.id, box});
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

void InviteDialog::showProjectsState(Row *row)
{
    switch (m_projectsState) {
    case ProjectsState::Loading:
        row->projectsMessage->setText(tr("Loading the projects…"));
        row->projectsMessage->show();
        row->retry->hide();
        break;
    case ProjectsState::Failed:
        row->projectsMessage->setText(tr("The projects could not be loaded: %1").arg(m_projectsError));
        row->projectsMessage->show();
        row->retry->show();
        break;
    case ProjectsState::Loaded:
        row->projectsMessage->setText(m_projects.isEmpty() ? tr("This account has no projects yet.") : QString());
        row->projectsMessage->setVisible(m_projects.isEmpty());
        row->retry->hide();
        break;
    }
    row->projectList->setVisible(m_projectsState == ProjectsState::Loaded);
}

// ---- validation ----------------------------------------------------------------------

QString InviteDialog::nameProblem(const Row *row) const
{
    if (row->name->text().trimmed().isEmpty())
        return tr("Enter the person's name, for example their first and last name.");
    if (row->name->text().trimmed().size() > 255)
        return tr("A name can have at most 255 characters.");
    return row->serverNameError;
}

QString InviteDialog::emailProblemOf(const Row *row) const
{
    const QString problem = emailProblem(row->email->text());
    if (!problem.isEmpty())
        return problem;
    const QString key = EmailAddress::key(row->email->text());
    for (int i = 0; i < m_rows.size() && m_rows.at(i) != row; ++i) {
        if (EmailAddress::key(m_rows.at(i)->email->text()) == key)
            return tr("This email address is already in person %1 above.").arg(i + 1);
    }
    return row->serverEmailError;
}

QString InviteDialog::cloudProblem(const Row *row) const
{
    if (!row->projectScope->isChecked())
        return {};
    if (m_projectsState != ProjectsState::Loaded)
        return {}; // the project panel says why; the row is not valid yet
    if (m_projects.isEmpty())
        return tr("Without projects, choose Client access.");
    for (const auto &entry : row->projectBoxes) {
        if (!entry.second->currentData().toString().isEmpty())
            return {};
    }
    return tr("Choose a role in at least one project, or choose Client access.");
}

bool InviteDialog::isValid(const Row *row) const
{
    if (row->projectScope->isChecked() && m_projectsState != ProjectsState::Loaded)
        return false;
    return nameProblem(row).isEmpty() && emailProblemOf(row).isEmpty() && cloudProblem(row).isEmpty();
}

void InviteDialog::revalidate()
{
    for (Row *row : std::as_const(m_rows)) {
        if (row->state == RowState::Invited || row->state == RowState::Sending)
            continue;
        // An empty field is pointed out once the person has been there; a wrong one at once.
        const QString name = nameProblem(row);
        setError(row->nameError, row->name, row->nameTouched || !row->name->text().isEmpty() ? name : QString());
        // A half-typed address is judged once the person leaves the field; a duplicate at once.
        const QString email = emailProblemOf(row);
        const bool judge = row->emailTouched || emailProblem(row->email->text()).isEmpty();
        setError(row->emailError, row->email, judge ? email : QString());
        setError(row->cloudError, row->projectScope, cloudProblem(row));
    }
    updateButtons();
}

void InviteDialog::setError(QLabel *label, QWidget *field, const QString &text)
{
    if (label->text() == text)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    field->setAccessibleDescription(text); // screen readers read it with the field
}

bool InviteDialog::canInvite() const
{
    if (m_sending)
        return false;
    bool any = false;
    for (const Row *row : m_rows) {
        if (row->state == RowState::Invited)
            continue;
        if (!isValid(row))
            return false;
        any = true;
    }
    return any;
}

bool InviteDialog::isSending() const
{
    return m_sending;
}

bool InviteDialog::hasSent() const
{
    return m_sent;
}

void InviteDialog::updateButtons()
{
    const bool can = canInvite();
    m_inviteButton->setEnabled(can);
    m_addButton->setEnabled(!m_sending);
    int open = 0;
    for (const Row *row : std::as_const(m_rows))
        open += row->state != RowState::Invited ? 1 : 0;
    for (Row *row : std::as_const(m_rows))
        row->remove->setVisible(m_rows.size() > 1 && row->state != RowState::Invited);
    for (Row *row : std::as_const(m_rows))
        row->remove->setEnabled(!m_sending);
    m_inviteButton->setText(m_sending ? tr("Inviting…") : open > 1 ? tr("&Invite %n Users", nullptr, open)
                                                                    : tr("&Invite User"));
    m_closeButton->setText(m_sent ? tr("Close") : tr("Cancel"));
    if (!m_sending) {
        if (open == 0)
            m_status->setText(tr("Everyone was invited."));
        else if (!can)
            m_status->setText(tr("To invite, give every person a name and a valid email address."));
        else
            m_status->setText(QString());
    }
    m_status->setVisible(!m_status->text().isEmpty());
}

void InviteDialog::setRowEditable(Row *row, bool editable)
{
    row->name->setReadOnly(!editable);
    row->email->setReadOnly(!editable);
    for (QWidget *w : std::initializer_list<QWidget *>{row->language, row->role, row->clientScope, row->projectScope,
                                                       row->clientAccess, row->retry})
        w->setEnabled(editable);
    for (const auto &entry : std::as_const(row->projectBoxes))
        entry.second->setEnabled(editable);
}

void InviteDialog::setResult(Row *row, const QString &text, bool error)
{
    row->result->setText(text);
    row->result->setVisible(!text.isEmpty());
    row->result->setProperty("error", error);
    row->result->setAccessibleDescription(text);
    updateColors();
}

// ---- sending -------------------------------------------------------------------------

void InviteDialog::invite()
{
    if (!canInvite())
        return;
    m_queue.clear();
    for (Row *row : std::as_const(m_rows)) {
        if (row->state == RowState::Editing || row->state == RowState::Failed) {
            m_queue.append(row->id);
            row->state = RowState::Sending;
            setRowEditable(row, false);
            setResult(row, tr("Waiting…"), false);
        }
    }
    m_sending = true;
    updateButtons();
    sendNext();
}

void InviteDialog::sendNext()
{
    while (!m_queue.isEmpty() && !rowById(m_queue.constFirst()))
        m_queue.removeFirst();
    if (m_queue.isEmpty()) {
        m_sending = false;
        int invited = 0;
        int failed = 0;
        for (const Row *row : std::as_const(m_rows)) {
            invited += row->state == RowState::Invited ? 1 : 0;
            failed += row->state == RowState::Failed ? 1 : 0;
        }
        revalidate();
        if (failed > 0) {
            m_status->setText(tr("%n person(s) could not be invited: see the messages above, correct what they name "
                                 "and press Invite again.",
                                 nullptr, failed));
            m_status->show();
        }
        emit sendingFinished();
        return;
    }
    const quint64 id = m_queue.takeFirst();
    Row *row = rowById(id);
    const InviteRequest request = this->request(int(m_rows.indexOf(row)));
    row->sent = request;
    row->serverEmailError.clear();
    row->serverNameError.clear();
    setError(row->emailError, row->email, QString());
    setError(row->nameError, row->name, QString());
    setResult(row, tr("Inviting %1…").arg(request.email), false);
    m_status->setText(tr("Inviting %1…").arg(request.email));
    m_status->show();
    m_api->inviteUser(request, m_requests, [this, id, request](const Result<InviteResult> &result) {
        if (result)
            onInvited(id, request, result.value());
        else
            onInviteFailed(id, result.error());
    });
}

void InviteDialog::onInvited(quint64 id, const InviteRequest &request, const InviteResult &result)
{
    Row *row = rowById(id);
    if (!row)
        return;
    m_sent = true;
    row->answer = result;
    row->assignments.clear();
    row->assignmentErrors.clear();
    if (request.cloud.scope == CloudAccess::Scope::Client) {
        if (request.cloud.clientAdministrator)
            row->assignments.append({CloudRole::clientAdministrator(), result.userId, m_clientId, 0});
    } else {
        for (const auto &[projectId, role] : request.cloud.projectRoles)
            row->assignments.append({role, result.userId, 0, projectId});
    }
    emit invited(request, result);
    if (!rowById(id))
        return;
    if (!row->assignments.isEmpty())
        setResult(row, tr("Invited; setting the Cloud access…"), false);
    assignNext(id);
}

void InviteDialog::assignNext(quint64 id)
{
    Row *row = rowById(id);
    if (!row)
        return;
    if (row->assignments.isEmpty()) {
        finishRow(row);
        return;
    }
    const CloudAssignment assignment = row->assignments.takeFirst();
    m_api->assignCloudRole(assignment, m_requests, [this, id, assignment](const Result<Done> &result) {
        Row *target = rowById(id);
        if (!target)
            return;
        if (!result) {
            QString text = result.error().text();
            if (assignment.projectId != 0) {
                QString project = QString::number(assignment.projectId);
                for (const Project &p : std::as_const(m_projects)) {
                    if (p.id == assignment.projectId)
                        project = p.name;
                }
                text = tr("%1 (project %2)", "error message, project name").arg(text, project);
            }
            target->assignmentErrors.append(text);
        }
        assignNext(id);
    });
}

QString InviteDialog::successText(const Row *row) const
{
    if (row->answer.existingAccount) {
        return tr("%1 already has an account: an access notice was sent to %2.")
            .arg(row->sent.name.isEmpty() ? row->sent.email : row->sent.name, row->sent.email);
    }
    return tr("An invitation email was sent to %1; the link in it is valid for %2 hours.")
        .arg(row->sent.email)
        .arg(InvitationValiditySecs / 3600);
}

void InviteDialog::finishRow(Row *row)
{
    row->state = RowState::Invited;
    setRowEditable(row, false);
    const QString check = QStringLiteral("✓ ");
    if (row->assignmentErrors.isEmpty()) {
        setResult(row, check + tr("Invited.") + u' ' + successText(row), false);
    } else {
        setResult(row,
                  check + tr("Invited, but the Cloud access could not be set: %1").arg(row->assignmentErrors.join(u' '))
                      + u' ' + successText(row),
                  true);
    }
    row->box->setAccessibleDescription(row->result->text());
    updateButtons();
    sendNext();
}

QString InviteDialog::inviteFailureText(const ApiError &error) const
{
    switch (error.kind) {
    case ApiError::Kind::RateLimited: {
        QString text = tr("Not invited: the daily limit is reached. An administrator can invite at most %1 new "
                          "users a day.")
                           .arg(DailyInvitationLimit);
        if (error.retryAfterSecs > 0)
            text += u' ' + tr("Try again in %1.").arg(waitText(error.retryAfterSecs));
        else
            text += u' ' + tr("Try again tomorrow.");
        return text;
    }
    case ApiError::Kind::Forbidden:
        return tr("Not invited: only an administrator of the account can invite users (%1)").arg(error.text());
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::BadResponse:
        return tr("Not invited: %1 Everything typed is kept: press Invite to try again.").arg(error.text());
    default:
        return tr("Not invited: %1").arg(error.text());
    }
}

void InviteDialog::onInviteFailed(quint64 id, const ApiError &error)
{
    Row *row = rowById(id);
    if (!row)
        return;
    row->state = RowState::Failed;
    setRowEditable(row, true);

    // Field messages go next to their field; the rest, and the reason, on the row.
    QStringList elsewhere;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (it.key() == QLatin1String("email"))
            row->serverEmailError = it.value();
        else if (it.key() == QLatin1String("name"))
            row->serverNameError = it.value();
        else
            elsewhere.append(it.value());
    }
    if (!row->serverEmailError.isEmpty())
        row->emailTouched = true;
    if (!row->serverNameError.isEmpty())
        row->nameTouched = true;
    QString text;
    if (!error.fieldErrors.isEmpty() && elsewhere.isEmpty())
        text = tr("Not invited: correct the fields marked above.");
    else if (!error.fieldErrors.isEmpty())
        text = tr("Not invited: %1").arg(elsewhere.join(u' '));
    else
        text = inviteFailureText(error);
    setResult(row, text, true);

    // Refusals that apply to every invitation stop the others: they would fail alike.
    const bool stopAll = error.kind == ApiError::Kind::RateLimited || error.kind == ApiError::Kind::Forbidden
        || error.kind == ApiError::Kind::Unauthorized;
    if (stopAll) {
        for (quint64 queued : std::as_const(m_queue)) {
            if (Row *other = rowById(queued)) {
                other->state = RowState::Editing;
                setRowEditable(other, true);
                setResult(other, tr("Not sent: %1").arg(text), true);
            }
        }
        m_queue.clear();
    }
    revalidate();
    if (row->serverEmailError.isEmpty() && row->serverNameError.isEmpty())
        m_scroll->ensureWidgetVisible(row->result);
    else
        (row->serverEmailError.isEmpty() ? row->name : row->email)->setFocus(Qt::OtherFocusReason);
    sendNext();
}

void InviteDialog::done(int result)
{
    // Drop every request still out: no answer reaches a closed dialog.
    delete m_requests;
    m_requests = new QObject(this);
    m_queue.clear();
    if (m_sending) {
        m_sending = false;
        for (Row *row : std::as_const(m_rows)) {
            if (row->state == RowState::Sending) {
                row->state = RowState::Failed;
                setRowEditable(row, true);
                setResult(row, tr("Stopped before the answer came: the person may have been invited."), true);
            }
        }
        updateButtons();
    }
    QDialog::done(result);
}

// ---- presentation --------------------------------------------------------------------

void InviteDialog::updateTabOrder()
{
    QList<QWidget *> chain;
    for (const Row *row : std::as_const(m_rows)) {
        chain << row->name << row->email << row->language << row->role << row->clientScope << row->projectScope
              << row->clientAccess << row->retry;
        for (const auto &entry : row->projectBoxes)
            chain << entry.second;
        chain << row->remove;
    }
    chain << m_addButton << m_inviteButton << m_closeButton;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void InviteDialog::retranslateRow(Row *row, int index)
{
    const int n = index + 1;
    row->box->setTitle(tr("Person %1").arg(n));
    row->nameLabel->setText(tr("&Name:"));
    row->emailLabel->setText(tr("E&mail:"));
    row->languageLabel->setText(tr("&Language:"));
    row->roleLabel->setText(tr("R&ole:"));
    row->cloudLabel->setText(tr("Cloud access:"));
    row->name->setPlaceholderText(tr("First and last name, for example Jane Doe"));
    row->email->setPlaceholderText(tr("name@example.com"));
    for (int i = 0; i < row->role->count(); ++i)
        row->role->setItemText(i, Role::displayName(row->role->itemData(i).toInt()));
    row->clientScope->setText(tr("&Client (all projects)"));
    row->projectScope->setText(tr("&Project by project"));
    row->clientAccess->setItemText(0, tr("No access"));
    row->clientAccess->setItemText(1, CloudRole::displayName(CloudRole::clientAdministrator()));
    row->retry->setText(tr("Re&try"));
    row->remove->setText(tr("&Remove"));

    row->name->setAccessibleName(tr("Name of person %1").arg(n));
    row->email->setAccessibleName(tr("Email of person %1").arg(n));
    row->language->setAccessibleName(tr("Interface language of person %1").arg(n));
    row->role->setAccessibleName(tr("Role of person %1").arg(n));
    row->clientScope->setAccessibleName(tr("Cloud access for the whole account"));
    row->projectScope->setAccessibleName(tr("Cloud access project by project"));
    row->clientAccess->setAccessibleName(tr("Cloud access of person %1 in all projects").arg(n));
    row->retry->setAccessibleName(tr("Load the projects again"));
    row->remove->setAccessibleName(tr("Remove person %1").arg(n));
    row->result->setAccessibleName(tr("Result for person %1").arg(n));
    row->role->setToolTip(tr("What the person may do in the account (IAM and CDN)"));
    row->clientScope->setToolTip(tr("No access, or administrator of every Cloud project"));
    row->projectScope->setToolTip(tr("A Cloud role in each project: the project on the left, the role on the right"));
    showProjectsState(row);
    updatePanels(row);
    updateTabOrder();
}

void InviteDialog::retranslate()
{
    setWindowTitle(tr("Invite Users"));
    m_intro->setText(tr("People who are new to the platform get an invitation email with a link, valid for 24 hours, "
                        "to set a password. People who already have an account get a notice that they can now "
                        "open this one."));
    m_servicesNote->setText(tr("Other services (Billing, DNS, Storage, Streaming, Web security) give invited users "
                               "full permissions automatically."));
    m_addButton->setText(tr("A&dd another user"));
    m_addButton->setToolTip(tr("Invite several people at once"));
    m_inviteButton->setToolTip(tr("Send the invitations (Ctrl+Enter)"));
    m_status->setAccessibleName(tr("Invitation status"));
    for (int i = 0; i < m_rows.size(); ++i)
        retranslateRow(m_rows.at(i), i);
    updateButtons();
}

void InviteDialog::updateColors()
{
    // Readable on light and dark themes alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor errorColor = DialogParts::errorColor(palette());
    const QColor okColor = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    for (Row *row : std::as_const(m_rows)) {
        for (QLabel *label : {row->nameError, row->emailError, row->cloudError}) {
            QPalette p = label->palette();
            p.setColor(QPalette::WindowText, errorColor);
            label->setPalette(p);
        }
        QPalette p = palette();
        if (row->result->property("error").toBool())
            p.setColor(QPalette::WindowText, errorColor);
        else if (row->state == RowState::Invited)
            p.setColor(QPalette::WindowText, okColor);
        row->result->setPalette(p);
    }
}

void InviteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateColors();
    QDialog::changeEvent(event);
}

QLineEdit *InviteDialog::nameField(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->name : nullptr;
}

QLineEdit *InviteDialog::emailField(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->email : nullptr;
}

QComboBox *InviteDialog::languageBox(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->language : nullptr;
}

QComboBox *InviteDialog::roleBox(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->role : nullptr;
}

QRadioButton *InviteDialog::clientScopeButton(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->clientScope : nullptr;
}

QRadioButton *InviteDialog::projectScopeButton(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->projectScope : nullptr;
}

QComboBox *InviteDialog::clientAccessBox(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->clientAccess : nullptr;
}

QComboBox *InviteDialog::projectRoleBox(int row, qint64 projectId) const
{
    const Row *r = rowAt(row);
    if (!r)
        return nullptr;
    for (const auto &entry : r->projectBoxes) {
        if (entry.first == projectId)
            return entry.second;
    }
    return nullptr;
}

QLabel *InviteDialog::projectsMessage(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->projectsMessage : nullptr;
}

QPushButton *InviteDialog::retryProjectsButton(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->retry : nullptr;
}

QLabel *InviteDialog::cloudError(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->cloudError : nullptr;
}

QLabel *InviteDialog::errorLabel(int row, Field field) const
{
    const Row *r = rowAt(row);
    if (!r)
        return nullptr;
    return field == Field::Name ? r->nameError : r->emailError;
}

QLabel *InviteDialog::resultLabel(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->result : nullptr;
}

QPushButton *InviteDialog::removeButton(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->remove : nullptr;
}
