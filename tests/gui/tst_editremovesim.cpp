#include "DialogDriver.h"
#include "EditUserDialog.h"
#include "RemoveUserDialog.h"
#include "SimulatorFixture.h"
#include "TestMain.h"

#include "api/GcoreAccountApi.h"
#include "domain/Role.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <functional>
#include <memory>

namespace {

using namespace DialogDriver;

using Field = EditUserDialog::Field;

const QString OwnerToken = QStringLiteral("42_editremove-owner-token");
const QString MemberToken = QStringLiteral("42_editremove-member-token");

} // namespace

class TestEditRemoveSim : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void selfEditLands();
    void otherUserOnlyRole();
    void nonAdministrator();
    void userRemovedMeanwhile();
    void invalidRoleNextToField();
    void connectionClosedKeepsInput();
    void serviceUnavailableKeepsInput();
    void removeNeedsEmailRetyped();
    void removeBlockedByTokens();
    void bulkRemoveWithOneBlocked();
    void tokenCheckFailsThenRetry();

private:
    std::unique_ptr<GcoreAccountApi> makeApi(const QString &token);
    std::unique_ptr<EditUserDialog> openEdit(const User &user, qint64 signedIn, bool admin, AccountApi *api);
    std::unique_ptr<RemoveUserDialog> openRemove(const QList<User> &users);
    // Active users with a name and no tokens, not the owner, in the role asked for.
    QList<User> people(int count, int roleId = Role::Users) const;
    User stored(qint64 id) { return m_sim->account().user(id).value(); }
    int storedRole(qint64 id) { return m_sim->account().role(m_clientId, id).value(); }

    QNetworkAccessManager m_nam;
    std::unique_ptr<GcoreAccountApi> m_api;
};

void TestEditRemoveSim::initTestCase()
{
    const Result<Done> started = startSimulator();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
}

void TestEditRemoveSim::init()
{
    m_sim->clearFaults();
    QVERIFY(m_sim->reset().ok());
    m_sim->clearApiTokens();
    m_sim->addApiToken(OwnerToken);
    m_api = makeApi(OwnerToken);
}

void TestEditRemoveSim::cleanup()
{
    m_sim->clearFaults();
    m_api.reset();
}

std::unique_ptr<GcoreAccountApi> TestEditRemoveSim::makeApi(const QString &token)
{
    auto api = std::make_unique<GcoreAccountApi>(&m_nam, m_sim->baseUrl());
    api->setApiToken(token);
    api->setTimeout(15000);
    api->setRetryBaseDelay(10);
    return api;
}

std::unique_ptr<EditUserDialog> TestEditRemoveSim::openEdit(const User &user, qint64 signedIn, bool admin,
                                                            AccountApi *api)
{
    auto dialog = std::make_unique<EditUserDialog>(api, m_clientId, user, signedIn, admin);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    QSignalSpy loaded(dialog.get(), &EditUserDialog::roleLoaded);
    if (dialog->isBusy() && !loaded.wait(10000))
        return nullptr;
    return dialog;
}

std::unique_ptr<RemoveUserDialog> TestEditRemoveSim::openRemove(const QList<User> &users)
{
    auto dialog = std::make_unique<RemoveUserDialog>(m_api.get(), m_clientId, users);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    QSignalSpy finished(dialog.get(), &RemoveUserDialog::checkFinished);
    if (dialog->isChecking() && !finished.wait(10000))
        return nullptr;
    return dialog;
}

QList<User> TestEditRemoveSim::people(int count, int roleId) const
{
    QList<User> list;
    const QList<User> all = m_sim->account().listUsers(0, 0).value().users;
    for (const User &u : all) {
        if (u.id != m_ownerId && u.activated && u.isActive && !u.name.isEmpty() && u.roleId(m_clientId) == roleId
            && m_sim->account().tokens(m_clientId, u.id).value().isEmpty())
            list.append(u);
        if (list.size() == count)
            break;
    }
    return list;
}

