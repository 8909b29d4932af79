#include "UserFilter.h"

#include "SplitWork.h"
#include "SubstringScanner.h"
#include "domain/Role.h"
#include "domain/Language.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cstring>
#include <numeric>

Q_LOGGING_CATEGORY(lcFilter, "roster.filter", QtInfoMsg)

namespace {

// A row's code (m_codes): status, two-factor, role slot and sign-in methods.
constexpr quint16 StatusMask = 0x03;
constexpr quint16 TwoFactorBit = 0x04;
constexpr int RoleShift = 3;
constexpr int MaxRoleSlots = 32; // 5 bits; the last slot is shared by any further roles
constexpr int SignInShift = 8;
constexpr int CodeBits = SignInShift + SignInMethodCount;
// Above this share of the rows changed at once, rebuilding everything is cheaper than patching.
constexpr int PatchShare = 4;
// How long the rows stay unchanged before the text orders are built.
constexpr int TextOrderQuietMs = 250;

struct SortItem
{
    quint64 key = 0; // an 8-byte chunk of a text, or an exact numeric key
    qint64 id = 0; // the last tie-break
    int row = 0;
};
enum class TextField : quint8 { Email, Name };

quint8 statusOf(quint16 code)
{
    return quint8(code & StatusMask);
}
bool twoFactorOf(quint16 code)
{
    return (code & TwoFactorBit) != 0;
}
int slotOf(quint16 code)
{
    return (code >> RoleShift) & (MaxRoleSlots - 1);
}
SignInMethods signInOf(quint16 code)
{
    return SignInMethods::fromInt(code >> SignInShift);
}

// First eight bytes, big-endian, so integer order equals byte order.
quint64 prefix8(QByteArrayView bytes)
{
    quint64 value = 0;
    const qsizetype n = std::min<qsizetype>(8, bytes.size());
    for (qsizetype i = 0; i < 8; ++i)
        value = (value << 8) | (i < n ? quint8(bytes[i]) : 0u);
    return value;
}

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const int c = std::memcmp(a.data(), b.data(), size_t(std::min(a.size(), b.size())));
    if (c != 0)
        return c;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

QByteArray foldedUtf8(const QString &text)
{
    QString folded = text.toCaseFolded();
    // Qt folds one character to one; German readers also expect "weiss" to find "Weiß".
    folded.replace(QChar(0x00DF), QLatin1String("ss"));
    // Control characters never occur in the keys and would break segment boundaries.
    folded.removeIf([](QChar c) { return c.unicode() < 0x20; });
    return folded.toUtf8();
}

// The same from UTF-8, as the model keeps its texts.
QByteArray foldedUtf8(QByteArrayView utf8)
{
    // Most emails and many names are ASCII: fold those without the Unicode tables.
    const qsizetype n = utf8.size();
    bool ascii = true;
    for (qsizetype i = 0; i < n && ascii; ++i)
        ascii = uchar(utf8[i]) < 0x80 && uchar(utf8[i]) >= 0x20;
    if (ascii) {
        QByteArray out(n, Qt::Uninitialized);
        char *o = out.data();
        for (qsizetype i = 0; i < n; ++i) {
            const char c = utf8[i];
            o[i] = c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
        }
        return out;
    }
    return foldedUtf8(QString::fromUtf8(utf8));
}

int digitCount(quint64 v)
{
    int d = 1;
    while (v >= 10) {
        v /= 10;
        ++d;
    }
    return d;
}

constexpr quint64 Pow10[] = {1ULL,
                             10ULL,
                             100ULL,
                             1000ULL,
                             10000ULL,
                             100000ULL,
                             1000000ULL,
                             10000000ULL,
                             100000000ULL,
                             1000000000ULL,
                             10000000000ULL,
                             100000000000ULL,
                             1000000000000ULL,
                             10000000000000ULL,
                             100000000000000ULL,
                             1000000000000000ULL,
                             10000000000000000ULL,
                             100000000000000000ULL,
                             1000000000000000000ULL};

// Multikey sort: by 8-byte chunks of the text, descending into runs of equal chunks only, so
// that a million names with many repeats never pay for a full string comparison. `textOf(field,
// row)` gives a row's folded email or name.
template<typename TextOf>
void sortByText(SortItem *begin, SortItem *end, TextField field, int depth, const TextOf &textOf)
{
    const qsizetype offset = qsizetype(depth) * 8;
    for (SortItem *it = begin; it != end; ++it) {
        const QByteArrayView text = textOf(field, it->row);
        it->key = text.size() > offset ? prefix8(text.sliced(offset)) : 0;
    }
    std::sort(begin, end, [](const SortItem &x, const SortItem &y) { return x.key != y.key ? x.key < y.key : x.id < y.id; });
    for (SortItem *run = begin; run != end;) {
        SortItem *runEnd = run + 1;
        while (runEnd != end && runEnd->key == run->key)
            ++runEnd;
        if (runEnd - run > 1) {
            // Equal chunks of a text that goes on: compare the next chunk. Texts that ended
            // here are equal (keys hold no zero bytes): names then go by email, emails by id.
            if (textOf(field, run->row).size() > offset + 8)
                sortByText(run, runEnd, field, depth + 1, textOf);
            else if (field == TextField::Name)
                sortByText(run, runEnd, TextField::Email, 0, textOf);
        }
        run = runEnd;
    }
}

} // namespace

// What building the text orders reads, copied from the filter so that it can change meanwhile
// (the text is shared until the filter next writes to it).
struct UserFilter::TextSnapshot
{
    QByteArray text;
    std::vector<TextSpan> spans;
    std::vector<quint32> emailLengths;
    std::vector<qint64> ids;

