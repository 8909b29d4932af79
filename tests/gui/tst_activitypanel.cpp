#include "ActivityPanel.h"
#include "DemoAccountFixture.h"
#include "TestMain.h"

#include "items/ActivityFilter.h"
#include "items/ActivityModel.h"
#include "session/ActivityHistory.h"
#include "store/ActivityLog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

class TestActivityPanel : public QObject, private DemoAccountFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordShowsNewestFirst();
    void filterThroughWidgets();
    void exportWritesShownRows_data();
    void exportWritesShownRows();
    void exportThroughDialog();
    void exportFailureIsReported();
    void exportNeutralisesFormulas();
    void nullLogDisablesPanel();
    void entriesSurviveNewPanel();
    void failedWriteIsShownNotSaved();
    void retranslateKeepsChoices();

private:
    QString path(const QString &name = QStringLiteral("activity.sqlite")) const { return fixturePath(name); }
    static ActivityEntry entry(const QString &action, qint64 userId, const QString &email, const QString &detail,
                               bool ok = true, const QString &error = {});
    void recordSample(ActivityHistory &history);
    static QStringList shownEmails(const ActivityPanel &panel);

    std::unique_ptr<ActivityHistory> m_history;
    std::unique_ptr<ActivityPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const auto &r_ = (result);                                                                                     \
        QVERIFY2(r_.ok(), qPrintable(r_.error().message));                                                             \
    } while (false)

