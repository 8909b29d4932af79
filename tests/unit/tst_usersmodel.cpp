#include "TestMain.h"
#include "UserGenerator.h"
#include "items/UsersModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <array>
#include <functional>
#include <memory>
#include <thread>

class TestUsersModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void columnsAndHeaders();
    void setUsersResets();
    void upsertUpdatesInPlaceAndAppends();
    void upsertKeepsLocalInvitationTime();
    void changesComeInOneBatch();
    void keepsEveryField();
    void snapshotIgnoresLaterChanges();
    void compactsAfterManyChanges();
    void statusCountsFollowChanges();
    void removeKeepsSelection();
    void retainRemovesVanished();
    void statusesExpire();
    void expiryText_data();
    void expiryText();
    void accountSelectsRole();
    void signInMethods_data();
    void signInMethods();

private:
    User makeUser(qint64 id, const QString &email) const;

    std::unique_ptr<UsersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
};

User TestUsersModel::makeUser(qint64 id, const QString &email) const
{
    User u;
    u.id = id;
    u.email = email;
    u.name = QStringLiteral("User ") + QString::number(id);
    u.lang = QStringLiteral("de");
    u.activated = true;
    u.client = 7;
    u.clientAndRoles = {{7, QStringLiteral("Acme"), id, {2}}};
    return u;
}

void TestUsersModel::init()
{
    m_model = std::make_unique<UsersModel>();
    m_model->refreshStatuses(m_now);
    // Alive for the whole test, so it sees every mutation.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestUsersModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestUsersModel::columnsAndHeaders()
{
    QCOMPARE(m_model->columnCount(), int(UsersModel::ColumnCount));
    QCOMPARE(m_model->headerData(UsersModel::Id, Qt::Horizontal).toString(), QStringLiteral("ID"));
    QCOMPARE(m_model->headerData(UsersModel::TwoFactor, Qt::Horizontal).toString(), QStringLiteral("Two-factor authentication"));
    m_model->setUsers({makeUser(5, QStringLiteral("a@example.com"))});
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::Id)).toString(), QStringLiteral("5"));
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::RoleColumn)).toString(), QStringLiteral("Users"));
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::Status)).toString(), QStringLiteral("Active"));
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::TwoFactor)).toString(), QStringLiteral("Off"));
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::Language)).toString(), QStringLiteral("Deutsch"));
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::SignInColumn)).toString(), QString());
    QCOMPARE(m_model->data(m_model->index(0, 0), UsersModel::UserIdRole).toLongLong(), 5);
    QCOMPARE(m_model->headerData(UsersModel::SignInColumn, Qt::Horizontal).toString(), QStringLiteral("Sign-in method"));
}

void TestUsersModel::setUsersResets()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setUsers(UserGenerator::generate(50));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 50);
    for (int row = 0; row < 50; ++row)
        QCOMPARE(m_model->rowOfUser(m_model->user(row).id), row);
}

void TestUsersModel::upsertUpdatesInPlaceAndAppends()
{
    m_model->setUsers({makeUser(1, QStringLiteral("a@x.io")), makeUser(2, QStringLiteral("b@x.io"))});
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    User b = makeUser(2, QStringLiteral("b@x.io"));
    b.twoFa = true;
    m_model->upsertUsers({makeUser(1, QStringLiteral("a@x.io")), b, makeUser(3, QStringLiteral("c@x.io")),
                          makeUser(4, QStringLiteral("d@x.io"))});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1); // only the row that really changed
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(inserted.count(), 1); // the new rows in one insertion
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(inserted.first().at(2).toInt(), 3);
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(m_model->user(1).twoFa);
    QCOMPARE(m_model->rowOfUser(4), 3);
}

void TestUsersModel::upsertKeepsLocalInvitationTime()
{
    User pending = makeUser(9, QStringLiteral("p@x.io"));
    pending.activated = false;
    pending.invitationSentAt = m_now.addSecs(-3600);
    m_model->setUsers({pending});
    User fromServer = pending;
    fromServer.invitationSentAt = {};
    fromServer.name = QStringLiteral("Renamed");
    m_model->upsertUsers({fromServer});
    QCOMPARE(m_model->user(0).name, QStringLiteral("Renamed"));
    QCOMPARE(m_model->user(0).invitationSentAt, pending.invitationSentAt);
}

