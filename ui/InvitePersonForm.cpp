#include "InvitePersonForm.h"

#include "DialogParts.h"

#include "domain/ApiError.h"
#include "domain/CloudRole.h"
#include "domain/EmailAddress.h"
#include "domain/Language.h"
#include "domain/Role.h"
#include "domain/User.h"
#include "session/ProjectList.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// "3 hours", "20 minutes", "45 seconds": how long until the person may try again.
QString waitText(int secs)
{
    if (secs < 60)
        return InvitePersonForm::tr("%n second(s)", nullptr, std::max(secs, 1));
    if (secs < 3600)
        return InvitePersonForm::tr("%n minute(s)", nullptr, (secs + 59) / 60);
    return InvitePersonForm::tr("%n hour(s)", nullptr, (secs + 3599) / 3600);
}

} // namespace

InvitePersonForm::InvitePersonForm(quint64 id, const ProjectList *projects, QWidget *parent)
    : Retranslating<QGroupBox>(parent)
    , m_id(id)
    , m_projects(projects)
    , m_nameLabel(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_cloudLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_nameError(DialogParts::makeLabel(QStringLiteral("nameError"), this))
    , m_emailError(DialogParts::makeLabel(QStringLiteral("emailError"), this))
    , m_language(new QComboBox(this))
    , m_role(new QComboBox(this))
{
    Q_ASSERT(projects);
    setObjectName(QStringLiteral("person") + QString::number(id));

    m_name->setObjectName(QStringLiteral("name"));
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_language->setObjectName(QStringLiteral("language"));
    for (const Language &language : Language::supported())
        m_language->addItem(language.nativeName, language.code);
    m_role->setObjectName(QStringLiteral("role"));
    for (const Role &role : Role::all())
        m_role->addItem(QString(), role.id);
    m_role->setCurrentIndex(m_role->findData(int(Role::Users)));

    auto *scopeRow = new QWidget(this);
    auto *scopeLayout = new QHBoxLayout(scopeRow);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    m_clientScope = new QRadioButton(scopeRow);
    m_clientScope->setObjectName(QStringLiteral("clientScope"));
    m_projectScope = new QRadioButton(scopeRow);
    m_projectScope->setObjectName(QStringLiteral("projectScope"));
    m_clientScope->setChecked(true);
    auto *scopeGroup = new QButtonGroup(scopeRow);
    scopeGroup->addButton(m_clientScope);
    scopeGroup->addButton(m_projectScope);
    scopeLayout->addWidget(m_clientScope);
    scopeLayout->addWidget(m_projectScope);
    scopeLayout->addStretch(1);

    m_clientPanel = new QWidget(this);
    auto *clientLayout = new QHBoxLayout(m_clientPanel);
    clientLayout->setContentsMargins(0, 0, 0, 0);
    m_clientAccess = new QComboBox(m_clientPanel);
    m_clientAccess->setObjectName(QStringLiteral("clientAccess"));
    m_clientAccess->addItem(QString(), false);
    m_clientAccess->addItem(QString(), true);
    clientLayout->addWidget(m_clientAccess);
    clientLayout->addStretch(1);

    m_projectPanel = new QWidget(this);
    auto *projectLayout = new QVBoxLayout(m_projectPanel);
    projectLayout->setContentsMargins(0, 0, 0, 0);
    auto *messageRow = new QHBoxLayout;
    m_projectsMessage = new QLabel(m_projectPanel);
    m_projectsMessage->setObjectName(QStringLiteral("projectsMessage"));
    m_projectsMessage->setWordWrap(true);
    m_projectsMessage->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(m_projectPanel);
    m_retry->setObjectName(QStringLiteral("retryProjects"));
    m_retry->setAutoDefault(false);
    messageRow->addWidget(m_projectsMessage, 1);
    messageRow->addWidget(m_retry);
    projectLayout->addLayout(messageRow);
    m_projectList = new QWidget(m_projectPanel);
    m_projectList->setObjectName(QStringLiteral("projectList"));
    new QGridLayout(m_projectList);
    m_projectList->layout()->setContentsMargins(0, 0, 0, 0);
    projectLayout->addWidget(m_projectList);
    m_projectPanel->hide();
    m_cloudError = DialogParts::makeLabel(QStringLiteral("cloudError"), this);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeRow"));
    m_remove->setAutoDefault(false);

    m_nameLabel->setBuddy(m_name);
    m_emailLabel->setBuddy(m_email);
    m_languageLabel->setBuddy(m_language);
    m_roleLabel->setBuddy(m_role);
    m_cloudLabel->setBuddy(m_clientScope);

    auto *cloud = new QWidget(this);
    auto *cloudLayout = new QVBoxLayout(cloud);
    cloudLayout->setContentsMargins(0, 0, 0, 0);
    cloudLayout->addWidget(scopeRow);
    cloudLayout->addWidget(m_clientPanel);
    cloudLayout->addWidget(m_projectPanel);
    cloudLayout->addWidget(m_cloudError);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, DialogParts::makeRow(this, m_name, {m_nameError}));
    form->addRow(m_emailLabel, DialogParts::makeRow(this, m_email, {m_emailError}));
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_cloudLabel, cloud);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_result, 1);
    bottom->addWidget(m_remove, 0, Qt::AlignRight | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(bottom);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        m_serverNameError.clear();
        emit edited();
    });
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        m_serverEmailError.clear();
        emit edited();
    });
    // Leaving a mandatory field empty says so at once.
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        m_nameTouched = true;
        emit edited();
    });
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        m_emailTouched = true;
        emit edited();
    });
    connect(m_name, &QLineEdit::textChanged, this, &InvitePersonForm::edited);
    connect(m_email, &QLineEdit::textChanged, this, &InvitePersonForm::edited);
    connect(m_role, &QComboBox::currentIndexChanged, this, &InvitePersonForm::applyRoleDefaults);
    connect(m_clientScope, &QRadioButton::toggled, this, [this] {
        updatePanels();
        emit edited();
    });
    const auto touched = [this] { m_cloudTouched = true; };
    connect(m_clientScope, &QRadioButton::clicked, this, touched);
    connect(m_projectScope, &QRadioButton::clicked, this, touched);
    connect(m_clientAccess, &QComboBox::activated, this, touched);
    connect(m_clientAccess, &QComboBox::currentIndexChanged, this, &InvitePersonForm::edited);
    connect(m_retry, &QPushButton::clicked, this, &InvitePersonForm::reloadProjectsClicked);
    connect(m_remove, &QPushButton::clicked, this, &InvitePersonForm::removeClicked);

    rebuildProjects();
    retranslate();
    updatePanels();
    updateColors();
}

