"""The worker's main journeys with the keyboard only: create a journal (the first-run
wizard), write an entry, find it, lock, unlock and export a supervision pack. Every
step is a key pressed where the focus is now, in the window that has the keyboard;
the test only reads the app's state to check where it is.

The app runs as it does for the worker (AppController), so its windows are modal:
while one is open the test waits inside it, and what to press there is queued before
(`Steps`): each step waits on a timer until its window is up."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from journal_app.gui import workers
from journal_app.gui.app import AppController
from journal_app.gui.dialogs.create_vault import CreateVaultDialog
from journal_app.gui.dialogs.pack import PackDialog
from journal_app.gui.dialogs.unlock import UnlockDialog
from journal_app.services.journal import Journal

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def keyboard_owner(fallback: QWidget | None = None) -> QWidget:
    """The window the keyboard is in: a modal dialog first, else the active window."""
    top = QApplication.activeModalWidget() or QApplication.activeWindow() or fallback
    assert top is not None, "no window has the keyboard"
    return top


def focused(fallback: QWidget | None = None) -> QWidget:
    top = keyboard_owner(fallback)
    return top.focusWidget() or top


def press(key: Key, modifier=Qt.KeyboardModifier.NoModifier, window=None) -> None:
    QTest.keyClick(focused(window), key, modifier)


def type_text(text: str, window=None) -> None:
    QTest.keyClicks(focused(window), text)


def tab_until(found: Callable[[QWidget], bool], window=None, presses: int = 60) -> QWidget:
    """Press Tab until the focused control is the one wanted; fail if it never comes."""
    for _ in range(presses):
        widget = focused(window)
        if found(widget):
            return widget
        press(Key.Key_Tab, window=window)
    raise AssertionError("Tab never reached the control")


def modal(kind: type) -> Callable[[], QWidget | None]:
    def ready() -> QWidget | None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible() and workers.running() == 0:
            return widget
        return None

    return ready


class Steps:
    """Keys to press in modal windows, each once its window is up (see the module's
    note). A step that fails, or a window that never comes, closes every dialog so the
    test ends instead of waiting for ever; `check()` raises what went wrong."""

    def __init__(self, timeout_ms: int = 60_000) -> None:
        self.queue: deque[tuple[str, Callable[[], object], Callable[[object], None]]] = deque()
        self.done: list[str] = []
        self.failure: BaseException | None = None
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.watchdog = QTimer(singleShot=True, interval=timeout_ms)
        self.watchdog.timeout.connect(lambda: self._give_up(TimeoutError(self.waiting())))
        self.watchdog.start()

    def then(self, name: str, ready: Callable[[], object], act: Callable[[object], None]):
        self.queue.append((name, ready, act))
        return self

    def waiting(self) -> str:
        return f"still waiting for: {self.queue[0][0]}" if self.queue else "nothing"

    def _tick(self) -> None:
        if not self.queue or self.failure is not None:
            return
        name, ready, act = self.queue[0]
        widget = ready()
        if widget is None:
            return
        if isinstance(widget, QWidget) and QApplication.activeWindow() is not widget:
            # A desktop's window manager gives a new window the keyboard; the offscreen
            # platform has none, so the test does what it would, then waits a tick.
            widget.activateWindow()
            return
        self.queue.popleft()
        try:
            act(widget)
        except BaseException as exc:  # handed to the test by check()
            self._give_up(exc)
            return
        self.done.append(name)

    def _give_up(self, exc: BaseException) -> None:
        self.failure = self.failure or exc
        self.queue.clear()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def check(self) -> None:
        self.timer.stop()
        self.watchdog.stop()
        if self.failure is not None:
            raise self.failure
        assert not self.queue, self.waiting()


@pytest.fixture
def controller(first_run_session, settings, monkeypatch):
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)
    app = AppController(first_run_session, settings)
    yield app
    if app.window is not None:
        app.quit()


# --- the windows' steps -------------------------------------------------------------------


def create_journal(steps: Steps, passphrase: str) -> None:
    """First run: the passphrase twice, Enter; then the recovery key's last group, Enter."""

    def choose_passphrase(dialog: CreateVaultDialog) -> None:
        assert focused().objectName() == "newPassphraseEdit"
        type_text(passphrase)
        press(Key.Key_Tab)
        assert focused().objectName() == "confirmPassphraseEdit"
        type_text(passphrase)
        press(Key.Key_Return)

    def keep_recovery_key(dialog: CreateVaultDialog) -> None:
        key = dialog.recovery_key_shown()  # read, as the worker reads it off the screen
        tab_until(lambda w: w.objectName() == "lastGroupEdit")
        type_text(key[-5:])
        press(Key.Key_Return)

    def key_page(dialog=None):
        dialog = modal(CreateVaultDialog)()
        return dialog if dialog is not None and dialog.recovery_key_shown() else None

    steps.then("the first-run wizard", modal(CreateVaultDialog), choose_passphrase)
    steps.then("the recovery key page", key_page, keep_recovery_key)