void TestEditRemoveSim::selfEditLands()
{
    auto dialog = openEdit(stored(m_ownerId), m_ownerId, true, m_api.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->roleBox()->currentData().toInt(), int(Role::Administrators));
    // The REST backend cannot deactivate users: no checkbox.
    QVERIFY(!dialog->activeBox());

    type(dialog->nameField(), QStringLiteral("Emily Simulated"));
    choose(dialog->languageBox(), QStringLiteral("ru"));
    choose(dialog->roleBox(), int(Role::Engineers));
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    // Your own role lowered: asked first.
    QTRY_VERIFY(dialog->lowerRoleQuestion() && dialog->lowerRoleQuestion()->isVisible());
    QCOMPARE(saved.count(), 0);
    click(buttonOf(dialog->lowerRoleQuestion(), QStringLiteral("&Lower My Role")));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(saved.at(0).at(0).value<User>().name, QStringLiteral("Emily Simulated"));
    QCOMPARE(saved.at(0).at(1).toInt(), int(Role::Engineers));
    QCOMPARE(stored(m_ownerId).name, QStringLiteral("Emily Simulated"));
    QCOMPARE(stored(m_ownerId).lang, QStringLiteral("ru"));
    QCOMPARE(storedRole(m_ownerId), int(Role::Engineers));
}

void TestEditRemoveSim::otherUserOnlyRole()
{
    const User other = people(1).value(0);
    QVERIFY(other.id != 0);
    auto dialog = openEdit(other, m_ownerId, true, m_api.get());
    QVERIFY(dialog);
    QVERIFY(dialog->nameField()->isReadOnly());
    QVERIFY(!dialog->languageBox()->isEnabled());
    QVERIFY(shown(dialog->detailsNote()));
    QVERIFY(dialog->detailsNote()->text().contains(other.name));
    QVERIFY(dialog->roleBox()->isEnabled());

    choose(dialog->roleBox(), int(Role::PurgeAndPrefetchApiWeb));
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(saved.at(0).at(0).value<User>(), other);
    QCOMPARE(storedRole(other.id), int(Role::PurgeAndPrefetchApiWeb));
    QCOMPARE(stored(other.id).name, other.name);
}

void TestEditRemoveSim::nonAdministrator()
{
    const QList<User> members = people(2);
    QCOMPARE(members.size(), 2);
    const User person = members[0];
    m_sim->addApiToken(MemberToken, person.id);
    auto api = makeApi(MemberToken);

    // Their own details: name and language, not the role.
    auto dialog = openEdit(person, person.id, false, api.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->roleBox()->isEnabled());
    QVERIFY(shown(dialog->roleNote()));
    QVERIFY(!dialog->nameField()->isReadOnly());
    type(dialog->nameField(), QStringLiteral("Renamed Member"));
    choose(dialog->languageBox(), QStringLiteral("de"));
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(stored(person.id).name, QStringLiteral("Renamed Member"));
    QCOMPARE(stored(person.id).lang, QStringLiteral("de"));
    QCOMPARE(storedRole(person.id), int(Role::Users));

    // Someone else: nothing to change, and the role the server would not show comes from the list.
    auto other = openEdit(members[1], person.id, false, api.get());
    QVERIFY(other);
    QVERIFY(other->nameField()->isReadOnly());
    QVERIFY(!other->languageBox()->isEnabled());
    QVERIFY(!other->roleBox()->isEnabled());
    QVERIFY(shown(other->detailsNote()));
    QVERIFY(other->roleNote()->text().contains(QLatin1String("could not be read")));
    QVERIFY(!other->saveButton()->isEnabled());
}

void TestEditRemoveSim::userRemovedMeanwhile()
{
    const User other = people(1).value(0);
    auto dialog = openEdit(other, m_ownerId, true, m_api.get());
    QVERIFY(dialog);
    QVERIFY(m_sim->account().removeUser(m_clientId, other.id).ok());
    choose(dialog->roleBox(), int(Role::Engineers));
    QSignalSpy failed(dialog.get(), &EditUserDialog::saveFailed);
    click(dialog->saveButton());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(shown(dialog->messageLabel()));
    QCOMPARE(dialog->messageLabel()->text(),
             QStringLiteral("This user no longer exists in the account (removed by someone else)."));
    QCOMPARE(dialog->roleBox()->currentData().toInt(), int(Role::Engineers));
    QVERIFY(!dialog->saveButton()->isEnabled());
}