InvitePersonForm::~InvitePersonForm()
{
    // Hiding moves the focus, and a field losing it would call back into this half-destroyed form.
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

void InvitePersonForm::setNumber(int number)
{
    m_number = number;
    retranslate();
}

InviteRequest InvitePersonForm::request() const
{
    InviteRequest request;
    request.email = m_email->text().trimmed();
    request.name = m_name->text().trimmed();
    request.lang = m_language->currentData().toString();
    request.roleId = m_role->currentData().toInt();
    if (m_projectScope->isChecked()) {
        request.cloud.scope = CloudAccess::Scope::Project;
        for (const auto &[projectId, box] : m_projectBoxes) {
            const QString role = box->currentData().toString();
            if (!role.isEmpty())
                request.cloud.projectRoles.append({projectId, role});
        }
    } else {
        request.cloud.scope = CloudAccess::Scope::Client;
        request.cloud.clientAdministrator = m_clientAccess->currentData().toBool();
    }
    return request;
}

// The IAM role picks the Cloud access too (Gcore guide, step 6), until the person chooses it.
void InvitePersonForm::applyRoleDefaults()
{
    if (!m_cloudTouched) {
        const bool administrator = m_role->currentData().toInt() == Role::Administrators;
        m_clientScope->setChecked(true);
        m_clientAccess->setCurrentIndex(administrator ? 1 : 0);
    }
    emit edited();
}

void InvitePersonForm::updatePanels()
{
    m_clientPanel->setVisible(m_clientScope->isChecked());
    m_projectPanel->setVisible(m_projectScope->isChecked());
}

// ---- projects ------------------------------------------------------------------------

void InvitePersonForm::rebuildProjects()
{
    for (const auto &[projectId, box] : std::as_const(m_projectBoxes)) {
        const QString role = box->currentData().toString();
        if (role.isEmpty())
            m_chosenRoles.remove(projectId);
        else
            m_chosenRoles.insert(projectId, role);
    }
    m_projectBoxes.clear();
    auto *grid = static_cast<QGridLayout *>(m_projectList->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_projects->state() != ProjectList::State::Loaded)
        return;
    int line = 0;
    for (const Project &project : m_projects->projects()) {
        auto *label = new QLabel(m_projectList);
        label->setTextFormat(Qt::PlainText);
        label->setText(project.isDefault ? tr("%1 (default)", "project name").arg(project.name) : project.name);
        auto *box = new QComboBox(m_projectList);
        box->setObjectName(QStringLiteral("projectRole_%1").arg(project.id));
        box->addItem(tr("No access"), QString());
        for (const QString &role : CloudRole::projectRoles())
            box->addItem(CloudRole::displayName(role), role);
        const int chosen = box->findData(m_chosenRoles.value(project.id));
        box->setCurrentIndex(std::max(chosen, 0));
        box->setAccessibleName(tr("Cloud role in project %1").arg(project.name));
        box->setEnabled(m_state == State::Editing || m_state == State::Failed);
        label->setBuddy(box);
        grid->addWidget(label, line, 0);
        grid->addWidget(box, line, 1);
        ++line;
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            m_cloudTouched = true;
            emit edited();
        });
        m_projectBoxes.append({project.id, box});
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

void InvitePersonForm::showProjectsState()
{
    switch (m_projects->state()) {
    case ProjectList::State::Loading:
        m_projectsMessage->setText(tr("Loading the projects…"));
        m_projectsMessage->show();
        m_retry->hide();
        break;
    case ProjectList::State::Failed:
        m_projectsMessage->setText(tr("The projects could not be loaded: %1").arg(m_projects->errorText()));
        m_projectsMessage->show();
        m_retry->show();
        break;
    case ProjectList::State::Loaded: {
        const bool none = m_projects->projects().isEmpty();
        m_projectsMessage->setText(none ? tr("This account has no projects yet.") : QString());
        m_projectsMessage->setVisible(none);
        m_retry->hide();
        break;
    }
    }
    m_projectList->setVisible(m_projects->state() == ProjectList::State::Loaded);
}

QComboBox *InvitePersonForm::projectRoleBox(qint64 projectId) const
{
    for (const auto &entry : m_projectBoxes) {
        if (entry.first == projectId)
            return entry.second;
    }
    return nullptr;
}

// ---- validation ----------------------------------------------------------------------

QString InvitePersonForm::nameProblem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the person's name, for example their first and last name.");
    if (m_name->text().trimmed().size() > 255)
        return tr("A name can have at most 255 characters.");
    return m_serverNameError;
}

