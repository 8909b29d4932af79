#include "EditUserDialog.h"

#include "DialogParts.h"

#include "api/AccountApi.h"
#include "domain/ApiError.h"
#include "domain/Language.h"
#include "domain/Role.h"
#include "session/ActionPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using DialogParts::makeLabel;
using DialogParts::makeRow;

EditUserDialog::EditUserDialog(AccountApi *api, qint64 clientId, const User &user, qint64 signedInUserId,
                               bool signedInIsAdmin, QWidget *parent)
    : Retranslating<QDialog>(parent)
    , m_api(api)
    , m_clientId(clientId)
    , m_user(user)
    , m_signedInUserId(signedInUserId)
    , m_signedInIsAdmin(signedInIsAdmin)
    , m_self(user.id == signedInUserId)
    , m_rights(ActionPolicy::editRights(signedInUserId, signedInIsAdmin, user))
    , m_canEditDetails(m_rights.details.allowed())
    , m_canEditRole(m_rights.role.allowed())
    , m_canEditActive(m_rights.active.allowed())
    , m_currentRole(user.roleId(clientId))
    , m_message(makeLabel(QStringLiteral("messageLabel"), this))
    , m_emailLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_detailsNote(makeLabel(QStringLiteral("detailsNote"), this))
    , m_roleNote(makeLabel(QStringLiteral("roleNote"), this))
    , m_buttons(new QDialogButtonBox(this))
{
    Q_ASSERT(api);
    setObjectName(QStringLiteral("editUserDialog"));

    m_email->setObjectName(QStringLiteral("email"));
    m_email->setReadOnly(true);
    m_email->setText(user.email);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setText(user.name);
    m_name->setReadOnly(!m_canEditDetails);
    m_language->setObjectName(QStringLiteral("language"));
    m_role->setObjectName(QStringLiteral("role"));

    for (const Language &language : Language::supported())
        m_language->addItem(language.nativeName, language.code);
    if (!Language::find(user.lang)) {
        // A language only the server knows (az), or none: kept unless the person picks another.
        m_language->insertItem(0, user.lang.isEmpty() ? tr("Not set") : Language::displayName(user.lang), user.lang);
    }
    m_language->setCurrentIndex(m_language->findData(user.lang));
    fillRoles(m_currentRole);

    const std::array<QString, std::size_t(Field::FieldCount)> errorNames = {
        QStringLiteral("nameError"), QStringLiteral("languageError"), QStringLiteral("roleError"),
        QStringLiteral("activeError")};
    for (std::size_t i = 0; i < m_errors.size(); ++i)
        m_errors[i] = makeLabel(errorNames[i], this);

    m_emailLabel->setBuddy(m_email);
    m_nameLabel->setBuddy(m_name);
    m_languageLabel->setBuddy(m_language);
    m_roleLabel->setBuddy(m_role);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_nameLabel, makeRow(this, m_name, {errorLabel(Field::Name)}));
    form->addRow(m_languageLabel, makeRow(this, m_language, {m_detailsNote, errorLabel(Field::Language)}));
    form->addRow(m_roleLabel, makeRow(this, m_role, {m_roleNote, errorLabel(Field::Role)}));
    if (api->supports(AccountApi::Capability::Deactivate)) {
        m_active = new QCheckBox(this);
        m_active->setObjectName(QStringLiteral("active"));
        m_active->setChecked(user.isActive);
        m_activeNote = makeLabel(QStringLiteral("activeNote"), this);
        form->addRow(QString(), makeRow(this, m_active, {m_activeNote, errorLabel(Field::Active)}));
        connect(m_active, &QCheckBox::toggled, this, [this] {
            setFieldError(Field::Active, QString());
            updateState();
        });
    }

    m_saveButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_saveButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setAutoDefault(false);

    m_email->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditUserDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditUserDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        setFieldError(Field::Name, QString());
        updateState();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        setFieldError(Field::Language, QString());
        updateState();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        setFieldError(Field::Role, QString());
        m_lowerConfirmed = false; // another role: asked again
        updateNotes();
        updateState();
    });

    retranslate();
    updateColors();
    loadRole();
}

EditUserDialog::~EditUserDialog() = default;