void TestEditRemoveSim::invalidRoleNextToField()
{
    const User other = people(1).value(0);
    auto dialog = openEdit(other, m_ownerId, true, m_api.get());
    QVERIFY(dialog);
    setFault(QStringLiteral("/iam/clients/{client}/client-users/{user}:method=PUT,status=400,times=1"));
    choose(dialog->roleBox(), int(Role::Engineers));
    QSignalSpy failed(dialog.get(), &EditUserDialog::saveFailed);
    click(dialog->saveButton());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(shown(dialog->errorLabel(Field::Role)));
    QCOMPARE(dialog->errorLabel(Field::Role)->text(), QStringLiteral("Simulated HTTP 400."));
    QVERIFY(!shown(dialog->messageLabel()));
    QCOMPARE(dialog->roleBox()->currentData().toInt(), int(Role::Engineers));
    QCOMPARE(storedRole(other.id), int(Role::Users));

    // The server takes it the second time.
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    QVERIFY(dialog->saveButton()->isEnabled());
    click(dialog->saveButton());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(storedRole(other.id), int(Role::Engineers));
}

void TestEditRemoveSim::connectionClosedKeepsInput()
{
    const User me = stored(m_ownerId);
    auto dialog = openEdit(me, m_ownerId, true, m_api.get());
    QVERIFY(dialog);
    setFault(QStringLiteral("/iam/users/{id}:method=PATCH,close"));
    type(dialog->nameField(), QStringLiteral("Kept Name"));
    choose(dialog->languageBox(), QStringLiteral("zh"));
    QSignalSpy failed(dialog.get(), &EditUserDialog::saveFailed);
    click(dialog->saveButton());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(shown(dialog->messageLabel()));
    QVERIFY2(dialog->messageLabel()->text().contains(QLatin1String("try again")),
             qPrintable(dialog->messageLabel()->text()));
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("Kept Name"));
    QCOMPARE(dialog->languageBox()->currentData().toString(), QStringLiteral("zh"));
    QCOMPARE(stored(m_ownerId).name, me.name);

    m_sim->clearFaults();
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    QVERIFY(dialog->saveButton()->isEnabled());
    click(dialog->saveButton());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(stored(m_ownerId).name, QStringLiteral("Kept Name"));
    QCOMPARE(stored(m_ownerId).lang, QStringLiteral("zh"));
}

void TestEditRemoveSim::serviceUnavailableKeepsInput()
{
    const User other = people(1).value(0);
    auto dialog = openEdit(other, m_ownerId, true, m_api.get());
    QVERIFY(dialog);
    // Every automatic retry meets the 503 too.
    setFault(QStringLiteral("/iam/clients/{client}/client-users/{user}:method=PUT,status=503"));
    choose(dialog->roleBox(), int(Role::Administrators));
    QSignalSpy failed(dialog.get(), &EditUserDialog::saveFailed);
    click(dialog->saveButton());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(shown(dialog->messageLabel()));
    QVERIFY(!shown(dialog->errorLabel(Field::Role)));
    QCOMPARE(dialog->roleBox()->currentData().toInt(), int(Role::Administrators));
    QCOMPARE(storedRole(other.id), int(Role::Users));

    m_sim->clearFaults();
    QSignalSpy saved(dialog.get(), &EditUserDialog::saved);
    click(dialog->saveButton());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(storedRole(other.id), int(Role::Administrators));
}

