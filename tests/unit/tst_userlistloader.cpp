#include "FakeAccountApi.h"
#include "TestMain.h"
#include "UserGenerator.h"
#include "items/UserListLoader.h"
#include "items/UsersModel.h"
#include "store/UserCache.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace {

QList<qint64> idsOf(const QList<User> &users)
{
    QList<qint64> ids;
    for (const User &u : users)
        ids.append(u.id);
    return ids;
}

// The same users under other ids, so two generated lists do not share anyone.
QList<User> withIdsFrom(QList<User> users, qint64 firstId)
{
    for (User &u : users) {
        u.id = firstId++;
        for (ClientRoles &c : u.clientAndRoles)
            c.userId = u.id;
    }
    return users;
}

template <typename T>
QList<T> sorted(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

class TestUserListLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void defaultsComeFromTheBackend();
    void keepsAtMostNPagesInFlight_data();
    void keepsAtMostNPagesInFlight();
    void answersInAnyOrderYieldEveryUserOnce_data();
    void answersInAnyOrderYieldEveryUserOnce();
    void firstPageAtOnceLaterPagesInBatches();
    void withoutTotalPagesOneAfterAnother_data();
    void withoutTotalPagesOneAfterAnother();
    void errorMidwayKeepsWhatArrived();
    void refreshUpdatesInPlaceAndRemovesVanished();
    void secondRefreshIgnoresTheFirst();
    void emptyAccount();
    void cancelStopsEverything();
    void serverCapsThePageSize();
    void shortPageInTheMiddleIsCompleted();
    void refreshIsWrittenToTheCache();
    void cachedUsersShowAtOnce();
    void failedRefreshLeavesTheCache();
    void switchingBackends();
    void hostileServersEnd_data();
    void hostileServersEnd();
    void capsOnPagesAndUsers();
    void loadDeadlineKeepsWhatArrived();
    void unreadableRecordsAreCountedAndRemoveNobody();
    void pagesInFlightAdapt();
    void countsPast2To31();
    void rowsGoInATurnAtATime();

private:
    // Answers every outstanding request, oldest first, until none is left.
    void answerAll(const QList<User> &server, bool withCount = true);
    // A whole refresh against `server`, answered in request order.
    void load(const QList<User> &server);
    QList<qint64> modelIds() const { return idsOf(m_model->users()); }

    std::unique_ptr<FakeAccountApi> m_api; // holds every request: the tests answer them, in any order
    std::unique_ptr<UsersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<UserListLoader> m_loader;
    std::unique_ptr<QSignalSpy> m_finished;
    int m_failures = 0;
    std::optional<ApiError> m_error;
};

void TestUserListLoader::init()
{
    m_api = std::make_unique<FakeAccountApi>();
    m_api->hold = true;
    m_model = std::make_unique<UsersModel>();
    // Alive for the whole test, so it sees every mutation.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_loader = std::make_unique<UserListLoader>(m_api.get(), m_model.get());
    m_finished = std::make_unique<QSignalSpy>(m_loader.get(), &UserListLoader::finished);
    m_failures = 0;
    m_error.reset();
    connect(m_loader.get(), &UserListLoader::failed, this, [this](const ApiError &error) {
        ++m_failures;
        m_error = error;
    });
}

void TestUserListLoader::cleanup()
{
    m_finished.reset();
    m_loader.reset();
    m_tester.reset();
    m_model.reset();
    m_api.reset();
}

void TestUserListLoader::answerAll(const QList<User> &server, bool withCount)
{
    for (QList<int> open = m_api->outstanding(); !open.isEmpty(); open = m_api->outstanding())
        QVERIFY(m_api->answer(open.first(), server, withCount));
}

void TestUserListLoader::load(const QList<User> &server)
{
    const int before = int(m_finished->count());
    m_loader->refresh();
    answerAll(server);
    // Rows go into the model at most MaxRowsPerApply a turn, so the end may take a few turns.
    QTRY_COMPARE(m_finished->count(), before + 1);
    QVERIFY(!m_loader->isLoading());
}

void TestUserListLoader::defaultsComeFromTheBackend()
{
    m_api->pageSize = 3;
    m_api->pagesInFlight = 2;
    UserListLoader loader(m_api.get(), m_model.get());
    QCOMPARE(loader.pageSize(), 3);
    const QList<User> server = UserGenerator::generate(20, 7);

    loader.refresh();
    QCOMPARE(int(m_api->requests.size()), 1);
    QVERIFY(m_api->answer(0, server));
    QCOMPARE(m_api->outstanding().size(), 2);
    QCOMPARE(m_api->offsetsRequested(), (QList<int>{0, 3, 6}));
    for (const FakeAccountApi::Request &r : m_api->requests)
        QCOMPARE(r.limit, 3);
}

