#include "DemoAccountFixture.h"
#include "DialogParts.h"
#include "InviteDialog.h"
#include "TestMain.h"
#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "demo/DemoSeed.h"
#include "domain/CloudRole.h"
#include "domain/Role.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(InviteRequest)
Q_DECLARE_METATYPE(InviteResult)

namespace {

// As a person types: the text changes, then they leave the field.
void type(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    emit edit->textEdited(text);
    emit edit->editingFinished();
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

} // namespace

// The invite dialog against the offline demo account (DemoAccountApi without latency).
class TestInviteDialog : public QObject, private DemoAccountFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emailRules_data();
    void emailRules();
    void validationMessages();
    void duplicateEmailWithinDialog();
    void rowsAddAndRemove();
    void inviteNewPerson();
    void inviteExistingAccount();
    void severalRowsOneFails();
    void dailyLimit();
    void notAnAdministrator();
    void clientAdministratorAccess();
    void projectScopeAssignments();
    void ctrlEnterSendsAndTabOrder();
    void coloursFollowThePalette();

private:
    void fill(int row, const QString &name, const QString &email);
    qint64 userIdByEmail(const QString &email);

    std::unique_ptr<InviteDialog> m_dialog;
};

void TestInviteDialog::initTestCase()
{
    qRegisterMetaType<InviteRequest>();
    qRegisterMetaType<InviteResult>();
}

void TestInviteDialog::init()
{
    const Result<Done> opened = openDemo();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_dialog = std::make_unique<InviteDialog>(m_api.get(), DemoSeed::ClientId);
    m_dialog->show();
    QTRY_COMPARE(m_dialog->projectsState(), InviteDialog::ProjectsState::Loaded);
}

void TestInviteDialog::cleanup()
{
    m_dialog.reset();
    closeFixture();
}

void TestInviteDialog::fill(int row, const QString &name, const QString &email)
{
    type(m_dialog->nameField(row), name);
    type(m_dialog->emailField(row), email);
}

qint64 TestInviteDialog::userIdByEmail(const QString &email)
{
    const Result<UserPage> all = m_account->listUsers(0, 0);
    for (const User &u : all.value().users) {
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return u.id;
    }
    return 0;
}

void TestInviteDialog::emailRules_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "jane.doe@example.com" << true;
    QTest::newRow("plus and subdomain") << "jane+ops@mail.example.co.uk" << true;
    QTest::newRow("internationalised") << QStringLiteral("müller@bücher.de") << true;
    QTest::newRow("cyrillic domain") << QStringLiteral("ivan@пример.рф") << true;
    QTest::newRow("surrounding spaces") << "  jane@example.com " << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no at") << "jane.example.com" << false;
    QTest::newRow("two ats") << "jane@doe@example.com" << false;
    QTest::newRow("space inside") << "jane doe@example.com" << false;
    QTest::newRow("no dot in domain") << "jane@localhost" << false;
    QTest::newRow("nothing before at") << "@example.com" << false;
    QTest::newRow("nothing after at") << "jane@" << false;
    QTest::newRow("double dot") << "jane..doe@example.com" << false;
    QTest::newRow("dot at end of domain") << "jane@example." << false;
    QTest::newRow("empty label") << "jane@example..com" << false;
    QTest::newRow("numeric top level") << "jane@10.0.0.1" << false;
    QTest::newRow("comma") << "jane,doe@example.com" << false;
}

void TestInviteDialog::emailRules()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(InviteDialog::emailProblem(email).isEmpty(), valid);
}

