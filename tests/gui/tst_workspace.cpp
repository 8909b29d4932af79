// Whole sessions of the application against the account simulator: signing in through the
// dialog, the secret in the real system keychain, the cache on the next start, offline, a
// password session whose refresh tokens rotate, signing out. The last test looks for every
// secret of those sessions in every file under the throwaway home and in the log output.
#include "AccountSwitcher.h"
#include "Banner.h"
#include "MainWindow.h"
#include "RemoveEverywhereDialog.h"
#include "ResultCatcher.h"
#include "SignInDialog.h"
#include "SimulatorFixture.h"
#include "TestIsolation.h"
#include "UserActions.h"
#include "Workspace.h"

#include "api/GcoreAccountApi.h"
#include "demo/DemoAccount.h"
#include "demo/DemoSeed.h"
#include "domain/Role.h"
#include "store/ProfileStore.h"
#include "session/AccountSession.h"
#include "session/RemovalEverywhere.h"
#include "items/UsersModel.h"
#include "store/ActivityLog.h"
#include "store/CredentialStore.h"
#include "store/UserCache.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QToolButton>

#include <memory>
#include <optional>

namespace {

constexpr int SimulatorUsers = 500;

// The throwaway home of this test: settings, caches, the demo account, anything else.
QString homePath;

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

// Keeps every message, of every category and level, for the leak check; passes on warnings.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestWorkspace : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void tokenSignInThroughTheDialog();
    void nextStartShowsTheCacheAtOnce();
    void offlineUntilTheServerAnswers();
    void passwordSessionKeepsTheNewestRefreshToken();
    void missingSecretAsksToSignIn();
    void signOutRemovesSecretAndCache();
    void switchingAccounts();
    void passwordSignInReachesEveryAccount();
    void demoReachesItsLinkedAccounts();
    void noSecretInAnyFileOrLog();

private:
    struct App
    {
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<MainWindow> window;
    };
    // Starts the application as main() does: the last profile, or the demo account.
    App start(bool demo = false);
    SignInDialog *openDialogFromBanner(App &app);
    void signInWithToken(App &app, const QString &name, const QString &token);
    void signInWithPassword(App &app, const QString &name, const QString &email, const QString &password);
    std::optional<Result<QString>> readSecret(const QString &key);
    void remember(const QString &secret) { m_secrets.append(secret); }
    int serverCount() const { return int(m_sim->account().listUsers(0, 0).value().users.size()); }

    std::unique_ptr<QSettings> m_settings;
    CredentialStore m_credentials;
    QString m_company;
    QStringList m_secrets; // every secret any test used or saw, for the leak check
    QStringList m_profilesMade;
};

void TestWorkspace::initTestCase()
{
    // Here, not in main(): QTest installs its own handler when it starts; this one passes on to it.
    previousHandler = qInstallMessageHandler(captureMessage);
    // The server's files are outside the home: it must know the tokens it issued.
    QVERIFY(startSimulator(SimulatorUsers).ok());
    m_company = m_sim->account().me().value().companyName;
    QVERIFY(!m_company.isEmpty());
    m_settings = std::make_unique<QSettings>(homePath + QStringLiteral("/config/roster.ini"),
                                             QSettings::IniFormat);
}

void TestWorkspace::init()
{
    m_sim->clearFaults();
    m_sim->clearApiTokens();
    m_sim->setAccessLifetimeSecs(3600);
    m_settings->clear();
    m_settings->sync();
}

void TestWorkspace::cleanup()
{
    // Secrets of this test's profiles leave the keychain whatever happened.
    for (const QString &name : std::as_const(m_profilesMade)) {
        for (const QString &kind : {QStringLiteral("api-token"), QStringLiteral("refresh-token")}) {
            ResultCatcher<Done> removed;
            m_credentials.remove(CredentialStore::key(name, kind), this, removed.callback());
            QVERIFY(removed.wait(5000));
        }
    }
    m_profilesMade.clear();
}

void TestWorkspace::cleanupTestCase()
{
    stopSimulator();
}

