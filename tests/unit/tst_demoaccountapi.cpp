#include "ResultCatcher.h"
#include "TestMain.h"
#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "demo/DemoSeed.h"
#include "domain/Role.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <numeric>

using Kind = ApiError::Kind;

#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const auto &r_ = (result);                                                                                     \
        QVERIFY2(r_.ok(), qPrintable(r_.error().message));                                                             \
    } while (false)

class TestDemoAccountApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void describesItself();
    void resultsArriveLaterNeverInsideTheCall();
    void latencyIsRespected_data();
    void latencyIsRespected();
    void resultsArriveInCallOrder();
    void destroyedContextGetsNothingAndChangesNothing();
    void cancelAllDropsEverything();
    void destroyingTheBackendDropsEverything();
    void callbackMayDeleteTheBackend();
    void withoutContextStillDelivers();

    void pagesFollowMutationsThroughTheApi();
    void pagesArriveOnTheGuiThreadAfterTheLatency();
    void cancelAllDropsPagesInFlight();
    void destroyingTheBackendDropsPagesInFlight();
    void callbackMayDeleteTheBackendWhilePagesAreInFlight_data();
    void callbackMayDeleteTheBackendWhilePagesAreInFlight();
    void destroyedContextGetsNoPage();
    void manyPagesArriveInRequestOrder_data();
    void manyPagesArriveInRequestOrder();

    void fetchMe();
    void fetchUsers();
    void fetchUser();
    void inviteUser();
    void updateUser();
    void fetchAndChangeRole();
    void removeUser();
    void resendInvitation();
    void fetchTokens();
    void setActive();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DemoAccount> m_account;
    std::unique_ptr<DemoAccountApi> m_api;
    std::unique_ptr<QObject> m_context;
};

void TestDemoAccountApi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_account = std::make_unique<DemoAccount>(m_dir->filePath(QStringLiteral("demo.sqlite")));
    const Result<Done> opened = m_account->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_api = std::make_unique<DemoAccountApi>(m_account.get());
    m_api->setLatency(0);
    m_context = std::make_unique<QObject>();
}

void TestDemoAccountApi::cleanup()
{
    m_context.reset();
    m_api.reset();
    m_account.reset();
    m_dir.reset();
}

void TestDemoAccountApi::describesItself()
{
    DemoAccountApi api(m_account.get());
    QCOMPARE(api.latency(), 150);
    QCOMPARE(api.displayName(), QStringLiteral("Demo account"));
    QVERIFY(api.supports(AccountApi::Capability::ResendInvitation));
    QVERIFY(api.supports(AccountApi::Capability::Deactivate));
    QVERIFY(api.supports(AccountApi::Capability::ListTokens));
    api.setLatency(-5);
    QCOMPARE(api.latency(), 0);
}

void TestDemoAccountApi::resultsArriveLaterNeverInsideTheCall()
{
    ResultCatcher<AccountInfo> me;
    ResultCatcher<UserPage> page;
    m_api->fetchMe(m_context.get(), me.callback());
    m_api->fetchUsers(0, 10, m_context.get(), page.callback());
    QCOMPARE(me.calls(), 0);
    QCOMPARE(page.calls(), 0);
    QCOMPARE(m_api->pendingCount(), 2);
    QTRY_COMPARE(page.calls(), 1);
    QCOMPARE(me.calls(), 1);
    QCOMPARE(m_api->pendingCount(), 0);

    // A mutation is not performed inside the call either.
    const int before = m_account->listUsers(0, 1).value().count;
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("later@example.com");
    ResultCatcher<InviteResult> invited;
    m_api->inviteUser(request, m_context.get(), invited.callback());
    QCOMPARE(m_account->listUsers(0, 1).value().count, before);
    QTRY_VERIFY(invited.delivered());
    QCOMPARE(m_account->listUsers(0, 1).value().count, before + 1);
}

void TestDemoAccountApi::latencyIsRespected_data()
{
    QTest::addColumn<int>("latency");
    QTest::newRow("50 ms") << 50;
    QTest::newRow("300 ms") << 300;
}

void TestDemoAccountApi::latencyIsRespected()
{
    QFETCH(int, latency);
    m_api->setLatency(latency);
    QCOMPARE(m_api->latency(), latency);
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(m_context.get(), me.callback());
    QTRY_VERIFY(me.delivered());
    QVERIFY2(me.elapsedMs() >= latency, qPrintable(QString::number(me.elapsedMs())));
}

