#include "TestMain.h"
#include "UserGenerator.h"
#include "domain/Role.h"
#include "items/UserFilter.h"
#include "items/UsersModel.h"
#include "domain/Language.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <memory>

using TwoFactor = UserFilter::TwoFactor;
Q_DECLARE_METATYPE(std::optional<UserStatus>)
Q_DECLARE_METATYPE(std::optional<SignInMethod>)

class TestUserFilter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void search_data();
    void search();
    void idExactMatchComesFirst();
    void combinedFilters();
    void signInMethodFilter_data();
    void signInMethodFilter();
    void signInMethodWithSearchAndStatus();
    void facetCounts();
    void agreesWithReference_data();
    void agreesWithReference();
    void sorting_data();
    void sorting();
    void sortAgreesWithReference();
    void textOrdersKeptUpToDate();
    void sortedSourceUpdates();
    void selectionSurvivesFilterAndSourceChanges();
    void sourceUpdatesRefilter();
    void emptyResultKeepsHeaders();
    void clearFilters();

private:
    User user(qint64 id, const QString &name, const QString &email, UserStatus status = UserStatus::Active,
              bool twoFa = false, int role = Role::Users, const QString &lang = QStringLiteral("en")) const;
    QList<qint64> visibleIds() const;
    // Every user's id in `column`'s ascending order, by the rules written out plainly.
    QList<qint64> referenceOrder(int column) const;
    void loadSample();
    // A plain, obviously correct implementation of the filter rules to compare against.
    QList<qint64> reference(const QString &text, std::optional<UserStatus> status, TwoFactor twoFactor, int role,
                            std::optional<SignInMethod> signIn = std::nullopt) const;

    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    std::unique_ptr<UsersModel> m_users;
    std::unique_ptr<UserFilter> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

User TestUserFilter::user(qint64 id, const QString &name, const QString &email, UserStatus status, bool twoFa, int role,
                          const QString &lang) const
{
    User u;
    u.id = id;
    u.name = name;
    u.email = email;
    u.twoFa = twoFa;
    u.lang = lang;
    u.client = 7;
    u.clientAndRoles = {{7, QString(), id, {role}}};
    u.activated = status == UserStatus::Active || status == UserStatus::Deactivated;
    u.isActive = status != UserStatus::Deactivated;
    if (status == UserStatus::Expired)
        u.invitationSentAt = m_now.addSecs(-30 * 3600);
    return u;
}

void TestUserFilter::init()
{
    m_users = std::make_unique<UsersModel>();
    m_users->refreshStatuses(m_now);
    m_filter = std::make_unique<UserFilter>();
    m_filter->setSourceModel(m_users.get());
    // Alive for the whole test: they check every signal of every mutation.
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(m_users.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestUserFilter::cleanup()
{
    m_tester.reset();
    m_sourceTester.reset();
    m_filter.reset();
    m_users.reset();
}

QList<qint64> TestUserFilter::visibleIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const qint64 id = m_filter->index(row, 0).data(UsersModel::UserIdRole).toLongLong();
        ids.append(id);
        if (m_filter->userIdAt(row) != id)
            return {-1};
    }
    return ids;
}

void TestUserFilter::loadSample()
{
    QList<User> users({
        user(19449, QStringLiteral("Jane Doe"), QStringLiteral("jane@example.com"), UserStatus::Pending),
        user(194, QStringLiteral("John Smith"), QStringLiteral("john.smith@example.com"), UserStatus::Active, true, Role::Administrators),
        user(1944, QStringLiteral("Jürgen Müller"), QStringLiteral("juergen.mueller@beispiel.de"), UserStatus::Active, false, Role::Engineers, QStringLiteral("de")),
        user(31944, QStringLiteral("Ольга Иванова"), QStringLiteral("olga.ivanova@example.ru"), UserStatus::Deactivated, true, Role::Users, QStringLiteral("ru")),
        user(2001, QStringLiteral("王伟"), QStringLiteral("wang.wei@example.cn"), UserStatus::Expired, false, Role::PurgeAndPrefetchApi, QStringLiteral("zh")),
        user(2002, QString(), QStringLiteral("NoName.Person@EXAMPLE.com"), UserStatus::Pending, true, Role::PurgeAndPrefetchApiWeb),
        user(77, QStringLiteral("Straße Weiß"), QStringLiteral("strasse@beispiel.de"), UserStatus::Active, false, Role::Users, QStringLiteral("de")),
    });
    // Sign-in methods: Jane a password, John GitHub besides, Jürgen SSO, Olga Google, Wang SSO
    // by sso_auth alone, 2002 Google besides, 77 only a method the API does not document.
    const QList<QStringList> authTypes = {{QStringLiteral("password")},
                                          {QStringLiteral("github"), QStringLiteral("password")},
                                          {QStringLiteral("sso")},
                                          {QStringLiteral("google-oauth2")},
                                          {},
                                          {QStringLiteral("password"), QStringLiteral("google-oauth2")},
                                          {QStringLiteral("saml-2")}};
    for (qsizetype i = 0; i < users.size(); ++i)
        users[i].authTypes = authTypes.at(i);
    users[4].ssoAuth = true;
    m_users->setUsers(users);
}

