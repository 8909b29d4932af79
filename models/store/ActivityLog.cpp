#include "ActivityLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcActivity, "roster.activity", QtInfoMsg)

namespace {

// Each step takes the schema from version N - 1 to N; a new version appends one.
SqliteFile::Migrations migrations()
{
    return {
        {// 1: one row per action, read newest first
         QStringLiteral("CREATE TABLE activity (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, "
                        "actor TEXT NOT NULL, action TEXT NOT NULL, user_id INTEGER NOT NULL DEFAULT 0, "
                        "user_email TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '', ok INTEGER NOT NULL, "
                        "error TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX activity_at ON activity (at)")},
    };
}

} // namespace

ActivityLog::ActivityLog(const QString &path)
    // In WAL mode NORMAL still survives a crash of Roster; only a power cut can lose the last
    // entries, and each append then costs no sync of its own.
    : m_file(
        path, QStringLiteral("roster-activity-"), migrations(),
        {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")},
        [this](SqliteFile::Problem problem, const QString &detail) {
            return failure(SqliteFile::describe(problem, detail));
        },
        lcActivity())
{
    Q_ASSERT(m_file.schemaVersion() == SchemaVersion);
}

ActivityLog::~ActivityLog()
{
    close();
}

bool ActivityLog::isOpen() const
{
    return m_file.isOpen() && m_insert;
}

void ActivityLog::close()
{
    m_insert.reset(); // a query must go before its connection
    m_db = QSqlDatabase();
    m_file.close();
}

ApiError ActivityLog::failure(const QString &detail) const
{
    return ApiError::make(ApiError::Kind::Storage,
                          QCoreApplication::translate("ActivityLog",
                                                      "The activity log in %1 could not be read or "
                                                      "written: %2")
                              .arg(QDir::toNativeSeparators(m_file.path()), detail));
}

Result<Done> ActivityLog::open()
{
    close();
    const Result<Done> opened = m_file.open([this](QSqlDatabase &db) {
        m_insert = std::make_unique<QSqlQuery>(db);
        if (m_insert->prepare(QStringLiteral(
                "INSERT INTO activity (at, actor, action, user_id, user_email, detail, ok, error) "
                "VALUES (?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''))")))
            return SqliteFile::Finding{};
        const SqliteFile::Finding found = SqliteFile::judge(m_insert->lastError()); // a table of that name not ours?
        m_insert.reset();
        return found;
    });
    if (opened)
        m_db = m_file.database();
    return opened;
}

Result<qint64> ActivityLog::append(const ActivityEntry &entry)
{
    if (!isOpen())
        return failure(QCoreApplication::translate("ActivityLog", "it is not open"));
    const QDateTime at = entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc();
    m_insert->bindValue(0, at.toMSecsSinceEpoch());
    m_insert->bindValue(1, entry.actor);
    m_insert->bindValue(2, entry.action);
    m_insert->bindValue(3, entry.userId);
    m_insert->bindValue(4, entry.userEmail);
    m_insert->bindValue(5, entry.detail);
    m_insert->bindValue(6, entry.ok ? 1 : 0);
    m_insert->bindValue(7, entry.error);
    if (!m_insert->exec())
        return failure(m_insert->lastError().text());
    const qint64 id = m_insert->lastInsertId().toLongLong();
    m_insert->finish();
    return id;
}

Result<QList<ActivityEntry>> ActivityLog::entries(int limit) const
{
    if (!isOpen())
        return failure(QCoreApplication::translate("ActivityLog", "it is not open"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, actor, action, user_id, user_email, detail, ok, error FROM activity "
                             "ORDER BY at DESC, id DESC LIMIT ?"));
    q.bindValue(0, qMax(0, limit));
    if (!q.exec())
        return failure(q.lastError().text());
    QList<ActivityEntry> entries;
    while (q.next()) {
        ActivityEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.userId = q.value(4).toLongLong();
        e.userEmail = q.value(5).toString();
        e.detail = q.value(6).toString();
        e.ok = q.value(7).toInt() != 0;
        e.error = q.value(8).toString();
        entries.append(std::move(e));
    }
    if (q.lastError().isValid())
        return failure(q.lastError().text());
    return entries;
}
