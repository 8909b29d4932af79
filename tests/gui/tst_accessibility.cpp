// Accessibility and keyboard of the main window and every dialog, on the demo account: every
// control a person can reach has a name for screen readers, the dialogs' tab order follows
// their layout, menu entries have mnemonics, and the error banner is readable in a dark palette.
#include "ActivityPanel.h"
#include "Banner.h"
#include "DemoWindowFixture.h"
#include "DialogParts.h"
#include "EmptyState.h"
#include "EditUserDialog.h"
#include "FilterBar.h"
#include "InviteDialog.h"
#include "MainWindow.h"
#include "TokensPanel.h"
#include "TestMain.h"
#include "Translations.h"
#include "RemoveEverywhereDialog.h"
#include "RemoveUserDialog.h"
#include "SignInDialog.h"
#include "UserActions.h"
#include "UserDetailsPane.h"

#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "demo/DemoPlatform.h"
#include "demo/DemoSeed.h"
#include "domain/Role.h"
#include "items/ActivityModel.h"
#include "items/UserFilter.h"
#include "items/UsersModel.h"
#include "RemoteApis.h"
#include "session/AccountSession.h"
#include "store/ActivityLog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>
#include <functional>

#include <memory>

namespace {

QString describe(const QWidget *widget)
{
    const QString name = widget->objectName();
    const QString cls = QString::fromLatin1(widget->metaObject()->className());
    return name.isEmpty() ? cls : name + QStringLiteral(" (") + cls + u')';
}

// A control a person operates, as opposed to the parts item views and combo boxes are made of.
bool isControl(const QWidget *widget)
{
    if (qobject_cast<const QHeaderView *>(widget))
        return false; // part of its table, named by the columns
    if (qstrcmp(widget->metaObject()->className(), "QTableCornerButton") == 0)
        return false; // select-all corner of a table, not focusable
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QLineEdit *>(widget) && parent
        && (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)))
        return false; // the editor inside a combo or spin box, named with it
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractButton *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget);
}

// The visible controls under `root` that a screen reader would announce without a name.
QStringList unnamedControls(QWidget *root)
{
    QStringList offenders;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || !isControl(widget))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        bool named = iface && !iface->text(QAccessible::Name).trimmed().isEmpty();
        // On Linux a combo box reports its current text as the name and relies on a name of its
        // own (or a label) for what it is: "Users" alone does not say that it is a role.
        if (named && qobject_cast<const QComboBox *>(widget))
            named = !widget->accessibleName().isEmpty() || !iface->relations(QAccessible::Label).isEmpty();
        if (!named)
            offenders.append(describe(widget));
    }
    return offenders;
}

// The object names of the enabled, visible controls Tab reaches, in order, once round from `first`.
QStringList tabOrder(QWidget *window, QWidget *first)
{
    QStringList order;
    if (!first)
        return order;
    QWidget *widget = first;
    do {
        if (window->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            order.append(widget->objectName().isEmpty() ? describe(widget) : widget->objectName());
        widget = widget->nextInFocusChain();
    } while (widget && widget != first);
    return order;
}

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](float c) {
        return c <= 0.03928f ? c / 12.92 : std::pow((double(c) + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    return dark;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result.append(QString::fromLatin1(name));
    return result;
}

// WCAG AA for normal text: 4.5:1.
#define CHECK_CONTRAST(what, foreground, background)                                                \
    QVERIFY2(contrast((foreground), (background)) >= 4.5,                                           \
             qPrintable(QStringLiteral(what " %1 on %2: %3")                                        \
                            .arg((foreground).name(), (background).name())                          \
                            .arg(contrast((foreground), (background)))))

// Fails naming every unnamed control under `root`.
#define CHECK_ALL_NAMED(root)                                                                       \
    do {                                                                                            \
        const QStringList unnamed = unnamedControls(root);                                          \
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("Unnamed: ") + unnamed.join(u' ')));  \
    } while (false)