void TestUserFilter::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("ids"); // in source order (no sort)

    QTest::newRow("empty shows all") << QString() << QList<qint64>{19449, 194, 1944, 31944, 2001, 2002, 77};
    QTest::newRow("spaces only show all") << QStringLiteral("   ") << QList<qint64>{19449, 194, 1944, 31944, 2001, 2002, 77};
    QTest::newRow("id exact") << QStringLiteral("19449") << QList<qint64>{19449};
    QTest::newRow("id prefix: exact first") << QStringLiteral("194") << QList<qint64>{194, 19449, 1944};
    QTest::newRow("id prefix only") << QStringLiteral("20") << QList<qint64>{2001, 2002};
    QTest::newRow("id is not a substring match") << QStringLiteral("944") << QList<qint64>{};
    QTest::newRow("id with spaces around") << QStringLiteral(" 77 ") << QList<qint64>{77};
    QTest::newRow("leading zero matches no id") << QStringLiteral("0194") << QList<qint64>{};
    QTest::newRow("very long digits") << QStringLiteral("123456789012345678901234") << QList<qint64>{};
    QTest::newRow("email substring") << QStringLiteral("example.com") << QList<qint64>{19449, 194, 2002};
    QTest::newRow("email case-insensitive") << QStringLiteral("noname.person@example") << QList<qint64>{2002};
    QTest::newRow("search text upper case") << QStringLiteral("JANE") << QList<qint64>{19449};
    QTest::newRow("name substring") << QStringLiteral("smith") << QList<qint64>{194};
    QTest::newRow("name with space") << QStringLiteral("jane doe") << QList<qint64>{19449};
    QTest::newRow("umlaut") << QStringLiteral("MÜLLER") << QList<qint64>{1944};
    QTest::newRow("sharp s folds to ss") << QStringLiteral("WEISS") << QList<qint64>{77};
    QTest::newRow("cyrillic lower") << QStringLiteral("ольга") << QList<qint64>{31944};
    QTest::newRow("cyrillic upper") << QStringLiteral("ИВАНОВА") << QList<qint64>{31944};
    QTest::newRow("chinese") << QStringLiteral("伟") << QList<qint64>{2001};
    QTest::newRow("digits inside text are text") << QStringLiteral("jane1") << QList<qint64>{};
    QTest::newRow("does not span email and name") << QStringLiteral("comjane") << QList<qint64>{};
    QTest::newRow("no match") << QStringLiteral("zzz") << QList<qint64>{};
    QTest::newRow("at sign") << QStringLiteral("@beispiel") << QList<qint64>{1944, 77};
}

void TestUserFilter::search()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, ids);
    loadSample();
    m_filter->setSearchText(text);
    QCOMPARE(visibleIds(), ids);
    QCOMPARE(m_filter->isFiltered(), !text.trimmed().isEmpty());
}

void TestUserFilter::idExactMatchComesFirst()
{
    loadSample();
    m_filter->sort(UsersModel::Id, Qt::DescendingOrder);
    m_filter->setSearchText(QStringLiteral("194"));
    QCOMPARE(visibleIds(), (QList<qint64>{194, 19449, 1944}));
    QVERIFY(m_filter->isIdSearch());
    // Typing one more digit narrows the list.
    m_filter->setSearchText(QStringLiteral("1944"));
    QCOMPARE(visibleIds(), (QList<qint64>{1944, 19449}));
    m_filter->setSearchText(QStringLiteral("19"));
    QCOMPARE(visibleIds(), (QList<qint64>{19449, 1944, 194}));
}