def unlock(steps: Steps, passphrase: str) -> None:
    def type_passphrase(dialog: UnlockDialog) -> None:
        assert focused().objectName() == "passphraseEdit"
        type_text(passphrase)
        press(Key.Key_Return)

    steps.then("the unlock window", modal(UnlockDialog), type_passphrase)


def export_pack(steps: Steps, out: Path) -> None:
    """Alt+O and End (Format: Markdown), Alt+X (Export…), the file's name and Enter;
    Enter again to close the message."""

    def export(dialog: PackDialog) -> None:
        assert dialog.table.model().rowCount() >= 1
        press(Key.Key_O, ALT)
        assert focused() is dialog.format
        press(Key.Key_End)
        assert dialog.format.currentData() == "md"
        press(Key.Key_X, ALT)

    def name_file(dialog: QFileDialog) -> None:
        assert isinstance(focused(), QLineEdit)
        press(Key.Key_A, CTRL)
        type_text(str(out))
        press(Key.Key_Return)

    def close_message(box: QMessageBox) -> None:
        assert out.name in box.text()
        press(Key.Key_Return)

    steps.then("the supervision pack", modal(PackDialog), export)
    steps.then("where to write the pack", modal(QFileDialog), name_file)
    steps.then("the pack written", modal(QMessageBox), close_message)


# --- the journeys -------------------------------------------------------------------------


def test_create_a_journal_with_the_keyboard_only(controller, qtbot):
    steps = Steps()
    create_journal(steps, PASSPHRASE)
    controller.start()  # the wizard is modal: the steps above run inside it
    steps.check()
    assert controller.session.is_unlocked
    assert controller.window is not None and controller.window.isVisible()


def test_write_find_lock_unlock_and_export_a_pack(controller, qtbot, tmp_path):
    session = controller.session
    Journal.create(session.vault_path, PASSPHRASE, FAST_KDF)[0].lock()
    steps = Steps()
    unlock(steps, PASSPHRASE)
    controller.start()
    steps.check()
    window = controller.window
    assert window is not None

    # Write: Ctrl+N makes a reflection, and the cursor waits in its title.
    press(Key.Key_N, CTRL, window)
    title = focused(window)
    assert title is window.records.editor.title_edit
    type_text("Allotment walk", window)
    share_full = window.records.editor.share_radios
    tab_until(lambda w: isinstance(w, QRadioButton), window)
    press(Key.Key_Down, window=window)  # private -> summary
    press(Key.Key_Down, window=window)  # summary -> full
    assert [r.objectName() for r in share_full.values() if r.isChecked()] == ["field_share_full"]
    tab_until(lambda w: isinstance(w, QPlainTextEdit), window)
    type_text("We walked to the allotment and talked about hope.", window)
    press(Key.Key_S, CTRL, window)
    assert [r.title for r in session.reader.records()] == ["Allotment walk"]

    # Find: Ctrl+F, a word, and the list holds the entry.
    press(Key.Key_F, CTRL, window)
    assert focused(window) is window.records.search
    type_text("allotment", window)
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 1)

    # Lock (Ctrl+L) and unlock with the passphrase: the entry is still there.
    unlock(steps := Steps(), PASSPHRASE)
    press(Key.Key_L, CTRL, window)
    qtbot.waitUntil(lambda: session.is_unlocked and controller.window is not None, timeout=30_000)
    steps.check()
    window = controller.window
    assert [r.title for r in session.reader.records()] == ["Allotment walk"]

    # Export the supervision pack: Ctrl+Shift+E, Alt+X, a file name, Enter.
    out = tmp_path / "pack.md"
    export_pack(steps := Steps(), out)
    window.activateWindow()  # the window manager's part, as in Steps
    press(Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier, window)
    steps.check()
    assert "Allotment walk" in out.read_text(encoding="utf-8")
