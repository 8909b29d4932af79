#pragma once

#include "Retranslating.h"
#include "InvitePersonForm.h"
#include "domain/ApiTypes.h"
#include "session/ProjectList.h"

#include <QDialog>
#include <QList>

class AccountApi;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QVBoxLayout;
struct ApiError;

// Invites one or several people into the account (the Gcore "Invite user" steps): per person a
// name, an email address, the interface language, the IAM role and the Cloud access (for the
// whole account, or a role per project). Other services give invited people full permissions
// by themselves; the dialog says so.
//
// Invite sends the rows not invited yet, one after the other; each row shows its own result.
// Invited rows become read-only; rows that failed keep everything typed, with the server's
// messages next to the fields they name, and are sent again by the next Invite. After an
// invitation the Cloud access is set (POST /cloud/v1/users/assignments); if that fails the row
// says so. Nothing is modal; requests are dropped when the dialog closes.
//
// Each person is an InvitePersonForm; InviteQueue sends them and ProjectList loads the projects.
class InviteDialog final : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    enum class Field : quint8 { Name, Email };
    using RowState = InvitePersonForm::State;
    using ProjectsState = ProjectList::State;

    // `clientId`: the account people are invited into.
    InviteDialog(AccountApi *api, qint64 clientId, QWidget *parent = nullptr);
    ~InviteDialog() override;

    // What is wrong with an address as people type it (one @, a dot in the domain, no spaces;
    // internationalised domains are fine); empty when it is fine.
    static QString emailProblem(const QString &email);

    int rowCount() const;
    void addRow(); // "Add another user"
    void removeRow(int row); // not the last one, not while sending, not an invited one
    RowState rowState(int row) const;
    // The invitation the row stands for, as it would be sent now.
    InviteRequest request(int row) const;

    ProjectsState projectsState() const;
    QList<Project> projects() const;
    void reloadProjects();

    // True when every row still to send is valid and nothing is being sent.
    bool canInvite() const;
    bool isSending() const;
    bool hasSent() const; // something reached the server: the cancel button reads "Close"
    // Sends every row not invited yet (does nothing unless canInvite()).
    void invite();

    void done(int result) override;

    // For tests.
    QLineEdit *nameField(int row) const;
    QLineEdit *emailField(int row) const;
    QComboBox *languageBox(int row) const;
    QComboBox *roleBox(int row) const;
    QRadioButton *clientScopeButton(int row) const;
    QRadioButton *projectScopeButton(int row) const;
    QComboBox *clientAccessBox(int row) const; // No access / Administrator of all projects
    QComboBox *projectRoleBox(int row, qint64 projectId) const; // nullptr until the projects are loaded
    QLabel *projectsMessage(int row) const; // loading, or why the projects could not be loaded
    QPushButton *retryProjectsButton(int row) const;
    QLabel *cloudError(int row) const;
    QLabel *errorLabel(int row, Field field) const; // hidden while the field is fine
    QLabel *resultLabel(int row) const;
    QPushButton *removeButton(int row) const;
    QPushButton *addRowButton() const { return m_addButton; }
    QPushButton *inviteButton() const { return m_inviteButton; }
    QPushButton *closeButton() const { return m_closeButton; }
    QLabel *statusLabel() const { return m_status; }

signals:
    // One person was invited (emitted before their Cloud access is set).
    void invited(const InviteRequest &request, const InviteResult &result);
    // Every row of the last Invite has its answer, including the Cloud access step.
    void sendingFinished();


private:
    InvitePersonForm *personForm(int row) const;
    InvitePersonForm *formById(quint64 id) const;
    // The number of the person above `row` with the same address, 0 when there is none.
    int sameAddressAbove(int row) const;
    void retranslate() override;
    void revalidate();
    void updateButtons();
    void updateTabOrder();
    void onProjectsLoaded();

    void onSending(quint64 id, const InviteRequest &request);
    void onInvited(quint64 id, const InviteRequest &request, const InviteResult &result);
    void onRefused(quint64 id, const ApiError &error);
    void onPersonDone(quint64 id, const QList<InviteQueue::CloudFailure> &failures);
    void onQueueFinished();

    qint64 m_clientId;
    ProjectList *m_projects;
    InviteQueue *m_queue;
    QList<InvitePersonForm *> m_forms;
    quint64 m_nextRowId = 1;
    bool m_sent = false;

    QLabel *m_intro;
    QScrollArea *m_scroll;
    QWidget *m_rowsWidget;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_addButton;
    QLabel *m_servicesNote;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_inviteButton;
    QPushButton *m_closeButton;

    Q_DISABLE_COPY_MOVE(InviteDialog)
};