void TestDemoAccountApi::resultsArriveInCallOrder()
{
    m_api->setLatency(20);
    QList<int> order;
    for (int i = 0; i < 5; ++i)
        m_api->fetchUser(m_account->me().value().currentUserId, m_context.get(),
                         [&order, i](const Result<User> &) { order.append(i); });
    QTRY_COMPARE(order.size(), 5);
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
}

void TestDemoAccountApi::destroyedContextGetsNothingAndChangesNothing()
{
    m_api->setLatency(30);
    const QList<User> before = m_account->listUsers(0, 0).value().users;
    const User victim = before.at(20);

    auto *dialog = new QObject;
    ResultCatcher<InviteResult> invited;
    ResultCatcher<Done> removed;
    ResultCatcher<User> edited;
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("never@example.com");
    m_api->inviteUser(request, dialog, invited.callback());
    m_api->removeUser(DemoSeed::ClientId, victim.id, dialog, removed.callback());
    UserPatch patch;
    patch.name = QStringLiteral("Never Renamed");
    m_api->updateUser(victim.id, patch, dialog, edited.callback());
    delete dialog;

    // A call made afterwards, with a living context, arrives after the dropped ones were due.
    ResultCatcher<UserPage> sentinel;
    m_api->fetchUsers(0, 0, m_context.get(), sentinel.callback());
    QVERIFY(sentinel.wait(5000));
    QCOMPARE(invited.calls(), 0);
    QCOMPARE(removed.calls(), 0);
    QCOMPARE(edited.calls(), 0);
    QCOMPARE(sentinel.value().users, before);
    QCOMPARE(m_api->pendingCount(), 0);
}

void TestDemoAccountApi::cancelAllDropsEverything()
{
    m_api->setLatency(10);
    const QList<User> before = m_account->listUsers(0, 0).value().users;
    ResultCatcher<AccountInfo> me;
    ResultCatcher<InviteResult> invited;
    ResultCatcher<Done> role;
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("cancelled@example.com");
    m_api->fetchMe(m_context.get(), me.callback());
    m_api->inviteUser(request, m_context.get(), invited.callback());
    m_api->changeRole(DemoSeed::ClientId, before.at(3).id, Role::PurgeAndPrefetchApi, m_context.get(), role.callback());
    QCOMPARE(m_api->pendingCount(), 3);
    m_api->cancelAll();
    QCOMPARE(m_api->pendingCount(), 0);

    // The backend keeps working after a cancel.
    ResultCatcher<UserPage> after;
    m_api->fetchUsers(0, 0, m_context.get(), after.callback());
    QVERIFY(after.wait(5000));
    QCOMPARE(me.calls(), 0);
    QCOMPARE(invited.calls(), 0);
    QCOMPARE(role.calls(), 0);
    QCOMPARE(after.value().users, before);
}

void TestDemoAccountApi::destroyingTheBackendDropsEverything()
{
    m_api->setLatency(10);
    const int before = m_account->listUsers(0, 1).value().count;
    ResultCatcher<InviteResult> invited;
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("gone@example.com");
    m_api->inviteUser(request, m_context.get(), invited.callback());
    m_api.reset();

    DemoAccountApi other(m_account.get());
    other.setLatency(30);
    ResultCatcher<UserPage> sentinel;
    other.fetchUsers(0, 1, m_context.get(), sentinel.callback());
    QVERIFY(sentinel.wait(5000));
    QCOMPARE(invited.calls(), 0);
    QCOMPARE(sentinel.value().count, before);
}

void TestDemoAccountApi::callbackMayDeleteTheBackend()
{
    auto *api = new DemoAccountApi(m_account.get());
    api->setLatency(0);
    QPointer<DemoAccountApi> guard(api);
    ResultCatcher<AccountInfo> second;
    api->fetchMe(m_context.get(), [api](const Result<AccountInfo> &) { delete api; });
    api->fetchMe(m_context.get(), second.callback());
    QTRY_VERIFY(guard.isNull());

    ResultCatcher<AccountInfo> sentinel;
    m_api->setLatency(20);
    m_api->fetchMe(m_context.get(), sentinel.callback());
    QVERIFY(sentinel.wait(5000));
    QCOMPARE(second.calls(), 0);
}

void TestDemoAccountApi::withoutContextStillDelivers()
{
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(nullptr, me.callback());
    QCOMPARE(me.calls(), 0);
    QTRY_COMPARE(me.calls(), 1);
    QVERIFY(me.result().ok());
}