TestWorkspace::App TestWorkspace::start(bool demo)
{
    Workspace::Options options;
    options.demoFile = homePath + QStringLiteral("/demo.sqlite");
    options.demoLatencyMs = 0;
    options.cacheFolder = homePath + QStringLiteral("/accounts");
    App app;
    app.workspace = std::make_unique<Workspace>(m_settings.get(), &m_credentials, options);
    if (!app.workspace->openInitial(demo).ok())
        return {};
    app.window = std::make_unique<MainWindow>(app.workspace->session());
    app.window->show();
    app.workspace->attach(app.window.get());
    return app;
}

SignInDialog *TestWorkspace::openDialogFromBanner(App &app)
{
    Banner *banner = app.window->banner();
    if (banner->isHidden() || banner->buttons().isEmpty())
        return nullptr;
    QTest::mouseClick(banner->buttons().constFirst(), Qt::LeftButton);
    return app.workspace->signInDialog();
}

void TestWorkspace::signInWithToken(App &app, const QString &name, const QString &token)
{
    m_profilesMade.append(name);
    app.window->addAccountAction()->trigger();
    SignInDialog *dialog = app.workspace->signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->nameField()->setText(name);
    dialog->urlField()->setText(m_sim->baseUrl().toString());
    dialog->tokenMethodButton()->setChecked(true);
    QTest::keyClicks(dialog->tokenField(), token);
    QSignalSpy opened(app.workspace.get(), &Workspace::accountOpened);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    const QPointer<SignInDialog> guard(dialog); // deleted once it closes
    const bool signedIn = opened.wait(20000);
    QVERIFY2(signedIn, qPrintable(guard ? guard->messageLabel()->text() : QStringLiteral("closed")));
    QCOMPARE(opened.constLast().at(0).toString(), name);
}

void TestWorkspace::signInWithPassword(App &app, const QString &name, const QString &email, const QString &password)
{
    m_profilesMade.append(name);
    app.window->addAccountAction()->trigger();
    SignInDialog *dialog = app.workspace->signInDialog();
    QVERIFY(dialog);
    dialog->nameField()->setText(name);
    dialog->urlField()->setText(m_sim->baseUrl().toString());
    dialog->passwordMethodButton()->setChecked(true);
    QTest::keyClicks(dialog->emailField(), email);
    QTest::keyClicks(dialog->passwordField(), password);
    QSignalSpy opened(app.workspace.get(), &Workspace::accountOpened);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    const QPointer<SignInDialog> guard(dialog); // deleted once it closes
    const bool signedIn = opened.wait(20000);
    QVERIFY2(signedIn, qPrintable(guard ? guard->messageLabel()->text() : QStringLiteral("closed")));
}

std::optional<Result<QString>> TestWorkspace::readSecret(const QString &key)
{
    ResultCatcher<QString> answer;
    m_credentials.read(key, this, answer.callback());
    if (!answer.wait(20000))
        return std::nullopt;
    return answer.result();
}

void TestWorkspace::tokenSignInThroughTheDialog()
{
    const QString token = QStringLiteral("tok-Work-7f3a9c1e55d0b2");
    remember(token);
    m_sim->addApiToken(token);

    // No account yet: the demo account, with a banner that leads to signing in.
    App app = start();
    QVERIFY(app.window);
    QCOMPARE(app.workspace->currentProfile(), QString());
    QVERIFY(app.window->banner()->isVisible());
    SignInDialog *dialog = openDialogFromBanner(app);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();

    signInWithToken(app, QStringLiteral("Work"), token);
    QCOMPARE(app.workspace->currentProfile(), QStringLiteral("Work"));
    QTRY_COMPARE(app.window->usersModel()->rowCount(), serverCount());
    QTRY_VERIFY(!app.window->session()->isLoading());
    QVERIFY(!app.window->isReadOnly());
    QTRY_VERIFY(app.window->accountLabel()->text().startsWith(m_company));
    QCOMPARE(app.window->accountButton()->text(), QStringLiteral("Work"));

    // The token is in the keychain, and only there; the profile knows the account.
    const std::optional<Result<QString>> stored = readSecret(CredentialStore::key(QStringLiteral("Work"), QStringLiteral("api-token")));
    QVERIFY(stored);
    QVERIFY2(stored->ok(), qPrintable(stored->error().message));
    QCOMPARE(stored->value(), token);
    ProfileStore profiles(m_settings.get());
    QCOMPARE(profiles.current(), QStringLiteral("Work"));
    QTRY_COMPARE(profiles.profile(QStringLiteral("Work"))->companyName, m_company);
    QCOMPARE(profiles.profile(QStringLiteral("Work"))->clientId, m_sim->account().me().value().clientId);

    // The account's activity log (a file of its own) says who signed in.
    QVERIFY(app.workspace->activityLog());
    const QList<ActivityEntry> logged = app.workspace->activityLog()->entries().value();
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().action, ActivityEntry::signIn());
    QVERIFY(logged.constFirst().detail.contains(m_sim->baseUrl().toDisplayString()));
}

