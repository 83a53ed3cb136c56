"""Text that could not be saved is never dropped by moving on, locking or closing;
a second window after unlock works; work on a worker thread is never locked under."""

from __future__ import annotations

import threading
import time

from conftest import FAST_KDF, PASSPHRASE
from long_work import finish
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit

from journal_app.domain.records import RecordType
from journal_app.errors import StorageError
from journal_app.gui.main_window import MainWindow
from journal_app.gui.session import Session
from journal_app.gui.settings import AppSettings


def write_with_a_bad_tag(window: MainWindow, qtbot, text: str) -> None:
    window.new_record(RecordType.REFLECTION)
    qtbot.keyClicks(window.findChild(QPlainTextEdit, "field_description"), text)
    qtbot.keyClicks(window.findChild(QLineEdit, "field_tags"), "x" * 80)  # too long a tag
    assert window.records.save_now() is False


def test_moving_on_after_a_failed_save_keeps_the_editor(session, qtbot, monkeypatch, open_window):
    session.save(None, {"type": "checkin", "date": "2025-01-01", "fields": {"mood": 5}})
    window = open_window(session)
    write_with_a_bad_tag(window, qtbot, "Words I must not lose")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    window.records.open_record(session.journal.records()[0])  # click another record
    window.new_record(RecordType.CHECKIN)  # or Ctrl+N
    field = window.findChild(QPlainTextEdit, "field_description")
    assert field is not None and field.toPlainText() == "Words I must not lose"


def test_locking_after_a_failed_save_keeps_the_text_as_a_draft(session, qtbot, open_window):
    window = MainWindow(session)  # destroyed on lock, as the app does
    window.show()
    write_with_a_bad_tag(window, qtbot, "Written just before the lock")
    session.lock()
    window.deleteLater()
    qtbot.wait(10)
    assert b"Written just before" not in session.vault_path.read_bytes()
    finish(qtbot, session.unlock(PASSPHRASE))
    window2 = open_window(session)
    field = window2.findChild(QPlainTextEdit, "field_description")
    assert field is not None and field.toPlainText() == "Written just before the lock"


def test_closing_after_a_failed_save_asks_first(session, qtbot, monkeypatch, open_window):
    window = open_window(session)
    write_with_a_bad_tag(window, qtbot, "Do not close on me")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(True) or QMessageBox.StandardButton.No,
    )
    quit_signals = []
    window.quit_requested.connect(lambda: quit_signals.append(True))
    window.close()
    assert asked and not quit_signals and window.isVisible()


def test_saving_after_lock_and_unlock_with_a_new_window(session, qtbot, open_window):
    first = MainWindow(session)  # owned by the test, destroyed as the app destroys it
    first.show()
    session.lock()
    first.deleteLater()
    qtbot.wait(10)  # the old window is destroyed, as in the app
    finish(qtbot, session.unlock(PASSPHRASE))
    open_window(session)
    saved = session.save(None, {"type": "checkin", "date": "2025-01-01"})  # no RuntimeError
    assert [r.id for r in session.journal.records()] == [saved.id]


def test_a_lock_requested_during_long_work_waits_for_it(session, qtbot):
    started = threading.Event()

    def work():
        started.set()
        time.sleep(0.4)
        return len(session.journal)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, session.lock)  # the screen locks while the work runs
    assert finish(qtbot, session.run_long(None, "Working…", work)) == 0
    assert started.is_set()
    assert not session.is_unlocked  # locked as soon as the work was done


def test_a_failed_undo_keeps_the_record_for_another_try(session, qtbot, monkeypatch, open_window):
    window = open_window(session)
    record = session.save(None, {"type": "checkin", "date": "2025-01-01", "title": "Keep"})
    session.delete(record.id)
    real_put = session.journal.store.put

    def full(*_a, **_k):
        raise StorageError("the disk is full; nothing was changed")

    monkeypatch.setattr(session.journal.store, "put", full)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    window.undo_delete()  # fails, said plainly, no crash
    monkeypatch.setattr(session.journal.store, "put", real_put)
    assert session.can_undo_delete()
    window.undo_delete()
    assert session.journal.get(record.id).title == "Keep"


def test_text_that_cannot_be_saved_is_in_the_vault_before_any_lock(
    session, qtbot, tmp_path, open_window
):
    """As if the app were killed while the worker typed: the text that autosave could
    not save is already in the vault, encrypted, and the next unlock puts it back."""
    window = open_window(session)
    write_with_a_bad_tag(window, qtbot, "Typed just before the power went")

    # A second app on the same file, while the first never got to lock or close. A
    # killed process lets go of the journal's instance lock with it; here, by hand.
    session._instance_lock.release()
    settings = AppSettings(QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat))
    after_crash = Session(session.vault_path, settings, kdf=FAST_KDF)
    finish(qtbot, after_crash.unlock(PASSPHRASE))
    try:
        again = MainWindow(after_crash)  # puts a kept draft back as it opens
        qtbot.addWidget(again, before_close_func=lambda _w: after_crash.lock())
        again.show()
        field = again.findChild(QPlainTextEdit, "field_description")
        assert field.toPlainText() == "Typed just before the power went"
    finally:
        after_crash.lock()
    assert b"power went" not in session.vault_path.read_bytes()


def test_a_successful_save_drops_the_draft(session, qtbot, open_window):
    window = open_window(session)
    write_with_a_bad_tag(window, qtbot, "Soon put right")
    assert session.journal.draft() is not None
    tags = window.findChild(QLineEdit, "field_tags")
    tags.clear()
    qtbot.keyClicks(tags, "fine")
    assert window.records.save_now()
    assert session.journal.draft() is None


def test_autosaves_in_one_editing_session_keep_one_version(session, qtbot, open_window):
    record = session.save(
        None, {"type": "reflection", "date": "2025-01-01", "fields": {"description": "v1"}}
    )
    window = open_window(session)
    clock = [1000.0]
    versions = session.journal.editor_versions
    versions.clock = lambda: clock[0]
    window.records.open_record(session.journal.get(record.id))
    field = window.findChild(QPlainTextEdit, "field_description")

    def type_and_save(text: str) -> None:
        field.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(field, text)
        assert window.records.save_now()
        clock[0] += 30  # half a minute of typing between autosaves

    for text in (" a", " b", " c"):
        type_and_save(text)
    history = session.journal.history(record.id)
    assert [v.record.fields["description"] for v in history] == ["v1 a b c", "v1"]

    clock[0] += versions.every_s  # a long session: one more version
    type_and_save(" d")
    type_and_save(" e")
    history = session.journal.history(record.id)
    assert [v.record.fields["description"] for v in history] == ["v1 a b c d e", "v1 a b c", "v1"]

    window.records.open_record(session.journal.get(record.id))  # a new editing session
    field = window.findChild(QPlainTextEdit, "field_description")
    type_and_save(" f")
    assert len(session.journal.history(record.id)) == 4
    assert session.journal.verify() == []
