#include "DemoAccountFixture.h"

#include <QFile>

namespace {

const QString LogFile = QStringLiteral("activity.sqlite");

} // namespace

DemoAccountFixture::~DemoAccountFixture()
{
    closeFixture();
}

Result<Done> DemoAccountFixture::openDemo()
{
    m_api.reset();
    m_account.reset();
    const Result<Done> ready = folderReady();
    if (!ready)
        return ready;
    m_account = std::make_unique<DemoAccount>(fixturePath(QStringLiteral("demo.sqlite")));
    const Result<Done> opened = m_account->open(true);
    if (!opened)
        return opened;
    m_api = std::make_unique<DemoAccountApi>(m_account.get());
    m_api->setLatency(0);
    const Result<AccountInfo> me = m_account->me();
    if (!me)
        return me.error();
    m_clientId = me.value().clientId;
    m_meId = me.value().currentUserId;
    return Done{};
}

Result<Done> DemoAccountFixture::openActivityLog()
{
    removeLog();
    const Result<Done> ready = folderReady();
    if (!ready)
        return ready;
    m_log = std::make_unique<ActivityLog>(fixturePath(LogFile));
    return m_log->open();
}

void DemoAccountFixture::closeFixture()
{
    removeLog();
    m_api.reset();
    m_account.reset();
}

QString DemoAccountFixture::fixturePath(const QString &name) const
{
    return m_folder.filePath(name);
}

Result<Done> DemoAccountFixture::folderReady() const
{
    if (m_folder.isValid())
        return Done{};
    return ApiError::make(ApiError::Kind::Storage,
                          QStringLiteral("No temporary folder for the demo account: ") + m_folder.errorString());
}

void DemoAccountFixture::removeLog()
{
    m_log.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(fixturePath(LogFile + suffix));
}
