"""One writer per journal: a lock file beside the vault (journal.pswvault.lock) held
by the app while it is unlocked and by a command-line write while it runs, so that
two of them never save over each other from stale memory.

The lock is the operating system's (flock on POSIX, a byte-range lock on Windows), so
it goes with the process: a crash or a kill never leaves a stale lock behind. The
file itself stays (deleting it would race with the next taker); it holds only the
holder's process id and kind, for the message, never journal data.

Why not QLockFile: the command line must not load Qt, and one implementation both
sides use cannot drift from the other. Where the folder cannot hold a lock file
(read-only media) or the file system has no locks, reading still works and a write
goes ahead unguarded; Journal.save's revision check is the second line of defence.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
import time
from pathlib import Path

from journal_app.errors import JournalInUse

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
# Windows locks a byte range; one far past the text keeps the holder's note readable.
_WINDOWS_LOCK_OFFSET = 1 << 20
_BUSY = {errno.EAGAIN, errno.EACCES, getattr(errno, "EWOULDBLOCK", errno.EAGAIN), 36}


def lock_path(vault: Path) -> Path:
    vault = Path(vault)
    return vault.with_name(vault.name + LOCK_SUFFIX)


class InstanceLock:
    """Held with `acquire`, given up with `release` (or by the process ending)."""

    def __init__(self, vault: Path, kind: str = "app") -> None:
        self.path = lock_path(vault)
        self.kind = kind  # "app" or "command line": said to whoever finds it held
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait: float = 0.0, make_folder: bool = False) -> bool:
        """Take the lock, waiting up to `wait` seconds for another holder to let go.
        True when held; False when this folder cannot hold a lock (nothing to guard
        with). Raises JournalInUse when another holder keeps it. With `make_folder`
        (the app's first run) a missing folder is made first; a command-line restore
        or init leaves making it, and reporting its failure, to the command."""
        if self._fd is not None:
            return True
        try:
            if make_folder:  # the app's first run: the lock comes before the journal
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not self.path.exists() and not os.access(self.path.parent, os.W_OK):
                # Read-only media, or no permission: a journal there is only read.
                raise PermissionError(errno.EROFS, "the folder cannot be written")
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            log.info("no lock file beside the journal (%s): writes are unguarded", exc.errno)
            return False
        deadline = time.monotonic() + wait
        while True:
            try:
                _lock(fd)
                break
            except OSError as exc:
                if exc.errno not in _BUSY:
                    log.info("the file system has no locks (%s): writes are unguarded", exc.errno)
                    os.close(fd)
                    return False
            if time.monotonic() >= deadline:
                holder = _read_note(fd)
                os.close(fd)
                raise JournalInUse(_in_use_message(holder))
            time.sleep(0.1)
        self._fd = fd
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n{self.kind}\n".encode())
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(fd)
        with contextlib.suppress(OSError):
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_note(fd: int) -> tuple[str, str]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        lines = os.read(fd, 200).decode("utf-8", "replace").splitlines()
    except OSError:
        return "", ""
    return (lines[0] if lines else ""), (lines[1] if len(lines) > 1 else "")


def _in_use_message(holder: tuple[str, str]) -> str:
    pid, kind = holder
    if kind == "command line":
        return (
            "the command line is writing to this journal right now"
            + (f" (process {pid})" if pid else "")
            + "; try again when it has finished"
        )
    return (
        "this journal is open in PSW Journal"
        + (f" (process {pid})" if pid else "")
        + "; lock it (Ctrl+L) or close it, then try again"
    )


if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
