"""An open entry survives 150% and 200% text on a 1280x720 screen (issue 17): an
entry of every record type is opened in the main window, read and then in its editor
(with every box that reveals more prompts ticked), with the app's own look (as
gui/theme.py sets it: Fusion drawn through CalmStyle, the warm palette) and its font
at 100%, 150% and 200%. No label or field may be clipped and nothing may need a
sideways scroll (the rules are in tests/clipping.py): the list beside the entry has to
leave it room."""

from __future__ import annotations

import json
from pathlib import Path

from clipping import layout_problems
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QCheckBox

from journal_app.domain.records import RecordType
from journal_app.gui.main_window import MainWindow
from journal_app.gui.widgets.sidebar import SECTIONS

from .test_layout_at_scale import ROOM, Windows, scale  # noqa: F401  (the fixture)

GOLDEN = Path(__file__).parents[1] / "fixtures" / "golden-v1.json"
KEPT = ("type", "date", "title", "tags", "share", "for_supervision", "shared_summary", "fields")


def _one_of_each(session) -> dict[RecordType, object]:
    """An entry of every record type, with most of its fields filled (the golden
    journal's, so each is a realistic entry)."""
    saved = {}
    for data in json.loads(GOLDEN.read_text(encoding="utf-8"))["records"]:
        kind = RecordType(data["type"])
        if kind in saved:
            continue
        record = session.save(None, {k: data[k] for k in KEPT if k in data})
        saved[kind] = record
    area = next(iter(session.reader.vocabulary.competences))
    for data in _newer_kinds(area):
        kind = RecordType(data["type"])
        if kind not in saved:
            saved[kind] = session.save(None, data)
    for kind in RecordType:  # a type added later still: an entry with its date alone
        if kind not in saved:
            saved[kind] = session.save(None, {"type": kind.value, "date": "2026-11-16"})
    return saved


def _newer_kinds(area: str) -> list[dict]:
    """Entries of the types the golden journal predates."""
    return [
        {
            "type": "training",
            "date": "2026-10-05",
            "title": "Trauma-informed practice day",
            "tags": ["course"],
            "share": "full",
            "fields": {
                "kind": "course",
                "provider": "Recovery college",
                "hours": 6.5,
                "competences": [area],
                "learning": "Grounding techniques for when a conversation gets too much.",
                "use_in_practice": "Offer a choice first, then slow the pace.",
            },
        },
        {
            "type": "goal",
            "date": "2026-09-01",
            "title": "Lead a peer group",
            "share": "summary",
            "shared_summary": "Working towards leading a group",
            "fields": {
                "target_date": "2027-03-31",
                "status": "active",
                "competences": [area],
                "steps": "Co-facilitate three groups, then plan one of my own.",
                "progress": "One done so far.",
            },
        },
        {
            "type": "wellness_plan",
            "date": "2026-08-01",
            "title": "My Wellness Action Plan",
            "share": "full",
            "fields": {
                "keeps_me_well": "A walk at lunch, and time with friends at weekends.",
                "early_signs": "Skipping breaks, sleeping badly.",
                "triggers": "Back-to-back crisis calls.",
                "support_from_manager": "A check-in after hard days.",
                "if_unwell": "Call my sister; tell my manager I need a day.",
                "my_contacts": "My GP and the employee assistance line.",
                "review_date": "2027-02-01",
            },
        },
    ]


def _section_of(kind: RecordType) -> str:
    """The section of its own, or the Timeline, which lists every kind."""
    own = (key for key, _label, record_type, _icon in SECTIONS if record_type == kind)
    return next(own, "timeline")


def test_every_entry_fits_at_this_text_size(scale, qtbot, session):  # noqa: F811
    records = _one_of_each(session)
    windows = Windows(qtbot, scale)
    window = MainWindow(session)
    qtbot.addWidget(window, before_close_func=lambda _w: session.lock())
    window.show()
    windows.check("main window", window)
    page = window.records
    for kind, record in records.items():
        window.show_section(_section_of(kind))
        page.open_record(record)
        windows.check(f"reading a {kind.value}", window)
        page.edit_current()
        assert page.is_editing
        windows.check(f"editing a {kind.value}", window)
        for box in page.editor.findChildren(QCheckBox):
            if box.isVisible() and not box.isChecked():
                box.click()  # the prompts some boxes reveal
        windows.check(f"editing a {kind.value}, every box ticked", window)
        assert page.done_editing()

    report = [f"{name}: {problem}" for name, found in windows.problems.items() for problem in found]
    assert report == [], "\n".join(report)
    assert layout_problems(window, ROOM) == []
    # The editors put aside on each opening are deleted now, under the style they were
    # shown in. Left for later, a later test once crashed in CalmStyle's painting (seen
    # after test_editors, this test, then test_disclosure_setting). Since then theme.py
    # keeps its styles for the app's life (tests/gui/test_style_lifetime.py); the crash
    # was not reproduced, so this tidying stays.
    session.lock()
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
