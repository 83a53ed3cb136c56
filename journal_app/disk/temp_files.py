"""Temporary files beside their final names, and the sweep of those a killed run left.

Every file the app writes whole (a new vault, a backup, a restored copy, the copy made
before a migration, an export, the recovery-key PDF) is first written under a
temporary name beside its final one, then moved into place. The name says what it is
and which process writes it:

    .<final name>.<kind>-<pid>[-<8 hex digits>]   (and SQLite's -wal, -shm, -journal)

kinds: `creating`, `partial`, `restoring` (encrypted copies of the vault); `part` (a
plaintext export file) and `exporting` (a folder holding a plaintext export while it is
written). A failure removes the temporary file at once (`discard`). A killed process
runs nothing, so its temporary file stays; the next start of the app, and every
command of the command line, sweeps (`sweep`):

- the folders the app knows (the vault's folder, the backup folder): each name there
  that matches the pattern and whose process is not running;
- anywhere else (a backup or an export the worker placed in a folder of their choice,
  unknown next time): while such a file is written, a note in the data folder's
  `pending` folder names it. The note holds the temporary file's path and nothing else
  (no journal text) and is removed as soon as the write is over, failed or not. A note
  whose process is gone leads the sweep to its file, which is removed only if its name
  still matches the pattern.

"Not running" means no live process on this computer has the pid in the name. A pid
reused by a new process keeps the file until that process ends: a late removal, never
a wrong one. A temporary file in a folder shared with another computer, written there
by a process whose pid is free here, could be swept while it is written: that write
then fails and says so, and the final file and the journal are untouched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from journal_app.disk import files

log = logging.getLogger(__name__)

ENCRYPTED_KINDS = ("creating", "partial", "restoring")
PLAINTEXT_KINDS = ("part", "exporting")
SIDECARS = ("-wal", "-shm", "-journal")  # SQLite's files beside a database being written

_TEMP_NAME = re.compile(
    r"^\.(?P<final>.+)\.(?P<kind>" + "|".join(ENCRYPTED_KINDS + PLAINTEXT_KINDS) + r")"
    r"-(?P<pid>\d{1,10})(?:-[0-9a-f]{8})?(?P<sidecar>-wal|-shm|-journal)?$"
)
_NOTE_NAME = re.compile(r"^(?P<pid>\d{1,10})-[0-9a-f]{8}$")
PENDING_FOLDER = "pending"


def temp_path(final: Path, kind: str, unique: bool = False) -> Path:
    """The temporary name beside `final` for this process (with `unique`, one more
    random part, for a writer that may run twice at once in one process)."""
    final = Path(final)
    token = f"-{os.urandom(4).hex()}" if unique else ""
    return final.with_name(f".{final.name}.{kind}-{os.getpid()}{token}")


def parse(name: str) -> tuple[str, int, bool] | None:
    """(kind, pid, holds plaintext) for one of our temporary names, else None."""
    match = _TEMP_NAME.match(name)
    if match is None:
        return None
    kind = match.group("kind")
    return kind, int(match.group("pid")), kind in PLAINTEXT_KINDS


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (when unsure: yes)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows CI
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # e.g. EPERM: it exists, owned by someone else
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _remove_tree_or_file(path: Path) -> None:
    """Remove a file, or a folder and all in it (links are removed, never followed)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        files.remove(path)


def remove_path(path: Path) -> bool:
    """Remove a file or folder this run wrote; never raises. True when it is gone."""
    try:
        _remove_tree_or_file(Path(path))
    except OSError:
        log.warning("could not remove a file this run wrote")
    return not os.path.lexists(path)


def discard(temp: Path) -> bool:
    """Remove a temporary file (or folder) and SQLite's files beside it. Never raises;
    True when nothing of the temporary file itself is left."""
    temp = Path(temp)
    for sidecar in SIDECARS:
        with contextlib.suppress(OSError):
            files.remove(temp.with_name(temp.name + sidecar))
    try:
        _remove_tree_or_file(temp)
    except OSError:
        if not os.path.lexists(temp):  # never made: its folder is missing or a file
            return True
        log.warning("could not remove a temporary file")
        return False
    return not os.path.lexists(temp)


