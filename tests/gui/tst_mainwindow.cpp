#include "EmptyState.h"
#include "FakeAccountApi.h"
#include "FilterBar.h"
#include "UsersTable.h"
#include "Banner.h"
#include "MainWindow.h"
#include "TestMain.h"

#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "domain/Role.h"
#include "items/UserFilter.h"
#include "session/AccountSession.h"
#include "items/UsersModel.h"
#include "store/UserCache.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

enum class State { Active, Pending, Expired, Deactivated };

User makeUser(qint64 id, const QString &email, const QString &name, const QString &lang, State state, bool twoFa,
              int roleId)
{
    User u;
    u.id = id;
    u.email = email;
    u.name = name;
    u.lang = lang;
    u.client = FakeAccountApi::ClientId;
    u.twoFa = twoFa;
    u.activated = state == State::Active || state == State::Deactivated;
    u.isActive = state != State::Deactivated;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (state == State::Pending)
        u.invitationSentAt = now.addSecs(-3600);
    else if (state == State::Expired)
        u.invitationSentAt = now.addDays(-3);
    ClientRoles roles;
    roles.clientId = FakeAccountApi::ClientId;
    roles.companyName = QStringLiteral("Test company");
    roles.userId = id;
    roles.roleIds = {roleId};
    u.clientAndRoles = {roles};
    return u;
}

// 20 users: 11 active, 5 pending, 2 expired, 2 deactivated; 9 with two-factor
// authentication; 3 administrators, 11 users, 4 engineers and one of each purge role; every
// one with a password but Bob, who signs in with GitHub; David with Google besides, Ivan with
// SSO besides (sso_auth).
QList<User> sampleUsers()
{
    using S = State;
    QList<User> users = {
        makeUser(42, QStringLiteral("alice.smith@example.com"), QStringLiteral("Alice Smith"), QStringLiteral("en"), S::Active, true, Role::Administrators),
        makeUser(420, QStringLiteral("bob.jones@example.com"), QStringLiteral("Bob Jones"), QStringLiteral("en"), S::Active, false, Role::Users),
        makeUser(4200, QStringLiteral("carol.white@example.com"), QStringLiteral("Carol White"), QStringLiteral("en"), S::Pending, false, Role::Users),
        makeUser(1042, QStringLiteral("david.brown@example.org"), QStringLiteral("David Brown"), QStringLiteral("en"), S::Active, true, Role::Engineers),
        makeUser(1001, QStringLiteral("juergen.mueller@beispiel.de"), QStringLiteral("Jürgen Müller"), QStringLiteral("de"), S::Active, true, Role::Administrators),
        makeUser(1002, QStringLiteral("anna.schmidt@beispiel.de"), QStringLiteral("Anna Schmidt"), QStringLiteral("de"), S::Pending, false, Role::Users),
        makeUser(1003, QStringLiteral("lukas.weiss@beispiel.de"), QStringLiteral("Lukas Weiß"), QStringLiteral("de"), S::Deactivated, false, Role::Users),
        makeUser(1004, QStringLiteral("sophie.becker@beispiel.de"), QStringLiteral("Sophie Becker"), QStringLiteral("de"), S::Expired, false, Role::Engineers),
        makeUser(1005, QStringLiteral("max.fischer@beispiel.de"), QStringLiteral("Max Fischer"), QStringLiteral("de"), S::Active, true, Role::PurgeAndPrefetchApi),
        makeUser(2001, QStringLiteral("wang.wei@example.cn"), QStringLiteral("王伟"), QStringLiteral("zh"), S::Active, true, Role::Users),
        makeUser(2002, QStringLiteral("li.na@example.cn"), QStringLiteral("李娜"), QStringLiteral("zh"), S::Pending, false, Role::Users),
        makeUser(2003, QStringLiteral("zhang.min@example.cn"), QStringLiteral("张敏"), QStringLiteral("zh"), S::Active, false, Role::Engineers),
        makeUser(2004, QStringLiteral("wang.fang@example.cn"), QStringLiteral("王芳"), QStringLiteral("zh"), S::Deactivated, true, Role::Users),
        makeUser(3001, QStringLiteral("ivan.petrov@example.ru"), QStringLiteral("Иван Петров"), QStringLiteral("ru"), S::Active, true, Role::Administrators),
        makeUser(3002, QStringLiteral("olga.ivanova@example.ru"), QStringLiteral("Ольга Иванова"), QStringLiteral("ru"), S::Pending, false, Role::Users),
        makeUser(3003, QStringLiteral("dmitry.sokolov@example.ru"), QStringLiteral("Дмитрий Соколов"), QStringLiteral("ru"), S::Expired, false, Role::Users),
        makeUser(3004, QStringLiteral("natalia.smirnova@example.ru"), QStringLiteral("Наталья Смирнова"), QStringLiteral("ru"), S::Active, true, Role::Engineers),
        makeUser(3005, QStringLiteral("sergey.kuznetsov@example.ru"), QStringLiteral("Сергей Кузнецов"), QStringLiteral("ru"), S::Active, false, Role::PurgeAndPrefetchApiWeb),
        makeUser(5001, QStringLiteral("eve.taylor@example.com"), QString(), QStringLiteral("en"), S::Pending, false, Role::Users),
        makeUser(5002, QStringLiteral("frank.miller@example.com"), QStringLiteral("Frank Miller"), QStringLiteral("en"), S::Active, true, Role::Users),
    };
    for (User &u : users)
        u.authTypes = {QStringLiteral("password")};
    users[1].authTypes = {QStringLiteral("github")};
    users[3].authTypes.append(QStringLiteral("google-oauth2"));
    users[13].ssoAuth = true;
    return users;
}

QStringList visibleEmails(const MainWindow &w)
{
    const QAbstractItemModel *model = w.tableView()->model();
    QStringList emails;
    for (int row = 0; row < model->rowCount(); ++row)
        emails.append(model->index(row, UsersModel::Email).data().toString());
    return emails;
}

QString comboText(const QComboBox *combo, int data)
{
    return combo->itemText(combo->findData(data));
}

// Types like a person: ASCII and other letters as key presses carrying their text (QTest's
// keyClicks() only knows ASCII), Chinese as an input method commits it.
void typeText(QWidget *widget, const QString &text)
{
    QString composed;
    const auto commit = [&] {
        if (composed.isEmpty())
            return;
        QInputMethodEvent event(QString(), {});
        event.setCommitString(composed);
        QCoreApplication::sendEvent(widget, &event);
        composed.clear();
    };
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han) {
            composed.append(c);
            continue;
        }
        commit();
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c),
                                c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier);
    }
    commit();
}

