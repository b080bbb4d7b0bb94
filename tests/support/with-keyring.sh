#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring (a real Secret
# Service), with HOME, XDG_RUNTIME_DIR, XDG_CONFIG_HOME and XDG_DATA_HOME pointing at a fresh
# temporary folder, which is removed afterwards. Used by CTest (cpd_add_test ... WRAPPER keyring)
# and by hand:  tests/support/with-keyring.sh ./build/tests/team/tst_x
# Needs dbus (dbus-run-session), gnome-keyring and libsecret-1-0; NOT dbus-x11.
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$0: $tool is missing (apt-get install dbus gnome-keyring libsecret-1-0)" >&2
    exit 1
  fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/config" "$tmp/data"
mkdir -m700 "$tmp/run"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY
# shellcheck disable=SC2016
dbus-run-session -- sh -c '
  printf %s test-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  tries=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"
  do
    tries=$((tries + 1))
    if [ "$tries" -gt 400 ]; then echo "with-keyring.sh: the Secret Service did not start" >&2; exit 1; fi
    sleep 0.05
  done
  exec "$@"' sh "$@"