void TestUserFilter::combinedFilters()
{
    loadSample();
    m_filter->setStatusFilter(UserStatus::Active);
    QCOMPARE(visibleIds(), (QList<qint64>{194, 1944, 77}));
    m_filter->setSearchText(QStringLiteral("beispiel"));
    QCOMPARE(visibleIds(), (QList<qint64>{1944, 77}));
    m_filter->setRoleFilter(Role::Engineers);
    QCOMPARE(visibleIds(), (QList<qint64>{1944}));
    m_filter->setTwoFactorFilter(TwoFactor::On);
    QCOMPARE(visibleIds(), QList<qint64>{});
    m_filter->setTwoFactorFilter(TwoFactor::Off);
    QCOMPARE(visibleIds(), (QList<qint64>{1944}));
    m_filter->setRoleFilter(0);
    m_filter->setSearchText(QString());
    m_filter->setStatusFilter(UserStatus::Pending);
    m_filter->setTwoFactorFilter(TwoFactor::On);
    QCOMPARE(visibleIds(), (QList<qint64>{2002}));
    m_filter->setStatusFilter(UserStatus::Expired);
    m_filter->setTwoFactorFilter(TwoFactor::Any);
    QCOMPARE(visibleIds(), (QList<qint64>{2001}));
    m_filter->setRoleFilter(4242); // a role nobody has
    QCOMPARE(visibleIds(), QList<qint64>{});
}

void TestUserFilter::signInMethodFilter_data()
{
    QTest::addColumn<std::optional<SignInMethod>>("method");
    QTest::addColumn<QList<qint64>>("ids"); // in source order (no sort)
    QTest::addColumn<int>("count");

    QTest::newRow("any") << std::optional<SignInMethod>() << QList<qint64>{19449, 194, 1944, 31944, 2001, 2002, 77} << 7;
    QTest::newRow("password") << std::optional(SignInMethod::Password) << QList<qint64>{19449, 194, 2002} << 3;
    // sso_auth counts as SSO, without "sso" in auth_types.
    QTest::newRow("sso") << std::optional(SignInMethod::Sso) << QList<qint64>{1944, 2001} << 2;
    QTest::newRow("github") << std::optional(SignInMethod::GitHub) << QList<qint64>{194} << 1;
    QTest::newRow("google") << std::optional(SignInMethod::Google) << QList<qint64>{31944, 2002} << 2;
}

void TestUserFilter::signInMethodFilter()
{
    QFETCH(std::optional<SignInMethod>, method);
    QFETCH(QList<qint64>, ids);
    QFETCH(int, count);
    loadSample();
    QCOMPARE(m_filter->signInMethodCount(method), count); // what choosing it would show
    QSignalSpy changed(m_filter.get(), &UserFilter::filterChanged);
    m_filter->setSignInMethodFilter(method);
    QCOMPARE(changed.count(), method ? 1 : 0);
    QVERIFY(m_filter->signInMethodFilter() == method);
    QCOMPARE(visibleIds(), ids);
    QCOMPARE(m_filter->isFiltered(), method.has_value());
    QCOMPARE(m_filter->isFilteredByChoice(), method.has_value());
    QCOMPARE(m_filter->signInMethodCount(method), count);
    // The others count what they would show among these users.
    QCOMPARE(m_filter->statusCount(std::nullopt), count);
    int active = 0;
    for (qint64 id : ids)
        active += m_users->status(m_users->rowOfUser(id)) == UserStatus::Active ? 1 : 0;
    QCOMPARE(m_filter->statusCount(UserStatus::Active), active);
    // A user with two methods counts for each; the filter's own counts stay.
    QCOMPARE(m_filter->signInMethodCount(std::nullopt), 7);
    QCOMPARE(m_filter->signInMethodCount(SignInMethod::Password), 3);
    QCOMPARE(m_filter->signInMethodCount(SignInMethod::Google), 2);
    // Sorted either way by the column, the same users.
    m_filter->sort(UsersModel::SignInColumn, Qt::DescendingOrder);
    QList<qint64> sorted = visibleIds();
    std::sort(sorted.begin(), sorted.end());
    QList<qint64> expected = ids;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(sorted, expected);
}

