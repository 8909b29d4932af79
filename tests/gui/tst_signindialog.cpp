#include "RemoteApis.h"
#include "ResultCatcher.h"
#include "SignInDialog.h"
#include "SimulatorFixture.h"
#include "TestMain.h"

#include "api/GcoreAccountApi.h"
#include "domain/Role.h"

#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace {

using Field = SignInDialog::Field;

const QString Token = QStringLiteral("42_dialog-test-token");
const QString Password = QStringLiteral("pw-Dialog-Secret-987");
const QString OneTimeCode = QStringLiteral("246810");

QStringList g_log;

void collectLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

// Replaces the text of a field by typing, as a person would.
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::SelectAll);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

// True when the field's inline error is shown.
bool hasError(const SignInDialog &dialog, Field field)
{
    const QLabel *label = dialog.errorLabel(field);
    return label->isVisibleTo(&dialog) && !label->text().isEmpty();
}

} // namespace

class TestSignInDialog : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void widgets();
    void tokenSignIn();
    void badTokenKeepsInput();
    void passwordSignIn();
    void twoFactor();
    void wrongPassword();
    void httpRefusedWithoutRequest_data();
    void httpRefusedWithoutRequest();
    void loopbackHttpAllowed();
    void emptyFields();
    void profileName();
    void serverFailures_data();
    void serverFailures();
    void changeAfterSuccessNeedsNewTest();
    void cancelStalledRequest();
    void setProfileFills();
    void noSecretInLog();

private:
    std::unique_ptr<SignInDialog> makeDialog();
    void fillToken(SignInDialog *dialog, const QString &url, const QString &token);
    void fillPassword(SignInDialog *dialog, const QString &email, const QString &password);
    // Clicks the button and waits for the end of the connection test it starts.
    bool testWith(SignInDialog *dialog, QAbstractButton *button, bool *succeeded);

    QNetworkAccessManager m_nam;
    QString m_url;
    QString m_ownerName;
    QString m_company;
    const QStringList m_takenNames = {QStringLiteral("Work"), QStringLiteral("Staging")};
};

void TestSignInDialog::initTestCase()
{
    const Result<Done> started = startSimulator();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_url = m_sim->baseUrl().toString();
    QVERIFY(m_url.startsWith(QLatin1String("http://127.0.0.1:")));
    m_company = m_sim->account().me().value().companyName;
    QVERIFY(!m_company.isEmpty());
    const User owner = m_sim->account().user(m_ownerId).value();
    m_ownerName = owner.name.isEmpty() ? owner.email : owner.name;
}

void TestSignInDialog::init()
{
    m_sim->clearFaults();
    m_sim->clearApiTokens();
    m_sim->addApiToken(Token);
    m_sim->addLogin(m_ownerEmail, Password);
}

void TestSignInDialog::cleanup()
{
    m_sim->clearFaults();
}

