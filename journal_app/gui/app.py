"""The Qt application: theme, crash hook, and the journey from unlock (or first run)
to the main window and back to the unlock window whenever the journal locks."""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from journal_app import __version__
from journal_app.gui.session import Session
from journal_app.gui.settings import AppSettings
from journal_app.logsetup import configure_logging
from journal_app.paths import default_vault_path
from journal_app.services.reminders import JournalFacts, Place, journal_facts

log = logging.getLogger(__name__)

# One name for the app on Linux: the .desktop file, the AppStream id and the icon
# (resources/linux/org.pswjournal.PSWJournal.*).
APP_ID = "org.pswjournal.PSWJournal"


class AppController(QObject):
    """Shows the right window for the session's state; owns none of the data. Also
    the tray icon and the reminders, which live as long as the app, locked or not."""

    def __init__(
        self,
        session: Session,
        settings: AppSettings,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.clock = clock
        self.window = None
        self.clipboard = None
        self.tray = None
        self.reminders = None
        self._quitting = False
        self._in_tray = False  # started at login: stays in the tray until asked
        self._unlock_dialog = None
        self._pending: Place | str | None = None  # where to go once unlocked
        session.unlocked.connect(self._show_main)
        session.locked.connect(self._after_lock)

    def start(self, in_tray: bool = False, tray_available: bool | None = None) -> None:
        """Sweep leftovers, put up the tray icon and the reminders, and ask for the
        passphrase; `in_tray` (psw-journal --tray, at login) waits in the tray instead."""
        from journal_app.gui.clipboard import ClipboardGuard
        from journal_app.gui.system_lock import SystemLockWatcher

        self.clipboard = ClipboardGuard(parent=self)
        self.session.locking.connect(self.clipboard.on_lock)
        self.system_lock = SystemLockWatcher(self)
        self.system_lock.should_lock.connect(self.session.lock)
        self._start_tray(tray_available)
        self.sweep_leftovers()
        self._in_tray = in_tray and self.tray.available
        if self._in_tray:
            log.info("started in the tray, locked")
        else:
            if in_tray:
                log.info("no system tray: asking for the passphrase instead")
            self._ask_for_key()

    # --- the tray and the reminders ---------------------------------------------------

    def _start_tray(self, available: bool | None) -> None:
        from PySide6.QtGui import QGuiApplication

        from journal_app.gui.reminder_timer import ReminderTimer
        from journal_app.gui.tray import JournalTray

        self.tray = JournalTray(app_icon(), self, available)
        self.tray.open_requested.connect(self.open_journal)
        self.tray.quick_note_requested.connect(self.quick_note)
        self.tray.lock_requested.connect(self.session.lock)
        self.tray.quit_requested.connect(self.quit)
        self.tray.place_requested.connect(self.go_to)
        self.session.unlocked.connect(lambda: self.tray.set_unlocked(True))
        self.session.locked.connect(lambda: self.tray.set_unlocked(False))
        self.reminders = ReminderTimer(self.settings, self.journal_facts, self.clock, self)
        self.reminders.remind.connect(self.tray.show_reminder)
        # Check again whenever the answer may have changed or time passed unseen.
        self.session.unlocked.connect(self._check_reminders)
        self.session.preferences_changed.connect(self._check_reminders)
        self.system_lock.woke.connect(self._check_reminders)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state_changed)
        self.reminders.check()

    def _app_state_changed(self, state) -> None:
        from PySide6.QtCore import Qt

        if state == Qt.ApplicationState.ApplicationActive and self.reminders is not None:
            self._check_reminders()

    def _check_reminders(self) -> None:
        """The reminders, looked at now; just after an unlock, once the records are
        decoded (they read the journal: Session.when_loaded), not holding the window."""
        if self.session.is_unlocked:
            self.session.when_loaded(self.reminders.check)
        else:
            self.reminders.check()

    def journal_facts(self) -> JournalFacts | None:
        """What the reminders need from the journal; None while it is locked."""
        if not self.session.is_unlocked:
            return None
        reader = self.session.reader
        return journal_facts(reader.records(), self.clock().date(), reader.settings())

    def open_journal(self) -> None:
        """The tray's Open (or a clicked reminder): the window to the front, or the
        unlock window when locked; then whatever was waiting for the unlock."""
        if self.session.is_unlocked:
            if self.window is not None:
                self.window.showNormal()
                self.window.raise_()
                self.window.activateWindow()
                self._go_pending()
        elif self._unlock_dialog is not None:
            self._unlock_dialog.raise_()
            self._unlock_dialog.activateWindow()
        else:
            self._ask_for_key()

    def go_to(self, place: Place) -> None:
        self._pending = place
        self.open_journal()

    def quick_note(self) -> None:
        self._pending = "quick_note"
        self.open_journal()

    def _go_pending(self) -> None:
        place, self._pending = self._pending, None
        window = self.window
        if place is None or window is None or not self.session.is_unlocked:
            return
        from journal_app.domain.records import RecordType

        writable = not self.session.reader.read_only
        if place == "quick_note":
            if writable and hasattr(window, "show_quick_note"):
                window.show_quick_note()
        elif place is Place.ACTIONS:
            window.show_section("actions")
        elif place is Place.NEW_CHECKIN and writable:
            window.new_record(RecordType.CHECKIN)
        elif place is Place.NEW_REFLECTION and writable:
            window.new_record(RecordType.REFLECTION)
        else:
            window.show_section("today")

    def _stays_in_tray(self) -> bool:
        """Whether a closed unlock window leaves the app running in the tray: when it
        started there, or when reminders are on (they need the app running)."""
        return bool(self.tray and self.tray.available) and (
            self._in_tray or self.settings.reminders.any_on
        )

    def sweep_leftovers(self) -> None:
        """Remove what a killed run left (a half-written backup or export); name any
        unencrypted file among them that could not be removed."""
        from PySide6.QtWidgets import QMessageBox

        from journal_app.services.leftovers import sweep_leftovers

        stuck = sweep_leftovers(self.session.vault_path, self.settings.backup_folder)
        if stuck:
            QMessageBox.warning(
                None,
                self.tr("Unfinished files were left"),
                self.tr(
                    "An export that was stopped part-way left these unfinished files, "
                    "which could not be removed. They are not encrypted and hold journal "
                    "text: delete them yourself.\n\n{files}"
                ).format(files="\n".join(str(path) for path in stuck)),
            )

    def _ask_for_key(self) -> None:
        if self.session.vault_exists():
            from journal_app.gui.dialogs.unlock import UnlockDialog

            dialog = UnlockDialog(self.session)
        else:
            from journal_app.gui.dialogs.create_vault import CreateVaultDialog

            dialog = CreateVaultDialog(self.session)
        self._unlock_dialog = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._unlock_dialog = None
        if not accepted and not self.session.is_unlocked:
            self._pending = None
            if not self._stays_in_tray():
                QApplication.quit()
        elif self.session.is_unlocked:
            self.session.settings_changed()  # auto-lock runs from here on

    def _show_main(self) -> None:
        from journal_app.gui.main_window import MainWindow

        if self.window is None:
            self.window = MainWindow(self.session)
            self.window.quit_requested.connect(self.quit)
        self.window.show()
        # The tray's Quick note, now unlocked, at once (it reads nothing of the
        # journal); a clicked reminder's place once the records are decoded (its
        # editor gathers the tags, its page reads the entries).
        if self._pending == "quick_note":
            self._go_pending()
        else:
            self.session.when_loaded(self._go_pending)
        # After the window is up, and once the records are decoded: decoding may find
        # a damaged one too (Session.when_loaded).
        window = self.window
        QTimer.singleShot(0, lambda: self.session.when_loaded(window.report_integrity))

    def quit(self) -> None:
        self._quitting = True
        self.session.lock()  # _after_lock closes the window
        QApplication.quit()

    def _after_lock(self) -> None:
        # Any dialog still open (preferences with names, a message) goes with the data.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)  # no "are you sure?" prompts
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if not self._quitting and not self._in_tray:
            QTimer.singleShot(0, self._ask_for_key)  # once the lock has finished unwinding


