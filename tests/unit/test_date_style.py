"""Every date the GUI shows goes through journal_app/gui/date_text.py (issue 17: dates
were written in three styles). This reads the GUI's code and fails on a date format
written anywhere else: strftime, a Qt date pattern ("d MMM yyyy", "dd/MM/yyyy",
"MMMM"...) or an ISO date (isoformat) put into text, outside date_text.py. An ISO
date that is data, not text on screen, is listed below with the reason."""

from __future__ import annotations

import ast
import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "journal_app" / "gui"
ONE_PLACE = GUI / "date_text.py"

# A Qt date or time pattern: only pattern letters and separators, with a day, month or
# year field in it ("MMM", "d MMM yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "dddd d MMMM").
_PATTERN = re.compile(r"^[dMyHhmsap .,:/'\-]+$")
_FIELD = re.compile(r"M{2,4}|yy(?:yy)?")

# (file, function): an ISO date that is data or a file name, never text on screen.
ISO_ALLOWED = {
    ("session.py", "new_record_data"),  # the new entry's stored JSON
    ("dialogs/pack_export.py", "ask_where"),  # a file name
    ("file_actions.py", "backup"),  # a file name
}


# The pack's and the command line's own date styles: never for the screen.
OTHER_STYLES = {"long_date", "plain_date"}


def _looks_like_date_pattern(text: str) -> bool:
    return bool(_PATTERN.match(text)) and bool(_FIELD.search(text)) and text.strip() == text


def _functions(tree: ast.AST) -> dict[int, str]:
    """Line -> the name of the innermost function holding it."""
    where: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                if line not in where or node.lineno > where[line][0]:
                    where[line] = (node.lineno, node.name)
    return {line: name for line, (_start, name) in where.items()}


def date_formats_outside_date_text() -> list[str]:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if path == ONE_PLACE:
            continue
        name = str(path.relative_to(GUI))
        tree = ast.parse(path.read_text("utf-8"), name)
        functions = _functions(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                method = node.func.attr
                if method == "strftime":
                    found.append(f"{name}:{node.lineno}: strftime")
                elif method == "isoformat" and (name, functions.get(node.lineno)) not in (
                    ISO_ALLOWED
                ):
                    found.append(f"{name}:{node.lineno}: isoformat in {functions.get(node.lineno)}")
            elif (
                isinstance(node, ast.Name | ast.alias)
                and (getattr(node, "id", None) or getattr(node, "name", None)) in OTHER_STYLES
            ):
                found.append(f"{name}:{getattr(node, 'lineno', '?')}: another style's function")
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _looks_like_date_pattern(node.value)
            ):
                found.append(f"{name}:{node.lineno}: date pattern {node.value!r}")
    return found


def test_no_date_format_outside_date_text():
    assert date_formats_outside_date_text() == []


def test_the_scan_finds_each_kind():
    assert _looks_like_date_pattern("d MMM yyyy")
    assert _looks_like_date_pattern("dd/MM/yyyy")
    assert _looks_like_date_pattern("MMM")
    assert _looks_like_date_pattern("dddd d MMMM")
    assert not _looks_like_date_pattern("Add")
    assert not _looks_like_date_pattern("Summary")
    assert not _looks_like_date_pattern(" ")


def test_the_month_and_axis_styles(qapp):
    from datetime import date

    from PySide6.QtCore import QLocale

    from journal_app.gui import date_text as dt

    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        day = date(2026, 11, 16)
        assert dt.date_text(day) == "16 Nov 2026"
        assert dt.month_text(day) == "Nov 2026"
        assert dt.month_text(day, long=True) == "November 2026"
        assert dt.axis_day_text(day) == "16 Nov"
        assert dt.axis_day_text(day, with_year=True) == "16 Nov 2026"
        assert dt.axis_month_text(day) == "Nov"
        assert dt.axis_month_text(day, with_year=True) == "Nov 2026"
    finally:
        QLocale.setDefault(old)
