#!/usr/bin/env bash
# Ralph, a real Learning Record Store, for the tests (docs: ../shared/notes/lrs.md).
#   scripts/ralph.sh install          the virtual environment (target/ralph-venv, or $CALLCOACH_RALPH_VENV)
#   scripts/ralph.sh start DIR PORT   serves http://127.0.0.1:PORT/xAPI (test:secret), data in DIR; waits until it answers
#   scripts/ralph.sh stop DIR         stops the one started with DIR
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${CALLCOACH_RALPH_VENV:-$PWD/target/ralph-venv}"
case "${1:-}" in
  install)
    if ! "$venv/bin/python" -c 'import ralph, requests, uvicorn' 2>/dev/null; then
      python3 -m venv "$venv"
      "$venv/bin/pip" install -q "ralph-malph[cli,lrs]==5.1.0" requests
    fi
    echo "$venv/bin/python"
    ;;
  start)
    dir=$2 port=$3
    mkdir -p "$dir"
    "$venv/bin/python" tools/ralph/serve.py --dir "$dir" --port "$port" > "$dir/ralph.log" 2>&1 &
    echo $! > "$dir/ralph.pid"
    for _ in $(seq 1 300); do
      if curl -fsS -o /dev/null -u test:secret -H 'X-Experience-API-Version: 1.0.3' \
          "http://127.0.0.1:$port/xAPI/statements?limit=1" 2>/dev/null; then
        echo "http://127.0.0.1:$port/xAPI"; exit 0
      fi
      kill -0 "$(cat "$dir/ralph.pid")" 2>/dev/null || { cat "$dir/ralph.log" >&2; echo "Ralph did not start" >&2; exit 1; }
      sleep 0.1
    done
    echo "Ralph did not answer within 30 s (log: $dir/ralph.log)" >&2; exit 1
    ;;
  stop)
    [ -f "$2/ralph.pid" ] && kill "$(cat "$2/ralph.pid")" 2>/dev/null || true
    ;;
  *) sed -n 2,5p "$0" >&2; exit 2 ;;
esac
