#include "ActivityLog.h"

#include "store/SqlTransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcActivity, "roster.activity", QtInfoMsg)

namespace {

QAtomicInteger<quint64> connectionCounter;

// Each step takes the schema from version N - 1 to N; a new version appends one.
const char *const Migrations[][2] = {
    {// 1: one row per action, read newest first
     "CREATE TABLE activity (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, actor TEXT NOT NULL,"
     " action TEXT NOT NULL, user_id INTEGER NOT NULL DEFAULT 0, user_email TEXT NOT NULL DEFAULT '',"
     " detail TEXT NOT NULL DEFAULT '', ok INTEGER NOT NULL, error TEXT NOT NULL DEFAULT '')",
     "CREATE INDEX activity_at ON activity (at)"},
};
constexpr int MigrationCount = int(sizeof(Migrations) / sizeof(Migrations[0]));
static_assert(MigrationCount == ActivityLog::SchemaVersion, "one migration per schema version");

} // namespace

ActivityLog::ActivityLog(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("roster-activity-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

ActivityLog::~ActivityLog()
{
    close();
}

bool ActivityLog::isOpen() const
{
    return m_db.isValid() && m_db.isOpen() && m_insert;
}

void ActivityLog::close()
{
    m_insert.reset(); // a query must go before its connection
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

ApiError ActivityLog::failure(const QString &detail) const
{
    return ApiError::make(ApiError::Kind::Storage,
                          QCoreApplication::translate("ActivityLog",
                                                      "The activity log in %1 could not be read or "
                                                      "written: %2")
                              .arg(QDir::toNativeSeparators(m_path), detail));
}

Result<Done> ActivityLog::open()
{
    close();
    m_movedAside.clear();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return failure(QCoreApplication::translate("ActivityLog", "the folder %1 cannot be created")
                           .arg(QDir::toNativeSeparators(folder)));
    if (QFileInfo::exists(m_path) && !QFileInfo(m_path).isFile())
        return failure(QCoreApplication::translate("ActivityLog", "it is not a file"));

    QString detail;
    Check check = prepare(&detail);
    if (check == Check::Damaged) {
        qCWarning(lcActivity) << "activity log" << m_path << "set aside:" << detail;
        const Result<Done> moved = moveAside();
        if (!moved)
            return moved;
        check = prepare(&detail);
    }
    if (check != Check::Ok) {
        close();
        return failure(detail);
    }
    return Done{};
}

ActivityLog::Check ActivityLog::prepare(QString *detail)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!m_db.open()) {
        *detail = m_db.lastError().text();
        return Check::Failed;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *detail = q.lastError().text();
        // Not a database at all (SQLITE_NOTADB 26) or damaged (SQLITE_CORRUPT 11): start over.
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        return code == 26 || code == 11 ? Check::Damaged : Check::Failed;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        *detail = QStringLiteral("written by a newer Roster (schema %1)").arg(version);
        return Check::Damaged;
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        *detail = QStringLiteral("integrity check failed: %1").arg(q.value(0).toString());
        return Check::Damaged;
    }
    q.finish();
    // In WAL mode NORMAL still survives a crash of Roster; only a power cut can lose the
    // last entries, and each append then costs no sync of its own.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        *detail = q.lastError().text();
        return Check::Failed;
    }
    q.finish();
    const Result<Done> migrated = migrate(version);
    if (!migrated) {
        *detail = migrated.error().message;
        return Check::Damaged;
    }
    m_insert = std::make_unique<QSqlQuery>(m_db);
    if (!m_insert->prepare(QStringLiteral(
            "INSERT INTO activity (at, actor, action, user_id, user_email, detail, ok, "
            "error) VALUES (?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''))"))) {
        *detail = m_insert->lastError().text();
        m_insert.reset();
        return Check::Damaged; // a table of that name that is not ours
    }
    return Check::Ok;
}

Result<Done> ActivityLog::migrate(int from)
{
    if (from == SchemaVersion)
        return Done{};
    SqlTransaction transaction(m_db);
    QSqlQuery q(m_db);
    for (int step = from; step < SchemaVersion; ++step) {
        for (const char *statement : Migrations[step]) {
            if (statement && !q.exec(QLatin1String(statement)))
                return failure(q.lastError().text());
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)) || !transaction.commit())
        return failure(q.lastError().text());
    return Done{};
}

Result<Done> ActivityLog::moveAside()
{
    close();
    QString target = m_path + QStringLiteral(".broken");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".broken-") + QString::number(n);
    if (!QFile::rename(m_path, target))
        return failure(QCoreApplication::translate("ActivityLog", "the damaged file cannot be moved aside"));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_path + suffix);
    m_movedAside = target;
    return Done{};
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