bool EditUserDialog::isBusy() const
{
    return m_roleLoading || m_saving;
}

bool EditUserDialog::hasChanges() const
{
    return nameChanged() || languageChanged() || roleChanged() || activeChanged();
}

QLabel *EditUserDialog::errorLabel(Field field) const
{
    return m_errors[std::size_t(field)];
}

void EditUserDialog::done(int result)
{
    // Whatever still runs is dropped: its answer would find nobody to tell.
    m_requests.drop();
    m_roleLoading = false;
    m_saving = false;
    m_steps.clear();
    QDialog::done(result);
}

void EditUserDialog::loadRole()
{
    m_roleLoading = true;
    updateNotes();
    updateState();
    m_api->fetchRole(m_clientId, m_user.id, m_requests.context(), [this](const Result<int> &result) {
        m_roleLoading = false;
        if (result) {
            m_currentRole = result.value();
            m_roleFallback.clear();
            fillRoles(m_currentRole);
        } else if (result.error().kind == ApiError::Kind::NotFound) {
            m_gone = true;
            setMessage(tr("This user no longer exists in the account (removed by someone else)."), true);
        } else {
            m_roleFallback = tr("The current role could not be read from the server (%1) The role shown is the one "
                                "from the user list.")
                                 .arg(result.error().text());
        }
        updateNotes();
        updateState();
        emit roleLoaded();
    });
}

void EditUserDialog::fillRoles(int currentRole)
{
    const QSignalBlocker blocker(m_role);
    m_role->clear();
    for (const Role &role : Role::all())
        m_role->addItem(Role::displayName(role.id), role.id);
    if (m_role->findData(currentRole) < 0)
        m_role->insertItem(0, Role::displayName(currentRole), currentRole);
    m_role->setCurrentIndex(m_role->findData(currentRole));
}

QString EditUserDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

int EditUserDialog::selectedRole() const
{
    return m_role->currentData().toInt();
}

bool EditUserDialog::nameChanged() const
{
    return m_canEditDetails && m_name->text().trimmed() != m_user.name;
}

bool EditUserDialog::languageChanged() const
{
    return m_canEditDetails && selectedLanguage() != m_user.lang;
}

bool EditUserDialog::roleChanged() const
{
    return m_canEditRole && !m_roleLoading && selectedRole() != m_currentRole;
}

bool EditUserDialog::lowersOwnRole() const
{
    return m_self && m_signedInIsAdmin && roleChanged() && m_currentRole == Role::Administrators
        && selectedRole() != Role::Administrators;
}

void EditUserDialog::setOtherAdministrators(int count)
{
    m_otherAdministrators = count;
    updateNotes();
    updateState();
}

QMessageBox *EditUserDialog::lowerRoleQuestion() const
{
    return m_lowerQuestion;
}

bool EditUserDialog::activeChanged() const
{
    return m_active && m_canEditActive && m_active->isChecked() != m_user.isActive;
}

void EditUserDialog::save()
{
    if (isBusy() || m_gone || !hasChanges())
        return;
    if (lowersOwnRole()) {
        if (m_otherAdministrators == 0)
            return; // the note under the role says why
        if (!m_lowerConfirmed) {
            // Asked once, before anything is sent; No keeps everything as typed.
            if (m_lowerQuestion)
                return;
            QAbstractButton *lower = nullptr;
            QMessageBox *box = DialogParts::lowerOwnRoleQuestion(selectedRole(), this, &lower);
            connect(box, &QMessageBox::finished, this, [this, box, lower] {
                if (box->clickedButton() != lower)
                    return;
                m_lowerConfirmed = true;
                save();
            });
            m_lowerQuestion = box;
            box->open();
            return;
        }
    }
    clearErrors();
    m_steps.clear();
    m_savedSteps.clear();
    if (nameChanged() || languageChanged())
        m_steps.append(Step::Details);
    if (roleChanged())
        m_steps.append(Step::Role);
    if (activeChanged())
        m_steps.append(Step::Active);
    m_saving = true;
    setMessage(tr("Saving…"), false);
    updateState();
    runNextStep();
}