void TestInviteDialog::validationMessages()
{
    QLabel *nameError = m_dialog->errorLabel(0, InviteDialog::Field::Name);
    QLabel *emailError = m_dialog->errorLabel(0, InviteDialog::Field::Email);
    // Nothing typed yet: no message, but nothing to send either.
    QVERIFY(!m_dialog->inviteButton()->isEnabled());
    QVERIFY(nameError->isHidden());
    QVERIFY(emailError->isHidden());
    QVERIFY(m_dialog->statusLabel()->isVisible());
    QVERIFY(!m_dialog->statusLabel()->text().isEmpty());

    // Leaving a mandatory field empty says so, inline.
    type(m_dialog->nameField(0), QString());
    QVERIFY(nameError->isVisible());
    QVERIFY(nameError->text().contains(QLatin1String("name")));
    type(m_dialog->emailField(0), QString());
    QVERIFY(emailError->isVisible());
    QCOMPARE(emailError->text(), InviteDialog::emailProblem(QString()));

    type(m_dialog->nameField(0), QStringLiteral("Jana Müller"));
    QVERIFY(nameError->isHidden());
    QVERIFY(!m_dialog->inviteButton()->isEnabled());

    type(m_dialog->emailField(0), QStringLiteral("jana.mueller"));
    QVERIFY(emailError->isVisible());
    QVERIFY(emailError->text().contains(QLatin1Char('@')));
    QVERIFY(!m_dialog->inviteButton()->isEnabled());
    type(m_dialog->emailField(0), QStringLiteral("jana@example"));
    QVERIFY(emailError->text().contains(QLatin1String("example")));
    type(m_dialog->emailField(0), QStringLiteral("jana müller@example.com"));
    QVERIFY(emailError->text().contains(QLatin1String("spaces")));
    QVERIFY(!m_dialog->inviteButton()->isEnabled());
    QCOMPARE(m_dialog->emailField(0)->accessibleDescription(), emailError->text());

    type(m_dialog->emailField(0), QStringLiteral("müller@bücher.de"));
    QVERIFY(emailError->isHidden());
    QVERIFY(m_dialog->inviteButton()->isEnabled());
    QVERIFY(m_dialog->statusLabel()->isHidden());

    // Project scope needs a role in at least one project.
    m_dialog->projectScopeButton(0)->click();
    QVERIFY(m_dialog->cloudError(0)->isVisible());
    QVERIFY(!m_dialog->inviteButton()->isEnabled());
    choose(m_dialog->projectRoleBox(0, DemoSeed::projects().at(1).id), CloudRole::observer());
    QVERIFY(m_dialog->cloudError(0)->isHidden());
    QVERIFY(m_dialog->inviteButton()->isEnabled());

    // The internationalised address is accepted by the account too.
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    m_dialog->inviteButton()->click();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    QVERIFY(userIdByEmail(QStringLiteral("müller@bücher.de")) > 0);
}

void TestInviteDialog::duplicateEmailWithinDialog()
{
    fill(0, QStringLiteral("Ana Lima"), QStringLiteral("ana.lima@example.com"));
    m_dialog->addRowButton()->click();
    QCOMPARE(m_dialog->rowCount(), 2);
    fill(1, QStringLiteral("Ana L."), QStringLiteral("Ana.Lima@Example.com"));
    QVERIFY(m_dialog->errorLabel(0, InviteDialog::Field::Email)->isHidden());
    QLabel *second = m_dialog->errorLabel(1, InviteDialog::Field::Email);
    QVERIFY(second->isVisible());
    QVERIFY(second->text().contains(QLatin1Char('1')));
    QVERIFY(!m_dialog->inviteButton()->isEnabled());

    type(m_dialog->emailField(1), QStringLiteral("ana.l@example.com"));
    QVERIFY(second->isHidden());
    QVERIFY(m_dialog->inviteButton()->isEnabled());
}

