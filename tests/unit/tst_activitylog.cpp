#include "TestMain.h"
#include "items/ActivityFilter.h"
#include "items/ActivityModel.h"
#include "store/ActivityLog.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestActivityLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshLogIsEmpty();
    void appendReadsBackNewestFirst();
    void missingTimeMeansNow();
    void limit();
    void survivesReopen();
    void versionOneFileIsRead();
    void damagedFileIsSetAside_data();
    void damagedFileIsSetAside();
    void notAFile();
    void manyAppends();

    void modelShowsEntries();
    void prependInsertsAtTop();
    void unknownActionsAreListed();
    void filter_data();
    void filter();
    void filterFollowsNewEntries();
    void sortsByExactTime();

private:
    QString path(const QString &name = QStringLiteral("activity.sqlite")) const { return m_dir->filePath(name); }
    ActivityEntry entry(const QString &action, qint64 userId, const QString &email, int secs, bool ok = true,
                        const QString &error = {}) const;
    QList<qint64> shownIds() const;
    QList<ActivityEntry> sample() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ActivityModel> m_model;
    std::unique_ptr<ActivityFilter> m_filter;
    // Both testers watch every mutation of every test.
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
};

#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const auto &r_ = (result);                                                                                     \
        QVERIFY2(r_.ok(), qPrintable(r_.error().message));                                                             \
    } while (false)

void TestActivityLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_model = std::make_unique<ActivityModel>();
    m_filter = std::make_unique<ActivityFilter>();
    m_filter->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(m_filter.get(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestActivityLog::cleanup()
{
    m_filterTester.reset();
    m_modelTester.reset();
    m_filter.reset();
    m_model.reset();
    m_dir.reset();
}

ActivityEntry TestActivityLog::entry(const QString &action, qint64 userId, const QString &email, int secs, bool ok,
                                     const QString &error) const
{
    ActivityEntry e;
    e.at = m_now.addSecs(secs);
    e.actor = QStringLiteral("admin@example.com");
    e.action = action;
    e.userId = userId;
    e.userEmail = email;
    e.ok = ok;
    e.error = error;
    return e;
}

QList<qint64> TestActivityLog::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(ActivityModel::EntryIdRole).toLongLong());
    return ids;
}

// Newest first, as the log hands them out: ids 6 down to 1.
QList<ActivityEntry> TestActivityLog::sample() const
{
    QList<ActivityEntry> entries;
    ActivityEntry e = entry(ActivityEntry::invite(), 301542, QStringLiteral("jane.doe@example.com"), 0);
    e.detail = QStringLiteral("Role: Users");
    entries.append(e);
    e = entry(ActivityEntry::role(), 301542, QStringLiteral("jane.doe@example.com"), 60);
    e.detail = QStringLiteral("Role: Users → Administrators");
    entries.append(e);
    e = entry(ActivityEntry::resend(), 412, QStringLiteral("olga@example.ru"), 120, false,
              QStringLiteral("The server did not answer in time."));
    entries.append(e);
    e = entry(ActivityEntry::remove(), 77, QStringLiteral("wang.wei@example.cn"), 180, false,
              QStringLiteral("You do not have permission to do this."));
    e.detail = QStringLiteral("Removed from the account");
    entries.append(e);
    e = entry(ActivityEntry::exportUsers(), 0, {}, 240);
    e.detail = QStringLiteral("1,204 users to users.csv");
    entries.append(e);
    e = entry(ActivityEntry::signOut(), 0, {}, 300);
    e.actor = QStringLiteral("Demo account");
    entries.append(e);
    for (int i = 0; i < entries.size(); ++i)
        entries[i].id = i + 1;
    std::reverse(entries.begin(), entries.end());
    return entries;
}

void TestActivityLog::freshLogIsEmpty()
{
    ActivityLog log(path(QStringLiteral("profiles/work/activity.sqlite")));
    VERIFY_OK(log.open());
    QVERIFY(log.isOpen());
    QVERIFY(QFileInfo::exists(log.path()));
    QVERIFY(log.movedAsidePath().isEmpty());
    QCOMPARE(log.entries().value().size(), 0);

    QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constLast()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), ActivityLog::SchemaVersion);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    // Reading newest first walks the time index instead of sorting the whole log.
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM activity ORDER BY at DESC, id DESC LIMIT 10")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + u'\n';
    QVERIFY2(plan.contains(QLatin1String("activity_at")) && !plan.contains(QLatin1String("TEMP B-TREE")),
             qPrintable(plan));
}

