#include "InviteDialog.h"

#include "api/AccountApi.h"
#include "domain/ApiError.h"
#include "domain/EmailAddress.h"
#include "session/InviteQueue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
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

InviteDialog::InviteDialog(AccountApi *api, qint64 clientId, QWidget *parent)
    : Retranslating<QDialog>(parent)
    , m_clientId(clientId)
    , m_projects(new ProjectList(api, this))
    , m_queue(new InviteQueue(api, this))
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
        m_forms.constLast()->nameField()->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(m_forms.constLast());
    });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &InviteDialog::invite);
    }

    connect(m_projects, &ProjectList::finished, this, &InviteDialog::onProjectsLoaded);
    connect(m_queue, &InviteQueue::sending, this, &InviteDialog::onSending);
    connect(m_queue, &InviteQueue::invited, this, &InviteDialog::onInvited);
    connect(m_queue, &InviteQueue::refused, this, &InviteDialog::onRefused);
    connect(m_queue, &InviteQueue::notSent, this, [this](quint64 id, const ApiError &reason) {
        if (InvitePersonForm *form = formById(id))
            form->markNotSent(reason);
    });
    connect(m_queue, &InviteQueue::cloudAccessSet, this, [this](quint64 id) { onPersonDone(id, {}); });
    connect(m_queue, &InviteQueue::cloudAccessFailed, this, &InviteDialog::onPersonDone);
    connect(m_queue, &InviteQueue::finished, this, &InviteDialog::onQueueFinished);

    addRow();
    retranslate();
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
}

QString InviteDialog::emailProblem(const QString &email)
{
    return EmailAddress::problem(email);
}

// ---- rows ----------------------------------------------------------------------------

int InviteDialog::rowCount() const
{
    return int(m_forms.size());
}

InvitePersonForm *InviteDialog::personForm(int row) const
{
    return row >= 0 && row < m_forms.size() ? m_forms.at(row) : nullptr;
}

InvitePersonForm *InviteDialog::formById(quint64 id) const
{
    for (InvitePersonForm *form : m_forms) {
        if (form->id() == id)
            return form;
    }
    return nullptr;
}

void InviteDialog::addRow()
{
    auto *form = new InvitePersonForm(m_nextRowId++, m_projects, m_rowsWidget);
    form->setNumber(int(m_forms.size()) + 1);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, form);
    form->show(); // now, not when the layout gets to it
    m_forms.append(form);

    connect(form, &InvitePersonForm::edited, this, &InviteDialog::revalidate);
    connect(form, &InvitePersonForm::reloadProjectsClicked, this, &InviteDialog::reloadProjects);
    connect(form, &InvitePersonForm::removeClicked, this, [this, form] {
        const int index = int(m_forms.indexOf(form));
        if (index < 0)
            return;
        removeRow(index);
        if (InvitePersonForm *next = personForm(std::min(index, rowCount() - 1)))
            next->nameField()->setFocus(Qt::OtherFocusReason);
    });

    updateTabOrder();
    revalidate();
}

void InviteDialog::removeRow(int index)
{
    InvitePersonForm *form = personForm(index);
    if (!form || isSending() || m_forms.size() <= 1 || form->state() == RowState::Invited)
        return;
    m_forms.removeAt(index);
    delete form;
    for (int i = 0; i < m_forms.size(); ++i)
        m_forms.at(i)->setNumber(i + 1);
    updateTabOrder();
    revalidate();
}

InviteDialog::RowState InviteDialog::rowState(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->state() : RowState::Editing;
}

InviteRequest InviteDialog::request(int row) const
{
    const InvitePersonForm *form = personForm(row);
    if (!form)
        return {};
    InviteRequest request = form->request();
    request.clientId = m_clientId;
    return request;
}

// ---- projects ------------------------------------------------------------------------

InviteDialog::ProjectsState InviteDialog::projectsState() const
{
    return m_projects->state();
}

QList<Project> InviteDialog::projects() const
{
    return m_projects->projects();
}

void InviteDialog::reloadProjects()
{
    m_projects->reload();
    for (InvitePersonForm *form : std::as_const(m_forms))
        form->showProjectsState();
    revalidate();
}

void InviteDialog::onProjectsLoaded()
{
    for (InvitePersonForm *form : std::as_const(m_forms)) {
        form->rebuildProjects();
        form->showProjectsState();
    }
    updateTabOrder();
    revalidate();
}

// ---- validation ----------------------------------------------------------------------

int InviteDialog::sameAddressAbove(int row) const
{
    const QString key = EmailAddress::key(m_forms.at(row)->emailField()->text());
    for (int i = 0; i < row; ++i) {
        if (EmailAddress::key(m_forms.at(i)->emailField()->text()) == key)
            return i + 1;
    }
    return 0;
}

void InviteDialog::revalidate()
{
    for (int i = 0; i < m_forms.size(); ++i)
        m_forms.at(i)->showProblems(sameAddressAbove(i));
    updateButtons();
}

bool InviteDialog::canInvite() const
{
    if (isSending())
        return false;
    bool any = false;
    for (int i = 0; i < m_forms.size(); ++i) {
        const InvitePersonForm *form = m_forms.at(i);
        if (form->state() == RowState::Invited)
            continue;
        if (!form->isValid(sameAddressAbove(i)))
            return false;
        any = true;
    }
    return any;
}

bool InviteDialog::isSending() const
{
    return m_queue->isSending();
}

bool InviteDialog::hasSent() const
{
    return m_sent;
}