void TestDemoAccountApi::pagesFollowMutationsThroughTheApi()
{
    // Pages are read through a second connection, on another thread; it must see what the
    // API's own calls have written, as soon as they have been answered.
    ResultCatcher<UserPage> first;
    m_api->fetchUsers(0, 50, m_context.get(), first.callback());
    QVERIFY(first.wait(5000));
    QVERIFY(first.result().ok());
    const int before = first.value().count;
    QCOMPARE(first.value().users, m_account->listUsers(0, 50).value().users);

    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("fresh@example.com");
    ResultCatcher<InviteResult> invited;
    m_api->inviteUser(request, m_context.get(), invited.callback());
    QVERIFY(invited.wait(5000));
    QVERIFY(invited.result().ok());
    const qint64 newId = invited.value().userId;
    ResultCatcher<UserPage> afterInvite;
    m_api->fetchUsers(0, 0, m_context.get(), afterInvite.callback());
    QVERIFY(afterInvite.wait(5000));
    QCOMPARE(afterInvite.value().count, before + 1);
    QCOMPARE(afterInvite.value().users.size(), before + 1);
    const auto found = std::find_if(afterInvite.value().users.cbegin(), afterInvite.value().users.cend(),
                                    [newId](const User &u) { return u.id == newId; });
    QVERIFY(found != afterInvite.value().users.cend());
    QCOMPARE(found->email, request.email);

    // A removal among the first 50: the page after them shifts by one, even though the
    // reader has just read the first 50 and would otherwise continue after the last id it saw.
    ResultCatcher<UserPage> head;
    m_api->fetchUsers(0, 50, m_context.get(), head.callback());
    QVERIFY(head.wait(5000));
    const qint64 me = m_account->me().value().currentUserId;
    const auto removable = std::find_if(head.value().users.cbegin(), head.value().users.cend(), [&](const User &u) {
        return u.id != me && m_account->tokens(DemoSeed::ClientId, u.id).value().isEmpty();
    });
    QVERIFY(removable != head.value().users.cend());
    const qint64 goneId = removable->id;
    ResultCatcher<Done> removed;
    m_api->removeUser(DemoSeed::ClientId, goneId, m_context.get(), removed.callback());
    QVERIFY(removed.wait(5000));
    QVERIFY(removed.result().ok());
    ResultCatcher<UserPage> next;
    m_api->fetchUsers(50, 50, m_context.get(), next.callback());
    QVERIFY(next.wait(5000));
    QCOMPARE(next.value().count, before);
    QCOMPARE(next.value().users, m_account->listUsers(50, 50).value().users);
    ResultCatcher<UserPage> all;
    m_api->fetchUsers(0, 0, m_context.get(), all.callback());
    QVERIFY(all.wait(5000));
    QCOMPARE(all.value().count, before);
    QVERIFY(std::none_of(all.value().users.cbegin(), all.value().users.cend(),
                         [goneId](const User &u) { return u.id == goneId; }));
    QCOMPARE(all.value().users, m_account->listUsers(0, 0).value().users);

    // An edit, too.
    UserPatch patch;
    patch.name = QStringLiteral("Edited Through The Api");
    ResultCatcher<User> edited;
    m_api->updateUser(newId, patch, m_context.get(), edited.callback());
    QVERIFY(edited.wait(5000));
    ResultCatcher<UserPage> tail;
    m_api->fetchUsers(before - 1, 10, m_context.get(), tail.callback());
    QVERIFY(tail.wait(5000));
    QCOMPARE(tail.value().users.size(), 1);
    QCOMPARE(tail.value().users.first().id, newId);
    QCOMPARE(tail.value().users.first().name, QStringLiteral("Edited Through The Api"));
}

void TestDemoAccountApi::pagesArriveOnTheGuiThreadAfterTheLatency()
{
    m_api->setLatency(60);
    QElapsedTimer clock;
    clock.start();
    qint64 atMs = -1;
    QThread *thread = nullptr;
    int calls = 0;
    int rows = -1;
    m_api->fetchUsers(0, 10, m_context.get(), [&](const Result<UserPage> &page) {
        atMs = clock.elapsed();
        thread = QThread::currentThread();
        rows = page ? int(page.value().users.size()) : -1;
        ++calls;
    });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 1);
    QCOMPARE(rows, 10);
    QCOMPARE(thread, QCoreApplication::instance()->thread());
    QVERIFY2(atMs >= 60, qPrintable(QString::number(atMs)));
}

