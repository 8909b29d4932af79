#pragma once

#include <QSqlDatabase>

// One SQLite transaction: commit() explicitly; whatever is left is rolled back when it goes
// out of scope, so an early return never leaves half a batch written.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {
    }
    ~SqlTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open || !m_db.commit())
            return false;
        m_open = false;
        return true;
    }

private:
    Q_DISABLE_COPY_MOVE(SqlTransaction)
    QSqlDatabase &m_db;
    bool m_open;
};