// For people reviewing the look: ROSTER_SCREENSHOTS=<folder> saves what the window shows.
void saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("ROSTER_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    window->resize(1180, 720); // the default size on a real screen; offscreen ones are small
    QCoreApplication::processEvents(); // pending layout requests, e.g. of the status bar
    if (!window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")))
        qWarning("Could not save the screenshot %s", qPrintable(name));
}

void clickHeader(QHeaderView *header, int section)
{
    const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_session.reset(); }

    void loads();
    void loadsInPages();
    void search_data();
    void search();
    void searchIsDebouncedAndEnterAppliesAtOnce();
    void statusBarCount();
    void ctrlFFocusesSearch();
    void downMovesFromSearchToTable();
    void comboCounts();
    void emptyStateClearsFilters();
    void emptyAccount();
    void loadFailureAndRetry();
    void cachedUsersThenRefresh();
    void offlineIsReadOnlyUntilTheServerAnswers();
    void sessionEndedAsksToSignInAgain();
    void accountSwitcher();
    void exportWritesWhatIsShown();
    void exportNeutralisesFormulas();
    void stopLoading();
    void sortByHeaderClick();
    void columnMenuShowsAndHidesColumns();
    void actsOnUserIdsNotRows();
    void settingsPersist();
    void tableIsFastOnLargeModels();
    void demoAccount();
    void windowIcon();

private:
    std::unique_ptr<MainWindow> loadedWindow(FakeAccountApi &api);

    std::unique_ptr<AccountSession> m_session; // of loadedWindow()
    void typeSearch(MainWindow &w, const QString &text);
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<MainWindow> TestMainWindow::loadedWindow(FakeAccountApi &api)
{
    api.users = sampleUsers();
    m_session = std::make_unique<AccountSession>(&api);
    auto w = std::make_unique<MainWindow>(m_session.get());
    QSignalSpy loaded(w.get(), &MainWindow::firstLoadFinished);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    if (loaded.count() == 0 && !loaded.wait())
        return nullptr;
    return w;
}

void TestMainWindow::typeSearch(MainWindow &w, const QString &text)
{
    w.searchField()->clear();
    typeText(w.searchField(), text);
}

void TestMainWindow::loads()
{
    FakeAccountApi api;
    api.users = sampleUsers();
    api.latencyMs = 50;
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    QSignalSpy loaded(&w, &MainWindow::firstLoadFinished);
    // The account once: the desktop adds " — Roster".
    QCOMPARE(w.windowTitle(), QStringLiteral("Test account"));
    QCOMPARE(w.accountLabel()->text(), QStringLiteral("Test account"));

    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Until the first page arrives, the table area says what is going on.
    QVERIFY(w.isShowingEmptyState());
    QCOMPARE(w.emptyState()->reason(), EmptyState::Reason::Loading);
    QCOMPARE(w.emptyState()->titleLabel()->text(), QStringLiteral("Loading users…"));
    QVERIFY(!w.emptyState()->actionButton()->isVisible());

    QVERIFY(loaded.wait());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(api.fetchUsersCalls, 1); // shown once, loaded once
    QCOMPARE(w.tableView()->model()->rowCount(), 20);
    QCOMPARE(w.tableView()->model(), static_cast<QAbstractItemModel *>(w.userFilter()));
    QCOMPARE(w.userFilter()->sourceModel(), static_cast<QAbstractItemModel *>(w.usersModel()));
    QVERIFY(!w.isShowingEmptyState());
    QVERIFY(w.refreshLabel()->text().startsWith(QStringLiteral("Last refresh: ")));

    // The table is set up for large models.
    const QTableView *table = w.tableView();
    QVERIFY(!table->verticalHeader()->isVisible());
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    for (int column = 0; column < UsersModel::ColumnCount; ++column)
        QCOMPARE(table->horizontalHeader()->sectionResizeMode(column), QHeaderView::Interactive);
    QVERIFY(table->horizontalHeader()->stretchLastSection());
    QVERIFY(table->isSortingEnabled());
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table->selectionMode(), QAbstractItemView::ExtendedSelection);
    QVERIFY(!table->wordWrap());

    // F5 loads again, without a second firstLoadFinished.
    QSignalSpy finished(w.session(), &AccountSession::loadFinished);
    w.refreshAction()->trigger();
    QVERIFY(w.refreshLabel()->text().startsWith(QStringLiteral("Refreshing…")));
    QVERIFY(finished.wait());
    QCOMPARE(api.fetchUsersCalls, 2);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(w.tableView()->model()->rowCount(), 20);
    QVERIFY(w.refreshAction()->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    // The key itself, from the table.
    w.tableView()->setFocus();
    QTest::keyClick(w.tableView(), Qt::Key_F5);
    QVERIFY(finished.wait());
    QCOMPARE(api.fetchUsersCalls, 3);

    saveScreenshot(&w, QStringLiteral("mainwindow"));
}

void TestMainWindow::loadsInPages()
{
    FakeAccountApi api;
    api.users = sampleUsers();
    api.pageSize = 6;
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    QSignalSpy loaded(&w, &MainWindow::firstLoadFinished);
    QSignalSpy progress(w.session(), &AccountSession::loadProgress);
    w.refresh();
    w.show(); // the refresh above is the only one
    QVERIFY(loaded.wait());
    QCOMPARE(api.fetchUsersCalls, 4);
    // The first page is shown at once; pages arriving quickly after it are applied together.
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.first().at(0).toInt(), 6);
    QCOMPARE(progress.last().at(0).toInt(), 20);
    QCOMPARE(progress.last().at(1).toInt(), 20);
    QCOMPARE(w.countLabel()->text(), QStringLiteral("Showing 20 of 20 users"));
}

void TestMainWindow::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QString>("status");

    // All digits: a user ID, the exact one first, then IDs that start with the digits.
    QTest::newRow("id prefix") << QStringLiteral("42")
                               << QStringList{QStringLiteral("alice.smith@example.com"),
                                              QStringLiteral("bob.jones@example.com"),
                                              QStringLiteral("carol.white@example.com")}
                               << QStringLiteral("Showing 3 of 20 users");
    QTest::newRow("id exact") << QStringLiteral("4200") << QStringList{QStringLiteral("carol.white@example.com")}
                              << QStringLiteral("Showing 1 of 20 users");
    QTest::newRow("id none") << QStringLiteral("99") << QStringList() << QStringLiteral("Showing 0 of 20 users");
    QTest::newRow("email part") << QStringLiteral("MILLER") << QStringList{QStringLiteral("frank.miller@example.com")}
                                << QStringLiteral("Showing 1 of 20 users");
    QTest::newRow("email domain") << QStringLiteral("example.cn")
                                  << QStringList{QStringLiteral("wang.wei@example.cn"), QStringLiteral("li.na@example.cn"),
                                                 QStringLiteral("zhang.min@example.cn"),
                                                 QStringLiteral("wang.fang@example.cn")}
                                  << QStringLiteral("Showing 4 of 20 users");
    QTest::newRow("german name") << QStringLiteral("müller")
                                 << QStringList{QStringLiteral("juergen.mueller@beispiel.de")}
                                 << QStringLiteral("Showing 1 of 20 users");
    QTest::newRow("german name, capitals") << QStringLiteral("MÜLLER")
                                           << QStringList{QStringLiteral("juergen.mueller@beispiel.de")}
                                           << QStringLiteral("Showing 1 of 20 users");
    QTest::newRow("cyrillic name") << QStringLiteral("ИВАН")
                                   << QStringList{QStringLiteral("ivan.petrov@example.ru"),
                                                  QStringLiteral("olga.ivanova@example.ru")}
                                   << QStringLiteral("Showing 2 of 20 users");
    QTest::newRow("cyrillic surname") << QStringLiteral("соколов")
                                      << QStringList{QStringLiteral("dmitry.sokolov@example.ru")}
                                      << QStringLiteral("Showing 1 of 20 users");
    QTest::newRow("chinese name") << QStringLiteral("王")
                                  << QStringList{QStringLiteral("wang.wei@example.cn"),
                                                 QStringLiteral("wang.fang@example.cn")}
                                  << QStringLiteral("Showing 2 of 20 users");
    QTest::newRow("chinese full name") << QStringLiteral("李娜") << QStringList{QStringLiteral("li.na@example.cn")}
                                       << QStringLiteral("Showing 1 of 20 users");
}

