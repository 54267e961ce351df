#!/usr/bin/env bash
# Runs every check and test of callcoach. This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "formatting"
cargo fmt --check

step "the core without Bevy: lints, build and tests (proves the core does not need the app)"
cargo clippy --no-default-features --all-targets -- -D warnings
cargo test --no-default-features

step "everything with the app: lints and tests"
cargo clippy --all-targets -- -D warnings
cargo test

step "the shipped content checks clean"
cargo run --quiet -- check

step "the app end to end in a real window under Xvfb (English and Polish calls, kill -9 and resume, hot reload)"
e2e_shots="$(mktemp -d)"
BIN="$PWD/target/debug/callcoach" SHOTS="$e2e_shots" scripts/app-e2e.sh
rm -rf "$e2e_shots"

step "xAPI statements pass Learning Locker's conformance-tested validator"
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; else echo "npm is needed: sudo apt-get install nodejs npm" >&2; exit 1; fi
fi
(cd tools/xapi-validator && npm ci --silent --no-audit --no-fund)
cohort="$(mktemp -d)"
trap 'rm -rf "$cohort"' EXIT
cargo run --quiet -- --data-dir "$cohort" synth-records --count 200 --seed 7
cargo run --quiet -- --data-dir "$cohort" report --format xapi > "$cohort/statements.json"
node tools/xapi-validator/validate.js "$cohort/statements.json"