void TestUserListLoader::keepsAtMostNPagesInFlight_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("inFlight");
    QTest::newRow("one at a time") << 23 << 5 << 1;
    QTest::newRow("three") << 23 << 5 << 3;
    QTest::newRow("more allowed than pages") << 23 << 5 << 10;
    QTest::newRow("exact multiple") << 40 << 8 << 2;
    QTest::newRow("a single page") << 4 << 5 << 3;
}

void TestUserListLoader::keepsAtMostNPagesInFlight()
{
    QFETCH(int, users);
    QFETCH(int, pageSize);
    QFETCH(int, inFlight);
    const QList<User> server = UserGenerator::generate(users, 11);
    m_loader->setPageSize(pageSize);
    m_loader->setMaxPagesInFlight(inFlight);
    QSignalSpy progress(m_loader.get(), &UserListLoader::progress);

    m_loader->refresh();
    QVERIFY(m_loader->isLoading());
    // The first page alone: the total is not known yet.
    QCOMPARE(m_api->outstanding(), QList<int>{0});
    QCOMPARE(m_api->requests.front().offset, 0);
    QVERIFY(m_api->answer(0, server));

    const int pages = (users + pageSize - 1) / pageSize;
    // As many more as allowed, and never more than there are.
    QCOMPARE(m_api->outstanding().size(), std::min(inFlight, pages - 1));
    while (!m_api->outstanding().isEmpty()) {
        QVERIFY(m_api->answer(m_api->outstanding().first(), server));
        const int requested = int(m_api->requests.size());
        const int answered = requested - int(m_api->outstanding().size());
        // Whenever pages remain unrequested, the loader keeps the window full.
        if (requested < pages)
            QCOMPARE(m_api->outstanding().size(), inFlight);
        QVERIFY(answered <= pages);
    }
    QVERIFY(m_api->mostOutstanding <= inFlight);

    // Every page asked for exactly once, each of the page size.
    QList<int> expectedOffsets;
    for (int page = 0; page < pages; ++page)
        expectedOffsets.append(page * pageSize);
    QCOMPARE(m_api->offsetsRequested(), expectedOffsets);
    for (const FakeAccountApi::Request &r : m_api->requests)
        QCOMPARE(r.limit, pageSize);

    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_failures, 0);
    QVERIFY(!m_loader->isLoading());
    QCOMPARE(m_model->users(), server);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast(), (QVariantList{users, users}));
    QCOMPARE(m_api->otherCalls, 0);
}

void TestUserListLoader::answersInAnyOrderYieldEveryUserOnce_data()
{
    QTest::addColumn<int>("order"); // 0: newest first, else a shuffle seed
    QTest::newRow("newest first") << 0;
    QTest::newRow("shuffled 1") << 1;
    QTest::newRow("shuffled 2") << 2;
    QTest::newRow("shuffled 3") << 3;
}

void TestUserListLoader::answersInAnyOrderYieldEveryUserOnce()
{
    QFETCH(int, order);
    const QList<User> server = UserGenerator::generate(47, 3);
    m_loader->setPageSize(5);
    m_loader->setMaxPagesInFlight(4);
    QRandomGenerator rng(static_cast<quint32>(order));

    m_loader->refresh();
    for (QList<int> open = m_api->outstanding(); !open.isEmpty(); open = m_api->outstanding()) {
        const int pick = order == 0 ? open.constLast() : open.at(int(rng.bounded(open.size())));
        QVERIFY(m_api->answer(pick, server));
        QCOMPARE(m_finished->count(), m_api->outstanding().isEmpty() ? 1 : 0);
    }
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_failures, 0);
    QVERIFY(m_api->mostOutstanding <= 4);
    QCOMPARE(sorted(m_api->offsetsRequested()), (QList<int>{0, 5, 10, 15, 20, 25, 30, 35, 40, 45}));

    const QList<qint64> ids = modelIds();
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size()); // no user twice
    QCOMPARE(sorted(ids), idsOf(server));
    for (const User &u : server)
        QCOMPARE(m_model->user(m_model->rowOfUser(u.id)), u);

    // Late events change nothing.
    QCoreApplication::processEvents();
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_model->rowCount(), server.size());
}