void TestActivityLog::appendReadsBackNewestFirst()
{
    ActivityLog log(path());
    VERIFY_OK(log.open());
    const QList<ActivityEntry> written = sample();
    QList<qint64> ids;
    for (auto it = written.crbegin(); it != written.crend(); ++it) {
        const Result<qint64> id = log.append(*it);
        VERIFY_OK(id);
        ids.append(id.value());
    }
    QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 5, 6}));
    const QList<ActivityEntry> read = log.entries().value();
    QCOMPARE(read.size(), written.size());
    for (int i = 0; i < read.size(); ++i)
        QCOMPARE(read.at(i), written.at(i));
    QCOMPARE(read.first().at.timeSpec(), Qt::UTC);

    // Same millisecond: the one appended later is newer.
    ActivityEntry again = written.first();
    VERIFY_OK(log.append(again));
    QCOMPARE(log.entries().value().first().id, 7);
    QCOMPARE(log.entries().value().at(1).id, 6);
}

void TestActivityLog::missingTimeMeansNow()
{
    ActivityLog log(path());
    VERIFY_OK(log.open());
    ActivityEntry e = entry(ActivityEntry::signIn(), 0, {}, 0);
    e.at = QDateTime();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    VERIFY_OK(log.append(e));
    const QDateTime at = log.entries().value().first().at;
    QVERIFY(at >= before.addMSecs(-1) && at <= QDateTime::currentDateTimeUtc());
}

void TestActivityLog::limit()
{
    ActivityLog log(path());
    VERIFY_OK(log.open());
    for (int i = 0; i < 30; ++i)
        VERIFY_OK(log.append(entry(ActivityEntry::edit(), 1000 + i, QStringLiteral("u%1@example.com").arg(i), i)));
    const QList<ActivityEntry> latest = log.entries(5).value();
    QCOMPARE(latest.size(), 5);
    QCOMPARE(latest.first().userId, 1029);
    QCOMPARE(latest.last().userId, 1025);
    QCOMPARE(log.entries(0).value().size(), 0);
}

void TestActivityLog::survivesReopen()
{
    const QList<ActivityEntry> written = sample();
    {
        ActivityLog log(path());
        VERIFY_OK(log.open());
        for (auto it = written.crbegin(); it != written.crend(); ++it)
            VERIFY_OK(log.append(*it));
    } // as when Roster quits: the next start reads the same file
    ActivityLog again(path());
    VERIFY_OK(again.open());
    QVERIFY(again.movedAsidePath().isEmpty());
    QCOMPARE(again.entries().value(), written);
    VERIFY_OK(again.append(entry(ActivityEntry::signIn(), 0, {}, 400)));
    QCOMPARE(again.entries().value().first().id, 7);
}

void TestActivityLog::versionOneFileIsRead()
{
    // The version 1 file format, written without ActivityLog: a later Roster must read it.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE activity (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, actor TEXT NOT NULL,"
            " action TEXT NOT NULL, user_id INTEGER NOT NULL DEFAULT 0, user_email TEXT NOT NULL DEFAULT '',"
            " detail TEXT NOT NULL DEFAULT '', ok INTEGER NOT NULL, error TEXT NOT NULL DEFAULT '')")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX activity_at ON activity (at)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO activity (at, actor, action, user_id, user_email, ok, error) VALUES "
                                      "(%1, 'Demo account', 'remove', 9, 'gone@example.com', 0, 'Not found')")
                           .arg(m_now.toMSecsSinceEpoch())));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    ActivityLog log(path());
    VERIFY_OK(log.open());
    QVERIFY(log.movedAsidePath().isEmpty());
    const QList<ActivityEntry> read = log.entries().value();
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().at, m_now);
    QCOMPARE(read.first().actor, QStringLiteral("Demo account"));
    QCOMPARE(read.first().action, ActivityEntry::remove());
    QCOMPARE(read.first().userId, 9);
    QVERIFY(!read.first().ok);
    QCOMPARE(read.first().error, QStringLiteral("Not found"));
    QVERIFY(read.first().detail.isEmpty());
}