void TestMainWindow::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, emails);
    QFETCH(QString, status);

    FakeAccountApi api;
    const auto w = loadedWindow(api);
    QVERIFY(w);

    typeSearch(*w, text);
    QCOMPARE(w->searchField()->text(), text);
    QTRY_COMPARE(visibleEmails(*w), emails);
    QCOMPARE(w->countLabel()->text(), status);
    QCOMPARE(w->userFilter()->searchText(), text);
    QCOMPARE(w->isShowingEmptyState(), emails.isEmpty());
    if (emails.isEmpty()) {
        QCOMPARE(w->emptyState()->reason(), EmptyState::Reason::NoMatches);
        QCOMPARE(w->emptyState()->titleLabel()->text(), QStringLiteral("No users match the search “%1”.").arg(text));
    }

    // Emptying the field shows everyone again, without waiting.
    w->searchField()->clear();
    QCOMPARE(w->tableView()->model()->rowCount(), 20);
    QCOMPARE(w->countLabel()->text(), QStringLiteral("Showing 20 of 20 users"));
}

void TestMainWindow::searchIsDebouncedAndEnterAppliesAtOnce()
{
    FakeAccountApi api;
    const auto w = loadedWindow(api);
    QVERIFY(w);
    QSignalSpy changed(w->userFilter(), &UserFilter::filterChanged);

    QTest::keyClicks(w->searchField(), QStringLiteral("example.ru"));
    // Nothing is filtered while typing goes on: one pass once it pauses.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(w->tableView()->model()->rowCount(), 20);
    QTRY_COMPARE(w->tableView()->model()->rowCount(), 5);
    QCOMPARE(changed.count(), 1);

    w->searchField()->clear();
    QTest::keyClicks(w->searchField(), QStringLiteral("3001"));
    QCOMPARE(w->tableView()->model()->rowCount(), 20);
    QTest::keyClick(w->searchField(), Qt::Key_Return);
    QCOMPARE(w->tableView()->model()->rowCount(), 1);
    // Enter on a single result selects it.
    QCOMPARE(w->selectedUserIds(), QList<qint64>{3001});
}

void TestMainWindow::statusBarCount()
{
    FakeAccountApi api;
    const auto w = loadedWindow(api);
    QVERIFY(w);
    QCOMPARE(w->countLabel()->text(), QStringLiteral("Showing 20 of 20 users"));

    typeSearch(*w, QStringLiteral("beispiel.de"));
    QTRY_COMPARE(w->countLabel()->text(), QStringLiteral("Showing 5 of 20 users"));

    QComboBox *status = w->filterBar()->statusCombo();
    status->setCurrentIndex(status->findData(int(UserStatus::Active)));
    QCOMPARE(w->countLabel()->text(), QStringLiteral("Showing 2 of 20 users"));
    QCOMPARE(visibleEmails(*w),
             (QStringList{QStringLiteral("juergen.mueller@beispiel.de"), QStringLiteral("max.fischer@beispiel.de")}));

    // Numbers are written the way the locale writes them.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    FakeAccountApi many;
    for (int i = 0; i < 1234; ++i)
        many.users.append(makeUser(100000 + i, QStringLiteral("user%1@example.com").arg(i), QString(),
                                   QStringLiteral("en"), State::Active, false, Role::Users));
    AccountSession bigSession(&many);
    MainWindow big(&bigSession);
    QSignalSpy loaded(&big, &MainWindow::firstLoadFinished);
    big.refresh();
    QVERIFY(loaded.wait());
    QCOMPARE(big.countLabel()->text(), QStringLiteral("Showing 1.234 of 1.234 users"));
}

void TestMainWindow::ctrlFFocusesSearch()
{
    FakeAccountApi api;
    const auto w = loadedWindow(api);
    QVERIFY(w);
    QApplication::setActiveWindow(w.get());
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    // Focus starts in the search field: typing searches at once.
    QTRY_VERIFY(w->searchField()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("max"));
    QCOMPARE(w->searchField()->text(), QStringLiteral("max"));

    typeSearch(*w, QStringLiteral("example"));
    w->tableView()->setFocus();
    QTRY_VERIFY(w->tableView()->hasFocus());
    QVERIFY(!w->searchField()->hasFocus());

    QTest::keyClick(w->tableView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(w->searchField()->hasFocus());
    QCOMPARE(w->searchField()->selectedText(), QStringLiteral("example"));

    // Typing replaces the selected text.
    QTest::keyClicks(w->searchField(), QStringLiteral("1005"));
    QCOMPARE(w->searchField()->text(), QStringLiteral("1005"));
    QTRY_COMPARE(visibleEmails(*w), QStringList{QStringLiteral("max.fischer@beispiel.de")});
}

void TestMainWindow::downMovesFromSearchToTable()
{
    FakeAccountApi api;
    const auto w = loadedWindow(api);
    QVERIFY(w);
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));

    w->searchField()->setFocus();
    QTRY_VERIFY(w->searchField()->hasFocus());
    QTest::keyClicks(w->searchField(), QStringLiteral("example.ru"));
    QTest::keyClick(w->searchField(), Qt::Key_Down);
    QTRY_VERIFY(w->tableView()->hasFocus());
    QCOMPARE(w->tableView()->model()->rowCount(), 5);
    QCOMPARE(w->selectedUserIds(), QList<qint64>{3001});

    // Escape in the search field empties it and shows everyone at once.
    w->searchField()->setFocus();
    QTRY_VERIFY(w->searchField()->hasFocus());
    QTest::keyClick(w->searchField(), Qt::Key_Escape);
    QVERIFY(w->searchField()->text().isEmpty());
    QCOMPARE(w->tableView()->model()->rowCount(), 20);
    // The selected user stays selected, wherever the row went.
    QCOMPARE(w->selectedUserIds(), QList<qint64>{3001});
}