std::unique_ptr<SignInDialog> TestSignInDialog::makeDialog()
{
    auto dialog = std::make_unique<SignInDialog>(remoteApis(&m_nam), m_takenNames);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestSignInDialog::fillToken(SignInDialog *dialog, const QString &url, const QString &token)
{
    type(dialog->nameField(), QStringLiteral("Simulator"));
    type(dialog->urlField(), url);
    click(dialog->tokenMethodButton());
    QVERIFY(dialog->tokenMethodButton()->isChecked());
    type(dialog->tokenField(), token);
}

void TestSignInDialog::fillPassword(SignInDialog *dialog, const QString &email, const QString &password)
{
    type(dialog->nameField(), QStringLiteral("Simulator"));
    type(dialog->urlField(), m_url);
    click(dialog->passwordMethodButton());
    QVERIFY(dialog->passwordMethodButton()->isChecked());
    QVERIFY(dialog->emailField()->isVisible());
    QVERIFY(!dialog->tokenField()->isVisible());
    type(dialog->emailField(), email);
    type(dialog->passwordField(), password);
}

bool TestSignInDialog::testWith(SignInDialog *dialog, QAbstractButton *button, bool *succeeded)
{
    QSignalSpy finished(dialog, &SignInDialog::testFinished);
    click(button);
    if (!dialog->isTesting() || dialog->testButton()->isEnabled() || dialog->signInButton()->isEnabled())
        return false;
    if (finished.count() == 0 && !finished.wait(20000))
        return false;
    *succeeded = finished.count() == 1 && finished.at(0).at(0).toBool();
    return !dialog->isTesting() && dialog->testButton()->isEnabled();
}

void TestSignInDialog::widgets()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->urlField()->text(), QStringLiteral("https://api.gcore.com"));
    QVERIFY(dialog->tokenMethodButton()->isChecked());
    QCOMPARE(dialog->tokenField()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog->passwordField()->echoMode(), QLineEdit::Password);
    QVERIFY(dialog->tokenField()->isVisible());
    QVERIFY(!dialog->emailField()->isVisible());
    QVERIFY(!dialog->oneTimeCodeField()->isVisible());
    QVERIFY(!dialog->messageLabel()->isVisible());
    for (QWidget *input : std::initializer_list<QWidget *>{
             dialog->nameField(), dialog->urlField(), dialog->tokenMethodButton(), dialog->passwordMethodButton(),
             dialog->tokenField(), dialog->emailField(), dialog->passwordField(), dialog->oneTimeCodeField()}) {
        QVERIFY2(!input->objectName().isEmpty(), qPrintable(input->accessibleName()));
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
    }
    // Tab goes down the form, then to the buttons.
    QCOMPARE(dialog->nameField()->nextInFocusChain(), static_cast<QWidget *>(dialog->urlField()));
    QCOMPARE(dialog->passwordField()->nextInFocusChain(), static_cast<QWidget *>(dialog->oneTimeCodeField()));
    QCOMPARE(dialog->oneTimeCodeField()->nextInFocusChain(), static_cast<QWidget *>(dialog->testButton()));
    QVERIFY(dialog->signInButton()->isDefault());
}

void TestSignInDialog::tokenSignIn()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    fillToken(dialog.get(), m_url, Token);
    bool ok = false;
    QVERIFY(testWith(dialog.get(), dialog->testButton(), &ok));
    QVERIFY2(ok, qPrintable(dialog->messageLabel()->text()));
    QVERIFY(dialog->isTested());
    const QString result = dialog->messageLabel()->text();
    QVERIFY2(result.startsWith(QLatin1String("Connected to ")), qPrintable(result));
    QVERIFY2(result.contains(m_company), qPrintable(result));
    QVERIFY2(result.contains(QString::number(m_clientId)), qPrintable(result));
    QVERIFY2(result.contains(m_ownerName), qPrintable(result));
    QVERIFY2(result.contains(Role::displayName(Role::Administrators)), qPrintable(result));
    QVERIFY(dialog->isVisible());

    // Tested already: Sign In accepts at once, without asking the server again.
    setFault(QStringLiteral("*:status=503"));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    click(dialog->signInButton());
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const AccountProfile profile = dialog->profile();
    QCOMPARE(profile.name, QStringLiteral("Simulator"));
    QCOMPARE(profile.baseUrl, QUrl(m_url));
    QCOMPARE(profile.signIn, AccountProfile::SignIn::ApiToken);
    QVERIFY(profile.username.isEmpty());
    QCOMPARE(profile.clientId, m_clientId);
    QCOMPARE(profile.companyName, m_company);
    QCOMPARE(dialog->secret(), Token);
}

