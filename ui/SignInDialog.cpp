#include "SignInDialog.h"

#include "DialogParts.h"

#include "api/SignInApi.h"
#include "domain/ApiError.h"
#include "domain/Role.h"
#include "domain/User.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <utility>

namespace {

const QString DefaultBaseUrl = QStringLiteral("https://api.gcore.com");

// The address as typed, https:// assumed when no scheme is given; empty when nothing is typed.
QUrl parseBaseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString withScheme = trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed;
    QUrl url(withScheme, QUrl::StrictMode);
    // One spelling per address: "https://host/" and "https://host" are the same profile.
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

// Codes are often copied with a space in the middle ("123 456").
QString cleanCode(const QString &text)
{
    QString code = text;
    code.remove(QLatin1Char(' '));
    return code.trimmed();
}

} // namespace

SignInDialog::SignInDialog(SignInApiFactory makeApi, const QStringList &takenNames, QWidget *parent)
    : Retranslating<QDialog>(parent)
    , m_makeApi(std::move(makeApi))
    , m_takenNames(takenNames)
    , m_form(new QFormLayout)
    , m_nameLabel(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_methodLabel(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_oneTimeCodeLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_tokenMethod(new QRadioButton(this))
    , m_passwordMethod(new QRadioButton(this))
    , m_methodRow(new QWidget(this))
    , m_token(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_oneTimeCode(new QLineEdit(this))
    , m_oneTimeCodeHint(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    Q_ASSERT(m_makeApi);
    setObjectName(QStringLiteral("signInDialog"));

    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("baseUrl"));
    m_url->setText(DefaultBaseUrl);
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_tokenMethod->setObjectName(QStringLiteral("apiTokenMethod"));
    m_passwordMethod->setObjectName(QStringLiteral("passwordMethod"));
    m_tokenMethod->setChecked(true);
    m_token->setObjectName(QStringLiteral("apiToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_oneTimeCode->setObjectName(QStringLiteral("oneTimeCode"));
    m_oneTimeCode->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_oneTimeCodeHint->setObjectName(QStringLiteral("oneTimeCodeHint"));
    m_oneTimeCodeHint->setWordWrap(true);

    const std::array<QString, std::size_t(Field::FieldCount)> errorNames = {
        QStringLiteral("profileNameError"), QStringLiteral("baseUrlError"),  QStringLiteral("apiTokenError"),
        QStringLiteral("emailError"),       QStringLiteral("passwordError"), QStringLiteral("oneTimeCodeError"),
    };
    for (std::size_t i = 0; i < m_errors.size(); ++i)
        m_errors[i] = DialogParts::makeLabel(errorNames[i], this);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_nameLabel->setBuddy(m_name);
    m_urlLabel->setBuddy(m_url);
    m_tokenLabel->setBuddy(m_token);
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);
    m_oneTimeCodeLabel->setBuddy(m_oneTimeCode);

    auto *methodLayout = new QHBoxLayout(m_methodRow);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    methodLayout->addWidget(m_tokenMethod);
    methodLayout->addWidget(m_passwordMethod);
    methodLayout->addStretch(1);

    m_tokenRow = DialogParts::makeRow(this, m_token, {errorLabel(Field::Token)});
    m_emailRow = DialogParts::makeRow(this, m_email, {errorLabel(Field::Email)});
    m_passwordRow = DialogParts::makeRow(this, m_password, {errorLabel(Field::Password)});
    m_oneTimeCodeRow = DialogParts::makeRow(this, m_oneTimeCode, {m_oneTimeCodeHint, errorLabel(Field::OneTimeCode)});

    m_form->addRow(m_nameLabel, DialogParts::makeRow(this, m_name, {errorLabel(Field::Name)}));
    m_form->addRow(m_urlLabel, DialogParts::makeRow(this, m_url, {errorLabel(Field::Url)}));
    m_form->addRow(m_methodLabel, m_methodRow);
    m_form->addRow(m_tokenLabel, m_tokenRow);
    m_form->addRow(m_emailLabel, m_emailRow);
    m_form->addRow(m_passwordLabel, m_passwordRow);
    m_form->addRow(m_oneTimeCodeLabel, m_oneTimeCodeRow);

    m_testButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setAutoDefault(false);
    m_signInButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signIn"));
    m_signInButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setAutoDefault(false);

    // Wide enough for a long address and a one-line result; taller when messages wrap.
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_url->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_name, m_url);
    setTabOrder(m_url, m_tokenMethod);
    setTabOrder(m_tokenMethod, m_passwordMethod);
    setTabOrder(m_passwordMethod, m_token);
    setTabOrder(m_token, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_oneTimeCode);
    setTabOrder(m_oneTimeCode, m_testButton);
    setTabOrder(m_testButton, m_signInButton);
    setTabOrder(m_signInButton, m_cancelButton);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, [this] { startTest(false); });

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Say at once that a name cannot be used; an empty one only when signing in.
        setFieldError(Field::Name, QString());
        if (!text.trimmed().isEmpty())
            validateName();
    });
    const std::array<std::pair<QLineEdit *, Field>, 5> connectionFields = {{
        {m_url, Field::Url},
        {m_token, Field::Token},
        {m_email, Field::Email},
        {m_password, Field::Password},
        {m_oneTimeCode, Field::OneTimeCode},
    }};
    for (const auto &[edit, field] : connectionFields) {
        connect(edit, &QLineEdit::textChanged, this, [this, field = field] {
            setFieldError(field, QString());
            onConnectionEdited();
        });
    }
    connect(m_passwordMethod, &QRadioButton::toggled, this, [this] {
        updateMethodRows();
        onConnectionEdited();
    });

    updateColors();
    retranslate();
    updateMethodRows();
    updateButtons();
    m_name->setFocus();
}