void TestMainWindow::comboCounts()
{
    FakeAccountApi api;
    const auto w = loadedWindow(api);
    QVERIFY(w);
    const FilterBar *bar = w->filterBar();
    const QComboBox *status = bar->statusCombo();
    const QComboBox *twoFactor = bar->twoFactorCombo();
    const QComboBox *role = bar->roleCombo();
    const QComboBox *signIn = bar->signInCombo();

    QCOMPARE(status->count(), 5);
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(status->itemText(0), QStringLiteral("All statuses (20)"));
    QCOMPARE(comboText(status, int(UserStatus::Active)), QStringLiteral("Active (11)"));
    QCOMPARE(comboText(status, int(UserStatus::Pending)), QStringLiteral("Pending invitation (5)"));
    QCOMPARE(comboText(status, int(UserStatus::Expired)), QStringLiteral("Invitation expired (2)"));
    QCOMPARE(comboText(status, int(UserStatus::Deactivated)), QStringLiteral("Deactivated (2)"));
    QCOMPARE(twoFactor->itemText(0), QStringLiteral("Any (20)"));
    QCOMPARE(comboText(twoFactor, int(UserFilter::TwoFactor::On)), QStringLiteral("On (9)"));
    QCOMPARE(comboText(twoFactor, int(UserFilter::TwoFactor::Off)), QStringLiteral("Off (11)"));
    QCOMPARE(role->count(), 1 + int(Role::all().size()));
    QCOMPARE(role->itemText(0), QStringLiteral("All roles (20)"));
    QCOMPARE(comboText(role, Role::Administrators), QStringLiteral("Administrators (3)"));
    QCOMPARE(comboText(role, Role::Users), QStringLiteral("Users (11)"));
    QCOMPARE(comboText(role, Role::Engineers), QStringLiteral("Engineers (4)"));
    QCOMPARE(signIn->count(), 1 + SignInMethodCount);
    QCOMPARE(signIn->itemText(0), QStringLiteral("Any sign-in method (20)"));
    QCOMPARE(comboText(signIn, int(SignInMethod::Password)), QStringLiteral("Password (19)"));
    QCOMPARE(comboText(signIn, int(SignInMethod::Sso)), QStringLiteral("SSO (1)"));
    QCOMPARE(comboText(signIn, int(SignInMethod::GitHub)), QStringLiteral("GitHub (1)"));
    QCOMPARE(comboText(signIn, int(SignInMethod::Google)), QStringLiteral("Google (1)"));
    QCOMPARE(signIn->accessibleName(), QStringLiteral("Sign-in method filter"));

    QVERIFY(!bar->clearButton()->isEnabled());
    for (const QWidget *control : {static_cast<const QWidget *>(w->searchField()), static_cast<const QWidget *>(status),
                                   static_cast<const QWidget *>(twoFactor), static_cast<const QWidget *>(role),
                                   static_cast<const QWidget *>(signIn), static_cast<const QWidget *>(bar->clearButton())})
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    QCOMPARE(w->searchField()->placeholderText(), QStringLiteral("Search by ID or email"));

    // The counts follow the search; the choices stay.
    typeSearch(*w, QStringLiteral("example.ru"));
    QTRY_COMPARE(comboText(status, int(UserStatus::Active)), QStringLiteral("Active (3)"));
    QCOMPARE(comboText(status, int(UserStatus::Pending)), QStringLiteral("Pending invitation (1)"));
    QCOMPARE(status->itemText(0), QStringLiteral("All statuses (5)"));
    QCOMPARE(status->currentIndex(), 0);
    QVERIFY(bar->clearButton()->isEnabled());

    // A status filter narrows the other facets but not its own.
    QComboBox *statusCombo = bar->statusCombo();
    statusCombo->setCurrentIndex(statusCombo->findData(int(UserStatus::Active)));
    QVERIFY(w->userFilter()->statusFilter() == std::optional<UserStatus>(UserStatus::Active));
    QCOMPARE(status->currentText(), QStringLiteral("Active (3)"));
    QCOMPARE(twoFactor->itemText(0), QStringLiteral("Any (3)"));
    QCOMPARE(comboText(twoFactor, int(UserFilter::TwoFactor::On)), QStringLiteral("On (2)"));

    QComboBox *twoFactorCombo = bar->twoFactorCombo();
    twoFactorCombo->setCurrentIndex(twoFactorCombo->findData(int(UserFilter::TwoFactor::On)));
    QVERIFY(w->userFilter()->twoFactorFilter() == UserFilter::TwoFactor::On);
    QCOMPARE(visibleEmails(*w),
             (QStringList{QStringLiteral("ivan.petrov@example.ru"), QStringLiteral("natalia.smirnova@example.ru")}));

    QComboBox *roleCombo = bar->roleCombo();
    roleCombo->setCurrentIndex(roleCombo->findData(Role::Engineers));
    QCOMPARE(w->userFilter()->roleFilter(), int(Role::Engineers));
    QCOMPARE(visibleEmails(*w), QStringList{QStringLiteral("natalia.smirnova@example.ru")});
    QCOMPARE(w->countLabel()->text(), QStringLiteral("Showing 1 of 20 users"));
    QCOMPARE(comboText(signIn, int(SignInMethod::Password)), QStringLiteral("Password (1)"));
    QCOMPARE(comboText(signIn, int(SignInMethod::Google)), QStringLiteral("Google (0)"));

    QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
    QCOMPARE(w->tableView()->model()->rowCount(), 20);

    // A sign-in method shows the users who have it; the other facets follow.
    QComboBox *signInCombo = bar->signInCombo();
    signInCombo->setCurrentIndex(signInCombo->findData(int(SignInMethod::GitHub)));
    QVERIFY(w->userFilter()->signInMethodFilter() == std::optional<SignInMethod>(SignInMethod::GitHub));
    QCOMPARE(visibleEmails(*w), QStringList{QStringLiteral("bob.jones@example.com")});
    QCOMPARE(status->itemText(0), QStringLiteral("All statuses (1)"));
    QCOMPARE(w->tableView()->model()->index(0, UsersModel::SignInColumn).data().toString(), QStringLiteral("GitHub"));
    QVERIFY(bar->clearButton()->isEnabled());
    signInCombo->setCurrentIndex(signInCombo->findData(int(SignInMethod::Sso)));
    QCOMPARE(visibleEmails(*w), QStringList{QStringLiteral("ivan.petrov@example.ru")});
    QCOMPARE(w->tableView()->model()->index(0, UsersModel::SignInColumn).data().toString(), QStringLiteral("Password, SSO"));

    QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
    QCOMPARE(w->tableView()->model()->rowCount(), 20);
    QVERIFY(w->searchField()->text().isEmpty());
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(twoFactor->currentIndex(), 0);
    QCOMPARE(role->currentIndex(), 0);
    QCOMPARE(signIn->currentIndex(), 0);
    QVERIFY(!w->userFilter()->signInMethodFilter().has_value());
    QVERIFY(!bar->clearButton()->isEnabled());

    // Nobody matches: the empty state offers to clear the sign-in method too.
    signInCombo->setCurrentIndex(signInCombo->findData(int(SignInMethod::Google)));
    typeSearch(*w, QStringLiteral("example.ru"));
    QTRY_VERIFY(w->isShowingEmptyState());
    QCOMPARE(w->emptyState()->titleLabel()->text(), QStringLiteral("No users match the search “example.ru” and filters."));
    QTest::mouseClick(w->emptyState()->actionButton(), Qt::LeftButton);
    QCOMPARE(w->tableView()->model()->rowCount(), 20);
    QCOMPARE(signIn->currentIndex(), 0);
}