void TestUserFilter::signInMethodWithSearchAndStatus()
{
    loadSample();
    m_filter->setSignInMethodFilter(SignInMethod::Google);
    m_filter->setSearchText(QStringLiteral("example"));
    QCOMPARE(visibleIds(), (QList<qint64>{31944, 2002}));
    QCOMPARE(m_filter->statusCount(UserStatus::Pending), 1);
    QCOMPARE(m_filter->statusCount(UserStatus::Deactivated), 1);
    m_filter->setStatusFilter(UserStatus::Pending);
    QCOMPARE(visibleIds(), QList<qint64>{2002});
    // Its counts follow the search and the status.
    QCOMPARE(m_filter->signInMethodCount(std::nullopt), 2); // Jane and 2002
    QCOMPARE(m_filter->signInMethodCount(SignInMethod::Password), 2);
    QCOMPARE(m_filter->signInMethodCount(SignInMethod::Sso), 0);
    m_filter->setSignInMethodFilter(SignInMethod::Password);
    QCOMPARE(visibleIds(), (QList<qint64>{19449, 2002}));
    m_filter->setTwoFactorFilter(TwoFactor::On);
    QCOMPARE(visibleIds(), QList<qint64>{2002});
    m_filter->setTwoFactorFilter(TwoFactor::Any);
    m_filter->setStatusFilter(std::nullopt);
    m_filter->setSearchText(QStringLiteral("194"));
    QCOMPARE(visibleIds(), (QList<qint64>{194, 19449})); // the exact ID first
    m_filter->setSignInMethodFilter(SignInMethod::GitHub);
    QCOMPARE(visibleIds(), QList<qint64>{194});
    m_filter->setRoleFilter(Role::Users);
    QCOMPARE(visibleIds(), QList<qint64>{});
    QCOMPARE(m_filter->roleCount(Role::Administrators), 1);

    // A user who gains a method joins the list.
    m_filter->setRoleFilter(0);
    m_filter->setSearchText(QString());
    m_filter->setSignInMethodFilter(SignInMethod::Sso);
    QCOMPARE(visibleIds(), (QList<qint64>{1944, 2001}));
    User jane = m_users->user(m_users->rowOfUser(19449));
    jane.authTypes.append(QStringLiteral("sso"));
    m_users->upsertUsers({jane});
    QCOMPARE(visibleIds(), (QList<qint64>{19449, 1944, 2001}));
    QCOMPARE(m_filter->signInMethodCount(SignInMethod::Sso), 3);
}

void TestUserFilter::facetCounts()
{
    loadSample();
    QCOMPARE(m_filter->totalCount(), 7);
    QCOMPARE(m_filter->statusCount(std::nullopt), 7);
    QCOMPARE(m_filter->statusCount(UserStatus::Active), 3);
    QCOMPARE(m_filter->statusCount(UserStatus::Pending), 2);
    QCOMPARE(m_filter->statusCount(UserStatus::Expired), 1);
    QCOMPARE(m_filter->statusCount(UserStatus::Deactivated), 1);
    QCOMPARE(m_filter->twoFactorCount(TwoFactor::On), 3);
    QCOMPARE(m_filter->twoFactorCount(TwoFactor::Off), 4);
    QCOMPARE(m_filter->roleCount(Role::Users), 3);
    QCOMPARE(m_filter->roleCount(0), 7);

    // Each facet counts what its choice would show, given the other filters.
    QSignalSpy changed(m_filter.get(), &UserFilter::filterChanged);
    m_filter->setStatusFilter(UserStatus::Active);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_filter->statusCount(UserStatus::Pending), 2); // unaffected by its own filter
    QCOMPARE(m_filter->twoFactorCount(TwoFactor::On), 1);
    QCOMPARE(m_filter->twoFactorCount(TwoFactor::Any), 3);
    QCOMPARE(m_filter->roleCount(Role::Users), 1);
    m_filter->setSearchText(QStringLiteral("example"));
    QCOMPARE(m_filter->statusCount(UserStatus::Pending), 2);
    QCOMPARE(m_filter->statusCount(UserStatus::Active), 1);
    QCOMPARE(m_filter->statusCount(std::nullopt), 5);
}

QList<qint64> TestUserFilter::reference(const QString &text, std::optional<UserStatus> status, TwoFactor twoFactor,
                                        int role, std::optional<SignInMethod> signIn) const
{
    const QString t = text.trimmed();
    const bool digits = !t.isEmpty() && std::all_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); });
    QList<qint64> exact;
    QList<qint64> ids;
    for (int row = 0; row < m_users->rowCount(); ++row) {
        const User &u = m_users->user(row);
        if (status && m_users->status(row) != *status)
            continue;
        if (twoFactor != TwoFactor::Any && u.twoFa != (twoFactor == TwoFactor::On))
            continue;
        if (role != 0 && m_users->roleId(row) != role)
            continue;
        if (signIn && !u.signInMethods().testFlag(*signIn))
            continue;
        if (digits) {
            const QString id = QString::number(u.id);
            if (id == t)
                exact.append(u.id);
            else if (id.startsWith(t))
                ids.append(u.id);
        } else if (t.isEmpty() || u.email.contains(t, Qt::CaseInsensitive) || u.name.contains(t, Qt::CaseInsensitive)) {
            ids.append(u.id);
        }
    }
    return exact + ids;
}