    QByteArrayView textOf(TextField field, int row) const
    {
        const TextSpan &span = spans[size_t(row)];
        const quint32 emailLength = emailLengths[size_t(row)];
        if (field == TextField::Email)
            return QByteArrayView(text.constData() + span.begin, emailLength);
        return QByteArrayView(text.constData() + span.begin + emailLength + 1, span.length - emailLength - 1);
    }
    std::vector<int> order(TextField field) const
    {
        std::vector<SortItem> items(ids.size());
        for (size_t row = 0; row < ids.size(); ++row)
            items[row] = {0, ids[row], int(row)};
        sortByText(items.data(), items.data() + items.size(), field, 0,
                   [this](TextField f, int row) { return textOf(f, row); });
        std::vector<int> rows(items.size());
        for (size_t i = 0; i < items.size(); ++i)
            rows[i] = items[i].row;
        return rows;
    }
};

UserFilter::UserFilter(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_orderPool.setMaxThreadCount(1);
    m_textOrderTimer.setSingleShot(true);
    m_textOrderTimer.setInterval(TextOrderQuietMs);
    connect(&m_textOrderTimer, &QTimer::timeout, this, &UserFilter::startTextOrderBuild);
}

UserFilter::~UserFilter()
{
    if (m_cancelBuild)
        m_cancelBuild->store(true);
    m_orderPool.waitForDone();
}

void UserFilter::setSourceModel(QAbstractItemModel *source)
{
    auto *users = qobject_cast<UsersModel *>(source);
    Q_ASSERT_X(source == nullptr || users != nullptr, "UserFilter", "the source must be a UsersModel");
    beginResetModel();
    disconnectSource();
    QAbstractProxyModel::setSourceModel(users);
    m_users = users;
    connectSource();
    rebuildAll();
    filteredRows(m_visible);
    m_reverseValid = false;
    endResetModel();
    emit filterChanged();
}

void UserFilter::disconnectSource()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
}

void UserFilter::connectSource()
{
    if (!m_users)
        return;
    const auto add = [this](QMetaObject::Connection c) { m_connections.append(c); };
    add(connect(m_users, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }));
    add(connect(m_users, &QAbstractItemModel::modelReset, this, [this] {
        rebuildAll();
        filteredRows(m_visible);
        m_reverseValid = false;
        endResetModel();
        emit filterChanged();
    }));
    add(connect(m_users, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { beginChange(); }));
    add(connect(m_users, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (first == int(m_keys.size()))
            appendRows(first, last);
        else
            rebuildAll();
        endChange();
    }));
    add(connect(m_users, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { beginChange(); }));
    add(connect(m_users, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        removeRows(first, last);
        endChange();
    }));
    add(connect(m_users, &QAbstractItemModel::rowsAboutToBeMoved, this, [this] { beginChange(); }));
    add(connect(m_users, &QAbstractItemModel::rowsMoved, this, [this] {
        rebuildAll();
        endChange();
    }));
    add(connect(m_users, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginChange(); }));
    add(connect(m_users, &QAbstractItemModel::layoutChanged, this, [this] {
        rebuildAll();
        endChange();
    }));
    add(connect(m_users, &QAbstractItemModel::dataChanged, this, &UserFilter::onSourceDataChanged));
    add(connect(m_users, &UsersModel::rowsChangeStarted, this, [this] {
        m_inChangeBatch = true;
        m_batchRows.clear();
        m_batchFirstColumn = UsersModel::ColumnCount;
        m_batchLastColumn = -1;
    }));
    add(connect(m_users, &UsersModel::rowsChangeFinished, this, [this] {
        m_inChangeBatch = false;
        std::vector<int> rows;
        rows.swap(m_batchRows);
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        if (!rows.empty())
            applyChangedRows(rows, m_batchFirstColumn, m_batchLastColumn);
    }));
    add(connect(m_users, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged));
}

// ---- QAbstractItemModel -------------------------------------------------------------------

QModelIndex UserFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex UserFilter::parent(const QModelIndex &) const
{
    return {};
}

int UserFilter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int UserFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_users ? 0 : m_users->columnCount();
}

bool UserFilter::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty();
}

QModelIndex UserFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_users || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return m_users->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex UserFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_users || !sourceIndex.isValid() || sourceIndex.model() != m_users)
        return {};
    ensureReverseMap();
    const size_t row = size_t(sourceIndex.row());
    if (row >= m_proxyRowOf.size() || m_proxyRowOf[row] < 0)
        return {};
    return createIndex(m_proxyRowOf[row], sourceIndex.column());
}

QVariant UserFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The base class maps through row 0, which does not exist when everything is filtered out.
    if (orientation == Qt::Horizontal && m_users)
        return m_users->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

void UserFilter::ensureReverseMap() const
{
    if (m_reverseValid)
        return;
    m_proxyRowOf.assign(m_keys.size(), -1);
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_proxyRowOf[size_t(m_visible[i])] = int(i);
    m_reverseValid = true;
}

qint64 UserFilter::userIdAt(int row) const
{
    return m_keys[size_t(m_visible[size_t(row)])].id;
}

int UserFilter::rowOfUser(qint64 userId) const
{
    if (!m_users)
        return -1;
    const int source = m_users->rowOfUser(userId);
    if (source < 0)
        return -1;
    ensureReverseMap();
    return m_proxyRowOf[size_t(source)];
}

// ---- Filters ------------------------------------------------------------------------------

void UserFilter::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const QString trimmed = text.trimmed();
    const bool idSearch = !trimmed.isEmpty()
        && std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const QByteArray needle = idSearch ? trimmed.toLatin1() : foldedUtf8(trimmed);
    // A longer text containing the previous one can only match a subset of its rows.
    const bool narrowing = !m_lastSearchMatchedAll && idSearch == m_idSearch && !m_needle.isEmpty()
        && (idSearch ? needle.startsWith(m_needle) : needle.contains(m_needle));

    beginChange();
    m_searchText = text;
    m_needle = needle;
    m_idSearch = idSearch;
    m_idDigits = idSearch ? int(needle.size()) : 0;
    m_idValue = idSearch && needle.size() <= 18 ? needle.toULongLong() : 0;
    computeMatches(narrowing);
    endChange();
}

