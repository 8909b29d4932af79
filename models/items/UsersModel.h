#pragma once

#include "domain/User.h"
#include "store/UserRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <array>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

// The account's users, one row each, updated in place by user id: rows are inserted,
// updated and removed individually (never a reset for an update), so views keep their
// selection. Statuses are computed against a reference time that refreshStatuses() moves.
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // New columns go last: the column layout a person saved keeps its columns where they were.
    enum Column : int { Id, Name, Email, RoleColumn, Status, TwoFactor, Language, SignInColumn, ColumnCount };
    enum DataRole : int {
        UserIdRole = Qt::UserRole + 1,
        StatusRole, // UserStatus as int
        RoleIdRole,
        TwoFactorRole, // bool
        EmailRole,
        SignInMethodsRole, // SignInMethods as int
    };

    explicit UsersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A column's title in the current language (the header; the details pane's field names).
    static QString columnTitle(int column);

    // The account whose roles the Role column shows (0: each user's own `client`).
    void setAccountId(qint64 clientId);
    qint64 accountId() const { return m_accountId; }

    // Replaces everything (first load, switching account): the only reset.
    void setUsers(QList<User> users);
    // The same from users kept as records (UserCache::readRecords()): `read(expect, take)` tells
    // how many may come and hands each one to `take` (false for a damaged record, left out).
    // The rows are replaced only when `read` returns true.
    using RecordTaker = std::function<bool(qint64 id, QByteArrayView record, qint64 sentAtMs)>;
    bool setRecords(const std::function<bool(const std::function<void(qint64)> &expect, const RecordTaker &take)> &read);
    // Updates rows with a known id in place and appends the others in one insertion. With
    // `written`, appends the ids of the rows it added or changed (not those already equal).
    void upsertUsers(QList<User> users, std::vector<qint64> *written = nullptr);
    // Removes the rows of these ids; unknown ids are ignored. Returns how many were removed.
    int removeUsers(const QList<qint64> &ids);
    // Removes every row whose id is not in `keep` (a full refresh found them gone), and tells
    // their ids in `removed` when given.
    int retainUsers(std::vector<qint64> keep, QList<qint64> *removed = nullptr);

    int rowOfUser(qint64 id) const { return m_rowById.value(id, -1); }
    // The user of a row, made from what the model keeps of it (see below).
    User user(int row) const;
    // Every user, in row order: a million of them take a while.
    QList<User> users() const;
    // Every user's record as the model holds them now, to be read on any thread, later (what
    // changes meanwhile does not reach it): for writing a whole list to the cache, which keeps
    // the same records. Without the invitation times (the cache keeps those apart).
    UserRecord::Source recordsSnapshot() const;

    qint64 userId(int row) const { return m_rows[size_t(row)].id; }
    UserStatus status(int row) const { return UserStatus(m_rows[size_t(row)].status); }
    // How many users have this status now.
    int statusCount(UserStatus status) const { return m_statusCounts[size_t(status)]; }
    int roleId(int row) const { return m_rows[size_t(row)].roleId; }
    bool twoFactor(int row) const { return (m_rows[size_t(row)].flags & TwoFaFlag) != 0; }
    SignInMethods signInMethods(int row) const { return SignInMethods::fromInt(m_rows[size_t(row)].signInMethods); }
    QString language(int row) const;
    QString email(int row) const;
    QString name(int row) const;
    // The email and the name as UTF-8, valid until the model next changes.
    QByteArrayView emailUtf8(int row) const;
    QByteArrayView nameUtf8(int row) const;
    // When the invitation stops being valid; invalid when unknown or not pending.
    QDateTime invitationExpiresAt(int row) const;
    // The bytes of the records' chunks, live and dead (see compaction in the .cpp).
    qint64 recordBytesHeld() const;

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
    // A row keeps what the table shows and filters by at hand, and the rest of the user in a
    // compact record (UserRecord, as the cache keeps it) in one of the chunks: a million users
    // as QList<User> took 700 bytes each, this takes about a third of that.
    struct Chunk
    {
        std::unique_ptr<char[]> bytes; // written once, up to `size`; never moved
        qsizetype capacity = 0;
        qsizetype size = 0;
    };
    struct Row
    {
        qint64 id = 0;
        qint64 sentAtMs = 0; // invitationSentAt, or NoTime
        quint32 chunk = 0;
        quint32 offset = 0;
        quint32 length = 0;
        qint32 roleId = 0; // in accountId()
        quint8 status = 0;
        quint8 flags = 0;
        quint8 language = 0; // index into m_languages; OtherLanguage: read the record
        quint8 signInMethods = 0; // SignInMethods, in what would be padding
    };
    static_assert(sizeof(Row) == 40, "a million rows are a million of these");
    static constexpr quint8 TwoFaFlag = 0x01;
    static constexpr quint8 ActivatedFlag = 0x02;
    static constexpr quint8 IsActiveFlag = 0x04;
    static constexpr quint8 OtherLanguage = 0xff;
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    // What setRecords() reads into while the rows stay as they are.
    struct Storage
    {
        std::vector<Row> rows;
        std::vector<std::shared_ptr<Chunk>> chunks;
        qint64 liveBytes = 0;
        qint64 deadBytes = 0;
        std::vector<QString> languages;
        std::vector<QByteArray> languagesUtf8;
    };

    // The row for `user`, its record appended to the chunks.
    Row makeRow(const User &user);
    void clearRows();
    void swapStorage(Storage &other);
    void finishReset();
    QByteArrayView record(const Row &row) const;
    void appendRecord(QByteArrayView bytes, Row *row);
    quint8 languageIndex(const QString &lang);
    quint8 languageIndex(QByteArrayView utf8);
    quint8 statusAt(const Row &row) const;
    void forgetRecord(const Row &row);
    void compactIfWasteful();
    void reindexFrom(int row);

    std::vector<Row> m_rows;
    std::vector<std::shared_ptr<Chunk>> m_chunks;
    qint64 m_deadBytes = 0; // of records no row points to any more
    qint64 m_liveBytes = 0;
    std::vector<QString> m_languages;
    std::vector<QByteArray> m_languagesUtf8; // the same
    QByteArray m_scratch; // a record being made
    mutable UserRecord::Reader m_reader; // shares the values many users have in common
    std::array<int, UserStatusCount> m_statusCounts{};
    QHash<qint64, int> m_rowById;
    qint64 m_accountId = 0;
    QDateTime m_now;
};
