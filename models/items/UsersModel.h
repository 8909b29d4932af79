#pragma once

#include "domain/User.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <vector>

// The account's users, one row each, updated in place by user id: rows are inserted,
// updated and removed individually (never a reset for an update), so views keep their
// selection. Statuses are computed against a reference time that refreshStatuses() moves.
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int { Id, Name, Email, RoleColumn, Status, TwoFactor, Language, ColumnCount };
    enum DataRole : int {
        UserIdRole = Qt::UserRole + 1,
        StatusRole, // UserStatus as int
        RoleIdRole,
        TwoFactorRole, // bool
        EmailRole,
    };

    explicit UsersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The account whose roles the Role column shows (0: each user's own `client`).
    void setAccountId(qint64 clientId);
    qint64 accountId() const { return m_accountId; }

    // Replaces everything (first load, switching account): the only reset.
    void setUsers(QList<User> users);
    // Updates rows with a known id in place and appends the others in one insertion. With
    // `written`, appends the ids of the rows it added or changed (not those already equal).
    void upsertUsers(QList<User> users, std::vector<qint64> *written = nullptr);
    // Removes the rows of these ids; unknown ids are ignored. Returns how many were removed.
    int removeUsers(const QList<qint64> &ids);
    // Removes every row whose id is not in `keep` (a full refresh found them gone), and tells
    // their ids in `removed` when given.
    int retainUsers(std::vector<qint64> keep, QList<qint64> *removed = nullptr);

    int rowOfUser(qint64 id) const { return m_rowById.value(id, -1); }
    const User &user(int row) const { return m_users.at(row); }
    const QList<User> &users() const { return m_users; }
    UserStatus status(int row) const { return UserStatus(m_statuses[size_t(row)]); }
    int roleId(int row) const { return m_users.at(row).roleId(m_accountId); }

    // The language changed: the headers and the texts of every cell are new.
    void retranslate();

    // Recomputes statuses at `now` (invitations expire); emits dataChanged for rows that changed.
    void refreshStatuses(const QDateTime &now);
    QDateTime referenceTime() const { return m_now; }

    // The Status column's text: the status, and for invitations this app sent, when they
    // expire ("Pending invitation · expires in 3 h"), as of referenceTime().
    QString statusText(int row) const;
    static QString pendingText(qint64 secsLeft); // "Pending invitation · expires in 3 h"
    // "in 3 h", "in 25 min": a time left, rounded up.
    static QString expiresIn(qint64 secs);

signals:
    // upsertUsers() and refreshStatuses() emit one dataChanged() per changed row, all of them
    // between these two signals, so that a proxy can apply a refresh's rows in one go.
    void rowsChangeStarted();
    void rowsChangeFinished();

private:
    void reindexFrom(int row);

    QList<User> m_users;
    std::vector<quint8> m_statuses;
    QHash<qint64, int> m_rowById;
    qint64 m_accountId = 0;
    QDateTime m_now;
};
