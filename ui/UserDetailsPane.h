#pragma once

#include "Retranslating.h"

#include "domain/ApiError.h"
#include "domain/ApiTypes.h"

#include <QHash>
#include <QSet>
#include <QWidget>
#include <QList>
#include <QPointer>

#include <array>
#include <memory>

class AccountSession;
class ProjectList;
class QTimer;
class RequestScope;
struct ActivityEntry;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class UserActions;

// The details pane beside the table (View > User Details): everything known about the person in the table's current
// row (name, email and ID to copy, role, status with the invitation's expiry, two-factor, language,
// sign-in methods, groups, phone, company, every account they belong to, the API tokens they
// issued, Cloud roles, their latest entries in the activity log), with Resend, Edit and Remove for
// them. It follows the current row only: nothing it does depends on the size of the table.
class UserDetailsPane final : public Retranslating<QWidget>
{
    Q_OBJECT
public:
    enum Field {
        NameField,
        EmailField,
        IdField,
        RoleField,
        StatusField,
        TwoFactorField,
        LanguageField,
        SignInField,
        GroupsField,
        PhoneField,
        CompanyField,
        AccountsField,
        TokensField,
        CloudRolesField,
        ActivityField,
        FieldCount
    };
    // The latest entries of the activity log shown for a person.
    static constexpr int ActivityShown = 5;
    // How long a person stays current before their Cloud roles are asked for.
    static constexpr int CloudRolesDelayMs = 300;

    // Shows the current row of `actions`' table and gives their Resend, Edit and Remove.
    explicit UserDetailsPane(UserActions *actions, QWidget *parent = nullptr);
    ~UserDetailsPane() override;

    // The account shown (null: none); it must outlive the pane or be replaced.
    void setSession(AccountSession *session);

    // "User Details": the pane's name for screen readers and the View menu.
    static QString title();

    // The user shown; 0 while no row is current ("No user selected").
    qint64 userId() const { return m_userId; }

    QLabel *fieldLabel(Field field) const { return m_fields[field].label; }
    QLabel *valueLabel(Field field) const { return m_fields[field].value; }
    // The Copy buttons of the name, the email and the ID; null for the other fields.
    QToolButton *copyButton(Field field) const { return m_fields[field].copy; }
    QPushButton *loadTokensButton() const { return m_loadTokens; }
    QToolButton *resendButton() const { return m_resend; }
    QToolButton *editButton() const { return m_edit; }
    QToolButton *removeButton() const { return m_remove; }
    QLabel *placeholder() const { return m_placeholder; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        QToolButton *copy = nullptr;
    };

    void retranslate() override;
    // Follows the table's current row: refills when it is another user.
    void showCurrent();
    void fill();
    void fillStatus();
    void fillTokens();
    void fillActivity();
    // The person's Cloud roles, asked for once they stay current a moment, kept per person.
    void fillCloudRoles();
    void askCloudRoles();
    void fitWidth();
    void setValue(Field field, const QString &text, const QString &toolTip = {});
    QString fieldName(Field field) const;
    // An entry of the activity log about the user shown: by id, or by email where it names no id.
    bool isAbout(const ActivityEntry &entry) const;

    QPointer<UserActions> m_actions;
    QPointer<AccountSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    qint64 m_userId = 0;
    QString m_email; // the user's
    int m_row = -1; // the user's row in the session's UsersModel
    bool m_changing = false; // between the model's rowsChangeStarted and rowsChangeFinished
    bool m_stale = false; // the user's row changed meanwhile

    QStackedWidget *m_pages;
    QScrollArea *m_scroll;
    QLabel *m_placeholder;
    std::array<Row, FieldCount> m_fields;
    QPushButton *m_loadTokens;
    QTimer *m_cloudDelay;
    std::unique_ptr<RequestScope> m_cloudRequests;
    struct CloudRoles
    {
        CloudAssignmentList list;
        ApiError error;
    };
    QHash<qint64, CloudRoles> m_cloudRoles; // by user id, of this session
    QSet<qint64> m_cloudAsked; // asked, not answered yet
    ProjectList *m_projects = nullptr; // the names of the projects in the Cloud roles
    QToolButton *m_resend;
    QToolButton *m_edit;
    QToolButton *m_remove;

    Q_DISABLE_COPY_MOVE(UserDetailsPane)
};