void TestInviteDialog::rowsAddAndRemove()
{
    QCOMPARE(m_dialog->rowCount(), 1);
    QVERIFY(m_dialog->removeButton(0)->isHidden()); // never the last row
    m_dialog->addRowButton()->click();
    m_dialog->addRowButton()->click();
    QCOMPARE(m_dialog->rowCount(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_dialog->removeButton(i)->isVisible());
    fill(0, QStringLiteral("First"), QStringLiteral("first@example.com"));
    fill(2, QStringLiteral("Third"), QStringLiteral("third@example.com"));
    QVERIFY(!m_dialog->inviteButton()->isEnabled()); // row 2 is empty
    m_dialog->removeButton(1)->click();
    QCOMPARE(m_dialog->rowCount(), 2);
    QCOMPARE(m_dialog->emailField(1)->text(), QStringLiteral("third@example.com"));
    QVERIFY(m_dialog->inviteButton()->isEnabled());
    QVERIFY(m_dialog->inviteButton()->text().contains(QLatin1Char('2')));
    m_dialog->removeButton(1)->click();
    QCOMPARE(m_dialog->rowCount(), 1);
    QVERIFY(m_dialog->removeButton(0)->isHidden());
}

void TestInviteDialog::inviteNewPerson()
{
    QSignalSpy invited(m_dialog.get(), &InviteDialog::invited);
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    QCOMPARE(m_dialog->closeButton()->text(), QStringLiteral("Cancel"));
    fill(0, QStringLiteral("Jonas Becker"), QStringLiteral("jonas.becker@example.de"));
    choose(m_dialog->languageBox(0), QStringLiteral("de"));
    QCOMPARE(m_dialog->roleBox(0)->currentData().toInt(), int(Role::Users)); // the default
    choose(m_dialog->roleBox(0), int(Role::Engineers));
    m_dialog->inviteButton()->click();
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(invited.count(), 1);
    const auto request = invited.at(0).at(0).value<InviteRequest>();
    const auto result = invited.at(0).at(1).value<InviteResult>();
    QCOMPARE(request.email, QStringLiteral("jonas.becker@example.de"));
    QCOMPARE(request.clientId, DemoSeed::ClientId);
    QVERIFY(!result.existingAccount);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    const QString text = m_dialog->resultLabel(0)->text();
    QVERIFY2(text.contains(QLatin1String("invitation email")) && text.contains(QLatin1String("24 hours")),
             qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("✓")));

    const Result<User> user = m_account->user(result.userId);
    QVERIFY(user.ok());
    QCOMPARE(user.value().email, QStringLiteral("jonas.becker@example.de"));
    QCOMPARE(user.value().name, QStringLiteral("Jonas Becker"));
    QCOMPARE(user.value().lang, QStringLiteral("de"));
    QCOMPARE(user.value().roleId(), int(Role::Engineers));
    QVERIFY(!user.value().activated); // pending
    QVERIFY(m_account->cloudAssignments(result.userId).value().isEmpty()); // Client scope, no access

    // Done: read-only, nothing left to send, the dialog may be closed.
    QVERIFY(m_dialog->nameField(0)->isReadOnly());
    QVERIFY(m_dialog->emailField(0)->isReadOnly());
    QVERIFY(!m_dialog->roleBox(0)->isEnabled());
    QVERIFY(!m_dialog->inviteButton()->isEnabled());
    QCOMPARE(m_dialog->closeButton()->text(), QStringLiteral("Close"));
    QVERIFY(m_dialog->hasSent());
}

void TestInviteDialog::inviteExistingAccount()
{
    // Someone registered on the platform but not in this account (DemoSeed::platformPeople).
    const DemoSeed::PlatformPerson person = DemoSeed::platformPeople().first();
    QVERIFY(person.canJoin);
    QSignalSpy invited(m_dialog.get(), &InviteDialog::invited);
    fill(0, QStringLiteral("Tom Wright"), person.email);
    m_dialog->inviteButton()->click();
    QTRY_COMPARE(invited.count(), 1);
    QVERIFY(invited.at(0).at(1).value<InviteResult>().existingAccount);
    QTRY_COMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    const QString text = m_dialog->resultLabel(0)->text();
    QVERIFY2(text.contains(QLatin1String("already has an account")) && text.contains(QLatin1String("access notice")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("24 hours")));
}

void TestInviteDialog::severalRowsOneFails()
{
    const Result<UserPage> before = m_account->listUsers(0, 0);
    const User member = before.value().users.at(3);
    QSignalSpy invited(m_dialog.get(), &InviteDialog::invited);
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    fill(0, QStringLiteral("Li Wei"), QStringLiteral("li.wei@example.cn"));
    m_dialog->addRowButton()->click();
    fill(1, QStringLiteral("Already There"), member.email);
    m_dialog->addRowButton()->click();
    fill(2, QStringLiteral("Olga Smirnova"), QStringLiteral("olga.smirnova@example.ru"));
    choose(m_dialog->languageBox(2), QStringLiteral("ru"));
    QVERIFY(m_dialog->inviteButton()->isEnabled());
    m_dialog->inviteButton()->click();
    QVERIFY(m_dialog->isSending());
    QVERIFY(!m_dialog->inviteButton()->isEnabled());
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(invited.count(), 2);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    QCOMPARE(m_dialog->rowState(1), InviteDialog::RowState::Failed);
    QCOMPARE(m_dialog->rowState(2), InviteDialog::RowState::Invited);
    const QString failure = m_dialog->resultLabel(1)->text();
    QVERIFY2(failure.contains(QLatin1String("already been invited")), qPrintable(failure));
    // The failed row keeps what was typed and stays editable.
    QCOMPARE(m_dialog->nameField(1)->text(), QStringLiteral("Already There"));
    QCOMPARE(m_dialog->emailField(1)->text(), member.email);
    QVERIFY(!m_dialog->emailField(1)->isReadOnly());
    QCOMPARE(m_account->listUsers(0, 0).value().count, before.value().count + 2);

    // Invite again: only the failed row is sent.
    QVERIFY(m_dialog->inviteButton()->isEnabled());
    QVERIFY(m_dialog->inviteButton()->text().contains(QLatin1String("User")));
    type(m_dialog->emailField(1), QStringLiteral("someone.new@example.com"));
    m_dialog->inviteButton()->click();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(invited.count(), 3);
    QCOMPARE(invited.at(2).at(0).value<InviteRequest>().email, QStringLiteral("someone.new@example.com"));
    QCOMPARE(m_dialog->rowState(1), InviteDialog::RowState::Invited);
    QCOMPARE(m_account->listUsers(0, 0).value().count, before.value().count + 3);
    QVERIFY(!m_dialog->inviteButton()->isEnabled());
}