void TestWorkspace::nextStartShowsTheCacheAtOnce()
{
    const QString token = QStringLiteral("tok-Cache-93be0d11c4");
    remember(token);
    m_sim->addApiToken(token);
    {
        App first = start();
        signInWithToken(first, QStringLiteral("Cached"), token);
        QTRY_COMPARE(first.window->usersModel()->rowCount(), serverCount());
        QTRY_VERIFY(!first.window->session()->isLoading());
    }

    // The server is slow today: the saved users are there before it answers.
    SimulatorFault slow;
    slow.route = QStringLiteral("/iam/users");
    slow.latencyMs = 400;
    m_sim->addFault(slow);
    App next = start();
    QCOMPARE(next.workspace->currentProfile(), QStringLiteral("Cached"));
    const int users = serverCount();
    QCOMPARE(next.window->usersModel()->rowCount(), users);
    QVERIFY(!next.window->isShowingEmptyState());
    QVERIFY2(next.window->refreshLabel()->text().startsWith(QStringLiteral("Saved list from")),
             qPrintable(next.window->refreshLabel()->text()));

    // Meanwhile someone was removed on the server: the refresh shows it.
    const qint64 someone = next.window->usersModel()->user(10).id;
    const Result<Done> removed = m_sim->account().removeUser(m_sim->account().me().value().clientId, someone);
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    QSignalSpy finished(next.window->session(), &AccountSession::loadFinished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(next.window->usersModel()->rowCount(), users - 1);
    QCOMPARE(next.window->usersModel()->rowOfUser(someone), -1);
    QVERIFY(next.window->refreshLabel()->text().startsWith(QStringLiteral("Last refresh")));
}

void TestWorkspace::offlineUntilTheServerAnswers()
{
    const QString token = QStringLiteral("tok-Offline-5521aa");
    remember(token);
    m_sim->addApiToken(token);
    App app = start();
    signInWithToken(app, QStringLiteral("Offline"), token);
    QTRY_COMPARE(app.window->usersModel()->rowCount(), serverCount());
    QTRY_VERIFY(!app.window->session()->isLoading());

    std::optional<SimulatorFault> down = SimulatorFault::fromSpec(QStringLiteral("/iam/users:close"), nullptr);
    QVERIFY(down);
    m_sim->addFault(*down);
    QSignalSpy failed(app.window->session(), &AccountSession::loadFailed);
    app.window->refresh();
    QVERIFY(failed.wait(30000));
    QVERIFY(app.window->isReadOnly());
    QVERIFY(app.window->session()->offlineSince().isValid());
    QVERIFY(app.window->banner()->text().startsWith(QStringLiteral("Offline since")));
    QCOMPARE(app.window->usersModel()->rowCount(), serverCount()); // still there to look things up

    m_sim->clearFaults();
    QSignalSpy finished(app.window->session(), &AccountSession::loadFinished);
    QTest::mouseClick(app.window->banner()->buttons().constFirst(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(!app.window->isReadOnly());
    QVERIFY(app.window->banner()->isHidden());
}

void TestWorkspace::passwordSessionKeepsTheNewestRefreshToken()
{
    const QString password = QStringLiteral("pw-Rotate-Me-4411!");
    remember(password);
    m_sim->addLogin(m_ownerEmail, password);
    // Access tokens that live shorter than the refresh margin: every request refreshes first.
    m_sim->setAccessLifetimeSecs(30);

    const QString key = CredentialStore::key(QStringLiteral("Lab"), QStringLiteral("refresh-token"));
    QStringList issued;
    {
        App app = start();
        signInWithPassword(app, QStringLiteral("Lab"), m_ownerEmail, password);
        auto *api = qobject_cast<GcoreAccountApi *>(app.workspace->api());
        QVERIFY(api);
        connect(api, &GcoreAccountApi::refreshTokenChanged, this, [&issued](const QString &t) { issued.append(t); });
        QSignalSpy stored(app.workspace.get(), &Workspace::secretStored);
        QTRY_COMPARE(app.window->usersModel()->rowCount(), serverCount());
        QTRY_VERIFY(!app.window->session()->isLoading());
        QSignalSpy finished(app.window->session(), &AccountSession::loadFinished);
        app.window->refresh();
        QVERIFY(finished.wait(20000));
        QVERIFY(!issued.isEmpty());
        QTRY_VERIFY(stored.count() >= 1);
        for (const QList<QVariant> &args : std::as_const(stored))
            QVERIFY(args.at(0).toBool());
        // The keychain holds the newest one, the only one the server still accepts.
        QTRY_COMPARE(readSecret(key)->value(), issued.constLast());
    }
    m_secrets.append(issued);

    // The next start signs in with it, and keeps the one that comes back.
    App next = start();
    QCOMPARE(next.workspace->currentProfile(), QStringLiteral("Lab"));
    QSignalSpy finished(next.window->session(), &AccountSession::loadFinished);
    QVERIFY(finished.wait(20000));
    QVERIFY(!next.window->isReadOnly());
    const std::optional<Result<QString>> now = readSecret(key);
    QVERIFY(now && now->ok());
    QVERIFY(!issued.contains(now->value())); // a newer one
    remember(now->value());
}

void TestWorkspace::missingSecretAsksToSignIn()
{
    AccountProfile profile;
    profile.name = QStringLiteral("Forgotten");
    profile.baseUrl = m_sim->baseUrl();
    m_profilesMade.append(profile.name);
    ProfileStore profiles(m_settings.get());
    QVERIFY(profiles.save(profile).ok());
    profiles.setCurrent(profile.name);

    App app = start();
    QCOMPARE(app.workspace->currentProfile(), profile.name);
    QTRY_VERIFY(app.window->isReadOnly());
    QCOMPARE(app.window->banner()->level(), Banner::Level::Error);
    QVERIFY(app.window->banner()->text().contains(QStringLiteral("no secret for Forgotten")));
    SignInDialog *dialog = openDialogFromBanner(app);
    QVERIFY(dialog);
    QCOMPARE(dialog->nameField()->text(), profile.name);
    QCOMPARE(dialog->urlField()->text(), m_sim->baseUrl().toString());

    // Signing in again from there opens the account.
    const QString token = QStringLiteral("tok-Again-00ce81");
    remember(token);
    m_sim->addApiToken(token);
    dialog->tokenMethodButton()->setChecked(true);
    QTest::keyClicks(dialog->tokenField(), token);
    QSignalSpy opened(app.workspace.get(), &Workspace::accountOpened);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(opened.wait(20000));
    QTRY_COMPARE(app.window->usersModel()->rowCount(), serverCount());
    QTRY_VERIFY(!app.window->isReadOnly());
}

void TestWorkspace::signOutRemovesSecretAndCache()
{
    const QString token = QStringLiteral("tok-Leave-a81f02");
    remember(token);
    m_sim->addApiToken(token);
    App app = start();
    signInWithToken(app, QStringLiteral("Leaving"), token);
    QTRY_VERIFY(!app.window->session()->isLoading());
    const QString cache = app.workspace->cachePath(QStringLiteral("Leaving"));
    QVERIFY(QFile::exists(cache));

    QVERIFY(app.window->signOutAction()->isEnabled());
    app.window->signOutAction()->trigger();
    auto *question = app.window->findChild<QMessageBox *>(QStringLiteral("signOutQuestion"));
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QAbstractButton *confirm = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            confirm = button;
    }
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);

    QTRY_COMPARE(app.window->banner()->level(), Banner::Level::Success);
    QVERIFY(app.window->banner()->text().contains(QStringLiteral("Leaving")));
    QCOMPARE(app.workspace->currentProfile(), QString()); // the demo account
    QVERIFY(!QFile::exists(cache));
    const std::optional<Result<QString>> secret = readSecret(CredentialStore::key(QStringLiteral("Leaving"), QStringLiteral("api-token")));
    QVERIFY(secret);
    QVERIFY(!secret->ok());
    QCOMPARE(secret->error().kind, ApiError::Kind::NotFound);
    // The profile stays in the list, to sign in to again.
    QVERIFY(ProfileStore(m_settings.get()).profile(QStringLiteral("Leaving")).has_value());
}

void TestWorkspace::switchingAccounts()
{
    const QString token = QStringLiteral("tok-Switch-66d1e0");
    remember(token);
    m_sim->addApiToken(token);
    App app = start();
    signInWithToken(app, QStringLiteral("Switch"), token);
    QTRY_COMPARE(app.window->usersModel()->rowCount(), serverCount());

    // To the demo account and back, through the switcher's menu.
    QSignalSpy opened(app.workspace.get(), &Workspace::accountOpened);
    emit app.window->accountRequested(QString());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(app.window->accountButton()->text(), QStringLiteral("Demo account"));
    QTRY_COMPARE(app.window->usersModel()->rowCount(), 201);
    QVERIFY(!app.window->signOutAction()->isEnabled());

    emit app.window->accountRequested(QStringLiteral("Switch"));
    QCOMPARE(opened.count(), 2);
    QCOMPARE(app.window->usersModel()->rowCount(), serverCount()); // from the cache, at once
    QTRY_VERIFY(!app.window->session()->isLoading());
    QVERIFY(!app.window->isReadOnly());
    QCOMPARE(ProfileStore(m_settings.get()).current(), QStringLiteral("Switch"));
}

// Signed in by password, the owner of the main account is an administrator of its two linked
// accounts too: the switcher lists the three, opening one switches the sign-in (its own cache
// file), a switch the server refuses says so and stays, and the main account opens again.
void TestWorkspace::passwordSignInReachesEveryAccount()
{
    const QString password = QStringLiteral("pw-Three-Accounts-9021!");
    remember(password);
    m_sim->addLogin(m_ownerEmail, password);
    // A member of the main account who will be in all three as well.
    User member;
    const QList<User> mainUsers = m_sim->account().listUsers(0, 0).value().users;
    for (const User &user : mainUsers) {
        if (member.id == 0 && user.id != m_ownerId && user.activated && user.isActive
            && m_sim->account().tokens(m_clientId, user.id).value().isEmpty())
            member = user;
    }
    QVERIFY(member.id != 0);
    for (qint64 client : {DemoSeed::LabsClientId, DemoSeed::AsiaClientId}) {
        DemoAccount *linked = m_sim->platform().account(client);
        QVERIFY(linked);
        for (const auto &[email, role] : {std::pair{m_ownerEmail, int(Role::Administrators)}, std::pair{member.email, int(Role::Users)}}) {
            InviteRequest request;
            request.clientId = client;
            request.email = email;
            request.roleId = role;
            const Result<InviteResult> invited = linked->invite(request);
            QVERIFY2(invited.ok(), qPrintable(invited.error().message));
            QVERIFY(linked->acceptInvitation(invited.value().userId).ok());
        }
    }
    const auto accountsOf = [this](const QString &email) {
        int in = 0;
        for (DemoAccount *account : m_sim->platform().accounts())
            in += !account->memberships({email}).value().isEmpty();
        return in;
    };
    QCOMPARE(accountsOf(member.email), 3);
    App app = start();
    signInWithPassword(app, QStringLiteral("Group"), m_ownerEmail, password);
    QTRY_VERIFY(!app.window->session()->isLoading());
    AccountSwitcher *switcher = app.window->accountSwitcher();
    QTRY_COMPARE(switcher->clients().size(), 3);
    QCOMPARE(switcher->clients().at(0).clientId, m_clientId);
    const auto choice = [switcher](qint64 client) {
        return switcher->menu()->findChild<QAction *>(QStringLiteral("client-%1").arg(client));
    };
    QVERIFY(choice(m_clientId) && choice(m_clientId)->isChecked());
    QVERIFY(choice(DemoSeed::LabsClientId));
    QCOMPARE(choice(DemoSeed::LabsClientId)->text(), DemoSeed::companyName(DemoSeed::LabsClientId));
    QVERIFY(choice(DemoSeed::AsiaClientId));

    QSignalSpy opened(app.workspace.get(), &Workspace::accountOpened);
    choice(DemoSeed::LabsClientId)->trigger();
    QVERIFY(opened.wait(20000));
    AccountSession *labs = app.window->session();
    QTRY_COMPARE(labs->identity().accountId, DemoSeed::LabsClientId);
    QTRY_VERIFY(!labs->isLoading());
    const int labsUsers = int(m_sim->platform().account(DemoSeed::LabsClientId)->listUsers(0, 0).value().users.size());
    QCOMPARE(app.window->usersModel()->rowCount(), labsUsers);
    QVERIFY(QFile::exists(homePath + QStringLiteral("/accounts/Group@%1.sqlite").arg(DemoSeed::LabsClientId)));
    const std::optional<AccountProfile> profile = ProfileStore(m_settings.get()).profile(QStringLiteral("Group"));
    QVERIFY(profile);
    QCOMPARE(profile->clientId, DemoSeed::LabsClientId);
    QCOMPARE(profile->homeClientId, m_clientId);
    QTRY_VERIFY(choice(DemoSeed::LabsClientId) && choice(DemoSeed::LabsClientId)->isChecked());
    QVERIFY(app.window->accountButton()->text().contains(DemoSeed::companyName(DemoSeed::LabsClientId)));

    setFault(QStringLiteral("/iam/auth/jwt/clients/%1/login:status=403").arg(DemoSeed::AsiaClientId));
    choice(DemoSeed::AsiaClientId)->trigger();
    QTRY_VERIFY(app.window->banner()->isVisible()
                && app.window->banner()->text().contains(
                    QStringLiteral("could not open %1").arg(DemoSeed::companyName(DemoSeed::AsiaClientId))));
    QCOMPARE(app.window->session(), labs);
    QCOMPARE(app.workspace->currentClient(), DemoSeed::LabsClientId);
    QVERIFY(choice(DemoSeed::LabsClientId)->isChecked());

    choice(m_clientId)->trigger();
    QVERIFY(opened.wait(20000));
    QTRY_COMPARE(app.window->session()->identity().accountId, m_clientId);
    QTRY_COMPARE(app.window->usersModel()->rowCount(), serverCount());
    QTRY_VERIFY(!app.window->session()->isLoading());

    // Remove from All My Accounts, from the window: the member leaves each of the three (the
    // refused switch is over).
    m_sim->clearFaults();
    QTableView *table = app.window->tableView();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
        if (table->model()->index(r, 0).data(UsersModel::UserIdRole).toLongLong() == member.id)
            row = r;
    }
    QVERIFY(row >= 0);
    table->setCurrentIndex(table->model()->index(row, 0));
    table->selectRow(row);
    UserActions *actions = app.window->userActions();
    actions->createRowMenu(app.window.get())->deleteLater();
    QVERIFY2(actions->removeEverywhereAction()->isEnabled(), qPrintable(actions->removeEverywhereAction()->toolTip()));
    actions->removeEverywhereAction()->trigger();
    RemoveEverywhereDialog *dialog = actions->removeEverywhereDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
    QCOMPARE(dialog->accountList()->topLevelItemCount(), 3);
    QCOMPARE(dialog->removal()->readyCount(), 3);
    QSignalSpy settled(dialog, &RemoveEverywhereDialog::settled);
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QVERIFY(settled.wait(20000));
    for (const RemovalEverywhere::Account &account : dialog->removal()->accounts())
        QCOMPARE(account.state, RemovalEverywhere::Account::State::Removed);
    QCOMPARE(accountsOf(member.email), 0);
    QCOMPARE(app.window->session()->users()->rowOfUser(member.id), -1);
    dialog->close();
}

