#pragma once

#include "domain/User.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QToolButton;

// The account switcher at the right of the tool bar: the profiles and the demo account, the
// one open checked, then Add Account… and Sign Out. Choosing another emits accountRequested().
class AccountSwitcher final : public QObject
{
    Q_OBJECT
public:
    // The button goes into `parent` (the tool bar); the two actions are the window's.
    AccountSwitcher(QWidget *parent, QAction *addAccount, QAction *signOut);

    QToolButton *button() const { return m_button; }
    QMenu *menu() const { return m_menu; }

    // The profiles, and which one is open (empty: the demo account).
    void setAccounts(const QStringList &profiles, const QString &current);
    // The accounts the open sign-in reaches (client_and_roles of the signed-in person), and the
    // one open; listed when there are several. Choosing another emits clientRequested().
    void setClients(const QList<ClientRoles> &clients, qint64 current);
    QList<ClientRoles> clients() const { return m_clients; }
    void retranslate();

signals:
    void accountRequested(const QString &profile); // empty: the demo account
    void clientRequested(qint64 clientId); // another account of the open sign-in

private:
    QAction *m_addAccount;
    QAction *m_signOut;
    QToolButton *m_button;
    QMenu *m_menu;
    QStringList m_profiles;
    QString m_current;
    QList<ClientRoles> m_clients;
    qint64 m_currentClient = 0;

    Q_DISABLE_COPY_MOVE(AccountSwitcher)
};
