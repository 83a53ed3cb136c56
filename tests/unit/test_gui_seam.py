"""The seam between the GUI and the journal holds (issue 16): in gui/, only session.py
holds the Journal. Views read through `Session.reader` and change the journal through
`Session.apply`, which announces each change once (`Session.changed`); none of them
reaches `session.journal` or a `.store`, imports the Journal class, or fires one of the
session's signals by hand. Checked on the syntax tree, like test_layers.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "journal_app" / "gui"
OWNER = GUI / "session.py"  # the one module in gui/ that holds the Journal
FORBIDDEN_ATTRIBUTES = {"journal", "_journal", "store"}
FORBIDDEN_NAMES = {"Journal", "VaultStore"}


def _is_session(node: ast.AST) -> bool:
    """`session`, `self.session`, `self._session` and the like."""
    if isinstance(node, ast.Name):
        return node.id in {"session", "_session"}
    return isinstance(node, ast.Attribute) and node.attr in {"session", "_session"}


def seam_breaks(source: str, name: str = "<source>") -> list[str]:
    """Each place in `source` that goes round the session's reader and apply."""
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            found.append(f"{name}:{node.lineno}: .{node.attr}")
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in FORBIDDEN_NAMES:
                    found.append(f"{name}:{node.lineno}: imports {alias.name}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "emit"
            and isinstance(node.func.value, ast.Attribute)
            and _is_session(node.func.value.value)
        ):
            found.append(f"{name}:{node.lineno}: emits session.{node.func.value.attr} by hand")
    return found


def test_only_the_session_holds_the_journal():
    sources = [p for p in sorted(GUI.rglob("*.py")) if p != OWNER]
    assert len(sources) > 20  # the walk found the GUI
    breaks = []
    for path in sources:
        breaks += seam_breaks(path.read_text("utf-8"), str(path.relative_to(ROOT)))
    assert breaks == []


def test_the_session_is_where_the_journal_is_held():
    """The check is not vacuous: session.py does what every other module must not."""
    assert any(b.endswith(": .journal") for b in seam_breaks(OWNER.read_text("utf-8")))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f(self):\n    return self.session.journal.records()\n", ".journal"),
        ("def f(session):\n    session.journal.store.verify()\n", ".store"),
        ("journal = reader._journal\n", "._journal"),
        ("from journal_app.services.journal import Journal\n", "imports Journal"),
        ("def f(self):\n    self.session.changed.emit(None)\n", "emits session.changed"),
        ("def f(self):\n    self._session.record_saved.emit('x')\n", "emits session.record_saved"),
    ],
)
def test_the_check_sees_each_way_round(source, expected):
    assert any(expected in b for b in seam_breaks(source))


def test_reading_and_changing_through_the_session_passes():
    source = (
        "from journal_app.services.journal import RecordFilter\n"
        "def f(self):\n"
        "    records = self.session.reader.records(RecordFilter())\n"
        "    self.session.apply(change)\n"
        "    self.saved.emit('Saved')\n"
    )
    assert seam_breaks(source) == []
