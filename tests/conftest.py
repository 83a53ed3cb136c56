"""Shared fixtures. Every test works in its own temporary directories: the user's
real data, config, log and temp dirs are never touched."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from platform_rules import windows_rules  # noqa: F401  (a fixture for every test)

from journal_app.services.journal import Journal
from journal_app.vault.crypto import KdfParams

# The cheapest settings the vault accepts (OWASP's floor): tests stay fast.
FAST_KDF = KdfParams(19456, 2, 4)
PASSPHRASE = "correct horse battery staple"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="run the long fault-injection rounds")


def pytest_configure(config: pytest.Config) -> None:
    # Offscreen draws with the system's fonts on Linux (fontconfig) and macOS (Core
    # Text); on Windows it finds none (it reads only Qt's own font folder), so the
    # tests use the real windows platform there, as GitHub's Windows runners allow.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "windows" if sys.platform == "win32" else "offscreen"


# Every variable a platform's folders come from: XDG on Linux, HOME on macOS
# (~/Library/...), and on Windows USERPROFILE, APPDATA, LOCALAPPDATA, TEMP/TMP and
# platformdirs' WIN_PD_OVERRIDE_* (it asks Windows itself before APPDATA).
_FOLDERS = (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_CACHE_HOME", "cache"),
    ("TMPDIR", "tmp"),
    ("TMP", "tmp"),
    ("TEMP", "tmp"),
    ("APPDATA", "roaming"),
    ("LOCALAPPDATA", "local"),
    ("WIN_PD_OVERRIDE_APPDATA", "roaming"),
    ("WIN_PD_OVERRIDE_LOCAL_APPDATA", "local"),
    ("WIN_PD_OVERRIDE_COMMON_APPDATA", "common"),
    ("WIN_PD_OVERRIDE_PERSONAL", "documents"),
    ("WIN_PD_OVERRIDE_DESKTOPDIRECTORY", "desktop"),
    ("WIN_PD_OVERRIDE_DOWNLOADS", "downloads"),
)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every platform directory (data, config, logs, temp) at a fresh folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in _FOLDERS:
        (home / sub).mkdir(exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    # Sync clients' variables on a Windows runner would make every folder look synced.
    for var in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        monkeypatch.delenv(var, raising=False)
    # tempfile caches its directory on first use; point the cache at the fresh one too.
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    return home


def can_create(folder: Path, name: str) -> bool:
    """Whether this platform's file system takes `name` (Windows refuses ':', '?',
    '"', trailing dots and names like CON); for tests to skip with a reason."""
    try:
        (folder / name).touch()
    except (OSError, ValueError):
        return False
    (folder / name).unlink()
    return True


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.pswvault"


@pytest.fixture
def journal(vault_path: Path):
    """A fresh, unlocked journal; its recovery key is on `journal.recovery_key`."""
    j, recovery_key = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    j.recovery_key = recovery_key  # type: ignore[attr-defined]
    yield j
    if j.is_open:
        j.lock()


def symlink_or_skip(link: Path, target: Path) -> None:
    """Make a folder link, or skip: Windows allows them only to administrators or in
    developer mode."""
    try:
        link.symlink_to(target, target_is_directory=True)
    except (OSError, NotImplementedError):
        pytest.skip("this platform does not let this user make symbolic links")
