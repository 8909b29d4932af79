#pragma once

#include <QSortFilterProxyModel>

class ActivityModel;

// The activity panel's filter over an ActivityModel: a search text (part of the user's email
// or ID, the details, the error or who did it; case-insensitive), one action kind, and
// failures only. The log holds at most some ten thousand entries, so the proxy's own
// filtering is fast enough here. Sorting by the Time column is by the exact time.
class ActivityFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActivityFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    // Empty: every action.
    QString actionFilter() const { return m_action; }
    void setActionFilter(const QString &action);
    bool failuresOnly() const { return m_failuresOnly; }
    void setFailuresOnly(bool failuresOnly);
    bool isFiltered() const { return !m_text.isEmpty() || !m_action.isEmpty() || m_failuresOnly; }

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    ActivityModel *m_model = nullptr;
    QString m_text;
    QString m_action;
    bool m_failuresOnly = false;
};
