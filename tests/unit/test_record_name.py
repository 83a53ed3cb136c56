"""An entry without a title is named by what it is, the same way everywhere (issue 17:
check-ins were listed as "(untitled)"): the GUI's list, trash, share history and pack
table, the agenda, the supervision pack, the plain export and the command line."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from journal_app.cli_output import format_row
from journal_app.domain.record_name import plain_date, record_name
from journal_app.domain.records import Share
from journal_app.domain.schema import record_from_input
from journal_app.services.export_all import record_markdown
from journal_app.services.pack_brief import shown_title
from journal_app.services.pack_labels import long_date
from journal_app.services.vocabulary import load_vocabulary

PACKAGE = Path(__file__).resolve().parents[2] / "journal_app"


def rec(kind: str, title: str = "", **fields):
    return record_from_input(
        {"type": kind, "date": "2026-11-16", "title": title, "fields": fields}, None
    )


@pytest.mark.parametrize(
    ("record", "name"),
    [
        (rec("checkin", mood=6, stress=3), "Check-in · mood 6, stress 3"),
        (rec("checkin", mood=6, stress=3, energy=7), "Check-in · mood 6, stress 3, energy 7"),
        (rec("checkin", energy=5), "Check-in · energy 5"),
        (rec("checkin"), "Check-in · 16 Nov 2026"),
        (rec("reflection"), "Reflection · 16 Nov 2026"),
        (rec("disclosure"), "Disclosure decision · 16 Nov 2026"),
        (rec("disclosure", decision="partly_shared"), "Disclosure decision · partly shared"),
        (rec("disclosure", decision="not_shared"), "Disclosure decision · not shared"),
        (rec("supervision"), "Supervision · 16 Nov 2026"),
        (rec("supervision", supervisor="Sam  Jones"), "Supervision · with Sam Jones"),
        (rec("training", hours=6.5), "Training · 6.5 hours"),
        (rec("training", hours=1), "Training · 1 hour"),
        (rec("training", hours=0), "Training · 16 Nov 2026"),
        (rec("training"), "Training · 16 Nov 2026"),
        (rec("goal", status="active"), "Development goal · 16 Nov 2026"),
        (rec("wellness_plan"), "Wellness Action Plan · 16 Nov 2026"),
        (rec("reflection", "After the group"), "After the group"),
        (rec("checkin", "A hard week", mood=2), "A hard week"),
    ],
)
def test_names(record, name):
    assert record_name(record) == name


def test_without_detail_only_the_kind_and_date():
    record = rec("checkin", mood=6)
    assert record_name(record, detail=False) == "Check-in · 16 Nov 2026"
    assert record_name(rec("supervision", supervisor="Sam"), detail=False) == (
        "Supervision · 16 Nov 2026"
    )
    assert record_name(rec("disclosure", decision="shared"), detail=False) == (
        "Disclosure decision · 16 Nov 2026"
    )
    assert record_name(record, detail=False, day_text=long_date) == "Check-in · 16 November 2026"


def test_undated_where_the_date_is_beside_the_name():
    assert record_name(rec("reflection"), dated=False) == "Reflection"
    assert record_name(rec("checkin", mood=4), dated=False) == "Check-in · mood 4"
    assert record_name(rec("reflection", "Group"), dated=False) == "Group"


def test_plain_date_ignores_the_locale():
    assert plain_date(date(2026, 1, 5)) == "5 Jan 2026"


def test_the_pack_names_an_untitled_summary_by_kind_and_date_only():
    record = rec("checkin", mood=2, stress=9)
    assert shown_title(record, Share.SUMMARY) == "Check-in · 16 November 2026"
    assert shown_title(record, Share.FULL) == "Check-in · mood 2, stress 9"
    assert shown_title(record, Share.SUMMARY, dated=False) == "Check-in"


def test_the_command_line_and_the_export_use_the_name():
    record = rec("checkin", mood=6, stress=3)
    entry_line, id_line = format_row(record).splitlines()  # the id under the entry
    assert entry_line.endswith("Check-in · mood 6, stress 3") and record.id in id_line
    markdown = record_markdown(record, load_vocabulary())
    assert markdown.startswith("# Check-in · mood 6, stress 3\n")


def test_no_module_says_untitled():
    """Every place names an entry through domain.record_name (or the GUI's
    translated record_names), none writes "(untitled)"."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and "untitled" in text.lower() and id(node) not in docstrings:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []
