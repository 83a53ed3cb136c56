"""No journal text in the log on the app's paths that issue 18 added: the attachments
under an entry (add, open, save, remove, bring back, and the failures: too large,
unreadable, a damaged file), the worker's own templates (made, renamed, refused,
deleted, written to), the follow-through line (shown, hidden, turned off in
Preferences with an assistance line), the development record's export, and a crash
while an entry is open. Every title, body, file name, template name, heading and
prompt carries a marker; the log is written at every level (tests/log_leaks.py)."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from log_leaks import MARK, app_log, logged, marker, marks_in
from long_work import finish
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from journal_app.gui import crash
from journal_app.gui.dialogs.development_record import DevelopmentRecordDialog
from journal_app.gui.dialogs.own_templates import OwnTemplatesDialog
from journal_app.gui.dialogs.preferences import PreferencesDialog
from journal_app.gui.widgets import attachments_panel
from journal_app.services import attachments as attachments_module
from journal_app.services.changes import SaveSettings
from journal_app.services.follow_through import ASSISTANCE_LINE, FOLLOW_THROUGH

from .test_pack_dialog import Prompts

TODAY = date.today()
MARKED_ENTRY = {
    "type": "reflection",
    "date": (TODAY - timedelta(days=1)).isoformat(),
    "title": marker("entry-title"),
    "tags": [marker("entry-tag")],
    "share": "full",
    "fields": {"model": "free", "text": marker("entry-body"), "session_kind": "crisis"},
}


@pytest.fixture
def log_folder(tmp_path) -> Path:
    """Listed before `session` in a test, so the unlock is logged too."""
    folder = tmp_path / "logs"
    with app_log(folder):
        yield folder


def assert_no_marks(folder: Path, *, expected: str) -> None:
    text = logged(folder)
    assert expected in text, f"the log lacks {expected!r}: the test is blind"
    assert marks_in(text) == [], "journal text in the log"


def opened_entry(session, open_window, qtbot):
    record = session.save(None, MARKED_ENTRY)
    window = open_window(session)
    window.show_section("timeline")
    qtbot.waitExposed(window)
    window.records.open_record(session.reader.get(record.id))
    return window, record


def answer_files(monkeypatch, open_path: Path | None = None, save_path: Path | None = None):
    if open_path is not None:
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(open_path), ""))
        )
    if save_path is not None:
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(save_path), ""))
        )


def test_attachments_and_their_failures(
    log_folder, session, open_window, qtbot, tmp_path, monkeypatch
):
    window, record = opened_entry(session, open_window, qtbot)
    panel = window.records.entry.attachments
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: warned.append(text))
    )
    opened: list[QUrl] = []
    monkeypatch.setattr(
        attachments_panel.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url))
    )
    file = tmp_path / f"{marker('certificate')}.pdf"
    file.write_bytes(marker("file-bytes").encode() * 40)
    answer_files(monkeypatch, open_path=file, save_path=tmp_path / f"{marker('saved')}.pdf")
    panel.add_button.click()
    assert panel.list.count() == 1
    panel.open_button.click()
    assert len(opened) == 1
    panel.save_button.click()
    assert (tmp_path / f"{marker('saved')}.pdf").read_bytes() == file.read_bytes()
    panel.remove_button.click()
    panel.undo_button.click()
    assert panel.list.count() == 1 and warned == []

    huge = tmp_path / f"{marker('huge-scan')}.tiff"
    with open(huge, "wb") as fh:
        fh.truncate(attachments_module.MAX_BYTES + 1)
    answer_files(monkeypatch, open_path=huge)
    panel.add_button.click()
    unreadable = tmp_path / f"{marker('locked')}.pdf"
    unreadable.write_bytes(b"locked away")

    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    answer_files(monkeypatch, open_path=unreadable)
    with monkeypatch.context() as patched:
        patched.setattr(attachments_module, "open", refuse, raising=False)
        panel.add_button.click()
    assert len(warned) == 2 and panel.list.count() == 1  # both refused, named

    [attachment] = session.reader.attachments(record.id)
    with sqlite3.connect(session.vault_path) as conn:  # one flipped byte in the sealed file
        query = "SELECT data FROM attachments WHERE id = ?"
        blob = bytearray(conn.execute(query, (attachment.id,)).fetchone()[0])
        blob[len(blob) // 2] ^= 0x01
        conn.execute("UPDATE attachments SET data = ? WHERE id = ?", (bytes(blob), attachment.id))
    panel.list.setCurrentRow(0)
    panel.open_button.click()
    answer_files(monkeypatch, save_path=tmp_path / f"{marker('damaged-copy')}.pdf")
    panel.save_button.click()
    assert len(warned) == 4 and len(opened) == 1  # the damaged file neither opened nor saved
    assert_no_marks(log_folder, expected="AttachFile applied")


def test_own_templates_made_renamed_refused_deleted_and_written_to(
    log_folder, session, open_window, qtbot, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    window = open_window(session)
    dialog = OwnTemplatesDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    for name in (marker("debrief"), marker("spare")):
        dialog.start_new()
        dialog.name_edit.setText(name)
        dialog.headings.rows[0].heading.setText(marker("heading"))
        dialog.headings.rows[0].prompt.setText(marker("prompt"))
        assert dialog.save()
    dialog.start_new()
    dialog.name_edit.setText(marker("DEBRIEF"))  # taken: refused, naming the field
    dialog.headings.rows[0].heading.setText(marker("other-heading"))
    assert not dialog.save() and dialog.error.isVisible()
    dialog.reject()  # leaving what could not be saved (asked, and answered yes)
    dialog = OwnTemplatesDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: (marker("renamed"), True))
    dialog.rename_current()
    dialog.delete_current()
    assert [t.name for t in session.reader.own_templates()] == [marker("debrief")]
    dialog.reject()

    action = next(a for a in window.new_menu.actions() if a.text().startswith(marker("debrief")))
    action.trigger()
    window.records.editor.custom_sections._rows[0].text.setPlainText(marker("section-text"))
    window.records.editor.title_edit.setText(marker("written-title"))
    assert window.records.save_now()
    assert_no_marks(log_folder, expected="DeleteTemplate applied")


def test_the_follow_through_line_shown_hidden_and_turned_off(
    log_folder, session, open_window, qtbot
):
    session.save(
        None,
        {
            "type": "supervision",
            "date": (TODAY - timedelta(days=20)).isoformat(),
            "title": marker("supervision-title"),
            "fields": {"supervisor": marker("contact"), "supervisor_role": "alternative_contact"},
        },
    )
    session.save(
        None,
        {"type": "wellness_plan", "date": (TODAY - timedelta(days=30)).isoformat(),
         "title": marker("plan-title"), "fields": {"keeps_me_well": marker("walks")}},
    )  # fmt: skip
    window = open_window(session)
    dialog = PreferencesDialog(session.settings, session.reader.settings(), window)
    qtbot.addWidget(dialog)
    dialog.assistance_line.setText(marker("assistance-line"))
    values = dialog.personal_settings()
    session.apply(SaveSettings({ASSISTANCE_LINE: values[ASSISTANCE_LINE]}))
    for days_ago, mood in ((4, 3), (2, 2), (1, 3)):
        day = (TODAY - timedelta(days=days_ago)).isoformat()
        session.save(
            None, {"type": "checkin", "date": day, "fields": {"mood": mood, "note": marker("low")}}
        )
    line = window.today.follow_through
    assert line.isVisibleTo(window) and marker("assistance-line") in line.text.text()
    line.hide_button.click()
    assert not line.isVisibleTo(window)
    session.save(None, MARKED_ENTRY)  # a crisis session: the line comes back
    assert line.isVisibleTo(window)
    again = PreferencesDialog(session.settings, session.reader.settings(), window)
    qtbot.addWidget(again)
    again.follow_through.setChecked(False)
    session.apply(SaveSettings({FOLLOW_THROUGH: again.personal_settings()[FOLLOW_THROUGH]}))
    assert not line.isVisibleTo(window)
    assert_no_marks(log_folder, expected="SaveSettings applied")


def test_the_development_record_export(log_folder, session, qtbot, monkeypatch, tmp_path):
    session.save(None, {"type": "training", "date": TODAY.isoformat(), "title": marker("course"),
                        "share": "full", "fields": {"kind": "course", "hours": 6,
                                                    "learning": marker("learning")}})  # fmt: skip
    session.save(None, {"type": "goal", "date": TODAY.isoformat(), "title": marker("goal"),
                        "share": "full", "fields": {"status": "active",
                                                    "steps": marker("steps")}})  # fmt: skip
    out = tmp_path / f"{marker('record')}.md"
    Prompts(monkeypatch, save_as=str(out))
    dialog = DevelopmentRecordDialog(session, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.recipient.setText(marker("panel"))
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    assert finish(qtbot, dialog.export()) == out
    assert marker("learning") in out.read_text("utf-8")
    assert_no_marks(log_folder, expected="development record written")


def test_a_crash_while_a_marked_entry_is_open(log_folder, session, open_window, qtbot, monkeypatch):
    window, _record = opened_entry(session, open_window, qtbot)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    reporter = crash.install_exception_hook(lambda: log_folder / "psw-journal.log")
    try:
        current = window.records.current_record

        def slot_with_a_bug() -> None:  # an error whose message quotes the open entry
            raise ValueError(f"cannot lay out {current.title}: {current.fields['text']}")

        QTimer.singleShot(0, slot_with_a_bug)
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
        try:
            slot_with_a_bug()
        except ValueError as exc:  # and one handed to the hook as Python would
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        reporter.uninstall()
    for box in shown:
        words = box.windowTitle() + box.text() + box.informativeText() + box.detailedText()
        assert MARK not in words and "ValueError" in box.detailedText()
    assert_no_marks(log_folder, expected="ValueError")
