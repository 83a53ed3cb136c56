"""Where files live. Private directories are created 0o700."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "psw-journal"
VAULT_FILENAME = "journal.pswvault"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    return data_dir() / VAULT_FILENAME


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) readable by its owner only. A folder that
    already exists keeps its permissions: it may be the worker's own choice, such as a
    team's shared folder for backups, which must not be taken over."""
    path = Path(path)
    if path.is_dir():
        return path
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)  # the mode given to mkdir is reduced by the umask
    return path


def open_to_others(path: Path) -> bool:
    """Whether other users of this computer may read or enter `path` (POSIX modes;
    on Windows the folder's access rules decide, and this says False)."""
    if os.name != "posix":
        return False
    try:
        return bool(Path(path).stat().st_mode & 0o077)
    except OSError:
        return False