SignInDialog::~SignInDialog()
{
    // Before the children go: a backend deleted with them could still reach this dialog.
    m_requests.drop();
    m_api.reset();
}

void SignInDialog::setProfile(const AccountProfile &profile)
{
    m_initial = profile;
    m_originalName = profile.name;
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toString());
    const bool password = profile.signIn == AccountProfile::SignIn::Password;
    (password ? m_passwordMethod : m_tokenMethod)->setChecked(true);
    m_email->setText(password ? profile.username : QString());
    retranslate();
    // The secret is what is missing.
    (password ? (profile.username.isEmpty() ? m_email : m_password) : m_token)->setFocus();
}

AccountProfile SignInDialog::profile() const
{
    AccountProfile p = m_initial;
    p.name = m_name->text().trimmed();
    const Connection connection = m_passed ? *m_passed : currentConnection();
    p.baseUrl = connection.baseUrl;
    p.signIn = connection.signIn;
    p.username = connection.signIn == AccountProfile::SignIn::Password ? connection.email : QString();
    if (m_passed) {
        p.clientId = m_account.clientId;
        p.companyName = m_account.companyName;
    }
    return p;
}

QString SignInDialog::secret() const
{
    if (!m_passed)
        return {};
    return m_passed->signIn == AccountProfile::SignIn::ApiToken ? m_passed->token : m_refreshToken;
}

bool SignInDialog::isTesting() const
{
    return m_testing;
}

bool SignInDialog::isTested() const
{
    return m_passed.has_value();
}

QLabel *SignInDialog::errorLabel(Field field) const
{
    return m_errors.at(std::size_t(field));
}

void SignInDialog::accept()
{
    if (m_testing)
        return; // Enter while the test runs: its end decides
    if (m_passed) {
        if (validateName())
            QDialog::accept();
        else
            m_name->setFocus();
        return;
    }
    startTest(true);
}

void SignInDialog::reject()
{
    if (m_testing) {
        stopTest();
        return;
    }
    QDialog::reject();
}

void SignInDialog::done(int result)
{
    // Whatever closes the dialog also ends its requests.
    if (m_api)
        m_api->cancelAll();
    m_testing = false;
    m_acceptAfterTest = false;
    updateButtons();
    QDialog::done(result);
}

AccountProfile::SignIn SignInDialog::signInMethod() const
{
    return m_passwordMethod->isChecked() ? AccountProfile::SignIn::Password : AccountProfile::SignIn::ApiToken;
}

void SignInDialog::updateMethodRows()
{
    const bool password = signInMethod() == AccountProfile::SignIn::Password;
    m_form->setRowVisible(m_tokenRow, !password);
    m_form->setRowVisible(m_emailRow, password);
    m_form->setRowVisible(m_passwordRow, password);
    m_form->setRowVisible(m_oneTimeCodeRow, password && m_oneTimeCodeAsked);
    DialogParts::fitToContents(this);
}

SignInDialog::Connection SignInDialog::currentConnection() const
{
    Connection c;
    c.baseUrl = parseBaseUrl(m_url->text());
    c.signIn = signInMethod();
    if (c.signIn == AccountProfile::SignIn::ApiToken) {
        c.token = m_token->text().trimmed(); // pasted tokens often carry a line break
    } else {
        c.email = m_email->text().trimmed();
        c.password = m_password->text();
        if (m_oneTimeCodeAsked)
            c.oneTimeCode = cleanCode(m_oneTimeCode->text());
    }
    return c;
}