void TestInviteDialog::dailyLimit()
{
    m_account->setDailyInviteLimit(DailyInvitationLimit);
    for (int i = 0; i < DailyInvitationLimit; ++i) {
        InviteRequest request;
        request.clientId = DemoSeed::ClientId;
        request.email = QStringLiteral("earlier%1@example.com").arg(i);
        QVERIFY(m_account->invite(request).ok());
    }
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    fill(0, QStringLiteral("Sixth Person"), QStringLiteral("sixth@example.com"));
    m_dialog->addRowButton()->click();
    fill(1, QStringLiteral("Seventh Person"), QStringLiteral("seventh@example.com"));
    m_dialog->inviteButton()->click();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Failed);
    const QString text = m_dialog->resultLabel(0)->text();
    QVERIFY2(text.contains(QLatin1String("at most 5 new users a day")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Try again in 24 hour")), qPrintable(text));
    // The limit applies to the next row too: it was not sent.
    QCOMPARE(m_dialog->rowState(1), InviteDialog::RowState::Editing);
    QVERIFY(m_dialog->resultLabel(1)->text().startsWith(QLatin1String("Not sent")));
    QCOMPARE(userIdByEmail(QStringLiteral("seventh@example.com")), 0);
    QVERIFY(!m_dialog->hasSent());
    QCOMPARE(m_dialog->closeButton()->text(), QStringLiteral("Cancel"));
}

void TestInviteDialog::notAnAdministrator()
{
    const Result<UserPage> all = m_account->listUsers(0, 0);
    qint64 plain = 0;
    for (const User &u : all.value().users) {
        if (u.activated && u.isActive && u.roleId() == Role::Users) {
            plain = u.id;
            break;
        }
    }
    QVERIFY(plain > 0);
    QVERIFY(m_account->setActingUser(plain).ok());
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    fill(0, QStringLiteral("Nope"), QStringLiteral("nope@example.com"));
    m_dialog->inviteButton()->click();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Failed);
    QVERIFY2(m_dialog->resultLabel(0)->text().contains(QLatin1String("only an administrator")),
             qPrintable(m_dialog->resultLabel(0)->text()));
    QCOMPARE(m_dialog->emailField(0)->text(), QStringLiteral("nope@example.com"));
}

void TestInviteDialog::clientAdministratorAccess()
{
    QSignalSpy invited(m_dialog.get(), &InviteDialog::invited);
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    fill(0, QStringLiteral("Admin Person"), QStringLiteral("admin.person@example.com"));
    // An IAM administrator gets the Cloud administrator role too, unless the person chooses otherwise.
    choose(m_dialog->roleBox(0), int(Role::Administrators));
    QVERIFY(m_dialog->clientScopeButton(0)->isChecked());
    QCOMPARE(m_dialog->clientAccessBox(0)->currentData().toBool(), true);
    m_dialog->inviteButton()->click();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    const qint64 userId = invited.at(0).at(1).value<InviteResult>().userId;
    const QList<CloudAssignment> roles = m_account->cloudAssignments(userId).value();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.at(0).role, CloudRole::clientAdministrator());
    QCOMPARE(roles.at(0).clientId, DemoSeed::ClientId);
}

