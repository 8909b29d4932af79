#include "ActivityPanel.h"

#include "items/ActivityFilter.h"
#include "items/ActivityModel.h"
#include "items/Csv.h"
#include "session/ActivityHistory.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ActivityPanel::ActivityPanel(QWidget *parent)
    : Retranslating<QDockWidget>(parent)
    , m_filter(new ActivityFilter(this))
    , m_contents(new QWidget(this))
    , m_search(new QLineEdit(m_contents))
    , m_actionLabel(new QLabel(m_contents))
    , m_action(new QComboBox(m_contents))
    , m_failuresOnly(new QCheckBox(m_contents))
    , m_message(new QLabel(m_contents))
    , m_table(new QTableView(m_contents))
    , m_status(new QLabel(m_contents))
    , m_export(new QPushButton(m_contents))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("activityDock"));
    setAllowedAreas(Qt::AllDockWidgetAreas);
    m_contents->setObjectName(QStringLiteral("activityContents"));

    m_search->setObjectName(QStringLiteral("activityFilterField"));
    m_search->setClearButtonEnabled(true);
    const QIcon findIcon = QIcon::fromTheme(QStringLiteral("edit-find"));
    if (!findIcon.isNull())
        m_search->addAction(findIcon, QLineEdit::LeadingPosition)->setObjectName(QStringLiteral("searchIcon"));

    m_action->setObjectName(QStringLiteral("activityActionFilter"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actionLabel->setBuddy(m_action);
    m_failuresOnly->setObjectName(QStringLiteral("activityFailuresOnly"));

    m_message->setObjectName(QStringLiteral("activityMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_export->setObjectName(QStringLiteral("activityExportButton"));
    const QIcon saveIcon = QIcon::fromTheme(QStringLiteral("document-save-as"));
    if (!saveIcon.isNull())
        m_export->setIcon(saveIcon);

    setUpTable();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addSpacing(8);
    filters->addWidget(m_actionLabel);
    filters->addWidget(m_action);
    filters->addSpacing(8);
    filters->addWidget(m_failuresOnly);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_export);
    auto *layout = new QVBoxLayout(m_contents);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    setWidget(m_contents);

    setTabOrder(m_search, m_action);
    setTabOrder(m_action, m_failuresOnly);
    setTabOrder(m_failuresOnly, m_table);
    setTabOrder(m_table, m_export);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ActivityPanel::applySearchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // its clear button, Backspace: everything at once
            applySearchNow();
        else
            m_searchTimer->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ActivityPanel::applySearchNow);
    connect(m_action, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setActionFilter(m_action->itemData(index).toString()); });
    connect(m_failuresOnly, &QCheckBox::toggled, m_filter, &ActivityFilter::setFailuresOnly);
    connect(m_export, &QPushButton::clicked, this, &ActivityPanel::exportWithDialog);

    connect(m_filter, &ActivityFilter::filterChanged, this, &ActivityPanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ActivityPanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ActivityPanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateStatus);

    fillActionCombo();
    retranslate();
    updateEnabled();
}

ActivityPanel::~ActivityPanel()
{
    // The view goes before the models it shows.
    delete m_contents;
}