void EditUserDialog::runNextStep()
{
    if (m_steps.isEmpty()) {
        finishSave();
        return;
    }
    const Step step = m_steps.constFirst();
    const auto next = [this, step] {
        m_steps.removeFirst();
        m_savedSteps.append(step);
        runNextStep();
    };
    switch (step) {
    case Step::Details: {
        UserPatch patch;
        if (nameChanged())
            patch.name = m_name->text().trimmed();
        if (languageChanged())
            patch.lang = selectedLanguage();
        m_api->updateUser(m_user.id, patch, m_requests.context(), [this, next](const Result<User> &result) {
            if (!result)
                return stepFailed(Step::Details, result.error());
            m_user = result.value();
            next();
        });
        break;
    }
    case Step::Role: {
        const int roleId = selectedRole();
        m_api->changeRole(m_clientId, m_user.id, roleId, m_requests.context(),
                          [this, roleId, next](const Result<Done> &result) {
                              if (!result)
                                  return stepFailed(Step::Role, result.error());
                              m_currentRole = roleId;
                              next();
                          });
        break;
    }
    case Step::Active:
        m_api->setActive(m_user.id, m_active->isChecked(), m_requests.context(),
                         [this, next](const Result<User> &result) {
                             if (!result)
                                 return stepFailed(Step::Active, result.error());
                             m_user = result.value();
                             next();
                         });
        break;
    }
}

void EditUserDialog::stepFailed(Step step, const ApiError &error)
{
    m_saving = false;
    m_steps.clear();

    // Field messages next to their fields; fields this dialog does not have go to the top.
    const auto on = [this](Field field) { return [this, field](const QString &text) { setFieldError(field, text); }; };
    QList<DialogParts::FieldMessage> fields = {{QStringLiteral("name"), on(Field::Name)},
                                               {QStringLiteral("lang"), on(Field::Language)},
                                               {QStringLiteral("user_role"), on(Field::Role)}};
    if (step == Step::Role)
        fields.append({QStringLiteral("id"), on(Field::Role)});
    const QStringList unplaced = DialogParts::placeFieldErrors(error, fields);

    QString top;
    switch (error.kind) {
    case ApiError::Kind::NotFound:
        m_gone = true;
        top = tr("This user no longer exists in the account (removed by someone else).");
        break;
    case ApiError::Kind::Forbidden:
        top = error.text();
        break;
    case ApiError::Kind::Validation:
        if (error.fieldErrors.isEmpty()) {
            // A refusal of the role or of the activation is about that field, whatever it says.
            if (step == Step::Role)
                setFieldError(Field::Role, error.text());
            else if (step == Step::Active)
                setFieldError(Field::Active, error.text());
            else
                top = error.text();
        } else if (!unplaced.isEmpty()) {
            top = unplaced.join(QLatin1Char(' '));
        }
        break;
    default:
        top = error.text() + u' ' + tr("Nothing you entered is lost: press Save to try again.");
        break;
    }
    if (m_savedSteps.contains(Step::Details) && !m_gone) {
        const QString saved = step == Step::Role ? tr("The name and language were saved, the role was not.")
                                                 : tr("The name and language were saved.");
        top = top.isEmpty() ? saved : saved + u' ' + top;
    }
    setMessage(top, !top.isEmpty());

    for (Field field : {Field::Name, Field::Language, Field::Role, Field::Active}) {
        if (!errorLabel(field)->text().isEmpty()) {
            if (QWidget *widget = fieldWidget(field); widget && widget->isEnabled())
                widget->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    updateState();
    emit saveFailed();
}

void EditUserDialog::finishSave()
{
    m_saving = false;
    // m_user is the latest answer to a details or activation change (of this Save or one
    // before it that failed later on), else the user as given.
    emit saved(m_user, m_currentRole);
    accept();
}

void EditUserDialog::updateState()
{
    m_name->setReadOnly(!m_canEditDetails || m_saving || m_gone);
    m_language->setEnabled(m_canEditDetails && !m_saving && !m_gone);
    m_role->setEnabled(m_canEditRole && !m_roleLoading && !m_saving && !m_gone);
    if (m_active)
        m_active->setEnabled(m_canEditActive && !m_saving && !m_gone);
    m_saveButton->setEnabled(!isBusy() && !m_gone && hasChanges() && !(lowersOwnRole() && m_otherAdministrators == 0));
    m_saveButton->setText(m_saving ? tr("Saving…") : tr("&Save"));
    m_cancelButton->setText(m_gone ? tr("Close") : tr("Cancel"));
}

QString EditUserDialog::personName() const
{
    return m_user.name.trimmed().isEmpty() ? m_user.email : m_user.name;
}

void EditUserDialog::updateNotes()
{
    m_rights = ActionPolicy::editRights(m_signedInUserId, m_signedInIsAdmin, m_user); // in today's language
    const QString detailsNote = m_rights.details.reason;
    m_detailsNote->setText(detailsNote);
    m_detailsNote->setVisible(!detailsNote.isEmpty());
    m_name->setAccessibleDescription(detailsNote);
    m_language->setAccessibleDescription(detailsNote);

    QStringList role;
    if (!m_rights.role)
        role.append(m_rights.role.reason);
    if (m_roleLoading)
        role.append(tr("Reading the current role…"));
    if (!m_roleFallback.isEmpty())
        role.append(m_roleFallback);
    if (lowersOwnRole())
        role.append(m_otherAdministrators == 0 ? ActionPolicy::lastAdministratorReason()
                                               : ActionPolicy::selfDemotionLosses());
    m_roleNote->setText(role.join(u' '));
    m_roleNote->setVisible(!role.isEmpty());
    m_role->setAccessibleDescription(m_roleNote->text());

    if (m_activeNote) {
        const QString active = m_rights.active.reason;
        m_activeNote->setText(active);
        m_activeNote->setVisible(!active.isEmpty());
        m_active->setAccessibleDescription(active);
    }
    DialogParts::fitToContents(this);
}

QWidget *EditUserDialog::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_name;
    case Field::Language:
        return m_language;
    case Field::Role:
        return m_role;
    case Field::Active:
    case Field::FieldCount:
        break;
    }
    return m_active;
}

