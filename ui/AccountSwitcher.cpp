#include "AccountSwitcher.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QMenu>
#include <QToolButton>

AccountSwitcher::AccountSwitcher(QWidget *parent, QAction *addAccount, QAction *signOut)
    : QObject(parent)
    , m_addAccount(addAccount)
    , m_signOut(signOut)
    , m_button(new QToolButton(parent))
    , m_menu(new QMenu(parent))
{
    m_menu->setObjectName(QStringLiteral("accountMenu"));
    m_button->setObjectName(QStringLiteral("accountButton"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setIcon(QIcon::fromTheme(QStringLiteral("system-users")));
    m_button->setMenu(m_menu);
    retranslate();
}

void AccountSwitcher::setAccounts(const QStringList &profiles, const QString &current)
{
    m_profiles = profiles;
    m_current = current;
    m_signOut->setEnabled(!current.isEmpty());
    retranslate();
}

void AccountSwitcher::setClients(const QList<ClientRoles> &clients, qint64 current)
{
    // Always built again: a choice the switch refused must not stay checked.
    m_clients = clients;
    m_currentClient = current;
    retranslate();
}

void AccountSwitcher::retranslate()
{
    m_menu->clear();
    auto *group = new QActionGroup(m_menu);
    const auto addChoice = [this, group](const QString &text, const QString &profile) {
        QAction *action = m_menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(profile == m_current);
        action->setData(profile);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, profile] {
            if (profile != m_current)
                emit accountRequested(profile);
        });
    };
    for (const QString &profile : std::as_const(m_profiles))
        addChoice(QString(profile).replace(u'&', QStringLiteral("&&")), profile); // a name, not a mnemonic
    addChoice(tr("&Demo account"), QString());
    QString company;
    if (m_clients.size() > 1) {
        m_menu->addSeparator();
        QAction *heading = m_menu->addAction(tr("Accounts of this sign-in"));
        heading->setEnabled(false);
        auto *clients = new QActionGroup(m_menu);
        // A record can list any number of accounts: the menu shows the first ones.
        constexpr qsizetype MaxShown = 50;
        for (const ClientRoles &client : m_clients.mid(0, MaxShown)) {
            const QString name = client.companyName.isEmpty() ? tr("Account %1").arg(client.clientId) : client.companyName;
            QAction *action = m_menu->addAction(QString(name).replace(u'&', QStringLiteral("&&")));
            action->setObjectName(QStringLiteral("client-%1").arg(client.clientId));
            action->setCheckable(true);
            action->setChecked(client.clientId == m_currentClient);
            action->setToolTip(tr("Open %1 (account ID %2)").arg(name).arg(client.clientId));
            clients->addAction(action);
            if (client.clientId == m_currentClient)
                company = name;
            const qint64 id = client.clientId;
            connect(action, &QAction::triggered, this, [this, id] {
                if (id != m_currentClient)
                    emit clientRequested(id);
            });
        }
    }
    m_menu->addSeparator();
    m_menu->addAction(m_addAccount);
    m_menu->addAction(m_signOut);

    const QString profile = m_current.isEmpty() ? tr("Demo account") : m_current;
    m_button->setText(company.isEmpty() ? profile : tr("%1 · %2").arg(profile, company));
    m_button->setToolTip(tr("Switch between accounts, add one, or sign out"));
    m_button->setAccessibleName(tr("Account"));
}