void TestActivityPanel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    VERIFY_OK(openActivityLog());
    m_history = std::make_unique<ActivityHistory>(m_log.get());
    m_panel = std::make_unique<ActivityPanel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_panel->filter(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->setHistory(m_history.get());
    m_panel->resize(900, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestActivityPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_history.reset();
    closeFixture();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

ActivityEntry TestActivityPanel::entry(const QString &action, qint64 userId, const QString &email,
                                       const QString &detail, bool ok, const QString &error)
{
    ActivityEntry e;
    e.actor = QStringLiteral("admin@example.com");
    e.action = action;
    e.userId = userId;
    e.userEmail = email;
    e.detail = detail;
    e.ok = ok;
    e.error = error;
    return e;
}

// Recorded oldest first, so shown (newest first): wang, olga, jane (role), jane (invite).
void TestActivityPanel::recordSample(ActivityHistory &panel)
{
    panel.record(
        entry(ActivityEntry::invite(), 301542, QStringLiteral("jane.doe@example.com"), QStringLiteral("Role: Users")));
    panel.record(entry(ActivityEntry::role(), 301542, QStringLiteral("jane.doe@example.com"),
                       QStringLiteral("Role: Users → Administrators")));
    panel.record(entry(ActivityEntry::resend(), 412, QStringLiteral("olga@example.ru"), QString(), false,
                       QStringLiteral("The server did not answer in time.")));
    panel.record(entry(ActivityEntry::remove(), 77, QStringLiteral("wang.wei@example.cn"),
                       QStringLiteral("Doe; \"JD\", 1,5"), false, QStringLiteral("Forbidden")));
}

QStringList TestActivityPanel::shownEmails(const ActivityPanel &panel)
{
    QStringList emails;
    const QAbstractItemModel *shown = panel.table()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        emails.append(shown->index(row, ActivityModel::User).data().toString());
    return emails;
}

void TestActivityPanel::recordShowsNewestFirst()
{
    QCOMPARE(m_panel->objectName(), QStringLiteral("activityDock"));
    QCOMPARE(m_panel->windowTitle(), QStringLiteral("Activity"));
    QCOMPARE(m_panel->filterField()->placeholderText(), QStringLiteral("Filter activity"));
    QCOMPARE(m_panel->actionCombo()->itemText(0), QStringLiteral("All actions"));
    QCOMPARE(m_panel->actionCombo()->count(), 1 + ActivityEntry::knownActions().size());
    QVERIFY(m_panel->messageLabel()->isHidden());
    for (QWidget *w : {static_cast<QWidget *>(m_panel->filterField()), static_cast<QWidget *>(m_panel->actionCombo()),
                       static_cast<QWidget *>(m_panel->failuresOnlyBox()), static_cast<QWidget *>(m_panel->table()),
                       static_cast<QWidget *>(m_panel->exportButton())}) {
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QVERIFY(!w->objectName().isEmpty());
    }
    QVERIFY(!m_panel->exportButton()->isEnabled()); // nothing to export yet

    QSignalSpy inserted(m_panel->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy failed(m_history.get(), &ActivityHistory::storageFailed);
    recordSample(*m_history);
    QCOMPARE(inserted.count(), 4);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(shownEmails(*m_panel),
             (QStringList{QStringLiteral("wang.wei@example.cn"), QStringLiteral("olga@example.ru"),
                          QStringLiteral("jane.doe@example.com"), QStringLiteral("jane.doe@example.com")}));
    const QAbstractItemModel *shown = m_panel->table()->model();
    QCOMPARE(shown->index(2, ActivityModel::Action).data().toString(), QStringLiteral("Change role"));
    QCOMPARE(shown->index(1, ActivityModel::ResultColumn).data().toString(),
             QStringLiteral("The server did not answer in time."));
    QCOMPARE(shown->index(2, ActivityModel::ResultColumn).data().toString(), QStringLiteral("Done"));
    QVERIFY(shown->index(0, 0).data(ActivityModel::SavedRole).toBool());
    QVERIFY(shown->index(0, 0).data(ActivityModel::TimeRole).toDateTime().isValid());
    QVERIFY(m_panel->exportButton()->isEnabled());
    QVERIFY(m_panel->statusLabel()->text().contains(QLatin1String("4")));

    // The log has them too, in the same order.
    const QList<ActivityEntry> stored = m_log->entries().value();
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored.first().userEmail, QStringLiteral("wang.wei@example.cn"));
    QCOMPARE(stored.first().id, shown->index(0, 0).data(ActivityModel::EntryIdRole).toLongLong());

    // Fixed row heights, and sorted by time.
    QCOMPARE(m_panel->table()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QVERIFY(m_panel->table()->isSortingEnabled());
    QCOMPARE(m_panel->table()->horizontalHeader()->sortIndicatorSection(), int(ActivityModel::Time));
    QCOMPARE(m_panel->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestActivityPanel::filterThroughWidgets()
{
    recordSample(*m_history);
    QTableView *table = m_panel->table();

    m_panel->filterField()->setFocus();
    QTest::keyClicks(m_panel->filterField(), QStringLiteral("JANE"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QCOMPARE(m_panel->filter()->filterText(), QStringLiteral("JANE"));
    QVERIFY(m_panel->statusLabel()->text().contains(QLatin1String("2")));

    // The action combo narrows it to the role change.
    QComboBox *combo = m_panel->actionCombo();
    const int roleIndex = combo->findData(ActivityEntry::role());
    QVERIFY(roleIndex > 0);
    QCOMPARE(combo->itemText(roleIndex), QStringLiteral("Change role"));
    combo->setFocus();
    combo->setCurrentIndex(roleIndex);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ActivityModel::Details).data().toString(),
             QStringLiteral("Role: Users → Administrators"));

    // Back to every action; then failures only.
    combo->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::mouseClick(m_panel->failuresOnlyBox(), Qt::LeftButton);
    QVERIFY(m_panel->failuresOnlyBox()->isChecked());
    QCOMPARE(table->model()->rowCount(), 0); // Jane's actions all went well

    // Emptying the search field shows every failure at once.
    m_panel->filterField()->clear();
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(shownEmails(*m_panel),
             (QStringList{QStringLiteral("wang.wei@example.cn"), QStringLiteral("olga@example.ru")}));

    // An ID from a ticket, and Return applies it without waiting.
    QTest::keyClicks(m_panel->filterField(), QStringLiteral("41"));
    QTest::keyClick(m_panel->filterField(), Qt::Key_Return);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(shownEmails(*m_panel), QStringList{QStringLiteral("olga@example.ru")});

    // A new failure that matches shows at the top.
    m_history->record(entry(ActivityEntry::resend(), 4100, QStringLiteral("late@example.com"), QString(), false,
                          QStringLiteral("Rate limited")));
    QCOMPARE(shownEmails(*m_panel),
             (QStringList{QStringLiteral("late@example.com"), QStringLiteral("olga@example.ru")}));

    QTest::mouseClick(m_panel->failuresOnlyBox(), Qt::LeftButton);
    m_panel->filterField()->clear();
    QCOMPARE(table->model()->rowCount(), 5);
}

void TestActivityPanel::exportWritesShownRows_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("English") << QLocale(QLocale::English) << QChar(u',');
    QTest::newRow("German") << QLocale(QLocale::German) << QChar(u';');
}

void TestActivityPanel::exportWritesShownRows()
{
    QFETCH(QLocale, locale);
    QFETCH(QChar, separator);
    QLocale::setDefault(locale);
    recordSample(*m_history);
    m_history->record(entry(ActivityEntry::signIn(), 0, {}, {}));

    // Shown: the two failures, newest first.
    QTest::mouseClick(m_panel->failuresOnlyBox(), Qt::LeftButton);
    QCOMPARE(m_panel->table()->model()->rowCount(), 2);

    QSignalSpy exported(m_panel.get(), &ActivityPanel::exported);
    const QString file = path(QStringLiteral("activity.csv"));
    QString error;
    QVERIFY2(m_panel->exportTo(file, &error), qPrintable(error));
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.first().at(1).toInt(), 2);

    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    bytes.remove(0, 3);
    QVERIFY(bytes.endsWith("\r\n"));
    const QString text = QString::fromUtf8(bytes);
    QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString());
    QCOMPARE(lines.size(), 3); // header and exactly the two rows shown

    const QString sep(separator);
    QCOMPARE(lines.at(0), ActivityModel::exportHeader().join(sep));
    QCOMPARE(
        lines.at(0),
        QStringList({QStringLiteral("Time"), QStringLiteral("Who"), QStringLiteral("Action"), QStringLiteral("User"),
                     QStringLiteral("User ID"), QStringLiteral("Details"), QStringLiteral("Result")})
            .join(sep));

    // Newest first: Wang's removal, whose details need quoting with either separator.
    const QString wang = lines.at(1);
    const QString fieldsAfterTime = wang.mid(wang.indexOf(sep) + 1);
    QCOMPARE(fieldsAfterTime,
             QStringList({QStringLiteral("admin@example.com"), QStringLiteral("Remove"),
                          QStringLiteral("wang.wei@example.cn"), QStringLiteral("77"),
                          QStringLiteral("\"Doe; \"\"JD\"\", 1,5\""), QStringLiteral("Forbidden")})
                 .join(sep));
    // The exact time to the second, with the offset; the sign-in is newer but not shown.
    const QDateTime at = QDateTime::fromString(wang.left(wang.indexOf(sep)), Qt::ISODate);
    QVERIFY(at.isValid());
    QCOMPARE(at.toSecsSinceEpoch(), m_log->entries().value().at(1).at.toSecsSinceEpoch());
    QVERIFY(lines.at(2).contains(QStringLiteral("olga@example.ru") + sep + QStringLiteral("412") + sep));
    QVERIFY(lines.at(2).endsWith(sep + QStringLiteral("The server did not answer in time.")));
    QVERIFY(!text.contains(QLatin1String("jane.doe")));
}

void TestActivityPanel::exportNeutralisesFormulas()
{
    // The invited person chose the name and the address the log repeats.
    m_history->record(entry(ActivityEntry::invite(), 66, QStringLiteral("+1@example.com"),
                            QStringLiteral("=HYPERLINK(\"http://evil.example\")")));
    const QString file = path(QStringLiteral("formulas.csv"));
    QString error;
    QVERIFY2(m_panel->exportTo(file, &error), qPrintable(error));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll().mid(3));
    QVERIFY2(text.contains(QStringLiteral(",'+1@example.com,66,\"'=HYPERLINK(\"\"http://evil.example\"\")\",")),
             qPrintable(text));
}

void TestActivityPanel::exportThroughDialog()
{
    recordSample(*m_history);
    QVERIFY(m_panel->exportButton()->isEnabled());
    QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);
    // The dialog is open (not a nested loop): the test goes on while it is shown.
    auto *dialog = m_panel->findChild<QFileDialog *>(QStringLiteral("activityExportDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);

    QSignalSpy exported(m_panel.get(), &ActivityPanel::exported);
    const QString file = path(QStringLiteral("chosen.csv"));
    dialog->selectFile(file);
    static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.first().at(0).toString(), file);
    QVERIFY(!dialog->isVisible());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), 5);
    QVERIFY(m_panel->statusLabel()->text().contains(QLatin1String("chosen.csv")));

    // A second export reuses the dialog; cancelling writes nothing.
    QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    QCOMPARE(exported.count(), 1);
}

