#include "TestMain.h"
#include "UserGenerator.h"
#include "items/UsersModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

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
    void removeKeepsSelection();
    void retainRemovesVanished();
    void statusesExpire();
    void expiryText_data();
    void expiryText();
    void accountSelectsRole();

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
    QCOMPARE(m_model->data(m_model->index(0, 0), UsersModel::UserIdRole).toLongLong(), 5);
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
    QTest::newRow("2 h 1 s left, rounded up") << qint64(22 * 3600 - 1) << QStringLiteral("Pending invitation · expires in 3 h");
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
    if (sentSecsAgo >= 0)
        pending.invitationSentAt = m_now.addSecs(-sentSecsAgo);
    m_model->setUsers({pending});
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::Status)).toString(), text);
}

void TestUsersModel::accountSelectsRole()
{
    User u = makeUser(1, QStringLiteral("multi@x.io"));
    u.clientAndRoles = {{7, QStringLiteral("Acme"), 1, {2}}, {8, QStringLiteral("Other"), 1, {1}}};
    m_model->setUsers({u});
    QCOMPARE(m_model->roleId(0), 2);
    m_model->setAccountId(8);
    QCOMPARE(m_model->roleId(0), 1);
    QCOMPARE(m_model->data(m_model->index(0, UsersModel::RoleColumn)).toString(), QStringLiteral("Administrators"));
}

ROSTER_TEST_GUILESS_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
