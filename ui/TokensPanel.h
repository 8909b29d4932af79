#pragma once

#include "Retranslating.h"
#include "domain/ApiTypes.h"

#include <QDockWidget>
#include <QList>
#include <QPointer>

class AccountSession;
class QLabel;
class QMessageBox;
class QPushButton;
class QTreeWidget;

// The "API tokens" dock (the Gcore panel's API tokens section): every permanent API token of
// the account, with its name, who issued it, when it expires and when it was last used. An
// issuer who was removed from the account shows crossed out, "The user has been deleted".
// Administrators delete the selected tokens after one question; anyone else sees why they
// cannot. The list is loaded when the dock is first shown, and again on Refresh.
class TokensPanel final : public Retranslating<QDockWidget>
{
    Q_OBJECT
public:
    enum Column { NameColumn, IssuerColumn, ExpiresColumn, LastUsedColumn, ColumnCount };

    explicit TokensPanel(QWidget *parent = nullptr);
    ~TokensPanel() override;

    // The account whose tokens to show (null: none); it must outlive the panel or be replaced.
    void setSession(AccountSession *session);

    // The tokens selected in the list.
    QList<ApiToken> selectedTokens() const;
    // Asks once, then deletes the selected tokens (administrators only).
    void deleteSelected();

    QTreeWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *deleteButton() const { return m_delete; }
    QMessageBox *question() const { return m_question; } // while deleteSelected() asks

    static QString deletedIssuerText();

private:
    void retranslate() override;
    void reload();
    void fill();
    void updateStatus();
    void updateButtons();
    QString issuerText(const ApiToken &token) const;

    QPointer<AccountSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_delete;
    QPointer<QMessageBox> m_question;
    QString m_result; // how the last deletion ended

    Q_DISABLE_COPY_MOVE(TokensPanel)
};