void TestUserListLoader::firstPageAtOnceLaterPagesInBatches()
{
    const QList<User> server = UserGenerator::generate(23, 5);
    m_loader->setPageSize(5);
    m_loader->setMaxPagesInFlight(4);
    QSignalSpy progress(m_loader.get(), &UserListLoader::progress);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    m_loader->refresh();
    QVERIFY(m_api->answer(0, server));
    // The first page is shown at once.
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress.constLast(), (QVariantList{5, 23}));

    // Two pages arriving together are applied together, by the timer.
    QVERIFY(m_api->answer(1, server));
    QVERIFY(m_api->answer(2, server));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(progress.count(), 1);
    QTRY_COMPARE(m_model->rowCount(), 15);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(progress.count(), 2);
    QCOMPARE(progress.constLast(), (QVariantList{15, 23}));
    QCOMPARE(m_loader->loadedCount(), 15);
    QCOMPARE(m_loader->expectedCount(), 23);

    // The last page is applied at once with whatever is waiting.
    QCOMPARE(m_api->outstanding().size(), 2);
    QVERIFY(m_api->answer(m_api->outstanding().first(), server));
    QVERIFY(m_api->answer(m_api->outstanding().first(), server));
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_model->rowCount(), 23);
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.constLast(), (QVariantList{23, 23}));
    QCOMPARE(m_model->users(), server);
    QVERIFY(m_loader->lastRefresh().isValid());
}

void TestUserListLoader::withoutTotalPagesOneAfterAnother_data()
{
    QTest::addColumn<int>("users");
    QTest::newRow("last page short") << 12;
    QTest::newRow("last page empty") << 10;
    QTest::newRow("first page short") << 3;
    QTest::newRow("nobody") << 0;
}

void TestUserListLoader::withoutTotalPagesOneAfterAnother()
{
    // Named for what it did before pages were asked for ahead: without a total they now are,
    // like with one, until a short or empty page shows the end.
    QFETCH(int, users);
    const QList<User> server = UserGenerator::generate(users, 9);
    m_loader->setPageSize(5);
    m_loader->setMaxPagesInFlight(4);
    QSignalSpy progress(m_loader.get(), &UserListLoader::progress);

    m_loader->refresh();
    QCOMPARE(m_api->outstanding(), QList<int>{0});
    QVERIFY(m_api->answer(0, server, false));
    if (users >= 5)
        QVERIFY(m_api->outstanding().size() > 1); // ahead of the answers
    answerAll(server, false);
    QVERIFY(m_api->outstanding().isEmpty());
    // Nothing asked past the first short or empty page but the pages already on their way.
    const QList<int> offsets = m_api->offsetsRequested();
    const int end = users / 5 * 5; // the offset of the short or empty page
    for (int offset : offsets)
        QVERIFY2(offset <= end + 5 * 5, qPrintable(QString::number(offset)));
    QVERIFY(offsets.contains(end));
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_failures, 0);
    QCOMPARE(m_model->users(), server);
    QCOMPARE(m_loader->expectedCount(), -1);
    QVERIFY(m_loader->outcome().isComplete());
    if (users > 0)
        QCOMPARE(progress.constLast(), (QVariantList{users, -1}));
}

void TestUserListLoader::errorMidwayKeepsWhatArrived()
{
    // A user the model already shows stays: an incomplete listing proves nothing about it.
    const QList<User> earlier = withIdsFrom(UserGenerator::generate(1, 99), 1);
    m_model->upsertUsers(earlier);
    const QList<User> server = UserGenerator::generate(23, 4);
    m_loader->setPageSize(5);
    m_loader->setMaxPagesInFlight(3);

    m_loader->refresh();
    QVERIFY(m_api->answer(0, server));
    QCOMPARE(m_api->offsetsRequested(), (QList<int>{0, 5, 10, 15}));
    QVERIFY(m_api->answer(2, server)); // offset 10: waits for the next batch
    QCOMPARE(m_api->offsetsRequested(), (QList<int>{0, 5, 10, 15, 20}));
    const ApiError error = ApiError::make(ApiError::Kind::Server, QStringLiteral("Internal error"), 500);
    QVERIFY(m_api->fail(1, error));

    QCOMPARE(m_failures, 1);
    QVERIFY(m_error.has_value());
    QCOMPARE(int(m_error->kind), int(ApiError::Kind::Server));
    QCOMPARE(m_error->httpStatus, 500);
    QCOMPARE(m_error->message, QStringLiteral("Internal error"));
    QCOMPARE(m_finished->count(), 0);
    QVERIFY(!m_loader->isLoading());
    // What did arrive is in the model, at once; nothing was removed.
    QCOMPARE(sorted(modelIds()), sorted(idsOf(earlier + server.mid(0, 5) + server.mid(10, 5))));

    // The loader asked for nothing more, and the requests still out are abandoned.
    QCOMPARE(int(m_api->requests.size()), 5);
    QVERIFY(m_api->outstanding().isEmpty());
    QVERIFY(!m_api->answer(3, server));
    QVERIFY(!m_api->fail(4, error));
    QCoreApplication::processEvents(); // nothing left for the timer to apply either
    QCOMPARE(m_model->rowCount(), 11);
    QCOMPARE(m_finished->count(), 0);
    QCOMPARE(m_failures, 1);

    // A later refresh starts afresh and completes.
    m_loader->refresh();
    answerAll(server);
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_model->users(), server.mid(0, 5) + server.mid(10, 5) + server.mid(5, 5) + server.mid(15));
}

