"""No nested event loops (issue 16, "Threading rules are unwritten"): long work runs
on a worker and the UI thread keeps to the application's one event loop, so nothing in
journal_app creates a QEventLoop or pumps events itself (processEvents and the like)
to wait. Dialogs that ask the user (QMessageBox, QFileDialog, our own) may still use
their exec(). Checked on the syntax tree, like test_layers.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "journal_app"
# Each of these either is a nested loop or pumps events from inside a call.
FORBIDDEN = {"QEventLoop", "processEvents", "sendPostedEvents", "qWait", "QTest"}


def loop_breaks(source: str, name: str = "<source>") -> list[str]:
    """Each place in `source` that names a nested loop or an event pump."""
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN:
            found.append(f"{name}:{node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Name) and node.id in FORBIDDEN:
            found.append(f"{name}:{node.lineno}: {node.id}")
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in FORBIDDEN:
                    found.append(f"{name}:{node.lineno}: imports {alias.name}")
    return found


def test_no_module_nests_an_event_loop_or_pumps_events():
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 50  # the walk found the package
    breaks = []
    for path in sources:
        breaks += loop_breaks(path.read_text("utf-8"), str(path.relative_to(ROOT)))
    assert breaks == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from PySide6.QtCore import QEventLoop\n", "imports QEventLoop"),
        ("def f():\n    loop = QtCore.QEventLoop()\n    loop.exec()\n", ".QEventLoop"),
        ("def f(app):\n    while busy:\n        app.processEvents()\n", ".processEvents"),
        ("QCoreApplication.processEvents()\n", ".processEvents"),
        ("QCoreApplication.sendPostedEvents()\n", ".sendPostedEvents"),
        ("from PySide6.QtTest import QTest\nQTest.qWait(10)\n", "imports QTest"),
    ],
)
def test_the_check_sees_each_way_to_wait(source, expected):
    assert any(expected in b for b in loop_breaks(source))


def test_asking_the_user_and_finishing_in_a_callback_pass():
    source = (
        "def f(self):\n"
        "    if QMessageBox.question(self, 'Title', 'Sure?') != YES:\n"
        "        return\n"
        "    dialog.exec()\n"
        "    self.session.apply_long(change, self).then(self._done, self._failed)\n"
        "    QTimer.singleShot(0, self.refresh)\n"
    )
    assert loop_breaks(source) == []
