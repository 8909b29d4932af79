#include "MainWindow.h"

#include "ActivityPanel.h"
#include "Banner.h"
#include "EmptyState.h"
#include "FilterBar.h"
#include "UserActions.h"

#include "api/AccountApi.h"
#include "domain/Role.h"
#include "domain/UserStatus.h"
#include "items/UserFilter.h"
#include "items/UserListLoader.h"
#include "items/UsersModel.h"
#include "store/Csv.h"
#include "store/UserCache.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(AccountApi *api, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_users(new UsersModel(this))
    , m_filter(new UserFilter(this))
    , m_loader(new UserListLoader(api, m_users, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/roster.svg")));
    m_filter->setSourceModel(m_users);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(8);

    m_banner = new Banner(central);
    layout->addWidget(m_banner);
    m_filterBar = new FilterBar(m_filter, central);
    layout->addWidget(m_filterBar);

    m_stack = new QStackedWidget(central);
    m_table = new QTableView(m_stack);
    m_emptyState = new EmptyState(m_stack);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    setUpTable();
    createActions();
    m_actions = new UserActions(this);
    m_activity = new ActivityPanel(this);
    m_activity->hide(); // until asked for (View menu); the window remembers it
    addDockWidget(Qt::BottomDockWidgetArea, m_activity);
    connect(m_actions, &UserActions::activity, m_activity, &ActivityPanel::record);
    connect(m_activity, &ActivityPanel::storageFailed, this, [this](const ApiError &error) {
        m_banner->showMessage(Banner::Level::Warning,
                              tr("The activity log could not be saved: %1").arg(error.message));
    });
    createMenus();
    auto *resendExpired = new QToolButton(m_filterBar);
    resendExpired->setObjectName(QStringLiteral("resendExpiredButton"));
    resendExpired->setDefaultAction(m_actions->resendExpiredAction());
    resendExpired->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Its text is never cut; the combo boxes give way first (longer in some languages).
    resendExpired->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_filterBar->addAfterStatus(resendExpired);
    connect(m_actions, &UserActions::invitationSent, this, [this](qint64 userId, const QDateTime &sentAt) {
        if (UserCache *cache = m_loader->cache(); cache && cache->isOpen()) {
            const Result<Done> recorded = cache->recordInvitation(userId, sentAt);
            if (!recorded)
                m_banner->showMessage(Banner::Level::Warning, recorded.error().message);
        }
    });
    connect(m_table, &QAbstractItemView::doubleClicked, m_actions, &UserActions::activate);
    m_table->installEventFilter(this);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        // The mouse (the keyboard's menu is handled in eventFilter()): the row under it.
        const int row = m_table->rowAt(pos.y());
        if (row >= 0 && !m_table->selectionModel()->isRowSelected(row, {})) {
            m_table->setCurrentIndex(m_filter->index(row, 0));
            m_table->selectRow(row);
        }
        m_actions->showRowMenu(m_table->viewport()->mapToGlobal(pos));
    });
    m_actions->learnIdentity();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(QStringLiteral("refreshLabel"));
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    for (QLabel *label : {m_countLabel, m_refreshLabel, m_accountLabel})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_refreshLabel);
    statusBar()->addPermanentWidget(m_accountLabel);

    m_search = m_filterBar->searchField();
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 1)
            m_table->selectRow(0);
    });

    connect(m_emptyState, &EmptyState::clearFiltersRequested, m_filterBar, &FilterBar::clearFilters);
    connect(m_emptyState, &EmptyState::retryRequested, this, &MainWindow::refresh);

    connect(m_loader, &UserListLoader::started, this, &MainWindow::onLoadStarted);
    connect(m_loader, &UserListLoader::progress, this, &MainWindow::onLoadProgress);
    connect(m_loader, &UserListLoader::finished, this, &MainWindow::onLoadFinished);
    // Invitations expire while the window is open: look again every minute.
    auto *clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, this, [this] {
        m_users->refreshStatuses(QDateTime::currentDateTimeUtc());
        m_table->viewport()->update(); // "expires in 3 h" counts down
        updateRefreshLabel(); // "saved 5 min ago" ages
    });
    clock->start();
    connect(m_loader, &UserListLoader::failed, this, &MainWindow::onLoadFailed);
    connect(m_loader, &UserListLoader::cacheFailed, this, [this](const ApiError &error) {
        if (m_banner->isHidden())
            m_banner->showMessage(Banner::Level::Warning,
                                  tr("Roster could not keep a local copy of the users: %1").arg(error.message));
    });
    m_offlineRetry = new QTimer(this);
    m_offlineRetry->setInterval(60 * 1000);
    m_offlineRetry->setSingleShot(true);
    connect(m_offlineRetry, &QTimer::timeout, this, [this] {
        if (!m_loader->isLoading())
            refresh();
    });

    // Every change of the visible rows; each handler is O(1), whatever the table size.
    connect(m_filter, &UserFilter::filterChanged, this, &MainWindow::updateView);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateView);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateView);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateView);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateView);

    retranslate();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Readers go before what they read: the pending load, the widgets, then the filter,
    // whose source model is deleted last with the other children.
    m_loader->cancel();
    delete m_actions; // it watches the table
    m_actions = nullptr;
    m_activity->setLog(nullptr);
    m_search->removeEventFilter(this);
    m_table->removeEventFilter(this);
    delete takeCentralWidget();
    delete m_filter;
}

