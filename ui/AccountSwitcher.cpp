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
    m_menu->addSeparator();
    m_menu->addAction(m_addAccount);
    m_menu->addAction(m_signOut);

    m_button->setText(m_current.isEmpty() ? tr("Demo account") : m_current);
    m_button->setToolTip(tr("Switch between accounts, add one, or sign out"));
    m_button->setAccessibleName(tr("Account"));
}