def not_removed_message(temp: Path) -> str:
    """What the worker is told about a plaintext temporary file that stayed."""
    return (
        f"the unfinished file {temp} could not be removed; it is not encrypted and "
        "holds journal text: delete it yourself"
    )


# --- notes of temporary files written outside the folders the app knows -------------


def _pending_dir() -> Path | None:
    """The folder of notes, or None where the data folder cannot even be named."""
    from journal_app.paths import data_dir

    try:
        return data_dir() / PENDING_FOLDER
    except Exception:  # platformdirs asks the system, which may fail
        log.info("no data folder for the notes of temporary files")
        return None


def note_pending(temp: Path) -> Path | None:
    """Note `temp` as being written by this process, for the sweep after a kill.
    Returns the note (give it to `forget`), or None if none could be written: the
    write goes ahead (a failure still removes the file; only a kill would leave it)."""
    folder = _pending_dir()
    if folder is None:
        return None
    try:
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        except FileNotFoundError:  # the data folder itself is not there yet
            from journal_app.paths import ensure_private_dir

            ensure_private_dir(folder)
        note = folder / f"{os.getpid()}-{os.urandom(4).hex()}"
        fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        log.info("could not note a temporary file for the sweep after a kill")
        return None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(os.path.abspath(temp) + "\n")
    except OSError:
        log.info("could not note a temporary file for the sweep after a kill")
        forget(note)
        return None
    return note


def forget(note: Path | None) -> None:
    if note is not None:
        with contextlib.suppress(OSError):
            files.remove(note)


# --- the sweep --------------------------------------------------------------------


@dataclass
class SweepResult:
    removed: int = 0
    # Plaintext temporary files a killed run left that could not be removed: the
    # worker is told their paths.
    stuck: list[Path] = field(default_factory=list)


def _sweep_one(path: Path, result: SweepResult) -> bool:
    """Remove one leftover whose name is ours and whose process is gone. True when it
    is gone (or was never ours to keep)."""
    parsed = parse(path.name)
    if parsed is None:
        return True  # not ours: never touched
    kind, pid, plaintext = parsed
    if pid_alive(pid):
        return False
    if not os.path.lexists(path):
        return True
    if kind != "exporting" and path.is_dir() and not path.is_symlink():
        return True  # only an export's temporary folder is a folder: not ours
    try:
        _remove_tree_or_file(path)
    except OSError:
        log.warning("could not remove a file a stopped run left")
        if plaintext and path not in result.stuck:
            result.stuck.append(path)
        return False
    result.removed += 1
    return True


def sweep(folders: Iterable[Path]) -> SweepResult:
    """Remove the temporary files that runs no longer running left in `folders` and
    wherever the pending notes point. Never raises; touches nothing else."""
    result = SweepResult()
    seen: set[str] = set()
    for folder in folders:
        key = os.path.normcase(os.path.abspath(folder))
        if key in seen:
            continue
        seen.add(key)
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if parse(name) is not None:
                _sweep_one(Path(folder) / name, result)
    pending = _pending_dir()
    try:
        notes = os.listdir(pending) if pending is not None else []
    except OSError:
        notes = []
    for name in notes:
        match = _NOTE_NAME.match(name)
        if pending is None or match is None or pid_alive(int(match.group("pid"))):
            continue
        note = pending / name
        try:
            listed = note.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            listed = []
        done = True
        for line in listed:
            if line.strip():
                temp = Path(line.strip())
                for sidecar in SIDECARS:
                    _sweep_one(temp.with_name(temp.name + sidecar), result)
                done = _sweep_one(temp, result) and done
        if done:  # else kept: the next start tries again, and says so again
            forget(note)
    if result.removed:
        log.info("removed %d temporary file(s) that stopped runs left", result.removed)
    return result
