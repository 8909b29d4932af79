#include "SqliteFile.h"

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

namespace {

QAtomicInteger<quint64> connectionCounter;

} // namespace

SqliteFile::SqliteFile(const QString &path, const QString &connectionPrefix, Migrations migrations,
                       QStringList pragmas, Failure failure, const QLoggingCategory &category)
    : m_path(path)
    , m_connectionName(connectionPrefix + QString::number(connectionCounter.fetchAndAddRelaxed(1)))
    , m_migrations(std::move(migrations))
    , m_pragmas(std::move(pragmas))
    , m_failure(std::move(failure))
    , m_category(category)
{
}

SqliteFile::~SqliteFile()
{
    close();
}

bool SqliteFile::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void SqliteFile::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<Done> SqliteFile::open(const Ready &ready)
{
    close();
    m_movedAside.clear();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return m_failure(QCoreApplication::translate("SqliteFile", "the folder %1 cannot be created")
                             .arg(QDir::toNativeSeparators(folder)));
    if (QFileInfo::exists(m_path) && !QFileInfo(m_path).isFile())
        return m_failure(QCoreApplication::translate("SqliteFile", "it is not a file"));

    QString detail;
    Check check = prepare(ready, &detail);
    if (check == Check::Damaged) {
        qCWarning(m_category) << m_path << "set aside:" << detail;
        const Result<Done> moved = moveAside();
        if (!moved)
            return moved;
        check = prepare(ready, &detail);
    }
    if (check != Check::Ok) {
        close();
        return m_failure(detail);
    }
    return Done{};
}

SqliteFile::Check SqliteFile::prepare(const Ready &ready, QString *detail)
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
    if (version > schemaVersion()) {
        *detail = QStringLiteral("written by a newer Roster (schema %1)").arg(version);
        return Check::Damaged;
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        *detail = QStringLiteral("integrity check failed: %1").arg(q.value(0).toString());
        return Check::Damaged;
    }
    q.finish();
    for (const QString &pragma : std::as_const(m_pragmas)) {
        if (!q.exec(pragma)) {
            *detail = q.lastError().text();
            return Check::Failed;
        }
        q.finish();
    }
    const Result<Done> migrated = migrate(version);
    if (!migrated) {
        *detail = migrated.error().message;
        return Check::Damaged;
    }
    if (ready) {
        *detail = ready(m_db);
        if (!detail->isEmpty())
            return Check::Damaged;
    }
    return Check::Ok;
}

Result<Done> SqliteFile::migrate(int from)
{
    if (from == schemaVersion())
        return Done{};
    SqlTransaction transaction(m_db);
    QSqlQuery q(m_db);
    for (int step = from; step < schemaVersion(); ++step) {
        for (const QString &statement : m_migrations.at(step)) {
            if (!q.exec(statement))
                return m_failure(q.lastError().text());
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion())) || !transaction.commit())
        return m_failure(q.lastError().text());
    return Done{};
}

Result<Done> SqliteFile::moveAside()
{
    close();
    QString target = m_path + QStringLiteral(".broken");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".broken-") + QString::number(n);
    if (!QFile::rename(m_path, target))
        return m_failure(QCoreApplication::translate("SqliteFile", "the damaged file cannot be moved aside"));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_path + suffix);
    m_movedAside = target;
    return Done{};
}