void TestEditRemoveSim::removeNeedsEmailRetyped()
{
    const User u = people(1).value(0);
    auto dialog = openRemove({u});
    QVERIFY(dialog);
    QVERIFY(dialog->summaryLabel()->text().contains(u.email));
    QVERIFY(!dialog->removeButton()->isEnabled());
    type(dialog->confirmationField(), QStringLiteral("someone.else@example.com"));
    QVERIFY(!dialog->removeButton()->isEnabled());
    type(dialog->confirmationField(), u.email.toUpper());
    QVERIFY(dialog->removeButton()->isEnabled());
    QSignalSpy confirmed(dialog.get(), &RemoveUserDialog::confirmed);
    click(dialog->removeButton());
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(ids(confirmed.at(0).at(0).value<QList<User>>()), QList<qint64>{u.id});
    QVERIFY(m_sim->account().user(u.id).ok()); // the dialog itself removes nobody
}

void TestEditRemoveSim::removeBlockedByTokens()
{
    const User u = people(1).value(0);
    QVERIFY(m_sim->account().addToken(u.id, QStringLiteral("grafana-export")).ok());
    auto dialog = openRemove({u});
    QVERIFY(dialog);
    QVERIFY(shown(dialog->blockedLabel()));
    QVERIFY(
        dialog->blockedLabel()->text().contains(QLatin1String("You can't remove the user as they have active tokens")));
    QVERIFY(dialog->blockedLabel()->text().contains(QLatin1String("grafana-export")));
    QVERIFY(dialog->removableUsers().isEmpty());
    QVERIFY(!dialog->removeButton()->isEnabled());
}

void TestEditRemoveSim::bulkRemoveWithOneBlocked()
{
    const QList<User> users = people(4);
    QCOMPARE(users.size(), 4);
    QVERIFY(m_sim->account()
                .addToken(users[2].id, QStringLiteral("backup-job"), QDateTime::currentDateTimeUtc().addDays(9))
                .ok());
    auto dialog = openRemove(users);
    QVERIFY(dialog);
    QCOMPARE(dialog->peopleList()->topLevelItemCount(), 4);
    QCOMPARE(ids(dialog->blockedUsers()), QList<qint64>{users[2].id});
    QVERIFY(dialog->blockedLabel()->text().contains(users[2].email));
    QVERIFY(dialog->blockedLabel()->text().contains(QLatin1String("backup-job")));
    type(dialog->confirmationField(), QStringLiteral("4"));
    QVERIFY(!dialog->removeButton()->isEnabled());
    type(dialog->confirmationField(), QStringLiteral("3"));
    QVERIFY(dialog->removeButton()->isEnabled());
    QSignalSpy confirmed(dialog.get(), &RemoveUserDialog::confirmed);
    click(dialog->removeButton());
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(ids(confirmed.at(0).at(0).value<QList<User>>()), (QList<qint64>{users[0].id, users[1].id, users[3].id}));
}

void TestEditRemoveSim::tokenCheckFailsThenRetry()
{
    const QList<User> users = people(2);
    setFault(QStringLiteral("/iam/v2/clients/{client}/tokens:status=503"));
    auto dialog = openRemove(users);
    QVERIFY(dialog);
    QVERIFY(dialog->hasCheckFailures());
    QVERIFY(shown(dialog->checkLabel()));
    QVERIFY(dialog->checkLabel()->text().contains(QLatin1String("could not be checked")));
    QVERIFY(shown(dialog->retryButton()));
    type(dialog->confirmationField(), QStringLiteral("2"));
    QVERIFY(!dialog->removeButton()->isEnabled());
    QCOMPARE(dialog->confirmationField()->text(), QStringLiteral("2"));

    m_sim->clearFaults();
    QSignalSpy finished(dialog.get(), &RemoveUserDialog::checkFinished);
    click(dialog->retryButton());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(!dialog->hasCheckFailures());
    QVERIFY(!shown(dialog->retryButton()));
    QVERIFY(dialog->removeButton()->isEnabled());
    QSignalSpy confirmed(dialog.get(), &RemoveUserDialog::confirmed);
    click(dialog->removeButton());
    QCOMPARE(ids(confirmed.at(0).at(0).value<QList<User>>()), ids(users));
}

ROSTER_TEST_MAIN(TestEditRemoveSim)
#include "tst_editremovesim.moc"
