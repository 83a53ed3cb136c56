"""The Qt application: theme, crash hook, and the journey from unlock (or first run)
to the main window and back to the unlock window whenever the journal locks."""

from __future__ import annotations

import argparse
import logging
import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from journal_app import __version__
from journal_app.gui.session import Session
from journal_app.gui.settings import AppSettings
from journal_app.logsetup import configure_logging
from journal_app.paths import default_vault_path

log = logging.getLogger(__name__)

# One name for the app on Linux: the .desktop file, the AppStream id and the icon
# (resources/linux/org.pswjournal.PSWJournal.*).
APP_ID = "org.pswjournal.PSWJournal"


class AppController(QObject):
    """Shows the right window for the session's state; owns none of the data."""

    def __init__(self, session: Session, settings: AppSettings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.window = None
        self.clipboard = None
        self._quitting = False
        session.unlocked.connect(self._show_main)
        session.locked.connect(self._after_lock)

    def start(self) -> None:
        from journal_app.gui.clipboard import ClipboardGuard
        from journal_app.gui.system_lock import SystemLockWatcher

        self.clipboard = ClipboardGuard(parent=self)
        self.session.locking.connect(self.clipboard.on_lock)
        self.system_lock = SystemLockWatcher(self)
        self.system_lock.should_lock.connect(self.session.lock)
        self.sweep_leftovers()
        self._ask_for_key()

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
        if dialog.exec() != QDialog.DialogCode.Accepted and not self.session.is_unlocked:
            QApplication.quit()
        elif self.session.is_unlocked:
            self.session.settings_changed()  # auto-lock runs from here on

    def _show_main(self) -> None:
        from journal_app.gui.main_window import MainWindow

        if self.window is None:
            self.window = MainWindow(self.session)
            self.window.quit_requested.connect(self.quit)
        self.window.show()
        QTimer.singleShot(0, self.window.report_integrity)  # after the window is up

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
        if not self._quitting:  # ask again once the lock has finished unwinding
            QTimer.singleShot(0, self._ask_for_key)


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
    QTimer.singleShot(0, controller.start)
    app.aboutToQuit.connect(session.lock)
    return app.exec()
