// The main window on the demo account in German, Russian and Chinese, switched at run time:
// menus, tool bar, filter bar, column headers and status bar speak the language, no label or
// button is too narrow for its text, and back in English every text is the English one again.

#include "DemoAccountFixture.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "TestMain.h"
#include "session/AccountSession.h"
#include "TranslatedTexts.h"
#include "Translations.h"

#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "domain/SignInMethod.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

namespace {

using TranslatedTexts::cutOff;
using TranslatedTexts::Texts;

void addMenu(Texts *texts, const QMenu *menu, const QString &where)
{
    texts->append({where, menu->title()});
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->objectName().startsWith(QLatin1String("languageAction_")))
            continue; // each language is named in its own language
        if (action->menu())
            addMenu(texts, action->menu(), where + QLatin1String(" > ") + action->menu()->objectName());
        else
            texts->append({where + QLatin1String(" > ") + action->objectName(), action->text()});
    }
}

// What the window shows in words, where the person reads it first.
Texts visibleTexts(MainWindow *window)
{
    Texts texts;
    const QList<QAction *> menus = window->menuBar()->actions();
    for (const QAction *action : menus)
        addMenu(&texts, action->menu(), action->menu()->objectName());

    const QList<QToolBar *> toolBars = window->findChildren<QToolBar *>();
    for (const QToolBar *toolBar : toolBars) {
        const QList<QAction *> actions = toolBar->actions();
        for (const QAction *action : actions)
            if (!action->isSeparator() && !action->text().isEmpty())
                texts.append({QLatin1String("tool bar > ") + action->objectName(), action->text()});
    }
    texts.append({QStringLiteral("account button"), window->accountButton()->text()});

    const FilterBar *filterBar = window->filterBar();
    texts.append({QStringLiteral("search"), window->searchField()->placeholderText()});
    const QList<QLabel *> labels = filterBar->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        if (!label->text().isEmpty())
            texts.append({QLatin1String("filter label ") + label->objectName(), label->text()});
    const QList<QComboBox *> combos = filterBar->findChildren<QComboBox *>();
    for (const QComboBox *combo : combos)
        for (int i = 0; i < combo->count(); ++i)
            texts.append({combo->objectName() + u' ' + QString::number(i), combo->itemText(i)});
    const QList<QAbstractButton *> buttons = filterBar->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons)
        if (!button->text().isEmpty())
            texts.append({QLatin1String("filter button ") + button->objectName(), button->text()});

    const QAbstractItemModel *model = window->tableView()->model();
    for (int column = 0; column < model->columnCount(); ++column)
        texts.append({QStringLiteral("column %1").arg(column), model->headerData(column, Qt::Horizontal).toString()});

    texts.append({QStringLiteral("count"), window->countLabel()->text()});
    texts.append({QStringLiteral("refresh"), window->refreshLabel()->text()});
    texts.append({QStringLiteral("account"), window->accountLabel()->text()});
    texts.append({QStringLiteral("title"), window->windowTitle()});
    return texts;
}

} // namespace

class TestTranslatedWindow : public QObject, private DemoAccountFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void translated_data();
    void translated();
    void languageMenu();
};

void TestTranslatedWindow::initTestCase()
{
    const Result<Done> opened = openDemo();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
}

void TestTranslatedWindow::cleanup()
{
    Translations::switchTo(qApp, QStringLiteral("en"));
}

void TestTranslatedWindow::translated_data()
{
    QTest::addColumn<QString>("language");
    // Words that are the same in the language, where the English one is right.
    QTest::addColumn<QStringList>("same");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Status"),
                                       QStringLiteral("&Status:")};
    QTest::newRow("ru") << QStringLiteral("ru") << QStringList{QStringLiteral("ID")};
    QTest::newRow("zh") << QStringLiteral("zh") << QStringList{QStringLiteral("ID")};
}