void TestActivityLog::damagedFileIsSetAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage") << QStringLiteral("garbage");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("newer schema") << QStringLiteral("newer");
    QTest::newRow("foreign table") << QStringLiteral("foreign");
}

void TestActivityLog::damagedFileIsSetAside()
{
    QFETCH(QString, damage);
    QByteArray original;
    if (damage == QLatin1String("newer")) {
        {
            ActivityLog log(path());
            VERIFY_OK(log.open());
            VERIFY_OK(log.append(entry(ActivityEntry::invite(), 1, QStringLiteral("a@example.com"), 0)));
            QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constLast()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
    } else if (damage == QLatin1String("foreign")) {
        // Claims to be version 1, but its table is not the log's.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE activity (what TEXT)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        original = damage == QLatin1String("text") ? QByteArray("who,when,what\n")
                                                   : QByteArray(4096, '\x5a').append("SQLite format 3");
        QCOMPARE(file.write(original), original.size());
    }
    ActivityLog log(path());
    VERIFY_OK(log.open());
    QVERIFY(!log.movedAsidePath().isEmpty());
    QVERIFY(QFileInfo::exists(log.movedAsidePath()));
    if (!original.isEmpty()) {
        QFile kept(log.movedAsidePath());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original); // nothing of it is lost
    }
    QCOMPARE(log.entries().value().size(), 0);
    VERIFY_OK(log.append(entry(ActivityEntry::signIn(), 0, {}, 0)));
    QCOMPARE(log.entries().value().size(), 1);
}

void TestActivityLog::notAFile()
{
    QVERIFY(QDir().mkpath(path()));
    ActivityLog log(path());
    const Result<Done> opened = log.open();
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(ApiError::Kind::Storage));
    QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path())), qPrintable(opened.error().message));
    QVERIFY(QFileInfo(path()).isDir()); // left alone
    QVERIFY(!log.isOpen());
    const Result<qint64> appended = log.append(entry(ActivityEntry::signIn(), 0, {}, 0));
    QVERIFY(!appended.ok());
    QCOMPARE(int(appended.error().kind), int(ApiError::Kind::Storage));
    QVERIFY(!log.entries().ok());
}

void TestActivityLog::manyAppends()
{
    constexpr int Count = 10000;
    ActivityLog log(path());
    VERIFY_OK(log.open());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Count; ++i) {
        ActivityEntry e = entry(i % 7 == 0 ? ActivityEntry::resend() : ActivityEntry::edit(), 100000 + i,
                                QStringLiteral("person.%1@example.com").arg(i), i, i % 7 != 0);
        e.detail = QStringLiteral("Name: Person %1 → Person %2").arg(i).arg(i + 1);
        const Result<qint64> id = log.append(e);
        if (!id.ok())
            QFAIL(qPrintable(id.error().message));
    }
    const qint64 appendMs = timer.restart();
    const QList<ActivityEntry> read = log.entries().value();
    const qint64 readMs = timer.elapsed();
    qInfo("%d appends: %lld ms; reading them back: %lld ms", Count, appendMs, readMs);
    QCOMPARE(read.size(), Count);
    QCOMPARE(read.first().userId, 100000 + Count - 1);
    QCOMPARE(read.last().userId, 100000);
    QCOMPARE(log.entries(10).value().size(), 10);
}