QLineEdit *MainWindow::searchField() const
{
    return m_search;
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
        if (!m_loader->isLoading())
            return;
        m_loader->cancel();
        m_loadStopped = true;
        m_stopAction->setEnabled(false);
        updateRefreshLabel();
        updateView();
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
    m_accountMenu = new QMenu(this);
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_accountButton = new QToolButton(m_toolBar);
    m_accountButton->setObjectName(QStringLiteral("accountButton"));
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountButton->setIcon(QIcon::fromTheme(QStringLiteral("system-users")));
    m_accountButton->setMenu(m_accountMenu);
    m_toolBar->addWidget(m_accountButton);
    rebuildAccountMenu();
}

void MainWindow::setAccountList(const QStringList &profiles, const QString &current)
{
    m_profiles = profiles;
    m_currentProfile = current;
    m_signOutAction->setEnabled(!current.isEmpty());
    rebuildAccountMenu();
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

void MainWindow::rebuildAccountMenu()
{
    m_accountMenu->clear();
    auto *group = new QActionGroup(m_accountMenu);
    const auto addChoice = [this, group](const QString &text, const QString &profile) {
        QAction *action = m_accountMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(profile == m_currentProfile);
        action->setData(profile);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, profile] {
            if (profile != m_currentProfile)
                emit accountRequested(profile);
        });
    };
    for (const QString &profile : std::as_const(m_profiles))
        addChoice(QString(profile).replace(u'&', QStringLiteral("&&")), profile); // a name, not a mnemonic
    addChoice(tr("&Demo account"), QString());
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_addAccountAction);
    m_accountMenu->addAction(m_signOutAction);

    m_accountButton->setText(m_currentProfile.isEmpty() ? tr("Demo account") : m_currentProfile);
    m_accountButton->setToolTip(tr("Switch between accounts, add one, or sign out"));
    m_accountButton->setAccessibleName(tr("Account"));
}

void MainWindow::setUpTable()
{
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Fixed row heights: the view never measures rows, whatever the number of users.
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    const QFontMetrics metrics(m_table->font());
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(metrics.height());
    rows->setDefaultSectionSize(metrics.height() + 10);

    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(metrics.averageCharWidth() * 4);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    applyDefaultColumnWidths();
    header->setSortIndicator(UsersModel::Id, Qt::AscendingOrder);
    // Sorting is switched on in restoreSettings(), once the saved sort column is known.
}

