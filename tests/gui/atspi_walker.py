"""Walk the app's AT-SPI tree as a screen reader sees it, one scene at a time.

    /usr/bin/python3 atspi_walker.py OUT.json -- COMMAND [ARGS...]

Run with the system Python (Debian's python3-pyatspi belongs to it, not to the venv),
inside a private D-Bus session (dbus-run-session) with DISPLAY on an Xvfb server. It
starts the accessibility bus (at-spi2-core's at-spi-bus-launcher), then COMMAND
(tests/gui/a11y_app.py), and for each scene that COMMAND announces on its standard
output walks the scene's window and records every node showing on screen: its role,
name, states and the labels it is labelled by. OUT.json gets the list of scenes with
their nodes; tests/gui/test_atspi_tree.py judges them.

Standard library and pyatspi only: this file never imports the app.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
MAX_CHILDREN = 60  # of a list or table: enough to judge its rows, not all of them
APP_WAIT_S = 30


def _states(node, pyatspi) -> list[str]:
    return sorted(pyatspi.stateToString(s) for s in node.getState().getStates())


def _labelled_by(node, pyatspi) -> list[str]:
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                names.append(relation.getTarget(i).name)
    return names


def walk(node, pyatspi, path: str, out: list[dict]) -> None:
    try:
        role, name = node.getRoleName(), node.name
        states = _states(node, pyatspi)
    except Exception as exc:  # a node that went away while walked
        out.append({"path": path, "role": "", "name": "", "states": [], "error": str(exc)})
        return
    if "showing" not in states:
        return  # hidden: a page not shown, a closed menu; not what the worker meets
    entry = {"path": path, "role": role, "name": name, "states": states}
    if "focusable" in states:
        entry["labelled_by"] = _labelled_by(node, pyatspi)
        entry["description"] = node.description
    out.append(entry)
    for i in range(min(node.childCount, MAX_CHILDREN)):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, pyatspi, f"{path}/{role}[{i}]", out)


def find_app(desktop, pid: int):
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def find_window(app, title: str, kind: str, pyatspi):
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        try:
            if (
                window.name == title
                and window.getRoleName() == kind
                and "showing" in _states(window, pyatspi)
            ):
                return window
        except Exception:
            continue
    return None


def main(out_path: str, command: list[str]) -> int:
    import pyatspi

    bus = subprocess.Popen(
        [BUS_LAUNCHER, "--launch-immediately"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    app_process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    scenes: list[dict] = []
    problem = ""
    try:
        desktop = pyatspi.Registry.getDesktop(0)
        for line in app_process.stdout:
            try:
                said = json.loads(line)
            except ValueError:
                continue  # not ours: something the app printed
            if said.get("done"):
                break
            window = None
            end = time.monotonic() + APP_WAIT_S
            while window is None and time.monotonic() < end:
                app = find_app(desktop, app_process.pid)
                window = app and find_window(app, said["title"], said["kind"], pyatspi)
                if window is None:
                    time.sleep(0.2)
            nodes: list[dict] = []
            if window is not None:
                walk(window, pyatspi, "", nodes)
            scenes.append({**said, "found": window is not None, "nodes": nodes})
            app_process.stdin.write("next\n")
            app_process.stdin.flush()
        else:
            problem = "the app ended before it had shown every scene"
    except Exception as exc:
        problem = f"{type(exc).__name__}: {exc}"
    finally:
        with contextlib.suppress(OSError):
            app_process.stdin.close()
        try:
            app_process.wait(30)
        except subprocess.TimeoutExpired:
            app_process.kill()
        bus.terminate()
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump({"scenes": scenes, "problem": problem, "app_exit": app_process.returncode}, out)
    return 0


if __name__ == "__main__":
    split = sys.argv.index("--")
    sys.exit(main(sys.argv[1], sys.argv[split + 1 :]))