void TestSignInDialog::badTokenKeepsInput()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    fillToken(dialog.get(), m_url, QStringLiteral("42_not-a-token"));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    bool ok = true;
    QVERIFY(testWith(dialog.get(), dialog->signInButton(), &ok));
    QVERIFY(!ok);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isTested());
    QVERIFY(dialog->secret().isEmpty());
    QVERIFY(dialog->messageLabel()->isVisible());
    QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("Invalid token."));
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("Simulator"));
    QCOMPARE(dialog->urlField()->text(), m_url);
    QCOMPARE(dialog->tokenField()->text(), QStringLiteral("42_not-a-token"));
    QCOMPARE(dialog->signInButton()->text(), QStringLiteral("&Sign In"));
}

void TestSignInDialog::passwordSignIn()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    fillPassword(dialog.get(), m_ownerEmail, Password);
    // The first access token is refused once: the session refreshes, and the refresh token
    // from the login is spent. Only the newest one can be kept.
    setFault(QStringLiteral("/iam/clients/me:status=401,times=1"));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    bool ok = false;
    QVERIFY(testWith(dialog.get(), dialog->signInButton(), &ok));
    QVERIFY2(ok, qPrintable(dialog->messageLabel()->text()));
    QCOMPARE(accepted.count(), 1);
    QVERIFY(dialog->messageLabel()->text().contains(m_company));

    const AccountProfile profile = dialog->profile();
    QCOMPARE(profile.signIn, AccountProfile::SignIn::Password);
    QCOMPARE(profile.username, m_ownerEmail);
    QCOMPARE(profile.clientId, m_clientId);
    const QString secret = dialog->secret();
    QVERIFY(!secret.isEmpty());
    QVERIFY(secret != Password);

    // The secret starts a session of its own.
    GcoreAccountApi api(&m_nam, QUrl(m_url));
    api.restoreSession(secret);
    ResultCatcher<AccountInfo> me;
    api.fetchMe(this, me.callback());
    QVERIFY(me.wait(20000));
    QVERIFY2(me.ok(), qPrintable(me.error().message));
    QCOMPARE(me.value().clientId, m_clientId);
}

void TestSignInDialog::twoFactor()
{
    m_sim->addLogin(m_ownerEmail, Password, OneTimeCode);
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    fillPassword(dialog.get(), m_ownerEmail, Password);
    QVERIFY(!dialog->oneTimeCodeField()->isVisible());

    // The server asks for the code: the field appears with its hint and the focus.
    bool ok = true;
    QVERIFY(testWith(dialog.get(), dialog->testButton(), &ok));
    QVERIFY(!ok);
    QVERIFY(dialog->oneTimeCodeField()->isVisible());
    QVERIFY(dialog->oneTimeCodeHint()->isVisible());
    QVERIFY(!dialog->oneTimeCodeHint()->text().isEmpty());
    QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(dialog->oneTimeCodeField()));
    QVERIFY(!hasError(*dialog, Field::Password));
    QCOMPARE(dialog->passwordField()->text(), Password);

    // A wrong code: the error is next to the code.
    type(dialog->oneTimeCodeField(), QStringLiteral("135790"));
    QVERIFY(testWith(dialog.get(), dialog->testButton(), &ok));
    QVERIFY(!ok);
    QVERIFY(hasError(*dialog, Field::OneTimeCode));
    QVERIFY(!hasError(*dialog, Field::Password));
    QVERIFY(!dialog->messageLabel()->isVisible());
    QCOMPARE(dialog->oneTimeCodeField()->text(), QStringLiteral("135790"));
    QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(dialog->oneTimeCodeField()));

    // Typing clears the error; the right code signs in.
    type(dialog->oneTimeCodeField(), OneTimeCode);
    QVERIFY(!hasError(*dialog, Field::OneTimeCode));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QVERIFY(testWith(dialog.get(), dialog->signInButton(), &ok));
    QVERIFY2(ok, qPrintable(dialog->messageLabel()->text()));
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!dialog->secret().isEmpty());
    QCOMPARE(dialog->profile().username, m_ownerEmail);
}