void TestActivityLog::modelShowsEntries()
{
    const QList<ActivityEntry> entries = sample();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setEntries(entries);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), entries.size());
    QCOMPARE(m_model->columnCount(), int(ActivityModel::ColumnCount));
    QCOMPARE(m_model->headerData(ActivityModel::Details, Qt::Horizontal).toString(), QStringLiteral("Details"));

    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    // Row 3: the invitation's role change; row 2: the failed removal.
    QCOMPARE(cell(4, ActivityModel::Action).toString(), QStringLiteral("Change role"));
    QCOMPARE(cell(4, ActivityModel::Details).toString(), QStringLiteral("Role: Users → Administrators"));
    QCOMPARE(cell(4, ActivityModel::User).toString(), QStringLiteral("jane.doe@example.com"));
    QCOMPARE(cell(4, ActivityModel::User, Qt::ToolTipRole).toString(), QStringLiteral("User ID: 301542"));
    QCOMPARE(cell(4, ActivityModel::Who).toString(), QStringLiteral("admin@example.com"));
    QCOMPARE(cell(4, ActivityModel::ResultColumn).toString(), QStringLiteral("Done"));
    QVERIFY(!cell(4, ActivityModel::ResultColumn, Qt::ForegroundRole).isValid());
    QCOMPARE(cell(4, ActivityModel::Time).toString(),
             QLocale().toString(m_now.addSecs(60).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(4, ActivityModel::Time, ActivityModel::TimeRole).toDateTime(), m_now.addSecs(60));

    QCOMPARE(cell(2, ActivityModel::Action).toString(), QStringLiteral("Remove"));
    QCOMPARE(cell(2, ActivityModel::ResultColumn).toString(), QStringLiteral("You do not have permission to do this."));
    QVERIFY(cell(2, ActivityModel::ResultColumn, Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(cell(2, ActivityModel::ResultColumn, Qt::DecorationRole).isValid());
    QCOMPARE(cell(2, 0, ActivityModel::OkRole).toBool(), false);

    QCOMPARE(cell(1, ActivityModel::User).toString(), QString()); // the export is about no one
    QVERIFY(!cell(1, ActivityModel::User, Qt::ToolTipRole).isValid());
    QCOMPARE(cell(0, ActivityModel::Who).toString(), QStringLiteral("Demo account"));
    QCOMPARE(cell(0, ActivityModel::Action).toString(), QStringLiteral("Sign out"));

    const QStringList fields = ActivityModel::exportFields(entries.at(4));
    QCOMPARE(fields.size(), ActivityModel::exportHeader().size());
    QCOMPARE(QDateTime::fromString(fields.at(0), Qt::ISODate), m_now.addSecs(60));
    QVERIFY2(fields.at(0).endsWith(u'Z') || fields.at(0).contains(u'+') || fields.at(0).lastIndexOf(u'-') > 10,
             qPrintable(fields.at(0))); // the offset is written
    QCOMPARE(fields.at(4), QStringLiteral("301542"));
}

void TestActivityLog::prependInsertsAtTop()
{
    m_model->setEntries(sample());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    ActivityEntry e = entry(ActivityEntry::invite(), 555, QStringLiteral("new@example.com"), 600);
    e.id = 7;
    m_model->prepend(e);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->index(0, ActivityModel::User).data().toString(), QStringLiteral("new@example.com"));

    ActivityEntry unsaved = entry(ActivityEntry::edit(), 556, QStringLiteral("x@example.com"), 660);
    m_model->prepend(unsaved);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(m_model->index(0, ActivityModel::ResultColumn).data().toString(), QStringLiteral("Done (not saved)"));
    QCOMPARE(m_model->index(0, 0).data(ActivityModel::SavedRole).toBool(), false);
    QVERIFY(m_model->index(0, ActivityModel::ResultColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("restart")));
}

void TestActivityLog::unknownActionsAreListed()
{
    QSignalSpy changed(m_model.get(), &ActivityModel::actionsChanged);
    m_model->setEntries(sample());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->actions(), ActivityEntry::knownActions());
    m_model->prepend(entry(QStringLiteral("token-revoke"), 0, {}, 900));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->actions().last(), QStringLiteral("token-revoke"));
    QCOMPARE(m_model->index(0, ActivityModel::Action).data().toString(), QStringLiteral("token-revoke"));
    m_model->prepend(entry(QStringLiteral("token-revoke"), 0, {}, 901));
    QCOMPARE(changed.count(), 1);
    m_model->setEntries({});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->actions(), ActivityEntry::knownActions());
}

