#!/usr/bin/env bash
# Installs every Debian 12 package Roster needs to build, test and run.
# Idempotent: only calls apt-get when something is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # Qt 6.4 and QtKeychain
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qt6-translations-l10n qtkeychain-qt6-dev libxkbcommon-dev
  libgl-dev libsqlite3-dev
  # SVG icons (image format and icon engine plugins; the build renders the PNG icons)
  libqt6svg6 qt6-svg-dev
  # the Debian package: man page, desktop file and AppStream checks, and the library
  # dependencies (CPack finds the executables with file, dpkg-shlibdeps their packages)
  help2man desktop-file-utils appstream dpkg-dev file
  # account simulator (qt6-httpserver-dev's CMake config needs the websockets one; zlib for
  # its gzip-bomb fault)
  qt6-httpserver-dev qt6-websockets-dev zlib1g-dev
  # headless tests: private D-Bus session with an unlocked keyring
  dbus dbus-bin gnome-keyring
  # fonts so offscreen rendering and screenshots show Latin, Cyrillic and Chinese text
  fonts-dejavu-core fonts-wqy-microhei
  # the fuzz targets of the parsers (tests/fuzz): clang with libFuzzer and its sanitizer runtimes
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
