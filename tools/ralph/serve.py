"""Starts Ralph (France Université Numérique's LRS, PyPI ralph-malph 5.1.0) on 127.0.0.1 for
callcoach's tests, with its file backend in a folder of its own.

    python tools/ralph/serve.py --dir DIR --port PORT [--user test --password secret]

Writes DIR/auth.json afresh (HTTP Basic credentials with statement read and write scopes),
keeps its statements in DIR (kept when it is started again on the same DIR), and serves http://127.0.0.1:PORT/xAPI/statements until it is killed. The
file backend writes in CREATE mode by default, so a second batch of new statements would get
500; this sets APPEND first (../shared/notes/lrs.md).
"""

import argparse
import os
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--dir", required=True)
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--user", default="test")
parser.add_argument("--password", default="secret")
args = parser.parse_args()

data = os.path.abspath(args.dir)
os.makedirs(data, exist_ok=True)
os.environ["RALPH_APP_DIR"] = data
os.environ["RALPH_AUTH_FILE"] = os.path.join(data, "auth.json")
os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = data
os.environ["RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH"] = data

# `ralph auth -w` appends, and refuses a user the file has already: a Ralph started again on
# the same folder (a test restarting it) writes the file afresh.
auth_file = os.environ["RALPH_AUTH_FILE"]
if os.path.exists(auth_file):
    os.remove(auth_file)
subprocess.run(
    [sys.executable, "-m", "ralph", "auth", "-u", args.user, "-p", args.password,
     "-s", "statements/write", "-s", "statements/read", "-s", "all",
     "-M", f"mailto:{args.user}@example.org", "-w"],
    check=True, stdout=subprocess.DEVNULL,
)

import uvicorn  # noqa: E402  (after the environment above is set)
from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.lrs.fs import FSLRSBackend  # noqa: E402

FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=args.port, log_level="warning")
