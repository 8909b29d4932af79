#include "ActivityHistory.h"

#include "items/ActivityModel.h"
#include "store/ActivityLog.h"

ActivityHistory::ActivityHistory(ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_model(new ActivityModel(this))
{
    if (!m_log)
        return;
    Result<QList<ActivityEntry>> read = m_log->entries();
    if (read)
        m_model->setEntries(read.takeValue());
    else
        m_loadError = read.error().message;
}

ActivityHistory::~ActivityHistory() = default;

void ActivityHistory::record(const ActivityEntry &entry)
{
    ActivityEntry shown = entry;
    shown.id = 0;
    if (!shown.at.isValid())
        shown.at = QDateTime::currentDateTimeUtc();
    if (m_log) {
        const Result<qint64> id = m_log->append(shown);
        if (id)
            shown.id = id.value();
        else
            emit storageFailed(id.error());
    }
    m_model->prepend(shown);
}
