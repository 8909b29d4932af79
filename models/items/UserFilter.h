#pragma once

#include "UsersModel.h"
#include "domain/SignInMethod.h"
#include "domain/UserStatus.h"

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class SubstringScanner;

// Filters and sorts a UsersModel for the view, fast enough for a million users.
//
// QSortFilterProxyModel re-filters row by row and costs seconds on large tables when a
// filter hides scattered rows (design.md). UserFilter instead keeps, per source row,
// precomputed case-folded search keys and small status/2FA/role/sign-in codes, computes the list
// of visible source rows in one pass, and applies every change as a single layout change
// (so selections survive) or reset.
//
// Sorting by name or email takes hundreds of milliseconds at a million users, so once the rows
// have been quiet for a moment, both orders are built on a thread of the filter's own and then
// kept up to date as rows come, change and go; sorting by them is then a copy.
//
// Search: text of digits only means a user ID (exact match first, then IDs starting with
// it); anything else is a case-insensitive substring of the email or the name.
class UserFilter final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum class TwoFactor : quint8 { Any, On, Off };

    explicit UserFilter(QObject *parent = nullptr);
    ~UserFilter() override;

    void setSourceModel(QAbstractItemModel *source) override; // must be a UsersModel
    UsersModel *usersModel() const { return m_users; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setStatusFilter(std::optional<UserStatus> status);
    std::optional<UserStatus> statusFilter() const { return m_status; }
    void setTwoFactorFilter(TwoFactor twoFactor);
    TwoFactor twoFactorFilter() const { return m_twoFactor; }
    void setRoleFilter(int roleId); // 0: any role
    int roleFilter() const { return m_roleId; }
    // The users who can sign in this way (none: any way, or none at all).
    void setSignInMethodFilter(std::optional<SignInMethod> method);
    std::optional<SignInMethod> signInMethodFilter() const { return m_signInMethod; }
    void clearFilters();
    // The search or a filter narrows the list.
    bool isFiltered() const;
    // A status, two-factor, role or sign-in method filter (not the search) narrows the list.
    bool isFilteredByChoice() const;
    bool isIdSearch() const { return m_idSearch; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The source row shown at `row`, and the user id there.
    int sourceRow(int row) const { return m_visible[size_t(row)]; }
    qint64 userIdAt(int row) const;
    // Row of a user in this view, or -1 when hidden or unknown.
    int rowOfUser(qint64 userId) const;

    // Whether the name and email orders are built (see above), and the least rows for which
    // they are built off the GUI thread (smaller tables sort fast enough as they are).
    bool textOrdersReady() const { return m_textOrdersValid; }
    void setTextOrderThreshold(int rows);

    // Facet counts: how many users the choice would show, given the other filters.
    int totalCount() const { return int(m_keys.size()); }
    int statusCount(std::optional<UserStatus> status) const;
    int twoFactorCount(TwoFactor twoFactor) const;
    int roleCount(int roleId) const; // 0: any role
    // A user with several methods counts for each of them; none: every user.
    int signInMethodCount(std::optional<SignInMethod> method) const;

signals:
    // Visible rows or facet counts changed.
    void filterChanged();
    // The name and email orders are built.
    void textOrdersBuilt();

private:
    struct RowKey
    {
        qint64 id = 0;
        quint64 languageKey = 0; // first bytes of the shown language name, for sorting
        quint32 emailLength = 0; // of this row's text (see TextSpan)
        int roleId = 0;
        quint8 idDigits = 0;
    };
    // A row's segment of m_text: email, '\x01', name. Kept apart from RowKey so a search
    // reads 8 bytes per user besides the text itself.
    struct TextSpan
    {
        quint32 begin = 0;
        quint32 length = 0;
    };
    struct TextSnapshot;

    void connectSource();
    void disconnectSource();
    void rebuildAll();
    RowKey makeKey(int row, TextSpan *span);
    quint16 makeCode(int row, const RowKey &key);
    void appendRows(int first, int last);
    void removeRows(int first, int last);
    void compactText();
    bool rowMatches(int row, const SubstringScanner &scanner) const;
    void computeMatches(bool narrowing);
    void computeOrder();
    bool lessThan(int a, int b, int column) const;
    bool orderLess(int a, int b) const;
    void rankRoles(std::vector<int> roleIds) const;
    int roleRank(int roleId) const;
    void applyChangedRows(const std::vector<int> &rows, int firstColumn, int lastColumn);
    // Puts `rows` (ascending; removed from `order` first when `replace`, as marked in m_pass by
    // mergeIntoOrders) where `column`'s ascending order wants them.
    void mergeIntoOrder(std::vector<int> &order, std::vector<int> rows, int column, bool replace);
    void mergeIntoOrders(const std::vector<int> &rows, bool replace);
    void textOrdersChanged(); // rows changed while the text orders were not kept up to date
    void startTextOrderBuild();
    void installTextOrders(quint64 generation, std::vector<int> emailOrder, std::vector<int> nameOrder);
    bool takeTextOrder();
    void filteredRows(std::vector<int> &visible);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void ensureReverseMap() const;
    int roleSlot(int roleId);
    void beginChange();
    // `computed`: m_nextVisible already holds the new visible rows.
    void endChange(bool computed = false);
    QByteArrayView emailKey(int row) const;
    QByteArrayView nameKey(int row) const;

    UsersModel *m_users = nullptr;
    QList<QMetaObject::Connection> m_connections;

    std::vector<RowKey> m_keys; // per source row
    std::vector<TextSpan> m_spans; // per source row
    // Per source row: status (bits 0-1), 2FA (bit 2), role slot (bits 3-7), sign-in methods (bits 8-11).
    std::vector<quint16> m_codes;
    std::vector<quint8> m_match; // per source row: matches the search text
    std::vector<int> m_matchRows; // the rows m_match marks, ascending, while m_matchRowsValid
    bool m_matchRowsValid = false;
    std::vector<quint8> m_pass; // scratch: passes every filter
    QByteArray m_text; // case-folded UTF-8 search text of every row, '\0'-terminated segments
    qsizetype m_deadText = 0; // bytes of m_text no row points to any more
    std::vector<int> m_order; // all source rows in sort order
    std::vector<int> m_rank; // source row -> position in m_order, while m_rankValid
    bool m_rankValid = false;
    std::vector<int> m_visible; // proxy row -> source row
    std::vector<int> m_nextVisible; // being computed; swapped with m_visible (no reallocation)
    mutable std::vector<int> m_proxyRowOf; // source row -> proxy row or -1, built on demand
    mutable bool m_reverseValid = false;

    QString m_lastLanguage; // makeKey's cache
    quint64 m_lastLanguageKey = 0;

    QString m_searchText;
    QByteArray m_needle; // case-folded UTF-8
    bool m_idSearch = false;
    quint64 m_idValue = 0;
    int m_idDigits = 0;
    bool m_lastSearchMatchedAll = true; // m_match is unset: every row matches
    std::optional<UserStatus> m_status;
    TwoFactor m_twoFactor = TwoFactor::Any;
    int m_roleId = 0;
    std::optional<SignInMethod> m_signInMethod;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::array<int, UserStatusCount> m_statusCounts{};
    int m_statusAnyCount = 0;
    std::array<int, 3> m_twoFactorCounts{};
    std::vector<int> m_slotRoles; // role id of each role slot; the last possible slot is shared
    std::vector<int> m_roleCounts; // per role slot
    mutable std::vector<std::pair<int, int>> m_roleRanks; // (role id, rank by shown name), by id
    int m_roleAnyCount = 0;
    std::array<int, SignInMethodCount> m_signInCounts{}; // as AllSignInMethods lists them
    int m_signInAnyCount = 0;

    // Rows changed between the source's rowsChangeStarted() and rowsChangeFinished().
    bool m_inChangeBatch = false;
    std::vector<int> m_batchRows;
    int m_batchFirstColumn = 0;
    int m_batchLastColumn = 0;

    // Every row in ascending email order and in ascending name order, while m_textOrdersValid.
    std::vector<int> m_emailOrder;
    std::vector<int> m_nameOrder;
    bool m_textOrdersValid = false;
    quint64 m_textGeneration = 0; // counts the changes the text orders missed
    bool m_textOrderBuilding = false;
    int m_textOrderThreshold = 20000;
    QTimer m_textOrderTimer;
    std::shared_ptr<std::atomic<bool>> m_cancelBuild;
    QThreadPool m_orderPool; // one thread; the destructor waits for a build under way

    // While a change is under way: the persistent indexes and the ids behind them.
    QModelIndexList m_savedIndexes;
    std::vector<qint64> m_savedIds;
};