void TestSignInDialog::wrongPassword()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    fillPassword(dialog.get(), m_ownerEmail, QStringLiteral("not the password"));
    bool ok = true;
    QVERIFY(testWith(dialog.get(), dialog->signInButton(), &ok));
    QVERIFY(!ok);
    QVERIFY(dialog->isVisible());
    QVERIFY(hasError(*dialog, Field::Password));
    QCOMPARE(dialog->errorLabel(Field::Password)->text(),
             QStringLiteral("No active account found with the given credentials."));
    QCOMPARE(dialog->passwordField()->accessibleDescription(), dialog->errorLabel(Field::Password)->text());
    QVERIFY(!hasError(*dialog, Field::Email));
    QVERIFY(!dialog->oneTimeCodeField()->isVisible());
    QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(dialog->passwordField()));
    QCOMPARE(dialog->passwordField()->text(), QStringLiteral("not the password"));
    QCOMPARE(dialog->emailField()->text(), m_ownerEmail);
}

void TestSignInDialog::httpRefusedWithoutRequest_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // part of the inline message
    QTest::newRow("remote http") << QStringLiteral("http://example.com") << QStringLiteral("https://");
    QTest::newRow("remote http with port") << QStringLiteral("http://10.0.0.8:8080/api") << QStringLiteral("https://");
    QTest::newRow("not an address") << QStringLiteral("https://") << QStringLiteral("not a web address");
    QTest::newRow("other scheme") << QStringLiteral("ftp://api.example.com") << QStringLiteral("not a web address");
    QTest::newRow("credentials in it") << QStringLiteral("https://me:pw@api.example.com")
                                       << QStringLiteral("user name and password");
    QTest::newRow("empty") << QString() << QStringLiteral("address of the account API");
}

void TestSignInDialog::httpRefusedWithoutRequest()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    fillToken(dialog.get(), url, Token);
    QSignalSpy finished(dialog.get(), &SignInDialog::testFinished);
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(dialog->testButton()),
                                    static_cast<QAbstractButton *>(dialog->signInButton())}) {
        click(button);
        // Refused before anything is sent: no test starts.
        QVERIFY(!dialog->isTesting());
        QCOMPARE(finished.count(), 0);
        QVERIFY(hasError(*dialog, Field::Url));
        QVERIFY2(dialog->errorLabel(Field::Url)->text().contains(expected),
                 qPrintable(dialog->errorLabel(Field::Url)->text()));
        QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(dialog->urlField()));
        QCOMPARE(dialog->urlField()->text(), url);
        QCOMPARE(dialog->tokenField()->text(), Token);
        QVERIFY(dialog->isVisible());
    }
    // Editing the address takes the message away.
    QTest::keyClick(dialog->urlField(), Qt::Key_End);
    QTest::keyClicks(dialog->urlField(), QStringLiteral("x"));
    QVERIFY(!hasError(*dialog, Field::Url));
}

void TestSignInDialog::loopbackHttpAllowed()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(m_sim->port());
    fillToken(dialog.get(), url, Token);
    bool ok = false;
    QVERIFY(testWith(dialog.get(), dialog->signInButton(), &ok));
    QVERIFY2(ok, qPrintable(dialog->messageLabel()->text()));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->profile().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_sim->port())));
    QVERIFY(!hasError(*dialog, Field::Url));
}

