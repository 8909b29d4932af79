#include "UsersModel.h"

#include "domain/Language.h"
#include "domain/Role.h"


#include <algorithm>
#include <cstring>

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row &r = m_rows[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return QString::number(r.id);
        case Name:
            return name(row);
        case Email:
            return email(row);
        case RoleColumn:
            return Role::displayName(r.roleId);
        case Status:
            return statusText(row);
        case TwoFactor:
            return twoFactor(row) ? tr("On") : tr("Off");
        case Language:
            return Language::displayName(language(row));
        case SignInColumn:
            return signInMethodsText(signInMethods(row));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RoleColumn) // long role names do not fit the column
            return Role::displayName(r.roleId);
        if (index.column() == Status) {
            const QDateTime expires = invitationExpiresAt(row);
            if (expires.isValid())
                return status(row) == UserStatus::Expired
                    ? tr("The invitation expired on %1.").arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat))
                    : tr("The invitation is valid until %1.").arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat));
            if (status(row) == UserStatus::Pending)
                return tr("The invitation was not sent from Roster, so when it expires is unknown.");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UserIdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case RoleIdRole:
        return r.roleId;
    case TwoFactorRole:
        return twoFactor(row);
    case EmailRole:
        return email(row);
    case SignInMethodsRole:
        return int(r.signInMethods);
    default:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

QString UsersModel::columnTitle(int column)
{
    switch (column) {
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
    case SignInColumn:
        return tr("Sign-in method");
    }
    return {};
}

void UsersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

QString UsersModel::statusText(int row) const
{
    const UserStatus s = status(row);
    if (s != UserStatus::Pending)
        return userStatusName(s);
    // The API never says when an invitation expires; Roster knows for the ones it sent.
    const QDateTime expires = invitationExpiresAt(row);
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
    // Rounded down, so it never promises more than is left: 2 h 59 min left "expires in 2 h";
    // 59 s left still "in 1 min". The rows' clock moves once a minute, so the hours get that
    // minute's grace (a link sent just now reads "24 h", whichever side of a tick it fell),
    // and never more than the 24 h a link lives.
    if (secs < 3600) {
        const int minutes = int(std::max<qint64>(1, secs / 60));
        return tr("in %n min", nullptr, minutes);
    }
    const int hours = int(std::min<qint64>(24, (secs + 59) / 3600));
    return tr("in %n h", nullptr, hours);
}

// ---- Rows and records --------------------------------------------------------------------

QByteArrayView UsersModel::record(const Row &row) const
{
    return QByteArrayView(m_chunks[row.chunk]->bytes.get() + row.offset, row.length);
}

void UsersModel::appendRecord(QByteArrayView bytes, Row *row)
{
    constexpr qsizetype FirstChunk = 16 * 1024;
    constexpr qsizetype LargestChunk = 1024 * 1024;
    if (m_chunks.empty() || m_chunks.back()->capacity - m_chunks.back()->size < bytes.size()) {
        // Chunks grow with the list, so a small account does not hold a megabyte for nothing.
        const qsizetype last = m_chunks.empty() ? FirstChunk / 2 : m_chunks.back()->capacity;
        auto chunk = std::make_shared<Chunk>();
        chunk->capacity = std::max(std::min(last * 2, LargestChunk), bytes.size());
        chunk->bytes.reset(new char[size_t(chunk->capacity)]);
        m_chunks.push_back(std::move(chunk));
    }
    Chunk &chunk = *m_chunks.back();
    std::memcpy(chunk.bytes.get() + chunk.size, bytes.data(), size_t(bytes.size()));
    row->chunk = quint32(m_chunks.size() - 1);
    row->offset = quint32(chunk.size);
    row->length = quint32(bytes.size());
    chunk.size += bytes.size();
    m_liveBytes += bytes.size();
}

void UsersModel::forgetRecord(const Row &row)
{
    m_deadBytes += row.length;
    m_liveBytes -= row.length;
}

