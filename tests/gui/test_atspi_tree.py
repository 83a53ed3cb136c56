"""The accessibility tree as a screen reader meets it: the app runs under Xvfb with the
AT-SPI bus (at-spi2-core), opens every window in turn (tests/gui/a11y_app.py), and the
system Python's pyatspi walks each one (tests/gui/atspi_walker.py). Every focusable
node has a role and a name; every form field (text, combo, spin, check, radio, slider)
has a name to be read out, and every combo box a label (on Linux Qt names a combo box
by its current value and gives its label only as a "labelled by" relation). The
summary of the walk is written beside the test's files (and to $PSW_A11Y_SUMMARY when
set).

Without Xvfb, D-Bus, at-spi2-core or python3-pyatspi the test is skipped, except under
CI=true, where it fails: .ci/run and the Linux job of .github/workflows/tests.yml
install them. On Windows and macOS (no AT-SPI) it is skipped."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
FORM_FIELDS = {
    "text",
    "password text",
    "entry",
    "combo box",
    "spin button",
    "date editor",
    "check box",
    "radio button",
    "toggle button",
    "slider",
}
NO_ROLE = {"", "invalid", "unknown"}


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    if not os.access(BUS_LAUNCHER, os.X_OK):
        missing.append("at-spi2-core")
    if (
        not os.access(SYSTEM_PYTHON, os.X_OK)
        or subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode
    ):
        missing.append("python3-pyatspi")
    return missing


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """An X server of the test's own, on a display number it picks itself."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    return server, f":{number}"


def walk_app(folder: Path) -> dict:
    server, display = start_xvfb()
    out = folder / "tree.json"
    env = dict(os.environ, DISPLAY=display)
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        env.pop(name, None)
    command = [
        "dbus-run-session",
        "--",
        SYSTEM_PYTHON,
        str(HERE / "atspi_walker.py"),
        str(out),
        "--",
        sys.executable,
        str(HERE / "a11y_app.py"),
        str(folder / "journal"),
    ]
    (folder / "journal").mkdir()
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    finally:
        server.terminate()
        server.wait(10)
    assert out.exists(), f"the walk wrote nothing: {done.stderr[-2000:]}"
    return json.loads(out.read_text(encoding="utf-8"))


def focusable(node: dict) -> bool:
    return "focusable" in node["states"]


def problems_in(scene: dict) -> list[str]:
    problems = []
    for node in scene["nodes"]:
        where = f"{node['role'] or '?'} at {node['path'] or '/'}"
        if node.get("error"):
            problems.append(f"unreadable node {where}: {node['error']}")
        elif focusable(node) and node["role"] in NO_ROLE:
            problems.append(f"focusable node without a role: {node['name']!r} at {node['path']}")
        elif (focusable(node) or node["role"] in FORM_FIELDS) and not node["name"].strip():
            problems.append(f"no accessible name: {where}")
        elif node["role"] == "combo box" and not node.get("labelled_by"):
            # Qt on Linux names a combo box by its value; its label is this relation.
            problems.append(f"no label for {node['name']!r} at {node['path']}")
    return problems


def summary(tree: dict) -> str:
    scenes = tree["scenes"]
    roles: Counter[str] = Counter()
    distinct: set[tuple] = set()
    rows = []
    totals = Counter()
    for scene in scenes:
        nodes = scene["nodes"]
        keys = {(scene["title"], n["path"], n["role"], n["name"]) for n in nodes}
        distinct |= keys
        focus = [n for n in nodes if focusable(n)]
        fields = [n for n in nodes if n["role"] in FORM_FIELDS]
        labelled = [n for n in fields if n.get("labelled_by")]
        totals.update(nodes=len(nodes), focusable=len(focus), fields=len(fields))
        totals.update(labelled=len(labelled))
        roles.update(n["role"] for n in nodes)
        rows.append(
            f"  {scene['scene']:<44} {len(nodes):>4} nodes {len(focus):>4} focusable "
            f"{len(fields):>3} form fields ({len(labelled)} with a label relation)"
        )
    windows = {(s["kind"], s["title"]) for s in scenes}
    unnamed = sum(len(problems_in(s)) for s in scenes)
    lines = [
        "AT-SPI tree of PSW Journal (Xvfb, at-spi2-core, pyatspi)",
        f"scenes walked: {len(scenes)}; distinct windows: {len(windows)} "
        f"({sum(1 for k, _ in windows if k == 'dialog')} dialogs, "
        f"{sum(1 for k, _ in windows if k == 'frame')} main window)",
        f"nodes showing: {totals['nodes']} over all scenes, {len(distinct)} distinct",
        f"focusable nodes: {totals['focusable']}; form fields: {totals['fields']} "
        f"({totals['labelled']} with a labelled-by relation too)",
        f"focusable nodes or form fields without a role, a name or (combo boxes) a label: "
        f"{unnamed}",
        "roles: " + ", ".join(f"{role or '?'} {n}" for role, n in roles.most_common()),
        "per scene:",
        *rows,
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.slow
def test_every_control_in_the_accessibility_tree_is_named(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("AT-SPI is the Linux desktop's accessibility bus")
    missing = missing_tools()
    if missing:
        message = "the AT-SPI walk needs " + ", ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (.ci/run installs them)")
        pytest.skip(message)
    tree = walk_app(tmp_path)
    text = summary(tree)
    (tmp_path / "a11y-summary.txt").write_text(text, encoding="utf-8")
    if os.environ.get("PSW_A11Y_SUMMARY"):
        Path(os.environ["PSW_A11Y_SUMMARY"]).write_text(text, encoding="utf-8")
    print(text)

    assert tree["problem"] == "", tree["problem"]
    assert tree["app_exit"] == 0
    scenes = tree["scenes"]
    assert len(scenes) >= 20, [s["scene"] for s in scenes]
    assert [s["scene"] for s in scenes if not s["found"]] == []
    # Each window has things to say and controls to reach.
    assert [s["scene"] for s in scenes if not any(focusable(n) for n in s["nodes"])] == []
    problems = {s["scene"]: problems_in(s) for s in scenes if problems_in(s)}
    report = "\n".join(f"{scene}: {'; '.join(found)}" for scene, found in problems.items())
    assert not problems, "in the accessibility tree:\n" + report
