#!/usr/bin/env bash
# The keychain tests' CTest fixture (tests/CMakeLists.txt): a private D-Bus session with an
# unlocked gnome-keyring on it, so that those tests store secrets in a real keychain that is
# neither the person's own nor needs their session.
#   keyring.sh start <folder>   the bus on unix:path=<folder>/bus; returns once the keyring
#                               answers on it, unlocked
#   keyring.sh stop <folder>    ends both
# The keyring's files, the socket and the logs stay in <folder>.
set -euo pipefail

action="${1:?start or stop}"
folder="${2:?the fixture folder}"
bus="unix:path=$folder/bus"

# Whether process <pid> runs <program> (an ended one that nobody has reaped yet does not).
runs() {
  grep -qF "$2" "/proc/$1/cmdline" 2>/dev/null
}

# Ends the process whose id <folder>/<name>.pid holds, if it still runs <program>.
end() {
  local file="$folder/$1.pid" program="$2" pid
  [ -f "$file" ] || return 0
  pid="$(cat "$file")"
  rm -f "$file"
  [ -n "$pid" ] && runs "$pid" "$program" || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    runs "$pid" "$program" || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

stop() {
  end keyring gnome-keyring-daemon
  end dbus dbus-daemon
  rm -rf "$folder/home" "$folder/runtime"
}

# Asks the bus; prints the answer's value, or nothing when there is none.
ask() {
  { dbus-send --bus="$bus" --print-reply=literal "$@" 2>/dev/null || true; } | awk '{ print $NF }'
}

start() {
  stop # whatever an interrupted run left
  rm -rf "$folder"
  mkdir -p "$folder/home" "$folder/runtime"
  chmod 700 "$folder/runtime"
  if [ "${#bus}" -gt 100 ]; then
    echo "keyring: the socket path $folder/bus is too long for a Unix socket"
    exit 1
  fi

  # A session bus of its own. Without service folders nothing is started on demand: a test
  # that came before the keyring would otherwise get a second, locked one.
  cat >"$folder/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>$bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
  dbus-daemon --config-file="$folder/bus.conf" --fork --print-pid=3 3>"$folder/dbus.pid" \
    </dev/null >"$folder/dbus.log" 2>&1

  # The keyring, unlocked with a throwaway password, in a throwaway home. It forks away; its
  # output goes to files so that CTest does not wait for it.
  printf pw | env -i PATH="$PATH" DBUS_SESSION_BUS_ADDRESS="$bus" HOME="$folder/home" \
    XDG_DATA_HOME="$folder/home/.local/share" XDG_CONFIG_HOME="$folder/home/.config" \
    XDG_CACHE_HOME="$folder/home/.cache" XDG_RUNTIME_DIR="$folder/runtime" \
    gnome-keyring-daemon --unlock --components=secrets >"$folder/keyring.env" 2>"$folder/keyring.log"

  # It takes its bus name a moment after the command returns.
  local pid=""
  for _ in $(seq 100); do
    pid="$(ask --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets)"
    [ -n "$pid" ] && break
    sleep 0.1
  done
  if [ -z "$pid" ]; then
    echo "keyring: gnome-keyring-daemon did not take org.freedesktop.secrets"
    cat "$folder/keyring.log"
    exit 1
  fi
  echo "$pid" >"$folder/keyring.pid"

  # A locked keyring refuses every write while reads say "not found": fail here instead.
  local locked
  locked="$(ask --dest=org.freedesktop.secrets /org/freedesktop/secrets/aliases/default \
    org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked)"
  if [ "$locked" != false ]; then
    echo "keyring: the default collection is not unlocked (Locked: ${locked:-no answer})"
    cat "$folder/keyring.log"
    exit 1
  fi
  echo "keyring: $bus, dbus-daemon $(cat "$folder/dbus.pid"), gnome-keyring-daemon $pid, unlocked"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "keyring: start or stop, not '$action'"; exit 2 ;;
esac