// Tab order from the first of `expected`, which is what the dialog should give.
#define CHECK_TAB_ORDER(window, expected)                                                             \
    do {                                                                                              \
        const QStringList wanted = (expected);                                                        \
        const QStringList order = tabOrder((window), (window)->findChild<QWidget *>(wanted.first())); \
        QVERIFY2(order == wanted, qPrintable(order.join(u' ')));                                    \
    } while (false)

} // namespace

class TestAccessibility : public QObject, private DemoWindowFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void mainWindowControlsAreNamed();
    void menuEntriesHaveMnemonics_data();
    void menuEntriesHaveMnemonics();
    void windowMnemonicsAreUnique_data();
    void windowMnemonicsAreUnique();
    void signInDialog();
    void inviteDialog();
    void editUserDialog();
    void removeUserDialog();
    void activityPanel();
    void tokensPanel();
    void removeEverywhereDialog();
    void detailsPane();
    void errorColoursReadInADarkPalette();

private:
    void openWindow();
    void useLanguage(const QString &language);
    QList<User> allUsers() const { return m_account->listUsers(0, 0).value().users; }
    User someoneElse() const;
};

void TestAccessibility::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(openDemo().ok());
}

void TestAccessibility::cleanup()
{
    closeDemoWindow();
    QApplication::setPalette(QPalette());
    Translations::install(qApp, QStringLiteral("en"));
}

void TestAccessibility::openWindow()
{
    QVERIFY(openDemoWindow());
    QTRY_VERIFY(m_window->userActions()->isAdministrator());
}

User TestAccessibility::someoneElse() const
{
    const QList<User> users = allUsers();
    for (const User &u : users) {
        if (u.id != m_meId && u.activated && u.isActive)
            return u;
    }
    return {};
}

void TestAccessibility::mainWindowControlsAreNamed()
{
    openWindow();
    m_window->activityPanel()->show();
    m_window->tableView()->selectRow(0); // the row actions button shows with a current row
    QVERIFY(m_window->tableView()->model()->rowCount() > 0);
    CHECK_ALL_NAMED(m_window.get());

    // The empty state's button.
    m_window->searchField()->setText(QStringLiteral("no one is called this"));
    m_window->filterBar()->applySearchNow();
    QTRY_VERIFY(m_window->isShowingEmptyState());
    CHECK_ALL_NAMED(m_window.get());

    // The banner's buttons.
    m_window->session()->requireSignIn(QStringLiteral("The session ended."));
    QVERIFY(m_window->banner()->isVisible());
    CHECK_ALL_NAMED(m_window.get());
}

// The mnemonics of every language Roster speaks, not only of the English source.
static void addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::supportedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestAccessibility::menuEntriesHaveMnemonics_data()
{
    addLanguages();
}

void TestAccessibility::windowMnemonicsAreUnique_data()
{
    addLanguages();
}

