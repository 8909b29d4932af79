#pragma once

#include "Retranslating.h"
#include "api/RequestScope.h"
#include "domain/User.h"
#include "session/ActionPolicy.h"

#include <QDialog>
#include <QPointer>

#include <array>

class AccountApi;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
struct ApiError;

// Edits one user (the Gcore guide, "Change the user's account information"): an administrator
// editing themself may change name, role and language; for anyone else only the role. A person
// who is not an administrator may change only their own name and language, never a role. What
// cannot be changed is shown read-only with the reason next to it.
//
// The current role is read from the server when the dialog opens. Save sends only what changed:
// the details (PATCH), then the role, then whether the user is active (where the backend can).
// Errors appear next to the field they name or at the top; nothing typed is cleared and Save can
// be pressed again. On success the dialog emits saved() and closes. Requests still running when
// it closes are dropped.
class EditUserDialog final : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    enum class Field : quint8 { Name, Language, Role, Active, FieldCount };

    EditUserDialog(AccountApi *api, qint64 clientId, const User &user, qint64 signedInUserId, bool signedInIsAdmin,
                   QWidget *parent = nullptr);
    ~EditUserDialog() override;

    // What the dialog may change for this person.
    bool canEditDetails() const { return m_canEditDetails; }
    bool canEditRole() const { return m_canEditRole; }
    // True while the role is read or a change is sent.
    bool isBusy() const;
    // True when the input differs from what the server has.
    bool hasChanges() const;

    void done(int result) override;

    // For an administrator editing themself: how many other active administrators the account
    // has (-1: not known). With none, their own role cannot be lowered; with some, Save asks first.
    void setOtherAdministrators(int count);
    // The question Save asks before an administrator lowers their own role; null when none is open.
    QMessageBox *lowerRoleQuestion() const;

    // For tests.
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *roleBox() const { return m_role; }
    QCheckBox *activeBox() const { return m_active; } // nullptr when the backend cannot deactivate
    // The inline message under a field; hidden while the field is fine.
    QLabel *errorLabel(Field field) const;
    // Why the name and language, or the role, cannot be changed; hidden when they can.
    QLabel *detailsNote() const { return m_detailsNote; }
    QLabel *roleNote() const { return m_roleNote; }
    // Errors that name no field (permission, user gone, network) and progress, at the top.
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

signals:
    // The change is on the server. `updated` is the user as the server answered the last
    // details or activation change, or the user as given when only the role changed; `roleId`
    // is the role the user now holds in the account.
    void saved(const User &updated, int roleId);
    // The role was read (or could not be, and the role known from the list is shown).
    void roleLoaded();
    // A Save ended with an error shown; the dialog stays open.
    void saveFailed();


private:
    enum class Step : quint8 { Details, Role, Active };

    void retranslate() override;
    void loadRole();
    void fillRoles(int currentRole);
    void save();
    void runNextStep();
    void stepFailed(Step step, const ApiError &error);
    void finishSave();
    void updateState();
    QString selectedLanguage() const;
    int selectedRole() const;
    bool nameChanged() const;
    bool languageChanged() const;
    bool roleChanged() const;
    bool activeChanged() const;
    // An administrator editing themself has chosen a role that is not Administrators.
    bool lowersOwnRole() const;
    QString personName() const;
    void setFieldError(Field field, const QString &text);
    void clearErrors();
    void setMessage(const QString &text, bool error);
    void updateNotes();
    void updateColors() override;
    QWidget *fieldWidget(Field field) const;

    AccountApi *m_api;
    qint64 m_clientId;
    User m_user; // as given, then as the server answered the last details or activation change
    qint64 m_signedInUserId;
    bool m_signedInIsAdmin;
    bool m_self;
    ActionPolicy::EditRights m_rights; // why what cannot be changed cannot
    bool m_canEditDetails;
    bool m_canEditRole;
    bool m_canEditActive;

    int m_currentRole = 0; // on the server, as far as known
    bool m_roleLoading = false;
    QString m_roleFallback; // why the role shown is the one from the list; empty when read
    bool m_saving = false;
    bool m_gone = false; // the user no longer exists: nothing can be saved
    int m_otherAdministrators = -1;
    bool m_lowerConfirmed = false; // the person agreed to lower their own role
    QPointer<QMessageBox> m_lowerQuestion;
    QList<Step> m_steps; // what the running Save still has to send
    QList<Step> m_savedSteps; // what the last Save got onto the server
    RequestScope m_requests{this}; // of the running requests; dropped when the dialog closes

    QLabel *m_message;
    bool m_messageIsError = false;
    QLabel *m_emailLabel;
    QLabel *m_nameLabel;
    QLabel *m_languageLabel;
    QLabel *m_roleLabel;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QComboBox *m_language;
    QComboBox *m_role;
    QCheckBox *m_active = nullptr;
    QLabel *m_detailsNote;
    QLabel *m_roleNote;
    QLabel *m_activeNote = nullptr;
    std::array<QLabel *, std::size_t(Field::FieldCount)> m_errors{};
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    QPushButton *m_cancelButton;

    Q_DISABLE_COPY_MOVE(EditUserDialog)
};