void MainWindow::applyDefaultColumnWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics cell(m_table->font());
    const QFontMetrics head(header->font());
    const int padding = cell.averageCharWidth() * 2 + 12;
    const int sortMark = head.height(); // room for the sort indicator

    const auto widest = [&cell](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, cell.horizontalAdvance(text));
        return width;
    };
    const auto fit = [&](int column, int contentWidth) {
        const QString title = m_users->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(contentWidth, head.horizontalAdvance(title) + sortMark) + padding);
    };

    QStringList roles;
    for (const Role &role : Role::all())
        roles.append(Role::displayName(role.id));
    QStringList statuses;
    for (int s = 0; s < UserStatusCount; ++s)
        statuses.append(userStatusName(UserStatus(s)));
    statuses.append(UsersModel::pendingText(23 * 3600 + 1)); // "... expires in 24 h"
    statuses.append(UsersModel::pendingText(59 * 60));

    fit(UsersModel::Id, cell.horizontalAdvance(QStringLiteral("0000000000")));
    fit(UsersModel::Name, cell.averageCharWidth() * 22);
    fit(UsersModel::Email, cell.averageCharWidth() * 40);
    fit(UsersModel::RoleColumn, std::min(widest(roles), cell.averageCharWidth() * 22));
    fit(UsersModel::Status, widest(statuses));
    fit(UsersModel::TwoFactor, widest({tr("On"), tr("Off")}));
    fit(UsersModel::Language, cell.averageCharWidth() * 12);
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);

    int visible = 0;
    for (int column = 0; column < header->count(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;

    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu->addAction(m_users->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns cannot get them back.
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset columns"));
    connect(reset, &QAction::triggered, this, [this, header] {
        for (int column = 0; column < header->count(); ++column) {
            header->setSectionHidden(column, false);
            header->moveSection(header->visualIndex(column), column);
        }
        applyDefaultColumnWidths();
    });
    menu->popup(header->viewport()->mapToGlobal(pos));
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

    QHeaderView *header = m_table->horizontalHeader();
    if (!header->restoreState(settings.value(headerKey()).toByteArray()))
        applyDefaultColumnWidths();
    // What the saved state cannot change: the table must stay fast on a million rows.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    settings.setValue(headerKey(), m_table->horizontalHeader()->saveState());
}

void MainWindow::refresh()
{
    m_loadRequested = true;
    m_waitingForBackend = false;
    // Rows added by this load get their status (expired invitations) as of now.
    m_users->refreshStatuses(QDateTime::currentDateTimeUtc());
    m_loader->refresh();
}

void MainWindow::setBackend(AccountApi *api, UserCache *cache, bool refreshNow)
{
    m_loader->setApi(api);
    m_loader->setCache(cache);
    m_api = api;
    m_users->setAccountId(0);
    m_users->setUsers({});
    m_loadError.clear();
    m_offlineSince = {};
    m_offlineRetry->stop();
    m_banner->dismiss();
    setReadOnlyReason(QString());
    m_accountDescription.clear();
    m_loader->loadCached(); // the users of last time, at once
    m_loadRequested = true; // by the owner, when it is ready
    m_waitingForBackend = !refreshNow;
    retranslate();
    m_actions->learnIdentity();
    if (refreshNow)
        refresh();
}

void MainWindow::showSignInNeeded(const QString &text)
{
    m_offlineSince = {};
    m_offlineRetry->stop();
    m_waitingForBackend = false;
    m_loadError = text;
    setReadOnlyReason(tr("Roster is not signed in to this account."));
    m_banner->showMessage(Banner::Level::Error, text);
    connect(m_banner->addButton(tr("Sign In…")), &QPushButton::clicked, this, &MainWindow::signInAgainRequested);
    updateRefreshLabel();
    updateView();
}

void MainWindow::setActivityLog(ActivityLog *log)
{
    m_activity->setLog(log);
}

void MainWindow::setAccountDescription(const QString &text)
{
    m_accountDescription = text;
    m_accountLabel->setText(text.isEmpty() ? m_api->displayName() : text);
}

void MainWindow::setOfflineRetryInterval(int ms)
{
    m_offlineRetry->setInterval(ms);
}

void MainWindow::setReadOnlyReason(const QString &reason)
{
    const bool was = isReadOnly();
    m_readOnlyReason = reason;
    if (was != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

QString MainWindow::ageText(const QDateTime &when) const
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    const qint64 secs = std::max<qint64>(0, when.secsTo(QDateTime::currentDateTimeUtc()));
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n min ago", nullptr, int(secs / 60));
    if (local.date() == QDate::currentDate())
        return tr("today at %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    return locale.toString(local, QLocale::ShortFormat);
}

void MainWindow::goOffline()
{
    const QLocale locale;
    if (!m_offlineSince.isValid())
        m_offlineSince = QDateTime::currentDateTimeUtc();
    const QString since = locale.toString(m_offlineSince.toLocalTime().time(), QLocale::ShortFormat);
    setReadOnlyReason(tr("Roster is offline: changes are possible again once it reaches the server."));
    const QDateTime asOf = m_loader->lastRefresh().isValid() ? m_loader->lastRefresh() : m_loader->cachedAt();
    const QString text = asOf.isValid()
        ? tr("Offline since %1. Showing the users as of %2; changes are disabled until Roster reaches the server again.")
              .arg(since, ageText(asOf))
        : tr("Offline since %1: Roster cannot reach the server. Changes are disabled until it can.").arg(since);
    m_banner->showMessage(Banner::Level::Warning, text);
    connect(m_banner->addButton(tr("Try Again")), &QPushButton::clicked, this, &MainWindow::refresh);
    m_offlineRetry->start();
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
        if (saved)
            m_banner->showMessage(Banner::Level::Success, tr("Saved %n user(s) to %1.", nullptr, m_filter->rowCount())
                                                              .arg(QDir::toNativeSeparators(path)));
        else
            m_banner->showMessage(Banner::Level::Error, error);
        ActivityEntry entry;
        entry.actor = m_actions->actorName();
        entry.action = ActivityEntry::exportUsers();
        entry.detail = tr("%n user(s) to %1", nullptr, m_filter->rowCount()).arg(QDir::toNativeSeparators(path));
        entry.ok = saved;
        entry.error = error;
        m_activity->record(entry);
    });
    dialog->open();
}

bool MainWindow::exportShown(const QString &path, QString *error) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    const QByteArray csv = Csv::write(Csv::rowsOf(*m_filter, columns), Csv::spreadsheetFormat(QLocale()));
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit())
        return true;
    if (error)
        *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

QList<qint64> MainWindow::selectedUserIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (source.isValid())
            ids.append(m_users->user(source.row()).id);
    }
    return ids;
}