void ActivityPanel::setUpTable()
{
    m_table->setObjectName(QStringLiteral("activityTable"));
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

    // Fixed row heights: the view never measures rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    const QFontMetrics metrics(m_table->font());
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(metrics.height());
    rows->setDefaultSectionSize(metrics.height() + 8);

    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(metrics.averageCharWidth() * 4);
    const int chars[] = {16, 22, 16, 26, 36};
    for (int column = 0; column < int(std::size(chars)); ++column)
        header->resizeSection(column, metrics.averageCharWidth() * chars[column]);

    m_table->sortByColumn(ActivityModel::Time, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
}

void ActivityPanel::setHistory(ActivityHistory *history)
{
    if (m_history)
        disconnect(m_history->model(), nullptr, this, nullptr);
    m_history = history;
    m_filter->setSourceModel(history ? history->model() : nullptr);
    if (history)
        connect(history->model(), &ActivityModel::actionsChanged, this, &ActivityPanel::fillActionCombo);
    fillActionCombo();
    updateEnabled();
}

ActivityHistory *ActivityPanel::history() const
{
    return m_history;
}

ActivityModel *ActivityPanel::model() const
{
    return m_history ? m_history->model() : nullptr;
}

bool ActivityPanel::exportTo(const QString &path, QString *error)
{
    QList<QStringList> rows;
    rows.reserve(m_filter->rowCount() + 1);
    rows.append(ActivityModel::exportHeader());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows.append(ActivityModel::exportFields(model()->entry(m_filter->mapToSource(m_filter->index(row, 0)).row())));
    const QByteArray csv = Csv::write(rows, Csv::spreadsheetFormat(QLocale()));

    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit()) {
        const int count = int(rows.size() - 1);
        m_status->setText(tr("Exported %Ln entries to %1.", nullptr, count).arg(QFileInfo(path).fileName()));
        m_status->setToolTip(QDir::toNativeSeparators(path));
        emit exported(path, count);
        return true;
    }
    const QString message =
        tr("The activity could not be exported to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    m_status->setText(message);
    m_status->setToolTip(message);
    if (error)
        *error = message;
    emit exportFailed(message);
    return false;
}

void ActivityPanel::exportWithDialog()
{
    if (!m_exportDialog) {
        m_exportDialog = new QFileDialog(this);
        m_exportDialog->setObjectName(QStringLiteral("activityExportDialog"));
        m_exportDialog->setAcceptMode(QFileDialog::AcceptSave);
        m_exportDialog->setFileMode(QFileDialog::AnyFile);
        m_exportDialog->setDefaultSuffix(QStringLiteral("csv"));
        m_exportDialog->setWindowModality(Qt::WindowModal);
        m_exportDialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        connect(m_exportDialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            if (!path.isEmpty())
                exportTo(path);
        });
    }
    m_exportDialog->setWindowTitle(tr("Export Activity"));
    m_exportDialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    m_exportDialog->selectFile(
        tr("roster-activity-%1.csv", "file name").arg(QDate::currentDate().toString(Qt::ISODate)));
    m_exportDialog->open();
}

void ActivityPanel::applySearchNow()
{
    m_searchTimer->stop();
    m_filter->setFilterText(m_search->text());
}

void ActivityPanel::fillActionCombo()
{
    const QString current = m_action->currentData().toString();
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    const QStringList actions = model() ? model()->actions() : QStringList();
    for (const QString &action : actions)
        m_action->addItem(ActivityEntry::actionName(action), action);
    m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
}

void ActivityPanel::updateStatus()
{
    const QLocale locale;
    const int total = model() ? model()->rowCount() : 0;
    const int shown = m_filter->rowCount();
    m_status->setToolTip(QString());
    if (shown == total)
        m_status->setText(tr("%Ln entries", nullptr, total));
    else
        m_status->setText(tr("Showing %1 of %Ln entries", nullptr, total).arg(locale.toString(shown)));
    m_export->setEnabled(m_history && m_history->hasLog() && shown > 0);
}

void ActivityPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ActivityPanel::updateEnabled()
{
    const bool available = m_history && m_history->hasLog();
    for (QWidget *w :
         {static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_actionLabel), static_cast<QWidget *>(m_action),
          static_cast<QWidget *>(m_failuresOnly), static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_status)})
        w->setEnabled(available);
    if (!available)
        showMessage(tr("No activity log for this account"));
    else if (!m_history->loadError().isEmpty())
        showMessage(tr("The earlier activity could not be read. %1").arg(m_history->loadError()));
    else
        showMessage(QString());
    updateStatus();
}

void ActivityPanel::retranslate()
{
    setWindowTitle(tr("Activity"));
    m_search->setPlaceholderText(tr("Filter activity"));
    m_search->setAccessibleName(tr("Filter activity"));
    // The buttons Qt puts in the field take their names from these actions.
    if (auto *clear = m_search->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the filter"));
    if (auto *icon = m_search->findChild<QAction *>(QStringLiteral("searchIcon")))
        icon->setText(tr("Search"));
    m_search->setToolTip(tr("Part of a user's email or ID, the details, the error, or who did it"));
    m_actionLabel->setText(tr("&Action:"));
    m_action->setAccessibleName(tr("Action filter"));
    m_failuresOnly->setText(tr("Failures &only")); // Alt+F opens the File menu
    m_failuresOnly->setAccessibleName(tr("Show failures only"));
    m_table->setAccessibleName(tr("Activity log"));
    m_export->setText(tr("&Export…"));
    m_export->setAccessibleName(tr("Export the activity shown"));
    m_export->setToolTip(tr("Save the entries shown as a CSV file for spreadsheets"));
    m_message->setAccessibleName(tr("Activity log message"));
    m_status->setAccessibleName(tr("Activity count"));
    fillActionCombo();
    if (model())
        model()->retranslate();
    updateEnabled();
}