void TestMainWindow::emptyStateClearsFilters()
{
    FakeAccountApi api;
    const auto w = loadedWindow(api);
    QVERIFY(w);
    QComboBox *status = w->filterBar()->statusCombo();
    status->setCurrentIndex(status->findData(int(UserStatus::Deactivated)));
    QCOMPARE(w->tableView()->model()->rowCount(), 2);
    QVERIFY(!w->isShowingEmptyState());

    typeSearch(*w, QStringLiteral("miller"));
    QTRY_VERIFY(w->isShowingEmptyState());
    QCOMPARE(w->countLabel()->text(), QStringLiteral("Showing 0 of 20 users"));
    const EmptyState *empty = w->emptyState();
    QCOMPARE(empty->reason(), EmptyState::Reason::NoMatches);
    QCOMPARE(empty->titleLabel()->text(), QStringLiteral("No users match the search “miller” and filters."));
    QVERIFY(empty->isVisible());
    QVERIFY(!w->tableView()->isVisible());
    QPushButton *clear = empty->actionButton();
    QVERIFY(clear->isVisible());
    QCOMPARE(clear->text(), QStringLiteral("Clear filters"));

    saveScreenshot(w.get(), QStringLiteral("mainwindow-empty"));

    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!w->isShowingEmptyState());
    QVERIFY(w->tableView()->isVisible());
    QCOMPARE(w->tableView()->model()->rowCount(), 20);
    QVERIFY(w->searchField()->text().isEmpty());
    QCOMPARE(status->currentIndex(), 0);
    QVERIFY(!w->userFilter()->isFiltered());
    QCOMPARE(w->countLabel()->text(), QStringLiteral("Showing 20 of 20 users"));

    // Filters alone say so without quoting a search.
    status->setCurrentIndex(status->findData(int(UserStatus::Expired)));
    w->filterBar()->twoFactorCombo()->setCurrentIndex(
        w->filterBar()->twoFactorCombo()->findData(int(UserFilter::TwoFactor::On)));
    QVERIFY(w->isShowingEmptyState());
    QCOMPARE(empty->titleLabel()->text(), QStringLiteral("No users match the filters."));
}

void TestMainWindow::emptyAccount()
{
    FakeAccountApi api;
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    QSignalSpy loaded(&w, &MainWindow::firstLoadFinished);
    w.show();
    QVERIFY(loaded.wait());
    QVERIFY(w.isShowingEmptyState());
    QCOMPARE(w.emptyState()->reason(), EmptyState::Reason::NoUsers);
    QCOMPARE(w.emptyState()->titleLabel()->text(), QStringLiteral("This account has no users yet."));
    QCOMPARE(w.countLabel()->text(), QStringLiteral("Showing 0 of 0 users"));

    // Someone was invited meanwhile: the empty state's Refresh finds them.
    api.users = sampleUsers().mid(0, 1);
    QTest::mouseClick(w.emptyState()->actionButton(), Qt::LeftButton);
    QTRY_VERIFY(!w.isShowingEmptyState());
    QCOMPARE(visibleEmails(w), QStringList{QStringLiteral("alice.smith@example.com")});
    QCOMPARE(w.countLabel()->text(), QStringLiteral("Showing 1 of 1 users"));
}

void TestMainWindow::loadFailureAndRetry()
{
    FakeAccountApi api;
    api.users = sampleUsers();
    api.failure = QStringLiteral("The account server cannot be reached.");
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    QSignalSpy loaded(&w, &MainWindow::firstLoadFinished);
    QSignalSpy failed(w.session(), &AccountSession::loadFailed);
    w.show();
    QVERIFY(failed.wait());
    QCOMPARE(loaded.count(), 0);
    QVERIFY(w.isShowingEmptyState());
    QCOMPARE(w.emptyState()->reason(), EmptyState::Reason::LoadFailed);
    QCOMPARE(w.emptyState()->messageLabel()->text(), api.failure);
    QCOMPARE(w.refreshLabel()->text(), QStringLiteral("Refresh failed: ") + api.failure);
    QPushButton *retry = w.emptyState()->actionButton();
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), QStringLiteral("Retry"));

    saveScreenshot(&w, QStringLiteral("mainwindow-error"));

    api.failure.clear();
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(loaded.wait());
    QVERIFY(!w.isShowingEmptyState());
    QCOMPARE(w.tableView()->model()->rowCount(), 20);
    QVERIFY(w.refreshLabel()->text().startsWith(QStringLiteral("Last refresh: ")));

    // A later failure keeps the rows and says so in the status bar.
    api.failure = QStringLiteral("Too many requests.");
    w.refresh();
    QVERIFY(failed.wait());
    QVERIFY(!w.isShowingEmptyState());
    QCOMPARE(w.tableView()->model()->rowCount(), 20);
    QCOMPARE(w.refreshLabel()->text(), QStringLiteral("Refresh failed: Too many requests."));
}

void TestMainWindow::cachedUsersThenRefresh()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    UserCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(cache.open().ok());
    const QList<User> cached = sampleUsers();
    QVERIFY(cache.replaceUsers(cached, QDateTime::currentDateTimeUtc().addSecs(-25 * 60)).ok());

    FakeAccountApi first;
    first.users = sampleUsers().mid(0, 3);
    AccountSession wSession(&first);
    MainWindow w(&wSession);
    QSignalSpy loaded(&w, &MainWindow::firstLoadFinished);
    w.show();
    QVERIFY(loaded.wait());
    QCOMPARE(w.usersModel()->rowCount(), 3);

    // Another account: its saved users are on screen before the server has answered.
    FakeAccountApi second;
    second.latencyMs = 50;
    second.users = sampleUsers().mid(0, 5);
    AccountSession secondSession(&second, &cache);
    QSignalSpy finished(&secondSession, &AccountSession::loadFinished);
    w.setSession(&secondSession);
    secondSession.start();
    QCOMPARE(w.session()->api(), &second);
    QCOMPARE(w.usersModel()->rowCount(), int(cached.size()));
    QVERIFY(!w.isShowingEmptyState());
    QCOMPARE(w.refreshLabel()->text(), QStringLiteral("Saved list from 25 min ago · refreshing…"));
    QCOMPARE(w.accountLabel()->text(), QStringLiteral("Test account"));

    QVERIFY(finished.wait());
    QCOMPARE(w.usersModel()->rowCount(), 5); // the server's list replaces the saved one
    QVERIFY(w.refreshLabel()->text().startsWith(QStringLiteral("Last refresh: ")));
    w.session()->flushCache(); // written on the cache's own thread
    QCOMPARE(cache.users().value().size(), 5); // and is saved for next time
    QCOMPARE(first.fetchUsersCalls, 1); // the first account is not asked again
}