void TestSignInDialog::emptyFields()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    type(dialog->urlField(), m_url);
    click(dialog->signInButton());
    QVERIFY(!dialog->isTesting());
    QVERIFY(hasError(*dialog, Field::Name));
    QVERIFY(hasError(*dialog, Field::Token));
    QVERIFY(!hasError(*dialog, Field::Url));
    QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(dialog->nameField()));

    click(dialog->passwordMethodButton());
    click(dialog->testButton());
    QVERIFY(!dialog->isTesting());
    QVERIFY(hasError(*dialog, Field::Email));
    QVERIFY(hasError(*dialog, Field::Password));
    QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(dialog->emailField()));
    QVERIFY(dialog->isVisible());

    // A test needs no profile name; signing in does.
    type(dialog->emailField(), m_ownerEmail);
    type(dialog->passwordField(), Password);
    QVERIFY(dialog->nameField()->text().isEmpty());
    bool ok = false;
    QVERIFY(testWith(dialog.get(), dialog->testButton(), &ok));
    QVERIFY2(ok, qPrintable(dialog->messageLabel()->text()));
    click(dialog->signInButton());
    QVERIFY(dialog->isVisible());
    QVERIFY(hasError(*dialog, Field::Name));
    QVERIFY(dialog->isTested()); // the name is not part of the test
    type(dialog->nameField(), QStringLiteral("Simulator"));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    click(dialog->signInButton());
    QCOMPARE(accepted.count(), 1);
}

void TestSignInDialog::profileName()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    fillToken(dialog.get(), m_url, Token);
    for (const QString &name :
         {QStringLiteral("a/b"), QStringLiteral("a\\b"), QStringLiteral("Work"), QStringLiteral("staging ")}) {
        type(dialog->nameField(), name);
        // Said while typing, not only on Sign In.
        QVERIFY2(hasError(*dialog, Field::Name), qPrintable(name));
        click(dialog->signInButton());
        QVERIFY(!dialog->isTesting());
        QVERIFY(dialog->isVisible());
        QVERIFY(hasError(*dialog, Field::Name));
        QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(dialog->nameField()));
        QCOMPARE(dialog->nameField()->text(), name);
    }
    QVERIFY(dialog->errorLabel(Field::Name)->text().contains(QStringLiteral("Staging")));
    type(dialog->nameField(), QStringLiteral("Workshop"));
    QVERIFY(!hasError(*dialog, Field::Name));
    bool ok = false;
    QVERIFY(testWith(dialog.get(), dialog->signInButton(), &ok));
    QVERIFY(ok);
    QCOMPARE(dialog->profile().name, QStringLiteral("Workshop"));
}

void TestSignInDialog::serverFailures_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("deadPort");
    QTest::addColumn<bool>("password"); // sign in with email and password rather than a token
    QTest::addColumn<QString>("expected"); // empty: any message
    QTest::newRow("503") << QStringLiteral("/iam/clients/me:status=503") << false << false
                         << QStringLiteral("Simulated HTTP 503.");
    QTest::newRow("closed connection") << QStringLiteral("/iam/clients/me:close") << false << false
                                       << ApiError::describe(ApiError::Kind::Network);
    QTest::newRow("malformed body") << QStringLiteral("/iam/clients/me:malformed") << false << false << QString();
    QTest::newRow("role 500") << QStringLiteral("/iam/clients/{id}/client-users/{id}:status=500") << false << false
                              << QStringLiteral("Simulated HTTP 500.");
    QTest::newRow("login 503") << QStringLiteral("/iam/auth/jwt/login:status=503") << false << true
                               << QStringLiteral("Simulated HTTP 503.");
    QTest::newRow("unreachable port") << QString() << true << false << ApiError::describe(ApiError::Kind::Network);
    QTest::newRow("unreachable port, password")
        << QString() << true << true << ApiError::describe(ApiError::Kind::Network);
}

