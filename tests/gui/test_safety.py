"""Safety in use and friendliness: clipboard clearing, content-free crash reports,
preferences (never-lock needs a yes; names stay out of Qt settings), auto-lock,
lock on suspend, the shortcuts dialog and the theme."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from long_work import finish
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from journal_app.gui import clipboard as clipboard_module
from journal_app.gui import crash
from journal_app.gui.clipboard import ClipboardGuard
from journal_app.gui.dialogs.preferences import PreferencesDialog
from journal_app.gui.dialogs.shortcuts import ShortcutsDialog
from journal_app.gui.session import Session
from journal_app.gui.settings import AppSettings
from journal_app.gui.system_lock import SystemLockWatcher, logind_session_path
from journal_app.gui.theme import apply_theme, is_dark
from journal_app.logsetup import configure_logging
from journal_app.services.journal import Journal

CANARY = "CANARY-my client Jo told me about her sister"


@pytest.fixture
def clip(qapp):
    board = QApplication.clipboard()
    board.clear()
    yield board
    board.clear()


# --- clipboard ---------------------------------------------------------------------------


def test_copied_text_is_cleared_after_the_timeout_if_unchanged(qtbot, clip):
    guard = ClipboardGuard(timeout_ms=100)
    clip.setText("what I noticed in today's session")
    guard.copied("what I noticed in today's session")
    assert guard.is_pending
    qtbot.waitUntil(lambda: clip.text() == "", timeout=2000)
    assert not guard.is_pending


def test_text_copied_elsewhere_meanwhile_is_left_alone(qtbot, clip, monkeypatch):
    monkeypatch.setattr(clipboard_module, "_app_is_active", lambda: False)
    guard = ClipboardGuard(timeout_ms=100)
    clip.setText("journal text")
    guard.copied("journal text")
    clip.setText("a bus timetable copied in the browser")
    qtbot.wait(300)
    guard.on_lock()
    assert clip.text() == "a bus timetable copied in the browser"


def test_a_copy_while_the_app_is_active_is_guarded_without_being_told(qtbot, clip, monkeypatch):
    monkeypatch.setattr(clipboard_module, "_app_is_active", lambda: True)
    guard = ClipboardGuard(timeout_ms=100)
    clip.setText("selected and copied with Ctrl+C")
    assert guard.is_pending
    qtbot.waitUntil(lambda: clip.text() == "", timeout=2000)


def test_copied_text_is_cleared_when_the_session_locks(qtbot, clip, settings, tmp_path):
    session = _unlocked_session(qtbot, tmp_path, settings)
    guard = ClipboardGuard()  # the default 30 s: only the lock can clear it in time
    assert guard.timeout_ms == 30_000
    session.locking.connect(guard.on_lock)
    guard.copy_text("a line from a reflection")
    assert clip.text() == "a line from a reflection"
    session.lock()
    assert clip.text() == ""
    assert not guard.is_pending


# --- crash reports -----------------------------------------------------------------------


def _raise_with_canary() -> None:
    def deep() -> None:
        raise ValueError(CANARY)

    try:
        deep()
    except ValueError as inner:
        raise RuntimeError(f"while saving {CANARY}") from inner


def _caught() -> BaseException:
    try:
        _raise_with_canary()
    except RuntimeError as exc:
        return exc
    raise AssertionError("no exception")


@pytest.fixture
def log_file(tmp_path: Path):
    root = logging.getLogger("journal_app")
    saved = (list(root.handlers), root.level, root.propagate)
    path = configure_logging(tmp_path / "logs")
    assert path is not None
    yield path
    for handler in root.handlers:
        handler.close()
    root.handlers[:], root.level, root.propagate = saved


@pytest.fixture
def shown_dialogs(monkeypatch):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def test_the_report_holds_versions_and_frames_but_no_message(qapp):
    report = crash.build_report(_caught())
    assert CANARY not in report
    assert "CANARY" not in report
    for expected in ("PSW Journal", "Python", "Qt", "Platform", "ValueError", "RuntimeError"):
        assert expected in report
    assert "deep" in report and "_raise_with_canary" in report  # where, not what


def test_an_uncaught_error_is_logged_and_shown_without_its_message(qtbot, log_file, shown_dialogs):
    reporter = crash.install_exception_hook(lambda: log_file)
    try:
        exc = _caught()
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        reporter.uninstall()
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "ValueError" in text
    assert "CANARY" not in text
    (box,) = shown_dialogs
    assert "Something went wrong" in box.text()
    assert "CANARY" not in box.text() + box.informativeText() + box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Copy report")
    copy.click()
    assert "RuntimeError" in QApplication.clipboard().text()
    assert "CANARY" not in QApplication.clipboard().text()
    QApplication.clipboard().clear()


def test_an_error_on_a_worker_thread_reaches_the_log_and_the_dialog(qtbot, log_file, shown_dialogs):
    reporter = crash.install_exception_hook(lambda: log_file)
    try:
        worker = threading.Thread(target=_raise_with_canary)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown_dialogs) == 1, timeout=2000)
    finally:
        reporter.uninstall()
    assert "CANARY" not in log_file.read_text(encoding="utf-8")
    assert "CANARY" not in shown_dialogs[0].detailedText()


def test_the_hook_never_raises_even_when_the_dialog_fails(qapp, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise OSError("no display")

    monkeypatch.setattr(crash, "show_crash_dialog", broken)
    reporter = crash.install_exception_hook(lambda: 1 / 0)  # a getter that fails too
    try:
        exc = _caught()
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        reporter.uninstall()
    err = capsys.readouterr().err
    assert "something went wrong (RuntimeError)" in err
    assert "CANARY" not in err


# --- preferences ---------------------------------------------------------------------------


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(title)
        return button

    monkeypatch.setattr(QMessageBox, "warning", answer)
    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_never_lock_needs_confirmation(qtbot, settings, monkeypatch):
    dialog = PreferencesDialog(settings, {})
    qtbot.addWidget(dialog)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.never_lock.click()
    assert asked, "turning auto-lock off must warn first"
    assert not dialog.never_lock.isChecked() and dialog.auto_lock_minutes() == 5

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.never_lock.click()
    assert dialog.never_lock.isChecked() and not dialog.lock_minutes.isEnabled()
    dialog.apply(settings)
    assert settings.auto_lock_minutes == 0
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    again = PreferencesDialog(settings, {})  # reopened: shows "never" without asking
    qtbot.addWidget(again)
    assert again.never_lock.isChecked() and asked == []


def test_preferences_apply_to_qt_settings_but_names_stay_out(
    qtbot, settings, settings_ini, monkeypatch
):
    personal = {"display_name": "Sam Worker", "supervisors": ["Alex Manager"], "other": 1}
    dialog = PreferencesDialog(settings, personal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.lock_minutes.setValue(15)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setCurrentIndex(dialog.font_size.findData(14))
    dialog.display_name.setText("Samira Worker")
    qtbot.keyClicks(dialog.supervisor_entry, "Jo Peer-Supervisor")
    qtbot.keyClick(dialog.supervisor_entry, Qt.Key.Key_Return)  # adds; does not close
    assert dialog.isVisible()
    dialog.apply(settings)

    reread = AppSettings(QSettings(str(settings_ini), QSettings.Format.IniFormat))
    assert (reread.auto_lock_minutes, reread.theme, reread.font_size) == (15, "dark", 14)
    stored = settings_ini.read_text(encoding="utf-8")
    for name in ("Sam", "Samira", "Alex", "Jo Peer"):
        assert name not in stored
    assert dialog.personal_settings() == {
        "display_name": "Samira Worker",
        "supervisors": ["Alex Manager", "Jo Peer-Supervisor"],
        "other": 1,  # keys the dialog does not edit survive
    }


def test_supervisors_by_keyboard_and_every_control_named(qtbot, settings):
    dialog = PreferencesDialog(settings, {"supervisors": ["Alex Manager", "Jo Peer"]})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.supervisors.setCurrentRow(0)
    qtbot.keyClick(dialog.supervisors, Qt.Key.Key_Delete)
    assert dialog.personal_settings()["supervisors"] == ["Jo Peer"]
    assert dialog.supervisors.item(0).flags() & Qt.ItemFlag.ItemIsEditable  # F2 corrects
    dialog.supervisors.item(0).setText("  Jo   Peer-Smith ")
    assert dialog.personal_settings()["supervisors"] == ["Jo Peer-Smith"]
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.objectName().startswith("qt_")  # parts inside Qt's own widgets
        and w.window() is dialog  # not the combo boxes' pop-up lists
    ]
    assert len(controls) >= 10
    assert [w for w in controls if not w.accessibleName()] == []


# --- auto-lock and lock on suspend ---------------------------------------------------------


def _unlocked_session(qtbot, tmp_path: Path, settings: AppSettings) -> Session:
    path = tmp_path / "v.pswvault"
    Journal.create(path, PASSPHRASE, FAST_KDF)[0].lock()
    session = Session(path, settings, kdf=FAST_KDF)
    finish(qtbot, session.unlock(PASSPHRASE))
    assert session.is_unlocked
    return session


def test_auto_lock_fires_after_idle_time(qtbot, tmp_path, settings):
    session = _unlocked_session(qtbot, tmp_path, settings)
    session.set_idle_timeout_ms(200)
    with qtbot.waitSignal(session.locked, timeout=3000):
        pass
    assert not session.is_unlocked


def test_activity_postpones_auto_lock(qtbot, tmp_path, settings):
    session = _unlocked_session(qtbot, tmp_path, settings)
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    session.set_idle_timeout_ms(400)
    for _ in range(8):  # 8 x 150 ms = 1.2 s of typing, far past the 400 ms timeout
        qtbot.keyClick(editor, Qt.Key.Key_A)
        qtbot.wait(150)
        assert session.is_unlocked
    with qtbot.waitSignal(session.locked, timeout=3000):
        pass


def test_suspend_asks_to_lock(qtbot, tmp_path, settings):
    session = _unlocked_session(qtbot, tmp_path, settings)
    watcher = SystemLockWatcher(use_dbus=False)
    watcher.should_lock.connect(session.lock)
    with qtbot.assertNotEmitted(watcher.should_lock):
        watcher.on_application_state_changed(Qt.ApplicationState.ApplicationInactive)
    with qtbot.waitSignal(session.locked, timeout=1000):
        watcher.on_application_state_changed(Qt.ApplicationState.ApplicationSuspended)


def test_without_a_bus_the_watcher_stays_quiet(qtbot, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    watcher = SystemLockWatcher()  # CI has no buses: must not raise
    with qtbot.assertNotEmitted(watcher.should_lock, wait=50):
        pass


def test_logind_session_paths_are_escaped_like_systemd():
    assert logind_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert logind_session_path("c12") == "/org/freedesktop/login1/session/c12"
    assert logind_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")
def test_sleep_and_screen_lock_signals_on_dbus(qtbot):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = daemon.stdout.readline().strip()
        ours = QDBusConnection.connectToBus(address, "psw-test-watcher")
        system = QDBusConnection.connectToBus(address, "psw-test-login1")
        assert ours.isConnected() and system.registerService("org.freedesktop.login1")
        watcher = SystemLockWatcher(system_bus=ours, session_bus=ours)
        assert "org.freedesktop.login1.Manager.PrepareForSleep" in watcher.listening

        def send(path: str, interface: str, name: str, value: bool) -> None:
            message = QDBusMessage.createSignal(path, interface, name)
            message.setArguments([value])
            assert system.send(message)

        with qtbot.waitSignal(watcher.should_lock, timeout=3000):
            send(
                "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True
            )
        with qtbot.waitSignal(watcher.should_lock, timeout=3000):
            send("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
        with qtbot.assertNotEmitted(watcher.should_lock, wait=300):
            send("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False)
    finally:
        QDBusConnection.disconnectFromBus("psw-test-watcher")
        QDBusConnection.disconnectFromBus("psw-test-login1")
        daemon.terminate()
        daemon.wait(5)


# --- shortcuts and theme -------------------------------------------------------------------

SHORTCUTS = [("New entry", "Ctrl+N"), ("Find", "Ctrl+F"), ("Lock now", "Ctrl+L"), ("Help", "F1")]


def test_shortcuts_dialog_lists_and_filters(qtbot):
    dialog = ShortcutsDialog(SHORTCUTS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.visible_actions() == ["New entry", "Find", "Lock now", "Help"]
    qtbot.keyClicks(dialog.search, "lock")
    assert dialog.visible_actions() == ["Lock now"]
    dialog.search.setText("ctrl+f")
    assert dialog.visible_actions() == ["Find"]
    dialog.search.setText("f1")
    assert dialog.visible_actions() == ["Help"]
    dialog.search.setText("nothing like this")
    assert dialog.visible_actions() == [] and dialog.empty.isVisible()
    dialog.search.clear()
    assert len(dialog.visible_actions()) == 4 and not dialog.empty.isVisible()
    assert dialog.search.accessibleName() and dialog.table.accessibleName()


def test_theme_dark_light_and_back_to_the_system(qapp):
    original = (qapp.palette().color(QPalette.ColorRole.Window), qapp.font().pointSize())
    try:
        apply_theme(qapp, "dark", 15)
        assert is_dark(qapp.palette()) and qapp.font().pointSize() == 15
        apply_theme(qapp, "light", 0)
        assert not is_dark(qapp.palette())
    finally:
        apply_theme(qapp, "system", 0)
    assert (qapp.palette().color(QPalette.ColorRole.Window), qapp.font().pointSize()) == original


def test_locking_writes_an_automatic_backup_once_a_day(tmp_path, settings, qtbot):
    from journal_app.gui.session import Session
    from journal_app.services.auto_backup import automatic_backups
    from journal_app.services.journal import Journal

    folder = tmp_path / "my backups"
    dialog = PreferencesDialog(settings, {})
    qtbot.addWidget(dialog)
    assert dialog.auto_backup.isChecked()  # on by default
    dialog.backup_folder.setText(str(folder))
    dialog.apply(settings)
    assert settings.backup_folder == folder

    session = Session(tmp_path / "v.pswvault", settings, kdf=FAST_KDF)
    finish(qtbot, session.create(PASSPHRASE))
    session.save(None, {"type": "checkin", "date": "2025-01-01", "title": "Kept safe"})
    session.lock()
    [(_when, backup)] = automatic_backups(folder)
    copy = Journal.open(backup, PASSPHRASE)
    assert [r.title for r in copy.records()] == ["Kept safe"]
    copy.lock()
    finish(qtbot, session.unlock(PASSPHRASE))
    session.lock()
    assert len(automatic_backups(folder)) == 1  # once a day

    dialog.auto_backup.setChecked(False)
    assert not dialog.backup_folder.isEnabled()
    dialog.apply(settings)
    assert not settings.auto_backup
