#pragma once

#include "domain/ApiError.h"
#include "domain/Result.h"
#include "domain/User.h"
#include "store/UserRecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <vector>

class UserCache;

// Writes refreshes into the UserCache file at `path` on a thread of its own, with a SQLite
// connection of its own, so the window never waits for the disk (design.md, "Cache"). Writes
// run one after another in the order they were asked for; each is one transaction.
class UserCacheWriter final : public QObject
{
    Q_OBJECT
public:
    enum class Mode : quint8 {
        Changes, // store `users`, remove `removed`, keep the rest
        Replace, // the file holds `users` and nothing else
    };

    explicit UserCacheWriter(const QString &path, QObject *parent = nullptr);
    // Finishes the writes asked for, then closes the file.
    ~UserCacheWriter() override;

    void write(QList<User> users, std::vector<qint64> removed, const QDateTime &refreshedAt, Mode mode);
    // Replace, with the records `records` hands out on the writer's thread
    // (UsersModel::recordsSnapshot()): a million users written without making them again.
    void replaceWith(UserRecord::Source records, const QDateTime &refreshedAt);
    // One user after an action (invite, edit, role change, removal, resend): queued behind the
    // refreshes, so an older refresh never overwrites a newer action.
    void storeUser(const User &user);
    void removeUser(qint64 userId);
    void recordInvitation(qint64 userId, const QDateTime &sentAt);
    // Returns once every write asked for so far is done (or failed).
    void waitForWrites();

signals:
    void failed(const ApiError &error);

private:
    void run(std::function<Result<Done>(UserCache &)> job);

    QThread m_thread;
    QObject *m_worker; // lives in m_thread

    Q_DISABLE_COPY_MOVE(UserCacheWriter)
};
