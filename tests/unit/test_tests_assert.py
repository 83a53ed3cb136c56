"""No test without an assertion (issue 16): every test function in tests/ checks
something, by one of the means listed here. A test that only runs code proves that
it did not raise, which is rarely what its name promises."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

# Calls that check: pytest's own (pytest.raises and .warns fail unless it happens;
# pytest.fail is the explicit failure), and pytest-qt's waits, which fail on timeout.
CHECKING_CALLS = frozenset(
    {
        "raises",
        "warns",
        "deprecated_call",
        "fail",
        "waitUntil",
        "waitSignal",
        "waitSignals",
        "waitCallback",
        "assertNotEmitted",
    }
)
# Helpers whose name says they check (leading underscores aside): _assert_reopens_as,
# check_pdf, expect_refusal...
CHECKING_PREFIXES = ("assert_", "check_", "expect_")


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def checks(node: ast.AST) -> bool:
    """Whether a function's body (nested functions and lambdas included) asserts."""
    for child in ast.walk(node):
        if isinstance(child, ast.Assert):
            return True
        if isinstance(child, ast.Call):
            name = _called_name(child)
            if name is None:
                continue
            if name in CHECKING_CALLS or name.lstrip("_").startswith(CHECKING_PREFIXES):
                return True
    return False


def defined_tests(path: Path) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found = []
    for node in tree.body:
        bodies = node.body if isinstance(node, ast.ClassDef) else [node]
        found += [
            f
            for f in bodies
            if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) and f.name.startswith("test")
        ]
    return found


def test_every_test_asserts_something():
    unchecked = [
        f"{path.relative_to(TESTS)}:{test.lineno} {test.name}"
        for path in sorted(TESTS.rglob("test_*.py"))
        if "fixtures" not in path.parts
        for test in defined_tests(path)
        if not checks(test)
    ]
    assert unchecked == [], "tests that check nothing:\n" + "\n".join(unchecked)


def test_the_scan_tells_a_check_from_none():
    """The scan itself: each accepted form counts, and code that checks nothing does not."""
    with_checks = [
        "assert x",
        "with pytest.raises(E):\n        f()",
        "qtbot.waitUntil(lambda: done)",
        "_assert_reopens_as(path, before)",
        "check_pdf(data)",
        "def inner():\n        assert x\n    inner()",
    ]
    without = ["f()", "x = compute()\n    print(x)", "assertion = 1", "checked(x)"]
    for body in with_checks:
        assert checks(ast.parse(f"def test_x():\n    {body}\n")), body
    for body in without:
        assert not checks(ast.parse(f"def test_x():\n    {body}\n")), body
