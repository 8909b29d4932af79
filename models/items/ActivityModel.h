#pragma once

#include "domain/ActivityEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// The activity log, one row per entry, newest first as loaded. New entries are inserted at
// the top (rowsInserted at 0), never by a reset; setEntries() is the only reset.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int { Time, Who, Action, User, Details, ResultColumn, ColumnCount };
    enum DataRole : int {
        EntryIdRole = Qt::UserRole + 1,
        TimeRole, // QDateTime, UTC
        ActionRole, // the action key
        UserIdRole,
        OkRole, // bool
        SavedRole, // bool: false when the log could not store the entry
    };

    explicit ActivityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(QList<ActivityEntry> entries);
    void prepend(const ActivityEntry &entry);

    const QList<ActivityEntry> &entries() const { return m_entries; }
    const ActivityEntry &entry(int row) const { return m_entries.at(row); }
    // The action keys of the entries, known ones first in their order, then any others.
    QStringList actions() const;

    // The Result column's text: "Done", or the error, and whether the entry was not saved.
    static QString resultText(const ActivityEntry &entry);
    // A CSV export: the header, and the fields of one entry. Unlike the table, the time is
    // exact (ISO 8601 with the offset) and the user ID has a column of its own.
    static QStringList exportHeader();
    static QStringList exportFields(const ActivityEntry &entry);

    // Texts are translated and times formatted when shown: call after a language change.
    void retranslate();

signals:
    // An entry with an action key the model had not seen before was added.
    void actionsChanged();

private:
    QList<ActivityEntry> m_entries;
    QStringList m_otherActions; // keys outside ActivityEntry::knownActions()
};