void TestActivityPanel::exportFailureIsReported()
{
    recordSample(*m_history);
    QSignalSpy failed(m_panel.get(), &ActivityPanel::exportFailed);
    QString error;
    const QString target = path(QStringLiteral("no/such/folder/activity.csv"));
    QVERIFY(!m_panel->exportTo(target, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_panel->statusLabel()->text(), error);
}

void TestActivityPanel::nullLogDisablesPanel()
{
    ActivityPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.history());
    QVERIFY(panel.messageLabel()->isVisible());
    QCOMPARE(panel.messageLabel()->text(), QStringLiteral("No activity log for this account"));
    QVERIFY(!panel.filterField()->isEnabled());
    QVERIFY(!panel.actionCombo()->isEnabled());
    QVERIFY(!panel.failuresOnlyBox()->isEnabled());
    QVERIFY(!panel.table()->isEnabled());
    QVERIFY(!panel.exportButton()->isEnabled());

    // Switching to an account with a log brings it back, and away again.
    panel.setHistory(m_history.get());
    QVERIFY(panel.messageLabel()->isHidden());
    QVERIFY(panel.filterField()->isEnabled());
    QVERIFY(panel.table()->isEnabled());
    m_history->record(entry(ActivityEntry::signIn(), 0, {}, {}));
    QVERIFY(panel.exportButton()->isEnabled());
    panel.setHistory(nullptr);
    QVERIFY(!panel.model());
    QCOMPARE(panel.table()->model()->rowCount(), 0);
    QVERIFY(panel.messageLabel()->isVisible());
    QVERIFY(!panel.table()->isEnabled());
    QVERIFY(!panel.exportButton()->isEnabled());
}

