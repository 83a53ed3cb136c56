"""The main journeys through the real main window: write, find, lock, unlock."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE
from long_work import finish, finish_running
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QPushButton

from journal_app.domain.records import RecordType
from journal_app.gui.editors.supervision import SupervisionEditor
from journal_app.gui.main_window import MainWindow

TEXT = "Walked with DM to the allotment and we talked about hope"


def type_reflection(window: MainWindow, qtbot, text: str) -> None:
    window.new_record(RecordType.REFLECTION)
    field = window.findChild(QPlainTextEdit, "field_description")
    assert field is not None and field.isVisible()
    qtbot.keyClicks(field, text)


def test_write_find_lock_unlock_still_there(session, qtbot, open_window):
    window = open_window(session)
    type_reflection(window, qtbot, TEXT)
    qtbot.waitUntil(lambda: window.status.text() == "Saved", timeout=5000)  # autosave
    assert TEXT not in window.windowTitle()

    qtbot.keyClicks(window.records.search, "allot")
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 1, timeout=3000)
    window.records.search.clear()

    session.lock()
    assert window.records.model.rowCount() == 0
    assert window.records.editor is None
    assert window.findChild(QPlainTextEdit, "field_description") is None

    finish(qtbot, session.unlock(PASSPHRASE))
    window2 = open_window(session)
    qtbot.keyClicks(window2.records.search, "hope allotment")
    qtbot.waitUntil(lambda: window2.records.model.rowCount() == 1, timeout=3000)
    record = window2.records.model.record_at(0)
    assert record.fields["description"] == TEXT


def test_text_typed_just_before_lock_is_saved(session, qtbot, open_window):
    window = open_window(session)
    type_reflection(window, qtbot, "Unsaved thought about boundaries")
    session.lock()  # before the autosave timer fires
    finish(qtbot, session.unlock(PASSPHRASE))
    texts = [r.fields.get("description") for r in session.journal.records()]
    assert texts == ["Unsaved thought about boundaries"]


def test_delete_asks_and_can_be_undone(session, qtbot, monkeypatch, open_window):
    window = open_window(session)
    type_reflection(window, qtbot, TEXT)
    assert window.records.save_now()
    record = window.records.current_record
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.delete_current()
    assert len(session.journal) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_current()
    assert len(session.journal) == 0
    assert window.undo_button.isVisible()
    window.undo_delete()
    assert session.journal.get(record.id).fields["description"] == TEXT


def test_a_save_error_keeps_the_text_and_says_why(session, qtbot, monkeypatch, open_window):
    from journal_app.errors import StorageError

    window = open_window(session)
    type_reflection(window, qtbot, TEXT)

    def full(*_a, **_k):
        raise StorageError("the disk is full; nothing was changed")

    monkeypatch.setattr(session.journal.store, "put", full)
    assert window.records.save_now() is False
    assert "disk is full" in window.records.error.text()
    field = window.findChild(QPlainTextEdit, "field_description")
    assert field.toPlainText() == TEXT


def test_sections_filter_the_list(session, qtbot, open_window):
    session.save(None, {"type": "checkin", "date": "2025-01-02", "fields": {"mood": 4}})
    session.save(None, {"type": "reflection", "date": "2025-01-03", "title": "Group"})
    window = open_window(session)
    assert window.records.model.rowCount() == 2
    window.show_section("checkins")
    assert window.records.model.rowCount() == 1
    assert window.records.model.record_at(0).type is RecordType.CHECKIN
    window.show_section("actions")
    assert window.pages.currentWidget() is window.actions_board
    window.show_section("insights")
    assert window.pages.currentWidget() is window.insights


def test_emptying_a_field_removes_it_when_saved(session, qtbot, open_window):
    window = open_window(session)
    type_reflection(window, qtbot, TEXT)
    assert window.records.save_now()
    record_id = window.records.current_record.id
    field = window.findChild(QPlainTextEdit, "field_description")
    field.clear()
    qtbot.keyClicks(window.findChild(QPlainTextEdit, "field_feelings"), "Calmer")
    assert window.records.save_now()
    saved = session.journal.get(record_id)
    assert "description" not in saved.fields
    assert saved.fields["feelings"] == "Calmer"


def test_import_and_backup_from_the_file_menu(session, qtbot, tmp_path, monkeypatch, open_window):
    import json

    from PySide6.QtWidgets import QFileDialog

    from journal_app.gui import file_actions
    from journal_app.services.journal import Journal

    source = tmp_path / "jrnl.json"
    source.write_text(
        json.dumps({"entries": [{"date": "2024-05-01", "title": "Old", "body": "From jrnl"}]}),
        "utf-8",
    )
    jrnl_label = file_actions._tr(file_actions.IMPORT_FORMATS[0][1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), jrnl_label))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = open_window(session)
    finish(qtbot, window._import_file())
    assert [r.title for r in session.journal.records()] == ["Old"]
    assert window.records.model.rowCount() == 1

    out = tmp_path / "b.pswbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    finish(qtbot, window._backup())
    copy = Journal.open(out, PASSPHRASE)
    assert [r.title for r in copy.records()] == ["Old"]
    copy.lock()


def test_a_cancelled_import_stores_nothing(session, qtbot, tmp_path, monkeypatch, open_window):
    import json

    from PySide6.QtWidgets import QFileDialog, QProgressDialog

    from journal_app.gui import file_actions

    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps({"entries": [{"date": "2024-05-01", "body": "x"}]}), "utf-8")
    label = file_actions._tr(file_actions.IMPORT_FORMATS[0][1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), label))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    original_init = QProgressDialog.__init__

    def cancel_at_once(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.canceled.emit)  # as if Cancel were pressed

    monkeypatch.setattr(QProgressDialog, "__init__", cancel_at_once)
    import journal_app.services.importers as importers

    real_parse = importers.parse_import

    def slow_parse(*args):
        import time

        time.sleep(0.3)  # the worker is still reading when Cancel is pressed
        return real_parse(*args)

    monkeypatch.setattr(importers, "parse_import", slow_parse)
    window = open_window(session)
    assert finish(qtbot, file_actions.import_file(window, session)) == 0
    assert len(session.journal) == 0


def test_a_new_supervision_note_starts_with_the_marked_records(session, qtbot, open_window):
    session.save(
        None,
        {
            "type": "reflection",
            "date": "2025-01-05",
            "title": "Ending with R",
            "for_supervision": True,
            "share": "full",
        },
    )
    session.save(
        None,
        {
            "type": "reflection",
            "date": "2025-01-07",
            "title": "My own crisis plan",
            "for_supervision": True,  # private: raised in person, never by its title
        },
    )
    session.save(None, {"type": "reflection", "date": "2025-01-06", "title": "Not for supervision"})
    window = open_window(session)
    window.new_record(RecordType.SUPERVISION)
    agenda = window.findChild(QPlainTextEdit, "field_agenda")
    assert "Ending with R" in agenda.toPlainText()
    assert "Not for supervision" not in agenda.toPlainText()
    assert "crisis plan" not in agenda.toPlainText()
    assert "7 January 2025: a private reflection" in agenda.toPlainText()


def test_a_status_changed_on_the_board_is_not_undone_by_the_open_editor(
    session, qtbot, open_window
):
    note = session.save(
        None,
        {
            "type": "supervision",
            "date": "2025-01-10",
            "fields": {"actions": [{"text": "Book training", "status": "open"}]},
        },
    )
    window = open_window(session)
    window.records.open_record(session.journal.get(note.id))
    window.show_section("actions")
    window._save_action_status(note.id, 0, "done")
    window.show_section("timeline")
    qtbot.keyClicks(window.findChild(QPlainTextEdit, "field_discussed"), "Training plans")
    assert window.records.save_now()
    saved = session.journal.get(note.id)
    assert saved.fields["actions"][0]["status"] == "done"
    assert saved.fields["discussed"] == "Training plans"


def test_a_back_dated_supervision_note_gets_the_agenda_for_its_own_date(
    session, qtbot, open_window
):
    """A note written up days later, dated back to the session, lists what was marked
    before that session, not what was marked since."""
    for day, title in [("2025-01-05", "Before the session"), ("2025-01-20", "After it")]:
        session.save(
            None,
            {
                "type": "reflection",
                "date": day,
                "title": title,
                "for_supervision": True,
                "share": "summary",
            },
        )
    window = open_window(session)
    window.new_record(RecordType.SUPERVISION)
    agenda = window.findChild(QPlainTextEdit, "field_agenda")
    assert "Before the session" in agenda.toPlainText()
    assert "After it" in agenda.toPlainText()
    editor = window.findChild(SupervisionEditor)
    editor.date_edit.setDate(QDate(2025, 1, 10))
    assert "Before the session" in agenda.toPlainText()
    assert "After it" not in agenda.toPlainText()
    # Once the worker has written in the agenda, a date change never rewrites it.
    agenda.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(agenda, " And endings.")
    editor.date_edit.setDate(QDate(2025, 1, 25))
    assert agenda.toPlainText().endswith(" And endings.")
    assert "After it" not in agenda.toPlainText()
    fill = window.findChild(QPushButton, "fill_agenda")
    assert fill.isVisibleTo(editor)
    qtbot.mouseClick(fill, Qt.MouseButton.LeftButton)
    assert "After it" in agenda.toPlainText()
    assert agenda.toPlainText().count("Before the session") == 1
    assert window.records.save_now()
    saved = [r for r in session.journal.records() if r.type is RecordType.SUPERVISION]
    assert saved[0].fields["agenda"] == agenda.toPlainText()


def test_restore_in_place_keeps_the_old_journal_and_unlocks_the_backup(
    session, qtbot, tmp_path, monkeypatch, open_window
):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from journal_app.gui import file_actions
    from journal_app.services.journal import Journal

    session.save(None, {"type": "checkin", "date": "2025-01-01", "title": "In the backup"})
    out = tmp_path / "b.pswbackup"
    session.journal.backup(out)
    session.save(None, {"type": "checkin", "date": "2025-01-02", "title": "Only in the journal"})
    window = open_window(session)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSPHRASE, True))
    monkeypatch.setattr(file_actions, "_ask_where_to_restore", lambda *a: "replace")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    locked = []
    session.locked.connect(lambda: locked.append(True))

    finish(qtbot, window._restore())

    assert locked and not session.is_unlocked
    assert "2 entries" not in told[0] and "1 entries" in told[0]
    finish(qtbot, session.unlock(PASSPHRASE))
    assert [r.title for r in session.journal.records()] == ["In the backup"]
    kept = list(tmp_path.glob("v.before-restore-*.pswvault"))
    assert len(kept) == 1
    old = Journal.open(kept[0], PASSPHRASE)
    assert {r.title for r in old.records()} == {"In the backup", "Only in the journal"}
    old.lock()


def test_restore_to_a_separate_file_leaves_the_journal_open(
    session, qtbot, tmp_path, monkeypatch, open_window
):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from journal_app.gui import file_actions
    from journal_app.services.journal import Journal

    session.save(None, {"type": "checkin", "date": "2025-01-01", "title": "In the backup"})
    out = tmp_path / "b.pswbackup"
    session.journal.backup(out)
    target = tmp_path / "elsewhere" / "copy.pswvault"
    window = open_window(session)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSPHRASE, True))
    monkeypatch.setattr(file_actions, "_ask_where_to_restore", lambda *a: "separate")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)

    finish(qtbot, window._restore())

    assert session.is_unlocked
    copy = Journal.open(target, PASSPHRASE)
    assert [r.title for r in copy.records()] == ["In the backup"]
    copy.lock()


def test_the_editor_notes_an_entry_that_may_identify_someone(session, qtbot, open_window):
    from PySide6.QtWidgets import QLabel

    from journal_app.services.journal import DISPLAY_NAME

    session.journal.save_settings({DISPLAY_NAME: "Sam Lee"})
    window = open_window(session)
    hint = window.findChild(QLabel, "identity_hint")
    type_reflection(window, qtbot, "Sam Lee met John Smith; his number is 07700 900123.")
    assert window.records.save_now()
    assert hint.isVisible()
    assert "John Smith" in hint.text() and "07700 900123" in hint.text()
    assert "Sam Lee" not in hint.text()  # the worker's own name is allowed
    window.new_record(RecordType.CHECKIN)
    assert not hint.isVisible()
    saved = next(r for r in session.journal.records() if r.type is RecordType.REFLECTION)
    window.records.open_record(saved)
    assert hint.isVisible()
    session.lock()
    assert hint.text() == ""


def test_unlock_says_plainly_when_entries_failed_their_check(
    session, qtbot, monkeypatch, open_window
):
    import sqlite3

    kept = session.save(None, {"type": "checkin", "date": "2025-01-01", "title": "Fine"})
    hurt = session.save(None, {"type": "checkin", "date": "2025-01-02", "title": "Hurt"})
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window = open_window(session)
    window.report_integrity()
    assert shown == []  # a healthy journal: no message

    session.lock()
    with sqlite3.connect(session.vault_path) as conn:
        row = conn.execute("SELECT blob FROM records WHERE id=?", (hurt.id,)).fetchone()
        blob = bytearray(row[0])
        blob[-1] ^= 0x01
        conn.execute("UPDATE records SET blob=? WHERE id=?", (bytes(blob), hurt.id))
    finish(qtbot, session.unlock(PASSPHRASE))
    window = open_window(session)
    window.report_integrity()
    [box] = shown
    assert "1 entry(ies) could not be read" in box.text()
    assert hurt.id in box.detailedText() and kept.id not in box.detailedText()
    assert "Hurt" not in box.text() + box.detailedText()  # ids only, no journal text
    assert [r.id for r in session.journal.records()] == [kept.id]
    assert "Bring back" not in " ".join(b.text() for b in box.buttons())  # no older version


def test_a_damaged_entry_with_an_earlier_version_is_offered_back(
    session, qtbot, monkeypatch, open_window
):
    import sqlite3

    hurt = session.save(None, {"type": "checkin", "date": "2025-01-02", "title": "Good"})
    session.save(hurt.id, {"title": "Newer, then damaged"})
    session.lock()
    with sqlite3.connect(session.vault_path) as conn:
        (raw,) = conn.execute("SELECT blob FROM records WHERE id=?", (hurt.id,)).fetchone()
        blob = bytearray(raw)
        blob[-1] ^= 0x01
        conn.execute("UPDATE records SET blob=? WHERE id=?", (bytes(blob), hurt.id))
    finish(qtbot, session.unlock(PASSPHRASE))

    def click_bring_back(box: QMessageBox) -> int:
        [button] = [b for b in box.buttons() if b.text() == "Bring back their last good versions"]
        assert box.defaultButton() is button
        assert "1 of them have earlier versions" in box.informativeText()
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_bring_back)
    window = open_window(session)
    window.report_integrity()
    finish_running(qtbot)  # the entries are brought back on a worker
    assert session.journal.damaged == []
    assert session.journal.get(hurt.id).title == "Good"
    assert window.records.model.row_of(hurt.id) >= 0  # listed again
    assert "1 entry(ies) brought back" in window.status.text()
    assert session.journal.verify() == []


def test_export_everything_warns_first_and_writes_plain_files(
    session, qtbot, tmp_path, monkeypatch, open_window
):
    import json

    from PySide6.QtWidgets import QFileDialog

    session.save(None, {"type": "checkin", "date": "2025-01-01", "title": "Everything"})
    window = open_window(session)
    out = tmp_path / "plain"
    warned = []

    def choose_json(box):
        json_button = next((b for b in box.buttons() if "JSON" in b.text()), None)
        if json_button is None:  # the message after the export
            return 0
        warned.append(box.text())
        json_button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_json)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    finish(qtbot, window._export_all())
    assert "not be encrypted" in warned[0]
    document = json.loads((out / "psw-journal.json").read_text("utf-8"))
    assert [r["title"] for r in document["records"]] == ["Everything"]

    # Cancelled at the warning: nothing is asked or written.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *a, **k: pytest.fail("asked for a folder")
    )
    assert window._export_all() is None  # no work started


def test_the_trash_dialog_restores_and_empties(session, qtbot, monkeypatch, open_window):
    from PySide6.QtWidgets import QListWidget

    from journal_app.gui.dialogs.trash import TrashDialog

    kept = session.save(None, {"type": "checkin", "date": "2025-01-01", "title": "Back again"})
    gone = session.save(None, {"type": "checkin", "date": "2025-01-02", "title": "For good"})
    window = open_window(session)
    session.delete(kept.id)
    session.delete(gone.id)
    assert session.journal.records() == []
    dialog = TrashDialog(session, window)
    qtbot.addWidget(dialog)
    entries = dialog.findChild(QListWidget, "trash_list")
    assert entries.count() == 2 and "30 days left" in entries.item(0).text()
    row = next(i for i in range(2) if "Back again" in entries.item(i).text())
    entries.setCurrentRow(row)
    dialog.restore_selected()
    assert [r.title for r in session.journal.records()] == ["Back again"]
    asked = []

    def question(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    finish(qtbot, dialog.purge_all())
    assert "Backups made before now still hold them" in asked[0]
    assert session.journal.trash() == [] and entries.count() == 0
    assert dialog.empty.isVisibleTo(dialog)


def test_the_supervision_section_shows_the_log_with_its_regularity(session, qtbot, open_window):
    from datetime import date, timedelta

    from PySide6.QtWidgets import QLabel

    today = date.today()
    for weeks_ago, functions, share in ((13, ["restorative"], "summary"), (9, [], "private")):
        day = today - timedelta(weeks=weeks_ago)
        session.save(
            None,
            {"type": "supervision", "date": day.isoformat(), "share": share,
             "fields": {"functions": functions}},
        )  # fmt: skip
    window = open_window(session)
    log = window.findChild(QLabel, "supervision_log")
    assert not log.isVisibleTo(window)  # only in the Supervision section
    window.show_section("supervision")
    assert log.isVisibleTo(window)
    text = log.text()
    # The worker's own view counts the private note too (a pack never does).
    assert "2 supervision sessions in the last 12 months" in text
    assert "about every 4 weeks" in text and "restorative in 1 of 2" in text
    assert "next not booked" in text
    assert "Please note: No next supervision is booked." in text
    assert "more than the 6 weeks" in text  # nine weeks since the last
    window.show_section("reflections")
    assert not log.isVisibleTo(window)