void TestUserListLoader::refreshUpdatesInPlaceAndRemovesVanished()
{
    QList<User> server = UserGenerator::generate(12, 21);
    m_loader->setPageSize(5);
    m_loader->setMaxPagesInFlight(2);
    load(server);
    QCOMPARE(m_model->users(), server);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // One user renamed on the server, one on a later page with a new address: updated in place.
    server[3].name = QStringLiteral("Renamed Person");
    server[8].email = QStringLiteral("new.address@example.com");
    load(server);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowCount(), 12);
    QCOMPARE(m_model->users(), server); // same rows, same places
    QCOMPARE(changed.count(), 2);
    QList<int> changedRows;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), bottomRight.row());
        changedRows.append(topLeft.row());
    }
    std::sort(changedRows.begin(), changedRows.end());
    QCOMPARE(changedRows, (QList<int>{3, 8}));
    QCOMPARE(m_model->data(m_model->index(3, UsersModel::Name)).toString(), QStringLiteral("Renamed Person"));

    // Two users gone from the server (one on the first page, one on the last): removed.
    changed.clear();
    const qint64 goneFirst = server.at(1).id;
    const qint64 goneLast = server.at(11).id;
    server.removeAt(11);
    server.removeAt(1);
    load(server);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QVERIFY(removed.count() >= 1);
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->rowOfUser(goneFirst), -1);
    QCOMPARE(m_model->rowOfUser(goneLast), -1);
    QCOMPARE(m_model->users(), server);
}

void TestUserListLoader::secondRefreshIgnoresTheFirst()
{
    const QList<User> before = UserGenerator::generate(12, 31);
    const QList<User> after = withIdsFrom(UserGenerator::generate(8, 32), 500000);
    m_loader->setPageSize(5);
    m_loader->setMaxPagesInFlight(2);
    QSignalSpy started(m_loader.get(), &UserListLoader::started);

    m_loader->refresh();
    QVERIFY(m_api->answer(0, before));
    QCOMPARE(m_api->outstanding(), (QList<int>{1, 2}));

    m_loader->refresh();
    QCOMPARE(started.count(), 2);
    QVERIFY(m_loader->isLoading());
    // The first refresh's requests are abandoned, the second starts from the first page.
    QCOMPARE(m_api->outstanding(), QList<int>{3});
    QCOMPARE(m_api->requests.at(3).offset, 0);
    QVERIFY(!m_api->answer(1, before));

    QVERIFY(m_api->answer(3, after));
    QVERIFY(!m_api->answer(2, before));
    answerAll(after);
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_failures, 0);
    QCOMPARE(m_api->offsetsRequested(), (QList<int>{0, 5, 10, 0, 5}));
    // Only what the second refresh delivered: the first page of the first one is gone too.
    QCOMPARE(sorted(modelIds()), idsOf(after));
    for (const User &u : after)
        QCOMPARE(m_model->user(m_model->rowOfUser(u.id)), u);
    QCOMPARE(m_loader->expectedCount(), 8);
}