void TestUserFilter::agreesWithReference_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("rounds");
    QTest::newRow("3000 users") << 3000 << 200;
    // Enough rows for the scans to be split over two threads (SplitWork::MinimumSplit).
    QTest::newRow("150000 users") << 150000 << 25;
}

void TestUserFilter::agreesWithReference()
{
    QFETCH(int, users);
    QFETCH(int, rounds);
    m_users->setUsers(UserGenerator::generate(users, 7, 301542, m_now));
    QRandomGenerator rng(42);
    const QStringList texts = {QString(), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("ann"),
                               QStringLiteral("anna"), QStringLiteral("SCHMIDT"), QStringLiteral("müller"),
                               QStringLiteral("иван"), QStringLiteral("王"), QStringLiteral("1"), QStringLiteral("10"),
                               QStringLiteral("100"), QStringLiteral("1000"), QStringLiteral("example.com"),
                               QStringLiteral("@"), QStringLiteral("x"), QStringLiteral("zzz"), QStringLiteral("ei")};
    const QList<std::optional<UserStatus>> statuses = {std::nullopt, UserStatus::Active, UserStatus::Pending,
                                                       UserStatus::Expired, UserStatus::Deactivated};
    for (int round = 0; round < rounds; ++round) {
        const QString text = texts.at(int(rng.bounded(texts.size())));
        const auto status = statuses.at(int(rng.bounded(statuses.size())));
        const auto twoFactor = TwoFactor(rng.bounded(3));
        const int role = rng.bounded(3) == 0 ? 0 : Role::all().at(int(rng.bounded(Role::all().size()))).id;
        const int method = int(rng.bounded(SignInMethodCount * 2));
        const std::optional<SignInMethod> signIn =
            method < SignInMethodCount ? std::optional(AllSignInMethods[method]) : std::nullopt;
        m_filter->setSearchText(text);
        m_filter->setStatusFilter(status);
        m_filter->setTwoFactorFilter(twoFactor);
        m_filter->setRoleFilter(role);
        m_filter->setSignInMethodFilter(signIn);
        // Unsorted, or by ID either way: sparse and dense result paths must agree.
        const int sort = int(rng.bounded(3));
        m_filter->sort(sort == 0 ? -1 : int(UsersModel::Id), sort == 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        QList<qint64> expected = reference(text, status, twoFactor, role, signIn);
        const bool exactFirst = !expected.isEmpty() && QString::number(expected.first()) == text;
        if (sort != 0) {
            const auto begin = expected.begin() + (exactFirst ? 1 : 0);
            std::sort(begin, expected.end());
            if (sort == 2)
                std::reverse(begin, expected.end());
        }
        QCOMPARE(visibleIds(), expected);
        QCOMPARE(m_filter->statusCount(status), m_filter->rowCount());
        QCOMPARE(m_filter->twoFactorCount(twoFactor), m_filter->rowCount());
        QCOMPARE(m_filter->roleCount(role), m_filter->rowCount());
        QCOMPARE(m_filter->signInMethodCount(signIn), m_filter->rowCount());
    }
}

void TestUserFilter::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QList<qint64>>("ids");

    QTest::newRow("id asc") << int(UsersModel::Id) << int(Qt::AscendingOrder) << QList<qint64>{77, 194, 1944, 2001, 2002, 19449, 31944};
    QTest::newRow("id desc") << int(UsersModel::Id) << int(Qt::DescendingOrder) << QList<qint64>{31944, 19449, 2002, 2001, 1944, 194, 77};
    // Case-insensitive; an empty name sorts first; Latin before Cyrillic before Chinese.
    QTest::newRow("name asc") << int(UsersModel::Name) << int(Qt::AscendingOrder) << QList<qint64>{2002, 19449, 194, 1944, 77, 31944, 2001};
    QTest::newRow("email asc") << int(UsersModel::Email) << int(Qt::AscendingOrder) << QList<qint64>{19449, 194, 1944, 2002, 31944, 77, 2001};
    QTest::newRow("status asc") << int(UsersModel::Status) << int(Qt::AscendingOrder) << QList<qint64>{77, 194, 1944, 2002, 19449, 2001, 31944};
    QTest::newRow("2fa desc") << int(UsersModel::TwoFactor) << int(Qt::DescendingOrder) << QList<qint64>{31944, 2002, 194, 19449, 2001, 1944, 77};
    QTest::newRow("role asc") << int(UsersModel::RoleColumn) << int(Qt::AscendingOrder) << QList<qint64>{194, 1944, 2001, 2002, 77, 19449, 31944};
    // By the methods as listed: none, then password first (alone, then with more), then SSO...
    QTest::newRow("sign-in asc") << int(UsersModel::SignInColumn) << int(Qt::AscendingOrder) << QList<qint64>{77, 19449, 194, 2002, 1944, 2001, 31944};
    QTest::newRow("sign-in desc") << int(UsersModel::SignInColumn) << int(Qt::DescendingOrder) << QList<qint64>{31944, 2001, 1944, 2002, 194, 19449, 77};
    QTest::newRow("language asc") << int(UsersModel::Language) << int(Qt::AscendingOrder) << QList<qint64>{77, 1944, 194, 2002, 19449, 31944, 2001};
    QTest::newRow("unsorted") << -1 << int(Qt::AscendingOrder) << QList<qint64>{19449, 194, 1944, 31944, 2001, 2002, 77};
}

