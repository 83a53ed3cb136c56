"""The supervision pack dialog and the share history, through the real widgets: what
the preview shows is what the consent rules allow, the check stops an export until
the worker says go on, and every export is listed afterwards."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from long_work import finish, finish_running
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from journal_app.domain.records import RecordType, Share
from journal_app.errors import StorageError
from journal_app.export.html import render_html
from journal_app.gui.date_text import date_text
from journal_app.gui.dialogs.pack import PackDialog, default_period
from journal_app.gui.dialogs.share_history import ShareHistoryDialog
from journal_app.gui.models.pack_entries import LEVEL_COLUMN
from journal_app.gui.pack_check import CHECK_HERE
from journal_app.gui.session import Session
from journal_app.gui.widgets.pack_preview import PackPreview
from journal_app.services import share_history as share_history_module
from journal_app.services.journal import DISPLAY_NAME, SUPERVISORS
from journal_app.services.share_history import share_history

from .test_accessibility import unnamed_focusable

TODAY = date(2025, 3, 31)
EMAIL = "jo.bloggs@example.org"


@pytest.fixture
def records(session):
    """One record per share level in the period, and one before it."""
    session.journal.save_settings({DISPLAY_NAME: "Sam Lee", SUPERVISORS: ["Alex Morgan"]})
    save = session.save
    return {
        "old": save(None, {"type": "reflection", "date": "2024-06-01", "title": "Long ago",
                           "share": "full", "fields": {"model": "free", "text": "OLD-BODY"}}),
        "private": save(None, {"type": "reflection", "date": "2025-01-10", "title": "Mine",
                               "fields": {"model": "free", "text": "PRIVATE-BODY"}}),
        "summary": save(None, {"type": "reflection", "date": "2025-01-12", "title": "Group",
                               "share": "summary", "shared_summary": "Learnt to pace endings.",
                               "fields": {"model": "free", "text": "SUMMARY-BODY"}}),
        "full": save(None, {"type": "reflection", "date": "2025-02-01", "title": "Shared",
                            "share": "full",
                            "fields": {"model": "free", "text": "FULL-BODY"}}),
    }  # fmt: skip


def open_dialog(session: Session, qtbot) -> PackDialog:
    dialog = PackDialog(session, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def preview_text(dialog: PackDialog) -> str:
    return dialog.preview.toPlainText()


def preview_lines(dialog: PackDialog) -> list[str]:
    return [line.strip() for line in preview_text(dialog).splitlines()]


def level_cells(dialog: PackDialog) -> list[tuple[str, str]]:
    model = dialog.entries
    return [
        (model.index(row, 2).data(), model.index(row, LEVEL_COLUMN).data())
        for row in range(model.rowCount())
    ]


def add_email_to_full(session: Session, records) -> None:
    session.save(records["full"].id, {"fields": {"model": "free", "text": f"FULL-BODY {EMAIL}"}})


class Prompts:
    """Stands in for every modal the export can show; `answer` is the button clicked
    in the findings prompt, `save_as` what the save dialog returns."""

    def __init__(self, monkeypatch, answer: str = "", save_as: str = "") -> None:
        self.answer, self.save_as = answer, save_as
        self.asked: list[tuple[str, str]] = []  # (text, default button)
        self.save_calls: list[tuple] = []
        self.info: list[str] = []
        self.warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: self.info.append(a[2]))
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: self.warnings.append(a[2]))

    def _exec(self, box: QMessageBox) -> int:
        if box.icon() == QMessageBox.Icon.Information:  # "written", OK to close
            self.info.append(box.text())
            return 0
        self.asked.append((box.text(), box.defaultButton().text()))
        next(b for b in box.buttons() if b.text() == self.answer).click()
        return 0

    def _save(self, *args, **_kwargs):
        self.save_calls.append(args)
        return self.save_as, ""


def test_every_export_format_is_offered():
    from journal_app.export.formats import FORMATS
    from journal_app.gui.dialogs.pack_export import FORMAT_CHOICES

    assert tuple(FORMAT_CHOICES) == FORMATS


def test_default_period_starts_after_the_last_supervision(session):
    note = session.save(None, {"type": "supervision", "date": "2025-02-14"})
    assert default_period([note], TODAY) == (date(2025, 2, 15), TODAY)
    old_note = session.save(None, {"type": "supervision", "date": "2024-08-01"})
    assert default_period([old_note], TODAY) == (date(2024, 12, 31), TODAY)  # 3 months
    assert default_period([], TODAY) == (date(2024, 12, 31), TODAY)


def test_lists_the_periods_records_with_their_own_levels(session, records, qtbot):
    dialog = open_dialog(session, qtbot)
    assert dialog.windowTitle() == "Supervision pack"
    assert dialog.date_from.date() == QDate(2024, 12, 31)
    assert dialog.date_to.date() == QDate(2025, 3, 31)
    assert dialog.recipient.currentText() == "Alex Morgan"
    assert level_cells(dialog) == [("Mine", "Private"), ("Group", "Summary"), ("Shared", "Full")]


def test_preview_shows_full_text_and_never_private_text(session, records, qtbot):
    text = preview_text(open_dialog(session, qtbot))
    assert "FULL-BODY" in text
    assert "Learnt to pace endings." in text
    assert "SUMMARY-BODY" not in text
    assert "PRIVATE-BODY" not in text and "Mine" not in text
    assert "OLD-BODY" not in text
    assert "Confidential: shared by Sam Lee" in text


def test_making_a_row_private_removes_it_from_this_pack_only(session, records, qtbot):
    dialog = open_dialog(session, qtbot)
    row = dialog.entries.rowCount() - 1  # "Shared", in full
    dialog.table.setCurrentIndex(dialog.entries.index(row, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    assert level_cells(dialog)[row] == ("Shared", "Private")
    qtbot.waitUntil(lambda: "FULL-BODY" not in preview_text(dialog), timeout=3000)
    assert dialog.pack.options.shares == {records["full"].id: Share.PRIVATE}
    assert session.journal.get(records["full"].id).share is Share.FULL  # the entry unchanged

    # The drop-down in the cell (F2) brings it back.
    dialog.table.setCurrentIndex(dialog.entries.index(row, LEVEL_COLUMN))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = dialog.table.indexWidget(dialog.entries.index(row, LEVEL_COLUMN))
    assert isinstance(editor, QComboBox) and editor.accessibleName() == "In this pack"
    editor.hidePopup()
    editor.setCurrentIndex(editor.findText("Full"))
    editor.activated.emit(editor.currentIndex())
    qtbot.waitUntil(lambda: "FULL-BODY" in preview_text(dialog), timeout=3000)
    assert dialog.pack.options.shares == {}


def test_the_wellbeing_tick_adds_the_chart(session, records, qtbot):
    session.save(None, {"type": "checkin", "date": "2025-03-01", "fields": {"mood": 6}})
    dialog = open_dialog(session, qtbot)
    assert "Wellbeing" not in preview_lines(dialog)
    dialog.wellbeing.click()
    qtbot.waitUntil(lambda: "Wellbeing" in preview_lines(dialog), timeout=3000)
    # The check-in is private: the chart leaves it out and the dialog says how to add it.
    assert "mood averaged" not in preview_text(dialog)
    hint = dialog.findChild(QLabel, "checkin_hint")
    button = dialog.findChild(QPushButton, "chart_checkins")
    assert hint.isVisible() and "1 check-in(s)" in hint.text() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "mood averaged 6.0" in preview_text(dialog), timeout=3000)
    assert not hint.isVisible()
    checkin = next(r for r in session.journal.records() if r.type is RecordType.CHECKIN)
    assert checkin.share is Share.PRIVATE  # only this pack changed
    assert dialog.pack.levels[checkin.id] == "summary"


def test_findings_are_listed_with_a_count(session, records, qtbot):
    dialog = open_dialog(session, qtbot)
    assert dialog.findings == []
    assert dialog.findings_list.empty.isVisibleTo(dialog)
    assert dialog.findings_list.empty.text() == "No identifying details found."
    dialog.close()

    add_email_to_full(session, records)
    dialog = open_dialog(session, qtbot)
    tree = dialog.findings_list.tree
    found = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert found == [EMAIL]
    assert tree.topLevelItem(0).text(0) == "Email address"
    assert tree.topLevelItem(0).text(3) == "[email address]"
    assert dialog.findings_list.heading.text() == "1 possible identifying detail"
    assert not dialog.findings_list.empty.isVisibleTo(dialog)


def test_go_back_and_edit_writes_nothing(session, records, qtbot, monkeypatch, tmp_path):
    add_email_to_full(session, records)
    out = tmp_path / "out.html"
    prompts = Prompts(monkeypatch, answer="&Go back and edit", save_as=str(out))
    dialog = open_dialog(session, qtbot)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == [("1 possible identifying detail", "&Go back and edit")]
    assert prompts.save_calls == []
    assert not out.exists()
    assert share_history(session.journal) == []
    assert dialog.isVisible()


def test_export_anyway_writes_the_file_and_records_the_share(
    session, records, qtbot, monkeypatch, tmp_path
):
    add_email_to_full(session, records)
    prompts = Prompts(monkeypatch, answer="Export &anyway", save_as=str(tmp_path / "for-alex"))
    dialog = open_dialog(session, qtbot)
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    finish_running(qtbot)  # the pack is written on a worker

    assert len(prompts.asked) == 1 and prompts.warnings == []
    (_parent, _title, suggested, file_filter) = prompts.save_calls[0]
    assert Path(suggested).name == "supervision-pack-2024-12-31-to-2025-03-31.html"
    assert "*.html" in file_filter
    written = tmp_path / "for-alex.html"  # the format's suffix added
    page = written.read_text("utf-8")
    assert "FULL-BODY" in page and "PRIVATE-BODY" not in page
    [entry] = share_history(session.journal)
    assert entry.recipient == "Alex Morgan"
    assert entry.format == "html"
    assert entry.file_name == "for-alex.html"
    assert set(entry.record_ids) == {records["summary"].id, records["full"].id}
    assert prompts.info and not dialog.isVisible()

    history = ShareHistoryDialog(session)
    qtbot.addWidget(history)
    table = history.table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[1:] == ["Alex Morgan", "31 Dec 2024 to 31 Mar 2025", "HTML", "2", "for-alex.html"]
    contents = history.contents.model()
    titles = [contents.index(r, 2).data() for r in range(contents.rowCount())]
    assert titles == ["Group", "Shared"]
    session.delete(records["summary"].id)
    assert [line[2] for line in history.contents_of(entry)] == ["Shared", "(deleted)"]


def test_share_history_says_when_nothing_was_shared(session, qtbot):
    history = ShareHistoryDialog(session)
    qtbot.addWidget(history)
    history.show()
    assert history.empty.isVisible()
    assert "Nothing shared yet" in history.empty.text()
    assert not history.table.isVisible()


def test_a_failed_export_says_why_and_records_nothing(
    session, records, qtbot, monkeypatch, tmp_path
):
    prompts = Prompts(monkeypatch, save_as=str(tmp_path / "pack.md"))

    def full_disk(*_args):
        raise StorageError("could not write pack.md: the disk is full; nothing was changed")

    # The dialog exports through Session.apply_long(ExportPack), which calls this.
    monkeypatch.setattr(share_history_module, "export_pack", full_disk)
    dialog = open_dialog(session, qtbot)
    assert finish(qtbot, dialog.export()) is None
    assert prompts.asked == []  # no findings: no question
    assert "the disk is full" in prompts.warnings[0]
    assert share_history(session.journal) == []
    assert dialog.isVisible()


def test_a_reversed_period_names_the_field_and_disables_export(session, records, qtbot):
    dialog = open_dialog(session, qtbot)
    assert dialog.export_button.isEnabled()
    dialog.date_to.setDate(QDate(2024, 12, 1))
    assert not dialog.export_button.isEnabled()
    assert dialog.period_error.isVisible()
    assert '"To"' in dialog.period_error.text()
    assert dialog.export() is None
    dialog.date_to.setDate(QDate(2025, 3, 31))
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=3000)
    assert not dialog.period_error.isVisible()


def test_locking_closes_the_dialog_and_drops_the_preview(session, records, qtbot):
    dialog = open_dialog(session, qtbot)
    assert "FULL-BODY" in preview_text(dialog)
    session.lock()
    assert not dialog.isVisible()
    assert preview_text(dialog) == ""
    assert dialog.entries.rowCount() == 0 and dialog.pack is None


def test_every_focusable_control_in_the_pack_dialog_is_named(session, records, qtbot):
    add_email_to_full(session, records)
    dialog = open_dialog(session, qtbot)
    index = dialog.entries.index(0, LEVEL_COLUMN)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)  # the level's drop-down too
    editor = dialog.table.indexWidget(index)
    assert editor is not None
    editor.hidePopup()
    assert unnamed_focusable(dialog) == []


def test_the_file_menu_opens_the_pack_and_the_share_history(
    session, qtbot, monkeypatch, open_window
):
    window = open_window(session)
    actions = {a.text(): a for a in window.findChildren(QAction)}
    pack_action = actions["Supervision &pack…"]
    assert pack_action.shortcut().toString() == "Ctrl+Shift+E"
    assert ("Supervision pack", "Ctrl+Shift+E") in window.shortcut_list
    keys = [keys for _name, keys in window.shortcut_list if keys]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"

    opened = []
    monkeypatch.setattr(PackDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(ShareHistoryDialog, "exec", lambda self: opened.append(self) or 0)
    pack_action.trigger()
    actions["Share &history…"].trigger()
    assert [type(d) for d in opened] == [PackDialog, ShareHistoryDialog]


def test_a_pdf_is_written_off_the_ui_thread(session, records, qtbot, monkeypatch, tmp_path):
    out = tmp_path / "pack.pdf"
    prompts = Prompts(monkeypatch, save_as=str(out))
    dialog = open_dialog(session, qtbot)
    assert dialog.format.currentData() == "pdf"  # the first choice
    assert finish(qtbot, dialog.export()) == out
    assert prompts.warnings == []
    assert out.read_bytes().startswith(b"%PDF")
    assert [e.format for e in share_history(session.journal)] == ["pdf"]


def test_edit_this_entry_opens_it_and_the_pack_keeps_its_choices(
    session, records, qtbot, monkeypatch, open_window
):
    add_email_to_full(session, records)
    window = open_window(session)
    seen = []

    def choose_and_edit(dialog: PackDialog) -> int:
        seen.append(dialog)
        dialog.today = TODAY
        dialog.date_from.setDate(QDate(2025, 1, 1))
        dialog.date_to.setDate(QDate(2025, 3, 31))
        dialog.rebuild()
        if len(seen) == 1:
            dialog.entries.set_level(dialog.entries.rowCount() - 2, Share.FULL)  # "Group"
            dialog.rebuild()
            tree = dialog.findings_list.tree
            assert not dialog.edit_entry.isEnabled()
            tree.setCurrentItem(tree.topLevelItem(0))
            assert dialog.edit_entry.isEnabled()
            qtbot.mouseClick(dialog.edit_entry, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PackDialog, "exec", choose_and_edit)
    window.show_pack()
    # The main window shows the entry the email is in, ready to edit.
    assert window.records.current_record.id == records["full"].id
    assert EMAIL in window.findChild(QPlainTextEdit, "field_text").toPlainText()
    # Opened again, the pack remembers the level chosen for this pack.
    window.show_pack()
    assert seen[1].entries.shares() == {records["summary"].id: Share.FULL}
    assert "SUMMARY-BODY" in preview_text(seen[1])


def test_the_dialog_lists_the_packs_actions_to_leave_out_or_tick_in(session, qtbot):
    save = session.save
    save(
        None,
        {
            "type": "supervision",
            "date": "2024-12-10",
            "share": "summary",
            "fields": {"actions": [{"text": "Find an alternative contact", "due": "2025-01-15"}]},
        },
    )
    save(None, {"type": "supervision", "date": "2025-02-10",
                "fields": {"actions": [{"text": "MY-PRIVATE-ACTION"}]}})  # fmt: skip
    dialog = open_dialog(session, qtbot)
    actions = dialog.actions_list
    rows = [actions.model().index(i) for i in range(actions.count())]
    assert [r.data() for r in rows] == [
        f"Overdue: Find an alternative contact (agreed {date_text(date(2024, 12, 10))})",
        f"Open: MY-PRIVATE-ACTION (agreed {date_text(date(2025, 2, 10))}, a private note)",
    ]
    checks = [r.data(Qt.ItemDataRole.CheckStateRole) for r in rows]
    assert checks == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    assert "Find an alternative contact" in preview_text(dialog)  # carried forward
    assert "MY-PRIVATE-ACTION" not in preview_text(dialog)

    # A click on a row's box, as the list's delegate makes it.
    model = actions.model()
    model.setData(rows[0], Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    model.setData(rows[1], Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.rebuild()
    assert "Find an alternative contact" not in preview_text(dialog)
    assert "MY-PRIVATE-ACTION" in preview_text(dialog)
    state = dialog.state()
    again = PackDialog(session, today=TODAY, state=state)
    qtbot.addWidget(again)
    assert "MY-PRIVATE-ACTION" in preview_text(again)  # the choices come back with it


def test_the_layout_is_a_choice_with_compact_first(session, records, qtbot):
    dialog = open_dialog(session, qtbot)
    layout = dialog.findChild(QComboBox, "pack_layout")
    assert layout.currentData() == "compact" and dialog.pack.options.layout == "compact"
    layout.setCurrentIndex(layout.findData("complete"))
    dialog.rebuild()
    assert dialog.pack.options.layout == "complete"


def test_a_long_preview_comes_in_parts_and_shows_the_latest_choices(session, records, qtbot):
    """A pack too long to show at once: the first part is shown with the dialog and
    the rest follows; a change of choices meanwhile starts again, and the preview ends
    with exactly the latest pack's text, every row once."""
    actions = [{"text": f"ACTION-{n:03d} call the team back"} for n in range(300)]
    session.save(None, {"type": "supervision", "date": "2025-01-20", "share": "summary",
                        "fields": {"actions": actions}})  # fmt: skip
    dialog = open_dialog(session, qtbot)
    preview = dialog.preview

    def shown() -> int:
        return preview_text(dialog).count("ACTION-")

    def in_pack() -> int:
        return sum(text.count("ACTION-") for _where, text in dialog.pack.document.texts())

    assert not preview.complete and 0 < shown() < in_pack()  # the first part only
    qtbot.waitUntil(lambda: preview.complete, timeout=10_000)
    assert shown() == in_pack() and "FULL-BODY" in preview_text(dialog)

    full = dialog.entries.rowCount() - 1  # "Shared", in full
    dialog.entries.set_level(full, Share.PRIVATE)
    dialog.rebuild()
    assert not preview.complete
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("complete"))
    dialog.rebuild()  # a second change before the first preview is in
    qtbot.waitUntil(lambda: preview.complete, timeout=10_000)
    assert dialog.pack.options.layout == "complete"
    assert shown() == in_pack() and "FULL-BODY" not in preview_text(dialog)
    # Line for line the page the export writes, shown whole.
    whole = PackPreview()
    qtbot.addWidget(whole)
    whole.show_page(render_html(dialog.pack.document))
    lines = [line.strip() for line in whole.toPlainText().splitlines()]
    assert [x for x in preview_lines(dialog) if x] == [x for x in lines if x]