QString InvitePersonForm::emailProblem(int sameAs) const
{
    const QString problem = EmailAddress::problem(m_email->text());
    if (!problem.isEmpty())
        return problem;
    if (sameAs > 0)
        return tr("This email address is already in person %1 above.").arg(sameAs);
    return m_serverEmailError;
}

QString InvitePersonForm::cloudProblem() const
{
    if (!m_projectScope->isChecked())
        return {};
    if (m_projects->state() != ProjectList::State::Loaded)
        return {}; // the project panel says why; the person is not valid yet
    if (m_projects->projects().isEmpty())
        return tr("Without projects, choose Client access.");
    for (const auto &entry : m_projectBoxes) {
        if (!entry.second->currentData().toString().isEmpty())
            return {};
    }
    return tr("Choose a role in at least one project, or choose Client access.");
}

bool InvitePersonForm::isValid(int sameAs) const
{
    if (m_projectScope->isChecked() && m_projects->state() != ProjectList::State::Loaded)
        return false;
    return nameProblem().isEmpty() && emailProblem(sameAs).isEmpty() && cloudProblem().isEmpty();
}

void InvitePersonForm::showProblems(int sameAs)
{
    if (m_state == State::Invited || m_state == State::Sending)
        return;
    // An empty field is pointed out once the person has been there; a wrong one at once.
    const QString name = nameProblem();
    setError(m_nameError, m_name, m_nameTouched || !m_name->text().isEmpty() ? name : QString());
    // A half-typed address is judged once the person leaves the field; a duplicate at once.
    const QString email = emailProblem(sameAs);
    const bool judge = m_emailTouched || EmailAddress::problem(m_email->text()).isEmpty();
    setError(m_emailError, m_email, judge ? email : QString());
    setError(m_cloudError, m_projectScope, cloudProblem());
}

