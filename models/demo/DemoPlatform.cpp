#include "DemoPlatform.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

DemoPlatform::DemoPlatform(DemoAccount *main)
    : m_main(main)
{
}

DemoPlatform::~DemoPlatform() = default;

QString DemoPlatform::linkedPath(const QString &mainPath, qint64 clientId)
{
    QString base = mainPath;
    if (base.endsWith(QLatin1String(".sqlite")))
        base.chop(int(qstrlen(".sqlite")));
    return base + QStringLiteral("-%1.sqlite").arg(clientId);
}

Result<Done> DemoPlatform::open(bool reset)
{
    m_linked.clear();
    for (const DemoSeed::Account &linked : DemoSeed::linkedAccounts()) {
        auto account = std::make_unique<DemoAccount>(linkedPath(m_main->path(), linked.clientId), linked.clientId);
        account->setClock([main = m_main] { return main->now(); });
        const Result<Done> opened = account->open(reset);
        if (!opened)
            return opened;
        m_linked.push_back(std::move(account));
    }
    return refresh();
}

void DemoPlatform::setClock(const std::function<QDateTime()> &clock)
{
    m_main->setClock(clock);
}

DemoAccount *DemoPlatform::account(qint64 clientId) const
{
    for (DemoAccount *account : accounts()) {
        if (account->clientId() == clientId)
            return account;
    }
    return nullptr;
}

QList<DemoAccount *> DemoPlatform::accounts() const
{
    QList<DemoAccount *> all{m_main};
    for (const std::unique_ptr<DemoAccount> &linked : m_linked)
        all.append(linked.get());
    return all;
}

Result<Done> DemoPlatform::refresh()
{
    // Everyone of the linked accounts, and those of them the main account has.
    QList<QHash<QString, ClientRoles>> members;
    QStringList emails;
    for (const std::unique_ptr<DemoAccount> &linked : m_linked) {
        Result<QHash<QString, ClientRoles>> people = linked->memberships();
        if (!people)
            return people.error();
        for (auto it = people.value().cbegin(); it != people.value().cend(); ++it)
            emails.append(it.key());
        members.append(people.value());
    }
    emails.removeDuplicates();
    Result<QHash<QString, ClientRoles>> inMain = m_main->memberships(emails);
    if (!inMain)
        return inMain.error();
    members.prepend(inMain.value());

    const QList<DemoAccount *> all = accounts();
    for (qsizetype here = 0; here < all.size(); ++here) {
        QHash<QString, QList<ClientRoles>> elsewhere;
        for (qsizetype there = 0; there < members.size(); ++there) {
            if (there == here)
                continue;
            for (auto it = members.at(there).cbegin(); it != members.at(there).cend(); ++it) {
                if (members.at(here).contains(it.key()))
                    elsewhere[it.key()].append(it.value());
            }
        }
        all.at(here)->setElsewhere(std::move(elsewhere));
    }
    return Done{};
}
