#pragma once

#include "Retranslating.h"
#include "domain/ApiTypes.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QDialog>
#include <QHash>
#include <QList>

class AccountApi;
class BulkRunner;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// Confirms removing one or several users from the account (the Gcore guide, "Delete a user";
// VictoriaMetrics Cloud, "How to Delete User"). It names everyone, explains that removal is per
// account, and checks each user's permanent API tokens first: a user with active tokens cannot
// be removed (the server refuses), so they are listed with their tokens (name, expiry, last
// use) and left out, unless the person ticks "Delete these tokens first": then they are
// removed after their tokens are deleted.
//
// Remove is enabled once the tokens are checked and the confirmation is typed: the user's email
// for one user, the number of users to remove for several. The dialog sends nothing itself: on
// Remove it emits confirmed() with the users to remove and the tokens to delete first, and
// closes; the caller sends the requests (and may offer Undo first).
class RemoveUserDialog final : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    RemoveUserDialog(AccountApi *api, qint64 clientId, const QList<User> &users, QWidget *parent = nullptr);
    ~RemoveUserDialog() override;

    QList<User> users() const;
    // The users Remove would remove now: tokens checked and none active (or to be deleted
    // first), or tokens that this server cannot list. In the order given.
    QList<User> removableUsers() const;
    // The active tokens Remove would delete first, by issuer: none unless deleting is ticked.
    QHash<qint64, QList<ApiToken>> tokensToDelete() const;
    // Users left out because they have active API tokens.
    QList<User> blockedUsers() const;
    // Active tokens of a blocked user.
    QList<ApiToken> activeTokens(qint64 userId) const;
    // True while API tokens are being read.
    bool isChecking() const;
    // True when the tokens of some users could not be read (Retry reads them again).
    bool hasCheckFailures() const;
    // What has to be typed to confirm: the email, or the number of users.
    QString expectedConfirmation() const;

    // Remove: emits confirmed() and closes, when allowed.
    void accept() override;
    void done(int result) override;

    // For tests.
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *explanationLabel() const { return m_explanation; }
    QTreeWidget *peopleList() const { return m_people; } // hidden for one user
    QLabel *checkLabel() const { return m_check; } // progress, failures, "could not be checked"
    QLabel *blockedLabel() const { return m_blocked; } // users with active tokens
    QCheckBox *deleteTokensBox() const { return m_deleteTokens; } // shown when tokens block
    QPushButton *retryButton() const { return m_retryButton; }
    QLabel *confirmationLabel() const { return m_confirmLabel; }
    QLineEdit *confirmationField() const { return m_confirm; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

signals:
    void confirmed(const QList<User> &toRemove, const QHash<qint64, QList<ApiToken>> &tokensToDelete);
    // The token check ended (with or without failures).
    void checkFinished();


private:
    struct Entry
    {
        enum class State : quint8 {
            Waiting, // to be checked
            Checking,
            Clear, // no active tokens
            Blocked, // active tokens
            Failed, // tokens could not be read
            Gone, // the user is no longer in the account
            Unchecked, // the server cannot list tokens
        };
        User user;
        State state = State::Waiting;
        QList<ApiToken> tokens; // active ones
        QString error;
    };

    void retranslate() override;
    void startChecks();
    void onTokens(int index, const Result<TokenList> &result);
    void updateTexts();
    void updatePeople();
    void updateButtons();
    bool confirmationMatches() const;
    QString personText(const User &user) const;
    QString tokensText(const QList<ApiToken> &tokens) const;
    QString stateText(const Entry &entry) const;
    void updateColors() override;
    int count(Entry::State state) const;

    AccountApi *m_api;
    qint64 m_clientId;
    QList<Entry> m_entries;
    bool m_canListTokens;
    BulkRunner *m_checks; // the token checks, a few at a time

    QLabel *m_summary;
    QLabel *m_explanation;
    QTreeWidget *m_people;
    QLabel *m_check;
    QLabel *m_blocked;
    QCheckBox *m_deleteTokens;
    QPushButton *m_retryButton;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QDialogButtonBox *m_buttons;
    QPushButton *m_removeButton;
    QPushButton *m_cancelButton;

    Q_DISABLE_COPY_MOVE(RemoveUserDialog)
};
