#!/usr/bin/env bash
# The app as a screen reader and a mouse user meet it: under Xvfb, with a D-Bus session and
# at-spi2-core reporting a screen reader, tools/atspi/drive.py reads the app's accessibility
# tree (AccessKit over AT-SPI, what Orca reads) and drives every screen with the real mouse
# (xdotool) at the positions that tree gives: sign in, library, a call's answers to the
# debrief, sign out, the trainer view and the dashboard, in English and in Polish. Prints each
# screen's announced controls.
#
#   scripts/a11y-e2e.sh                      # builds the debug app with scripting if BIN is unset
#   BIN=target/debug/callcoach SHOTS=/tmp/s REPORT=/tmp/announced.md scripts/a11y-e2e.sh
#
# Exits non-zero on any failure. Run as root, it installs its Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
if [ -z "${BIN:-}" ]; then
  cargo build -p callcoach --features callcoach-app/script
  BIN=$ROOT/target/debug/callcoach
fi
fail() { echo "FAIL: $*" >&2; exit 1; }

# The packages: Xvfb and a software Vulkan to draw, the D-Bus session and AT-SPI bus, pyatspi
# to read the tree, xdotool for the mouse and keys, xwd + netpbm for screenshots.
need=(xvfb mesa-vulkan-drivers libvulkan1 libxkbcommon-x11-0 dbus dbus-bin at-spi2-core
      python3-pyatspi libglib2.0-bin xdotool x11-apps netpbm)
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    fail "missing Debian packages: sudo apt-get install ${missing[*]}"
  fi
fi
[ -x "$BIN" ] || fail "$BIN is not a program"

WORK=$(mktemp -d)
SHOTS=${SHOTS:-$WORK/shots}
REPORT=${REPORT:-$WORK/announced.md}
XPID=""
trap '[ -n "$XPID" ] && kill "$XPID" 2>/dev/null; rm -rf "$WORK"' EXIT
mkdir -p "$SHOTS" "$WORK/run" "$WORK/cache" "$WORK/config"
chmod 700 "$WORK/run"
# Nothing of this run outside $WORK: the AT-SPI bus socket, settings in memory (not the
# user's dconf), the app's data folder.
export XDG_RUNTIME_DIR=$WORK/run XDG_CACHE_HOME=$WORK/cache XDG_CONFIG_HOME=$WORK/config
export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=0

DISPLAY_NUM=${DISPLAY_NUM:-95}
Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XPID=$!
export DISPLAY=":$DISPLAY_NUM"
sleep 1

cat >"$WORK/idle.txt" <<EOF
wait-ready
rest
EOF
: >"$REPORT"
# TOUR=call (the tests): sign-in to the debrief in each language. TOUR=full: also back to the
# library, sign out, the trainer view and the dashboard, in one app (not yet reliable: after
# signing out, the app's tree has read back empty for 30 s in some runs; docs/accessibility.md).
TOUR=${TOUR:-call}
export BIN ROOT WORK SHOTS REPORT TOUR
# One D-Bus session for the AT-SPI bus, the app and the reader; ended with the inner script.
timeout 600 dbus-run-session -- bash -euo pipefail -c '
  fail() { echo "FAIL: $*" >&2; exit 1; }
  /usr/libexec/at-spi-bus-launcher --launch-immediately >"$WORK/atspi.log" 2>&1 &
  BUS=$!
  for _ in $(seq 50); do
    gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
      --method org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
    sleep 0.1
  done
  # What Orca does when it starts: AccessKit publishes the tree once a screen reader is on.
  gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.freedesktop.DBus.Properties.Set org.a11y.Status ScreenReaderEnabled "<true>" >/dev/null
  # Starts the app idle on the bus and gives its window the keyboard focus (there is no
  # window manager under Xvfb to do it on click).
  start_app() {
    : >"$WORK/app.log"
    CALLCOACH_SCRIPT=$WORK/idle.txt "$BIN" --data-dir "$WORK/data" >"$WORK/app.log" 2>&1 &
    APP=$!
    for _ in $(seq 600); do grep -q "script: at rest" "$WORK/app.log" && break; sleep 0.1; done
    grep -q "script: at rest" "$WORK/app.log" || { cat "$WORK/app.log" >&2; fail "the app did not come up"; }
    win=$(xdotool search --sync --onlyvisible --name callcoach | head -1)
    xdotool windowfocus --sync "$win"
  }
  stop_app() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
  status=0
  if [ "$TOUR" = full ]; then
    # One app for both languages: sign out, the trainer view and the dashboard as well.
    start_app
    /usr/bin/python3 "$ROOT/tools/atspi/drive.py" --lang en --shots "$SHOTS" --report "$REPORT" || status=$?
    if [ "$status" -eq 0 ]; then
      /usr/bin/python3 "$ROOT/tools/atspi/drive.py" --lang pl --others --shots "$SHOTS" --report "$REPORT" || status=$?
    fi
    stop_app
  else
    # Sign-in to the debrief, each language in its own app.
    for lang in en pl; do
      start_app
      /usr/bin/python3 "$ROOT/tools/atspi/drive.py" --lang "$lang" --call-only --shots "$SHOTS" --report "$REPORT" || status=$?
      stop_app
      [ "$status" -eq 0 ] || break
    done
  fi
  kill "$BUS" 2>/dev/null || true
  [ "$status" -eq 0 ] || { tail -30 "$WORK/app.log" >&2; fail "the accessibility run failed"; }
  true
'
records=$(find "$WORK/data/records" -name '*.json' | wc -l)
[ "$records" -eq 2 ] || fail "expected the two calls played with the mouse on record, found $records"
echo "ok: both calls played with the mouse were recorded; announced controls in $REPORT"
