#pragma once

#include "demo/DemoSeed.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

// Inserts members of the demo account and their tokens, several rows per statement: the cost of
// each statement dominates bulk seeding. The transaction is the caller's; finish() writes what
// is left.
class DemoMemberWriter final
{
public:
    static constexpr int RowsPerStatement = 25;
    static constexpr int UserColumnCount = 12;

    explicit DemoMemberWriter(const QSqlDatabase &db);

    bool write(const DemoSeed::Member &member);
    bool finish();
    QSqlError error() const { return m_error; }

    // How the demo file keeps an empty text and a missing time: as NULL.
    static QVariant textOrNull(const QString &text);
    static QVariant msecsOrNull(const QDateTime &time);

private:
    bool flush(QSqlQuery &query);
    bool failed(const QSqlQuery &query);

    QSqlQuery m_batch;
    QSqlQuery m_single;
    QSqlQuery m_token;
    QVariantList m_values;
    QSqlError m_error;
    bool m_ok = false;

    Q_DISABLE_COPY_MOVE(DemoMemberWriter)
};
