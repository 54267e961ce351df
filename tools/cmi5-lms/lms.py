#!/usr/bin/env python3
"""A small stand-in LMS for testing a cmi5 launch of callcoach (Python standard library only).

It plays the LMS's part of cmi5 (Quartz) after the LMS has launched the AU:

- POST /fetch: the one-time fetch URL (spec 8.2). The first call answers
  {"auth-token": base64("user:password")}; every later call answers error-code 1.
- GET /xapi/activities/state?stateId=LMS.LaunchData&activityId=..&agent=..&registration=..:
  the launch data from the JSON file given with --launch (spec 10), only with the token and
  only for the launch's activityId, agent and registration (else 401 or 404). PUT to it is
  refused (403): the AU must not change LMS.LaunchData.
- /xapi/statements (any method): forwarded to the LRS given with --lrs (Ralph), with the
  same Authorization header, only with the token. Ralph 5.1 has no State API, so the state
  document lives here and the statements there.
- GET /_fetches: how many times /fetch was called (for the test).

The launch file: {"registration": "<uuid>", "activityId": "...", "agent": {...},
"launchData": {...LMS.LaunchData...}}.

Binds 127.0.0.1 only; prints "listening on 127.0.0.1:<port>" once ready. Never prints the token.
"""

import argparse
import base64
import json
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--launch", required=True, help="the launch's JSON file")
    ap.add_argument("--lrs", required=True, help="the LRS endpoint statements go to")
    ap.add_argument("--user", required=True)
    ap.add_argument("--password", required=True)
    args = ap.parse_args()
    with open(args.launch, encoding="utf-8") as f:
        launch = json.load(f)
    token = base64.b64encode(f"{args.user}:{args.password}".encode()).decode()
    state = {"fetches": 0}
    lock = threading.Lock()
    lrs = args.lrs.rstrip("/")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, fmt, *a):
            sys.stderr.write("lms: %s %s\n" % (self.command, self.path.split("?")[0]))

        def reply(self, status, body, content_type="application/json"):
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def authorised(self):
            if self.headers.get("Authorization") == "Basic " + token:
                return True
            self.reply(401, {"error": "no or wrong authorization token"})
            return False

        def body(self):
            n = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(n) if n else b""

        def do_POST(self):
            path = urllib.parse.urlsplit(self.path).path
            if path == "/fetch":
                self.body()
                with lock:
                    state["fetches"] += 1
                    first = state["fetches"] == 1
                if first:
                    self.reply(200, {"auth-token": token})
                else:
                    self.reply(200, {"error-code": "1",
                                     "error-text": "The authorization token has already been returned."})
                return
            self.forward()

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            if url.path == "/_fetches":
                with lock:
                    self.reply(200, {"fetches": state["fetches"]})
                return
            if url.path == "/xapi/activities/state":
                if not self.authorised():
                    return
                q = urllib.parse.parse_qs(url.query)
                one = lambda k: (q.get(k) or [None])[0]
                try:
                    agent = json.loads(one("agent") or "null")
                except ValueError:
                    agent = None
                if (one("stateId") == "LMS.LaunchData"
                        and one("activityId") == launch["activityId"]
                        and one("registration") == launch["registration"]
                        and agent == launch["agent"]):
                    self.reply(200, launch["launchData"])
                else:
                    self.reply(404, {"error": "no such state document"})
                return
            self.forward()

        def do_PUT(self):
            if urllib.parse.urlsplit(self.path).path == "/xapi/activities/state":
                self.body()
                self.reply(403, {"error": "the AU must not change LMS.LaunchData"})
                return
            self.forward()

        def forward(self):
            url = urllib.parse.urlsplit(self.path)
            if not url.path.startswith("/xapi/statements"):
                self.reply(404, {"error": "not here"})
                return
            if not self.authorised():
                return
            target = lrs + url.path[len("/xapi"):] + (("?" + url.query) if url.query else "")
            body = self.body() if self.command in ("POST", "PUT") else None
            req = urllib.request.Request(target, data=body, method=self.command)
            for h in ("Authorization", "X-Experience-API-Version", "Content-Type"):
                if self.headers.get(h):
                    req.add_header(h, self.headers[h])
            try:
                with urllib.request.urlopen(req, timeout=10) as resp:
                    self.reply(resp.status, resp.read(), resp.headers.get("Content-Type", "application/json"))
            except urllib.error.HTTPError as e:
                self.reply(e.code, e.read(), e.headers.get("Content-Type", "application/json"))
            except (urllib.error.URLError, OSError) as e:
                self.reply(502, {"error": "the LRS is out of reach: %s" % e})

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print("listening on 127.0.0.1:%d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