void UserFilter::setStatusFilter(std::optional<UserStatus> status)
{
    if (status == m_status)
        return;
    beginChange();
    m_status = status;
    endChange();
}

void UserFilter::setTwoFactorFilter(TwoFactor twoFactor)
{
    if (twoFactor == m_twoFactor)
        return;
    beginChange();
    m_twoFactor = twoFactor;
    endChange();
}

void UserFilter::setRoleFilter(int roleId)
{
    if (roleId == m_roleId)
        return;
    beginChange();
    m_roleId = roleId;
    endChange();
}

void UserFilter::setSignInMethodFilter(std::optional<SignInMethod> method)
{
    if (method == m_signInMethod)
        return;
    beginChange();
    m_signInMethod = method;
    endChange();
}

void UserFilter::clearFilters()
{
    if (!isFiltered())
        return;
    beginChange();
    m_searchText.clear();
    m_needle.clear();
    m_idSearch = false;
    m_status.reset();
    m_twoFactor = TwoFactor::Any;
    m_roleId = 0;
    m_signInMethod.reset();
    computeMatches(false);
    endChange();
}

bool UserFilter::isFiltered() const
{
    return !m_searchText.trimmed().isEmpty() || isFilteredByChoice();
}

bool UserFilter::isFilteredByChoice() const
{
    return m_status.has_value() || m_twoFactor != TwoFactor::Any || m_roleId != 0 || m_signInMethod.has_value();
}

int UserFilter::statusCount(std::optional<UserStatus> status) const
{
    return status ? m_statusCounts[size_t(*status)] : m_statusAnyCount;
}

int UserFilter::twoFactorCount(TwoFactor twoFactor) const
{
    return m_twoFactorCounts[size_t(twoFactor)];
}

int UserFilter::roleCount(int roleId) const
{
    if (roleId == 0)
        return m_roleAnyCount;
    const auto it = std::find(m_slotRoles.begin(), m_slotRoles.end(), roleId);
    if (it == m_slotRoles.end() || int(it - m_slotRoles.begin()) == MaxRoleSlots - 1)
        return 0;
    return m_roleCounts[size_t(it - m_slotRoles.begin())];
}

int UserFilter::signInMethodCount(std::optional<SignInMethod> method) const
{
    if (!method)
        return m_signInAnyCount;
    const auto it = std::find(std::begin(AllSignInMethods), std::end(AllSignInMethods), *method);
    return m_signInCounts[size_t(it - std::begin(AllSignInMethods))];
}

void UserFilter::sort(int column, Qt::SortOrder order)
{
    if (column >= UsersModel::ColumnCount)
        return;
    beginChange();
    m_sortColumn = column;
    m_sortOrder = order;
    computeOrder();
    endChange();
}

// ---- Keys ---------------------------------------------------------------------------------

QByteArrayView UserFilter::emailKey(int row) const
{
    return QByteArrayView(m_text.constData() + m_spans[size_t(row)].begin, m_keys[size_t(row)].emailLength);
}

QByteArrayView UserFilter::nameKey(int row) const
{
    const TextSpan &span = m_spans[size_t(row)];
    const quint32 emailLength = m_keys[size_t(row)].emailLength;
    return QByteArrayView(m_text.constData() + span.begin + emailLength + 1, span.length - emailLength - 1);
}

int UserFilter::roleSlot(int roleId)
{
    for (size_t i = 0; i < m_slotRoles.size(); ++i) {
        if (m_slotRoles[i] == roleId)
            return int(i);
    }
    if (int(m_slotRoles.size()) < MaxRoleSlots) {
        m_slotRoles.push_back(roleId);
        return int(m_slotRoles.size()) - 1;
    }
    return MaxRoleSlots - 1;
}

UserFilter::RowKey UserFilter::makeKey(int row, TextSpan *span)
{
    RowKey key;
    key.id = m_users->userId(row);
    key.idDigits = quint8(key.id > 0 ? digitCount(quint64(key.id)) : 0);
    key.roleId = m_users->roleId(row);
    // A handful of languages: fold each one's shown name once.
    const QString lang = m_users->language(row);
    if (lang != m_lastLanguage) {
        m_lastLanguage = lang;
        m_lastLanguageKey = prefix8(foldedUtf8(Language::displayName(lang)));
    }
    key.languageKey = m_lastLanguageKey;

    const QByteArray email = foldedUtf8(m_users->emailUtf8(row));
    const QByteArray name = foldedUtf8(m_users->nameUtf8(row));
    key.emailLength = quint32(email.size());
    span->length = quint32(email.size() + 1 + name.size());
    span->begin = quint32(m_text.size());
    m_text.append(email);
    m_text.append('\x01');
    m_text.append(name);
    m_text.append('\0');
    return key;
}

quint16 UserFilter::makeCode(int row, const RowKey &key)
{
    const int slot = roleSlot(key.roleId);
    return quint16(quint8(m_users->status(row)) | (m_users->twoFactor(row) ? TwoFactorBit : 0) | (slot << RoleShift)
                   | (m_users->signInMethods(row).toInt() << SignInShift));
}

void UserFilter::rebuildAll()
{
    m_keys.clear();
    m_spans.clear();
    m_codes.clear();
    m_text.clear();
    m_deadText = 0;
    m_slotRoles.clear();
    m_roleRanks.clear(); // the shown names may be new
    m_reverseValid = false;
    const int n = m_users ? m_users->rowCount() : 0;
    m_keys.reserve(size_t(n));
    m_spans.resize(size_t(n));
    m_codes.reserve(size_t(n));
    m_text.reserve(qsizetype(n) * 48);
    for (int row = 0; row < n; ++row) {
        m_keys.push_back(makeKey(row, &m_spans[size_t(row)]));
        m_codes.push_back(makeCode(row, m_keys.back()));
    }
    computeMatches(false);
    textOrdersChanged();
    computeOrder();
}