void TestDemoAccountApi::cancelAllDropsPagesInFlight()
{
    // Dropped before the reader has answered them.
    m_api->setLatency(20);
    ResultCatcher<UserPage> pages[4];
    for (int i = 0; i < 4; ++i)
        m_api->fetchUsers(i * 10, 10, m_context.get(), pages[i].callback());
    QCOMPARE(m_api->pendingCount(), 4);
    m_api->cancelAll();
    QCOMPARE(m_api->pendingCount(), 0);

    // Dropped while waiting for the latency to pass (small pages are read long before it has):
    // whichever page comes first cancels the others.
    m_api->setLatency(80);
    int delivered = 0;
    const auto cancelling = [this, &delivered](const Result<UserPage> &) {
        ++delivered;
        m_api->cancelAll();
    };
    for (int i = 0; i < 5; ++i)
        m_api->fetchUsers(i * 10, 10, m_context.get(), cancelling);
    QTRY_COMPARE(delivered, 1);

    // Sentinels asked for afterwards: a page, which the reader handles after the dropped ones,
    // and a call that does not go through the reader.
    ResultCatcher<UserPage> sentinel;
    ResultCatcher<AccountInfo> me;
    m_api->fetchUsers(0, 5, m_context.get(), sentinel.callback());
    m_api->fetchMe(m_context.get(), me.callback());
    QVERIFY(sentinel.wait(5000));
    QVERIFY(me.wait(5000));
    QVERIFY(sentinel.result().ok());
    QCOMPARE(sentinel.value().users, m_account->listUsers(0, 5).value().users);
    for (const ResultCatcher<UserPage> &page : pages)
        QCOMPARE(page.calls(), 0);
    QCOMPARE(delivered, 1);
    QCOMPARE(m_api->pendingCount(), 0);
}

void TestDemoAccountApi::destroyingTheBackendDropsPagesInFlight()
{
    VERIFY_OK(m_account->seedGenerated(20000)); // pages that keep the reader busy for a while
    ResultCatcher<UserPage> pages[8];
    for (int round = 0; round < 2; ++round) {
        auto api = std::make_unique<DemoAccountApi>(m_account.get());
        api->setLatency(round == 0 ? 0 : DemoAccountApi::DefaultLatencyMs);
        for (int i = 0; i < 4; ++i)
            api->fetchUsers(i * 2000, 2000, m_context.get(), pages[round * 4 + i].callback());
        QCOMPARE(api->pendingCount(), 4);
        api.reset();
    }

    ResultCatcher<UserPage> sentinel;
    m_api->setLatency(30);
    m_api->fetchUsers(0, 10, m_context.get(), sentinel.callback());
    QVERIFY(sentinel.wait(5000));
    QCOMPARE(sentinel.value().count, 20000);
    for (const ResultCatcher<UserPage> &page : pages)
        QCOMPARE(page.calls(), 0);
}

void TestDemoAccountApi::callbackMayDeleteTheBackendWhilePagesAreInFlight_data()
{
    QTest::addColumn<int>("latency");
    QTest::newRow("no latency") << 0; // the others are still being read or handed back
    QTest::newRow("40 ms") << 40; // the others are read and wait for the latency to pass
}

void TestDemoAccountApi::callbackMayDeleteTheBackendWhilePagesAreInFlight()
{
    QFETCH(int, latency);
    auto *api = new DemoAccountApi(m_account.get());
    api->setLatency(latency);
    QPointer<DemoAccountApi> guard(api);
    // Whichever page comes first deletes the backend; no other may come after it.
    int calls = 0;
    const auto deleting = [guard, &calls](const Result<UserPage> &) {
        ++calls;
        delete guard.data();
    };
    for (int i = 0; i < 6; ++i)
        api->fetchUsers(i * 10, 10, m_context.get(), deleting);
    QTRY_VERIFY(guard.isNull());

    ResultCatcher<UserPage> sentinel;
    m_api->setLatency(latency + 20);
    m_api->fetchUsers(0, 10, m_context.get(), sentinel.callback());
    QVERIFY(sentinel.wait(5000));
    QCOMPARE(calls, 1);
}

