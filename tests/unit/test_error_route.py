"""Errors reach the user only through gui/messages.py (issue 16): no other module of
gui/ reads an error's text (`exc.message`, `exc.problem`, `exc.args`, `str(exc)`, an
f-string or `.format` of it) to show it. The check reads the code (AST), like
test_layers.py: an error is a name bound by `except ... as name`, or a parameter
annotated with an exception type or named like one."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "journal_app" / "gui"
MAPPING = GUI / "messages.py"  # the one place that may read an error's words

_TEXT_ATTRIBUTES = {"message", "problem", "args", "strerror", "findings", "values"}
_ERROR_NAMES = {"exc", "err", "error", "exception"}
_TEXT_CALLS = {"str", "repr", "format"}


def _is_error_annotation(node: ast.expr | None) -> bool:
    if node is None:
        return False
    text = ast.unparse(node)
    return any(word in text for word in ("Error", "Exception", "Exc", "Passphrase", "Vault"))


def _error_names(tree: ast.AST) -> set[str]:
    names = set(_ERROR_NAMES)
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.arg) and _is_error_annotation(node.annotation):
            names.add(node.arg)
    return names


def _is_error(node: ast.AST, names: set[str]) -> bool:
    return isinstance(node, ast.Name) and node.id in names


def bypasses(source: str) -> list[tuple[int, str]]:
    """Where `source` turns an error into text other than through the mapping."""
    tree = ast.parse(source)
    names = _error_names(tree)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in _TEXT_ATTRIBUTES
            and _is_error(node.value, names)
        ):
            found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.Call):
            func = node.func
            arguments = [*node.args, *(k.value for k in node.keywords)]
            to_text = (isinstance(func, ast.Name) and func.id in _TEXT_CALLS) or (
                isinstance(func, ast.Attribute) and func.attr == "format"
            )
            if to_text and any(_is_error(a, names) for a in arguments):
                found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.FormattedValue) and _is_error(node.value, names):
            found.append((node.lineno, "f-string of " + ast.unparse(node.value)))
        elif (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Mod | ast.Add)
            and (_is_error(node.right, names) or _is_error(node.left, names))
        ):
            found.append((node.lineno, ast.unparse(node)))
    return found


def test_no_gui_module_shows_an_errors_own_words():
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if path == MAPPING:
            continue
        for line, what in bypasses(path.read_text("utf-8")):
            found.append(f"{path.relative_to(ROOT)}:{line}: {what}")
    assert not found, "use gui.messages.user_message:\n" + "\n".join(found)


def test_the_check_catches_each_way_of_showing_an_error():
    shown = [
        "try:\n    pass\nexcept JournalError as exc:\n    box(exc.message)\n",
        "try:\n    pass\nexcept OSError as oops:\n    label.setText(str(oops))\n",
        "try:\n    pass\nexcept OSError as oops:\n    label.setText(f'failed: {oops}')\n",
        "try:\n    pass\nexcept OSError as oops:\n    label.setText(tr('{r}').format(r=oops))\n",
        "def failure(self, problem: JournalError):\n    return problem.message\n",
        "def failure(self, exc):\n    return 'failed: ' + exc.problem\n",
        "def failure(self, reason: StorageError):\n    return '%s' % reason\n",
    ]
    for source in shown:
        assert bypasses(source), source


def test_the_check_lets_the_mapping_and_other_uses_of_an_error_pass():
    allowed = [
        "try:\n    pass\nexcept JournalError as exc:\n    box(user_message(exc))\n",
        "try:\n    pass\nexcept ValidationError as exc:\n    editor.show_error(exc.field, m)\n",
        "try:\n    pass\nexcept OSError as exc:\n    log.info('failed: %s', type(exc).__name__)\n",
        "def report(problem):\n    return problem.message\n",  # a finding, not an error
    ]
    for source in allowed:
        assert not bypasses(source), source