void UserFilter::appendRows(int first, int last)
{
    m_matchRowsValid = false;
    m_rankValid = false;
    const SubstringScanner scanner(m_needle);
    m_spans.resize(m_keys.size() + size_t(last - first + 1));
    for (int row = first; row <= last; ++row) {
        m_keys.push_back(makeKey(row, &m_spans[size_t(row)]));
        m_codes.push_back(makeCode(row, m_keys.back()));
        if (!m_lastSearchMatchedAll)
            m_match.push_back(rowMatches(row, scanner) ? 1 : 0);
    }
    std::vector<int> rows(size_t(last - first + 1));
    std::iota(rows.begin(), rows.end(), first);
    mergeIntoOrders(rows, false);
}

void UserFilter::removeRows(int first, int last)
{
    m_matchRowsValid = false;
    m_rankValid = false;
    const int n = last - first + 1;
    for (int row = first; row <= last; ++row)
        m_deadText += m_spans[size_t(row)].length + 1;
    m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
    m_spans.erase(m_spans.begin() + first, m_spans.begin() + last + 1);
    m_codes.erase(m_codes.begin() + first, m_codes.begin() + last + 1);
    if (!m_lastSearchMatchedAll)
        m_match.erase(m_match.begin() + first, m_match.begin() + last + 1);
    const auto dropRows = [=](std::vector<int> &order) {
        order.erase(std::remove_if(order.begin(), order.end(), [=](int r) { return r >= first && r <= last; }),
                    order.end());
        for (int &r : order) {
            if (r > last)
                r -= n;
        }
    };
    dropRows(m_order);
    if (m_textOrdersValid) {
        dropRows(m_emailOrder);
        dropRows(m_nameOrder);
    } else {
        textOrdersChanged();
    }
    m_reverseValid = false;
    if (m_deadText > m_text.size() / 2)
        compactText();
}

void UserFilter::compactText()
{
    QByteArray text;
    text.reserve(m_text.size() - m_deadText);
    for (TextSpan &span : m_spans) {
        const quint32 begin = quint32(text.size());
        text.append(m_text.constData() + span.begin, span.length + 1);
        span.begin = begin;
    }
    m_text = std::move(text);
    m_deadText = 0;
}

void UserFilter::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (m_inChangeBatch) {
        // Applied together at rowsChangeFinished().
        for (int row = first; row <= last; ++row)
            m_batchRows.push_back(row);
        m_batchFirstColumn = std::min(m_batchFirstColumn, topLeft.column());
        m_batchLastColumn = std::max(m_batchLastColumn, bottomRight.column());
        return;
    }
    std::vector<int> rows(size_t(last - first + 1));
    std::iota(rows.begin(), rows.end(), first);
    applyChangedRows(rows, topLeft.column(), bottomRight.column());
}

// `rows`: ascending, distinct source rows whose data changed.
void UserFilter::applyChangedRows(const std::vector<int> &rows, int firstColumn, int lastColumn)
{
    if (rows.size() > std::max<size_t>(2000, m_keys.size() / PatchShare)) {
        beginChange();
        rebuildAll();
        endChange();
        return;
    }

    m_matchRowsValid = false;
    m_rankValid = false;
    const SubstringScanner scanner(m_needle);
    for (int row : rows) {
        // The new text goes to the end of m_text; the old bytes are dead until compacted.
        m_deadText += m_spans[size_t(row)].length + 1;
        m_keys[size_t(row)] = makeKey(row, &m_spans[size_t(row)]);
        m_codes[size_t(row)] = makeCode(row, m_keys[size_t(row)]);
        if (!m_lastSearchMatchedAll)
            m_match[size_t(row)] = rowMatches(row, scanner) ? 1 : 0;
    }
    if (m_deadText > m_text.size() / 2)
        compactText();
    mergeIntoOrders(rows, true);

    filteredRows(m_nextVisible);
    if (m_nextVisible != m_visible) {
        beginChange();
        endChange(true);
        return;
    }
    // Same rows in the same places: only the cells changed.
    ensureReverseMap();
    int top = -1;
    int bottom = -1;
    for (int row : rows) {
        const int p = m_proxyRowOf[size_t(row)];
        if (p < 0)
            continue;
        top = top < 0 ? p : std::min(top, p);
        bottom = std::max(bottom, p);
    }
    if (top >= 0)
        emit dataChanged(index(top, firstColumn), index(bottom, lastColumn));
    emit filterChanged();
}

void UserFilter::mergeIntoOrder(std::vector<int> &order, std::vector<int> rows, int column, bool replace)
{
    if (replace) {
        // The rows are marked in m_pass (mergeIntoOrders): dropped in one sweep.
        order.erase(std::remove_if(order.begin(), order.end(), [this](int r) { return m_pass[size_t(r)] != 0; }),
                    order.end());
    }
    if (column < 0) {
        // Unsorted: source order.
        const auto mid = order.size();
        order.insert(order.end(), rows.begin(), rows.end());
        if (replace)
            std::inplace_merge(order.begin(), order.begin() + qsizetype(mid), order.end());
        return;
    }
    const auto less = [this, column](int a, int b) { return lessThan(a, b, column); };
    std::sort(rows.begin(), rows.end(), less);
    // Each new row finds its place by binary search, and the rows between two places move as a
    // block: a merge comparing every row would read a million scattered texts.
    std::vector<int> merged(order.size() + rows.size());
    auto from = order.cbegin();
    auto to = merged.begin();
    for (int row : rows) {
        const auto place = std::upper_bound(from, order.cend(), row, less);
        to = std::copy(from, place, to);
        *to++ = row;
        from = place;
    }
    std::copy(from, order.cend(), to);
    order.swap(merged);
}