// The demo account reaches its linked accounts the same way, each with its own activity log.
void TestWorkspace::demoReachesItsLinkedAccounts()
{
    App app = start(true);
    QTRY_VERIFY(!app.window->session()->isLoading());
    AccountSwitcher *switcher = app.window->accountSwitcher();
    QTRY_COMPARE(switcher->clients().size(), 3);
    QAction *labs = switcher->menu()->findChild<QAction *>(QStringLiteral("client-%1").arg(DemoSeed::LabsClientId));
    QVERIFY(labs);
    QSignalSpy opened(app.workspace.get(), &Workspace::accountOpened);
    labs->trigger();
    QCOMPARE(opened.count(), 1);
    QTRY_COMPARE(app.window->session()->identity().accountId, DemoSeed::LabsClientId);
    QTRY_VERIFY(!app.window->session()->isLoading());
    QCOMPARE(app.window->usersModel()->rowCount(),
             int(DemoSeed::linkedMembers(DemoSeed::LabsClientId, QDateTime::currentDateTimeUtc()).size()));
    QVERIFY(app.workspace->activityLog());
    QCOMPARE(QFileInfo(app.workspace->activityLog()->path()).fileName(),
             QStringLiteral("demo-activity-%1.sqlite").arg(DemoSeed::LabsClientId));
    QTRY_VERIFY(app.window->accountButton()->text().contains(DemoSeed::companyName(DemoSeed::LabsClientId)));
}

