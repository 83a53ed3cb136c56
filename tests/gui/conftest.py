"""Fixtures the GUI tests share (tests/conftest.py's apply here too): the app's
settings in the test's own ini file, a Session on a journal in the test's folder,
and the main window on it. A file that needs a variant overrides one of these
fixtures (`vault_path` in another folder, `settings` with automatic backups off, a
`session` with records in it) instead of copying them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from long_work import finish
from PySide6.QtCore import QSettings

from journal_app.gui.main_window import MainWindow
from journal_app.gui.session import Session
from journal_app.gui.settings import AppSettings


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """The journal the GUI tests' sessions use (tests look for its backups by name)."""
    return tmp_path / "v.pswvault"


@pytest.fixture
def settings_ini(tmp_path: Path) -> Path:
    return tmp_path / "s.ini"


@pytest.fixture
def settings(settings_ini: Path) -> AppSettings:
    """The app's settings, in an ini file of the test's own (never the user's)."""
    return AppSettings(QSettings(str(settings_ini), QSettings.Format.IniFormat))


@pytest.fixture
def first_run_session(vault_path: Path, settings: AppSettings, qtbot) -> Iterator[Session]:
    """A Session whose journal does not exist yet, as on a first run. It is locked when
    the test ends, before pytest-qt closes the test's windows (it asks for qtbot, so it
    is torn down first): closing then never asks about a draft."""
    session = Session(vault_path, settings, kdf=FAST_KDF)
    yield session
    session.lock()


@pytest.fixture
def session(first_run_session: Session, qtbot) -> Session:
    """A Session on a new, empty journal, unlocked (its creation waited for: the app
    runs it on a worker and continues in a callback)."""
    finish(qtbot, first_run_session.create(PASSPHRASE))
    return first_run_session


@pytest.fixture
def open_window(qtbot) -> Callable[[Session], MainWindow]:
    """Shows a main window on an unlocked session, as the app does after unlock."""

    def open_(session: Session) -> MainWindow:
        window = MainWindow(session)
        # Lock before pytest-qt closes the window, so closing does not ask about a draft.
        qtbot.addWidget(window, before_close_func=lambda _w: session.lock())
        window.show()
        return window

    return open_