// New or changed rows: each order puts them in place, in O(rows + changed · log rows).
void UserFilter::mergeIntoOrders(const std::vector<int> &rows, bool replace)
{
    if (replace) {
        // Marked once for every order that drops them (m_pass is scratch between filter passes).
        m_pass.assign(m_keys.size(), 0);
        for (int row : rows)
            m_pass[size_t(row)] = 1;
    }
    if (m_textOrdersValid) {
        mergeIntoOrder(m_emailOrder, rows, UsersModel::Email, replace);
        mergeIntoOrder(m_nameOrder, rows, UsersModel::Name, replace);
    } else {
        textOrdersChanged();
    }
    if (takeTextOrder())
        return;
    if (m_sortColumn < 0 || m_sortOrder == Qt::AscendingOrder) {
        mergeIntoOrder(m_order, rows, m_sortColumn, replace);
        return;
    }
    // Descending is the ascending order reversed, ties included.
    std::reverse(m_order.begin(), m_order.end());
    mergeIntoOrder(m_order, rows, m_sortColumn, replace);
    std::reverse(m_order.begin(), m_order.end());
}

// ---- Text orders --------------------------------------------------------------------------

void UserFilter::setTextOrderThreshold(int rows)
{
    m_textOrderThreshold = rows;
    textOrdersChanged();
}

// Sorted by email or name with the text orders built: the order is a copy of one.
bool UserFilter::takeTextOrder()
{
    if (!m_textOrdersValid || (m_sortColumn != UsersModel::Email && m_sortColumn != UsersModel::Name))
        return false;
    m_order = m_sortColumn == UsersModel::Email ? m_emailOrder : m_nameOrder;
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.end());
    return true;
}

void UserFilter::textOrdersChanged()
{
    m_textOrdersValid = false;
    m_emailOrder = {};
    m_nameOrder = {};
    ++m_textGeneration; // a build under way is out of date
    if (m_keys.size() >= size_t(std::max(1, m_textOrderThreshold)))
        m_textOrderTimer.start(); // once the rows are quiet
    else
        m_textOrderTimer.stop();
}

void UserFilter::startTextOrderBuild()
{
    if (m_textOrdersValid || m_textOrderBuilding || m_keys.size() < size_t(std::max(1, m_textOrderThreshold)))
        return;
    auto snapshot = std::make_shared<TextSnapshot>();
    snapshot->text = m_text;
    snapshot->spans = m_spans;
    snapshot->emailLengths.resize(m_keys.size());
    snapshot->ids.resize(m_keys.size());
    for (size_t row = 0; row < m_keys.size(); ++row) {
        snapshot->emailLengths[row] = m_keys[row].emailLength;
        snapshot->ids[row] = m_keys[row].id;
    }
    m_textOrderBuilding = true;
    m_cancelBuild = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = m_textGeneration;
    m_orderPool.start([this, snapshot, generation, cancel = m_cancelBuild]() mutable {
        std::vector<int> email = snapshot->order(TextField::Email);
        if (cancel->load())
            return;
        std::vector<int> name = snapshot->order(TextField::Name);
        // Gone before the orders are handed over, not whenever the pool deletes this task.
        snapshot.reset();
        if (cancel->load())
            return;
        // The destructor waits for this run, so `this` is alive; the call runs on its thread.
        QMetaObject::invokeMethod(
            this,
            [this, generation, email = std::move(email), name = std::move(name)]() mutable {
                installTextOrders(generation, std::move(email), std::move(name));
            },
            Qt::QueuedConnection);
    });
}

void UserFilter::installTextOrders(quint64 generation, std::vector<int> emailOrder, std::vector<int> nameOrder)
{
    m_textOrderBuilding = false;
    if (generation != m_textGeneration) {
        // Rows changed meanwhile: build again once they are quiet.
        if (!m_textOrderTimer.isActive())
            m_textOrderTimer.start();
        return;
    }
    m_emailOrder = std::move(emailOrder);
    m_nameOrder = std::move(nameOrder);
    m_textOrdersValid = true;
    qCDebug(lcFilter) << "text orders built for" << m_keys.size() << "rows";
    emit textOrdersBuilt();
}

// ---- Matching, sorting, filtering -----------------------------------------------------------

bool UserFilter::rowMatches(int row, const SubstringScanner &scanner) const
{
    if (m_idSearch) {
        const RowKey &k = m_keys[size_t(row)];
        // The id starts with the typed digits: it lies in [value * 10^j, (value + 1) * 10^j).
        const int j = int(k.idDigits) - m_idDigits;
        if (j < 0 || m_idDigits > 18 || m_needle.startsWith('0'))
            return false;
        const quint64 low = m_idValue * Pow10[j];
        return quint64(k.id) >= low && quint64(k.id) - low < Pow10[j];
    }
    const TextSpan &span = m_spans[size_t(row)];
    return scanner.containedIn(m_text.constData() + span.begin, span.length, m_text.size() - qsizetype(span.begin));
}