void TestAccessibility::useLanguage(const QString &language)
{
    QVERIFY(language == QLatin1String("en") || !Translations::install(qApp, language).isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

void TestAccessibility::tokensPanel()
{
    openWindow();
    TokensPanel *panel = m_window->tokensPanel();
    panel->show();
    QVERIFY(panel->isVisible());
    QTRY_VERIFY(panel->list()->topLevelItemCount() > 0);
    CHECK_ALL_NAMED(panel);
    // A removed issuer is told in words too, not only by the crossed-out font.
    bool crossedOutTold = false;
    for (int i = 0; i < panel->list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = panel->list()->topLevelItem(i);
        if (item->font(TokensPanel::IssuerColumn).strikeOut())
            crossedOutTold = item->toolTip(TokensPanel::IssuerColumn) == TokensPanel::deletedIssuerText()
                && item->data(TokensPanel::IssuerColumn, Qt::AccessibleDescriptionRole).toString()
                    == TokensPanel::deletedIssuerText();
    }
    QVERIFY(crossedOutTold);
}

// The confirmation of Remove from All My Accounts, on the demo and its linked accounts: every
// control named, the accounts listed, Remove reachable from the keyboard.
void TestAccessibility::removeEverywhereDialog()
{
    DemoPlatform platform(m_account.get());
    QVERIFY(platform.open(true).ok());
    m_api->setPlatform(&platform);
    openWindow();
    // The member in the three accounts whose Labs token blocks it there: the dialog offers to
    // delete it first.
    User shared;
    const UsersModel *users = m_session->users();
    DemoAccount *labs = platform.account(DemoSeed::LabsClientId);
    for (int row = 0; row < users->rowCount() && shared.id == 0; ++row) {
        const User user = users->user(row);
        if (user.id != m_meId && user.clientAndRoles.size() == 3
            && !labs->tokens(DemoSeed::LabsClientId, user.id).value().isEmpty())
            shared = user;
    }
    QVERIFY(shared.id != 0);
    {
        RemoveEverywhereDialog dialog(m_session.get(), shared);
        QSignalSpy settled(&dialog, &RemoveEverywhereDialog::settled);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(settled.wait(10000));
        QCOMPARE(dialog.accountList()->topLevelItemCount(), 3);
        CHECK_ALL_NAMED(&dialog);
        QVERIFY(dialog.deleteTokensBox()->isVisible());
        CHECK_TAB_ORDER(&dialog, names({"accountList", "deleteTokensBox", "removeButton", "closeButton"}));
    }
    m_window.reset();
    m_session.reset();
    m_api->setPlatform(nullptr);
}

// A screen reader walking the Details dock finds every field by its name, with its value.
void TestAccessibility::detailsPane()
{
    openWindow();
    UserDetailsPane *pane = m_window->detailsPane();
    QVERIFY(pane->isVisible());
    CHECK_ALL_NAMED(pane); // the placeholder alone
    const User person = someoneElse();
    const QModelIndex source = m_window->usersModel()->index(m_window->usersModel()->rowOfUser(person.id), 0);
    m_window->tableView()->setCurrentIndex(m_window->userFilter()->mapFromSource(source));
    QCOMPARE(pane->userId(), person.id);
    CHECK_ALL_NAMED(pane);

    QHash<QString, QStringList> found; // accessible name -> descriptions, of what the pane shows
    const std::function<void(QAccessibleInterface *)> walk = [&](QAccessibleInterface *iface) {
        if (!iface || iface->state().invisible)
            return;
        const QString name = iface->text(QAccessible::Name);
        if (!name.isEmpty())
            found[name].append(iface->text(QAccessible::Description));
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i));
    };
    walk(QAccessible::queryAccessibleInterface(pane));
    for (int i = 0; i < UserDetailsPane::FieldCount; ++i) {
        const auto field = UserDetailsPane::Field(i);
        const QString name = pane->fieldLabel(field)->text();
        const QString value = pane->valueLabel(field)->text();
        QVERIFY2(!value.isEmpty(), qPrintable(name));
        QVERIFY2(found.value(name).contains(value), qPrintable(name + QStringLiteral(": ") + value));
        // The value label itself: named by its field, its text the description.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(pane->valueLabel(field));
        QCOMPARE(iface->text(QAccessible::Name), name);
        QCOMPARE(iface->text(QAccessible::Description), value);
    }
    QVERIFY(found.value(QStringLiteral("Email")).contains(person.email));
    QVERIFY(found.contains(QStringLiteral("Copy Email")));
    QVERIFY(found.contains(QStringLiteral("Remove…")));
}

void TestAccessibility::menuEntriesHaveMnemonics()
{
    QFETCH(QString, language);
    openWindow();
    useLanguage(language);
    QStringList missing;
    QStringList twice;
    const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        QString letters;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (action->menu())
                walk(action->menu());
            const QString text = QString(action->text()).replace(QStringLiteral("&&"), QString());
            const qsizetype amp = text.indexOf(u'&');
            if (amp < 0 || amp + 1 >= text.size()) {
                if (action->shortcut().isEmpty())
                    missing.append(menu->title().remove(u'&') + QStringLiteral(" > ") + action->text());
                continue;
            }
            const QChar letter = text.at(amp + 1).toLower();
            if (letters.contains(letter))
                twice.append(menu->title().remove(u'&') + QStringLiteral(" > ") + action->text());
            letters.append(letter);
        }
    };
    const QList<QAction *> top = m_window->menuBar()->actions();
    for (QAction *action : top) {
        QVERIFY2(action->text().contains(u'&'), qPrintable(action->text()));
        if (action->menu())
            walk(action->menu());
    }
    std::unique_ptr<QMenu> rowMenu(m_window->userActions()->createRowMenu(m_window.get()));
    walk(rowMenu.get());
    walk(m_window->accountButton()->menu());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("No mnemonic: ") + missing.join(QStringLiteral(", "))));
    QVERIFY2(twice.isEmpty(), qPrintable(QStringLiteral("Mnemonic taken: ") + twice.join(QStringLiteral(", "))));
}