void TestUsersModel::changesComeInOneBatch()
{
    m_model->setUsers({makeUser(1, QStringLiteral("a@x.io")), makeUser(2, QStringLiteral("b@x.io")),
                       makeUser(3, QStringLiteral("c@x.io"))});
    // The order of the signals: every row's dataChanged between the batch's two signals.
    QStringList events;
    connect(m_model.get(), &UsersModel::rowsChangeStarted, this, [&] { events.append(QStringLiteral("start")); });
    connect(m_model.get(), &UsersModel::rowsChangeFinished, this, [&] { events.append(QStringLiteral("finish")); });
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &topLeft) { events.append(QString::number(topLeft.row())); });
    m_model->upsertUsers({makeUser(3, QStringLiteral("c2@x.io")), makeUser(1, QStringLiteral("a2@x.io")),
                          makeUser(2, QStringLiteral("b@x.io"))});
    QCOMPARE(events, QStringList({QStringLiteral("start"), QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("finish")}));
    // Nothing changed: no batch at all.
    events.clear();
    m_model->upsertUsers({makeUser(2, QStringLiteral("b@x.io"))});
    QCOMPARE(events, QStringList());
}

void TestUsersModel::keepsEveryField()
{
    // Rows keep users as compact records: every field comes back as it went in.
    User full = makeUser(41, QStringLiteral("Jürgen.Müller@Beispiel.de"));
    full.name = QStringLiteral("Jürgen Müller 王伟 Ольга");
    full.phone = QStringLiteral("+49 30 1234567");
    full.company = QStringLiteral("Nordwind GmbH");
    full.reseller = 9;
    full.groups = {{5, QStringLiteral("Engineers")}, {1, QStringLiteral("Administrators")}};
    full.authTypes = {QStringLiteral("password"), QStringLiteral("sso")};
    full.userType = QStringLiteral("common");
    full.clientAndRoles = {{7, QStringLiteral("Acme"), 41, {5, 1}}, {8, QStringLiteral("Other"), 4100, {2}}};
    full.deleted = true;
    full.ssoAuth = true;
    full.twoFa = true;
    full.activated = false;
    full.invitationSentAt = m_now.addSecs(-3600);
    User bare;
    bare.id = 42; // no name, email, language or roles at all
    User longText = makeUser(43, QString(70000, u'x') + QStringLiteral("@example.com")); // beyond a chunk
    QList<User> users = {full, bare, longText};
    // More languages than the row has room to name: the rest read from the record.
    for (int i = 0; i < 300; ++i) {
        User u = makeUser(1000 + i, QStringLiteral("u%1@example.com").arg(i));
        u.lang = QStringLiteral("l%1").arg(i);
        users.append(u);
    }
    m_model->setAccountId(7);
    m_model->setUsers(users);
    QCOMPARE(m_model->users(), users);
    for (int row = 0; row < users.size(); ++row) {
        QCOMPARE(m_model->user(row), users.at(row));
        QCOMPARE(m_model->email(row), users.at(row).email);
        QCOMPARE(m_model->name(row), users.at(row).name);
        QCOMPARE(m_model->language(row), users.at(row).lang);
        QCOMPARE(m_model->roleId(row), users.at(row).roleId(7));
        QCOMPARE(m_model->status(row), users.at(row).status(m_now));
        QCOMPARE(m_model->invitationExpiresAt(row), users.at(row).invitationExpiresAt());
    }
    QCOMPARE(m_model->index(0, UsersModel::Name).data().toString(), full.name);
    QCOMPARE(m_model->index(0, UsersModel::RoleColumn).data(UsersModel::RoleIdRole).toInt(), 5);
    QCOMPARE(m_model->index(1, UsersModel::Name).data().toString(), QString());
    // The other account's role.
    m_model->setAccountId(8);
    QCOMPARE(m_model->roleId(0), 2);
}

void TestUsersModel::snapshotIgnoresLaterChanges()
{
    const QList<User> before = UserGenerator::generate(500, 5, 7, m_now);
    m_model->setUsers(before);
    const UserRecord::Source snapshot = m_model->recordsSnapshot();
    User renamed = before.at(3);
    renamed.name = QStringLiteral("Renamed");
    m_model->upsertUsers({renamed, makeUser(99999999, QStringLiteral("new@example.com"))});
    m_model->removeUsers({before.at(10).id});
    // Made on another thread, as the cache writer does.
    QList<User> made;
    std::thread other([&] {
        UserRecord::Reader reader;
        qint64 id = 0;
        QByteArrayView record;
        while (snapshot(&id, &record)) {
            User u;
            if (reader.read(record, id, &u))
                made.append(u);
        }
    });
    other.join();
    // The records without the invitation times, which the cache keeps apart.
    QList<User> expected = before;
    for (User &u : expected)
        u.invitationSentAt = {};
    QCOMPARE(made, expected);
    QCOMPARE(m_model->user(3).name, QStringLiteral("Renamed"));
}