void TestActivityLog::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("failuresOnly");
    QTest::addColumn<QList<qint64>>("ids");
    const QString all;
    QTest::newRow("nothing") << QString() << all << false << QList<qint64>{6, 5, 4, 3, 2, 1};
    QTest::newRow("email") << QStringLiteral("JANE.doe") << all << false << QList<qint64>{2, 1};
    QTest::newRow("user id") << QStringLiteral("412") << all << false << QList<qint64>{3};
    QTest::newRow("user id part") << QStringLiteral("3015") << all << false << QList<qint64>{2, 1};
    QTest::newRow("details") << QStringLiteral("administrators") << all << false << QList<qint64>{2};
    QTest::newRow("error") << QStringLiteral("permission") << all << false << QList<qint64>{4};
    QTest::newRow("who") << QStringLiteral("demo acc") << all << false << QList<qint64>{6};
    QTest::newRow("spaces around") << QStringLiteral("  olga  ") << all << false << QList<qint64>{3};
    QTest::newRow("no match") << QStringLiteral("nobody@nowhere") << all << false << QList<qint64>{};
    QTest::newRow("action") << QString() << ActivityEntry::role() << false << QList<qint64>{2};
    QTest::newRow("failures") << QString() << all << true << QList<qint64>{4, 3};
    QTest::newRow("failed resends") << QString() << ActivityEntry::resend() << true << QList<qint64>{3};
    QTest::newRow("text and action") << QStringLiteral("jane") << ActivityEntry::invite() << false << QList<qint64>{1};
    QTest::newRow("text and failures") << QStringLiteral("example.cn") << all << true << QList<qint64>{4};
    QTest::newRow("everything, no match")
        << QStringLiteral("jane") << ActivityEntry::invite() << true << QList<qint64>{};
}

void TestActivityLog::filter()
{
    QFETCH(QString, text);
    QFETCH(QString, action);
    QFETCH(bool, failuresOnly);
    QFETCH(QList<qint64>, ids);
    m_model->setEntries(sample());
    QSignalSpy changed(m_filter.get(), &ActivityFilter::filterChanged);
    m_filter->setFilterText(text);
    m_filter->setActionFilter(action);
    m_filter->setFailuresOnly(failuresOnly);
    QCOMPARE(shownIds(), ids);
    QCOMPARE(m_filter->isFiltered(), !text.trimmed().isEmpty() || !action.isEmpty() || failuresOnly);
    QCOMPARE(changed.count(), int(!text.trimmed().isEmpty()) + int(!action.isEmpty()) + int(failuresOnly));

    m_filter->setFilterText({});
    m_filter->setActionFilter({});
    m_filter->setFailuresOnly(false);
    QCOMPARE(m_filter->rowCount(), 6);
    QVERIFY(!m_filter->isFiltered());
}

void TestActivityLog::filterFollowsNewEntries()
{
    m_model->setEntries(sample());
    m_filter->setFailuresOnly(true);
    QCOMPARE(shownIds(), (QList<qint64>{4, 3}));
    ActivityEntry failed = entry(ActivityEntry::invite(), 9, QStringLiteral("dup@example.com"), 700, false,
                                 QStringLiteral("Already invited"));
    failed.id = 7;
    ActivityEntry done = entry(ActivityEntry::invite(), 10, QStringLiteral("ok@example.com"), 760);
    done.id = 8;
    QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
    m_model->prepend(failed);
    m_model->prepend(done);
    QCOMPARE(inserted.count(), 1); // only the failure shows
    QCOMPARE(shownIds(), (QList<qint64>{7, 4, 3}));
}

void TestActivityLog::sortsByExactTime()
{
    // Short-format texts sort wrongly as strings ("1/2" after "10/2"); the filter compares times.
    QList<ActivityEntry> entries;
    const QList<int> days{3, 40, 9, 300, 10};
    for (int i = 0; i < days.size(); ++i) {
        ActivityEntry e = entry(ActivityEntry::edit(), i + 1, QStringLiteral("u%1@example.com").arg(i), 0);
        e.at = m_now.addDays(days.at(i));
        e.id = i + 1;
        entries.append(e);
    }
    m_model->setEntries(entries);
    m_filter->sort(ActivityModel::Time, Qt::DescendingOrder);
    QCOMPARE(shownIds(), (QList<qint64>{4, 2, 5, 3, 1}));
    m_filter->sort(ActivityModel::Time, Qt::AscendingOrder);
    QCOMPARE(shownIds(), (QList<qint64>{1, 3, 5, 2, 4}));
    m_filter->sort(ActivityModel::Time, Qt::DescendingOrder);
    ActivityEntry newest = entry(ActivityEntry::invite(), 99, QStringLiteral("late@example.com"), 0);
    newest.at = m_now.addDays(400);
    newest.id = 6;
    m_model->prepend(newest);
    QCOMPARE(shownIds(), (QList<qint64>{6, 4, 2, 5, 3, 1}));
}

ROSTER_TEST_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
