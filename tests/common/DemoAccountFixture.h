#pragma once

#include "demo/DemoAccount.h"
#include "demo/DemoAccountApi.h"
#include "domain/Result.h"
#include "store/ActivityLog.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// What the GUI tests on the offline demo account start from, as a fixture their test class
// derives from: the demo account freshly seeded in a folder of its own, DemoAccountApi on it
// answering without latency, and an activity log when the test needs one.
class DemoAccountFixture
{
protected:
    DemoAccountFixture() = default;
    ~DemoAccountFixture();

    // Opens (or opens again) the demo account, reseeded, and its backend; sets m_clientId and
    // m_meId (the signed-in administrator).
    Result<Done> openDemo();
    // A new, empty activity log in m_log, on a file that this and closeFixture() remove (also when
    // the test closed the log itself).
    Result<Done> openActivityLog();
    // Closes what is open, in the order each needs the next: the log (its file removed), the
    // backend, the account. Whatever uses them (a window, a dialog) must be gone first.
    void closeFixture();
    // A file in the fixture's folder.
    QString fixturePath(const QString &name) const;

    std::unique_ptr<DemoAccount> m_account;
    std::unique_ptr<DemoAccountApi> m_api;
    std::unique_ptr<ActivityLog> m_log;
    qint64 m_clientId = 0;
    qint64 m_meId = 0;

private:
    Result<Done> folderReady() const;
    void removeLog();

    QTemporaryDir m_folder;

    Q_DISABLE_COPY_MOVE(DemoAccountFixture)
};