void TestDemoAccountApi::destroyedContextGetsNoPage()
{
    m_api->setLatency(100);
    // Destroyed right after asking.
    auto *dialog = new QObject;
    ResultCatcher<UserPage> early;
    m_api->fetchUsers(0, 10, dialog, early.callback());
    delete dialog;

    // Destroyed after the reader has answered, while the latency runs: by the callback of a
    // call made just before, which is due first.
    auto *other = new QObject;
    ResultCatcher<UserPage> late;
    int firstCalls = 0;
    m_api->fetchMe(m_context.get(), [&firstCalls, &other](const Result<AccountInfo> &) {
        ++firstCalls;
        delete other;
        other = nullptr;
    });
    m_api->fetchUsers(10, 10, other, late.callback());
    QTRY_COMPARE(firstCalls, 1);
    QVERIFY(!other);

    ResultCatcher<UserPage> sentinel;
    m_api->fetchUsers(0, 10, m_context.get(), sentinel.callback());
    QVERIFY(sentinel.wait(5000));
    QCOMPARE(early.calls(), 0);
    QCOMPARE(late.calls(), 0);
    QCOMPARE(firstCalls, 1);
    QCOMPARE(m_api->pendingCount(), 0);
}

void TestDemoAccountApi::manyPagesArriveInRequestOrder_data()
{
    QTest::addColumn<int>("latency");
    QTest::newRow("no latency") << 0;
    QTest::newRow("shorter than reading them all") << 20;
    QTest::newRow("default") << int(DemoAccountApi::DefaultLatencyMs);
}

void TestDemoAccountApi::manyPagesArriveInRequestOrder()
{
    QFETCH(int, latency);
    constexpr int Count = 20000;
    constexpr int PageSize = 1000;
    VERIFY_OK(m_account->seedGenerated(Count));
    m_api->setLatency(latency);

    QList<int> order;
    QList<UserPage> pages(Count / PageSize);
    for (int i = 0; i < Count / PageSize; ++i) {
        m_api->fetchUsers(i * PageSize, PageSize, m_context.get(), [&order, &pages, i](const Result<UserPage> &page) {
            order.append(i);
            if (page)
                pages[i] = page.value();
        });
    }
    QCOMPARE(m_api->pendingCount(), Count / PageSize);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), Count / PageSize, 30000);

    QList<int> expected(Count / PageSize);
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(order, expected);
    qint64 lastId = 0;
    int total = 0;
    for (const UserPage &page : std::as_const(pages)) {
        QCOMPARE(page.count, Count);
        QCOMPARE(page.users.size(), PageSize);
        for (const User &u : page.users) {
            QVERIFY2(u.id > lastId, qPrintable(QString::number(u.id)));
            lastId = u.id;
        }
        total += int(page.users.size());
    }
    QCOMPARE(total, Count);
    QCOMPARE(pages.first().users.first(), m_account->listUsers(0, 1).value().users.first());
    QCOMPARE(pages.last().users.last().id, m_account->listUsers(Count - 1, 1).value().users.first().id);
    QCOMPARE(m_api->pendingCount(), 0);
}

void TestDemoAccountApi::fetchMe()
{
    ResultCatcher<AccountInfo> me;
    m_api->fetchMe(m_context.get(), me.callback());
    QVERIFY(me.wait(5000));
    QVERIFY(me.result().ok());
    QCOMPARE(me.value().clientId, DemoSeed::ClientId);
    QCOMPARE(me.value().companyName, DemoSeed::companyName());
    QCOMPARE(me.value().currentUserId, m_account->me().value().currentUserId);
    QCOMPARE(me.calls(), 1);
}

void TestDemoAccountApi::fetchUsers()
{
    ResultCatcher<UserPage> page;
    m_api->fetchUsers(10, 25, m_context.get(), page.callback());
    QVERIFY(page.wait(5000));
    QVERIFY(page.result().ok());
    const UserPage direct = m_account->listUsers(10, 25).value();
    QCOMPARE(page.value().users, direct.users);
    QCOMPARE(page.value().count, direct.count);
    QCOMPARE(page.value().hasNext, true);
}

void TestDemoAccountApi::fetchUser()
{
    const User first = m_account->listUsers(0, 1).value().users.first();
    ResultCatcher<User> found;
    ResultCatcher<User> missing;
    m_api->fetchUser(first.id, m_context.get(), found.callback());
    m_api->fetchUser(42, m_context.get(), missing.callback());
    QVERIFY(missing.wait(5000));
    QCOMPARE(found.value(), first);
    QVERIFY(!missing.result().ok());
    QCOMPARE(int(missing.result().error().kind), int(Kind::NotFound));
    QCOMPARE(missing.result().error().httpStatus, 404);
    QCOMPARE(missing.result().error().message, QStringLiteral("User not found."));
}