// Once most bytes are records of rows changed or gone, the live ones move to new chunks (a
// snapshot keeps the old ones alive for as long as it needs them).
void UsersModel::compactIfWasteful()
{
    if (m_deadBytes < 1024 * 1024 || m_deadBytes < m_liveBytes)
        return;
    const std::vector<std::shared_ptr<Chunk>> old = std::move(m_chunks);
    m_chunks.clear();
    m_liveBytes = 0;
    m_deadBytes = 0;
    for (Row &row : m_rows) {
        const QByteArrayView bytes(old[row.chunk]->bytes.get() + row.offset, row.length);
        appendRecord(bytes, &row);
    }
}

qint64 UsersModel::recordBytesHeld() const
{
    qint64 held = 0;
    for (const auto &chunk : m_chunks)
        held += chunk->capacity;
    return held;
}

quint8 UsersModel::languageIndex(const QString &lang)
{
    for (size_t i = 0; i < m_languages.size(); ++i) {
        if (m_languages[i] == lang)
            return quint8(i);
    }
    if (m_languages.size() < OtherLanguage) {
        m_languages.push_back(lang);
        m_languagesUtf8.push_back(lang.toUtf8());
        return quint8(m_languages.size() - 1);
    }
    return OtherLanguage;
}

quint8 UsersModel::languageIndex(QByteArrayView utf8)
{
    for (size_t i = 0; i < m_languagesUtf8.size(); ++i) {
        if (m_languagesUtf8[i] == utf8)
            return quint8(i);
    }
    return languageIndex(utf8.isEmpty() ? QString() : QString::fromUtf8(utf8));
}

quint8 UsersModel::statusAt(const Row &row) const
{
    // As User::status(), from the row.
    if (!(row.flags & IsActiveFlag))
        return quint8(UserStatus::Deactivated);
    if (row.flags & ActivatedFlag)
        return quint8(UserStatus::Active);
    if (row.sentAtMs != NoTime && row.sentAtMs + InvitationValiditySecs * 1000 <= m_now.toMSecsSinceEpoch())
        return quint8(UserStatus::Expired);
    return quint8(UserStatus::Pending);
}

UsersModel::Row UsersModel::makeRow(const User &user)
{
    Row row;
    row.id = user.id;
    row.sentAtMs = user.invitationSentAt.isValid() ? user.invitationSentAt.toMSecsSinceEpoch() : NoTime;
    row.roleId = user.roleId(m_accountId);
    row.flags = quint8((user.twoFa ? TwoFaFlag : 0) | (user.activated ? ActivatedFlag : 0)
                       | (user.isActive ? IsActiveFlag : 0));
    row.language = languageIndex(user.lang);
    row.signInMethods = quint8(user.signInMethods().toInt());
    m_scratch.resize(0); // keeps its capacity (clear() would give it back)
    UserRecord::write(user, &m_scratch);
    appendRecord(m_scratch, &row);
    row.status = statusAt(row);
    return row;
}

User UsersModel::user(int row) const
{
    const Row &r = m_rows[size_t(row)];
    User u;
    if (!m_reader.read(record(r), r.id, &u)) {
        // Written by this model, so never: the id at least.
        u = User();
        u.id = r.id;
    }
    if (r.sentAtMs != NoTime)
        u.invitationSentAt = QDateTime::fromMSecsSinceEpoch(r.sentAtMs, Qt::UTC);
    return u;
}