void TestUserListLoader::emptyAccount()
{
    m_loader->setPageSize(5);
    const QList<User> some = UserGenerator::generate(3, 41);
    load(some);
    QCOMPARE(m_model->rowCount(), 3);

    load({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_api->offsetsRequested(), (QList<int>{0, 0})); // nothing beyond the first page
    QCOMPARE(m_loader->expectedCount(), 0);
    QCOMPARE(m_finished->count(), 2);
    QCOMPARE(m_failures, 0);

    // Starting empty too.
    load({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_finished->count(), 3);
}

void TestUserListLoader::cancelStopsEverything()
{
    const QList<User> server = UserGenerator::generate(23, 51);
    m_loader->setPageSize(5);
    m_loader->setMaxPagesInFlight(3);

    m_loader->refresh();
    QVERIFY(m_api->answer(0, server));
    QCOMPARE(m_model->rowCount(), 5);
    m_loader->cancel();
    QVERIFY(!m_loader->isLoading());
    QVERIFY(m_api->outstanding().isEmpty());
    for (int i = 1; i < int(m_api->requests.size()); ++i)
        QVERIFY(!m_api->answer(i, server));
    QCOMPARE(int(m_api->requests.size()), 4);
    QCOMPARE(m_finished->count(), 0);
    QCOMPARE(m_failures, 0);
    QCOMPARE(m_model->rowCount(), 5); // what was shown stays
}

void TestUserListLoader::serverCapsThePageSize()
{
    // Asked for 10 a page, the server sends 7: nobody may be skipped (and then removed).
    const QList<User> server = UserGenerator::generate(53, 5);
    m_loader->setPageSize(10);
    m_loader->setMaxPagesInFlight(3);
    m_api->cap = 7;
    m_loader->refresh();
    answerAll(server);
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(sorted(modelIds()), sorted(idsOf(server)));
    QCOMPARE(m_loader->pageSize(), 7);
    QCOMPARE(m_loader->loadedCount(), 53);
    QCOMPARE(m_api->offsetsRequested(), (QList<int>{0, 7, 14, 21, 28, 35, 42, 49}));
}

void TestUserListLoader::shortPageInTheMiddleIsCompleted()
{
    // One page comes back short while the others are full: the rest of it is asked for.
    const QList<User> server = UserGenerator::generate(45, 6);
    m_loader->setPageSize(10);
    m_loader->setMaxPagesInFlight(4);
    m_loader->refresh();
    QVERIFY(m_api->answer(0, server));
    const QList<int> open = m_api->outstanding();
    QCOMPARE(open.size(), 4);
    int third = -1;
    for (int index : open) {
        if (m_api->requests.at(size_t(index)).offset == 20)
            third = index;
    }
    QVERIFY(third >= 0);
    QVERIFY(m_api->answer(third, server, true, 3));
    answerAll(server);
    QCOMPARE(m_finished->count(), 1);
    QVERIFY(m_api->offsetsRequested().contains(23));
    QCOMPARE(sorted(modelIds()), sorted(idsOf(server)));
    QCOMPARE(m_model->rowCount(), 45);
}

void TestUserListLoader::refreshIsWrittenToTheCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    UserCache cache(dir.filePath(QStringLiteral("users.sqlite")));
    QVERIFY(cache.open().ok());
    m_loader->setCache(&cache);
    QVERIFY(!m_loader->loadCached().isValid()); // nothing cached yet
    QCOMPARE(m_model->rowCount(), 0);

    const QList<User> server = UserGenerator::generate(2500, 41);
    m_loader->setPageSize(1000);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    load(server);
    m_loader->flushCache(); // written on the cache's own thread
    const Result<QList<User>> cached = cache.users();
    QVERIFY(cached.ok());
    QCOMPARE(idsOf(cached.value()), idsOf(server));
    QVERIFY(cache.refreshedAt() >= before);
    QVERIFY(cache.refreshedAt() <= QDateTime::currentDateTimeUtc());
}

void TestUserListLoader::cachedUsersShowAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("users.sqlite"));
    QList<User> server = UserGenerator::generate(30, 42);
    server[4].activated = false;
    server[4].isActive = true;
    const QDateTime sent = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime refreshed = QDateTime::currentDateTimeUtc().addSecs(-600);
    {
        UserCache cache(path);
        QVERIFY(cache.open().ok());
        QVERIFY(cache.replaceUsers(server, refreshed).ok());
        QVERIFY(cache.recordInvitation(server[4].id, sent).ok());
    }

    // The next start: the rows are there before any request is answered.
    UserCache cache(path);
    QVERIFY(cache.open().ok());
    m_loader->setCache(&cache);
    QCOMPARE(m_loader->loadCached().toMSecsSinceEpoch(), refreshed.toMSecsSinceEpoch());
    QCOMPARE(m_loader->cachedAt().toMSecsSinceEpoch(), refreshed.toMSecsSinceEpoch());
    QCOMPARE(modelIds(), idsOf(server));
    QCOMPARE(m_api->requests.size(), size_t(0));
    const int row = m_model->rowOfUser(server[4].id);
    QCOMPARE(m_model->user(row).invitationSentAt.toMSecsSinceEpoch(), sent.toMSecsSinceEpoch());
    // Sent an hour ago: 23 h left, read against the model's clock (taken a moment before or after).
    const QString status = m_model->data(m_model->index(row, UsersModel::Status)).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("expires in 2[23] h$")).match(status).hasMatch(), qPrintable(status));

    // The refresh updates in place and keeps what only this app knows (the invitation time).
    server[7].name = QStringLiteral("Changed Meanwhile");
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    load(server);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->user(m_model->rowOfUser(server[7].id)).name, QStringLiteral("Changed Meanwhile"));
    QCOMPARE(m_model->user(row).invitationSentAt.toMSecsSinceEpoch(), sent.toMSecsSinceEpoch());
    m_loader->flushCache(); // written on the cache's own thread
    const Result<QList<User>> cached = cache.users();
    QVERIFY(cached.ok());
    QCOMPARE(cached.value().at(7).name, QStringLiteral("Changed Meanwhile"));
}