void TestUsersModel::compactsAfterManyChanges()
{
    // Each change leaves the old record behind until the dead bytes outweigh the live ones;
    // then they are compacted, and every user still reads back as last written.
    // Records of about 4 KB: every round of changes leaves a megabyte behind.
    QList<User> users = UserGenerator::generate(300, 8, 7, m_now);
    const auto rename = [&](int round) {
        for (User &u : users)
            u.name = QStringLiteral("Round %1 %2 ").arg(round).arg(u.id) + QString(4000, u'n');
    };
    rename(0);
    m_model->setUsers(users);
    for (int round = 1; round <= 4; ++round) {
        rename(round);
        m_model->upsertUsers(users);
        QCOMPARE(m_model->rowCount(), users.size());
    }
    QCOMPARE(m_model->users(), users);
    // Five versions of 1.2 MB written; without compaction all of them would still be held.
    const qint64 live = 300 * 4000;
    QVERIFY2(m_model->recordBytesHeld() < 3 * live, qPrintable(QString::number(m_model->recordBytesHeld())));
    const UserRecord::Source snapshot = m_model->recordsSnapshot();
    for (User &u : users)
        u.email = QStringLiteral("again.%1@example.org").arg(u.id);
    m_model->upsertUsers(users);
    rename(5);
    m_model->upsertUsers(users);
    QCOMPARE(m_model->users(), users);
    // The snapshot's records outlived their compaction.
    qint64 id = 0;
    QByteArrayView record;
    QVERIFY(snapshot(&id, &record));
    User first;
    QVERIFY(UserRecord::Reader().read(record, id, &first));
    QCOMPARE(first.name, QStringLiteral("Round 4 %1 ").arg(users.first().id) + QString(4000, u'n'));
}

void TestUsersModel::statusCountsFollowChanges()
{
    const auto countsAreRight = [this] {
        std::array<int, UserStatusCount> counted{};
        for (int row = 0; row < m_model->rowCount(); ++row)
            ++counted[size_t(m_model->status(row))];
        for (int s = 0; s < UserStatusCount; ++s) {
            if (m_model->statusCount(UserStatus(s)) != counted[size_t(s)])
                return false;
        }
        return true;
    };
    QList<User> users = UserGenerator::generate(400, 12, 7, m_now);
    m_model->setUsers(users);
    QVERIFY(countsAreRight());
    QVERIFY(m_model->statusCount(UserStatus::Expired) > 0);
    for (int i = 0; i < users.size(); i += 3) {
        users[i].activated = !users[i].activated;
        users[i].isActive = i % 2 == 0;
    }
    User fresh = makeUser(777777, QStringLiteral("fresh@x.io"));
    fresh.activated = false;
    users.append(fresh);
    users.append(fresh); // twice in one batch
    m_model->upsertUsers(users);
    QVERIFY(countsAreRight());
    m_model->removeUsers({users[0].id, users[1].id, users[5].id});
    QVERIFY(countsAreRight());
    m_model->refreshStatuses(m_now.addSecs(30 * 3600)); // every invitation sent from here expired
    QVERIFY(countsAreRight());
    QCOMPARE(m_model->statusCount(UserStatus::Pending) + m_model->statusCount(UserStatus::Expired)
                 + m_model->statusCount(UserStatus::Active) + m_model->statusCount(UserStatus::Deactivated),
             m_model->rowCount());
}

void TestUsersModel::removeKeepsSelection()
{
    m_model->setUsers(UserGenerator::generate(20));
    QItemSelectionModel selection(m_model.get());
    const qint64 keptId = m_model->user(15).id;
    selection.select(m_model->index(15, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    const int removed = m_model->removeUsers({m_model->user(2).id, m_model->user(3).id, m_model->user(10).id, 999999});
    QCOMPARE(removed, 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 17);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(m_model->user(selection.selectedRows().first().row()).id, keptId);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOfUser(m_model->user(row).id), row);
}

void TestUsersModel::retainRemovesVanished()
{
    const QList<User> users = UserGenerator::generate(10);
    m_model->setUsers(users);
    QCOMPARE(m_model->retainUsers({users[0].id, users[5].id}), 8);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->user(1).id, users[5].id);
}

