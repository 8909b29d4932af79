#pragma once

#include "demo/DemoAccount.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

// The accounts of the demo's company group on one platform: the main demo account and its
// linked accounts (DemoSeed::linkedAccounts()), each a DemoAccount file of its own beside the
// main one. A person is the same person in every account they belong to (the same email), so
// their client_and_roles list each of those accounts with their role there: refresh() tells
// every account what the others hold, and is cheap (the linked accounts are small, and the
// main account is only asked about their people).
class DemoPlatform final
{
public:
    // Does not own `main`, which must outlive this object.
    explicit DemoPlatform(DemoAccount *main);
    ~DemoPlatform();

    // "<main file without .sqlite>-<client id>.sqlite".
    static QString linkedPath(const QString &mainPath, qint64 clientId);

    // Opens (creates and seeds, or reseeds with `reset`) every linked account, then refresh().
    Result<Done> open(bool reset = false);
    void setClock(const std::function<QDateTime()> &clock);

    DemoAccount *main() const { return m_main; }
    // The account with this id, main or linked; null for any other.
    DemoAccount *account(qint64 clientId) const;
    QList<DemoAccount *> accounts() const; // the main one first

    // Learns again who belongs where (after changes in any account), so every listing's
    // client_and_roles are right.
    Result<Done> refresh();

private:
    DemoAccount *m_main;
    std::vector<std::unique_ptr<DemoAccount>> m_linked;

    Q_DISABLE_COPY_MOVE(DemoPlatform)
};
