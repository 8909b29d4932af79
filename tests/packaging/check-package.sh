#!/usr/bin/env bash
# check-package.sh <build dir> <version>
# Makes the .deb with CPack into a temporary folder (the build's own packages are left alone),
# then checks its control data, its file list, and the files as installed: the desktop file
# with desktop-file-validate, the AppStream metadata with appstreamcli (no network), the PNG
# icons' sizes and the man page. Exits non-zero on the first problem.
set -euo pipefail

build="$1"
version="$2"

for tool in cpack dpkg-deb dpkg-shlibdeps file desktop-file-validate appstreamcli gzip od; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (run packaging/deps.sh)"; exit 1; }
done

tmp="$(mktemp -d "${TMPDIR:-/tmp}/roster-package.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# The tools below may keep caches and settings: in the throwaway folder, not the real home.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
  XDG_CACHE_HOME="$tmp/home/.cache" XDG_STATE_HOME="$tmp/home/.local/state"
mkdir -p "$HOME"

fail() { echo "FAIL: $*"; exit 1; }

# CPack's preinstall step only checks that the build is up to date; it builds nothing that
# the tests have not already needed.
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 \
  || { cat "$tmp/cpack.log"; fail "cpack -G DEB"; }

arch="$(dpkg --print-architecture)"
deb="$tmp/out/roster_${version}_${arch}.deb"
[ -f "$deb" ] || { ls -l "$tmp/out"; fail "no package roster_${version}_${arch}.deb"; }
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# Control data.
info="$(dpkg-deb -f "$deb" Package Version Section Depends Recommends Maintainer Description)"
echo "$info"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = roster ] || fail "Package is not roster"
[ "$(field Version)" = "$version" ] || fail "Version is not $version"
depends="$(field Depends)"
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 \
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n libc6; do
  grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done
grep -q gnome-keyring <<<"$(field Recommends)" || fail "Recommends lacks a keychain"

# File list.
contents="$(dpkg-deb -c "$deb" | awk '{print $NF}')"
expected=(
  ./usr/bin/roster
  ./usr/share/applications/roster.desktop
  ./usr/share/metainfo/io.github.roster_app.Roster.metainfo.xml
  ./usr/share/icons/hicolor/scalable/apps/roster.svg
  ./usr/share/man/man1/roster.1.gz
  ./usr/share/doc/roster/copyright
)
sizes=(16 32 48 64 128 256)
for size in "${sizes[@]}"; do
  expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/roster.png")
done
for f in "${expected[@]}"; do
  grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done
echo "files: ${#expected[@]} expected ones present, $(grep -vc '/$' <<<"$contents") files in all"

# The files as installed.
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"

desktop-file-validate "$share/applications/roster.desktop" || fail "desktop-file-validate"
grep -qxF 'Icon=roster' "$share/applications/roster.desktop" || fail "the desktop file's icon is not roster"
appstreamcli validate --no-net "$share/metainfo/io.github.roster_app.Roster.metainfo.xml" \
  || fail "appstreamcli validate"
grep -qF '<launchable type="desktop-id">roster.desktop</launchable>' \
  "$share/metainfo/io.github.roster_app.Roster.metainfo.xml" || fail "the metainfo does not launch roster.desktop"

# A PNG's width and height are the big-endian words at bytes 16 and 20.
for size in "${sizes[@]}"; do
  png="$share/icons/hicolor/${size}x${size}/apps/roster.png"
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" |
    awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "$png is ${w}x${h}"
done

man="$(gzip -dc "$share/man/man1/roster.1.gz")"
grep -q '^\.TH ROSTER "1"' <<<"$man" || fail "the man page has no .TH ROSTER 1 header"
for opt in demo lang screenshot export api-url; do
  grep -qF -- "\-\-${opt//-/\\-}" <<<"$man" || fail "the man page does not mention --$opt"
done
grep -qF -- 'demo\-file' <<<"$man" && fail "the man page shows the hidden --demo-file"

echo "PASS"