std::optional<QUrl> SignInDialog::validateUrl()
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        setFieldError(Field::Url, tr("Enter the address of the account API, for example %1.").arg(DefaultBaseUrl));
        return std::nullopt;
    }
    const QUrl url = parseBaseUrl(text);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        setFieldError(Field::Url, tr("This is not a web address. Enter one such as %1.").arg(DefaultBaseUrl));
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty()) {
        // It would be saved with the profile, in plain text.
        setFieldError(Field::Url, tr("Leave the user name and password out of the address; sign in below."));
        return std::nullopt;
    }
    if (url.hasQuery() || url.hasFragment()) {
        setFieldError(Field::Url, tr("Leave out the part from ? or # on: enter only the address of the API."));
        return std::nullopt;
    }
    if (!SignInApi::isUrlAllowed(url)) {
        setFieldError(Field::Url,
                      tr("Roster talks to remote servers only over https://, so that nobody on the way can read "
                         "the token or password. Use https://%1, or http:// only for this computer (localhost, "
                         "127.0.0.1).")
                          .arg(url.host()));
        return std::nullopt;
    }
    setFieldError(Field::Url, QString());
    return url;
}

bool SignInDialog::validateName()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    if (name.isEmpty()) {
        problem = tr("Give the profile a name.");
    } else if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        problem = tr("A profile name cannot contain / or \\.");
    } else if (name.compare(m_originalName, Qt::CaseInsensitive) != 0) {
        for (const QString &taken : std::as_const(m_takenNames)) {
            if (taken.compare(name, Qt::CaseInsensitive) == 0) {
                problem = tr("There is already a profile named “%1”. Choose another name.").arg(taken);
                break;
            }
        }
    }
    setFieldError(Field::Name, problem);
    return problem.isEmpty();
}

