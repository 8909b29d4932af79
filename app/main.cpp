#include "RosterApp.h"

#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    // First, so that --startup-probe measures from the start of the process.
    QElapsedTimer processClock;
    processClock.start();
    return RosterApp::run(argc, argv, processClock);
}
