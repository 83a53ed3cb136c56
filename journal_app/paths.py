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
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