QList<User> UsersModel::users() const
{
    QList<User> all;
    all.reserve(qsizetype(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row)
        all.append(user(row));
    return all;
}

UserRecord::Source UsersModel::recordsSnapshot() const
{
    struct Snapshot
    {
        std::vector<std::shared_ptr<Chunk>> chunks;
        std::vector<Row> rows;
        size_t next = 0;
    };
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->chunks = m_chunks; // their bytes so far never change
    snapshot->rows = m_rows;
    return [snapshot](qint64 *id, QByteArrayView *record) {
        if (snapshot->next == snapshot->rows.size())
            return false;
        const Row &r = snapshot->rows[snapshot->next++];
        *id = r.id;
        *record = QByteArrayView(snapshot->chunks[r.chunk]->bytes.get() + r.offset, r.length);
        return true;
    };
}

QString UsersModel::language(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return r.language != OtherLanguage ? m_languages[r.language] : user(row).lang;
}

QByteArrayView UsersModel::emailUtf8(int row) const
{
    QByteArrayView email, name;
    UserRecord::Reader::texts(record(m_rows[size_t(row)]), &email, &name);
    return email;
}

QByteArrayView UsersModel::nameUtf8(int row) const
{
    QByteArrayView email, name;
    UserRecord::Reader::texts(record(m_rows[size_t(row)]), &email, &name);
    return name;
}

QString UsersModel::email(int row) const
{
    const QByteArrayView utf8 = emailUtf8(row);
    return utf8.isEmpty() ? QString() : QString::fromUtf8(utf8);
}

QString UsersModel::name(int row) const
{
    const QByteArrayView utf8 = nameUtf8(row);
    return utf8.isEmpty() ? QString() : QString::fromUtf8(utf8);
}

QDateTime UsersModel::invitationExpiresAt(int row) const
{
    const Row &r = m_rows[size_t(row)];
    if ((r.flags & ActivatedFlag) || r.sentAtMs == NoTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(r.sentAtMs, Qt::UTC).addSecs(InvitationValiditySecs);
}

// ---- Changes ------------------------------------------------------------------------------

void UsersModel::setAccountId(qint64 clientId)
{
    if (m_accountId == clientId)
        return;
    m_accountId = clientId;
    // Usually the account is every user's own, and no role changes: then nothing is redone.
    std::vector<int> changed;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        Row &r = m_rows[size_t(row)];
        UserRecord::Reader::Summary summary;
        if (UserRecord::Reader::summarize(record(r), m_accountId, &summary) && summary.roleId != r.roleId) {
            r.roleId = summary.roleId;
            changed.push_back(row);
        }
    }
    if (changed.empty())
        return;
    emit rowsChangeStarted();
    for (int row : changed)
        emit dataChanged(index(row, RoleColumn), index(row, RoleColumn), {Qt::DisplayRole, RoleIdRole});
    emit rowsChangeFinished();
}

void UsersModel::clearRows()
{
    m_rows.clear();
    m_chunks.clear();
    m_liveBytes = 0;
    m_deadBytes = 0;
    m_languages.clear();
    m_languagesUtf8.clear();
    m_reader = UserRecord::Reader();
}

void UsersModel::setUsers(QList<User> users)
{
    beginResetModel();
    clearRows();
    m_rows.reserve(size_t(users.size()));
    for (const User &u : std::as_const(users))
        m_rows.push_back(makeRow(u));
    users = {}; // before the index: the list's memory goes first
    finishReset();
}

void UsersModel::swapStorage(Storage &other)
{
    std::swap(other.rows, m_rows);
    std::swap(other.chunks, m_chunks);
    std::swap(other.liveBytes, m_liveBytes);
    std::swap(other.deadBytes, m_deadBytes);
    std::swap(other.languages, m_languages);
    std::swap(other.languagesUtf8, m_languagesUtf8);
}

bool UsersModel::setRecords(const std::function<bool(const std::function<void(qint64)> &, const RecordTaker &)> &read)
{
    // Read into empty storage with the rows aside: a read that fails leaves them as they were.
    Storage other;
    swapStorage(other);
    const bool ok = read([this](qint64 count) { m_rows.reserve(size_t(std::min<qint64>(count, 16 * 1024 * 1024))); },
                         [this](qint64 id, QByteArrayView record, qint64 sentAtMs) {
                             UserRecord::Reader::Summary summary;
                             if (!UserRecord::Reader::summarize(record, m_accountId, &summary))
                                 return false;
                             Row row;
                             row.id = id;
                             row.sentAtMs = sentAtMs == std::numeric_limits<qint64>::min() ? NoTime : sentAtMs;
                             row.roleId = summary.roleId;
                             row.flags = quint8((summary.twoFa ? TwoFaFlag : 0) | (summary.activated ? ActivatedFlag : 0)
                                                | (summary.isActive ? IsActiveFlag : 0));
                             row.language = languageIndex(summary.lang);
                             row.signInMethods = quint8(summary.signInMethods.toInt());
                             appendRecord(record, &row);
                             row.status = statusAt(row);
                             m_rows.push_back(row);
                             return true;
                         });
    swapStorage(other); // the rows as they were, until the views are told
    if (!ok)
        return false;
    beginResetModel();
    clearRows();
    swapStorage(other);
    finishReset();
    return true;
}

// The end of setUsers() and setRecords(): the rows are in, the index and counts follow.
void UsersModel::finishReset()
{
    m_rows.shrink_to_fit();
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_rows.size()));
    reindexFrom(0);
    m_statusCounts.fill(0);
    for (const Row &r : m_rows)
        ++m_statusCounts[r.status];
    endResetModel();
}