def test_a_large_pack_is_checked_after_the_dialog_shows_and_before_it_is_exported(
    session, records, qtbot, monkeypatch, tmp_path
):
    """More texts than CHECK_HERE: the identifying details check runs on a worker and
    its findings follow the dialog; an export before the answer checks first."""
    actions = [{"text": f"ACTION-{n:03d} call the team back"} for n in range(CHECK_HERE // 4)]
    actions[100]["text"] = f"Write to {EMAIL} about the rota"
    session.save(None, {"type": "supervision", "date": "2025-01-20", "share": "summary",
                        "fields": {"actions": actions}})  # fmt: skip
    dialog = open_dialog(session, qtbot)
    assert len(list(dialog.pack.document.texts())) > CHECK_HERE
    assert dialog.preview_panel.checking and dialog.findings == []
    assert dialog.findings_list.empty.text() == "Checking the pack for identifying details…"
    qtbot.waitUntil(lambda: not dialog.preview_panel.checking, timeout=10_000)
    assert {f.text for f in dialog.findings} == {EMAIL}

    prompts = Prompts(monkeypatch, answer="&Go back and edit", save_as=str(tmp_path / "p.md"))
    dialog.entries.set_level(dialog.entries.rowCount() - 1, Share.PRIVATE)
    dialog.rebuild()
    assert dialog.preview_panel.checking
    assert dialog.export() is None  # checked now, then asked
    [(question, _default)] = prompts.asked
    assert "possible identifying detail" in question
    assert not dialog.preview_panel.checking and {f.text for f in dialog.findings} == {EMAIL}
    assert prompts.save_calls == []