void TestMainWindow::offlineIsReadOnlyUntilTheServerAnswers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    UserCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(cache.open().ok());
    QVERIFY(cache.replaceUsers(sampleUsers(), QDateTime::currentDateTimeUtc().addSecs(-3 * 60)).ok());

    FakeAccountApi api;
    api.users = sampleUsers();
    api.failure = QStringLiteral("The account server cannot be reached.");
    api.failureKind = ApiError::Kind::Network;
    AccountSession wSession(&api, &cache);
    MainWindow w(&wSession);
    wSession.setOfflineRetryInterval(30);
    QSignalSpy failed(w.session(), &AccountSession::loadFailed);
    QSignalSpy readOnly(&wSession, &AccountSession::readOnlyChanged);
    wSession.start();
    w.show();
    QVERIFY(failed.wait());

    // The saved users stay, searchable; the banner says since when and that changes wait.
    QVERIFY(!w.isShowingEmptyState());
    QCOMPARE(w.usersModel()->rowCount(), int(sampleUsers().size()));
    QVERIFY(w.isReadOnly());
    QCOMPARE(readOnly.count(), 1);
    QVERIFY(w.session()->offlineSince().isValid());
    QVERIFY(w.banner()->isVisible());
    QCOMPARE(w.banner()->level(), Banner::Level::Warning);
    const QString since = QLocale().toString(w.session()->offlineSince().toLocalTime().time(), QLocale::ShortFormat);
    QCOMPARE(w.banner()->text(),
             QStringLiteral("Offline since %1. Showing the users as of 3 min ago; changes are disabled until Roster "
                            "reaches the server again.")
                 .arg(since));
    QCOMPARE(w.refreshLabel()->text(), QStringLiteral("Offline since ") + since);
    saveScreenshot(&w, QStringLiteral("mainwindow-offline"));
    QVERIFY(w.readOnlyReason().contains(QStringLiteral("offline")));
    typeSearch(w, QStringLiteral("alice.smith"));
    QTRY_COMPARE(visibleEmails(w), QStringList{QStringLiteral("alice.smith@example.com")});

    // Still unreachable on the automatic retry: still offline since the first failure.
    const QDateTime firstSince = w.session()->offlineSince();
    const int calls = api.fetchUsersCalls;
    QTRY_VERIFY(api.fetchUsersCalls > calls);
    QTRY_VERIFY(!w.session()->isLoading());
    QVERIFY(w.isReadOnly());
    QCOMPARE(w.session()->offlineSince(), firstSince);

    // The network is back: the next automatic retry succeeds and everything is enabled again.
    api.failure.clear();
    QTRY_VERIFY(!w.isReadOnly());
    QCOMPARE(readOnly.count(), 2);
    QVERIFY(!w.session()->offlineSince().isValid());
    QVERIFY(w.banner()->isHidden());
    QVERIFY(w.refreshLabel()->text().startsWith(QStringLiteral("Last refresh: ")));

    // The banner's Try Again button asks at once.
    api.failure = QStringLiteral("down again");
    wSession.setOfflineRetryInterval(60 * 60 * 1000);
    w.refresh();
    QVERIFY(failed.wait());
    QVERIFY(w.isReadOnly());
    QCOMPARE(w.banner()->buttons().size(), 1);
    api.failure.clear();
    QSignalSpy finished(w.session(), &AccountSession::loadFinished);
    QTest::mouseClick(w.banner()->buttons().constFirst(), Qt::LeftButton);
    QVERIFY(finished.wait());
    QVERIFY(!w.isReadOnly());
}

void TestMainWindow::sessionEndedAsksToSignInAgain()
{
    FakeAccountApi api;
    api.users = sampleUsers();
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    QSignalSpy loaded(&w, &MainWindow::firstLoadFinished);
    w.show();
    QVERIFY(loaded.wait());

    api.failure = QStringLiteral("The token is not valid.");
    api.failureKind = ApiError::Kind::Unauthorized;
    QSignalSpy failed(w.session(), &AccountSession::loadFailed);
    w.refresh();
    QVERIFY(failed.wait());
    QVERIFY(w.isReadOnly());
    QVERIFY(!w.session()->offlineSince().isValid());
    QCOMPARE(w.banner()->level(), Banner::Level::Error);
    QVERIFY(w.banner()->text().contains(api.failure));
    QCOMPARE(w.usersModel()->rowCount(), int(sampleUsers().size()));
    QCOMPARE(w.banner()->buttons().size(), 1);
    QSignalSpy signInAgain(w.session(), &AccountSession::signInRequested);
    QTest::mouseClick(w.banner()->buttons().constFirst(), Qt::LeftButton);
    QCOMPARE(signInAgain.count(), 1);
}

void TestMainWindow::accountSwitcher()
{
    FakeAccountApi api;
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    w.show();
    QToolButton *button = w.accountButton();
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Demo account"));
    QVERIFY(!w.signOutAction()->isEnabled()); // nothing to sign out of in the demo

    w.setAccountList({QStringLiteral("Lab"), QStringLiteral("Work")}, QStringLiteral("Work"));
    QCOMPARE(button->text(), QStringLiteral("Work"));
    QVERIFY(w.signOutAction()->isEnabled());
    QMenu *menu = button->menu();
    QStringList texts;
    QString checked;
    for (QAction *action : menu->actions()) {
        texts.append(action->text());
        if (action->isChecked())
            checked = action->text();
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("Lab"), QStringLiteral("Work"), QStringLiteral("&Demo account"),
                                 QString(), QStringLiteral("&Add Account…"), QStringLiteral("Sign &Out")}));
    QCOMPARE(checked, QStringLiteral("Work"));

    QSignalSpy requested(&w, &MainWindow::accountRequested);
    QSignalSpy add(&w, &MainWindow::addAccountRequested);
    QSignalSpy signOut(&w, &MainWindow::signOutRequested);
    menu->actions().at(0)->trigger();
    menu->actions().at(2)->trigger();
    menu->actions().at(4)->trigger();
    menu->actions().at(5)->trigger();
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("Lab"));
    QCOMPARE(requested.at(1).at(0).toString(), QString()); // the demo account
    QCOMPARE(add.count(), 1);
    QCOMPARE(signOut.count(), 1);
}

void TestMainWindow::exportWritesWhatIsShown()
{
    FakeAccountApi api;
    api.users = sampleUsers();
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    QSignalSpy loaded(&w, &MainWindow::firstLoadFinished);
    w.show();
    QVERIFY(loaded.wait());
    // Only the pending users, sorted by email descending; Language hidden, Email moved first.
    FilterBar *bar = w.filterBar();
    bar->statusCombo()->setCurrentIndex(bar->statusCombo()->findData(int(UserStatus::Pending)));
    QHeaderView *header = w.tableView()->horizontalHeader();
    header->setSortIndicator(UsersModel::Email, Qt::DescendingOrder);
    header->setSectionHidden(UsersModel::Language, true);
    header->moveSection(header->visualIndex(UsersModel::Email), 0);
    const QStringList shown = visibleEmails(w);
    QVERIFY(shown.size() >= 3);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto &[locale, separator] : {std::pair{QLocale(QLocale::English, QLocale::UnitedStates), ','},
                                            std::pair{QLocale(QLocale::German, QLocale::Germany), ';'}}) {
        QLocale::setDefault(locale);
        const QString path = dir.filePath(QStringLiteral("users-%1.csv").arg(locale.name()));
        QString error;
        QVERIFY2(w.exportShown(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets read it as UTF-8
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), shown.size() + 1);
        const QStringList head = lines.first().split(QLatin1Char(separator));
        QCOMPARE(head.first(), QStringLiteral("Email"));
        QVERIFY(!head.contains(QStringLiteral("Language")));
        QCOMPARE(head.size(), UsersModel::ColumnCount - 1);
        for (int i = 0; i < shown.size(); ++i)
            QCOMPARE(lines.at(i + 1).section(QLatin1Char(separator), 0, 0), shown.at(i));
    }
    QVERIFY(!w.exportShown(dir.filePath(QStringLiteral("missing/folder/x.csv")), nullptr));
}

