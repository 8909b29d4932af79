#pragma once

#include <QString>

// Keeps a test process away from the home of the person running it: HOME and the XDG folders
// point into a temporary folder of this process, QStandardPaths is in test mode and QSettings
// writes there too. Child processes started from the test inherit that environment.
//
// The session bus is left alone: CTest gives the keychain tests the private one of the
// keyring fixture and every other test none (tests/CMakeLists.txt).
namespace TestIsolation {

// Call first in main(), before the application object exists (ROSTER_TEST_MAIN does), so
// that Qt and every library read the new environment. Returns the throwaway home, which is
// removed when the process ends; later calls return the same folder.
QString isolate();

} // namespace TestIsolation