void TestDemoAccountApi::inviteUser()
{
    InviteRequest request;
    request.clientId = DemoSeed::ClientId;
    request.email = QStringLiteral("api@example.com");
    request.roleId = Role::Engineers;
    ResultCatcher<InviteResult> invited;
    m_api->inviteUser(request, m_context.get(), invited.callback());
    QVERIFY(invited.wait(5000));
    QVERIFY(invited.result().ok());
    QCOMPARE(m_account->user(invited.value().userId).value().email, request.email);

    ResultCatcher<InviteResult> again;
    m_api->inviteUser(request, m_context.get(), again.callback());
    QVERIFY(again.wait(5000));
    QCOMPARE(int(again.result().error().kind), int(Kind::Validation));
    QCOMPARE(again.result().error().message,
             QStringLiteral("User %1 has already been invited to client 301542").arg(invited.value().userId));

    request.email.clear();
    ResultCatcher<InviteResult> empty;
    m_api->inviteUser(request, m_context.get(), empty.callback());
    QVERIFY(empty.wait(5000));
    QCOMPARE(empty.result().error().fieldErrors.value(QStringLiteral("email")),
             QStringLiteral("This field is required"));
}

void TestDemoAccountApi::updateUser()
{
    const User target = m_account->listUsers(5, 1).value().users.first();
    UserPatch patch;
    patch.name = QString::fromUtf8("Jürgen Weiß");
    patch.lang = QStringLiteral("de");
    ResultCatcher<User> edited;
    m_api->updateUser(target.id, patch, m_context.get(), edited.callback());
    QVERIFY(edited.wait(5000));
    QVERIFY(edited.result().ok());
    QCOMPARE(edited.value().name, QString::fromUtf8("Jürgen Weiß"));
    QCOMPARE(edited.value(), m_account->user(target.id).value());

    patch = UserPatch();
    patch.lang = QStringLiteral("xx");
    ResultCatcher<User> refused;
    m_api->updateUser(target.id, patch, m_context.get(), refused.callback());
    QVERIFY(refused.wait(5000));
    QCOMPARE(refused.result().error().fieldErrors.keys(), QStringList{QStringLiteral("lang")});
}

void TestDemoAccountApi::fetchAndChangeRole()
{
    const User target = m_account->listUsers(7, 1).value().users.first();
    const int newRole = target.roleId() == Role::Engineers ? Role::Users : Role::Engineers;
    ResultCatcher<Done> changed;
    ResultCatcher<int> role;
    m_api->changeRole(DemoSeed::ClientId, target.id, newRole, m_context.get(), changed.callback());
    m_api->fetchRole(DemoSeed::ClientId, target.id, m_context.get(), role.callback());
    QVERIFY(role.wait(5000));
    QVERIFY(changed.result().ok());
    QCOMPARE(role.value(), newRole);

    ResultCatcher<Done> invalid;
    m_api->changeRole(DemoSeed::ClientId, target.id, 77, m_context.get(), invalid.callback());
    QVERIFY(invalid.wait(5000));
    QCOMPARE(invalid.result().error().fieldErrors.value(QStringLiteral("user_role")),
             QStringLiteral("Invalid role: 77"));
}

void TestDemoAccountApi::removeUser()
{
    const QList<User> users = m_account->listUsers(0, 0).value().users;
    const qint64 me = m_account->me().value().currentUserId;
    const auto plain = std::find_if(users.cbegin(), users.cend(), [&](const User &u) {
        return u.id != me && m_account->tokens(DemoSeed::ClientId, u.id).value().isEmpty();
    });
    ResultCatcher<Done> removed;
    m_api->removeUser(DemoSeed::ClientId, plain->id, m_context.get(), removed.callback());
    QVERIFY(removed.wait(5000));
    QVERIFY(removed.result().ok());
    QCOMPARE(int(m_account->user(plain->id).error().kind), int(Kind::NotFound));

    // Among those still in the account: the one removed above has no tokens any more.
    const auto holder = std::find_if(users.cbegin(), users.cend(), [&](const User &u) {
        const QList<ApiToken> t = m_account->tokens(DemoSeed::ClientId, u.id).valueOr({});
        return std::any_of(t.cbegin(), t.cend(), [](const ApiToken &k) { return !k.expiresAt.isValid(); });
    });
    ResultCatcher<Done> refused;
    m_api->removeUser(DemoSeed::ClientId, holder->id, m_context.get(), refused.callback());
    QVERIFY(refused.wait(5000));
    QCOMPARE(int(refused.result().error().kind), int(Kind::Forbidden));
    QCOMPARE(refused.result().error().httpStatus, 403);
    QCOMPARE(refused.result().error().message, QStringLiteral("You can't remove the user as they have active tokens"));
}