def install_translation(app: QApplication, locale=None, folder: str | None = None):
    """Load the compiled translation (psw_journal_<language>.qm) for the system's
    language, if one ships; returns the installed translator, or None. The app is
    written in UK English, so with none it shows its own text."""
    from importlib import resources

    from PySide6.QtCore import QLocale, QTranslator

    if folder is None:
        folder = str(resources.files("journal_app.resources").joinpath("translations"))
    translator = QTranslator(app)
    if not translator.load(locale or QLocale.system(), "psw_journal", "_", folder):
        return None
    app.installTranslator(translator)
    return translator


def app_icon() -> QIcon:
    """The app's icon at every size made by tools/make_icons.py (psw-journal-<N>.png)."""
    from importlib import resources

    folder = resources.files("journal_app.resources").joinpath("icons")
    icon = QIcon()
    sizes = []
    if folder.is_dir():
        for entry in folder.iterdir():
            match = re.fullmatch(r"psw-journal-(\d+)\.png", entry.name)
            if match:
                sizes.append((int(match.group(1)), str(entry)))
    for size, path in sorted(sizes):
        icon.addFile(path, QSize(size, size))
    if icon.isNull():
        log.warning("the app icon is missing from %s", folder)
    return icon


def set_app_identity(app: QApplication) -> None:
    """Give the app its icon and its desktop id, by which Wayland compositors and
    desktop shells match its windows to the installed .desktop file."""
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def run_app(args: argparse.Namespace) -> int:
    log_path = configure_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PSW Journal")
    app.setApplicationVersion(__version__)
    set_app_identity(app)
    app.setQuitOnLastWindowClosed(False)
    from journal_app.gui.crash import install_exception_hook
    from journal_app.gui.theme import apply_theme

    install_exception_hook(lambda: log_path)
    install_translation(app)
    settings = AppSettings()
    apply_theme(app, settings.theme, settings.font_size)
    vault = Path(args.vault).expanduser() if args.vault else default_vault_path()
    session = Session(vault, settings)
    controller = AppController(session, settings)
    QTimer.singleShot(0, lambda: controller.start(in_tray=bool(getattr(args, "tray", False))))
    app.aboutToQuit.connect(session.lock)
    return app.exec()