qint64 MainWindow::currentUserId() const
{
    const QModelIndex source = m_filter->mapToSource(m_table->currentIndex());
    return source.isValid() ? m_users->user(source.row()).id : 0;
}

void MainWindow::onLoadStarted()
{
    m_loadStopped = false;
    m_stopAction->setEnabled(true);
    m_loadError.clear();
    m_progressLoaded = 0;
    m_progressExpected = -1;
    updateRefreshLabel();
    updateView();
}

void MainWindow::onLoadProgress(int loaded, int expected)
{
    m_progressLoaded = loaded;
    m_progressExpected = expected;
    updateRefreshLabel();
}

void MainWindow::onLoadFinished()
{
    m_stopAction->setEnabled(false);
    if (isReadOnly()) { // the server answered: online and signed in again
        m_offlineSince = {};
        m_offlineRetry->stop();
        m_banner->dismiss();
        setReadOnlyReason(QString());
    }
    updateRefreshLabel();
    updateView();
    if (!m_firstLoadDone) {
        m_firstLoadDone = true;
        emit firstLoadFinished();
    }
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    m_stopAction->setEnabled(false);
    const QString message = error.text();
    m_loadError = message;
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        goOffline();
    } else if (error.kind == ApiError::Kind::Unauthorized) {
        showSignInNeeded(tr("The server ended the session (%1). Sign in again to see changes and to make them.")
                             .arg(message));
    }
    updateRefreshLabel();
    updateView();
}

void MainWindow::updateView()
{
    updateCountLabel();
    if (m_filter->rowCount() > 0) {
        if (m_stack->currentWidget() != m_table) {
            const bool hadFocus = m_emptyState->isAncestorOf(focusWidget());
            m_stack->setCurrentWidget(m_table);
            if (hadFocus)
                m_table->setFocus();
        }
        return;
    }

    if (m_users->rowCount() > 0 && m_filter->isFiltered())
        m_emptyState->showNoMatches(m_filter->searchText(),
                                    m_filter->statusFilter().has_value()
                                        || m_filter->twoFactorFilter() != UserFilter::TwoFactor::Any
                                        || m_filter->roleFilter() != 0);
    else if (m_loader->isLoading() || m_waitingForBackend || (!m_loadRequested && !m_firstLoadDone))
        m_emptyState->showLoading();
    else if (!m_loadError.isEmpty())
        m_emptyState->showLoadFailed(m_loadError);
    else if (m_loadStopped)
        m_emptyState->showLoadFailed(tr("Loading was stopped before any user arrived."));
    else
        m_emptyState->showNoUsers();
    m_stack->setCurrentWidget(m_emptyState);
}

void MainWindow::updateCountLabel()
{
    const QLocale locale;
    const int total = m_users->rowCount();
    // The count picks the plural form of the translations (roster_en.ts: "of 1 user").
    m_countLabel->setText(tr("Showing %1 of %2 users", nullptr, total)
                              .arg(locale.toString(m_filter->rowCount()), locale.toString(total)));
}