std::optional<SignInDialog::Connection> SignInDialog::validateConnection()
{
    const std::optional<QUrl> url = validateUrl();
    Connection c = currentConnection();
    bool ok = url.has_value();
    if (c.signIn == AccountProfile::SignIn::ApiToken) {
        if (c.token.isEmpty()) {
            setFieldError(Field::Token, tr("Enter the API token. You can create one in the account settings."));
            ok = false;
        }
    } else {
        if (c.email.isEmpty()) {
            setFieldError(Field::Email, tr("Enter the email address you sign in with."));
            ok = false;
        }
        if (c.password.isEmpty()) {
            setFieldError(Field::Password, tr("Enter your password."));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    c.baseUrl = *url;
    return c;
}

void SignInDialog::startTest(bool acceptAfter)
{
    if (m_testing)
        return;
    for (Field field : {Field::Url, Field::Token, Field::Email, Field::Password, Field::OneTimeCode})
        setFieldError(field, QString());
    setMessage(QString(), MessageKind::Info);
    const bool nameOk = !acceptAfter || validateName();
    const std::optional<Connection> connection = validateConnection();
    if (!nameOk || !connection) {
        // The first field in the form that needs attention (a test needs no profile name).
        for (std::size_t i = acceptAfter ? 0 : 1; i < m_errors.size(); ++i) {
            if (!m_errors[i]->text().isEmpty()) {
                QLineEdit *edit = fieldEdit(Field(i));
                edit->setFocus(Qt::OtherFocusReason);
                edit->selectAll();
                break;
            }
        }
        return;
    }

    // A backend per run: the address may have changed, and the one before may still be busy.
    m_requests.drop();
    if (m_api) {
        m_api->cancelAll();
        m_api.release()->deleteLater();
    }
    m_api = m_makeApi(connection->baseUrl);
    // Single-use: only the newest refresh token of this run can start the next session.
    connect(m_api.get(), &SignInApi::refreshTokenChanged, m_requests.context(),
            [this](const QString &refreshToken) { m_refreshToken = refreshToken; });

    m_testing = true;
    m_acceptAfterTest = acceptAfter;
    m_testedInput = *connection;
    m_passed.reset();
    m_refreshToken.clear();
    m_account = AccountInfo();
    m_roleId = 0;
    m_userName.clear();
    setMessage(tr("Connecting to %1…").arg(connection->baseUrl.host()), MessageKind::Info);
    updateButtons();

    if (connection->signIn == AccountProfile::SignIn::ApiToken) {
        m_api->setApiToken(connection->token);
        onSignedIn();
        return;
    }
    m_api->signIn(connection->email, connection->password, connection->oneTimeCode, m_requests.context(),
                  [this](const Result<Done> &result) {
                      if (result)
                          onSignedIn();
                      else
                          testFailed(result.error(), true);
                  });
}

void SignInDialog::onSignedIn()
{
    m_api->fetchMe(m_requests.context(), [this](const Result<AccountInfo> &result) {
        if (result)
            onAccountKnown(result.value());
        else
            testFailed(result.error(), false);
    });
}

void SignInDialog::onAccountKnown(const AccountInfo &info)
{
    m_account = info;
    m_detailsPending = 2;
    // Who and with which role are details: a server that keeps them from this user still
    // signed them in. Anything else (network, server down) fails the test.
    const auto detailRefused = [](const ApiError &error) {
        return error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::NotFound;
    };
    QObject *context = m_requests.context();
    m_api->fetchRole(info.clientId, info.currentUserId, context, [this, detailRefused](const Result<int> &result) {
        if (result)
            m_roleId = result.value();
        else if (!detailRefused(result.error()))
            return testFailed(result.error(), false);
        finishDetails();
    });
    m_api->fetchUser(info.currentUserId, context, [this, detailRefused](const Result<User> &result) {
        if (result)
            m_userName = result.value().name.isEmpty() ? result.value().email : result.value().name;
        else if (!detailRefused(result.error()))
            return testFailed(result.error(), false);
        finishDetails();
    });
}

void SignInDialog::finishDetails()
{
    if (--m_detailsPending > 0)
        return;
    m_testing = false;
    const bool acceptAfter = std::exchange(m_acceptAfterTest, false);
    // Input edited while the test ran was not tested.
    const bool unchanged = currentConnection() == m_testedInput;
    if (unchanged)
        m_passed = m_testedInput;
    QString text = successText();
    if (!unchanged)
        text += u' ' + tr("The details changed during the test; they are tested again on Sign In.");
    setMessage(text, MessageKind::Success);
    updateButtons();
    const quint64 generation = m_requests.generation();
    emit testFinished(true);
    // Unless a slot started another test meanwhile.
    if (generation == m_requests.generation() && acceptAfter && m_passed) {
        if (validateName())
            QDialog::accept();
        else
            m_name->setFocus();
    }
}

QString SignInDialog::successText() const
{
    const QString where = m_account.companyName.isEmpty()
        ? tr("account %1").arg(m_account.clientId)
        : tr("%1 (account %2)", "company name, account id").arg(m_account.companyName).arg(m_account.clientId);
    const QString who = m_userName.isEmpty() ? tr("user %1").arg(m_account.currentUserId) : m_userName;
    if (m_roleId == 0)
        return tr("Connected to %1 as %2.", "account, person").arg(where, who);
    return tr("Connected to %1 as %2, %3.", "account, person, role").arg(where, who, Role::displayName(m_roleId));
}

void SignInDialog::testFailed(const ApiError &error, bool duringLogin)
{
    m_requests.drop(); // the other detail request, if any, no longer counts
    m_api->cancelAll();
    m_testing = false;
    m_acceptAfterTest = false;
    m_passed.reset();
    m_refreshToken.clear();

    QLineEdit *focus = nullptr;
    bool shown = false;
    if (duringLogin) {
        const QStringList elsewhere = DialogParts::placeFieldErrors(
            error,
            {{SignInApi::oneTimePasswordField(),
              [&](const QString &message) {
                  if (m_oneTimeCodeAsked && m_form->isRowVisible(m_oneTimeCodeRow)) {
                      setFieldError(Field::OneTimeCode, message);
                  } else {
                      // First time: not an error, a step; the hint under the field says what to do.
                      m_oneTimeCodeAsked = true;
                      updateMethodRows();
                  }
                  focus = m_oneTimeCode;
                  shown = true;
              }},
             {QStringLiteral("password"),
              [&](const QString &message) {
                  setFieldError(Field::Password, message);
                  focus = focus ? focus : m_password;
                  shown = true;
              }},
             {QStringLiteral("username"), [&](const QString &message) {
                  setFieldError(Field::Email, message);
                  focus = m_email;
                  shown = true;
              }}});
        if (!shown && error.kind == ApiError::Kind::Validation && error.fieldErrors.isEmpty()) {
            // "No active account found with the given credentials.": the password, most likely.
            setFieldError(Field::Password, error.text());
            focus = m_password;
            shown = true;
        }
        // A field this dialog does not have: the overall message names it.
        if (!elsewhere.isEmpty())
            shown = false;
    }
    if (!shown)
        setMessage(error.text(), MessageKind::Error);
    else
        setMessage(QString(), MessageKind::Info);
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
        focus->selectAll();
    }
    updateButtons();
    emit testFinished(false);
}

void SignInDialog::stopTest()
{
    m_requests.drop();
    m_api->cancelAll();
    m_testing = false;
    m_acceptAfterTest = false;
    m_refreshToken.clear();
    setMessage(tr("Connection test stopped."), MessageKind::Info);
    updateButtons();
    emit testFinished(false);
}

void SignInDialog::onConnectionEdited()
{
    if (!m_passed)
        return;
    m_passed.reset();
    m_refreshToken.clear();
    if (m_messageKind == MessageKind::Success)
        setMessage(tr("The details changed since the last test: they are tested again on Sign In."), MessageKind::Info);
}

void SignInDialog::updateButtons()
{
    m_testButton->setEnabled(!m_testing);
    m_signInButton->setEnabled(!m_testing);
    m_testButton->setText(m_testing && !m_acceptAfterTest ? tr("Testing…") : tr("Test c&onnection"));
    m_signInButton->setText(m_testing && m_acceptAfterTest ? tr("Signing in…") : tr("&Sign In"));
    m_cancelButton->setToolTip(m_testing ? tr("Stop the connection test") : tr("Close without signing in"));
}

QLineEdit *SignInDialog::fieldEdit(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_name;
    case Field::Url:
        return m_url;
    case Field::Token:
        return m_token;
    case Field::Email:
        return m_email;
    case Field::Password:
        return m_password;
    case Field::OneTimeCode:
    case Field::FieldCount:
        break;
    }
    return m_oneTimeCode;
}

