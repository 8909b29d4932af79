#include "UsersTable.h"

#include "CellTextDelegate.h"
#include "domain/Role.h"
#include "domain/SignInMethod.h"
#include "domain/UserStatus.h"
#include "items/UsersModel.h"

#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

#include <algorithm>

UsersTable::UsersTable(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("usersTable"));
    setItemDelegate(new CellTextDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &UsersTable::rowMenuRequestedAt);

    // Fixed row heights: the view never measures rows, whatever the number of users.
    QHeaderView *rows = verticalHeader();
    rows->hide();
    const QFontMetrics metrics(font());
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(metrics.height());
    rows->setDefaultSectionSize(metrics.height() + 10);
}

void UsersTable::setUpColumns()
{
    QHeaderView *header = horizontalHeader();
    const QFontMetrics metrics(font());
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(metrics.averageCharWidth() * 4);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &UsersTable::showHeaderMenu,
            Qt::UniqueConnection);
    applyDefaultColumnWidths();
    header->setSortIndicator(UsersModel::Id, Qt::AscendingOrder);
}

void UsersTable::applyDefaultColumnWidths()
{
    QHeaderView *header = horizontalHeader();
    if (!model())
        return;
    const QFontMetrics cell(font());
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
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
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
    // Most users have a password, some one other method besides.
    QStringList signIn;
    for (const SignInMethod method : AllSignInMethods)
        signIn.append(signInMethodsText(SignInMethod::Password | method));
    fit(UsersModel::SignInColumn, widest(signIn));
}

QByteArray UsersTable::saveColumns() const
{
    return horizontalHeader()->saveState();
}

void UsersTable::restoreColumns(const QByteArray &state)
{
    QHeaderView *header = horizontalHeader();
    if (!header->restoreState(state))
        applyDefaultColumnWidths();
    // What the saved state cannot change: the table must stay fast on a million rows.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    setSortingEnabled(true);
}

QList<int> UsersTable::shownColumns() const
{
    const QHeaderView *header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    return columns;
}

void UsersTable::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);

    int visible = 0;
    for (int column = 0; column < header->count(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;

    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
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

bool UsersTable::event(QEvent *event)
{
    // The menu key (or Shift+F10): the menu of the current row, at that row. The mouse's menu
    // comes through customContextMenuRequested, at the row under it.
    if (event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard
        && currentIndex().isValid()) {
        emit rowMenuRequested();
        return true;
    }
    return QTableView::event(event);
}

void UsersTable::keyPressEvent(QKeyEvent *event)
{
    // Enter on a row does what a double-click does.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier
        && currentIndex().isValid()) {
        emit rowActivated(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}