void UserFilter::computeMatches(bool narrowing)
{
    if (m_needle.isEmpty()) {
        m_lastSearchMatchedAll = true;
        m_match.clear();
        m_match.shrink_to_fit();
        m_matchRows.clear();
        m_matchRowsValid = false;
        return;
    }
    const size_t n = m_keys.size();
    const SubstringScanner scanner(m_needle);
    if (narrowing && m_match.size() == n) {
        // Only the rows the shorter text matched can match the longer one.
        if (!m_matchRowsValid) {
            m_matchRows.clear();
            for (size_t row = 0; row < n; ++row) {
                if (m_match[row])
                    m_matchRows.push_back(int(row));
            }
        }
        // The candidates are scattered over all users: fetch their spans and texts from
        // memory ahead of use, or every check waits for two cache misses in turn. Each half
        // keeps its matches at its own start (collectInTwo joins them).
        SplitWork::collectInTwo(m_matchRows.size(), m_matchRows, [&](int, size_t begin, size_t end) {
            size_t out = begin;
            for (size_t i = begin; i < end; ++i) {
                if (i + 16 < end)
                    __builtin_prefetch(&m_spans[size_t(m_matchRows[i + 16])]);
                if (i + 8 < end)
                    __builtin_prefetch(m_text.constData() + m_spans[size_t(m_matchRows[i + 8])].begin);
                const int row = m_matchRows[i];
                if (rowMatches(row, scanner))
                    m_matchRows[out++] = row;
                else
                    m_match[size_t(row)] = 0;
            }
            return out - begin;
        });
        m_matchRowsValid = true;
        return;
    }
    m_lastSearchMatchedAll = false;
    m_match.resize(n);
    m_matchRows.resize(n);
    SplitWork::collectInTwo(n, m_matchRows, [&](int, size_t begin, size_t end) {
        int *const start = m_matchRows.data() + begin;
        int *out = start;
        for (size_t row = begin; row < end; ++row) {
            const bool hit = rowMatches(int(row), scanner);
            m_match[row] = hit ? 1 : 0;
            *out = int(row);
            out += hit;
        }
        return size_t(out - start);
    });
    m_matchRowsValid = true;
}

bool UserFilter::lessThan(int a, int b, int column) const
{
    const RowKey &ka = m_keys[size_t(a)];
    const RowKey &kb = m_keys[size_t(b)];
    int c = 0;
    switch (column) {
    case UsersModel::Name:
        c = compareBytes(nameKey(a), nameKey(b));
        if (c == 0)
            c = compareBytes(emailKey(a), emailKey(b));
        break;
    case UsersModel::Email:
        c = compareBytes(emailKey(a), emailKey(b));
        break;
    case UsersModel::RoleColumn:
        if (ka.roleId != kb.roleId) {
            rankRoles({ka.roleId, kb.roleId}); // both ranked before either rank is read
            c = roleRank(ka.roleId) < roleRank(kb.roleId) ? -1 : 1;
        }
        break;
    case UsersModel::Status:
        c = int(statusOf(m_codes[size_t(a)])) - int(statusOf(m_codes[size_t(b)]));
        break;
    case UsersModel::TwoFactor:
        c = int(twoFactorOf(m_codes[size_t(a)])) - int(twoFactorOf(m_codes[size_t(b)]));
        break;
    case UsersModel::Language:
        c = ka.languageKey < kb.languageKey ? -1 : (ka.languageKey > kb.languageKey ? 1 : 0);
        break;
    case UsersModel::SignInColumn:
        c = signInMethodsRank(signInOf(m_codes[size_t(a)])) - signInMethodsRank(signInOf(m_codes[size_t(b)]));
        break;
    default:
        break;
    }
    if (c != 0)
        return c < 0;
    return ka.id < kb.id;
}

// Roles go by their shown names (then by id). A handful of roles: their ranks are kept, and
// ranked again when more appear (the order of the others stays the same, their ranks do not).
void UserFilter::rankRoles(std::vector<int> roleIds) const
{
    for (const auto &entry : m_roleRanks)
        roleIds.push_back(entry.first);
    std::sort(roleIds.begin(), roleIds.end());
    roleIds.erase(std::unique(roleIds.begin(), roleIds.end()), roleIds.end());
    if (roleIds.size() == m_roleRanks.size())
        return; // all ranked already
    std::sort(roleIds.begin(), roleIds.end(), [](int x, int y) {
        const int c = Role::displayName(x).localeAwareCompare(Role::displayName(y));
        return c != 0 ? c < 0 : x < y;
    });
    m_roleRanks.clear();
    for (size_t rank = 0; rank < roleIds.size(); ++rank)
        m_roleRanks.emplace_back(roleIds[rank], int(rank));
    std::sort(m_roleRanks.begin(), m_roleRanks.end());
}

// Valid until rankRoles() ranks a new role.
int UserFilter::roleRank(int roleId) const
{
    const auto byId = [](const std::pair<int, int> &entry, int id) { return entry.first < id; };
    auto it = std::lower_bound(m_roleRanks.begin(), m_roleRanks.end(), roleId, byId);
    if (it == m_roleRanks.end() || it->first != roleId) {
        rankRoles({roleId});
        it = std::lower_bound(m_roleRanks.begin(), m_roleRanks.end(), roleId, byId);
    }
    return it->second;
}

bool UserFilter::orderLess(int a, int b) const
{
    return m_sortOrder == Qt::AscendingOrder ? lessThan(a, b, m_sortColumn) : lessThan(b, a, m_sortColumn);
}

