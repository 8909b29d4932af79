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

QDateTime currentTime()
{
    return QDateTime::currentDateTime();
}

} // namespace

SqliteFile::SqliteFile(const QString &path, const QString &connectionPrefix, Migrations migrations,
                       QStringList pragmas, Failure failure, const QLoggingCategory &category)
    : m_path(path)
    , m_connectionName(connectionPrefix + QString::number(connectionCounter.fetchAndAddRelaxed(1)))
    , m_migrations(std::move(migrations))
    , m_pragmas(std::move(pragmas))
    , m_failure(std::move(failure))
    , m_clock(currentTime)
    , m_category(category)
{
}

SqliteFile::~SqliteFile()
{
    close();
}

void SqliteFile::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : currentTime;
}

QString SqliteFile::describe(Problem problem, const QString &detail)
{
    switch (problem) {
    case Problem::NoFolder:
        return QCoreApplication::translate("SqliteFile", "the folder %1 cannot be created")
            .arg(QDir::toNativeSeparators(detail));
    case Problem::NotAFile:
        return QCoreApplication::translate("SqliteFile", "it is not a file");
    case Problem::CannotSetAside:
        return QCoreApplication::translate("SqliteFile", "the damaged file cannot be moved aside");
    case Problem::Unreadable:
    case Problem::ReadOnly:
    case Problem::Busy:
    case Problem::Failed:
    case Problem::Missing:
    case Problem::NotUsable:
        break;
    }
    return detail;
}

SqliteFile::Finding SqliteFile::judge(const QSqlError &error)
{
    // SQLite's primary result codes; extended ones carry theirs in the low byte.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Verdict::Busy, error.text()};
    case 0: // not SQLite's own: the driver's
    case 3: // SQLITE_PERM
    case 7: // SQLITE_NOMEM
    case 8: // SQLITE_READONLY
    case 9: // SQLITE_INTERRUPT
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
        return {Verdict::Failed, error.text()};
    default: // SQLITE_CORRUPT, SQLITE_NOTADB, "no such table", a broken constraint...
        return {Verdict::NotOurs, error.text()};
    }
}

bool SqliteFile::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void SqliteFile::close()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    // Also a connection whose driver could not be loaded.
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

Result<Done> SqliteFile::fail(Problem problem, const QString &detail)
{
    close();
    return m_failure(problem, detail);
}

Result<Done> SqliteFile::open(const Ready &ready)
{
    close();
    m_movedAside.clear();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder))
        return fail(Problem::NoFolder, folder);
    const QFileInfo info(m_path);
    if (info.exists()) {
        // Not damage: what cannot be read or written is someone's to fix, never to replace.
        if (!info.isFile())
            return fail(Problem::NotAFile, {});
        QFile probe(m_path);
        if (!probe.open(QIODevice::ReadOnly))
            return fail(Problem::Unreadable, probe.errorString());
        probe.close();
        if (!probe.open(QIODevice::ReadWrite))
            return fail(Problem::ReadOnly, probe.errorString());
    }

    Finding found = inspect(ready);
    if (found.verdict == Verdict::NotOurs) {
        qCWarning(m_category) << m_path << "is damaged or not Roster's, setting it aside:" << found.detail;
        const Result<Done> moved = moveAside();
        if (!moved)
            return moved;
        qCInfo(m_category) << "the damaged file was kept as" << m_movedAside;
        found = inspect(ready);
    }
    switch (found.verdict) {
    case Verdict::Ok:
        return Done{};
    case Verdict::Busy:
        return fail(Problem::Busy, found.detail);
    case Verdict::NotOurs: // even a new file is refused
    case Verdict::Failed:
        break;
    }
    return fail(Problem::Failed, found.detail);
}

Result<Done> SqliteFile::openForReading(const Ready &ready)
{
    close();
    m_movedAside.clear();
    if (!QFileInfo(m_path).isFile()) // SQLite would create it
        return fail(Problem::Missing, {});
    Finding found = connect();
    if (found.verdict == Verdict::Ok) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            found = judge(q.lastError());
        else if (q.value(0).toInt() != schemaVersion())
            found = notOurs(QStringLiteral("schema version %1, not %2").arg(q.value(0).toInt()).arg(schemaVersion()));
    }
    if (found.verdict == Verdict::Ok && ready)
        found = ready(m_db);
    if (found.verdict != Verdict::Ok)
        return fail(Problem::NotUsable, found.detail);
    return Done{};
}

SqliteFile::Finding SqliteFile::connect()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return {Verdict::Failed, QCoreApplication::translate("SqliteFile", "the SQLite driver of Qt is not installed")};
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (m_db.open())
        return {};
    Finding found = judge(m_db.lastError());
    if (found.verdict == Verdict::NotOurs) // what cannot even be opened was never looked at
        found.verdict = Verdict::Failed;
    return found;
}

SqliteFile::Finding SqliteFile::inspect(const Ready &ready)
{
    Finding found = connect();
    if (found.verdict != Verdict::Ok)
        return found;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return judge(q.lastError());
        const int version = q.value(0).toInt();
        q.finish();
        if (version > schemaVersion())
            return notOurs(QStringLiteral("written by a newer Roster (schema %1)").arg(version));
        if (version == 0) {
            // A new file has no tables yet; one that has them but no version is someone else's.
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
                return judge(q.lastError());
            if (q.value(0).toInt() > 0)
                return notOurs(QStringLiteral("tables but no schema version"));
            q.finish();
        }
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            return judge(q.lastError());
        if (!q.next() || q.value(0).toString() != QLatin1String("ok"))
            return notOurs(QStringLiteral("integrity check failed: %1").arg(q.value(0).toString()));
        q.finish();
        for (const QString &pragma : std::as_const(m_pragmas)) {
            if (!q.exec(pragma))
                return judge(q.lastError());
            q.finish();
        }
        found = migrate(version);
    }
    if (found.verdict != Verdict::Ok || !ready)
        return found;
    return ready(m_db);
}

SqliteFile::Finding SqliteFile::migrate(int from)
{
    if (from == schemaVersion())
        return {};
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return judge(m_db.lastError());
    {
        QSqlQuery q(m_db);
        for (int step = from; step < schemaVersion(); ++step) {
            for (const QString &statement : m_migrations.at(step)) {
                if (!q.exec(statement))
                    return judge(q.lastError());
            }
        }
        if (m_populate) {
            const QSqlError error = m_populate(m_db, from);
            if (error.isValid())
                return judge(error);
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion())))
            return judge(q.lastError());
    }
    if (!transaction.commit())
        return judge(m_db.lastError());
    if (from > 0)
        qCInfo(m_category) << m_path << "migrated from schema version" << from << "to" << schemaVersion();
    return {};
}

Result<Done> SqliteFile::moveAside()
{
    close();
    const QString base =
        m_path + QStringLiteral(".corrupt-") + m_clock().toLocalTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    QFile file(m_path);
    if (!file.rename(target))
        return fail(Problem::CannotSetAside, file.errorString());
    // The write-ahead log belongs to the damaged file; the shared-memory index is rebuilt.
    const QString wal = m_path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::rename(wal, target + QStringLiteral("-wal")))
        QFile::remove(wal);
    QFile::remove(m_path + QStringLiteral("-shm"));
    m_movedAside = target;
    return Done{};
}