void TestAccessibility::windowMnemonicsAreUnique()
{
    // Alt+letter of the menu bar and of the labels and buttons in the window, the dock shown.
    QFETCH(QString, language);
    openWindow();
    useLanguage(language);
    m_window->activityPanel()->show();
    QStringList owners;
    QString letters;
    QStringList twice;
    const auto take = [&](const QString &text, const QString &owner) {
        const QString plain = QString(text).replace(QStringLiteral("&&"), QString());
        const qsizetype amp = plain.indexOf(u'&');
        if (amp < 0 || amp + 1 >= plain.size())
            return;
        const QChar letter = plain.at(amp + 1).toLower();
        if (letters.contains(letter))
            twice.append(owner + QStringLiteral(" and ") + owners.at(letters.indexOf(letter)));
        letters.append(letter);
        owners.append(owner);
    };
    const QList<QAction *> top = m_window->menuBar()->actions();
    for (QAction *action : top)
        take(action->text(), action->text());
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            take(label->text(), describe(label));
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            take(button->text(), describe(button));
    }
    QVERIFY2(twice.isEmpty(), qPrintable(QStringLiteral("Mnemonic taken twice: ") + twice.join(QStringLiteral(", "))));
}

void TestAccessibility::signInDialog()
{
    QNetworkAccessManager network;
    SignInDialog dialog(remoteApis(&network), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    CHECK_ALL_NAMED(&dialog);

    // The API token method is chosen first: its field, then the buttons left to right.
    CHECK_TAB_ORDER(&dialog, names({"profileName", "baseUrl", "apiTokenMethod", "passwordMethod", "apiToken",
                                    "testConnection", "signIn", "cancel"}));
    dialog.findChild<QAbstractButton *>(QStringLiteral("passwordMethod"))->click();
    CHECK_TAB_ORDER(&dialog, names({"profileName", "baseUrl", "apiTokenMethod", "passwordMethod", "email", "password",
                                    "testConnection", "signIn", "cancel"}));
    CHECK_ALL_NAMED(&dialog);
}

void TestAccessibility::inviteDialog()
{
    InviteDialog dialog(m_api.get(), m_clientId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.projectsState() != InviteDialog::ProjectsState::Loading);
    CHECK_ALL_NAMED(&dialog);

    // The project-by-project roles.
    dialog.findChild<QAbstractButton *>(QStringLiteral("projectScope"))->click();
    QVERIFY(!dialog.findChildren<QComboBox *>(QRegularExpression(QStringLiteral("^projectRole_"))).isEmpty());
    CHECK_ALL_NAMED(&dialog);
    dialog.findChild<QAbstractButton *>(QStringLiteral("clientScope"))->click();

    // Invite stays disabled until a person is filled in.
    CHECK_TAB_ORDER(&dialog, names({"name", "email", "language", "role", "clientScope", "projectScope",
                                    "clientAccess", "addRow", "close"}));
}

void TestAccessibility::editUserDialog()
{
    const User other = someoneElse();
    QVERIFY(other.id != 0);
    for (const bool self : {true, false}) {
        const User user = self ? m_account->user(m_meId).value() : other;
        EditUserDialog dialog(m_api.get(), m_clientId, user, m_meId, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isBusy());
        CHECK_ALL_NAMED(&dialog);

        // The read-only email (and for others the name) stays in the order so a screen reader can
        // read it; the language of others is disabled, and Save until a change.
        CHECK_TAB_ORDER(&dialog, self ? names({"email", "name", "language", "role", "cancel"})
                                      : names({"email", "name", "role", "active", "cancel"}));
    }
}

void TestAccessibility::removeUserDialog()
{
    QList<User> two;
    for (const User &u : allUsers()) {
        if (u.id != m_meId && two.size() < 2)
            two.append(u);
    }
    RemoveUserDialog dialog(m_api.get(), m_clientId, two);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.isChecking());
    CHECK_ALL_NAMED(&dialog);

    // Remove is disabled until the confirmation is typed.
    CHECK_TAB_ORDER(&dialog, names({"people", "confirmation", "cancel"}));
}