void TestSignInDialog::serverFailures()
{
    QFETCH(QString, fault);
    QFETCH(bool, deadPort);
    QFETCH(bool, password);
    QFETCH(QString, expected);
    QString url = m_url;
    if (deadPort) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
    }
    if (!fault.isEmpty())
        setFault(fault);

    const auto dialog = makeDialog();
    QVERIFY(dialog);
    if (password) {
        fillPassword(dialog.get(), m_ownerEmail, Password);
        type(dialog->urlField(), url);
    } else {
        fillToken(dialog.get(), url, Token);
    }
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    bool ok = true;
    QVERIFY(testWith(dialog.get(), dialog->signInButton(), &ok));
    QVERIFY(!ok);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isTested());
    QVERIFY(dialog->messageLabel()->isVisible());
    const QString message = dialog->messageLabel()->text();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.startsWith(QLatin1String("Connected")), qPrintable(message));
    if (!expected.isEmpty())
        QCOMPARE(message, expected);
    for (Field field : {Field::Name, Field::Url, Field::Token, Field::Email, Field::Password, Field::OneTimeCode})
        QVERIFY(!hasError(*dialog, field));
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("Simulator"));
    QCOMPARE(dialog->urlField()->text(), url);
    if (password) {
        QCOMPARE(dialog->emailField()->text(), m_ownerEmail);
        QCOMPARE(dialog->passwordField()->text(), Password);
    } else {
        QCOMPARE(dialog->tokenField()->text(), Token);
    }

    // Once the server is back, the same input signs in.
    m_sim->clearFaults();
    if (!deadPort) {
        QVERIFY(testWith(dialog.get(), dialog->signInButton(), &ok));
        QVERIFY2(ok, qPrintable(dialog->messageLabel()->text()));
        QCOMPARE(accepted.count(), 1);
    }
}

void TestSignInDialog::changeAfterSuccessNeedsNewTest()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    fillToken(dialog.get(), m_url, Token);
    bool ok = false;
    QVERIFY(testWith(dialog.get(), dialog->testButton(), &ok));
    QVERIFY(ok);
    QVERIFY(dialog->isTested());
    QCOMPARE(dialog->secret(), Token);

    // One more character: the test no longer holds, and Sign In tests again (and fails).
    QTest::keyClick(dialog->tokenField(), Qt::Key_End);
    QTest::keyClicks(dialog->tokenField(), QStringLiteral("x"));
    QVERIFY(!dialog->isTested());
    QVERIFY(dialog->secret().isEmpty());
    QVERIFY(!dialog->messageLabel()->text().startsWith(QLatin1String("Connected")));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QVERIFY(testWith(dialog.get(), dialog->signInButton(), &ok));
    QVERIFY(!ok);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(dialog->tokenField()->text(), Token + u'x');

    // Back to the good token, and another address form: each change asks for a new test.
    QTest::keyClick(dialog->tokenField(), Qt::Key_Backspace);
    QVERIFY(testWith(dialog.get(), dialog->testButton(), &ok));
    QVERIFY(ok);
    click(dialog->passwordMethodButton());
    QVERIFY(!dialog->isTested());
    click(dialog->tokenMethodButton());
    QVERIFY(!dialog->isTested());
    QVERIFY(testWith(dialog.get(), dialog->signInButton(), &ok));
    QVERIFY(ok);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog->secret(), Token);
}

void TestSignInDialog::cancelStalledRequest()
{
    setFault(QStringLiteral("/iam/clients/me:stall"));
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    fillToken(dialog.get(), m_url, Token);
    QSignalSpy finished(dialog.get(), &SignInDialog::testFinished);
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);

    click(dialog->signInButton());
    QVERIFY(dialog->isTesting());
    QVERIFY(!dialog->testButton()->isEnabled());
    QVERIFY(!dialog->signInButton()->isEnabled());
    QVERIFY(dialog->cancelButton()->isEnabled());
    QVERIFY(dialog->signInButton()->text() != QStringLiteral("&Sign In")); // shows progress
    QVERIFY(dialog->messageLabel()->isVisible());

    // Cancel stops the request and keeps the dialog open.
    click(dialog->cancelButton());
    QVERIFY(!dialog->isTesting());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->testButton()->isEnabled());
    QVERIFY(dialog->signInButton()->isEnabled());
    QCOMPARE(dialog->signInButton()->text(), QStringLiteral("&Sign In"));
    QCOMPARE(dialog->tokenField()->text(), Token);

    // The stopped request never comes back: with the server answering again, a new test
    // reports its own result once.
    m_sim->clearFaults();
    bool ok = false;
    QVERIFY(testWith(dialog.get(), dialog->testButton(), &ok));
    QVERIFY(ok);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(accepted.count(), 0);

    // Idle, Cancel closes.
    click(dialog->cancelButton());
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog->isVisible());
}