void TestMainWindow::exportNeutralisesFormulas()
{
    FakeAccountApi api;
    api.users = sampleUsers();
    api.users.append(makeUser(6001, QStringLiteral("mallory@example.com"), QStringLiteral("=HYPERLINK(\"http://evil.example\")"),
                              QStringLiteral("en"), State::Pending, false, Role::Users));
    api.users.append(makeUser(6002, QStringLiteral("trent@example.com"), QStringLiteral("-1+2"), QStringLiteral("en"),
                              State::Pending, false, Role::Users));
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    QSignalSpy loaded(&w, &MainWindow::firstLoadFinished);
    w.show();
    QVERIFY(loaded.wait());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QString error;
    QVERIFY2(w.exportShown(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll().mid(3));
    QVERIFY2(text.contains(QStringLiteral("6001,\"'=HYPERLINK(\"\"http://evil.example\"\")\",mallory@example.com,")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("6002,'-1+2,trent@example.com,")));
}

void TestMainWindow::stopLoading()
{
    FakeAccountApi api;
    api.users = sampleUsers();
    api.latencyMs = 60 * 1000; // answers only if nobody stops it
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    QVERIFY(!w.stopAction()->isEnabled());
    w.show();
    QTRY_VERIFY(w.session()->isLoading());
    QVERIFY(w.stopAction()->isEnabled());
    w.stopAction()->trigger();
    QVERIFY(!w.session()->isLoading());
    QVERIFY(!w.stopAction()->isEnabled());
    QCOMPARE(w.refreshLabel()->text(), QStringLiteral("Refresh stopped: the list may be incomplete"));
    QVERIFY(w.isShowingEmptyState());
    QCOMPARE(w.emptyState()->reason(), EmptyState::Reason::LoadFailed);

    // Retry loads them.
    api.latencyMs = 0;
    QSignalSpy finished(w.session(), &AccountSession::loadFinished);
    QTest::mouseClick(w.emptyState()->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(w.usersModel()->rowCount(), int(sampleUsers().size()));
    QVERIFY(w.refreshLabel()->text().startsWith(QStringLiteral("Last refresh")));
}

void TestMainWindow::sortByHeaderClick()
{
    FakeAccountApi api;
    const auto w = loadedWindow(api);
    QVERIFY(w);
    QHeaderView *header = w->tableView()->horizontalHeader();
    const QAbstractItemModel *model = w->tableView()->model();

    // By ID at first.
    QCOMPARE(header->sortIndicatorSection(), int(UsersModel::Id));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(model->index(0, UsersModel::Id).data().toString(), QStringLiteral("42"));
    QCOMPARE(model->index(19, UsersModel::Id).data().toString(), QStringLiteral("5002"));

    clickHeader(header, UsersModel::Email);
    QCOMPARE(header->sortIndicatorSection(), int(UsersModel::Email));
    QCOMPARE(w->userFilter()->sortColumn(), int(UsersModel::Email));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QStringList emails = visibleEmails(*w);
    QCOMPARE(emails.first(), QStringLiteral("alice.smith@example.com"));
    QCOMPARE(emails.last(), QStringLiteral("zhang.min@example.cn"));
    QStringList sorted = emails;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(emails, sorted);

    clickHeader(header, UsersModel::Email);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    emails = visibleEmails(*w);
    QCOMPARE(emails.first(), QStringLiteral("zhang.min@example.cn"));
    QCOMPARE(emails.last(), QStringLiteral("alice.smith@example.com"));

    // The sort holds while filtering.
    typeSearch(*w, QStringLiteral("example.com"));
    QTRY_COMPARE(visibleEmails(*w),
                 (QStringList{QStringLiteral("frank.miller@example.com"), QStringLiteral("eve.taylor@example.com"),
                              QStringLiteral("carol.white@example.com"), QStringLiteral("bob.jones@example.com"),
                              QStringLiteral("alice.smith@example.com")}));
}

void TestMainWindow::columnMenuShowsAndHidesColumns()
{
    FakeAccountApi api;
    const auto w = loadedWindow(api);
    QVERIFY(w);
    QHeaderView *header = w->tableView()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(UsersModel::SignInColumn));
    QVERIFY(header->sectionSize(UsersModel::SignInColumn) > 0);
    const auto openMenu = [&]() -> QMenu * {
        emit header->customContextMenuRequested(QPoint(5, 5));
        const QList<QMenu *> menus = w->tableView()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
        return menus.isEmpty() ? nullptr : menus.last();
    };
    QMenu *menu = openMenu();
    QVERIFY(menu);
    // Every column, by its title, checked while shown; then the reset.
    QStringList titles;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator() && action->isCheckable()) {
            titles.append(action->text());
            QVERIFY(action->isChecked());
        }
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Role"),
                                  QStringLiteral("Status"), QStringLiteral("Two-factor authentication"),
                                  QStringLiteral("Language"), QStringLiteral("Sign-in method")}));
    QAction *signIn = menu->actions().at(UsersModel::SignInColumn);
    signIn->toggle();
    QVERIFY(header->isSectionHidden(UsersModel::SignInColumn));
    menu->close();
    QTRY_VERIFY(w->tableView()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly).isEmpty());
    // Hidden, it is left out of an export.
    QVERIFY(!static_cast<UsersTable *>(w->tableView())->shownColumns().contains(UsersModel::SignInColumn));

    menu = openMenu();
    QVERIFY(menu);
    QVERIFY(!menu->actions().at(UsersModel::SignInColumn)->isChecked());
    menu->actions().at(UsersModel::SignInColumn)->toggle();
    QVERIFY(!header->isSectionHidden(UsersModel::SignInColumn));
    menu->close();

    // Sorting by it: by the methods as listed, Bob (GitHub alone) last.
    clickHeader(header, UsersModel::SignInColumn);
    QCOMPARE(w->userFilter()->sortColumn(), int(UsersModel::SignInColumn));
    QCOMPARE(visibleEmails(*w).last(), QStringLiteral("bob.jones@example.com"));
    clickHeader(header, UsersModel::SignInColumn);
    QCOMPARE(visibleEmails(*w).first(), QStringLiteral("bob.jones@example.com"));
}

