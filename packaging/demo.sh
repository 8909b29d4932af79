#!/usr/bin/env bash
# Builds Roster (Release, into build/) and opens the offline demo account.
# Without a display it renders the window offscreen to build/roster-demo.png instead.
# Extra arguments go to roster, e.g. ./packaging/demo.sh --lang de --demo-reset
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

cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --target roster

roster="$build/app/roster"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  shot="$build/roster-demo.png"
  echo "demo: no display found; rendering the demo account offscreen"
  QT_QPA_PLATFORM=offscreen "$roster" --demo --screenshot "$shot" "$@"
  echo "demo: screenshot of the main window written to $shot"
else
  exec "$roster" --demo "$@"
fi