void TestSignInDialog::setProfileFills()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    AccountProfile stored;
    stored.name = QStringLiteral("Work");
    stored.baseUrl = QUrl(m_url);
    stored.signIn = AccountProfile::SignIn::Password;
    stored.username = m_ownerEmail;
    stored.clientId = 77;
    stored.companyName = QStringLiteral("Old name");
    dialog->setProfile(stored);

    QCOMPARE(dialog->nameField()->text(), QStringLiteral("Work"));
    QCOMPARE(dialog->urlField()->text(), m_url);
    QVERIFY(dialog->passwordMethodButton()->isChecked());
    QVERIFY(dialog->emailField()->isVisible());
    QCOMPARE(dialog->emailField()->text(), m_ownerEmail);
    QVERIFY(dialog->passwordField()->text().isEmpty());
    QCOMPARE(dialog->focusWidget(), static_cast<QWidget *>(dialog->passwordField()));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Work")));
    QVERIFY(!hasError(*dialog, Field::Name)); // its own name, though taken
    QVERIFY(!dialog->isTested());
    QCOMPARE(dialog->profile(), stored);

    QTest::keyClicks(dialog->passwordField(), Password);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    bool ok = false;
    QVERIFY(testWith(dialog.get(), dialog->signInButton(), &ok));
    QVERIFY2(ok, qPrintable(dialog->messageLabel()->text()));
    QCOMPARE(accepted.count(), 1);
    const AccountProfile signedIn = dialog->profile();
    QCOMPARE(signedIn.name, QStringLiteral("Work"));
    QCOMPARE(signedIn.clientId, m_clientId);
    QCOMPARE(signedIn.companyName, m_company);

    // A token profile fills the token method.
    const auto other = makeDialog();
    QVERIFY(other);
    stored.signIn = AccountProfile::SignIn::ApiToken;
    stored.username.clear();
    other->setProfile(stored);
    QVERIFY(other->tokenMethodButton()->isChecked());
    QVERIFY(other->tokenField()->isVisible());
    QCOMPARE(other->focusWidget(), static_cast<QWidget *>(other->tokenField()));
}

void TestSignInDialog::noSecretInLog()
{
    g_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("roster.*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(collectLog);
    m_sim->addLogin(m_ownerEmail, Password, OneTimeCode);
    QString secret;
    bool ok = false;
    bool ran = false;
    {
        const auto dialog = makeDialog();
        if (dialog) {
            fillPassword(dialog.get(), m_ownerEmail, Password);
            bool passed = false;
            ran = testWith(dialog.get(), dialog->testButton(), &passed);
            QTest::keyClicks(dialog->oneTimeCodeField(), OneTimeCode);
            ran = ran && testWith(dialog.get(), dialog->signInButton(), &passed);
            secret = dialog->secret();
            ok = passed;
        }
        const auto tokenDialog = makeDialog();
        if (tokenDialog) {
            fillToken(tokenDialog.get(), m_url, Token);
            bool passed = false;
            ran = ran && testWith(tokenDialog.get(), tokenDialog->signInButton(), &passed);
            ok = ok && passed;
        }
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(ran);
    QVERIFY(ok);
    QVERIFY(!secret.isEmpty());
    QVERIFY(!g_log.isEmpty()); // the requests were logged
    const QString all = g_log.join(u'\n');
    for (const QString &s : {Password, OneTimeCode, Token, secret})
        QVERIFY2(!all.contains(s), "a secret reached the log");
}

ROSTER_TEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
