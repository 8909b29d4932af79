#!/usr/bin/env bash
# Builds Roster with warnings as errors (RelWithDebInfo, into build/) and runs every test
# headless: offscreen Qt platform, a throwaway home, and a private D-Bus session with an
# unlocked gnome-keyring for the keychain tests. Exits with CTest's exit code.
# Extra arguments go to ctest, e.g. ./tests/run.sh -R commandline
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$repo/build"

bash "$repo/packaging/deps.sh"

# A build folder made by another generator or for another checkout cannot be reused.
cache="$build/CMakeCache.txt"
if [ -f "$cache" ] && ! { grep -qxF 'CMAKE_GENERATOR:INTERNAL=Ninja' "$cache" \
    && grep -qxF "CMAKE_HOME_DIRECTORY:INTERNAL=$repo" "$cache"; }; then
  rm -rf "$cache" "$build/CMakeFiles"
fi

cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROSTER_WERROR=ON
cmake --build "$build" -j2

tmp="$(mktemp -d "${TMPDIR:-/tmp}/roster-tests.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"

export HOME="$tmp/home"
export XDG_DATA_HOME="$tmp/data"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

set +e
dbus-run-session -- sh -c '
  build="$1"; shift
  printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # The daemon claims its bus name a moment after it returns; a test that came first
  # would have D-Bus start a second, locked one.
  tries=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ]; then echo "tests: the keyring did not start" >&2; break; fi
    sleep 0.1
  done
  exec ctest --test-dir "$build" --output-on-failure -j2 "$@"
' sh "$build" "$@"
status=$?
set -e
exit "$status"
