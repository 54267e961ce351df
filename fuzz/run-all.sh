#!/usr/bin/env bash
# Runs each fuzz target for $1 seconds (default 600), one after another.
# Usage: fuzz/run-all.sh [seconds]   (from the repository root; needs cargo-fuzz)
set -u
cd "$(dirname "$0")/.."
secs="${1:-600}"
export RUSTC_BOOTSTRAP=1
for t in scenario fluent record journal datafolder; do
    dict=""
    [ "$t" = scenario ] && dict="-dict=fuzz/ron.dict"
    [ "$t" = fluent ] && dict="-dict=fuzz/ftl.dict"
    mkdir -p "fuzz/corpus/$t"
    echo "=== $t: $secs s ($(date -u +%H:%M:%S))"
    cargo fuzz run -O -a -s none --target-dir target/core/fuzz "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
        -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 $dict
    echo "=== $t exit $? ($(date -u +%H:%M:%S))"
done