void UserFilter::computeOrder()
{
    m_rankValid = false;
    const size_t n = m_keys.size();
    m_order.resize(n);
    if (m_sortColumn < 0) {
        std::iota(m_order.begin(), m_order.end(), 0);
        return;
    }
    if (takeTextOrder())
        return;
    std::vector<SortItem> items(n);
    for (size_t row = 0; row < n; ++row)
        items[row] = {0, m_keys[row].id, int(row)};

    if (m_sortColumn == UsersModel::Name || m_sortColumn == UsersModel::Email) {
        sortByText(items.data(), items.data() + n, m_sortColumn == UsersModel::Name ? TextField::Name : TextField::Email, 0,
                   [this](TextField field, int row) { return field == TextField::Email ? emailKey(row) : nameKey(row); });
    } else {
        std::vector<quint64> rankOfSlot;
        if (m_sortColumn == UsersModel::RoleColumn) {
            // Every role ranked first: ranking one more renumbers the others.
            std::vector<int> roleIds = m_slotRoles;
            if (m_slotRoles.size() == size_t(MaxRoleSlots)) {
                for (size_t row = 0; row < n; ++row) {
                    if (slotOf(m_codes[row]) == MaxRoleSlots - 1)
                        roleIds.push_back(m_keys[row].roleId);
                }
            }
            rankRoles(std::move(roleIds));
            rankOfSlot.resize(m_slotRoles.size());
            for (size_t slot = 0; slot < m_slotRoles.size(); ++slot)
                rankOfSlot[slot] = quint64(roleRank(m_slotRoles[slot]));
        }
        for (SortItem &item : items) {
            const quint16 code = m_codes[size_t(item.row)];
            switch (m_sortColumn) {
            case UsersModel::Id:
                item.key = quint64(item.id);
                break;
            case UsersModel::Status:
                item.key = statusOf(code);
                break;
            case UsersModel::TwoFactor:
                item.key = twoFactorOf(code) ? 1 : 0;
                break;
            case UsersModel::Language:
                item.key = m_keys[size_t(item.row)].languageKey;
                break;
            case UsersModel::RoleColumn:
                // The last slot is shared by several roles: rank each row's own.
                item.key = slotOf(code) < MaxRoleSlots - 1 ? rankOfSlot[size_t(slotOf(code))]
                                                           : quint64(roleRank(m_keys[size_t(item.row)].roleId));
                break;
            case UsersModel::SignInColumn:
                item.key = quint64(signInMethodsRank(signInOf(code)));
                break;
            default:
                break;
            }
        }
        std::sort(items.begin(), items.end(), [](const SortItem &x, const SortItem &y) {
            return x.key != y.key ? x.key < y.key : x.id < y.id;
        });
    }
    for (size_t i = 0; i < n; ++i)
        m_order[i] = items[i].row;
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.end());
}

void UserFilter::filteredRows(std::vector<int> &visible)
{
    const size_t n = m_keys.size();
    m_statusCounts.fill(0);
    m_twoFactorCounts.fill(0);
    m_roleCounts.assign(MaxRoleSlots, 0);
    m_signInCounts.fill(0);
    m_statusAnyCount = 0;
    m_roleAnyCount = 0;
    m_signInAnyCount = 0;
    m_pass.resize(n);

    const bool anyText = m_lastSearchMatchedAll;
    const int wantStatus = m_status ? int(*m_status) : -1;
    const int wantTwoFactor = m_twoFactor == TwoFactor::Any ? -1 : (m_twoFactor == TwoFactor::On ? 1 : 0);
    const SignInMethods wantSignIn = m_signInMethod ? SignInMethods(*m_signInMethod) : SignInMethods();
    // A role with a slot of its own is compared by slot; one in the shared slot by id.
    int wantSlot = -1;
    bool compareRoleIds = false;
    if (m_roleId != 0) {
        const auto it = std::find(m_slotRoles.begin(), m_slotRoles.end(), m_roleId);
        wantSlot = it == m_slotRoles.end() ? -2 : int(it - m_slotRoles.begin());
        compareRoleIds = wantSlot == MaxRoleSlots - 1 || (it == m_slotRoles.end() && int(m_slotRoles.size()) == MaxRoleSlots);
    }

    // Apart from the text, every filter depends only on a row's code (and, for a role in the
    // shared slot, on its role id). So one pass builds a histogram of (code, text match, role
    // match) and looks up whether the row passes; the facet counts come from the histogram.
    // Several interleaved histograms keep consecutive rows from waiting on the same counter.
    constexpr int CodeMask = (1 << CodeBits) - 1;
    constexpr int TextBit = 1 << CodeBits;
    constexpr int RoleBit = TextBit << 1;
    constexpr int Combinations = RoleBit << 1;
    struct Passes
    {
        bool text, status, twoFactor, role, signIn;
    };
    const auto passes = [&](int combination) {
        const auto code = quint16(combination & CodeMask);
        Passes p;
        p.text = (combination & TextBit) != 0;
        p.status = wantStatus < 0 || int(statusOf(code)) == wantStatus;
        p.twoFactor = wantTwoFactor < 0 || int(twoFactorOf(code)) == wantTwoFactor;
        p.role = wantSlot == -1 || (compareRoleIds ? (combination & RoleBit) != 0 : slotOf(code) == wantSlot);
        p.signIn = !wantSignIn || (signInOf(code) & wantSignIn);
        return p;
    };
    std::array<quint8, Combinations> passTable{};
    for (int c = 0; c < Combinations; ++c) {
        const Passes p = passes(c);
        passTable[size_t(c)] = p.text && p.status && p.twoFactor && p.role && p.signIn;
    }

    const quint16 *codes = m_codes.data();
    const quint8 *match = m_match.data();
    quint8 *pass = m_pass.data();
    // Four per half of a walk split in two (SplitWork).
    std::vector<std::array<int, Combinations>> histograms(8, std::array<int, Combinations>{});
    const auto combinationOf = [&](size_t row) {
        return codes[row] | ((anyText || match[row]) ? TextBit : 0)
            | ((compareRoleIds && m_keys[row].roleId == m_roleId) ? RoleBit : 0);
    };
    // A search that matches few rows: visit only those, marking the ones that pass. Otherwise
    // one walk of the sort order counts every row and collects the visible ones as it goes.
    const bool sparse = !anyText && m_matchRowsValid && m_matchRows.size() <= n / 8;
    if (sparse) {
        std::fill(m_pass.begin(), m_pass.end(), quint8(0));
        for (size_t visit = 0; visit < m_matchRows.size(); ++visit) {
            const auto row = size_t(m_matchRows[visit]);
            const int combination = combinationOf(row);
            ++histograms[visit & 3][size_t(combination)];
            pass[row] = passTable[size_t(combination)];
        }
    } else {
        // Each half of the order collects its visible rows at its own place in `visible`
        // (collectInTwo joins them).
        visible.resize(n); // keeps its capacity from one change to the next
        SplitWork::collectInTwo(n, visible, [&](int part, size_t begin, size_t end) {
            std::array<int, Combinations> *counts = histograms.data() + 4 * part;
            int *const start = visible.data() + begin;
            int *out = start;
            for (size_t visit = begin; visit < end; ++visit) {
                const int row = m_order[visit];
                const int combination = combinationOf(size_t(row));
                ++counts[visit & 3][size_t(combination)];
                *out = row;
                out += passTable[size_t(combination)];
            }
            return size_t(out - start);
        });
    }
    for (int c = 0; c < Combinations; ++c) {
        int rows = 0;
        for (const auto &counts : histograms)
            rows += counts[size_t(c)];
        if (rows == 0)
            continue;
        const Passes p = passes(c);
        if (!p.text)
            continue;
        const auto code = quint16(c & CodeMask);
        if (p.twoFactor && p.role && p.signIn)
            m_statusCounts[statusOf(code)] += rows;
        if (p.status && p.role && p.signIn)
            m_twoFactorCounts[twoFactorOf(code) ? size_t(TwoFactor::On) : size_t(TwoFactor::Off)] += rows;
        if (p.status && p.twoFactor && p.signIn)
            m_roleCounts[size_t(slotOf(code))] += rows;
        if (p.status && p.twoFactor && p.role) {
            // A user with several methods counts for each; one with none for none but "any".
            m_signInAnyCount += rows;
            for (size_t i = 0; i < m_signInCounts.size(); ++i)
                m_signInCounts[i] += signInOf(code).testFlag(AllSignInMethods[i]) ? rows : 0;
        }
    }
    for (int count : m_statusCounts)
        m_statusAnyCount += count;
    m_twoFactorCounts[size_t(TwoFactor::Any)] =
        m_twoFactorCounts[size_t(TwoFactor::On)] + m_twoFactorCounts[size_t(TwoFactor::Off)];
    for (int count : m_roleCounts)
        m_roleAnyCount += count;

    if (sparse && (m_sortColumn < 0 || m_matchRows.size() <= n / 64)) {
        // Few rows: take them as they are (source order) or sort them by their rank in m_order.
        visible.clear();
        for (int row : m_matchRows) {
            if (pass[row])
                visible.push_back(row);
        }
        if (m_sortColumn >= 0) {
            if (!m_rankValid) {
                m_rank.resize(n);
                for (size_t i = 0; i < n; ++i)
                    m_rank[size_t(m_order[i])] = int(i);
                m_rankValid = true;
            }
            std::vector<quint64> ranked(visible.size());
            for (size_t i = 0; i < visible.size(); ++i)
                ranked[i] = (quint64(quint32(m_rank[size_t(visible[i])])) << 32) | quint32(visible[i]);
            std::sort(ranked.begin(), ranked.end());
            for (size_t i = 0; i < ranked.size(); ++i)
                visible[i] = int(ranked[i] & 0xffffffffu);
        }
    } else if (sparse) {
        // More rows: walk the sort order once, keeping the marked ones.
        visible.resize(n);
        int *out = visible.data();
        for (int row : m_order) {
            *out = row;
            out += pass[row];
        }
        visible.resize(size_t(out - visible.data()));
    }

    // An ID search shows the exact match first, then the IDs that start with the digits.
    if (m_idSearch && m_users && m_idDigits <= 18) {
        const int exact = m_users->rowOfUser(qint64(m_idValue));
        const auto it = exact >= 0 ? std::find(visible.begin(), visible.end(), exact) : visible.end();
        if (it != visible.end())
            std::rotate(visible.begin(), it, it + 1);
    }
}

