"""Every window the worker can meet, one scene at a time, for the accessibility tests.

A scene opens one top-level window (the first-run wizard, the unlock window, the main
window on one of its sections or with an editor open, or a dialog the menus open) with
a small test journal behind it, and returns it shown. The same list drives the AT-SPI
walk (tests/gui/a11y_app.py, run under Xvfb) and the Tab-order test (in process), so a
window added here is checked by both.

Scenes are found by what they are, never by position: the side bar's sections are
walked by row whatever they are called, and an editor is opened for every record type.
Setting the stage may call the app's methods directly; the keyboard journeys
(test_keyboard_journeys.py) are where only keys are used.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRONG_PASSPHRASE = "not the right passphrase at all"


@dataclass(frozen=True)
class Scene:
    name: str
    open: Callable[[Stage], object]  # returns the shown top-level QWidget


class Stage:
    """A Session on a journal in `folder` and the main window on it. `wait(condition)`
    lets the event loop run until the condition holds (qtbot.waitUntil in a test, a
    loop of processEvents in the helper script)."""

    def __init__(self, folder: Path, wait: Callable[[Callable[[], bool]], None]) -> None:
        from conftest import FAST_KDF
        from PySide6.QtCore import QSettings

        from journal_app.gui.session import Session
        from journal_app.gui.settings import AppSettings

        self.folder = folder
        self.wait = wait
        settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
        self.settings = AppSettings(settings)
        self.session = Session(folder / "v.pswvault", self.settings, kdf=FAST_KDF)
        self.window = None
        self.record_ids: list[str] = []
        self._open: list[object] = []

    # --- helpers ------------------------------------------------------------------------

    def finish(self, work) -> object:
        outcome: list[tuple[bool, object]] = []
        work.then(
            lambda value: outcome.append((True, value)),
            lambda exc: outcome.append((False, exc)),
            BaseException,
        )
        self.wait(lambda: bool(outcome))
        ok, value = outcome[0]
        if not ok:
            raise value  # type: ignore[misc]
        return value

    def keep(self, widget):
        """Show `widget` (not modally: the scene goes on) and close it at the next scene."""
        self._open.append(widget)
        widget.show()
        widget.activateWindow()
        return widget

    def close_open(self) -> None:
        for widget in self._open:
            widget.hide()  # not close(): the wizard would ask whether the key was kept
            widget.deleteLater()
        self._open.clear()

    def create(self) -> None:
        from conftest import PASSPHRASE

        if not self.session.vault_exists():
            self.finish(self.session.create(PASSPHRASE))
            self.fill()
        elif not self.session.is_unlocked:
            self.finish(self.session.unlock(PASSPHRASE))

    def fill(self) -> None:
        """A few entries of every kind, one with earlier versions, one in the trash."""
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import corpus

        from journal_app.domain.schema import record_from_input

        journal = self.session.journal
        records = [record_from_input(d, journal.vocabulary) for d in corpus.generate(16, 7)]
        journal.save_many(records)
        self.record_ids = [r.id for r in records]
        journal.edit(self.record_ids[0], {"title": "Walk to the allotment, again"})
        journal.delete(self.record_ids[-1])
        self.record_ids.pop()

    def main_window(self):
        from journal_app.gui.main_window import MainWindow

        self.create()
        if self.window is None:
            self.window = MainWindow(self.session)
            self.window.resize(1280, 800)
        self.window.show()
        self.window.activateWindow()
        return self.window

    def shut(self) -> None:
        self.close_open()
        if self.session.is_unlocked:
            self.session.lock()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None


# --- the scenes ----------------------------------------------------------------------------


def _first_run(stage: Stage):
    from journal_app.gui.dialogs.create_vault import CreateVaultDialog

    return stage.keep(CreateVaultDialog(stage.session))


def _first_run_recovery_key(stage: Stage):
    from conftest import PASSPHRASE
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from journal_app.gui.dialogs.create_vault import CreateVaultDialog

    dialog = stage.keep(CreateVaultDialog(stage.session))
    dialog.findChild(QLineEdit, "newPassphraseEdit").setText(PASSPHRASE)
    dialog.findChild(QLineEdit, "confirmPassphraseEdit").setText(PASSPHRASE)
    dialog.findChild(QPushButton, "continueButton").click()
    stage.wait(lambda: bool(dialog.recovery_key_shown()))
    stage.fill()
    return dialog


def _section(row: int) -> Callable[[Stage], object]:
    def open_(stage: Stage):
        window = stage.main_window()
        window.sidebar.setCurrentRow(row)
        return window

    return open_


def _tab(row: int, tabs, index: int) -> Callable[[Stage], object]:
    def open_(stage: Stage):
        window = _section(row)(stage)
        tabs.setCurrentIndex(index)
        return window

    return open_


def _editor(record_type) -> Callable[[Stage], object]:
    def open_(stage: Stage):
        window = stage.main_window()
        window.new_record(record_type)
        return window

    return open_


def _opened_entry(stage: Stage):
    window = stage.main_window()
    window.sidebar.setCurrentRow(_row_showing_records(window))
    window.records.open_record(stage.session.reader.get(stage.record_ids[0]))
    return window


def _opened_entry_edited(stage: Stage):
    window = _opened_entry(stage)
    window.records.edit_current()  # Edit, Enter or Ctrl+E
    return window


def _row_showing_records(window) -> int:
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        if window.pages.currentWidget() is window.records:
            return row
    return 0


def _dialog(make: Callable[[Stage], object]) -> Callable[[Stage], object]:
    def open_(stage: Stage):
        stage.main_window()
        return stage.keep(make(stage))

    return open_


def _preferences(stage: Stage):
    from journal_app.gui.dialogs.preferences import PreferencesDialog

    reader = stage.session.reader
    return PreferencesDialog(
        stage.settings, reader.settings(), stage.window, reader.history_limit()
    )


def _change_passphrase(recovery_only: bool):
    def make(stage: Stage):
        from journal_app.gui.dialogs.change_passphrase import ChangePassphraseDialog

        return ChangePassphraseDialog(stage.session, recovery_only, stage.window)

    return make


def _pack(stage: Stage):
    from journal_app.gui.dialogs.pack import PackDialog

    return PackDialog(stage.session, stage.window)


def _development_record(stage: Stage):
    from journal_app.gui.dialogs.development_record import DevelopmentRecordDialog

    return DevelopmentRecordDialog(stage.session, stage.window)


def _quick_note(stage: Stage):
    """The Quick note window as File > Quick note opens it, with a few words typed."""
    note = stage.window.show_quick_note()
    note.text.setPlainText("After the group\nI noticed I rushed the ending again.")
    return note


def _finished_session(stage: Stage):
    return stage.window.finished_session()


def _trash(stage: Stage):
    from journal_app.gui.dialogs.trash import TrashDialog

    return TrashDialog(stage.session, stage.window)


def _history(stage: Stage):
    from journal_app.gui.dialogs.history import HistoryDialog

    return HistoryDialog(stage.session, stage.record_ids[0], stage.window)


def _share_history(stage: Stage):
    from journal_app.gui.dialogs.share_history import ShareHistoryDialog

    return ShareHistoryDialog(stage.session, stage.window)


def _own_templates(stage: Stage):
    from journal_app.gui.dialogs.own_templates import OwnTemplatesDialog
    from journal_app.services.changes import SaveTemplate

    if not stage.session.reader.own_templates():
        headings = [
            {"heading": "What stayed with me", "prompt": "A moment, a word, a feeling."},
            {"heading": "What I need now", "prompt": ""},
        ]
        stage.session.apply(SaveTemplate(None, "Group debrief", headings))
    return OwnTemplatesDialog(stage.session, stage.window)


def _shortcuts(stage: Stage):
    from journal_app.gui.dialogs.shortcuts import ShortcutsDialog

    return ShortcutsDialog(stage.window.shortcut_list, stage.window)


def _about(stage: Stage):
    from journal_app.gui.dialogs.about import AboutDialog

    return AboutDialog(stage.session.vault_path, stage.settings, stage.window)


def _locked(stage: Stage) -> None:
    stage.create()
    if stage.window is not None:
        stage.window.close()
        stage.window.deleteLater()
        stage.window = None
    stage.session.lock()


def _unlock(stage: Stage):
    from journal_app.gui.dialogs.unlock import UnlockDialog

    _locked(stage)
    return stage.keep(UnlockDialog(stage.session))


def _unlock_wrong_passphrase(stage: Stage):
    from PySide6.QtWidgets import QLabel

    dialog = _unlock(stage)
    dialog.passphrase_edit.setText(WRONG_PASSPHRASE)
    dialog.unlock_button.click()
    stage.wait(lambda: any(label.isVisible() and label.text() for label in _errors(dialog, QLabel)))
    return dialog


def _errors(dialog, kind):
    return [w for w in dialog.findChildren(kind) if "rror" in w.objectName()]


def _recovery(stage: Stage):
    from journal_app.gui.dialogs.recovery import RecoveryDialog

    unlock = _unlock(stage)
    return stage.keep(RecoveryDialog(stage.session, unlock))


def app_dialogs() -> set[type]:
    """Every QDialog subclass the app defines (in journal_app.gui): the scenes must
    open each one, so a new dialog is walked and tabbed through too."""
    import importlib
    import inspect
    import pkgutil

    from PySide6.QtWidgets import QDialog

    import journal_app.gui

    found = set()
    for module_info in pkgutil.walk_packages(journal_app.gui.__path__, "journal_app.gui."):
        module = importlib.import_module(module_info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.add(value)
    return found


def scenes(stage: Stage) -> Iterator[Scene]:
    """Every scene, in an order that needs no journal first, then an open one, then a
    locked one. The side bar's rows and the record types are read from the app."""
    from PySide6.QtWidgets import QTabWidget

    from journal_app.domain.records import RecordType

    yield Scene("first-run wizard", _first_run)
    yield Scene("first-run wizard: recovery key", _first_run_recovery_key)
    window = stage.main_window()
    for row in range(window.sidebar.count()):
        label = window.sidebar.item(row).text()
        yield Scene(f"main window: {label}", _section(row))
        window.sidebar.setCurrentRow(row)
        for tabs in window.pages.currentWidget().findChildren(QTabWidget):
            for index in range(1, tabs.count()):
                yield Scene(f"main window: {label}, {tabs.tabText(index)}", _tab(row, tabs, index))
    for record_type in RecordType:
        yield Scene(f"main window: new {record_type.value}", _editor(record_type))
    yield Scene("main window: an entry opened", _opened_entry)
    yield Scene("main window: an opened entry edited", _opened_entry_edited)
    yield Scene("preferences", _dialog(_preferences))
    yield Scene("change passphrase", _dialog(_change_passphrase(False)))
    yield Scene("make a new recovery key", _dialog(_change_passphrase(True)))
    yield Scene("supervision pack", _dialog(_pack))
    yield Scene("development record", _dialog(_development_record))
    yield Scene("quick note", _dialog(_quick_note))
    yield Scene("I just finished a session", _dialog(_finished_session))
    yield Scene("trash", _dialog(_trash))
    yield Scene("version history", _dialog(_history))
    yield Scene("share history", _dialog(_share_history))
    yield Scene("my templates", _dialog(_own_templates))
    yield Scene("keyboard shortcuts", _dialog(_shortcuts))
    yield Scene("about", _dialog(_about))
    yield Scene("unlock", _unlock)
    yield Scene("unlock after a wrong passphrase", _unlock_wrong_passphrase)
    yield Scene("recovery", _recovery)
