#include "ActivityModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>

namespace {

QColor failureColor()
{
    // Readable on light and on dark palettes alike.
    const bool darkText = !qGuiApp || QGuiApplication::palette().color(QPalette::Text).lightness() < 128;
    return darkText ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xff, 0x8a, 0x80);
}

} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::resultText(const ActivityEntry &entry)
{
    QString text = entry.ok ? tr("Done") : entry.error.isEmpty() ? tr("Failed") : entry.error;
    if (!entry.isSaved())
        text = tr("%1 (not saved)", "an activity log result the log could not store").arg(text);
    return text;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return e.actor;
        case Action:
            return ActivityEntry::actionName(e.action);
        case User:
            if (e.userEmail.isEmpty() && e.userId > 0)
                return tr("User %1").arg(e.userId);
            return e.userEmail;
        case Details:
            return e.detail;
        case ResultColumn:
            return resultText(e);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        case User:
            if (e.userId > 0)
                return tr("User ID: %1").arg(e.userId);
            break;
        case Details: // long details do not fit the column
            return e.detail.isEmpty() ? QVariant() : QVariant(e.detail);
        case ResultColumn:
            if (!e.isSaved())
                return tr("%1\nThis entry could not be saved in the activity log; it will be gone after a restart.")
                    .arg(resultText(e));
            return resultText(e);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ResultColumn) {
            if (!e.ok)
                return QIcon::fromTheme(QStringLiteral("dialog-error"));
            if (!e.isSaved())
                return QIcon::fromTheme(QStringLiteral("dialog-warning"));
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && !e.ok)
            return failureColor();
        break;
    case EntryIdRole:
        return e.id;
    case TimeRole:
        return e.at;
    case ActionRole:
        return e.action;
    case UserIdRole:
        return e.userId;
    case OkRole:
        return e.ok;
    case SavedRole:
        return e.isSaved();
    default:
        break;
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case User:
        return tr("User");
    case Details:
        return tr("Details");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

void ActivityModel::setEntries(QList<ActivityEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    QStringList others;
    const QStringList known = ActivityEntry::knownActions();
    for (const ActivityEntry &e : std::as_const(m_entries)) {
        if (!known.contains(e.action) && !others.contains(e.action))
            others.append(e.action);
    }
    if (others != m_otherActions) {
        m_otherActions = others;
        emit actionsChanged();
    }
}

void ActivityModel::prepend(const ActivityEntry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (!ActivityEntry::knownActions().contains(entry.action) && !m_otherActions.contains(entry.action)) {
        m_otherActions.append(entry.action);
        emit actionsChanged();
    }
}

QStringList ActivityModel::actions() const
{
    return ActivityEntry::knownActions() + m_otherActions;
}

QStringList ActivityModel::exportHeader()
{
    return {tr("Time"), tr("Who"), tr("Action"), tr("User"), tr("User ID"), tr("Details"), tr("Result")};
}

QStringList ActivityModel::exportFields(const ActivityEntry &entry)
{
    const QDateTime local = entry.at.toLocalTime();
    return {
        entry.at.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate),
        entry.actor,
        ActivityEntry::actionName(entry.action),
        entry.userEmail,
        entry.userId > 0 ? QString::number(entry.userId) : QString(),
        entry.detail,
        resultText(entry),
    };
}

void ActivityModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}
