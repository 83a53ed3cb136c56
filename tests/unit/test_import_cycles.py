"""No runtime import cycles (issue 16): the modules journal_app imports when they load
(top-level imports, outside `if TYPE_CHECKING:`) form no cycle, so every module can
be imported on its own and the layers' order is the order modules load in. Imports
inside functions are left out here: they run later, when every module is loaded
(tests/unit/test_layers.py still checks their direction)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "journal_app"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _load_time_statements(body: list[ast.stmt]):
    """The statements that run when the module loads: the top level, and the branches
    of top-level if/try blocks (not functions, classes' methods, or TYPE_CHECKING)."""
    for node in body:
        if isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                yield from _load_time_statements(node.body)
            yield from _load_time_statements(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody):
                yield from _load_time_statements(block)
            for handler in node.handlers:
                yield from _load_time_statements(handler.body)
        else:
            yield node


def load_time_imports(source: str, modules: set[str], this: str) -> set[str]:
    """The journal_app modules `this` imports while it loads. (The app uses absolute
    imports only; tests/unit/test_layers.py would not see a relative one either, so
    one fails here.)"""
    found: set[str] = set()
    for node in _load_time_statements(ast.parse(source).body):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{this}: a relative import (use journal_app.…)"
            base = node.module or ""
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        for name in names:
            # The module itself, or the package whose __init__ runs first.
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name.startswith("journal_app") and name != this:
                found.add(name)
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))


def import_graph() -> dict[str, set[str]]:
    modules = {_module_name(p) for p in SOURCES}
    return {
        _module_name(p): load_time_imports(p.read_text("utf-8"), modules, _module_name(p))
        for p in SOURCES
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_back_while_loading():
    assert cycles(import_graph()) == []


def test_the_check_sees_a_cycle_through_three_modules():
    modules = {"journal_app.a", "journal_app.b", "journal_app.c"}
    graph = {
        "journal_app.a": load_time_imports(
            "from journal_app.b import x\n", modules, "journal_app.a"
        ),
        "journal_app.b": load_time_imports(
            "try:\n    import journal_app.c\nexcept ImportError:\n    pass\n",
            modules,
            "journal_app.b",
        ),
        "journal_app.c": load_time_imports(
            "if True:\n    from journal_app.a import y\n", modules, "journal_app.c"
        ),
    }
    assert cycles(graph) == [sorted(modules)]


def test_imports_inside_functions_and_for_type_checking_do_not_count():
    modules = {"journal_app.a", "journal_app.b"}
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from journal_app.b import x\n"
        "def f():\n    import journal_app.b\n"
    )
    assert load_time_imports(source, modules, "journal_app.a") == set()