void TestActivityPanel::entriesSurviveNewPanel()
{
    recordSample(*m_history);
    const QStringList before = shownEmails(*m_panel);
    m_tester.reset();
    m_panel.reset();
    m_history.reset();
    m_log.reset(); // Roster quits

    ActivityLog log(path());
    VERIFY_OK(log.open());
    ActivityHistory history(&log);
    ActivityPanel panel;
    QAbstractItemModelTester tester(panel.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setHistory(&history);
    QCOMPARE(shownEmails(panel), before);
    QCOMPARE(panel.table()->model()->index(3, ActivityModel::Details).data().toString(), QStringLiteral("Role: Users"));
    history.record(entry(ActivityEntry::signOut(), 0, {}, {}));
    QCOMPARE(panel.model()->rowCount(), 5);
    QCOMPARE(log.entries().value().size(), 5);
}

void TestActivityPanel::failedWriteIsShownNotSaved()
{
    recordSample(*m_history);
    m_log->close(); // the disk went away under it
    QSignalSpy failed(m_history.get(), &ActivityHistory::storageFailed);
    m_history->record(entry(ActivityEntry::edit(), 5, QStringLiteral("kept@example.com"), QStringLiteral("Name")));
    QCOMPARE(failed.count(), 1);
    const ApiError error = failed.first().at(0).value<ApiError>();
    QCOMPARE(int(error.kind), int(ApiError::Kind::Storage));
    QVERIFY(!error.message.isEmpty());
    const QAbstractItemModel *shown = m_panel->table()->model();
    QCOMPARE(shown->rowCount(), 5);
    QCOMPARE(shown->index(0, ActivityModel::User).data().toString(), QStringLiteral("kept@example.com"));
    QVERIFY(!shown->index(0, 0).data(ActivityModel::SavedRole).toBool());
    QVERIFY(shown->index(0, ActivityModel::ResultColumn).data().toString().contains(QLatin1String("not saved")));
}

void TestActivityPanel::retranslateKeepsChoices()
{
    recordSample(*m_history);
    QComboBox *combo = m_panel->actionCombo();
    combo->setCurrentIndex(combo->findData(ActivityEntry::resend()));
    QCOMPARE(m_panel->table()->model()->rowCount(), 1);
    QSignalSpy headers(m_panel->model(), &QAbstractItemModel::headerDataChanged);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_panel.get(), &change);
    QCOMPARE(headers.count(), 1);
    QCOMPARE(combo->currentData().toString(), ActivityEntry::resend());
    QCOMPARE(m_panel->filter()->actionFilter(), ActivityEntry::resend());
    QCOMPARE(m_panel->table()->model()->rowCount(), 1);
    QCOMPARE(m_panel->windowTitle(), QStringLiteral("Activity"));
}

ROSTER_TEST_MAIN(TestActivityPanel)
#include "tst_activitypanel.moc"