void InvitePersonForm::setError(QLabel *label, QWidget *field, const QString &text)
{
    if (label->text() == text)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    field->setAccessibleDescription(text); // screen readers read it with the field
}

void InvitePersonForm::setEditable(bool editable)
{
    m_name->setReadOnly(!editable);
    m_email->setReadOnly(!editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_language, m_role, m_clientScope, m_projectScope,
                                                       m_clientAccess, m_retry})
        w->setEnabled(editable);
    for (const auto &entry : std::as_const(m_projectBoxes))
        entry.second->setEnabled(editable);
}

void InvitePersonForm::setResult(const QString &text, bool error)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
    m_result->setProperty("error", error);
    m_result->setAccessibleDescription(text);
    updateColors();
}

// ---- sending -------------------------------------------------------------------------

void InvitePersonForm::markWaiting()
{
    m_state = State::Sending;
    setEditable(false);
    setResult(tr("Waiting…"), false);
}

void InvitePersonForm::markSending(const InviteRequest &request)
{
    m_sent = request;
    m_serverEmailError.clear();
    m_serverNameError.clear();
    setError(m_emailError, m_email, QString());
    setError(m_nameError, m_name, QString());
    setResult(tr("Inviting %1…").arg(request.email), false);
}

void InvitePersonForm::markInvited(const InviteResult &result, bool cloudAccessFollows)
{
    m_answer = result;
    if (cloudAccessFollows)
        setResult(tr("Invited; setting the Cloud access…"), false);
}

QString InvitePersonForm::successText() const
{
    if (m_answer.existingAccount) {
        return tr("%1 already has an account: an access notice was sent to %2.")
            .arg(m_sent.name.isEmpty() ? m_sent.email : m_sent.name, m_sent.email);
    }
    return tr("An invitation email was sent to %1; the link in it is valid for %2 hours.")
        .arg(m_sent.email)
        .arg(InvitationValiditySecs / 3600);
}

void InvitePersonForm::markDone(const QList<InviteQueue::CloudFailure> &failures)
{
    QStringList errors;
    for (const InviteQueue::CloudFailure &failure : failures) {
        QString text = failure.error.text();
        if (failure.assignment.projectId != 0) {
            text = tr("%1 (project %2)", "error message, project name")
                       .arg(text, m_projects->nameOf(failure.assignment.projectId));
        }
        errors.append(text);
    }
    m_state = State::Invited;
    setEditable(false);
    const QString check = QStringLiteral("✓ ");
    if (errors.isEmpty()) {
        setResult(check + tr("Invited.") + u' ' + successText(), false);
    } else {
        setResult(check + tr("Invited, but the Cloud access could not be set: %1").arg(errors.join(u' ')) + u' '
                      + successText(),
                  true);
    }
    setAccessibleDescription(m_result->text());
}

QString InvitePersonForm::inviteFailureText(const ApiError &error) const
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

// Field messages go next to their field; the rest, and the reason, on the result line.
QString InvitePersonForm::refusalText(const ApiError &error) const
{
    const QStringList elsewhere =
        DialogParts::placeFieldErrors(error, {{QStringLiteral("email"), {}}, {QStringLiteral("name"), {}}});
    if (!error.fieldErrors.isEmpty() && elsewhere.isEmpty())
        return tr("Not invited: correct the fields marked above.");
    if (!error.fieldErrors.isEmpty())
        return tr("Not invited: %1").arg(elsewhere.join(u' '));
    return inviteFailureText(error);
}

