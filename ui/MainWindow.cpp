#include "MainWindow.h"

#include "AccountSwitcher.h"
#include "ActivityPanel.h"
#include "TokensPanel.h"
#include "UserDetailsPane.h"
#include "Banner.h"
#include "EmptyState.h"
#include "FilterBar.h"
#include "SessionStatus.h"
#include "UserActions.h"
#include "UsersTable.h"

#include "api/AccountApi.h"
#include "items/Csv.h"
#include "items/UserFilter.h"
#include "items/UsersModel.h"
#include "session/AccountSession.h"
#include "session/UserOperations.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(AccountSession *session, QWidget *parent)
    : Retranslating<QMainWindow>(parent)
    , m_noUsers(new UsersModel(this))
    , m_filter(new UserFilter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/roster.svg")));
    m_filter->setSourceModel(m_noUsers);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(8);

    m_banner = new Banner(central);
    layout->addWidget(m_banner);
    m_filterBar = new FilterBar(m_filter, central);
    layout->addWidget(m_filterBar);

    m_stack = new QStackedWidget(central);
    m_table = new UsersTable(m_stack);
    m_table->setModel(m_filter);
    m_table->setUpColumns(); // sorting is switched on in restoreSettings(), once the sort column is known
    m_emptyState = new EmptyState(m_stack);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);
    // The details pane goes beside the table, not beside the whole window as a dock would: the
    // filter bar above keeps the window's width (its longest translations need nearly all of it).
    m_split = new QSplitter(Qt::Horizontal, central);
    m_split->setObjectName(QStringLiteral("tableSplitter"));
    m_split->setChildrenCollapsible(false); // hidden only through View > User Details
    m_split->addWidget(m_stack);
    layout->addWidget(m_split, 1);
    setCentralWidget(central);

    createActions();
    m_actions = new UserActions(this, m_table, m_filter);
    m_activity = new ActivityPanel(this);
    m_activity->hide(); // until asked for (View menu); the window remembers it
    addDockWidget(Qt::BottomDockWidgetArea, m_activity);
    m_tokens = new TokensPanel(this);
    m_tokens->hide(); // until asked for (View menu)
    addDockWidget(Qt::BottomDockWidgetArea, m_tokens);
    tabifyDockWidget(m_activity, m_tokens);
    // Shown from the start: the person in the current row at a glance.
    m_details = new UserDetailsPane(m_actions, m_split);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    createMenus();
    auto *resendExpired = new QToolButton(m_filterBar);
    resendExpired->setObjectName(QStringLiteral("resendExpiredButton"));
    resendExpired->setDefaultAction(m_actions->resendExpiredAction());
    resendExpired->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Its text is never cut; the combo boxes give way first (longer in some languages).
    resendExpired->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_filterBar->addAfterStatus(resendExpired);

    connect(m_table, &QAbstractItemView::doubleClicked, m_actions, &UserActions::activate);
    connect(m_table, &UsersTable::rowActivated, m_actions, &UserActions::activate);
    connect(m_table, &UsersTable::rowMenuRequested, m_actions, &UserActions::showMenuForCurrentRow);
    connect(m_table, &UsersTable::rowMenuRequestedAt, m_actions, &UserActions::showMenuAt);

    m_status = new SessionStatus(statusBar(), m_filter);

    m_search = m_filterBar->searchField();
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 1)
            m_table->selectRow(0);
    });
    connect(m_emptyState, &EmptyState::clearFiltersRequested, m_filterBar, &FilterBar::clearFilters);
    connect(m_emptyState, &EmptyState::retryRequested, this, &MainWindow::refresh);
    // A banner the person closed leaves room for the session's quiet remarks again.
    connect(m_banner, &Banner::dismissed, this, [this] {
        if (m_session)
            m_session->clearNotice();
    });

    // Every change of the visible rows; each handler is O(1), whatever the table size.
    connect(m_filter, &UserFilter::filterChanged, this, &MainWindow::updateView);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateView);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateView);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateView);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateView);

    setSession(session);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Readers go before what they read: the details, the actions and the widgets, then the filter.
    m_details->setSession(nullptr);
    delete m_actions;
    m_actions = nullptr;
    m_activity->setHistory(nullptr);
    m_tokens->setSession(nullptr);
    m_search->removeEventFilter(this);
    delete takeCentralWidget();
    delete m_filter;
}

