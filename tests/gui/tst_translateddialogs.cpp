// Every dialog, the Activity dock, the resend question and the banner in German, Russian and
// Chinese, on the demo account: each label, button, group box and window title speaks the
// language (only words that are the same in it may stay English), and none is too narrow for
// its text.

#include "ActivityPanel.h"
#include "Banner.h"
#include "DemoAccountFixture.h"
#include "EditUserDialog.h"
#include "InviteDialog.h"
#include "MainWindow.h"
#include "RemoveUserDialog.h"
#include "SignInDialog.h"
#include "TestMain.h"
#include "TranslatedTexts.h"
#include "Translations.h"
#include "UserActions.h"

#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "RemoteApis.h"
#include "session/AccountSession.h"
#include "session/UserOperations.h"
#include "store/ActivityLog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using TranslatedTexts::cutOff;
using TranslatedTexts::Texts;

namespace {

// What a check looks at: `root` and what it shows, kept alive by `owner`.
struct Shown
{
    std::unique_ptr<QObject> owner;
    QWidget *root = nullptr;
};

// The texts `root` shows now, each under a name that is the same in every language: the
// object name, else the class, numbered in the order of creation.
Texts visibleTexts(QWidget *root)
{
    Texts texts;
    QHash<QString, int> seen;
    const auto add = [&texts, &seen](const QWidget *widget, const QString &kind, const QString &text) {
        if (text.isEmpty())
            return;
        QString name = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                      : widget->objectName();
        name += u'/' + kind;
        const int n = seen[name]++;
        texts.append({name + u'#' + QString::number(n), text});
    };
    add(root, QStringLiteral("title"), root->windowTitle());
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            add(label, QStringLiteral("text"), label->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
                 button && TranslatedTexts::hasReadText(button))
            add(button, QStringLiteral("text"), button->text());
        else if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            add(group, QStringLiteral("title"), group->title());
    }
    return texts;
}

// Data rather than words: email addresses and numbers.
bool isData(const QString &text)
{
    static const QRegularExpression data(QStringLiteral(R"(^(\S+@\S+\.\S+|[\d\s.,:#]+)$)"));
    return data.match(text).hasMatch();
}

} // namespace

class TestTranslatedDialogs : public QObject, private DemoAccountFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void signInDialog_data();
    void signInDialog();
    void inviteDialog();
    void inviteDialogFollowsALanguageSwitch();
    void editUserDialog_data();
    void editUserDialog();
    void removeUserDialog_data();
    void removeUserDialog();
    void activityPanel();
    void resendQuestionAndBanner();

private:
    // Opens the same thing in English and in the language of the row and compares.
    void compare(const std::function<Shown()> &open);
    std::unique_ptr<MainWindow> openWindow();
    QList<User> allUsers() const { return m_account->listUsers(0, 0).value().users; }

    std::unique_ptr<AccountSession> m_session; // of the window openWindow() made last
    QStringList m_data; // names the account gives things (projects), the same in every language
};

void TestTranslatedDialogs::initTestCase_data()
{
    QTest::addColumn<QString>("language");
    // Words that are the same in the language, where the English one is right.
    QTest::addColumn<QStringList>("same");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("OK"), QStringLiteral("2FA"), QStringLiteral("&Name:"),
                                       QStringLiteral("Person 1"), QStringLiteral("Person 2")};
    QTest::newRow("ru") << QStringLiteral("ru") << QStringList{QStringLiteral("OK"), QStringLiteral("2FA")};
    QTest::newRow("zh") << QStringLiteral("zh") << QStringList{QStringLiteral("OK"), QStringLiteral("2FA")};
}

void TestTranslatedDialogs::init()
{
    QSettings().clear();
    m_data.clear();
    const Result<Done> opened = openDemo();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
}

void TestTranslatedDialogs::cleanup()
{
    Translations::switchTo(qApp, QStringLiteral("en"));
    m_session.reset();
    closeFixture();
}

