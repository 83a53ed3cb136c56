"""The app's journey between windows: unlock -> main window -> lock -> unlock again."""

from __future__ import annotations

from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from journal_app.gui.app import AppController
from journal_app.services.journal import Journal


def answer_unlock(passphrase: str, seen: list) -> None:
    """Type into the modal unlock dialog once it is up, then press Unlock."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        seen.append(dialog.windowTitle())
        dialog.findChild(QLineEdit, "passphraseEdit").setText(passphrase)
        dialog.findChild(QPushButton, "unlockButton").click()

    QTimer.singleShot(0, attempt)


def test_unlock_lock_and_unlock_again(first_run_session, settings, qtbot, monkeypatch):
    session = first_run_session
    journal, _ = Journal.create(session.vault_path, PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2025-01-01", "title": "Still here"})
    journal.lock()
    controller = AppController(session, settings)
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)
    seen: list[str] = []

    answer_unlock(PASSPHRASE, seen)
    controller.start()
    assert session.is_unlocked
    window = controller.window
    assert window is not None and window.isVisible()
    # The list fills once the records are decoded (on a worker after the unlock).
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 1, timeout=5000)
    assert all("Still here" not in title for title in [*seen, window.windowTitle()])

    answer_unlock(PASSPHRASE, seen)
    session.lock()  # Ctrl+L: the window goes, the unlock dialog comes back
    assert controller.window is None
    qtbot.waitUntil(lambda: session.is_unlocked, timeout=5000)
    assert controller.window is not None
    assert len(seen) == 2
    controller.quit()  # File > Quit: locks without asking for the passphrase again
    assert not session.is_unlocked and controller.window is None


def test_locking_closes_open_dialogs(first_run_session, settings, qtbot, monkeypatch):
    from journal_app.gui.dialogs.preferences import PreferencesDialog

    session = first_run_session
    Journal.create(session.vault_path, PASSPHRASE, FAST_KDF)[0].lock()
    controller = AppController(session, settings)
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)
    answer_unlock(PASSPHRASE, [])
    controller.start()
    dialog = PreferencesDialog(settings, {"display_name": "Sam"}, controller.window)
    dialog.open()
    assert dialog.isVisible()
    controller.quit()
    assert not dialog.isVisible()