void TestWorkspace::noSecretInAnyFileOrLog()
{
    // The sessions above used these secrets; none may be anywhere but in the keychain.
    QVERIFY(m_secrets.size() >= 8);
    QStringList files;
    QDirIterator it(homePath, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    QVERIFY(files.size() >= 3); // settings, a cache, the demo account at least
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        for (const QString &secret : std::as_const(m_secrets)) {
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
            QVERIFY2(!content.contains(secret.toUtf8()) && !content.contains(utf16),
                     qPrintable(QStringLiteral("a secret in %1").arg(path)));
        }
    }
    const QMutexLocker lock(&logMutex);
    QVERIFY(capturedLog.size() > 10); // the debug output was captured, so this check means something
    for (const QString &line : std::as_const(capturedLog)) {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!line.contains(secret), "a secret in the log output");
    }
}

// The same, on a computer without a keychain (no D-Bus session: ctest runs this binary a
// second time with ROSTER_TEST_NO_KEYCHAIN set). Roster says so and, if the person agrees,
// keeps the secret in memory for this session only; never in a file.
class TestNoKeychain : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepForThisSessionOnly();
    void refuseKeepsNothing();

private:
    // Signs in through the dialog; returns the question Roster asks about the keychain.
    QMessageBox *signInAndGetQuestion(Workspace &workspace, MainWindow &window, const QString &name);
    std::unique_ptr<Workspace> makeWorkspace();

    std::unique_ptr<QSettings> m_settings;
    CredentialStore m_credentials;
    const QString m_token = QStringLiteral("tok-NoKeychain-3e77b1d0");
};

