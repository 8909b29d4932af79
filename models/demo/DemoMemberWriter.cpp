#include "DemoMemberWriter.h"

#include "domain/EmailAddress.h"

#include <QStringList>

#include <utility>

DemoMemberWriter::DemoMemberWriter(const QSqlDatabase &db)
    : m_batch(db)
    , m_single(db)
    , m_token(db)
{
    const QString insert = QStringLiteral(
        "INSERT INTO users (id, email, email_key, name, lang, phone, role_id, activated, is_active, two_fa, "
        "auth_types, invitation_sent_at) VALUES ");
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QStringList rows;
    for (int i = 0; i < RowsPerStatement; ++i)
        rows.append(row);
    m_ok = (m_batch.prepare(insert + rows.join(QLatin1Char(','))) || failed(m_batch))
        && (m_single.prepare(insert + row) || failed(m_single))
        && (m_token.prepare(
                QStringLiteral("INSERT INTO tokens (user_id, name, created_at, expires_at, last_used_at) "
                               "VALUES (?, ?, ?, ?, ?)"))
            || failed(m_token));
    m_values.reserve(RowsPerStatement * UserColumnCount);
}

QVariant DemoMemberWriter::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant DemoMemberWriter::msecsOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

bool DemoMemberWriter::failed(const QSqlQuery &query)
{
    m_error = query.lastError();
    return false;
}

bool DemoMemberWriter::write(const DemoSeed::Member &m)
{
    if (!m_ok)
        return false;
    m_values << m.id << m.email << EmailAddress::key(m.email) << textOrNull(m.name) << m.lang << textOrNull(m.phone)
             << m.roleId << int(m.activated) << int(m.isActive) << int(m.twoFa) << m.authTypes.join(QLatin1Char(','))
             << msecsOrNull(m.invitationSentAt);
    if (m_values.size() == RowsPerStatement * UserColumnCount && !flush(m_batch))
        return false;
    for (const DemoSeed::Token &t : m.tokens) {
        m_token.bindValue(0, m.id);
        m_token.bindValue(1, t.name);
        m_token.bindValue(2, t.createdAt.toMSecsSinceEpoch());
        m_token.bindValue(3, msecsOrNull(t.expiresAt));
        m_token.bindValue(4, msecsOrNull(t.lastUsedAt));
        if (!m_token.exec())
            return m_ok = failed(m_token);
    }
    return true;
}

bool DemoMemberWriter::finish()
{
    // Leftover rows, one statement each.
    const QVariantList rest = std::exchange(m_values, QVariantList());
    for (qsizetype row = 0; m_ok && row < rest.size(); row += UserColumnCount) {
        m_values = rest.mid(row, UserColumnCount);
        if (!flush(m_single))
            return false;
    }
    return m_ok;
}

bool DemoMemberWriter::flush(QSqlQuery &query)
{
    for (int i = 0; i < m_values.size(); ++i)
        query.bindValue(i, m_values.at(i));
    m_values.clear();
    if (query.exec())
        return true;
    return m_ok = failed(query);
}