void TestUserFilter::sorting()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QList<qint64>, ids);
    loadSample();
    m_filter->sort(column, Qt::SortOrder(order));
    QCOMPARE(visibleIds(), ids);
    // Filtering keeps the sort order.
    m_filter->setStatusFilter(UserStatus::Active);
    QList<qint64> active;
    for (qint64 id : ids) {
        if (m_users->status(m_users->rowOfUser(id)) == UserStatus::Active)
            active.append(id);
    }
    QCOMPARE(visibleIds(), active);
}

QList<qint64> TestUserFilter::referenceOrder(int column) const
{
    const auto folded = [](const QString &s) { return s.toCaseFolded().replace(QChar(0x00DF), QLatin1String("ss")).toUtf8(); };
    QList<int> rows(m_users->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const User &x = m_users->user(a);
        const User &y = m_users->user(b);
        int c = 0;
        switch (column) {
        case UsersModel::Name:
            c = folded(x.name).compare(folded(y.name));
            if (c == 0)
                c = folded(x.email).compare(folded(y.email));
            break;
        case UsersModel::Email:
            c = folded(x.email).compare(folded(y.email));
            break;
        case UsersModel::RoleColumn:
            c = Role::displayName(m_users->roleId(a)).localeAwareCompare(Role::displayName(m_users->roleId(b)));
            break;
        case UsersModel::Status:
            c = int(m_users->status(a)) - int(m_users->status(b));
            break;
        case UsersModel::TwoFactor:
            c = int(x.twoFa) - int(y.twoFa);
            break;
        case UsersModel::Language:
            c = folded(Language::displayName(x.lang)).compare(folded(Language::displayName(y.lang)));
            break;
        case UsersModel::SignInColumn: {
            // The methods as the cell lists them, compared one by one.
            const auto listed = [](const User &u) {
                QList<int> positions;
                for (int i = 0; i < SignInMethodCount; ++i) {
                    if (u.signInMethods().testFlag(AllSignInMethods[i]))
                        positions.append(i);
                }
                return positions;
            };
            const QList<int> px = listed(x);
            const QList<int> py = listed(y);
            c = std::lexicographical_compare(px.begin(), px.end(), py.begin(), py.end())
                ? -1
                : (std::lexicographical_compare(py.begin(), py.end(), px.begin(), px.end()) ? 1 : 0);
            break;
        }
        default:
            break;
        }
        return c != 0 ? c < 0 : x.id < y.id;
    });
    QList<qint64> ids;
    for (int row : rows)
        ids.append(m_users->user(row).id);
    return ids;
}

void TestUserFilter::sortAgreesWithReference()
{
    // Many repeated names and shared email prefixes: the multikey text sort must still be exact.
    m_users->setUsers(UserGenerator::generate(3000, 11, 301542, m_now));
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        QList<qint64> expected = referenceOrder(column);
        m_filter->sort(column, Qt::AscendingOrder);
        QCOMPARE(visibleIds(), expected);
        std::reverse(expected.begin(), expected.end());
        m_filter->sort(column, Qt::DescendingOrder);
        QCOMPARE(visibleIds(), expected);
    }
}