void MainWindow::setSession(AccountSession *session)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sessionConnections))
        disconnect(connection);
    m_sessionConnections.clear();
    m_session = nullptr; // the banner's message was the last session's: nobody to tell
    m_banner->dismiss();
    m_session = session;
    m_filter->setSourceModel(session ? session->users() : m_noUsers);
    m_actions->setSession(session);
    m_activity->setHistory(session ? session->activity() : nullptr);
    m_tokens->setSession(session);
    m_details->setSession(session);
    m_status->setSession(session);
    if (session) {
        const auto updateLoad = [this] {
            m_stopAction->setEnabled(m_session && m_session->isLoading());
            m_status->updateRefresh();
            updateView();
        };
        m_sessionConnections = {
            connect(session, &AccountSession::loadStarted, this, updateLoad),
            connect(session, &AccountSession::loadFailed, this, updateLoad),
            connect(session, &AccountSession::loadStateChanged, this, updateLoad),
            connect(session, &AccountSession::loadFinished, this, &MainWindow::onLoadFinished),
            connect(session, &AccountSession::noticePosted, this, &MainWindow::showNotice),
            connect(session, &AccountSession::noticeCleared, m_banner, &Banner::dismiss),
            connect(session, &AccountSession::clockTicked, m_table->viewport(),
                    qOverload<>(&QWidget::update)), // "expires in 3 h" counts down
            connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); }),
            connect(session, &AccountSession::descriptionChanged, this, &MainWindow::updateTitle),
        };
        if (const std::optional<Notice> notice = session->currentNotice())
            showNotice(*notice);
    }
    retranslate();
}

void MainWindow::showNotice(const Notice &notice)
{
    m_banner->showNotice(notice, m_session);
}

AccountSession *MainWindow::session() const
{
    return m_session;
}

UsersModel *MainWindow::usersModel() const
{
    return m_session ? m_session->users() : m_noUsers;
}

QTableView *MainWindow::tableView() const
{
    return m_table;
}

QLabel *MainWindow::countLabel() const
{
    return m_status->countLabel();
}

QLabel *MainWindow::refreshLabel() const
{
    return m_status->refreshLabel();
}

QLabel *MainWindow::accountLabel() const
{
    return m_status->accountLabel();
}

bool MainWindow::isReadOnly() const
{
    return m_session && m_session->isReadOnly();
}

QString MainWindow::readOnlyReason() const
{
    return m_session ? m_session->readOnlyReason() : QString();
}

QList<qint64> MainWindow::selectedUserIds() const
{
    return m_actions->selectedRows();
}