void TestNoKeychain::initTestCase()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nonexistent")));
    QVERIFY(startSimulator().ok());
    m_sim->addApiToken(m_token);
    m_settings = std::make_unique<QSettings>(homePath + QStringLiteral("/config/roster.ini"), QSettings::IniFormat);
}

std::unique_ptr<Workspace> TestNoKeychain::makeWorkspace()
{
    Workspace::Options options;
    options.demoFile = homePath + QStringLiteral("/demo.sqlite");
    options.demoLatencyMs = 0;
    options.cacheFolder = homePath + QStringLiteral("/accounts");
    auto workspace = std::make_unique<Workspace>(m_settings.get(), &m_credentials, options);
    if (!workspace->openInitial(false).ok())
        return nullptr;
    return workspace;
}

QMessageBox *TestNoKeychain::signInAndGetQuestion(Workspace &workspace, MainWindow &window, const QString &name)
{
    window.addAccountAction()->trigger();
    SignInDialog *dialog = workspace.signInDialog();
    if (!dialog)
        return nullptr;
    dialog->nameField()->setText(name);
    dialog->urlField()->setText(m_sim->baseUrl().toString());
    dialog->tokenMethodButton()->setChecked(true);
    QTest::keyClicks(dialog->tokenField(), m_token);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QMessageBox *question = nullptr;
    const bool asked = QTest::qWaitFor([&] {
        question = window.findChild<QMessageBox *>(QStringLiteral("sessionOnlyQuestion"));
        return question && question->isVisible();
    }, 20000);
    return asked ? question : nullptr;
}