void TestUserListLoader::failedRefreshLeavesTheCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    UserCache cache(dir.filePath(QStringLiteral("users.sqlite")));
    QVERIFY(cache.open().ok());
    const QList<User> server = UserGenerator::generate(30, 43);
    const QDateTime refreshed = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(cache.replaceUsers(server, refreshed).ok());
    m_loader->setCache(&cache);
    m_loader->setPageSize(10);
    m_loader->setMaxPagesInFlight(1);
    QVERIFY(m_loader->loadCached().isValid());

    // Half a refresh, then the network goes: the cache still has the complete old list.
    m_loader->refresh();
    QVERIFY(m_api->answer(m_api->outstanding().first(), server.mid(0, 20)));
    QVERIFY(m_api->fail(m_api->outstanding().first(), ApiError::make(ApiError::Kind::Network, QStringLiteral("down"))));
    QCOMPARE(m_failures, 1);
    QCOMPARE(m_model->rowCount(), 30);
    m_loader->flushCache(); // written on the cache's own thread
    const Result<QList<User>> cached = cache.users();
    QVERIFY(cached.ok());
    QCOMPARE(cached.value().size(), 30);
    QCOMPARE(cache.refreshedAt().toMSecsSinceEpoch(), refreshed.toMSecsSinceEpoch());
}

void TestUserListLoader::switchingBackends()
{
    m_api->pageSize = 7;
    m_loader = std::make_unique<UserListLoader>(m_api.get(), m_model.get());
    m_loader->refresh();
    QCOMPARE(m_api->outstanding().size(), 1);

    FakeAccountApi other;
    other.hold = true;
    other.pageSize = 3;
    other.pagesInFlight = 2;
    m_loader->setApi(&other);
    QCOMPARE(m_loader->api(), &other);
    QCOMPARE(m_loader->pageSize(), 3);
    QVERIFY(!m_loader->isLoading());
    QCOMPARE(m_api->outstanding().size(), 0); // the old backend's request was dropped
    m_loader->refresh();
    QCOMPARE(other.outstanding().size(), 1);
    QCOMPARE(other.requests.front().limit, 3);
    m_loader->cancel();
}

namespace {

// What a lying server sends for the page at `offset` of `limit` users, out of `real` users.
enum class Lie { InflatedCount, EmptyPages, IgnoresOffset, RepeatsWithoutCount };

UserPage liarPage(Lie lie, const QList<User> &real, qint64 offset, int limit)
{
    UserPage page;
    switch (lie) {
    case Lie::InflatedCount:
        page.users = real.mid(std::min<qsizetype>(offset, real.size()), limit);
        page.count = 10000000;
        break;
    case Lie::EmptyPages:
        page.count = real.size();
        break;
    case Lie::IgnoresOffset:
        page.users = real.mid(0, limit);
        page.count = real.size();
        break;
    case Lie::RepeatsWithoutCount:
        page.users = real.mid(0, limit);
        break;
    }
    page.received = int(page.users.size());
    return page;
}

} // namespace

void TestUserListLoader::hostileServersEnd_data()
{
    QTest::addColumn<int>("lie");
    QTest::addColumn<int>("readable"); // users the model ends with
    QTest::addColumn<int>("stop"); // LoadOutcome::Stop
    QTest::addColumn<QString>("says");
    QTest::newRow("count of 10 million, 25 users") << int(Lie::InflatedCount) << 25 << int(LoadOutcome::Stop::EmptyPage)
                                                  << QStringLiteral("25 of 10,000,000 users could be read.");
    QTest::newRow("empty pages") << int(Lie::EmptyPages) << 0 << int(LoadOutcome::Stop::EmptyPage)
                                 << QStringLiteral("0 of 25 users could be read.");
    QTest::newRow("ignores the offset") << int(Lie::IgnoresOffset) << 10 << int(LoadOutcome::Stop::RepeatedPage)
                                        << QStringLiteral("10 of 25 users could be read.");
    QTest::newRow("full pages again and again, no count")
        << int(Lie::RepeatsWithoutCount) << 10 << int(LoadOutcome::Stop::RepeatedPage)
        << QStringLiteral("10 users could be read before Roster stopped.");
}

