#include "ActivityFilter.h"

#include "ActivityModel.h"

#include <limits>

ActivityFilter::ActivityFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ActivityFilter::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<ActivityModel *>(model);
    Q_ASSERT_X(!model || m_model, "ActivityFilter", "filters an ActivityModel only");
    QSortFilterProxyModel::setSourceModel(model);
}

void ActivityFilter::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void ActivityFilter::setActionFilter(const QString &action)
{
    if (action == m_action)
        return;
    m_action = action;
    refilter();
}

void ActivityFilter::setFailuresOnly(bool failuresOnly)
{
    if (failuresOnly == m_failuresOnly)
        return;
    m_failuresOnly = failuresOnly;
    refilter();
}

void ActivityFilter::refilter()
{
    invalidateFilter();
    emit filterChanged();
}

bool ActivityFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    const ActivityEntry &e = m_model->entry(sourceRow);
    if (m_failuresOnly && e.ok)
        return false;
    if (!m_action.isEmpty() && e.action != m_action)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
    return has(e.userEmail) || (e.userId > 0 && has(QString::number(e.userId))) || has(e.detail) || has(e.error)
        || has(e.actor);
}

bool ActivityFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_model && left.column() == ActivityModel::Time && right.column() == ActivityModel::Time) {
        const ActivityEntry &a = m_model->entry(left.row());
        const ActivityEntry &b = m_model->entry(right.row());
        if (a.at != b.at)
            return a.at < b.at;
        // Same millisecond: the later entry is the one appended later (unsaved ones last).
        const qint64 aOrder = a.isSaved() ? a.id : std::numeric_limits<qint64>::max();
        const qint64 bOrder = b.isSaved() ? b.id : std::numeric_limits<qint64>::max();
        return aOrder < bOrder;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