void TestUsersModel::statusesExpire()
{
    User pending = makeUser(1, QStringLiteral("p@x.io"));
    pending.activated = false;
    pending.invitationSentAt = m_now.addSecs(-23 * 3600);
    m_model->setUsers({pending, makeUser(2, QStringLiteral("q@x.io"))});
    QCOMPARE(m_model->status(0), UserStatus::Pending);
    QVERIFY(m_model->data(m_model->index(0, UsersModel::Status), Qt::ToolTipRole).toString().contains(QStringLiteral("valid until")));
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::Status)).toString(),
             QStringLiteral("Pending invitation · expires in 1 h"));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->refreshStatuses(m_now.addSecs(2 * 3600));
    QCOMPARE(m_model->status(0), UserStatus::Expired);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::Status)).toString(), QStringLiteral("Invitation expired"));
}

void TestUsersModel::expiryText_data()
{
    QTest::addColumn<qint64>("sentSecsAgo"); // -1: not sent from Roster
    QTest::addColumn<QString>("text");
    QTest::newRow("just sent") << qint64(0) << QStringLiteral("Pending invitation · expires in 24 h");
    QTest::newRow("3 h left") << qint64(21 * 3600) << QStringLiteral("Pending invitation · expires in 3 h");
    QTest::newRow("2 h 1 s left, rounded down") << qint64(22 * 3600 - 1) << QStringLiteral("Pending invitation · expires in 2 h");
    QTest::newRow("2 h 59 min left") << qint64(21 * 3600 + 60) << QStringLiteral("Pending invitation · expires in 2 h");
    QTest::newRow("59 min 59 s left") << qint64(23 * 3600 + 1) << QStringLiteral("Pending invitation · expires in 59 min");
    QTest::newRow("23 h 59 min 30 s left") << qint64(30) << QStringLiteral("Pending invitation · expires in 24 h");
    QTest::newRow("23 h 58 min left") << qint64(120) << QStringLiteral("Pending invitation · expires in 23 h");
    // Sent a minute after the moment the rows are read against: never "25 h".
    QTest::newRow("sent after the clock") << qint64(-60) << QStringLiteral("Pending invitation · expires in 24 h");
    QTest::newRow("25 min left") << qint64(24 * 3600 - 25 * 60) << QStringLiteral("Pending invitation · expires in 25 min");
    QTest::newRow("30 s left") << qint64(24 * 3600 - 30) << QStringLiteral("Pending invitation · expires in 1 min");
    QTest::newRow("expired") << qint64(24 * 3600) << QStringLiteral("Invitation expired");
    QTest::newRow("unknown") << qint64(-1) << QStringLiteral("Pending invitation");
}

void TestUsersModel::expiryText()
{
    QFETCH(qint64, sentSecsAgo);
    QFETCH(QString, text);
    User pending = makeUser(1, QStringLiteral("p@x.io"));
    pending.activated = false;
    if (sentSecsAgo != -1)
        pending.invitationSentAt = m_now.addSecs(-sentSecsAgo);
    m_model->setUsers({pending});
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::Status)).toString(), text);
}

void TestUsersModel::accountSelectsRole()
{
    User u = makeUser(1, QStringLiteral("multi@x.io"));
    u.clientAndRoles = {{7, QStringLiteral("Acme"), 1, {2}}, {8, QStringLiteral("Other"), 1, {1}}};
    User single = makeUser(2, QStringLiteral("single@x.io")); // only in account 7
    m_model->setUsers({u, single});
    QCOMPARE(m_model->roleId(0), 2);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setAccountId(8);
    QCOMPARE(m_model->roleId(0), 1);
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::RoleColumn)).toString(), QStringLiteral("Administrators"));
    // Only the row whose role changed is told of it.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(m_model->roleId(1), 2);
    changed.clear();
    m_model->setAccountId(7);
    QCOMPARE(m_model->roleId(0), 2);
    QCOMPARE(changed.size(), 1);
}