void TestNoKeychain::keepForThisSessionOnly()
{
    std::unique_ptr<Workspace> workspace = makeWorkspace();
    QVERIFY(workspace);
    MainWindow window(workspace->session());
    window.show();
    workspace->attach(&window);
    QMessageBox *question = signInAndGetQuestion(*workspace, window, QStringLiteral("Memory"));
    QVERIFY(question);
    QVERIFY(question->text().contains(QStringLiteral("no keychain")));
    QVERIFY(question->informativeText().contains(QStringLiteral("plain file")));
    QSignalSpy opened(workspace.get(), &Workspace::accountOpened);
    QTest::mouseClick(question->defaultButton(), Qt::LeftButton); // Keep for This Session
    QVERIFY(opened.wait(20000));
    QVERIFY(m_credentials.isSessionOnly());
    QTRY_COMPARE(window.usersModel()->rowCount(), 201);
    QTRY_VERIFY(!window.session()->isLoading());
    QVERIFY(!window.isReadOnly());

    // Nowhere on disk.
    QDirIterator it(homePath, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(m_token.toUtf8()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 2);
}

void TestNoKeychain::refuseKeepsNothing()
{
    CredentialStore credentials;
    Workspace::Options options;
    options.demoFile = homePath + QStringLiteral("/demo.sqlite");
    options.demoLatencyMs = 0;
    options.cacheFolder = homePath + QStringLiteral("/accounts");
    m_settings->clear();
    Workspace workspace(m_settings.get(), &credentials, options);
    QVERIFY(workspace.openInitial(false).ok());
    MainWindow window(workspace.session());
    window.show();
    workspace.attach(&window);
    QMessageBox *question = signInAndGetQuestion(workspace, window, QStringLiteral("Refused"));
    QVERIFY(question);
    QSignalSpy stored(&workspace, &Workspace::secretStored);
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(stored.at(0).at(0).toBool(), false);
    QVERIFY(!credentials.isSessionOnly());
    QCOMPARE(workspace.currentProfile(), QString()); // still the demo account
    QVERIFY(!ProfileStore(m_settings.get()).profile(QStringLiteral("Refused")).has_value());
    QVERIFY(window.banner()->isVisible());
    QVERIFY(window.banner()->text().contains(QStringLiteral("Refused")));
}

int main(int argc, char **argv)
{
    // A home of its own, so that every file this process writes can be searched afterwards.
    // The keychain keeps running where the session bus has it.
    homePath = TestIsolation::isolate();
    // Every category at every level, so that a secret logged anywhere would be seen.
    // (Qt's own categories, but its network ones, would only bury them in font and platform talk.)
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false\nqt.network.*.debug=true"));
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    if (qEnvironmentVariableIsSet("ROSTER_TEST_NO_KEYCHAIN")) {
        TestNoKeychain test;
        return QTest::qExec(&test, argc, argv);
    }
    TestWorkspace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspace.moc"
