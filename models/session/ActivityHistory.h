#pragma once

#include "domain/ActivityEntry.h"
#include "domain/ApiError.h"

#include <QObject>

class ActivityLog;
class ActivityModel;

// The activity of one open account: the log on disk (ActivityLog, may be missing) and the
// model of its entries the Activity dock shows, newest first. Every action is recorded here,
// once, and reaches both; widgets only show the model.
class ActivityHistory final : public QObject
{
    Q_OBJECT
public:
    // `log` is not owned and must outlive the history; null: this account has no log (entries
    // are still shown, marked "not saved").
    explicit ActivityHistory(ActivityLog *log, QObject *parent = nullptr);
    ~ActivityHistory() override;

    ActivityModel *model() const { return m_model; }
    bool hasLog() const { return m_log != nullptr; }
    // Why the earlier entries could not be read; empty when they could.
    QString loadError() const { return m_loadError; }

    // Appends `entry` to the log (an invalid time means now) and shows it at the top. When the
    // log cannot store it, it is shown all the same, marked "not saved", and storageFailed()
    // is emitted.
    void record(const ActivityEntry &entry);

signals:
    void storageFailed(const ApiError &error);

private:
    ActivityLog *m_log;
    ActivityModel *m_model;
    QString m_loadError;

    Q_DISABLE_COPY_MOVE(ActivityHistory)
};
