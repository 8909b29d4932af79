#pragma once

#include "Retranslating.h"
#include "api/RequestScope.h"
#include "api/SignInApi.h"
#include "domain/AccountProfile.h"
#include "domain/ApiTypes.h"

#include <QDialog>
#include <QStringList>
#include <QUrl>

#include <array>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
struct ApiError;

// Creates an account profile, or signs an existing one in again: where the account API is,
// how to sign in (API token, or email and password with a one-time code when the server asks
// for one), and a connection test that signs in for real and says who and where that is.
//
// "Sign In" runs the test first unless the current input has already passed it, and accepts
// only after success. Errors are shown inline, next to the field they name, or in the message
// area under the fields; nothing typed is cleared. The dialog keeps the secret in memory only:
// it writes neither the keychain nor ProfileStore (the application does, after accepted()).
class SignInDialog final : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    enum class Field : quint8 { Name, Url, Token, Email, Password, OneTimeCode, FieldCount };

    // `makeApi` makes the backend of each connection test; `takenNames` are profile names
    // already in use (a new profile may not reuse one).
    SignInDialog(SignInApiFactory makeApi, const QStringList &takenNames, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Re-sign-in / edit: fills the fields from an existing profile; its name stays allowed.
    void setProfile(const AccountProfile &profile);
    // After accepted(): the profile (name, baseUrl, signIn kind, username, clientId and
    // companyName from /iam/clients/me) and the secret to keep in the keychain: the API token,
    // or the latest refresh token of the password session.
    AccountProfile profile() const;
    QString secret() const;

    // True while a connection test runs.
    bool isTesting() const;
    // True when the connection fields as they are now have passed a test.
    bool isTested() const;

    // Sign In: tests first when needed, and closes only after a successful test.
    void accept() override;
    // Cancel: stops a running test and stays open; closes when nothing runs.
    void reject() override;
    void done(int result) override;

    // For tests.
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *urlField() const { return m_url; }
    QRadioButton *tokenMethodButton() const { return m_tokenMethod; }
    QRadioButton *passwordMethodButton() const { return m_passwordMethod; }
    QLineEdit *tokenField() const { return m_token; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *oneTimeCodeField() const { return m_oneTimeCode; }
    QLabel *oneTimeCodeHint() const { return m_oneTimeCodeHint; }
    // The inline message under a field; hidden while the field is fine.
    QLabel *errorLabel(Field field) const;
    QLabel *messageLabel() const { return m_message; }
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *signInButton() const { return m_signInButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

signals:
    // A connection test ended: succeeded, failed, or stopped (false).
    void testFinished(bool succeeded);


private:
    // What a connection test depends on; the profile name does not.
    struct Connection
    {
        QUrl baseUrl;
        AccountProfile::SignIn signIn = AccountProfile::SignIn::ApiToken;
        QString token;
        QString email;
        QString password;
        QString oneTimeCode;
        friend bool operator==(const Connection &a, const Connection &b)
        {
            return a.baseUrl == b.baseUrl && a.signIn == b.signIn && a.token == b.token && a.email == b.email
                && a.password == b.password && a.oneTimeCode == b.oneTimeCode;
        }
    };
    enum class MessageKind : quint8 { Info, Success, Error };

    void retranslate() override;
    AccountProfile::SignIn signInMethod() const;
    void updateMethodRows();
    Connection currentConnection() const;
    std::optional<QUrl> validateUrl();
    bool validateName();
    std::optional<Connection> validateConnection();
    void startTest(bool acceptAfter);
    void stopTest();
    void onSignedIn();
    void onAccountKnown(const AccountInfo &info);
    void finishDetails();
    void testFailed(const ApiError &error, bool duringLogin);
    void onConnectionEdited();
    void updateButtons();
    void setFieldError(Field field, const QString &text);
    void clearFieldErrors();
    void setMessage(const QString &text, MessageKind kind);
    void updateColors() override;
    QLineEdit *fieldEdit(Field field) const;
    QString successText() const;

    SignInApiFactory m_makeApi;
    QStringList m_takenNames;
    QString m_originalName; // the edited profile's own name, always allowed
    AccountProfile m_initial; // what setProfile() gave, for what a test has not told yet

    QFormLayout *m_form;
    QLabel *m_nameLabel;
    QLabel *m_urlLabel;
    QLabel *m_methodLabel;
    QLabel *m_tokenLabel;
    QLabel *m_emailLabel;
    QLabel *m_passwordLabel;
    QLabel *m_oneTimeCodeLabel;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QRadioButton *m_tokenMethod;
    QRadioButton *m_passwordMethod;
    QWidget *m_methodRow;
    QLineEdit *m_token;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_oneTimeCode;
    QLabel *m_oneTimeCodeHint;
    QWidget *m_tokenRow;
    QWidget *m_emailRow;
    QWidget *m_passwordRow;
    QWidget *m_oneTimeCodeRow;
    std::array<QLabel *, std::size_t(Field::FieldCount)> m_errors{};
    QLabel *m_message;
    MessageKind m_messageKind = MessageKind::Info;
    QDialogButtonBox *m_buttons;
    QPushButton *m_testButton;
    QPushButton *m_signInButton;
    QPushButton *m_cancelButton;

    // The connection test. Each run has its own backend (the base URL is part of it) and makes
    // its requests in m_requests, dropped when it ends, so a late answer of an earlier run is
    // never taken for the current one.
    std::unique_ptr<SignInApi> m_api;
    RequestScope m_requests{this};
    bool m_testing = false;
    bool m_acceptAfterTest = false;
    bool m_oneTimeCodeAsked = false;
    Connection m_testedInput; // what the running or last test signed in with
    std::optional<Connection> m_passed; // set while the last successful test still holds
    AccountInfo m_account;
    int m_roleId = 0; // 0: unknown (the server did not say)
    QString m_userName; // name, else email, of the signed-in user; empty: unknown
    int m_detailsPending = 0;
    QString m_refreshToken; // the newest one the current run's session announced

    Q_DISABLE_COPY_MOVE(SignInDialog)
};