void SignInDialog::setFieldError(Field field, const QString &text)
{
    QLabel *label = errorLabel(field);
    if (label->text() == text)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // Screen readers read it with the field.
    fieldEdit(field)->setAccessibleDescription(text);
    DialogParts::fitToContents(this);
}

void SignInDialog::setMessage(const QString &text, MessageKind kind)
{
    m_messageKind = kind;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    updateColors();
    DialogParts::fitToContents(this);
}

void SignInDialog::updateColors()
{
    using DialogParts::Tone;
    for (QLabel *label : m_errors)
        DialogParts::paint(label, Tone::Error, palette());
    DialogParts::paint(m_message, m_messageKind == MessageKind::Error ? Tone::Error : Tone::Plain, palette());
    DialogParts::paint(m_oneTimeCodeHint, Tone::Note, palette());
}

void SignInDialog::retranslate()
{
    setWindowTitle(m_originalName.isEmpty() ? tr("Add Account") : tr("Sign In to %1").arg(m_originalName));

    m_nameLabel->setText(tr("Profile &name:"));
    m_urlLabel->setText(tr("API &address:"));
    m_methodLabel->setText(tr("Sign in with:"));
    m_tokenMethod->setText(tr("API &token"));
    m_passwordMethod->setText(tr("E&mail and password"));
    m_tokenLabel->setText(tr("API to&ken:"));
    m_emailLabel->setText(tr("&Email:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_oneTimeCodeLabel->setText(tr("One-time &code:"));
    m_oneTimeCodeHint->setText(
        tr("Two-factor authentication is on for this account: enter the current code from your authenticator app."));

    m_name->setPlaceholderText(tr("For example: Production"));
    m_url->setPlaceholderText(DefaultBaseUrl);
    m_email->setPlaceholderText(tr("name@example.com"));

    m_name->setAccessibleName(tr("Profile name"));
    m_url->setAccessibleName(tr("API address"));
    m_tokenMethod->setAccessibleName(tr("Sign in with an API token"));
    m_passwordMethod->setAccessibleName(tr("Sign in with email and password"));
    m_token->setAccessibleName(tr("API token"));
    m_email->setAccessibleName(tr("Email"));
    m_password->setAccessibleName(tr("Password"));
    m_oneTimeCode->setAccessibleName(tr("One-time code"));
    m_message->setAccessibleName(tr("Connection status"));

    m_name->setToolTip(tr("A name for this account in Roster's account switcher"));
    m_url->setToolTip(tr("Where the account API is; https:// is required except for this computer"));
    m_token->setToolTip(tr("A permanent API token of the account; it is kept in the system keychain"));
    m_testButton->setToolTip(tr("Sign in with these details and show which account and role they give"));

    updateButtons();
    if (m_messageKind == MessageKind::Success && m_passed)
        setMessage(successText(), MessageKind::Success);
}