void TestMainWindow::actsOnUserIdsNotRows()
{
    FakeAccountApi api;
    const auto w = loadedWindow(api);
    QVERIFY(w);
    w->tableView()->sortByColumn(UsersModel::Email, Qt::DescendingOrder);
    w->tableView()->selectRow(0);
    QCOMPARE(w->currentUserId(), qint64(2003)); // zhang.min@example.cn
    QCOMPARE(w->selectedUserIds(), QList<qint64>{2003});

    typeSearch(*w, QStringLiteral("example.ru"));
    QTRY_COMPARE(w->tableView()->model()->rowCount(), 5);
    w->tableView()->selectRow(1);
    QCOMPARE(w->selectedUserIds(), QList<qint64>{3002}); // olga.ivanova, second in descending order
}

void TestMainWindow::settingsPersist()
{
    FakeAccountApi api;
    {
        const auto w = loadedWindow(api);
        QVERIFY(w);
        QHeaderView *header = w->tableView()->horizontalHeader();
        QVERIFY(header->sectionSize(UsersModel::Email) != 333);
        header->resizeSection(UsersModel::Email, 333);
        header->moveSection(header->visualIndex(UsersModel::Language), 0);
        header->setSectionHidden(UsersModel::Id, true);
        clickHeader(header, UsersModel::Name);
        QCOMPARE(w->userFilter()->sortColumn(), int(UsersModel::Name));
        w->resize(1024, 600);
        QVERIFY(w->close());
    }
    const QSettings settings;
    QVERIFY(settings.contains(MainWindow::geometryKey()));
    QVERIFY(settings.contains(MainWindow::stateKey()));
    QVERIFY(settings.contains(MainWindow::headerKey()));
    QCOMPARE(MainWindow::headerKey(), QStringLiteral("mainWindow/header"));

    const auto w = loadedWindow(api);
    QVERIFY(w);
    QHeaderView *header = w->tableView()->horizontalHeader();
    QCOMPARE(header->sectionSize(UsersModel::Email), 333);
    QCOMPARE(header->visualIndex(UsersModel::Language), 0);
    QVERIFY(header->isSectionHidden(UsersModel::Id));
    QCOMPARE(header->sortIndicatorSection(), int(UsersModel::Name));
    // The restored sort is applied, not only drawn.
    QCOMPARE(w->userFilter()->sortColumn(), int(UsersModel::Name));
    QCOMPARE(w->size(), QSize(1024, 600));
    QCOMPARE(header->sectionResizeMode(UsersModel::Email), QHeaderView::Interactive);
}

void TestMainWindow::tableIsFastOnLargeModels()
{
    // 200,000 users: loading, typing and clearing must not measure every row.
    FakeAccountApi api;
    api.users.reserve(200000);
    for (int i = 0; i < 200000; ++i)
        api.users.append(makeUser(1000000 + i, QStringLiteral("person%1@example.com").arg(i), QString(),
                                  QStringLiteral("en"), i % 7 == 0 ? State::Pending : State::Active, i % 3 == 0,
                                  Role::Users));
    api.pageSize = 50000;
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    QSignalSpy loaded(&w, &MainWindow::firstLoadFinished);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(loaded.wait(60000));
    QCOMPARE(w.countLabel()->text(), QStringLiteral("Showing 200,000 of 200,000 users"));

    typeSearch(w, QStringLiteral("person19999"));
    QTRY_COMPARE(w.tableView()->model()->rowCount(), 11);
    QComboBox *status = w.filterBar()->statusCombo();
    status->setCurrentIndex(status->findData(int(UserStatus::Pending)));
    w.filterBar()->clearFilters();
    QCOMPARE(w.tableView()->model()->rowCount(), 200000);
}

void TestMainWindow::windowIcon()
{
    // The icon comes from the resources and is drawn by the SVG plugin deps.sh installs.
    FakeAccountApi api;
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    const QPixmap pixmap = w.windowIcon().pixmap(QSize(48, 48));
    QVERIFY(!pixmap.isNull());
    const QImage image = pixmap.toImage();
    QCOMPARE(image.size(), QSize(48, 48));
    // The middle of the icon is the blue tile, not transparency.
    QVERIFY(qAlpha(image.pixel(24, 40)) > 200);
}

void TestMainWindow::demoAccount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoAccount account(dir.filePath(QStringLiteral("demo.sqlite")));
    const Result<Done> opened = account.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    const Result<UserPage> all = account.listUsers(0, 0);
    QVERIFY(all.ok());
    const QList<User> users = all.value().users;
    QVERIFY(users.size() > 20);

    DemoAccountApi api(&account);
    api.setLatency(0);
    AccountSession wSession(&api);
    MainWindow w(&wSession);
    QSignalSpy loaded(&w, &MainWindow::firstLoadFinished);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(loaded.wait());
    const QString total = QLocale().toString(users.size());
    QCOMPARE(w.tableView()->model()->rowCount(), int(users.size()));
    QCOMPARE(w.countLabel()->text(), QStringLiteral("Showing %1 of %1 users").arg(total));
    QCOMPARE(w.accountLabel()->text(), api.displayName());
    QCOMPARE(w.windowTitle(), api.displayName());

    const auto expectedEmails = [&users](const QString &text) {
        QStringList emails;
        for (const User &u : users) {
            if (u.email.contains(text, Qt::CaseInsensitive) || u.name.contains(text, Qt::CaseInsensitive))
                emails.append(u.email);
        }
        emails.sort();
        return emails;
    };
    const auto shownEmails = [&w] {
        QStringList emails = visibleEmails(w);
        emails.sort();
        return emails;
    };

    // A Russian and a Chinese name from the demo, searched by part of the name.
    for (const QString &lang : {QStringLiteral("ru"), QStringLiteral("zh")}) {
        const auto it = std::find_if(users.cbegin(), users.cend(), [&lang](const User &u) {
            return u.lang == lang && !u.name.isEmpty() && u.name.at(0).unicode() >= 0x400;
        });
        QVERIFY2(it != users.cend(), qPrintable(lang));
        const QString part = lang == QLatin1String("zh") ? it->name.left(1) : it->name.section(QLatin1Char(' '), 0, 0);
        typeSearch(w, part);
        const QStringList expected = expectedEmails(part);
        QVERIFY(expected.contains(it->email));
        QTRY_COMPARE(shownEmails(), expected);
        QCOMPARE(w.countLabel()->text(),
                 QStringLiteral("Showing %1 of %2 users").arg(QLocale().toString(expected.size()), total));
    }

    // A user ID: that user first.
    const User &someone = users.at(users.size() / 2);
    typeSearch(w, QString::number(someone.id));
    QTRY_VERIFY(w.tableView()->model()->rowCount() >= 1
                && w.tableView()->model()->rowCount() < users.size());
    QCOMPARE(w.tableView()->model()->index(0, UsersModel::Email).data().toString(), someone.email);

    // The pending count of the status filter agrees with the account.
    w.filterBar()->clearFilters();
    const QDateTime now = w.usersModel()->referenceTime();
    const auto pending = std::count_if(users.cbegin(), users.cend(),
                                       [&now](const User &u) { return u.status(now) == UserStatus::Pending; });
    QVERIFY(pending > 0);
    QCOMPARE(comboText(w.filterBar()->statusCombo(), int(UserStatus::Pending)),
             QStringLiteral("Pending invitation (%1)").arg(pending));

    saveScreenshot(&w, QStringLiteral("mainwindow-demo"));
}

ROSTER_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