void MainWindow::updateRefreshLabel()
{
    const QLocale locale;
    if (m_loader->isLoading()) {
        if (m_progressExpected >= 0)
            m_refreshLabel->setText(tr("Refreshing… %1 of %2")
                                        .arg(locale.toString(m_progressLoaded), locale.toString(m_progressExpected)));
        else if (m_progressLoaded > 0)
            m_refreshLabel->setText(tr("Refreshing… %1").arg(locale.toString(m_progressLoaded)));
        else if (m_loader->cachedAt().isValid() && !m_loader->lastRefresh().isValid())
            m_refreshLabel->setText(tr("Saved list from %1 · refreshing…").arg(ageText(m_loader->cachedAt())));
        else
            m_refreshLabel->setText(tr("Refreshing…"));
        m_refreshLabel->setToolTip(QString());
        return;
    }

    if (m_loadStopped) {
        m_refreshLabel->setText(tr("Refresh stopped: the list may be incomplete"));
        m_refreshLabel->setToolTip(QString());
        return;
    }

    if (m_offlineSince.isValid()) {
        m_refreshLabel->setText(tr("Offline since %1")
                                    .arg(locale.toString(m_offlineSince.toLocalTime().time(), QLocale::ShortFormat)));
        m_refreshLabel->setToolTip(m_loadError);
        return;
    }

    if (!m_loadError.isEmpty()) {
        m_refreshLabel->setText(tr("Refresh failed: %1").arg(m_loadError));
        m_refreshLabel->setToolTip(m_loadError);
        return;
    }

    QDateTime last = m_loader->lastRefresh().toLocalTime();
    if (!last.isValid() && m_loader->cachedAt().isValid()) {
        m_refreshLabel->setText(tr("Saved list from %1").arg(ageText(m_loader->cachedAt())));
        m_refreshLabel->setToolTip(locale.toString(m_loader->cachedAt().toLocalTime(), QLocale::LongFormat));
        return;
    }
    if (!last.isValid()) {
        m_refreshLabel->clear();
        m_refreshLabel->setToolTip(QString());
        return;
    }
    const QString when = last.date() == QDate::currentDate() ? locale.toString(last.time(), QLocale::ShortFormat)
                                                             : locale.toString(last, QLocale::ShortFormat);
    m_refreshLabel->setText(tr("Last refresh: %1").arg(when));
    m_refreshLabel->setToolTip(locale.toString(last, QLocale::LongFormat));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Roster — %1").arg(m_api->displayName()));

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
    m_addAccountAction->setText(tr("&Add Account…"));
    m_addAccountAction->setToolTip(tr("Sign in to another account"));
    m_signOutAction->setText(tr("Sign &Out"));
    m_signOutAction->setToolTip(tr("Sign out of this account and remove its secret from the keychain"));
    rebuildAccountMenu();

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_userMenu->setTitle(tr("&User"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));

    m_table->setAccessibleName(tr("Users"));
    m_countLabel->setAccessibleName(tr("Number of users shown"));
    m_refreshLabel->setAccessibleName(tr("Last refresh"));
    m_accountLabel->setText(m_accountDescription.isEmpty() ? m_api->displayName() : m_accountDescription);
    m_accountLabel->setAccessibleName(tr("Account"));
    m_accountLabel->setToolTip(tr("Where the users come from"));

    // Not widgets, so no LanguageChange of their own.
    m_users->retranslate();
    if (m_actions)
        m_actions->retranslate();

    updateCountLabel();
    updateRefreshLabel();
    updateView();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_loadRequested) {
        // Queued, so that a refresh() right after show() does not load twice.
        QTimer::singleShot(0, this, [this] {
            if (!m_loadRequested)
                refresh();
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

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The menu key (or Shift+F10): the menu of the current row, at that row.
    if (event->type() == QEvent::ContextMenu && watched == m_table
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            if (!m_table->selectionModel()->isRowSelected(current.row(), {}))
                m_table->selectRow(current.row());
            const QRect rect = m_table->visualRect(current);
            m_actions->showRowMenu(m_table->viewport()->mapToGlobal(QPoint(rect.left(), rect.bottom())));
            return true;
        }
    }
    // Enter on a row does what a double-click does.
    if (event->type() == QEvent::KeyPress && watched == m_table) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier
            && m_table->currentIndex().isValid()) {
            m_actions->activate(m_table->currentIndex());
            return true;
        }
    }
    // Down in the search field goes on to the results, as in a browser's address bar;
    // Escape empties it.
    if (event->type() == QEvent::KeyPress && watched == m_search) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && !m_search->text().isEmpty()) {
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