void InvitePersonForm::markRefused(const ApiError &error)
{
    m_state = State::Failed;
    setEditable(true);
    m_serverEmailError = error.fieldErrors.value(QStringLiteral("email"), m_serverEmailError);
    m_serverNameError = error.fieldErrors.value(QStringLiteral("name"), m_serverNameError);
    if (!m_serverEmailError.isEmpty())
        m_emailTouched = true;
    if (!m_serverNameError.isEmpty())
        m_nameTouched = true;
    setResult(refusalText(error), true);
}

void InvitePersonForm::markNotSent(const ApiError &reason)
{
    m_state = State::Editing;
    setEditable(true);
    setResult(tr("Not sent: %1").arg(refusalText(reason)), true);
}

void InvitePersonForm::markStopped()
{
    m_state = State::Failed;
    setEditable(true);
    setResult(tr("Stopped before the answer came: the person may have been invited."), true);
}

QWidget *InvitePersonForm::fieldToCorrect() const
{
    if (!m_serverEmailError.isEmpty())
        return m_email;
    if (!m_serverNameError.isEmpty())
        return m_name;
    return nullptr;
}

// ---- presentation --------------------------------------------------------------------

QList<QWidget *> InvitePersonForm::tabOrder() const
{
    QList<QWidget *> chain{m_name, m_email, m_language, m_role, m_clientScope, m_projectScope, m_clientAccess, m_retry};
    for (const auto &entry : m_projectBoxes)
        chain << entry.second;
    chain << m_remove;
    return chain;
}

void InvitePersonForm::retranslate()
{
    const int n = m_number;
    setTitle(tr("Person %1").arg(n));
    m_nameLabel->setText(tr("&Name:"));
    m_emailLabel->setText(tr("E&mail:"));
    m_languageLabel->setText(tr("&Language:"));
    m_roleLabel->setText(tr("R&ole:"));
    m_cloudLabel->setText(tr("Cloud access:"));
    m_name->setPlaceholderText(tr("First and last name, for example Jane Doe"));
    m_email->setPlaceholderText(tr("name@example.com"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, Role::displayName(m_role->itemData(i).toInt()));
    m_clientScope->setText(tr("&Client (all projects)"));
    m_projectScope->setText(tr("&Project by project"));
    m_clientAccess->setItemText(0, tr("No access"));
    m_clientAccess->setItemText(1, CloudRole::displayName(CloudRole::clientAdministrator()));
    m_retry->setText(tr("Re&try"));
    m_remove->setText(tr("&Remove"));

    m_name->setAccessibleName(tr("Name of person %1").arg(n));
    m_email->setAccessibleName(tr("Email of person %1").arg(n));
    m_language->setAccessibleName(tr("Interface language of person %1").arg(n));
    m_role->setAccessibleName(tr("Role of person %1").arg(n));
    m_clientScope->setAccessibleName(tr("Cloud access for the whole account"));
    m_projectScope->setAccessibleName(tr("Cloud access project by project"));
    m_clientAccess->setAccessibleName(tr("Cloud access of person %1 in all projects").arg(n));
    m_retry->setAccessibleName(tr("Load the projects again"));
    m_remove->setAccessibleName(tr("Remove person %1").arg(n));
    m_result->setAccessibleName(tr("Result for person %1").arg(n));
    m_role->setToolTip(tr("What the person may do in the account (IAM and CDN)"));
    m_clientScope->setToolTip(tr("No access, or administrator of every Cloud project"));
    m_projectScope->setToolTip(tr("A Cloud role in each project: the project on the left, the role on the right"));
    showProjectsState();
}

void InvitePersonForm::updateColors()
{
    using DialogParts::Tone;
    for (QLabel *label : {m_nameError, m_emailError, m_cloudError})
        DialogParts::paint(label, Tone::Error, palette());
    DialogParts::paint(m_result, m_result->property("error").toBool() ? Tone::Error
                                 : m_state == State::Invited         ? Tone::Success
                                                                     : Tone::Plain, palette());
}
