"""The app, one window at a time, for the AT-SPI walk (tests/gui/test_atspi_tree.py).

    a11y_app.py FOLDER

Run by the walker (tests/gui/atspi_walker.py) under Xvfb with the accessibility bus
up: it opens each scene of tests/gui/scenes.py in turn with a test journal in FOLDER,
prints one JSON line naming the scene and its window when that window is up, and waits
for a line on standard input before it opens the next. It ends with {"done": true}.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS), str(TESTS.parent)]

# The window is settled and Qt has told the accessibility bus about it.
SETTLE_S = 0.4


def main(folder: Path) -> int:
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication, QDialog

    from gui.scenes import Stage, scenes

    app = QApplication([sys.argv[0]])
    app.setApplicationName("PSW Journal")
    app.setQuitOnLastWindowClosed(False)

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def wait(condition, seconds: float = 30) -> None:
        end = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the scene did not get ready")
            app.processEvents()
            time.sleep(0.01)

    stage = Stage(folder, wait)
    answered: list[str] = []
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: answered.append(sys.stdin.readline()))
    try:
        for scene in scenes(stage):
            window = scene.open(stage)
            pump(SETTLE_S)
            kind = "dialog" if isinstance(window, QDialog) else "frame"
            line = {"scene": scene.name, "title": window.windowTitle(), "kind": kind}
            print(json.dumps(line), flush=True)
            answered.clear()
            wait(lambda: bool(answered), 600)
            if not answered[0]:  # the walker has gone
                return 1
            stage.close_open()
    finally:
        stage.shut()
    print(json.dumps({"done": True}), flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
    sys.exit(main(Path(sys.argv[1])))