void TestInviteDialog::projectScopeAssignments()
{
    QSignalSpy invited(m_dialog.get(), &InviteDialog::invited);
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    const QList<Project> projects = DemoSeed::projects();
    fill(0, QStringLiteral("Project Person"), QStringLiteral("project.person@example.com"));
    m_dialog->projectScopeButton(0)->click();
    QVERIFY(m_dialog->projectRoleBox(0, projects.at(0).id)->isVisible());
    QVERIFY(!m_dialog->clientAccessBox(0)->isVisible());
    choose(m_dialog->projectRoleBox(0, projects.at(1).id), CloudRole::projectAdministrator());
    choose(m_dialog->projectRoleBox(0, projects.at(3).id), CloudRole::observer());
    const InviteRequest request = m_dialog->request(0);
    QCOMPARE(request.cloud.scope, CloudAccess::Scope::Project);
    QCOMPARE(request.cloud.projectRoles.size(), 2);
    // Changing the IAM role no longer changes the Cloud access the person chose.
    choose(m_dialog->roleBox(0), int(Role::Administrators));
    QVERIFY(m_dialog->projectScopeButton(0)->isChecked());

    m_dialog->inviteButton()->click();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    QVERIFY(!m_dialog->projectRoleBox(0, projects.at(1).id)->isEnabled());
    const qint64 userId = invited.at(0).at(1).value<InviteResult>().userId;
    const QList<CloudAssignment> roles = m_account->cloudAssignments(userId).value();
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.at(0).projectId, projects.at(1).id);
    QCOMPARE(roles.at(0).role, CloudRole::projectAdministrator());
    QCOMPARE(roles.at(1).projectId, projects.at(3).id);
    QCOMPARE(roles.at(1).role, CloudRole::observer());
    QVERIFY(!m_dialog->resultLabel(0)->text().contains(QLatin1String("could not")));
}

void TestInviteDialog::ctrlEnterSendsAndTabOrder()
{
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    m_dialog->addRowButton()->click();
    QCOMPARE(QApplication::focusWidget(), m_dialog->nameField(1)); // the new row is ready to type in
    m_dialog->nameField(0)->setFocus();
    const QList<QWidget *> expected = {m_dialog->emailField(0), m_dialog->languageBox(0), m_dialog->roleBox(0),
                                       m_dialog->clientScopeButton(0)};
    for (QWidget *next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
    m_dialog->emailField(1)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), m_dialog->nameField(1));

    fill(0, QStringLiteral("Key Board"), QStringLiteral("key.board@example.com"));
    fill(1, QStringLiteral("Short Cut"), QStringLiteral("short.cut@example.com"));
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    QTest::keyClick(m_dialog->emailField(1), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    QCOMPARE(m_dialog->rowState(1), InviteDialog::RowState::Invited);
}

void TestInviteDialog::coloursFollowThePalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    const QPalette light(QColor(0xef, 0xef, 0xef));
    m_dialog->setPalette(light);

    // A field message in the error colour of the palette, whichever it is.
    type(m_dialog->nameField(0), QString());
    QLabel *nameError = m_dialog->errorLabel(0, InviteDialog::Field::Name);
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->palette().color(QPalette::WindowText), DialogParts::errorColor(light));
    m_dialog->setPalette(dark);
    QCOMPARE(nameError->palette().color(QPalette::WindowText), DialogParts::errorColor(dark));

    // An invited person's result reads in neither the error nor the plain text colour, and
    // changes with the palette.
    QSignalSpy finished(m_dialog.get(), &InviteDialog::sendingFinished);
    fill(0, QStringLiteral("Colour Ful"), QStringLiteral("colour.ful@example.com"));
    m_dialog->inviteButton()->click();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_dialog->rowState(0), InviteDialog::RowState::Invited);
    const QColor onDark = m_dialog->resultLabel(0)->palette().color(QPalette::WindowText);
    QVERIFY(onDark != DialogParts::errorColor(dark));
    QVERIFY(onDark != dark.color(QPalette::WindowText));
    m_dialog->setPalette(light);
    const QColor onLight = m_dialog->resultLabel(0)->palette().color(QPalette::WindowText);
    QVERIFY(onLight != onDark);
    QVERIFY(onLight != DialogParts::errorColor(light));
    QVERIFY(onLight != light.color(QPalette::WindowText));
}

ROSTER_TEST_MAIN(TestInviteDialog)
#include "tst_invitedialog.moc"