void TestUserListLoader::hostileServersEnd()
{
    QFETCH(int, lie);
    QFETCH(int, readable);
    QFETCH(int, stop);
    QFETCH(QString, says);
    const QList<User> real = UserGenerator::generate(25, 3);
    m_model->setUsers(withIdsFrom(UserGenerator::generate(3, 4), 900000)); // known before: not removed by a lie
    m_loader->setPageSize(10);
    m_loader->setMaxPagesInFlight(4);
    m_loader->refresh();
    // Answered as they come, whatever the loader asks, until it stops asking.
    int answered = 0;
    for (QList<int> open = m_api->outstanding(); !open.isEmpty() && answered < 1000; open = m_api->outstanding()) {
        const FakeAccountApi::Request &r = m_api->requests.at(size_t(open.first()));
        QVERIFY(m_api->answerPage(open.first(), liarPage(Lie(lie), real, r.offset, r.limit)));
        ++answered;
    }
    QVERIFY2(answered < 20, qPrintable(QString::number(answered))); // it gave up soon, not at a cap
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_failures, 0);
    QVERIFY(!m_loader->isLoading());
    QCOMPARE(int(m_loader->outcome().stop), stop);
    QCOMPARE(m_loader->outcome().received, qint64(readable));
    QVERIFY(!m_loader->outcome().isComplete());
    QVERIFY2(m_loader->outcome().describe().startsWith(says), qPrintable(m_loader->outcome().describe()));
    QCOMPARE(m_model->rowCount(), readable + 3); // what came is kept, and nobody is removed
}

void TestUserListLoader::capsOnPagesAndUsers()
{
    // A server with no count and pages full of new users, forever: the caps end it.
    m_loader->setPageSize(10);
    m_loader->setMaxPages(7);
    m_loader->refresh();
    qint64 next = 1;
    const auto endless = [&next](int limit) {
        UserPage page;
        page.users = withIdsFrom(UserGenerator::generate(limit, int(next)), next);
        next += limit;
        page.received = limit;
        return page;
    };
    for (QList<int> open = m_api->outstanding(); !open.isEmpty(); open = m_api->outstanding())
        QVERIFY(m_api->answerPage(open.first(), endless(m_api->requests.at(size_t(open.first())).limit)));
    QCOMPARE(m_api->fetchUsersCalls, 7);
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_loader->outcome().stop, LoadOutcome::Stop::PageLimit);
    QCOMPARE(m_model->rowCount(), 70);
    QCOMPARE(m_loader->outcome().describe(),
             QStringLiteral("70 users could be read before Roster stopped. Roster reads at most 7 pages of users at a time."));

    m_loader->setMaxPages(0); // the default again
    m_loader->setMaxUsers(25);
    m_loader->refresh();
    for (QList<int> open = m_api->outstanding(); !open.isEmpty(); open = m_api->outstanding())
        QVERIFY(m_api->answerPage(open.first(), endless(m_api->requests.at(size_t(open.first())).limit)));
    QCOMPARE(m_finished->count(), 2);
    QCOMPARE(m_loader->outcome().stop, LoadOutcome::Stop::UserLimit);
    QCOMPARE(m_loader->outcome().received, qint64(25));
    QCOMPARE(m_model->rowCount(), 70 + 25);
}

void TestUserListLoader::loadDeadlineKeepsWhatArrived()
{
    const QList<User> server = UserGenerator::generate(50, 8);
    m_loader->setPageSize(10);
    m_loader->setMaxPagesInFlight(1);
    m_loader->setLoadDeadline(200);
    m_loader->refresh();
    QVERIFY(m_api->answer(m_api->outstanding().first(), server));
    QVERIFY(m_api->answer(m_api->outstanding().first(), server));
    // The third page never comes: the deadline ends the load with the 20 users that did.
    QVERIFY(m_finished->wait(5000));
    QCOMPARE(m_failures, 0);
    QCOMPARE(m_loader->outcome().stop, LoadOutcome::Stop::Deadline);
    QCOMPARE(m_model->rowCount(), 20);
    QVERIFY(m_api->outstanding().isEmpty()); // the page in flight was dropped
    QCOMPARE(m_loader->outcome().describe(),
             QStringLiteral("20 of 50 users could be read. Reading the list took longer than Roster waits."));
}

