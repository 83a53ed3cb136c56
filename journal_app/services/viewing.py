"""Private temporary copies of attached files, for the system's viewer to open. Each
copy is a plaintext file, so it lives in the app's own folder (readable by the worker
alone), in a folder named for the process (`<pid>-<8 hex digits>`) that keeps the
file's own name (the viewer goes by its extension). The app removes its copies when
the journal locks and when it quits; a copy a killed run left is removed at the next
start (`sweep`), once no process with its pid runs."""

from __future__ import annotations

import logging
import os
import re
import secrets
from pathlib import Path

from journal_app.disk import temp_files
from journal_app.disk.files import fsync_fd
from journal_app.paths import data_dir, ensure_private_dir

log = logging.getLogger(__name__)

FOLDER = "viewing"
_NAME = re.compile(r"^(?P<pid>\d{1,10})-[0-9a-f]{8}$")


def viewing_root() -> Path:
    return data_dir() / FOLDER


def write_copy(name: str, data: bytes) -> Path:
    """A new private copy of a file under `name` (one file name, as attachments have)."""
    root = ensure_private_dir(viewing_root())
    folder = ensure_private_dir(root / f"{os.getpid()}-{secrets.token_hex(4)}")
    path = folder / Path(name).name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        fsync_fd(fh.fileno())
    return path


def _ours(pid: int | None) -> list[Path]:
    root = viewing_root()
    if not root.is_dir():
        return []
    found = []
    for folder in root.iterdir():
        match = _NAME.match(folder.name)
        if match is None:
            continue
        owner = int(match["pid"])
        if (pid is not None and owner == pid) or (pid is None and not temp_files.pid_alive(owner)):
            found.append(folder)
    return found


def remove_copies() -> list[Path]:
    """Remove this process's copies; returns any that could not be removed (a viewer
    on Windows may hold one open), never raises."""
    return [f for f in _ours(os.getpid()) if not temp_files.remove_path(f)]


def sweep() -> list[Path]:
    """Remove the copies left by processes no longer running (never raises)."""
    try:
        return [f for f in _ours(None) if not temp_files.remove_path(f)]
    except OSError as exc:
        log.warning("the sweep of viewing copies failed: %s", type(exc).__name__)
        return []
