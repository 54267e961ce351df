#!/usr/bin/python3
"""Plays callcoach with the real mouse, finding every widget through the accessibility tree.

    /usr/bin/python3 tools/atspi/drive.py --lang pl --name "Ala Test" \\
        --scenario job-loss-hardship --shots /tmp/shots --report /tmp/announced.md

The app must already run (with `CALLCOACH_SCRIPT` ending in `rest`, or by hand) on a D-Bus
session whose AT-SPI bus says a screen reader is on (scripts/a11y-e2e.sh). On each screen it
prints what a screen reader is offered (role, name, state in reading order), checks the names
against the language's ui.ftl, and clicks through with xdotool at the positions the tree gives:
sign in (the name typed, "Continue" clicked), the library (scrolled with the wheel to the
scenario's card), the call's answers to the end, the wrap-up, the debrief's scores and rules,
back to the library, sign out; then the trainer view and the dashboard, each signed into and out
of. Exits non-zero on the first thing a user could not do.
"""

import argparse
import re
import sys
import time
from pathlib import Path

import a11y

ROOT = Path(__file__).resolve().parents[2]
CHOICE = re.compile(r"^(\d+)\. ")


class Run:
    def __init__(self, args):
        self.args = args
        self.t = a11y.Ftl(ROOT / "locales" / args.lang / "ui.ftl")
        self.app = a11y.find_app()
        self.report = []
        self.shots = Path(args.shots)
        self.shots.mkdir(parents=True, exist_ok=True)

    # -- helpers ---------------------------------------------------------------------------
    def button(self, key, enabled=True, timeout=30.0):
        name = self.t.text(key)
        node, _ = a11y.wait_for(
            self.app,
            lambda n: n.role == "push button" and n.name == name and (n.enabled or not enabled),
            f"the button {name!r} ({key})",
            timeout,
        )
        return node

    def screen(self, title, nodes, extra=None):
        """Prints and keeps what a screen reader is offered on this screen."""
        lines = [n.announce() for n in a11y.controls(nodes)]
        if extra:
            lines += extra
        print(f"\n== {self.args.lang}: {title} ({len(lines)} announced)")
        for line in lines:
            print("   " + line)
        self.report.append((title, lines))

    def shot(self, name):
        path = self.shots / f"mouse-{name}-{self.args.lang}.png"
        time.sleep(0.3)
        a11y.screenshot(path)
        print(f"   screenshot {path}")

    def wait_gone(self, node, what, timeout=20.0):
        """Waits until no node with this role and name is left (the screen moved on)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not any(n.role == node.role and n.name == node.name for n in a11y.walk(self.app)):
                return
            time.sleep(0.2)
        raise SystemExit(f"FAIL: clicking {node.announce()} did nothing: {what}")

    # -- screens ---------------------------------------------------------------------------
    def sign_in(self, role="trainee"):
        t = self.t
        # The sign-in screen opens in the language last chosen; pick ours with the mouse.
        lang_name = t.text(f"lang-{self.args.lang}")
        radio, _ = a11y.wait_for(
            self.app,
            lambda n: n.role == "radio button" and n.name == lang_name,
            f"the language choice {lang_name!r}",
        )
        if not radio.checked:
            a11y.click(radio)
        field, nodes = a11y.wait_for(
            self.app,
            lambda n: n.role in ("entry", "text") and n.name == t.text("app-trainee"),
            f"the sign-in field named {t.text('app-trainee')!r}",
        )
        role_radio, _ = a11y.wait_for(
            self.app,
            lambda n: n.role == "radio button" and n.name == t.text(f"app-role-{role}"),
            f"the role {role}",
        )
        if not role_radio.checked:
            a11y.click(role_radio)
            _, nodes = a11y.wait_for(
                self.app,
                lambda n: n.role == "radio button" and n.name == role_radio.name and n.checked,
                f"the role {role} checked",
            )
        self.screen(f"sign-in ({role})", nodes)
        # Click into the field and type, as a user does; then "Continue" with the mouse.
        a11y.click(field)
        # Clear what an earlier sign-in left (End, then BackSpace over it).
        if field.value:
            a11y.xdo("key", "End")
            a11y.xdo("key", "--repeat", len(field.value) + 2, "--delay", "20", "BackSpace")
        a11y.xdo("type", "--delay", "40", self.args.name)
        field, _ = a11y.wait_for(
            self.app,
            lambda n: n.role in ("entry", "text")
            and n.name == t.text("app-trainee")
            and n.value == self.args.name,
            f"the name {self.args.name!r} in the sign-in field",
        )
        if role == "trainee":
            self.shot("signin")
        go = self.button("app-signin")
        a11y.click(go)
        self.wait_gone(go, "still on the sign-in screen after clicking it")

    def sign_out(self):
        # The library is still settling after the debrief: read the button's place afresh.
        time.sleep(1.5)
        out = a11y.scroll_into_view(
            self.app,
            lambda n: n.role == "push button" and n.name == self.t.text("app-sign-out"),
            "the sign-out button",
        )
        a11y.click(out)
        self.button("app-signin", enabled=False)

    def library(self):
        title = scenario_title(self.args.lang, self.args.scenario)
        play = re.compile(r"^.+: " + re.escape(title) + "$")
        _, nodes = a11y.wait_for(
            self.app,
            lambda n: n.role == "push button" and n.name == self.t.text("app-sign-out"),
            "the library's sign-out button",
        )
        self.screen("library", nodes)
        self.shot("library")
        button = a11y.scroll_into_view(
            self.app,
            lambda n: n.role == "push button" and play.match(n.name) and n.enabled,
            f"the play button of {title!r}",
        )
        a11y.click(button)

    def call(self):
        picks = [int(p) for p in self.args.picks.split(",") if p]
        skip = self.t.text("app-wrapup-skip")
        turn = 0
        last = None
        while True:
            deadline = time.monotonic() + 60.0
            while True:
                nodes = a11y.walk(self.app)
                if any(n.role == "push button" and n.name == skip for n in nodes):
                    return
                options = choices_of(nodes)
                # New answers; or the same ones again after a while (a prompt can repeat,
                # e.g. after the countdown ran out).
                waited = time.monotonic() - (deadline - 60.0)
                if options and ([c.name for c in options] != last or waited > 8.0):
                    break
                if time.monotonic() > deadline:
                    raise SystemExit(f"FAIL: no new answers after turn {turn} (and no wrap-up)")
                time.sleep(0.3)
            if turn == 0:
                self.check_call_order(nodes)
                extra = labels_like(nodes, self.t, "app-countdown")
                self.screen("call (first turn)", nodes, extra=extra)
                self.shot("call")
            pick = picks[turn] if turn < len(picks) else 1
            pick = min(pick, len(options))
            last = [c.name for c in options]
            print(f"   turn {turn + 1}: click {options[pick - 1].name!r}")
            a11y.click(options[pick - 1])
            turn += 1

    def check_call_order(self, nodes):
        """The conversation is read before the answers (the bottom panel is laid out first)."""
        first_choice = next(i for i, n in enumerate(nodes) if n.role == "push button" and CHOICE.match(n.name))
        answer = self.t.text("app-your-answer")
        lines = [i for i, n in enumerate(nodes) if n.role == "label" and n.name and n.name != answer]
        later = [i for i in lines if i > first_choice and nodes[i].name != self.t.text("app-call-keys")]
        if later:
            raise SystemExit(
                f"FAIL: the call screen reads {nodes[later[0]].name!r} after the answers"
            )

    def wrapup(self):
        t = self.t
        radio, nodes = a11y.wait_for(
            self.app,
            lambda n: n.role == "radio button" and re.match(r"^1\. ", n.name),
            "the wrap-up's first disposition",
        )
        self.screen("wrap-up", nodes)
        a11y.click(radio)
        # The next action: open the box with the mouse, click an action in its list.
        combo, _ = a11y.wait_for(
            self.app,
            lambda n: n.role == "combo box" and n.name == t.text("wrap-field-next-action"),
            "the wrap-up's next-action box",
        )
        a11y.click(combo)
        action = t.text("next-await-payment")
        item, _ = a11y.wait_for(
            self.app,
            lambda n: n.role in ("push button", "toggle button") and n.name == action,
            f"the next action {action!r} in the opened box",
        )
        a11y.click(item)
        submit = self.button("app-wrapup-submit")
        self.shot("wrapup")
        a11y.click(submit)

    def debrief(self):
        t = self.t
        back, nodes = a11y.wait_for(
            self.app,
            lambda n: n.role == "push button" and n.name == t.text("app-back-to-library"),
            "the debrief's back-to-library button",
        )
        # Wait for the scores: a progress bar per dimension, named by it.
        _, nodes = a11y.wait_for(
            self.app, lambda n: n.role == "progress bar" and n.name, "the debrief's scores"
        )
        scores = [n for n in nodes if n.role == "progress bar"]
        verdict = labels_like(nodes, t, "app-verdict")
        if not verdict:
            raise SystemExit("FAIL: the debrief has no verdict in its tree")
        self.shot("debrief")
        # egui leaves what is scrolled out of sight out of the tree: wheel down to the rules.
        wx, wy, ww, wh = a11y.window_box(self.app)
        for _ in range(30):
            rules_heading = [i for i, n in enumerate(nodes) if n.name == t.text("app-rules")]
            if rules_heading:
                break
            a11y.xdo("mousemove", wx + ww // 2, wy + wh // 2)
            a11y.xdo("click", "5")
            time.sleep(0.3)
            nodes = a11y.walk(self.app)
        else:
            raise SystemExit("FAIL: the debrief's rule list never came into the tree")
        bars = [i for i, n in enumerate(nodes) if n.role == "progress bar"]
        if bars and max(bars) > rules_heading[0]:
            raise SystemExit("FAIL: the debrief's rule list is read before its scores")
        statuses = {t.text(k) for k in ("status-met", "status-partial", "status-missed", "status-broken", "status-not-applicable") if k in t.messages}
        rules = [n.name for n in nodes[rules_heading[0]:] if n.role == "label" and n.name in statuses]
        extra = [f"score: {n.name!r} {n.value or ''}".rstrip() for n in scores] + verdict
        extra.append(f"rule list: {len(rules)} rules, each a status label first ({', '.join(sorted(set(rules)))})")
        self.screen("debrief", nodes, extra=extra)
        if self.args.call_only:
            return
        back = a11y.scroll_into_view(
            self.app,
            lambda n: n.role == "push button" and n.name == t.text("app-back-to-library"),
            "the debrief's back-to-library button",
        )
        a11y.click(back)

    def other_home(self, role, title):
        """Signs in as a trainer or coordinator, reads the screen, signs out, all by mouse."""
        self.sign_in(role)
        out = self.button("app-sign-out", timeout=60.0)
        time.sleep(1.0)
        self.screen(title, a11y.walk(self.app))
        self.shot(role)
        a11y.click(out)
        self.button("app-signin", enabled=False)

    def write_report(self):
        with open(self.args.report, "a", encoding="utf-8") as f:
            for title, lines in self.report:
                f.write(f"\n### {self.args.lang}: {title}\n\n")
                for line in lines:
                    f.write(f"- {line}\n")


def choices_of(nodes):
    return [n for n in nodes if n.role == "push button" and CHOICE.match(n.name)]


def labels_like(nodes, ftl, key):
    pat = ftl.pattern(key)
    return [f"label {n.name!r}" for n in nodes if n.role == "label" and pat.match(n.name)]


def scenario_title(lang, scenario):
    path = ROOT / "locales" / lang / "scenarios" / f"{scenario}.ftl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("title = "):
            return line[len("title = "):].strip()
    raise SystemExit(f"FAIL: {path} has no title")


RUN = None


def main():
    global RUN
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="en")
    ap.add_argument("--name", default="Ala Test")
    ap.add_argument("--scenario", default="job-loss-hardship")
    ap.add_argument("--picks", default="3,2", help="answers to click, 1-based; then the first")
    ap.add_argument("--shots", default="/tmp/callcoach-a11y")
    ap.add_argument("--report", default="/dev/null")
    ap.add_argument("--others", action="store_true", help="also the trainer view and dashboard")
    ap.add_argument(
        "--call-only",
        action="store_true",
        help="stop at the debrief (sign in, library, call, wrap-up, debrief): the tour the tests run",
    )
    args = ap.parse_args()
    RUN = Run(args)
    RUN.sign_in()
    RUN.library()
    RUN.call()
    RUN.wrapup()
    RUN.debrief()
    if args.call_only:
        RUN.write_report()
        print(f"\nok: {args.lang}: sign-in to the debrief read and driven with the mouse")
        return
    RUN.sign_out()
    if args.others:
        RUN.other_home("trainer", "trainer view")
        RUN.other_home("coordinator", "dashboard")
    RUN.write_report()
    print(f"\nok: {args.lang}: every screen read and driven with the mouse")


if __name__ == "__main__":
    sys.exit(main())
