"""Reading callcoach's accessibility tree over AT-SPI, and moving the real mouse to its widgets.

What a screen reader (Orca) reads is what this module reads: the tree AccessKit publishes on
the AT-SPI bus. Positions come from that tree (`getExtents(DESKTOP_COORDS)`), never from
hard-coded coordinates, so a widget that moves is still found and clicked.

Needs Debian's python3-pyatspi (run with /usr/bin/python3), xdotool, and a D-Bus session with
at-spi2-core whose `ScreenReaderEnabled` is true (scripts/a11y-e2e.sh sets that up).
"""

import re
import subprocess
import time
from pathlib import Path

import pyatspi

# The roles a user acts on (a label is read, not operated).
CONTROLS = {
    "push button",
    "toggle button",
    "radio button",
    "check box",
    "combo box",
    "entry",
    "text",
    "password text",
    "spin button",
    "slider",
    "link",
    "progress bar",
}


class Node:
    """One accessible object as read at one moment: role, name, states, box on screen."""

    def __init__(self, acc, depth):
        self.acc = acc
        self.depth = depth
        self.role = acc.getRoleName()
        self.name = acc.name or ""
        try:
            self.description = acc.description or ""
        except Exception:  # noqa: BLE001 - a node may vanish while read
            self.description = ""
        states = acc.getState()
        # AccessKit marks a disabled widget by leaving out "sensitive".
        self.enabled = states.contains(pyatspi.STATE_SENSITIVE)
        self.checked = states.contains(pyatspi.STATE_CHECKED)
        try:
            e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            self.box = (e.x, e.y, e.width, e.height)
        except Exception:  # noqa: BLE001
            self.box = None
        self.value = ""
        try:
            text = acc.queryText()
            self.value = text.getText(0, text.characterCount)
        except Exception:  # noqa: BLE001 - not every node has text
            pass

    def centre(self):
        x, y, w, h = self.box
        return x + w // 2, y + h // 2

    def announce(self):
        """The line a screen reader would say, more or less: role, name, state."""
        parts = [self.role, repr(self.name)]
        if self.value and self.value != self.name:
            parts.append(f"value {self.value!r}")
        if self.role in ("radio button", "check box", "toggle button") and self.checked:
            parts.append("checked")
        if not self.enabled:
            parts.append("disabled")
        return " ".join(parts)

    def __repr__(self):
        return f"<{self.announce()} at {self.box}>"


def find_app(timeout=30.0, name_part="callcoach"):
    """The app on the AT-SPI desktop: the one whose name or window names callcoach."""
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        seen = []
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            names = [app.name or ""] + [
                (app.getChildAtIndex(j).name or "")
                for j in range(app.childCount)
                if app.getChildAtIndex(j) is not None
            ]
            seen.append(names)
            if any(name_part.lower() in n.lower() for n in names):
                return app
        time.sleep(0.5)
    raise SystemExit(f"FAIL: no application named like {name_part!r} on the AT-SPI bus; seen {seen}")


def walk(app):
    """Every node under the app, depth first: the order a screen reader reads them in."""
    out = []

    def go(acc, depth):
        if acc is None:
            return
        try:
            out.append(Node(acc, depth))
            for i in range(acc.childCount):
                go(acc.getChildAtIndex(i), depth + 1)
        except Exception:  # noqa: BLE001 - the tree changed under us: read it again later
            pass

    go(app, 0)
    if len(out) <= 1:
        # The app's object went stale (its adapter re-registered): look it up again.
        try:
            fresh = find_app(timeout=5.0)
        except SystemExit:
            return out
        out = []
        go(fresh, 0)
    return out


def controls(nodes):
    """The nodes a user operates, in reading order."""
    return [n for n in nodes if n.role in CONTROLS]


def wait_for(app, predicate, what, timeout=30.0):
    """Reads the tree until some node satisfies `predicate`; that node (and the whole tree)."""
    deadline = time.monotonic() + timeout
    nodes = []
    while time.monotonic() < deadline:
        nodes = walk(app)
        hits = [n for n in nodes if predicate(n)]
        if hits:
            return hits[0], nodes
        time.sleep(0.3)
    listing = "\n  ".join(n.announce() for n in controls(nodes))
    raise SystemExit(f"FAIL: {what} never appeared in the accessibility tree; controls were:\n  {listing}")


class Ftl:
    """The simple messages of a language's ui.ftl, as text and as patterns (a `{ $x }`
    placeable matches anything)."""

    def __init__(self, path):
        self.messages = {}
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            m = re.match(r"^([a-z][a-z0-9-]*) = (.*)$", line)
            if m:
                self.messages[m.group(1)] = m.group(2).strip()

    def text(self, key):
        return self.messages[key]

    def pattern(self, key):
        parts = re.split(r"\{[^}]*\}", self.messages[key])
        return re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$", re.S)


def xdo(*args):
    subprocess.run(["xdotool", *map(str, args)], check=True)


# How long the pointer rests on a widget before pressing, and how long the button is held: as a
# person clicks. The rest is longer than egui's click limit (0.8 s), so a click dated by a stale
# clock (the bug scripts/a11y-e2e.sh guards against, see crates/app/src/redraw.rs) is lost here
# as it was for a user; xdotool's own `click` presses and releases within one frame and hid it.
REST = 1.0
HOLD = 0.15


def click(node, pause=0.4):
    """Moves the real pointer to the middle of the node's box and clicks the left button."""
    if node.box is None or node.box[2] <= 0 or node.box[3] <= 0:
        raise SystemExit(f"FAIL: {node.announce()} has no box on screen to click")
    x, y = node.centre()
    xdo("mousemove", x, y)
    time.sleep(REST)
    xdo("mousedown", "1")
    time.sleep(HOLD)
    xdo("mouseup", "1")
    time.sleep(pause)


def window_box(app):
    """The app's window on the screen (x, y, width, height), as X reports it."""
    out = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "callcoach", "getwindowgeometry", "--shell"],
        check=True, capture_output=True, text=True,
    ).stdout
    geo = dict(line.split("=", 1) for line in out.split() if "=" in line)
    return (int(geo["X"]), int(geo["Y"]), int(geo["WIDTH"]), int(geo["HEIGHT"]))


def scroll_into_view(app, predicate, what, tries=40):
    """Turns the mouse wheel over the window until the node is inside it; the node."""
    wx, wy, ww, wh = window_box(app)
    for _ in range(tries):
        node, _ = wait_for(app, predicate, what)
        x, y, w, h = node.box
        if y >= wy and y + h <= wy + wh - 4:
            return node
        # The wheel over the node's own column (a scroll area scrolls what is under the pointer).
        xdo("mousemove", min(max(x + w // 2, wx + 10), wx + ww - 10), wy + wh // 2)
        time.sleep(0.2)
        xdo("click", "--repeat", "2", "--delay", "80", "5" if y + h > wy + wh else "4")
        time.sleep(0.4)
    raise SystemExit(f"FAIL: {what} could not be scrolled into view")


def screenshot(path):
    """The whole X screen as a PNG (xwd + netpbm)."""
    with open(path, "wb") as f:
        xwd = subprocess.Popen(["xwd", "-root", "-silent"], stdout=subprocess.PIPE)
        pnm = subprocess.Popen(["xwdtopnm"], stdin=xwd.stdout, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        subprocess.run(["pnmtopng"], stdin=pnm.stdout, stdout=f, stderr=subprocess.DEVNULL, check=True)
        xwd.wait()
        pnm.wait()
