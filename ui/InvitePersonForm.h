#pragma once

#include "Retranslating.h"
#include "domain/ApiTypes.h"
#include "session/InviteQueue.h"

#include <QGroupBox>
#include <QHash>
#include <QList>
#include <QPair>

class ProjectList;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
struct ApiError;

// One person of the invite dialog: name, email address, interface language, IAM role and Cloud
// access (for the whole account, or a role per project), the messages under the fields, what
// became of their invitation, and the button that takes them out of the dialog. The dialog
// composes one per person, checks what concerns several of them (the same address twice) and
// tells each what the sending brought.
class InvitePersonForm final : public Retranslating<QGroupBox>
{
    Q_OBJECT
public:
    enum class State : quint8 {
        Editing, // not sent yet, or stopped before it was sent
        Sending,
        Invited, // done; read-only
        Failed, // the server refused or could not be reached; sent again by Invite
    };

    // `id`: the dialog's name for the person, kept while others come and go. `projects`: the
    // account's Cloud projects, shared by every person of the dialog.
    InvitePersonForm(quint64 id, const ProjectList *projects, QWidget *parent = nullptr);
    ~InvitePersonForm() override;

    quint64 id() const { return m_id; }
    // The person's place in the dialog, from 1, as the title and the accessible names say it.
    void setNumber(int number);
    State state() const { return m_state; }
    // The invitation as it would be sent now, for no account yet (clientId 0).
    InviteRequest request() const;

    // What is wrong with the fields; `sameAs` is the number of a person above with the same
    // address, 0 when there is none. Empty when fine.
    QString nameProblem() const;
    QString emailProblem(int sameAs) const;
    QString cloudProblem() const;
    bool isValid(int sameAs) const;
    // Shows the problems under their fields, as far as the person has been there.
    void showProblems(int sameAs);

    // The projects were loaded again: a role box per project, the roles chosen kept.
    void rebuildProjects();
    // Loading, why the projects could not be loaded, or that there are none.
    void showProjectsState();

    // What the sending brings, in order.
    void markWaiting();
    void markSending(const InviteRequest &request);
    void markInvited(const InviteResult &result, bool cloudAccessFollows);
    void markDone(const QList<InviteQueue::CloudFailure> &failures);
    void markRefused(const ApiError &error);
    void markNotSent(const ApiError &reason);
    void markStopped(); // the dialog closed before the answer came
    // The field the server's last refusal named, for the focus; nullptr when it named none.
    QWidget *fieldToCorrect() const;

    // The focus order within the person.
    QList<QWidget *> tabOrder() const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailField() const { return m_email; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *roleBox() const { return m_role; }
    QRadioButton *clientScopeButton() const { return m_clientScope; }
    QRadioButton *projectScopeButton() const { return m_projectScope; }
    QComboBox *clientAccessBox() const { return m_clientAccess; }
    QComboBox *projectRoleBox(qint64 projectId) const; // nullptr until the projects are loaded
    QLabel *projectsMessage() const { return m_projectsMessage; }
    QPushButton *retryProjectsButton() const { return m_retry; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *emailError() const { return m_emailError; }
    QLabel *cloudError() const { return m_cloudError; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    // Something changed whether the person can be invited, or what their fields should say.
    void edited();
    void removeClicked();
    void reloadProjectsClicked();


private:
    void retranslate() override;
    void applyRoleDefaults();
    void updatePanels();
    void setEditable(bool editable);
    void setError(QLabel *label, QWidget *field, const QString &text);
    void setResult(const QString &text, bool error);
    QString successText() const;
    QString refusalText(const ApiError &error) const;
    QString inviteFailureText(const ApiError &error) const;
    void updateColors() override;

    const quint64 m_id;
    const ProjectList *m_projects;
    int m_number = 1;
    State m_state = State::Editing;

    QLabel *m_nameLabel;
    QLabel *m_emailLabel;
    QLabel *m_languageLabel;
    QLabel *m_roleLabel;
    QLabel *m_cloudLabel;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_nameError;
    QLabel *m_emailError;
    QComboBox *m_language;
    QComboBox *m_role;
    QRadioButton *m_clientScope;
    QRadioButton *m_projectScope;
    QWidget *m_clientPanel;
    QComboBox *m_clientAccess;
    QWidget *m_projectPanel;
    QLabel *m_projectsMessage;
    QPushButton *m_retry;
    QWidget *m_projectList;
    QList<QPair<qint64, QComboBox *>> m_projectBoxes;
    QHash<qint64, QString> m_chosenRoles; // kept across reloads of the project list
    QLabel *m_cloudError;
    QLabel *m_result;
    QPushButton *m_remove;

    bool m_nameTouched = false;
    bool m_emailTouched = false; // left once, or refused by the server: its problems are shown
    bool m_cloudTouched = false; // the person chose the Cloud access; the IAM role no longer does
    QString m_serverNameError;
    QString m_serverEmailError;
    InviteRequest m_sent;
    InviteResult m_answer;

    Q_DISABLE_COPY_MOVE(InvitePersonForm)
};
