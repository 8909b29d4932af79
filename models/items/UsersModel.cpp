#include "UsersModel.h"

#include "domain/Language.h"
#include "domain/Role.h"


#include <algorithm>

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return QString::number(u.id);
        case Name:
            return u.name;
        case Email:
            return u.email;
        case RoleColumn:
            return Role::displayName(u.roleId(m_accountId));
        case Status:
            return statusText(index.row());
        case TwoFactor:
            return u.twoFa ? tr("On") : tr("Off");
        case Language:
            return Language::displayName(u.lang);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RoleColumn) // long role names do not fit the column
            return Role::displayName(u.roleId(m_accountId));
        if (index.column() == Status) {
            const QDateTime expires = u.invitationExpiresAt();
            if (expires.isValid())
                return status(index.row()) == UserStatus::Expired
                    ? tr("The invitation expired on %1.").arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat))
                    : tr("The invitation is valid until %1.").arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat));
            if (status(index.row()) == UserStatus::Pending)
                return tr("The invitation was not sent from Roster, so when it expires is unknown.");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UserIdRole:
        return u.id;
    case StatusRole:
        return int(status(index.row()));
    case RoleIdRole:
        return u.roleId(m_accountId);
    case TwoFactorRole:
        return u.twoFa;
    case EmailRole:
        return u.email;
    default:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case Status:
        return tr("Status");
    case TwoFactor:
        return tr("Two-factor authentication");
    case Language:
        return tr("Language");
    }
    return {};
}

void UsersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_users.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

QString UsersModel::statusText(int row) const
{
    const UserStatus s = status(row);
    if (s != UserStatus::Pending)
        return userStatusName(s);
    // The API never says when an invitation expires; Roster knows for the ones it sent.
    const QDateTime expires = m_users.at(row).invitationExpiresAt();
    if (!expires.isValid())
        return userStatusName(s);
    return pendingText(m_now.secsTo(expires));
}

QString UsersModel::pendingText(qint64 secsLeft)
{
    return tr("%1 · expires %2").arg(userStatusName(UserStatus::Pending), expiresIn(secsLeft));
}

QString UsersModel::expiresIn(qint64 secs)
{
    // Rounded up: an invitation with 59 s left still "expires in 1 min".
    if (secs < 3600) {
        const int minutes = int(std::max<qint64>(1, (secs + 59) / 60));
        return tr("in %n min", nullptr, minutes);
    }
    const int hours = int((secs + 3599) / 3600);
    return tr("in %n h", nullptr, hours);
}

void UsersModel::setAccountId(qint64 clientId)
{
    if (m_accountId == clientId)
        return;
    m_accountId = clientId;
    if (!m_users.isEmpty())
        emit dataChanged(index(0, RoleColumn), index(rowCount() - 1, RoleColumn), {Qt::DisplayRole, RoleIdRole});
}

void UsersModel::setUsers(QList<User> users)
{
    beginResetModel();
    m_users = std::move(users);
    m_statuses.resize(size_t(m_users.size()));
    m_rowById.clear();
    m_rowById.reserve(m_users.size());
    reindexFrom(0);
    endResetModel();
}

void UsersModel::reindexFrom(int row)
{
    for (int i = row; i < m_users.size(); ++i) {
        m_rowById.insert(m_users.at(i).id, i);
        m_statuses[size_t(i)] = quint8(m_users.at(i).status(m_now));
    }
}

void UsersModel::upsertUsers(QList<User> users, std::vector<qint64> *written)
{
    QList<User> added;
    std::vector<int> changed;
    const int first = int(m_users.size());
    // No reserve(first + users.size()): most of a refresh's users are known, and reserving for
    // them would rehash a million ids for nothing; the hash grows when new ids need it.
    for (User &u : users) {
        const auto known = m_rowById.constFind(u.id);
        if (known == m_rowById.cend()) {
            // Claim the row it will get, so a later duplicate in this batch finds it.
            m_rowById.insert(u.id, first + int(added.size()));
            added.append(std::move(u));
            continue;
        }
        const int row = known.value();
        if (row >= first) { // repeated within this batch: the later one wins
            added[row - first] = std::move(u);
            continue;
        }
        User merged = std::move(u);
        // The API never says when an invitation was sent; keep what this app knows.
        if (!merged.invitationSentAt.isValid())
            merged.invitationSentAt = m_users.at(row).invitationSentAt;
        if (merged == m_users.at(row))
            continue;
        m_users[row] = std::move(merged);
        m_statuses[size_t(row)] = quint8(m_users.at(row).status(m_now));
        changed.push_back(row);
        if (written)
            written->push_back(m_users.at(row).id);
    }
    if (written) {
        for (const User &u : std::as_const(added))
            written->push_back(u.id);
    }
    // Insert first: until then m_rowById already names rows that do not exist yet.
    if (!added.isEmpty()) {
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_users.append(std::move(added));
        m_statuses.resize(size_t(m_users.size()));
        for (int row = first; row < m_users.size(); ++row)
            m_statuses[size_t(row)] = quint8(m_users.at(row).status(m_now));
        endInsertRows();
    }
    if (changed.empty())
        return;
    emit rowsChangeStarted();
    for (int row : changed)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit rowsChangeFinished();
}

int UsersModel::removeUsers(const QList<qint64> &ids)
{
    std::vector<int> rows;
    for (qint64 id : ids) {
        const int row = rowOfUser(id);
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Remove contiguous runs from the bottom up, so earlier row numbers stay valid.
    int removed = 0;
    for (size_t end = rows.size(); end > 0;) {
        size_t begin = end - 1;
        while (begin > 0 && rows[begin - 1] == rows[begin] - 1)
            --begin;
        const int first = rows[begin];
        const int last = rows[end - 1];
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_rowById.remove(m_users.at(r).id);
        m_users.remove(first, last - first + 1);
        m_statuses.erase(m_statuses.begin() + first, m_statuses.begin() + last + 1);
        for (int r = first; r < m_users.size(); ++r)
            m_rowById.insert(m_users.at(r).id, r);
        endRemoveRows();
        removed += last - first + 1;
        end = begin;
    }
    return removed;
}

int UsersModel::retainUsers(std::vector<qint64> keep, QList<qint64> *removed)
{
    std::sort(keep.begin(), keep.end());
    QList<qint64> gone;
    for (const User &u : std::as_const(m_users)) {
        if (!std::binary_search(keep.begin(), keep.end(), u.id))
            gone.append(u.id);
    }
    const int count = removeUsers(gone);
    if (removed)
        *removed = std::move(gone);
    return count;
}

void UsersModel::refreshStatuses(const QDateTime &now)
{
    m_now = now;
    bool started = false;
    for (int row = 0; row < m_users.size(); ++row) {
        const auto s = quint8(m_users.at(row).status(now));
        if (s == m_statuses[size_t(row)])
            continue;
        m_statuses[size_t(row)] = s;
        if (!started)
            emit rowsChangeStarted();
        started = true;
        emit dataChanged(index(row, Status), index(row, Status), {Qt::DisplayRole, Qt::ToolTipRole, StatusRole});
    }
    if (started)
        emit rowsChangeFinished();
}