void TestAccessibility::activityPanel()
{
    openWindow();
    ActivityPanel *panel = m_window->activityPanel();
    panel->show();
    QVERIFY(panel->isVisible());
    CHECK_ALL_NAMED(panel);

    // Export is disabled while there is nothing to export.
    CHECK_TAB_ORDER(panel, names({"activityFilterField", "activityActionFilter", "activityFailuresOnly",
                                  "activityTable"}));
    ActivityEntry entry;
    entry.actor = QStringLiteral("Demo account");
    entry.action = ActivityEntry::exportUsers();
    entry.detail = QStringLiteral("3 users to users.csv");
    entry.ok = false;
    entry.error = QStringLiteral("Disk full");
    m_window->session()->record(entry);
    CHECK_TAB_ORDER(panel, names({"activityFilterField", "activityActionFilter", "activityFailuresOnly",
                                  "activityTable", "activityExportButton"}));
    CHECK_ALL_NAMED(panel);
}

void TestAccessibility::errorColoursReadInADarkPalette()
{
    QApplication::setPalette(darkPalette());
    openWindow();
    m_window->session()->requireSignIn(QStringLiteral("The session ended."));
    Banner *banner = m_window->banner();
    QVERIFY(banner->isVisible());
    auto *text = banner->findChild<QLabel *>(QStringLiteral("bannerText"));
    QVERIFY(text);
    const QColor background = banner->palette().color(QPalette::Window);
    const QColor foreground = text->palette().color(QPalette::WindowText);
    CHECK_CONTRAST("banner", foreground, background);

    // A failure in the activity log, on the table's background.
    ActivityEntry failed;
    failed.actor = QStringLiteral("Demo account");
    failed.action = ActivityEntry::exportUsers();
    failed.ok = false;
    failed.error = QStringLiteral("Disk full");
    m_window->session()->record(failed);
    auto *activity = m_window->activityPanel()->findChild<QTableView *>(QStringLiteral("activityTable"));
    QVERIFY(activity && activity->model()->rowCount() == 1);
    const QColor failure =
        activity->model()->index(0, ActivityModel::ResultColumn).data(Qt::ForegroundRole).value<QColor>();
    const QColor base = activity->palette().color(QPalette::Base);
    CHECK_CONTRAST("failure", failure, base);

    // The empty state's grey follows a switch of theme.
    m_window->searchField()->setText(QStringLiteral("no one is called this"));
    m_window->filterBar()->applySearchNow();
    QTRY_VERIFY(m_window->isShowingEmptyState());
    auto *message = m_window->emptyState()->findChild<QLabel *>(QStringLiteral("emptyStateMessage"));
    QVERIFY(message);
    QCOMPARE(message->palette().color(QPalette::WindowText), darkPalette().color(QPalette::PlaceholderText));
    const QPalette light(QColor(0xef, 0xef, 0xef));
    QApplication::setPalette(light);
    QTRY_COMPARE(message->palette().color(QPalette::WindowText), light.color(QPalette::PlaceholderText));

    // The dialogs' error colour, on the dialog background of either palette.
    for (const QPalette &palette : {darkPalette(), QPalette(QColor(0xef, 0xef, 0xef))}) {
        const QColor error = DialogParts::errorColor(palette);
        const QColor window = palette.color(QPalette::Window);
        CHECK_CONTRAST("error", error, window);
    }
}

ROSTER_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
