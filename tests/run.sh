#!/usr/bin/env bash
# Builds Roster with warnings as errors (RelWithDebInfo, into build/) and runs every test
# headless, as a plain `ctest` does: each test keeps to a home of its own, and the keychain
# tests get a private D-Bus session with an unlocked gnome-keyring from CTest's keyring fixture
# (tests/keyring.sh). It checks that too: CTest runs with an empty home that must stay empty.
# Exits with CTest's exit code, or 1 when something was written to the home.
# Extra arguments go to ctest, e.g. ./tests/run.sh -R commandline
#
# ./tests/run.sh --sanitize [ctest arguments]: the same suite in the `sanitize` preset
# (CMakePresets.json: Debug with AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer,
# into build/sanitize/), where any report fails its test. LeakSanitizer's suppressions of other
# libraries' memory are in tests/sanitize/lsan.supp.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset=""
if [ "${1:-}" = --sanitize ]; then
  preset=sanitize
  shift
fi
build="$repo/build${preset:+/$preset}"

bash "$repo/packaging/deps.sh"

# A build folder made by another generator or for another checkout cannot be reused.
cache="$build/CMakeCache.txt"
if [ -f "$cache" ] && ! { grep -qxF 'CMAKE_GENERATOR:INTERNAL=Ninja' "$cache" \
    && grep -qxF "CMAKE_HOME_DIRECTORY:INTERNAL=$repo" "$cache"; }; then
  rm -rf "$cache" "$build/CMakeFiles"
fi

ctest_args=(--test-dir "$build" --output-on-failure)
if [ -n "$preset" ]; then
  (cd "$repo" && cmake --preset "$preset")
  # The preset's test settings: the sanitizers' options (every report stops the test). The
  # fuzz targets are left out: they are ASan and UBSan builds of their own, run by the plain run.
  ctest_args=(--preset "$preset" -LE fuzz)
else
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROSTER_WERROR=ON
fi
cmake --build "$build" -j2

home="$(mktemp -d "${TMPDIR:-/tmp}/roster-tests-home.XXXXXX")"
trap 'rm -rf "$home"' EXIT
export HOME="$home" QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME \
  XDG_STATE_HOME XDG_RUNTIME_DIR

set +e
(cd "$repo" && ctest "${ctest_args[@]}" -j2 "$@")
status=$?
set -e
written="$(find "$home" -mindepth 1)"
if [ -n "$written" ]; then
  echo "tests: written to the home, which every test must keep away from:"
  echo "$written"
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
