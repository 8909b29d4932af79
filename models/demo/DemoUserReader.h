#pragma once

#include "domain/User.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <initializer_list>

// Reads the demo account's users straight from SQLite's statement API, on Qt Sql's own
// connection: through QSqlQuery every value of a large listing would pass through a QVariant,
// which made reading 100,000 users twice as slow (roster-bench's start-up case).
class DemoUserReader final
{
public:
    // What every user of the account shares.
    struct Account
    {
        qint64 clientId = 0;
        QString companyName;
        qint64 reseller = 0;
        // The person's roles in other accounts, by EmailAddress::key(); may be null.
        const QHash<QString, QList<ClientRoles>> *elsewhere = nullptr;
    };

    DemoUserReader(const QSqlDatabase &db, Account account);

    // The users "SELECT <columns> FROM users <rest>" finds, with `values` bound in order;
    // `expected` sizes the list. False when SQLite failed: see error().
    bool read(const char *rest, std::initializer_list<qint64> values, int expected, QList<User> *users);
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    Account m_account;
    QString m_error;
};