void TestTranslatedDialogs::compare(const std::function<Shown()> &open)
{
    QFETCH_GLOBAL(QString, language);
    QFETCH_GLOBAL(QStringList, same);

    Translations::switchTo(qApp, QStringLiteral("en"));
    Texts english;
    {
        const Shown shown = open();
        QVERIFY(shown.root);
        QCoreApplication::sendPostedEvents(); // the layouts, for the widths below
        english = visibleTexts(shown.root);
        const QStringList problems = cutOff(shown.root);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("English:\n") + problems.join(u'\n')));
    }
    QVERIFY(!english.isEmpty());

    QVERIFY(Translations::switchTo(qApp, language)
                .contains(QStringLiteral(":/i18n/") + Translations::catalogueName(language) + QLatin1String(".qm")));
    const Shown shown = open();
    QVERIFY(shown.root);
    QCoreApplication::sendPostedEvents();
    const Texts translated = visibleTexts(shown.root);
    QHash<QString, QString> byPlace;
    for (const auto &[place, text] : translated)
        byPlace.insert(place, text);
    QStringList untranslated;
    for (const auto &[place, text] : english) {
        if (!byPlace.contains(place))
            untranslated.append(place + QLatin1String(": not shown (\"") + text + QLatin1String("\")"));
        else if (byPlace.value(place) == text && !same.contains(text) && !m_data.contains(text) && !isData(text))
            untranslated.append(place + QLatin1String(": \"") + text + u'"');
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    QCOMPARE(translated.size(), english.size());
    const QStringList problems = cutOff(shown.root);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

std::unique_ptr<MainWindow> TestTranslatedDialogs::openWindow()
{
    m_session.reset();
    if (!openActivityLog().ok())
        return nullptr;
    m_session = std::make_unique<AccountSession>(m_api.get(), nullptr, m_log.get());
    auto window = std::make_unique<MainWindow>(m_session.get());
    window->resize(1180, 720);
    QSignalSpy loaded(window.get(), &MainWindow::firstLoadFinished);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !loaded.wait()
        || !QTest::qWaitFor([&window] { return window->userActions()->isAdministrator(); }))
        return nullptr;
    return window;
}

void TestTranslatedDialogs::signInDialog_data()
{
    QTest::addColumn<bool>("password");
    QTest::newRow("API token") << false;
    QTest::newRow("email and password") << true;
}

void TestTranslatedDialogs::signInDialog()
{
    QFETCH(bool, password);
    QNetworkAccessManager network;
    compare([&network, password] {
        auto dialog = std::make_unique<SignInDialog>(remoteApis(&network), QStringList{});
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return Shown{};
        if (password)
            dialog->passwordMethodButton()->click();
        QWidget *root = dialog.get();
        return Shown{std::move(dialog), root};
    });
}

void TestTranslatedDialogs::inviteDialog()
{
    compare([this] {
        auto dialog = std::make_unique<InviteDialog>(m_api.get(), m_clientId);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get())
            || !QTest::qWaitFor(
                [&dialog] { return dialog->projectsState() != InviteDialog::ProjectsState::Loading; }))
            return Shown{};
        for (const Project &project : dialog->projects())
            m_data.append(project.name);
        dialog->addRow();
        if (dialog->rowCount() != 2)
            return Shown{};
        dialog->projectScopeButton(1)->click();
        QWidget *root = dialog.get();
        return Shown{std::move(dialog), root};
    });
}

// The invite dialog and each person in it follow a language chosen while the dialog is open: it
// then reads as one opened in that language. (The project list is left out: its "(default)" is
// made when the projects are loaded, and keeps the language of that moment.)
void TestTranslatedDialogs::inviteDialogFollowsALanguageSwitch()
{
    QFETCH_GLOBAL(QString, language);
    const auto open = [this] {
        auto dialog = std::make_unique<InviteDialog>(m_api.get(), m_clientId);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get())
            || !QTest::qWaitFor(
                [&dialog] { return dialog->projectsState() != InviteDialog::ProjectsState::Loading; }))
            return std::unique_ptr<InviteDialog>();
        dialog->addRow();
        QCoreApplication::sendPostedEvents();
        return dialog;
    };

    Translations::switchTo(qApp, QStringLiteral("en"));
    const std::unique_ptr<InviteDialog> switched = open();
    QVERIFY(switched);
    const Texts english = visibleTexts(switched.get());
    QVERIFY(Translations::switchTo(qApp, language)
                .contains(QStringLiteral(":/i18n/") + Translations::catalogueName(language) + QLatin1String(".qm")));
    QCoreApplication::sendPostedEvents(); // the LanguageChange
    const Texts afterSwitch = visibleTexts(switched.get());
    QVERIFY(afterSwitch != english);

    const std::unique_ptr<InviteDialog> fresh = open();
    QVERIFY(fresh);
    QCOMPARE(afterSwitch, visibleTexts(fresh.get()));
}

