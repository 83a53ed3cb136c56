"""The layers hold (issue 16): every import between the parts of journal_app is one that
tests/allowed_imports.json allows, and Qt is imported only by the GUI and the one
export module that renders with it. Imports inside functions count too: a lazy import
is still an arrow between layers."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "journal_app"
RULES = json.loads((ROOT / "tests" / "allowed_imports.json").read_text("utf-8"))


def _part_of_file(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    if len(relative.parts) == 1:
        return RULES["parts"][relative.name]
    return relative.parts[0]


def _part_of_module(name: str) -> str | None:
    """The part a module `journal_app.x.y` belongs to (None: not ours)."""
    pieces = name.split(".")
    if pieces[0] != "journal_app":
        return None
    if len(pieces) == 1:
        return "base"
    if (PACKAGE / pieces[1]).is_dir():
        return pieces[1]
    if not (PACKAGE / f"{pieces[1]}.py").is_file():
        return "base"  # a name from journal_app/__init__.py (say, __version__)
    return RULES["parts"][pieces[1] + ".py"]


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # "from journal_app import x" names a part by its member
            if node.module == "journal_app":
                found += [(node.lineno, f"journal_app.{a.name}") for a in node.names]
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_belongs_to_a_part():
    for path in SOURCES:
        assert _part_of_file(path) in RULES["allowed"], path


def test_imports_follow_the_allowed_arrows():
    wrong = []
    for path in SOURCES:
        part = _part_of_file(path)
        for line, module in _imports(path):
            target = _part_of_module(module)
            if target is not None and target not in RULES["allowed"][part]:
                wrong.append(f"{path.relative_to(ROOT)}:{line}: {part} -> {target} ({module})")
    assert wrong == []


def test_qt_stays_in_the_gui_and_the_one_export_module():
    allowed = RULES["qt_allowed"]
    wrong = []
    for path in SOURCES:
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.split("/")[0] in allowed or relative in allowed:
            continue
        for line, module in _imports(path):
            if module.split(".")[0] == "PySide6":
                wrong.append(f"{relative}:{line}")
    assert wrong == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from journal_app.vault import crypto\n", "gui -> vault"),
        ("def f():\n    import PySide6.QtCore\n", None),
    ],
)
def test_the_check_sees_a_wrong_arrow(tmp_path, source, expected):
    """The checks above would catch a new arrow: a GUI module importing the vault,
    even inside a function."""
    path = tmp_path / "x.py"
    path.write_text(source, encoding="utf-8")
    imports = _imports(path)
    assert imports
    if expected is not None:
        target = _part_of_module(imports[0][1])
        assert target == "vault" and target not in RULES["allowed"]["gui"]
    else:
        assert imports[0][1].startswith("PySide6")
