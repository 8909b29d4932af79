#pragma once

#include "DemoAccountFixture.h"
#include "MainWindow.h"

#include "session/AccountSession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// What the GUI tests of the main window start from: the demo account (DemoAccountFixture) with
// an activity log, a session on it, and the window on the session, shown until its first load
// finished. Header only: roster_testsupport does not link the widgets, the GUI tests do.
class DemoWindowFixture : protected DemoAccountFixture
{
protected:
    // After openDemo(): false when the log, the window or its first load failed.
    [[nodiscard]] bool openDemoWindow()
    {
        if (!openActivityLog().ok())
            return false;
        m_session = std::make_unique<AccountSession>(m_api.get(), nullptr, m_log.get());
        m_window = std::make_unique<MainWindow>(m_session.get());
        QSignalSpy loaded(m_window.get(), &MainWindow::firstLoadFinished);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get()) && loaded.wait();
    }
    // The window, then the session, then the fixture: each reads the next.
    void closeDemoWindow()
    {
        m_window.reset();
        m_session.reset();
        closeFixture();
    }

    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};
