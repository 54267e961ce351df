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