void TestUserFilter::textOrdersKeptUpToDate()
{
    // Built off the GUI thread once the rows are quiet, then patched as rows come, change and go.
    m_filter->setTextOrderThreshold(1000);
    QSignalSpy built(m_filter.get(), &UserFilter::textOrdersBuilt);
    m_users->setUsers(UserGenerator::generate(3000, 17, 301542, m_now));
    QVERIFY(!m_filter->textOrdersReady());
    QVERIFY(built.wait(10000));
    QVERIFY(m_filter->textOrdersReady());

    const auto checkAll = [this] {
        for (int column : {int(UsersModel::Name), int(UsersModel::Email), int(UsersModel::RoleColumn)}) {
            QList<qint64> expected = referenceOrder(column);
            m_filter->sort(column, Qt::AscendingOrder);
            if (visibleIds() != expected)
                return false;
            std::reverse(expected.begin(), expected.end());
            m_filter->sort(column, Qt::DescendingOrder);
            if (visibleIds() != expected)
                return false;
        }
        return true;
    };
    QVERIFY(checkAll());

    // A refresh: scattered rows renamed in one batch, a few new users, while sorted by name.
    m_filter->sort(UsersModel::Name, Qt::DescendingOrder);
    QItemSelectionModel selection(m_filter.get());
    const qint64 selectedId = m_users->user(1500).id;
    selection.setCurrentIndex(m_filter->index(m_filter->rowOfUser(selectedId), 0), QItemSelectionModel::ClearAndSelect);
    QList<User> changed;
    for (int row = 3; row < m_users->rowCount(); row += 13) {
        User u = m_users->user(row);
        u.name = row % 2 ? QStringLiteral("Aaron %1").arg(row) : u.name + QStringLiteral(" Zweite");
        if (row % 3 == 0)
            u.email = QStringLiteral("zz.%1@example.org").arg(row);
        changed.append(u);
    }
    for (int i = 0; i < 40; ++i)
        changed.append(user(9000000 + i, QStringLiteral("Neu %1").arg(i), QStringLiteral("neu.%1@example.de").arg(i)));
    QSignalSpy layouts(m_filter.get(), &QAbstractItemModel::layoutChanged);
    m_users->upsertUsers(changed);
    QVERIFY(m_filter->textOrdersReady());
    QCOMPARE(m_filter->rowCount(), 3040);
    QCOMPARE(m_filter->index(m_filter->rowOfUser(selectedId), 0), selection.currentIndex());
    QList<qint64> expected = referenceOrder(UsersModel::Name);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(visibleIds(), expected);
    QVERIFY(checkAll());

    m_users->removeUsers({m_users->user(0).id, m_users->user(7).id, m_users->user(3039).id});
    QVERIFY(m_filter->textOrdersReady());
    QVERIFY(checkAll());

    // A reset throws them away and builds them again.
    m_users->setUsers(UserGenerator::generate(2000, 23, 301542, m_now));
    QVERIFY(!m_filter->textOrdersReady());
    QVERIFY(built.wait(10000));
    QVERIFY(checkAll());
}

void TestUserFilter::sortedSourceUpdates()
{
    m_users->setUsers(UserGenerator::generate(500, 3, 301542, m_now));
    m_filter->sort(UsersModel::Email, Qt::AscendingOrder);
    const auto checkSorted = [this] {
        QStringList emails;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            emails.append(m_filter->index(row, UsersModel::Email).data().toString().toCaseFolded());
        for (int i = 1; i < emails.size(); ++i) {
            if (emails[i - 1].toUtf8() > emails[i].toUtf8())
                return false;
        }
        return true;
    };
    QVERIFY(checkSorted());
    QList<User> more = UserGenerator::generate(300, 99, 301542, m_now);
    for (User &u : more)
        u.id += 5000000; // new ids
    m_users->upsertUsers(more);
    QCOMPARE(m_filter->rowCount(), 800);
    QVERIFY(checkSorted());

    User renamed = m_users->user(10);
    renamed.email = QStringLiteral("aaaa.first@example.com");
    m_users->upsertUsers({renamed});
    QCOMPARE(m_filter->userIdAt(0), renamed.id);
    QVERIFY(checkSorted());

    m_users->removeUsers({m_users->user(0).id, m_users->user(1).id, m_users->user(799).id});
    QCOMPARE(m_filter->rowCount(), 797);
    QVERIFY(checkSorted());
}