// ---- Layout changes -----------------------------------------------------------------------

void UserFilter::beginChange()
{
    emit layoutAboutToBeChanged();
    m_savedIndexes = persistentIndexList();
    m_savedIds.clear();
    m_savedIds.reserve(size_t(m_savedIndexes.size()));
    for (const QModelIndex &i : std::as_const(m_savedIndexes))
        m_savedIds.push_back(i.isValid() && i.row() < rowCount() ? m_keys[size_t(m_visible[size_t(i.row())])].id : -1);
}

// Computes the visible rows, moves the persistent indexes to them by user id, and tells the views.
void UserFilter::endChange(bool computed)
{
    if (!computed)
        filteredRows(m_nextVisible);
    m_visible.swap(m_nextVisible);
    m_reverseValid = false;
    if (!m_savedIndexes.isEmpty()) {
        // Views hold a few persistent indexes (current, selection ends); find their rows
        // directly unless there are many.
        const bool few = m_savedIndexes.size() <= 16;
        if (!few)
            ensureReverseMap();
        QModelIndexList to;
        to.reserve(m_savedIndexes.size());
        for (qsizetype i = 0; i < m_savedIndexes.size(); ++i) {
            const int source = m_savedIds[size_t(i)] < 0 ? -1 : m_users->rowOfUser(m_savedIds[size_t(i)]);
            int row = -1;
            if (source >= 0 && few) {
                const auto it = std::find(m_visible.begin(), m_visible.end(), source);
                row = it == m_visible.end() ? -1 : int(it - m_visible.begin());
            } else if (source >= 0) {
                row = m_proxyRowOf[size_t(source)];
            }
            to.append(row < 0 ? QModelIndex() : createIndex(row, m_savedIndexes.at(i).column()));
        }
        changePersistentIndexList(m_savedIndexes, to);
    }
    m_savedIndexes.clear();
    m_savedIds.clear();
    emit layoutChanged();
    emit filterChanged();
    qCDebug(lcFilter) << "showing" << m_visible.size() << "of" << m_keys.size();
}