void TestTranslatedWindow::translated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, same);

    Translations::switchTo(qApp, QStringLiteral("en"));
    DemoAccountApi api(m_account.get());
    api.setLatency(0);
    AccountSession windowSession(&api);
    MainWindow window(&windowSession);
    window.resize(1180, 720);
    QSignalSpy loaded(&window, &MainWindow::firstLoadFinished);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loaded.wait());
    QCoreApplication::sendPostedEvents(); // the layouts, for the widths below
    const Texts english = visibleTexts(&window);
    QVERIFY(english.size() > 40);
    QVERIFY2(cutOff(&window).isEmpty(), qPrintable(cutOff(&window).join(u'\n')));

    // At run time, as the Language menu does it: every widget gets a LanguageChange.
    QVERIFY(Translations::switchTo(qApp, language).contains(
        QStringLiteral(":/i18n/") + Translations::catalogueName(language) + QLatin1String(".qm")));
    QTRY_COMPARE(window.refreshAction()->text(), QCoreApplication::translate("MainWindow", "&Refresh"));
    QCOMPARE(window.windowTitle(), api.displayName()); // the account's name, once
    QCoreApplication::sendPostedEvents(); // the layouts, for the widths below
    const Texts translated = visibleTexts(&window);
    QCOMPARE(translated.size(), english.size());
    // The sign-in services keep their names in every language, a count after them or not.
    const auto isName = [](const QString &text) {
        for (const SignInMethod method : {SignInMethod::Sso, SignInMethod::GitHub, SignInMethod::Google}) {
            const QString name = signInMethodName(method);
            if (text == name || text.startsWith(name + QLatin1String(" (")))
                return true;
        }
        return false;
    };
    QStringList untranslated;
    for (qsizetype i = 0; i < english.size(); ++i) {
        QCOMPARE(translated.at(i).first, english.at(i).first);
        const QString &text = translated.at(i).second;
        if (text.isEmpty() || (text == english.at(i).second && !same.contains(text) && !isName(text)))
            untranslated.append(english.at(i).first + QLatin1String(": \"") + text + u'"');
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    // Squeezed below its minimum, the filter bar would cut its combo boxes' texts.
    QVERIFY2(window.filterBar()->minimumSizeHint().width() <= window.filterBar()->width(),
             qPrintable(QStringLiteral("the filter bar needs %1 px, has %2")
                            .arg(window.filterBar()->minimumSizeHint().width())
                            .arg(window.filterBar()->width())));
    const QStringList problems = cutOff(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // And back: nothing keeps the other language.
    Translations::switchTo(qApp, QStringLiteral("en"));
    QTRY_COMPARE(window.refreshAction()->text(), QStringLiteral("&Refresh"));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(visibleTexts(&window), english);
}

void TestTranslatedWindow::languageMenu()
{
    DemoAccountApi api(m_account.get());
    api.setLatency(0);
    AccountSession windowSession(&api);
    MainWindow window(&windowSession);
    QVERIFY(window.languageMenu()->menuAction()->isVisible() == false);
    window.setLanguages({{QStringLiteral("en"), QStringLiteral("English")},
                         {QStringLiteral("de"), QStringLiteral("Deutsch")},
                         {QStringLiteral("zh"), QStringLiteral("中文")},
                         {QStringLiteral("ru"), QStringLiteral("Русский")}},
                        QStringLiteral("en"));
    QVERIFY(window.languageMenu()->menuAction()->isVisible());
    QCOMPARE(window.languageMenu()->actions().size(), 4);
    auto *english = window.languageMenu()->findChild<QAction *>(QStringLiteral("languageAction_en"));
    auto *russian = window.languageMenu()->findChild<QAction *>(QStringLiteral("languageAction_ru"));
    QVERIFY(english && russian);
    QVERIFY(english->isChecked());

    QSignalSpy requested(&window, &MainWindow::languageRequested);
    russian->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("ru"));
    // The owner switches and says so.
    window.setCurrentLanguage(QStringLiteral("ru"));
    QVERIFY(russian->isChecked());
    QVERIFY(!english->isChecked());
    QCOMPARE(window.currentLanguage(), QStringLiteral("ru"));
    // The language spoken already: nothing to do.
    russian->trigger();
    QCOMPARE(requested.count(), 1);
    QVERIFY(russian->isChecked());
}

ROSTER_TEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