void InviteDialog::updateButtons()
{
    const bool sending = isSending();
    const bool can = canInvite();
    m_inviteButton->setEnabled(can);
    m_addButton->setEnabled(!sending);
    int open = 0;
    for (const InvitePersonForm *form : std::as_const(m_forms))
        open += form->state() != RowState::Invited ? 1 : 0;
    for (InvitePersonForm *form : std::as_const(m_forms)) {
        form->removeButton()->setVisible(m_forms.size() > 1 && form->state() != RowState::Invited);
        form->removeButton()->setEnabled(!sending);
    }
    m_inviteButton->setText(sending ? tr("Inviting…") : open > 1 ? tr("&Invite %n Users", nullptr, open)
                                                                  : tr("&Invite User"));
    m_closeButton->setText(m_sent ? tr("Close") : tr("Cancel"));
    if (!sending) {
        if (open == 0)
            m_status->setText(tr("Everyone was invited."));
        else if (!can)
            m_status->setText(tr("To invite, give every person a name and a valid email address."));
        else
            m_status->setText(QString());
    }
    m_status->setVisible(!m_status->text().isEmpty());
}

// ---- sending -------------------------------------------------------------------------

void InviteDialog::invite()
{
    if (!canInvite())
        return;
    QList<InvitePersonForm *> people;
    for (InvitePersonForm *form : std::as_const(m_forms)) {
        if (form->state() == RowState::Editing || form->state() == RowState::Failed) {
            form->markWaiting();
            people.append(form);
        }
    }
    // What each person reads now is what is sent: their fields stay read-only until the answer.
    for (const InvitePersonForm *form : std::as_const(people)) {
        InviteRequest request = form->request();
        request.clientId = m_clientId;
        m_queue->enqueue(form->id(), request);
    }
    m_queue->start();
    if (isSending()) // the answers come later: until then, nothing to add, remove or send
        updateButtons();
}

void InviteDialog::onSending(quint64 id, const InviteRequest &request)
{
    if (InvitePersonForm *form = formById(id))
        form->markSending(request);
    m_status->setText(tr("Inviting %1…").arg(request.email));
    m_status->show();
}

void InviteDialog::onInvited(quint64 id, const InviteRequest &request, const InviteResult &result)
{
    if (!formById(id))
        return;
    m_sent = true;
    emit invited(request, result);
    // A receiver may have closed the dialog, which stops the person.
    InvitePersonForm *form = formById(id);
    if (form && form->state() == RowState::Sending)
        form->markInvited(result, !InviteQueue::cloudAssignments(request, result.userId).isEmpty());
}

void InviteDialog::onPersonDone(quint64 id, const QList<InviteQueue::CloudFailure> &failures)
{
    if (InvitePersonForm *form = formById(id))
        form->markDone(failures);
    updateButtons();
}

void InviteDialog::onRefused(quint64 id, const ApiError &error)
{
    InvitePersonForm *form = formById(id);
    if (!form)
        return;
    form->markRefused(error);
    revalidate();
    if (QWidget *field = form->fieldToCorrect())
        field->setFocus(Qt::OtherFocusReason);
    else
        m_scroll->ensureWidgetVisible(form->resultLabel());
}

void InviteDialog::onQueueFinished()
{
    int failed = 0;
    for (const InvitePersonForm *form : std::as_const(m_forms))
        failed += form->state() == RowState::Failed ? 1 : 0;
    revalidate();
    if (failed > 0) {
        m_status->setText(tr("%n person(s) could not be invited: see the messages above, correct what they name "
                             "and press Invite again.",
                             nullptr, failed));
        m_status->show();
    }
    emit sendingFinished();
}

void InviteDialog::done(int result)
{
    // Drop every request still out: no answer reaches a closed dialog.
    const bool sending = isSending();
    m_queue->cancel();
    m_projects->cancel();
    if (sending) {
        for (InvitePersonForm *form : std::as_const(m_forms)) {
            if (form->state() == RowState::Sending)
                form->markStopped();
        }
        updateButtons();
    }
    QDialog::done(result);
}

// ---- presentation --------------------------------------------------------------------

void InviteDialog::updateTabOrder()
{
    QList<QWidget *> chain;
    for (const InvitePersonForm *form : std::as_const(m_forms))
        chain << form->tabOrder();
    chain << m_addButton << m_inviteButton << m_closeButton;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
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
    updateButtons();
}

// The people's own texts and colours follow the language and the palette by themselves.
QLineEdit *InviteDialog::nameField(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->nameField() : nullptr;
}

QLineEdit *InviteDialog::emailField(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->emailField() : nullptr;
}

QComboBox *InviteDialog::languageBox(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->languageBox() : nullptr;
}

QComboBox *InviteDialog::roleBox(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->roleBox() : nullptr;
}

QRadioButton *InviteDialog::clientScopeButton(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->clientScopeButton() : nullptr;
}

QRadioButton *InviteDialog::projectScopeButton(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->projectScopeButton() : nullptr;
}

QComboBox *InviteDialog::clientAccessBox(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->clientAccessBox() : nullptr;
}

QComboBox *InviteDialog::projectRoleBox(int row, qint64 projectId) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->projectRoleBox(projectId) : nullptr;
}

QLabel *InviteDialog::projectsMessage(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->projectsMessage() : nullptr;
}

QPushButton *InviteDialog::retryProjectsButton(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->retryProjectsButton() : nullptr;
}

QLabel *InviteDialog::cloudError(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->cloudError() : nullptr;
}

QLabel *InviteDialog::errorLabel(int row, Field field) const
{
    const InvitePersonForm *form = personForm(row);
    if (!form)
        return nullptr;
    return field == Field::Name ? form->nameError() : form->emailError();
}

QLabel *InviteDialog::resultLabel(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->resultLabel() : nullptr;
}

QPushButton *InviteDialog::removeButton(int row) const
{
    const InvitePersonForm *form = personForm(row);
    return form ? form->removeButton() : nullptr;
}