void TestUserFilter::selectionSurvivesFilterAndSourceChanges()
{
    loadSample();
    QItemSelectionModel selection(m_filter.get());
    const int row = m_filter->rowOfUser(1944);
    selection.select(m_filter->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    const auto selectedId = [&] {
        const QModelIndexList rows = selection.selectedRows();
        return rows.size() == 1 ? rows.first().data(UsersModel::UserIdRole).toLongLong() : -1;
    };
    m_filter->sort(UsersModel::Name, Qt::DescendingOrder);
    QCOMPARE(selectedId(), 1944);
    m_filter->setSearchText(QStringLiteral("beispiel"));
    QCOMPARE(selectedId(), 1944);
    m_users->removeUsers({77});
    QCOMPARE(selectedId(), 1944);
    m_users->upsertUsers({user(5, QStringLiteral("Aaron Beispiel"), QStringLiteral("aaron@beispiel.de"))});
    QCOMPARE(m_filter->rowCount(), 2);
    QCOMPARE(selectedId(), 1944);
    // Hidden by a filter: the selection goes, nothing dangles.
    m_filter->setStatusFilter(UserStatus::Pending);
    QCOMPARE(selection.selectedRows().size(), 0);
}

void TestUserFilter::sourceUpdatesRefilter()
{
    loadSample();
    m_filter->setStatusFilter(UserStatus::Pending);
    QCOMPARE(visibleIds(), (QList<qint64>{19449, 2002}));
    // Jane accepts the invitation: she leaves the Pending view and the counts follow.
    User jane = m_users->user(m_users->rowOfUser(19449));
    jane.activated = true;
    m_users->upsertUsers({jane});
    QCOMPARE(visibleIds(), QList<qint64>{2002});
    QCOMPARE(m_filter->statusCount(UserStatus::Active), 4);

    // A change that keeps the row visible arrives as a dataChanged of the proxy.
    QSignalSpy dataChanged(m_filter.get(), &QAbstractItemModel::dataChanged);
    User noName = m_users->user(m_users->rowOfUser(2002));
    noName.name = QStringLiteral("Now Named");
    m_users->upsertUsers({noName});
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(m_filter->index(0, UsersModel::Name).data().toString(), QStringLiteral("Now Named"));

    // The search keys follow edits too.
    m_filter->setStatusFilter(std::nullopt);
    m_filter->setSearchText(QStringLiteral("now named"));
    QCOMPARE(visibleIds(), QList<qint64>{2002});
    m_filter->setSearchText(QStringLiteral("no name"));
    QCOMPARE(visibleIds(), QList<qint64>{});

    // Many edits in a row (the old text of each row is retired and compacted away).
    for (int i = 0; i < 50; ++i) {
        noName.name = QStringLiteral("Name ") + QString::number(i);
        m_users->upsertUsers({noName});
    }
    m_filter->setSearchText(QStringLiteral("name 49"));
    QCOMPARE(visibleIds(), QList<qint64>{2002});
    m_filter->setSearchText(QStringLiteral("name 48"));
    QCOMPARE(visibleIds(), QList<qint64>{});
    m_filter->setSearchText(QStringLiteral("ольга"));
    QCOMPARE(visibleIds(), QList<qint64>{31944});

    // Invitations expire while the window is open.
    m_filter->setSearchText(QString());
    m_filter->setStatusFilter(UserStatus::Expired);
    User fresh = user(88, QStringLiteral("Fresh Invite"), QStringLiteral("fresh@example.com"), UserStatus::Pending);
    fresh.invitationSentAt = m_now.addSecs(-23 * 3600);
    m_users->upsertUsers({fresh});
    QCOMPARE(visibleIds(), QList<qint64>{2001});
    m_users->refreshStatuses(m_now.addSecs(2 * 3600));
    QCOMPARE(visibleIds(), (QList<qint64>{2001, 88}));
}

void TestUserFilter::emptyResultKeepsHeaders()
{
    loadSample();
    m_filter->setSearchText(QStringLiteral("nobody at all"));
    QCOMPARE(m_filter->rowCount(), 0);
    QCOMPARE(m_filter->headerData(UsersModel::Email, Qt::Horizontal).toString(), QStringLiteral("Email"));
    QCOMPARE(m_filter->columnCount(), int(UsersModel::ColumnCount));
}

void TestUserFilter::clearFilters()
{
    loadSample();
    m_filter->setSearchText(QStringLiteral("jane"));
    m_filter->setStatusFilter(UserStatus::Pending);
    m_filter->setTwoFactorFilter(TwoFactor::Off);
    m_filter->setRoleFilter(Role::Users);
    m_filter->setSignInMethodFilter(SignInMethod::Password);
    QVERIFY(m_filter->isFiltered());
    QCOMPARE(m_filter->rowCount(), 1);
    m_filter->clearFilters();
    QVERIFY(!m_filter->isFiltered());
    QVERIFY(!m_filter->isFilteredByChoice());
    QVERIFY(!m_filter->signInMethodFilter().has_value());
    QCOMPARE(m_filter->rowCount(), 7);
    QCOMPARE(m_filter->searchText(), QString());
    m_users->setUsers({});
    QCOMPARE(m_filter->rowCount(), 0);
    QCOMPARE(m_filter->totalCount(), 0);
}

ROSTER_TEST_GUILESS_MAIN(TestUserFilter)
#include "tst_userfilter.moc"
