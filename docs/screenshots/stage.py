"""The stage the screenshots are taken on: an offscreen Qt app on a fixed 1920x1080
screen, the demo journal open in a session, and helpers to wait for the app and to
catch a dialog that the app opens with exec()."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1920, 1080)
PASSPHRASE = "violet lantern orchard pebble"


def use_offscreen_screen(folder: Path, size: tuple[int, int] = SCREEN) -> None:
    """Before the QApplication: the offscreen platform with one screen of `size` at
    96 dpi, whatever the machine has, so every picture is laid out alike."""
    config = folder / "screen.json"
    width, height = size
    screen = {"name": "shots", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), "utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    # The app's own folders (journal, logs, settings) go to an invented worker's home
    # inside the temporary folder, in the places the app uses on Linux.
    home = home_folder(folder)
    os.environ["HOME"] = str(home)
    for name, below in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        os.environ[name] = str(home / below)
    os.environ.pop("QT_SCALE_FACTOR", None)


def home_folder(folder: Path) -> Path:
    """The demo worker's home folder inside the temporary `folder`; pictures show it as
    SHOWN_HOME (a path under the temporary folder would say /tmp/psw-shots-...)."""
    return folder / "home" / "sam"


SHOWN_HOME = "/home/sam"


def shown_path(stage: Stage, text: str) -> str:
    """`text` with the demo home folder written as SHOWN_HOME."""
    return text.replace(str(home_folder(stage.folder)), SHOWN_HOME)


def pump(app, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def wait_until(app, done: Callable[[], bool], seconds: float = 10.0) -> None:
    """Process events until `done()` (work on a thread, a timer) or fail loudly."""
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        app.processEvents()
        time.sleep(0.005)


def settle(app, seconds: float) -> None:
    """Let timers of about `seconds` (a search delay, a rebuild) fire."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    pump(app)


def catch_modal(app, open_it: Callable[[], object], prepare=None):
    """Run `open_it`, which opens a dialog with exec() (as the app does); grab the
    dialog as it first appears (after `prepare(dialog)`, if given), close it and
    return the picture. The dialog is closed with reject(): nothing is changed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    caught: list = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, look)
            return
        pump(app)
        if prepare is not None:
            prepare(dialog)
            pump(app)
        caught.append(dialog.grab().toImage())
        dialog.reject()

    QTimer.singleShot(0, look)
    open_it()
    if not caught:
        raise RuntimeError("no dialog was opened")
    return caught[0]


@dataclass
class Stage:
    """What every shot may use: the app, the open demo session and its record ids, a
    locked journal for the unlock pictures, and a folder for anything else."""

    app: object
    folder: Path
    session: object
    ids: dict[str, str]
    today: date
    locked_path: Path
    base_point_size: float = 9.0
    windows: list = field(default_factory=list)

    def settings(self, name: str | None):
        """Preferences kept in `name`.ini in the folder, or (None) where the app keeps
        them (~/.config/psw-journal/PSW Journal.conf)."""
        from PySide6.QtCore import QSettings

        from journal_app.gui.settings import AppSettings

        if name is None:
            return AppSettings()
        path = self.folder / f"{name}.ini"
        return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))

    def new_session(self, path: Path, settings_name: str | None = ""):
        """A session on `path`; its preferences in a file of their own unless
        `settings_name` is None (the app's own place)."""
        from journal_app.gui.session import Session
        from journal_app.vault.crypto import KdfParams

        fast = KdfParams(19456, 2, 4)  # the cheapest the vault accepts: quick pictures
        name = None if settings_name is None else settings_name or path.stem
        return Session(path, self.settings(name), kdf=fast)

    def close_windows(self) -> None:
        for window in self.windows:
            window.hide()
            window.deleteLater()
        self.windows.clear()
        pump(self.app)


def make_stage(app, folder: Path) -> Stage:
    """Create the demo journal (opened) where the app keeps a journal, with the app's
    own preferences file, and a second, locked one."""
    from demo_journal import fill

    from journal_app.paths import default_vault_path, ensure_private_dir

    today = date.today()
    stage = Stage(app, folder, None, {}, today, folder / "locked.pswvault")
    stage.base_point_size = app.font().pointSizeF()
    demo = default_vault_path()  # ~/.local/share/psw-journal/journal.pswvault
    ensure_private_dir(demo.parent)
    session = stage.new_session(demo, settings_name=None)
    # What Preferences shows: a backup folder on a USB stick (never written to).
    session.settings.backup_folder = Path("/media/sam/USB stick/PSW Journal backups")
    _create(app, session)
    stage.ids = fill(session.journal, today)
    stage.session = session
    locked = stage.new_session(stage.locked_path)
    _create(app, locked)
    locked.lock()
    return stage


def _create(app, session) -> None:
    created: list = []  # the app goes on in a callback; the script waits for it here
    session.create(PASSPHRASE).then(created.append, created.append, BaseException)
    wait_until(app, lambda: bool(created))
    if isinstance(created[0], BaseException):
        raise created[0]


def temporary_folder() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="psw-shots-")
