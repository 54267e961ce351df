#!/usr/bin/env bash
# Runs every check and test of callcoach. This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }
results="$(mktemp)"
# Runs `cargo test`, keeping its result lines for the closing count.
run_tests() { cargo test "$@" 2>&1 | tee -a "$results"; }

step "formatting"
cargo fmt --all --check

step "crate edges: the core knows nothing of windows, terminals, CLI parsing or HTTP; the app nothing of the CLI"
# Fails when a forbidden crate appears anywhere in a crate's normal dependency tree.
forbid() {
  local crate=$1; shift
  local tree
  tree=$(cargo tree -p "$crate" -e normal --prefix none "${@:2}" | awk '{print $1}' | sort -u)
  for banned in $1; do
    if grep -qx "$banned" <<<"$tree"; then
      echo "FAIL: $crate depends on $banned" >&2
      cargo tree -p "$crate" -e normal -i "$banned" "${@:2}" >&2 || true
      exit 1
    fi
  done
  echo "ok: $crate has none of: $1"
}
forbid callcoach-core "bevy bevy_egui egui winit clap indicatif ureq callcoach-app callcoach"
forbid callcoach-app "clap indicatif ureq callcoach"
forbid callcoach "bevy bevy_egui callcoach-app" --no-default-features

step "the command line without Bevy builds (callcoach --no-default-features)"
cargo build -p callcoach --no-default-features

step "lints (the whole workspace, every target)"
cargo clippy --workspace --all-targets -- -D warnings

step "Ralph, a real LRS, for the LRS tests (a Python virtual environment in target/ralph-venv)"
# Debian ships ensurepip in python3-venv; without it `python3 -m venv` fails.
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv >/dev/null; else echo "python3 with venv is needed: sudo apt-get install python3 python3-venv" >&2; exit 1; fi
fi
CALLCOACH_RALPH_PYTHON="$(scripts/ralph.sh install)"
export CALLCOACH_RALPH_PYTHON

step "espeak-ng, the debtor's voice, for the voice tests (docs/voice.md)"
if ! command -v espeak-ng >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq espeak-ng >/dev/null; else echo "espeak-ng is needed: sudo apt-get install espeak-ng" >&2; exit 1; fi
fi

# The checker's analysis cache (docs/performance.md) goes under target/, not the user's
# platform cache folder: a test run writes nothing outside the clone.
export CALLCOACH_CACHE_DIR="$PWD/target/test-cache"

step "tests (the whole workspace: core, app headless, command line)"
run_tests --workspace

# The binary `cargo test` just built (the same features as the tests; `cargo run` would
# resolve features without the dev-dependencies and rebuild much of Bevy).
BIN="$PWD/target/debug/callcoach"

step "the shipped content checks clean"
"$BIN" check

step "the app end to end in a real window under Xvfb (English and Polish calls, kill -9 and resume, hot reload, dashboard, trainer view)"
e2e_shots="$(mktemp -d)"
BIN="$BIN" SHOTS="$e2e_shots" scripts/app-e2e.sh
rm -rf "$e2e_shots"

step "xAPI statements pass Learning Locker's conformance-tested validator"
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; else echo "npm is needed: sudo apt-get install nodejs npm" >&2; exit 1; fi
fi
(cd tools/xapi-validator && npm ci --silent --no-audit --no-fund)
cohort="$(mktemp -d)"
trap 'rm -rf "$cohort" "$results"' EXIT
"$BIN" --data-dir "$cohort" synth-records --count 200 --seed 7
"$BIN" --data-dir "$cohort" report --format xapi > "$cohort/statements.json"
node tools/xapi-validator/validate.js "$cohort/statements.json"

passed=$(grep -o 'test result: ok\. [0-9]* passed' "$results" | awk '{n += $4} END {print n + 0}')
echo
echo "tests: $passed passed, 0 failed"