qint64 MainWindow::currentUserId() const
{
    return m_actions->currentId();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

QString MainWindow::geometryKey()
{
    return QStringLiteral("mainWindow/geometry");
}

QString MainWindow::stateKey()
{
    return QStringLiteral("mainWindow/state");
}

QString MainWindow::headerKey()
{
    return QStringLiteral("mainWindow/header");
}

QString MainWindow::detailsKey()
{
    return QStringLiteral("mainWindow/details");
}

QString MainWindow::detailsShownKey()
{
    return QStringLiteral("mainWindow/detailsShown");
}

void MainWindow::refresh()
{
    if (m_session)
        m_session->refresh();
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.prepend(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcuts(refreshKeys);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_stopAction = new QAction(this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_stopAction->setEnabled(false);
    connect(m_stopAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->stopLoading();
    });

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    m_findAction->setShortcuts(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_quitAction->setMenuRole(QAction::QuitRole);
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcuts(quitKeys);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);

    m_addAccountAction = new QAction(this);
    m_addAccountAction->setObjectName(QStringLiteral("addAccountAction"));
    m_addAccountAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add-user")));
    connect(m_addAccountAction, &QAction::triggered, this, &MainWindow::addAccountRequested);

    m_detailsAction = new QAction(this);
    m_detailsAction->setObjectName(QStringLiteral("detailsAction"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_detailsAction, &QAction::toggled, this, [this](bool shown) { m_details->setVisible(shown); });

    m_signOutAction = new QAction(this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setIcon(QIcon::fromTheme(QStringLiteral("system-log-out")));
    m_signOutAction->setEnabled(false);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_addAccountAction);
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_stopAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addSeparator();
    QAction *showActivity = m_activity->toggleViewAction();
    showActivity->setObjectName(QStringLiteral("activityAction"));
    showActivity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewMenu->addAction(showActivity);
    QAction *showTokens = m_tokens->toggleViewAction();
    showTokens->setObjectName(QStringLiteral("tokensAction"));
    showTokens->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_viewMenu->addAction(showTokens);
    m_viewMenu->addAction(m_detailsAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->menuAction()->setVisible(false); // until setLanguages()

    m_userMenu = menuBar()->addMenu(QString());
    m_userMenu->setObjectName(QStringLiteral("userMenu"));
    m_userMenu->setToolTipsVisible(true);
    m_userMenu->addAction(m_actions->inviteAction());
    m_userMenu->addSeparator();
    m_userMenu->addAction(m_actions->resendAction());
    m_userMenu->addAction(m_actions->editAction());
    m_userMenu->addAction(m_actions->removeAction());
    m_userMenu->addAction(m_actions->removeEverywhereAction());
    m_userMenu->addAction(m_actions->undoAction());
    m_userMenu->addAction(m_actions->resendExpiredAction());
    m_userMenu->addSeparator();
    m_userMenu->addAction(m_actions->copyEmailAction());
    m_userMenu->addAction(m_actions->copyIdAction());
    m_userMenu->addSeparator();
    m_userMenu->addMenu(m_actions->roleMenu());

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_actions->inviteAction());
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_stopAction);

    // The account switcher, at the right end of the tool bar.
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_accounts = new AccountSwitcher(m_toolBar, m_addAccountAction, m_signOutAction);
    connect(m_accounts, &AccountSwitcher::accountRequested, this, &MainWindow::accountRequested);
    connect(m_accounts, &AccountSwitcher::clientRequested, this, &MainWindow::clientRequested);
    m_toolBar->addWidget(m_accounts->button());
}

void MainWindow::setAccountList(const QStringList &profiles, const QString &current)
{
    m_accounts->setAccounts(profiles, current);
}

void MainWindow::setClientList(const QList<ClientRoles> &clients, qint64 current)
{
    m_accounts->setClients(clients, current);
}

QToolButton *MainWindow::accountButton() const
{
    return m_accounts->button();
}

void MainWindow::setLanguages(const QList<std::pair<QString, QString>> &languages, const QString &current)
{
    m_languageMenu->clear();
    auto *group = new QActionGroup(m_languageMenu);
    for (const auto &[code, name] : languages) {
        QAction *action = m_languageMenu->addAction(name);
        action->setObjectName(QStringLiteral("languageAction_") + code);
        action->setCheckable(true);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = code] {
            if (language != m_currentLanguage)
                emit languageRequested(language);
            else
                setCurrentLanguage(language);
        });
    }
    m_languageMenu->menuAction()->setVisible(!languages.isEmpty());
    setCurrentLanguage(current);
}

void MainWindow::setCurrentLanguage(const QString &language)
{
    m_currentLanguage = language;
    const QList<QAction *> choices = m_languageMenu->actions();
    for (QAction *action : choices)
        action->setChecked(action->data().toString() == language);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey()).toByteArray())) {
        QSize size(1180, 720);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(stateKey()).toByteArray());
    m_table->restoreColumns(settings.value(headerKey()).toByteArray());
    if (!m_split->restoreState(settings.value(detailsKey()).toByteArray())) {
        const int pane = fontMetrics().height() * 20; // an email and its Copy button
        m_split->setSizes({std::max(width() - pane, pane), pane});
    }
    m_detailsAction->setChecked(settings.value(detailsShownKey(), true).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    settings.setValue(headerKey(), m_table->saveColumns());
    settings.setValue(detailsShownKey(), m_detailsAction->isChecked());
    if (m_detailsAction->isChecked()) // a hidden pane keeps the width it had
        settings.setValue(detailsKey(), m_split->saveState());
}

void MainWindow::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export Users"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(tr("users.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        const bool saved = exportShown(path, &error);
        if (!m_session)
            return;
        const QString shown = QDir::toNativeSeparators(path);
        const int count = m_filter->rowCount();
        if (saved)
            m_session->notify({Notice::Level::Success, tr("Saved %n user(s) to %1.", nullptr, count).arg(shown), {}, false});
        else
            m_session->notify({Notice::Level::Error, error, {}, false});
        m_session->operations()->recordExport(count, shown, error);
    });
    dialog->open();
}