void TestDemoAccountApi::resendInvitation()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<User> users = m_account->listUsers(0, 0).value().users;
    const auto expired =
        std::find_if(users.cbegin(), users.cend(), [&](const User &u) { return u.status(now) == UserStatus::Expired; });
    QVERIFY(expired != users.cend());
    ResultCatcher<Done> resent;
    m_api->resendInvitation(expired->email, m_context.get(), resent.callback());
    QVERIFY(resent.wait(5000));
    QVERIFY(resent.result().ok());
    QCOMPARE(m_account->user(expired->id).value().status(QDateTime::currentDateTimeUtc()), UserStatus::Pending);

    ResultCatcher<Done> unknown;
    m_api->resendInvitation(QStringLiteral("nobody@example.com"), m_context.get(), unknown.callback());
    QVERIFY(unknown.wait(5000));
    QCOMPARE(unknown.result().error().httpStatus, 404);
    QCOMPARE(unknown.result().error().message, QStringLiteral("User with given email not found."));
}

void TestDemoAccountApi::fetchTokens()
{
    const User target = m_account->listUsers(9, 1).value().users.first();
    const ApiToken token = m_account->addToken(target.id, QStringLiteral("Grafana")).value();
    ResultCatcher<TokenList> tokens;
    m_api->fetchTokens(DemoSeed::ClientId, target.id, m_context.get(), tokens.callback());
    QVERIFY(tokens.wait(5000));
    QVERIFY(tokens.result().ok());
    QCOMPARE(tokens.value().tokens.constLast().id, token.id);
    QCOMPARE(tokens.value().tokens.constLast().name, QStringLiteral("Grafana"));
    QCOMPARE(tokens.value().tokens.constLast().issuerEmail, target.email);
    QCOMPARE(tokens.value().tokens.size(), m_account->tokens(DemoSeed::ClientId, target.id).value().size());

    // The account's list has it too; deleting it takes it off.
    ResultCatcher<TokenList> all;
    m_api->fetchTokens(DemoSeed::ClientId, 0, m_context.get(), all.callback());
    QVERIFY(all.wait(5000));
    QCOMPARE(all.value().tokens.size(), m_account->tokens(DemoSeed::ClientId, 0).value().size());
    ResultCatcher<Done> deleted;
    m_api->deleteToken(DemoSeed::ClientId, token.id, m_context.get(), deleted.callback());
    QVERIFY(deleted.wait(5000));
    QVERIFY(deleted.result().ok());
    ResultCatcher<Done> again;
    m_api->deleteToken(DemoSeed::ClientId, token.id, m_context.get(), again.callback());
    QVERIFY(again.wait(5000));
    QCOMPARE(int(again.error().kind), int(ApiError::Kind::NotFound));
    QCOMPARE(m_account->tokens(DemoSeed::ClientId, 0).value().size(), all.value().tokens.size() - 1);
}

void TestDemoAccountApi::setActive()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<User> users = m_account->listUsers(0, 0).value().users;
    const qint64 me = m_account->me().value().currentUserId;
    const auto active = std::find_if(users.cbegin(), users.cend(),
                                     [&](const User &u) { return u.id != me && u.status(now) == UserStatus::Active; });
    ResultCatcher<User> off;
    m_api->setActive(active->id, false, m_context.get(), off.callback());
    QVERIFY(off.wait(5000));
    QVERIFY(off.result().ok());
    QCOMPARE(off.value().status(now), UserStatus::Deactivated);
    ResultCatcher<User> on;
    m_api->setActive(active->id, true, m_context.get(), on.callback());
    QVERIFY(on.wait(5000));
    QCOMPARE(on.value().status(now), UserStatus::Active);
}

ROSTER_TEST_GUILESS_MAIN(TestDemoAccountApi)
#include "tst_demoaccountapi.moc"