void TestTranslatedDialogs::editUserDialog_data()
{
    QTest::addColumn<bool>("self");
    QTest::newRow("yourself") << true;
    QTest::newRow("someone else") << false;
}

void TestTranslatedDialogs::editUserDialog()
{
    QFETCH(bool, self);
    User user;
    for (const User &u : allUsers()) {
        if (self ? u.id == m_meId : (u.id != m_meId && u.activated && u.isActive)) {
            user = u;
            break;
        }
    }
    QVERIFY(user.id != 0);
    compare([this, &user] {
        auto dialog = std::make_unique<EditUserDialog>(m_api.get(), m_clientId, user, m_meId, true);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()) || !QTest::qWaitFor([&dialog] { return !dialog->isBusy(); }))
            return Shown{};
        QWidget *root = dialog.get();
        return Shown{std::move(dialog), root};
    });
}

void TestTranslatedDialogs::removeUserDialog_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("one user") << 1;
    QTest::newRow("two users") << 2;
}

void TestTranslatedDialogs::removeUserDialog()
{
    QFETCH(int, count);
    QList<User> users;
    for (const User &u : allUsers()) {
        if (u.id != m_meId && users.size() < count)
            users.append(u);
    }
    QCOMPARE(users.size(), count);
    compare([this, &users] {
        auto dialog = std::make_unique<RemoveUserDialog>(m_api.get(), m_clientId, users);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get())
            || !QTest::qWaitFor([&dialog] { return !dialog->isChecking(); }))
            return Shown{};
        QWidget *root = dialog.get();
        return Shown{std::move(dialog), root};
    });
}

void TestTranslatedDialogs::activityPanel()
{
    compare([this] {
        std::unique_ptr<MainWindow> window = openWindow();
        if (!window)
            return Shown{};
        ActivityPanel *panel = window->activityPanel();
        panel->show();
        ActivityEntry entry;
        entry.actor = QStringLiteral("Demo account");
        entry.action = ActivityEntry::exportUsers();
        entry.detail = QStringLiteral("3 users to users.csv");
        entry.ok = false;
        entry.error = QStringLiteral("Disk full");
        window->session()->record(entry);
        if (!panel->exportButton()->isEnabled())
            return Shown{};
        return Shown{std::move(window), panel};
    });
}

void TestTranslatedDialogs::resendQuestionAndBanner()
{
    // The question first, then the banner with the result of the answer.
    for (const bool answered : {false, true}) {
        compare([this, answered] {
            std::unique_ptr<MainWindow> window = openWindow();
            if (!window)
                return Shown{};
            UserActions *actions = window->userActions();
            QList<qint64> ids;
            for (const User &u : allUsers())
                ids.append(u.id);
            const QList<qint64> open = window->session()->operations()->resendable(ids);
            if (open.isEmpty())
                return Shown{};
            actions->resend({open.constFirst()}, true);
            QMessageBox *question = actions->openQuestion();
            if (!question || !QTest::qWaitForWindowExposed(question))
                return Shown{};
            if (!answered)
                return Shown{std::move(window), question};
            QAbstractButton *yes = nullptr;
            const QList<QAbstractButton *> buttons = question->buttons();
            for (QAbstractButton *button : buttons) {
                if (question->buttonRole(button) == QMessageBox::AcceptRole)
                    yes = button;
            }
            if (!yes)
                return Shown{};
            yes->click();
            Banner *banner = window->banner();
            if (!QTest::qWaitFor([banner, actions] {
                    return !actions->isBusy() && banner->isVisible() && banner->level() == Banner::Level::Success;
                }))
                return Shown{};
            return Shown{std::move(window), banner};
        });
        if (QTest::currentTestFailed())
            return;
    }
}

ROSTER_TEST_MAIN(TestTranslatedDialogs)
#include "tst_translateddialogs.moc"
