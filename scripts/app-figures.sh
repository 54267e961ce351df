#!/usr/bin/env bash
# Measured figures of the release app under Xvfb:
#   - launch to first drawn frame (the app prints it; also measured from outside),
#   - resident memory after a whole call (RSS, from /proc),
#   - CPU at rest on the call screen over 30 s (pidstat), at the negotiation step with the terms
#     panel filled in, with our redraw policy and, for comparison, with bevy_egui's own
#     (CALLCOACH_NAIVE_REDRAW=1).
# FIG_LIBRARY: another content library (default: the shipped one).
set -euo pipefail
cd "$(dirname "$0")/.."
# Without BIN, a release build with the scripting this run needs (a plain release build has none).
if [ -z "${BIN:-}" ]; then
  cargo build --release --features callcoach-app/script
  BIN=$PWD/target/release/callcoach
fi
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]:-}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
[ -x "$BIN" ] || { echo "$BIN is not a program" >&2; exit 1; }
command -v pidstat >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq sysstat >/dev/null; }
DISPLAY_NUM=${DISPLAY_NUM:-96}
Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 >/dev/null 2>&1 &
PIDS+=($!)
export DISPLAY=":$DISPLAY_NUM"
sleep 1

cat >"$WORK/call.txt" <<EOF
wait-ready
trainee Figures
lang en
signin
start job-loss-hardship 7
pick 3
pick 2
pick-to-end
disposition payment-plan
next-action await-payment
notes Agreed a small monthly plan; letter to follow.
submit
wait-debrief
start job-loss-hardship 7
pick-id ask-for-dana
pick-id verify-dob
pick-id mm-and-purpose
pick-id acknowledge-listen
pick-id affordability
pick-id texas
terms kind plan
terms amount 60.00
terms count 20
expect call
rest
EOF

measure() { # $1 = label, extra env in $2
  local label=$1 log=$WORK/$1.log
  local t0; t0=$(date +%s%3N)
  env $2 CALLCOACH_SCRIPT="$WORK/call.txt" "$BIN" --data-dir "$WORK/data" ${FIG_LIBRARY:+--library "$FIG_LIBRARY"} >"$log" 2>&1 &
  local pid=$!
  PIDS+=($pid)
  for _ in $(seq 1 240); do grep -q "script: at rest" "$log" && break; sleep 0.5; done
  grep -q "script: at rest" "$log" || { tail -20 "$log"; echo "FAIL: $label never came to rest" >&2; exit 1; }
  local first; first=$(grep -o 'first frame after [0-9]* ms (unix ms [0-9]*)' "$log" | head -1)
  local unix; unix=$(echo "$first" | grep -o 'unix ms [0-9]*' | grep -o '[0-9]*$')
  sleep 3
  local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  local cpu; cpu=$(LC_ALL=C pidstat -u -p "$pid" 30 1 | awk '/Average/ {print $8}')
  echo "$label: launch to first frame: ${first#first frame after } (from outside: $((unix - t0)) ms); RSS after a call: $((rss / 1024)) MiB; CPU at rest on the call screen over 30 s: ${cpu}% of a core"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

measure ours ""
if [ "${COMPARE:-1}" = 1 ]; then
  measure naive CALLCOACH_NAIVE_REDRAW=1
fi