void TestUserListLoader::unreadableRecordsAreCountedAndRemoveNobody()
{
    const QList<User> server = UserGenerator::generate(12, 9);
    m_model->setUsers(server);
    m_loader->setPageSize(10);
    m_loader->refresh();
    UserPage first;
    first.users = server.mid(0, 8); // 2 of the 10 could not be read
    first.received = 10;
    first.unreadable = 2;
    first.unreadableReason = QStringLiteral("the server sent no usable id");
    first.count = 12;
    QVERIFY(m_api->answerPage(m_api->outstanding().first(), first));
    QVERIFY(m_api->answer(m_api->outstanding().first(), server));
    QCOMPARE(m_finished->count(), 1);
    const LoadOutcome &outcome = m_loader->outcome();
    QCOMPARE(outcome.received, qint64(10));
    QCOMPARE(outcome.unreadable, 2);
    QCOMPARE(outcome.stop, LoadOutcome::Stop::None);
    QVERIFY(!outcome.isComplete());
    QCOMPARE(outcome.describe(), QStringLiteral("10 of 12 users could be read. 2 users could not be read: the server sent no usable id."));
    QCOMPARE(m_model->rowCount(), 12); // the two unread ones may well still exist
}

void TestUserListLoader::pagesInFlightAdapt()
{
    const QList<User> server = UserGenerator::generate(400, 10);
    m_api->pagesInFlight = 2;
    UserListLoader loader(m_api.get(), m_model.get());
    loader.setPageSize(5);
    loader.setMaxPagesInFlight(6);
    QCOMPARE(loader.pagesInFlightLimit(), 2);
    loader.refresh();
    // A server that keeps up gets more pages at once, up to the cap.
    int most = 0;
    for (int i = 0; i < 30; ++i) {
        const QList<int> open = m_api->outstanding();
        most = std::max(most, int(open.size()));
        QVERIFY(m_api->answer(open.first(), server));
    }
    QCOMPARE(loader.pagesInFlightLimit(), 6);
    QCOMPARE(most, 6);
    // 429: half as many, at once.
    emit m_api->throttled();
    QCOMPARE(loader.pagesInFlightLimit(), 3);
    emit m_api->throttled();
    emit m_api->throttled();
    QCOMPARE(loader.pagesInFlightLimit(), 1);
    loader.cancel();
}

void TestUserListLoader::rowsGoInATurnAtATime()
{
    // Pages that arrive together are not put in the model in one go: the window would stop
    // answering for as long. At most MaxRowsPerApply rows a turn; the end waits for the rest.
    const qsizetype most = UserListLoader::MaxRowsPerApply;
    const QList<User> server = UserGenerator::generate(int(most) * 3 + 10, 13);
    m_loader->setPageSize(int(most) * 3);
    m_loader->setApplyInterval(0);
    std::vector<int> inserted;
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [&inserted](const QModelIndex &, int first, int last) { inserted.push_back(last - first + 1); });
    m_loader->refresh();
    UserPage first;
    first.users = server.mid(0, 10);
    first.received = 10;
    first.count = server.size();
    QVERIFY(m_api->answerPage(m_api->outstanding().first(), first)); // in at once
    QCOMPARE(m_model->rowCount(), 10);
    answerAll(server);
    QCOMPARE(m_finished->count(), 0); // rows still to go in
    QTRY_COMPARE(m_finished->count(), 1);
    QCOMPARE(m_model->users(), server);
    QVERIFY(inserted.size() >= 4);
    for (size_t i = 1; i < inserted.size(); ++i)
        QVERIFY2(inserted[i] <= most, qPrintable(QString::number(inserted[i])));
}

void TestUserListLoader::countsPast2To31()
{
    // A count past 2^31 is taken as it is (no int to wrap round), and sizes nothing.
    m_loader->setPageSize(1000);
    m_loader->setMaxPagesInFlight(2);
    QSignalSpy progress(m_loader.get(), &UserListLoader::progress);
    m_loader->refresh();
    UserPage first;
    first.users = UserGenerator::generate(1000, 12);
    first.received = 1000;
    first.count = qint64(5) << 32;
    QVERIFY(m_api->answerPage(m_api->outstanding().first(), first));
    QCOMPARE(m_loader->expectedCount(), qint64(5) << 32);
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(5) << 32);
    QCOMPARE(m_api->offsetsRequested(), (QList<int>{0, 1000, 2000}));
    m_loader->cancel();
}

ROSTER_TEST_GUILESS_MAIN(TestUserListLoader)
#include "tst_userlistloader.moc"
