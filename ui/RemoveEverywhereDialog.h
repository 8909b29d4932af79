#pragma once

#include "Retranslating.h"
#include "domain/User.h"

#include <QDialog>

class AccountSession;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class RemovalEverywhere;

// Remove from All My Accounts (the Gcore guide: "If a user has roles in several accounts and you
// want to delete the user from all of them, you should do the steps above from each account"):
// one confirmation for every account the person shares with the signed-in one. It checks each
// account first (RemovalEverywhere) and lists it with what will happen there — removed, or not,
// and why: not an administrator there, API tokens that block it (by name), the account could
// not be reached. Remove sends the removals; the list then shows how each ended, and the
// window's banner sums it up.
class RemoveEverywhereDialog final : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    RemoveEverywhereDialog(AccountSession *session, const User &person, QWidget *parent = nullptr);
    ~RemoveEverywhereDialog() override;

    User person() const { return m_person; }
    RemovalEverywhere *removal() const { return m_removal; }
    QTreeWidget *accountList() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *summaryLabel() const { return m_summary; }
    // "Delete the N API tokens that block it first": shown when tokens block it somewhere.
    QCheckBox *deleteTokensBox() const { return m_deleteTokens; }
    // Checking or removing.
    bool isBusy() const { return m_busy; }
    bool isRemoving() const { return m_busy && m_ran; }

    void accept() override; // Remove, when allowed
    // Not while the removals run: each must come back to put the table right.
    void reject() override;

signals:
    // The check or the removals ended (tests wait for it).
    void settled();

protected:
    void retranslate() override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showAccounts();

    User m_person;
    RemovalEverywhere *m_removal;
    QLabel *m_question;
    QLabel *m_explanation;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QCheckBox *m_deleteTokens;
    QPushButton *m_remove;
    QPushButton *m_close;
    bool m_busy = true;
    bool m_ran = false;

    Q_DISABLE_COPY_MOVE(RemoveEverywhereDialog)
};