void EditUserDialog::setFieldError(Field field, const QString &text)
{
    QLabel *label = errorLabel(field);
    if (label->text() == text)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (QWidget *widget = fieldWidget(field)) {
        // Screen readers read it with the field; a note, if any, comes back when it goes.
        if (!text.isEmpty())
            widget->setAccessibleDescription(text);
        else
            updateNotes();
    }
    DialogParts::fitToContents(this);
}

void EditUserDialog::clearErrors()
{
    for (Field field : {Field::Name, Field::Language, Field::Role, Field::Active})
        setFieldError(field, QString());
    setMessage(QString(), false);
}

void EditUserDialog::setMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    updateColors();
    DialogParts::fitToContents(this);
}

void EditUserDialog::updateColors()
{
    using DialogParts::Tone;
    for (QLabel *label : m_errors)
        DialogParts::paint(label, Tone::Error, palette());
    DialogParts::paint(m_message, m_messageIsError ? Tone::Error : Tone::Plain, palette());
    for (QLabel *note : {m_detailsNote, m_roleNote, m_activeNote}) {
        if (note)
            DialogParts::paint(note, Tone::Note, palette());
    }
}

void EditUserDialog::retranslate()
{
    setWindowTitle(m_self ? tr("Edit Your Details") : tr("Edit %1").arg(personName()));
    m_emailLabel->setText(tr("Email:"));
    m_nameLabel->setText(tr("&Name:"));
    m_languageLabel->setText(tr("&Language:"));
    m_roleLabel->setText(tr("&Role:"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setToolTip(tr("The email address cannot be changed here."));
    m_name->setAccessibleName(tr("Name"));
    m_language->setAccessibleName(tr("Language"));
    m_role->setAccessibleName(tr("Role"));
    m_message->setAccessibleName(tr("Status"));
    if (m_active) {
        m_active->setText(tr("&Active (can sign in)"));
        m_active->setAccessibleName(tr("Active"));
    }
    // Role names are translated too.
    const int selected = m_role->currentData().toInt();
    fillRoles(m_currentRole);
    m_role->setCurrentIndex(std::max(0, m_role->findData(selected)));
    updateNotes();
    updateState();
}
