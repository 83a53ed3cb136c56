"""File > Export development record, through the real dialog: the period and format,
a line saying what it will hold, the identifiable check that asks before writing,
the file written with only what was shared, and the share history that lists it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from long_work import finish
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction

from journal_app.gui.dialogs import development_record as dialog_module
from journal_app.gui.dialogs.development_record import DevelopmentRecordDialog
from journal_app.gui.dialogs.share_history import ShareHistoryDialog
from journal_app.services.journal import DISPLAY_NAME
from journal_app.services.share_history import DEVELOPMENT_RECORD, share_history

from .test_accessibility import unnamed_focusable
from .test_pack_dialog import Prompts

TODAY = date(2026, 11, 16)
PHONE = "07700 900123"


@pytest.fixture
def entries(session):
    session.journal.save_settings({DISPLAY_NAME: "Sam Lee"})
    save = session.save
    return {
        "course": save(None, {"type": "training", "date": "2026-03-02", "title": "Listening day",
                              "share": "full",
                              "fields": {"kind": "course", "hours": 6, "provider": "Mind",
                                         "learning": "FULL-LEARNING"}}),
        "private": save(None, {"type": "training", "date": "2026-04-02", "title": "PRIVATE-COURSE",
                               "fields": {"hours": 30, "learning": "PRIVATE-LEARNING"}}),
        "goal": save(None, {"type": "goal", "date": "2026-05-01", "title": "Lead a group",
                            "share": "summary",
                            "fields": {"status": "active", "steps": "GOAL-STEPS"}}),
        "old": save(None, {"type": "training", "date": "2025-01-02", "title": "OLD-COURSE",
                           "share": "full", "fields": {"hours": 2}}),
    }  # fmt: skip


def open_dialog(session, qtbot) -> DevelopmentRecordDialog:
    dialog = DevelopmentRecordDialog(session, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_last_twelve_months_by_default_and_what_it_will_hold(session, entries, qtbot):
    dialog = open_dialog(session, qtbot)
    assert dialog.date_from.date() == QDate(2025, 11, 17)
    assert dialog.date_to.date() == QDate(2026, 11, 16)
    assert dialog.contents.text() == "It will hold 1 training entry and 1 development goal."
    assert dialog.findings_heading.text() == "No identifying details found."
    assert dialog.export_button.isEnabled()
    assert "not encrypted" in dialog.findChild(type(dialog.contents), "not_encrypted_note").text()
    # Any range: back to the start of 2025 takes in the older course too.
    dialog.date_from.setDate(QDate(2025, 1, 1))
    assert dialog.contents.text() == "It will hold 2 training entries and 1 development goal."


def test_a_reversed_period_names_the_field_and_disables_export(session, entries, qtbot):
    dialog = open_dialog(session, qtbot)
    dialog.date_to.setDate(QDate(2025, 1, 1))
    assert not dialog.export_button.isEnabled()
    assert dialog.period_error.isVisible() and '"To"' in dialog.period_error.text()
    assert dialog.export() is None


def test_findings_ask_first_and_going_back_writes_nothing(
    session, entries, qtbot, monkeypatch, tmp_path
):
    session.save(entries["course"].id, {"fields": {"kind": "course", "hours": 6,
                                                   "provider": f"Call {PHONE}"}})  # fmt: skip
    out = tmp_path / "record.md"
    prompts = Prompts(monkeypatch, answer="&Go back and edit", save_as=str(out))
    dialog = open_dialog(session, qtbot)
    assert dialog.findings_heading.text() == "1 possible identifying detail:"
    assert PHONE in dialog.findings_list.item(0).text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == [("1 possible identifying detail", "&Go back and edit")]
    assert prompts.save_calls == [] and not out.exists()
    assert share_history(session.journal) == [] and dialog.isVisible()


def test_export_writes_only_what_was_shared_and_the_history_lists_it(
    session, entries, qtbot, monkeypatch, tmp_path
):
    prompts = Prompts(monkeypatch, save_as=str(tmp_path / "for-appraisal"))
    dialog = open_dialog(session, qtbot)
    dialog.recipient.setText("Appraisal panel")
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    written = finish(qtbot, dialog.export())
    assert written == tmp_path / "for-appraisal.md"  # the format's suffix added
    (_parent, _title, suggested, file_filter) = prompts.save_calls[0]
    assert Path(suggested).name == "development-record-2025-11-17-to-2026-11-16.md"
    assert "*.md" in file_filter
    text = written.read_text("utf-8")
    assert "Development record" in text and "FULL-LEARNING" in text and "Lead a group" in text
    for hidden in ("PRIVATE-COURSE", "PRIVATE-LEARNING", "GOAL-STEPS", "OLD-COURSE"):
        assert hidden not in text
    [entry] = share_history(session.journal)
    assert entry.document == DEVELOPMENT_RECORD and entry.recipient == "Appraisal panel"
    assert set(entry.record_ids) == {entries["course"].id, entries["goal"].id}
    assert prompts.info and not dialog.isVisible()
    history = ShareHistoryDialog(session)
    qtbot.addWidget(history)
    cells = [history.table.item(0, c).text() for c in range(history.table.columnCount())]
    assert cells[1:4] == ["Appraisal panel", "17 Nov 2025 to 16 Nov 2026",
                          "Markdown, development record"]  # fmt: skip


def test_a_pdf_is_written(session, entries, qtbot, monkeypatch, tmp_path):
    out = tmp_path / "record.pdf"
    prompts = Prompts(monkeypatch, save_as=str(out))
    dialog = open_dialog(session, qtbot)
    assert dialog.format.currentData() == "pdf"  # the first choice
    assert finish(qtbot, dialog.export()) == out
    assert prompts.warnings == [] and out.read_bytes().startswith(b"%PDF")


def test_locking_closes_the_dialog_and_drops_its_text(session, entries, qtbot):
    session.save(entries["course"].id, {"fields": {"provider": f"Call {PHONE}"}})
    dialog = open_dialog(session, qtbot)
    assert dialog.findings_list.count() == 1
    session.lock()
    assert not dialog.isVisible()
    assert dialog.record is None and dialog.findings_list.count() == 0
    assert dialog.contents.text() == ""


def test_every_focusable_control_is_named(session, entries, qtbot):
    dialog = open_dialog(session, qtbot)
    assert unnamed_focusable(dialog) == []


def test_the_file_menu_opens_it(session, qtbot, monkeypatch, open_window):
    window = open_window(session)
    actions = {a.text(): a for a in window.findChildren(QAction)}
    opened = []
    monkeypatch.setattr(DevelopmentRecordDialog, "exec", lambda self: opened.append(self) or 0)
    actions["Export &development record…"].trigger()
    assert [type(d) for d in opened] == [DevelopmentRecordDialog]


def test_typing_who_it_is_for_rebuilds_once_and_a_change_is_seen(
    session, entries, qtbot, monkeypatch
):
    """The record is built again when the typing stops, not at each key (at 100,000
    entries each build took a third of a second); a change to the journal while the
    dialog is open is read again."""
    dialog = open_dialog(session, qtbot)
    built = []
    build = dialog_module.build_development_record

    def counted(records, vocabulary, options):
        built.append(options.recipient)
        return build(records, vocabulary, options)

    monkeypatch.setattr(dialog_module, "build_development_record", counted)
    qtbot.keyClicks(dialog.recipient, "Panel")
    assert built == []
    qtbot.waitUntil(lambda: built == ["Panel"], timeout=3000)
    assert dialog.record.options.recipient == "Panel"

    session.save(None, {"type": "goal", "date": "2026-06-01", "title": "Run a group",
                        "share": "summary", "fields": {"status": "active"}})  # fmt: skip
    qtbot.waitUntil(
        lambda: dialog.contents.text() == "It will hold 1 training entry and 2 development goals.",
        timeout=3000,
    )
