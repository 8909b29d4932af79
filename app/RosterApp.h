#pragma once

#include <QCoreApplication>

class QElapsedTimer;

// The composition root: who Roster is (names, version, settings location), which language
// it speaks, which backend it talks to, and the window on top of it.
class RosterApp
{
    Q_DECLARE_TR_FUNCTIONS(RosterApp)
public:
    static constexpr int FailureExitCode = 1;

    // The version from the CMake project.
    static QString version();

    // Organisation and application names, version, desktop file: what QSettings and the
    // desktop use. Safe to call before the application object exists.
    static void setIdentity();

    // Everything main() does. `processClock` was started as the process began, for
    // --startup-probe.
    static int run(int &argc, char **argv, const QElapsedTimer &processClock);
};