bool MainWindow::exportShown(const QString &path, QString *error) const
{
    const QByteArray csv = Csv::write(Csv::rowsOf(*m_filter, m_table->shownColumns()), Csv::spreadsheetFormat(QLocale()));
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit())
        return true;
    if (error)
        *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

void MainWindow::onLoadFinished()
{
    m_stopAction->setEnabled(false);
    m_status->updateRefresh();
    updateView();
    if (!m_firstLoadDone) {
        m_firstLoadDone = true;
        emit firstLoadFinished();
    }
}

void MainWindow::updateView()
{
    m_status->updateCount();
    if (m_filter->rowCount() > 0) {
        if (m_stack->currentWidget() != m_table) {
            const bool hadFocus = m_emptyState->isAncestorOf(focusWidget());
            m_stack->setCurrentWidget(m_table);
            if (hadFocus)
                m_table->setFocus();
        }
        return;
    }

    const AccountSession *session = m_session;
    if (usersModel()->rowCount() > 0 && m_filter->isFiltered())
        m_emptyState->showNoMatches(m_filter->searchText(), m_filter->isFilteredByChoice());
    else if (!session || session->isLoading() || session->isAwaitingLoad())
        m_emptyState->showLoading();
    else if (!session->loadError().isEmpty())
        m_emptyState->showLoadFailed(session->loadError());
    else if (session->wasStopped())
        m_emptyState->showLoadFailed(tr("Loading was stopped before any user arrived."));
    else
        m_emptyState->showNoUsers();
    m_stack->setCurrentWidget(m_emptyState);
}

// The account, once: the desktop adds the application's name (" — Roster" on X11 and Wayland),
// and a title that named it too read "Roster — Demo account — Roster".
void MainWindow::updateTitle()
{
    setWindowTitle(m_session ? m_session->description() : tr("No account open"));
}

void MainWindow::retranslate()
{
    updateTitle();

    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Load the users again (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_stopAction->setText(tr("&Stop"));
    m_stopAction->setToolTip(tr("Stop loading the users"));
    m_findAction->setText(tr("&Find User"));
    m_findAction->setToolTip(tr("Search by ID or email"));
    m_quitAction->setText(tr("&Quit"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Save the users shown, with the columns shown, as a CSV file"));
    m_detailsAction->setText(UserDetailsPane::title());
    m_addAccountAction->setText(tr("&Add Account…"));
    m_addAccountAction->setToolTip(tr("Sign in to another account"));
    m_signOutAction->setText(tr("Sign &Out"));
    m_signOutAction->setToolTip(tr("Sign out of this account and remove its secret from the keychain"));
    m_accounts->retranslate();

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_userMenu->setTitle(tr("&User"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_table->setAccessibleName(tr("Users"));

    // Not widgets, so no LanguageChange of their own.
    usersModel()->retranslate();
    m_actions->retranslate();
    m_status->retranslate();
    m_stopAction->setEnabled(m_session && m_session->isLoading());
    updateView();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Typing starts a search: focus begins in the search field, not on the first button of the
    // tool bar or the banner.
    if (!std::exchange(m_focusPlaced, true) && !event->spontaneous())
        m_search->setFocus(Qt::OtherFocusReason);
    if (m_session && m_session->needsStart()) {
        // Queued, so that a refresh() right after show() does not load twice.
        QTimer::singleShot(0, this, [this] {
            if (m_session && m_session->needsStart())
                m_session->start();
        });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A removal held for Undo was confirmed: send it, and close once the server has answered.
    if (m_actions->sendPendingRemoval()) {
        event->ignore();
        connect(m_actions, &UserActions::idle, this, &QWidget::close, Qt::SingleShotConnection);
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search field goes on to the results, as in a browser's address bar;
    // Escape empties it.
    if (event->type() == QEvent::KeyPress && watched == m_search) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && key->modifiers() == Qt::NoModifier) {
            m_filterBar->applySearchNow();
            if (m_filter->rowCount() > 0) {
                if (!m_table->selectionModel()->hasSelection())
                    m_table->selectRow(0);
                m_table->setFocus(Qt::ShortcutFocusReason);
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}