void TestUsersModel::signInMethods_data()
{
    QTest::addColumn<QStringList>("authTypes");
    QTest::addColumn<bool>("ssoAuth");
    QTest::addColumn<int>("methods");
    QTest::addColumn<QString>("text");
    using M = SignInMethod;
    const auto mask = [](SignInMethods methods) { return int(methods.toInt()); };

    QTest::newRow("none") << QStringList() << false << 0 << QString();
    QTest::newRow("password") << QStringList{QStringLiteral("password")} << false << mask(M::Password)
                              << QStringLiteral("Password");
    // Listed in a fixed order, whatever order the API sends them in.
    QTest::newRow("all four") << QStringList{QStringLiteral("google-oauth2"), QStringLiteral("github"), QStringLiteral("sso"),
                                             QStringLiteral("password")}
                              << false << mask(M::Password | M::Sso | M::GitHub | M::Google)
                              << QStringLiteral("Password, SSO, GitHub, Google");
    QTest::newRow("sso_auth alone") << QStringList() << true << mask(M::Sso) << QStringLiteral("SSO");
    QTest::newRow("sso twice") << QStringList{QStringLiteral("sso")} << true << mask(M::Sso) << QStringLiteral("SSO");
    QTest::newRow("github and google") << QStringList{QStringLiteral("github"), QStringLiteral("google-oauth2")} << false
                                       << mask(M::GitHub | M::Google) << QStringLiteral("GitHub, Google");
    QTest::newRow("unknown values ignored")
        << QStringList{QStringLiteral("saml-2"), QStringLiteral("Password"), QStringLiteral("google"), QStringLiteral("github")}
        << false << mask(M::GitHub) << QStringLiteral("GitHub");
    QTest::newRow("only unknown") << QStringList{QStringLiteral("ldap")} << false << 0 << QString();
    QTest::newRow("repeated") << QStringList{QStringLiteral("password"), QStringLiteral("password")} << false
                              << mask(M::Password) << QStringLiteral("Password");
}

// The row's methods, from a user and from a record alike, and the cell that lists them.
void TestUsersModel::signInMethods()
{
    QFETCH(QStringList, authTypes);
    QFETCH(bool, ssoAuth);
    QFETCH(int, methods);
    QFETCH(QString, text);
    User u = makeUser(7, QStringLiteral("someone@example.com"));
    u.authTypes = authTypes;
    u.ssoAuth = ssoAuth;
    QCOMPARE(int(u.signInMethods().toInt()), methods);
    // What differs from what is expected, or nothing.
    const auto problem = [&]() -> QString {
        if (m_model->rowCount() != 1)
            return QStringLiteral("rows: %1").arg(m_model->rowCount());
        if (int(m_model->signInMethods(0).toInt()) != methods)
            return QStringLiteral("methods: %1").arg(m_model->signInMethods(0).toInt());
        if (m_model->index(0, UsersModel::SignInColumn).data(UsersModel::SignInMethodsRole).toInt() != methods)
            return QStringLiteral("the role's methods");
        if (m_model->index(0, UsersModel::SignInColumn).data().toString() != text)
            return m_model->index(0, UsersModel::SignInColumn).data().toString();
        if (m_model->user(0).authTypes != authTypes)
            return QStringLiteral("auth types");
        return {};
    };
    m_model->setUsers({u});
    QVERIFY2(problem().isEmpty(), qPrintable(QStringLiteral("from a user: ") + problem()));

    QByteArray record;
    UserRecord::write(u, &record);
    UserRecord::Reader::Summary summary;
    QVERIFY(UserRecord::Reader::summarize(record, 0, &summary));
    QCOMPARE(int(summary.signInMethods.toInt()), methods);
    QVERIFY(m_model->setRecords([&](const std::function<void(qint64)> &expect, const UsersModel::RecordTaker &take) {
        expect(1);
        return take(u.id, record, std::numeric_limits<qint64>::min());
    }));
    QVERIFY2(problem().isEmpty(), qPrintable(QStringLiteral("from a record: ") + problem()));

    // A refresh that changes them.
    User before = u;
    before.authTypes = {QStringLiteral("password")};
    before.ssoAuth = false;
    m_model->setUsers({before});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->upsertUsers({u});
    QCOMPARE(changed.count(), u == before ? 0 : 1);
    QVERIFY2(problem().isEmpty(), qPrintable(QStringLiteral("from an update: ") + problem()));
}

ROSTER_TEST_GUILESS_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