void UsersModel::reindexFrom(int row)
{
    for (int i = row; i < int(m_rows.size()); ++i)
        m_rowById.insert(m_rows[size_t(i)].id, i);
}

void UsersModel::upsertUsers(QList<User> users, std::vector<qint64> *written)
{
    std::vector<Row> added;
    std::vector<int> changed;
    const int first = int(m_rows.size());
    // No reserve(first + users.size()): most of a refresh's users are known, and reserving for
    // them would rehash a million ids for nothing; the hash grows when new ids need it.
    for (User &u : users) {
        const auto known = m_rowById.constFind(u.id);
        if (known == m_rowById.cend()) {
            // Claim the row it will get, so a later duplicate in this batch finds it.
            m_rowById.insert(u.id, first + int(added.size()));
            added.push_back(makeRow(u));
            continue;
        }
        const int row = known.value();
        if (row >= first) { // repeated within this batch: the later one wins
            Row &again = added[size_t(row - first)];
            forgetRecord(again);
            again = makeRow(u);
            continue;
        }
        Row &current = m_rows[size_t(row)];
        // The API never says when an invitation was sent; keep what this app knows.
        if (!u.invitationSentAt.isValid() && current.sentAtMs != NoTime)
            u.invitationSentAt = QDateTime::fromMSecsSinceEpoch(current.sentAtMs, Qt::UTC);
        // The same record and the same time: the same user (the record holds every other field).
        m_scratch.resize(0); // keeps its capacity (clear() would give it back)
        UserRecord::write(u, &m_scratch);
        const qint64 sentAt = u.invitationSentAt.isValid() ? u.invitationSentAt.toMSecsSinceEpoch() : NoTime;
        if (sentAt == current.sentAtMs && record(current) == QByteArrayView(m_scratch))
            continue;
        forgetRecord(current);
        --m_statusCounts[current.status];
        current = makeRow(u);
        ++m_statusCounts[current.status];
        changed.push_back(row);
        if (written)
            written->push_back(u.id);
    }
    if (written) {
        for (const Row &r : added)
            written->push_back(r.id);
    }
    // Insert first: until then m_rowById already names rows that do not exist yet.
    if (!added.empty()) {
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.insert(m_rows.end(), added.begin(), added.end());
        for (const Row &r : added)
            ++m_statusCounts[r.status];
        endInsertRows();
    }
    compactIfWasteful();
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
        for (int r = first; r <= last; ++r) {
            m_rowById.remove(m_rows[size_t(r)].id);
            forgetRecord(m_rows[size_t(r)]);
            --m_statusCounts[m_rows[size_t(r)].status];
        }
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        reindexFrom(first);
        endRemoveRows();
        removed += last - first + 1;
        end = begin;
    }
    compactIfWasteful();
    return removed;
}

int UsersModel::retainUsers(std::vector<qint64> keep, QList<qint64> *removed)
{
    std::sort(keep.begin(), keep.end());
    QList<qint64> gone;
    for (const Row &r : m_rows) {
        if (!std::binary_search(keep.begin(), keep.end(), r.id))
            gone.append(r.id);
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
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const quint8 s = statusAt(m_rows[size_t(row)]);
        if (s == m_rows[size_t(row)].status)
            continue;
        --m_statusCounts[m_rows[size_t(row)].status];
        ++m_statusCounts[s];
        m_rows[size_t(row)].status = s;
        if (!started)
            emit rowsChangeStarted();
        started = true;
        emit dataChanged(index(row, Status), index(row, Status), {Qt::DisplayRole, Qt::ToolTipRole, StatusRole});
    }
    if (started)
        emit rowsChangeFinished();
}
