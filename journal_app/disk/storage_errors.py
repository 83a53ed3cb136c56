"""The one mapping from what the operating system or SQLite reports about the disk to
the app's typed errors (journal_app.errors): by errno, Windows' winerror and SQLite's
result code, never by the text of a message, which changes with the language and the
version and may contain anything (a file named "full" is not a full disk).

`disk_problem` says what kind of refusal an exception is (or None when it is not about
the disk at all, as SQLite's "file is not a database" is not); `storage_error` and
`file_write_error` turn it into the error the user is shown, in the words each caller
has always used."""

from __future__ import annotations

import enum
import errno
import sqlite3
from pathlib import Path

from journal_app.errors import DiskFull, StorageError, WriteDenied


class DiskProblem(enum.Enum):
    FULL = "full"  # no space left, or the user's quota used up
    READ_ONLY = "read-only"  # read-only media or file system
    DENIED = "denied"  # no permission
    MISSING = "missing"  # the file or its folder is not there
    NOT_A_FOLDER = "not a folder"  # a file where the path needs a folder
    IN_THE_WAY = "in the way"  # a folder where a file should go
    CANNOT_OPEN = "cannot open"  # SQLite could not open or create the file
    IO = "io"  # the device failed to read or write
    OTHER = "other"  # some other refusal by the operating system


_BY_ERRNO = {
    errno.ENOSPC: DiskProblem.FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): DiskProblem.FULL,
    errno.EROFS: DiskProblem.READ_ONLY,
    errno.EACCES: DiskProblem.DENIED,
    errno.EPERM: DiskProblem.DENIED,
    errno.ENOENT: DiskProblem.MISSING,
    errno.ENOTDIR: DiskProblem.NOT_A_FOLDER,
    errno.EISDIR: DiskProblem.IN_THE_WAY,
    errno.EIO: DiskProblem.IO,
}

# Windows error codes Python does not map to the errno above (or maps too broadly:
# a write-protected stick arrives as EACCES).
_BY_WINERROR = {
    39: DiskProblem.FULL,  # ERROR_HANDLE_DISK_FULL
    112: DiskProblem.FULL,  # ERROR_DISK_FULL
    19: DiskProblem.READ_ONLY,  # ERROR_WRITE_PROTECT
    23: DiskProblem.IO,  # ERROR_CRC
    1117: DiskProblem.IO,  # ERROR_IO_DEVICE
}

# SQLite's primary result codes, the low byte of its extended ones (SQLITE_IOERR_WRITE,
# SQLITE_READONLY_DBMOVED, SQLITE_CANTOPEN_ISDIR...). The others (SQLITE_CORRUPT,
# SQLITE_NOTADB, SQLITE_ERROR...) are about the file's content, not the disk.
_BY_SQLITE_CODE = {
    sqlite3.SQLITE_FULL: DiskProblem.FULL,
    sqlite3.SQLITE_READONLY: DiskProblem.READ_ONLY,
    sqlite3.SQLITE_PERM: DiskProblem.DENIED,
    sqlite3.SQLITE_IOERR: DiskProblem.IO,
    sqlite3.SQLITE_CANTOPEN: DiskProblem.CANNOT_OPEN,
}


def disk_problem(exc: BaseException) -> DiskProblem | None:
    """What the disk refused, for an OSError or a sqlite3.Error; None when `exc` is not
    about the disk (damage in the file, a programming error, anything else)."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if not isinstance(code, int):
            return None  # raised by Python's sqlite3 itself, not by SQLite
        return _BY_SQLITE_CODE.get(code & 0xFF)
    if isinstance(exc, OSError):
        winerror = getattr(exc, "winerror", None)
        if winerror in _BY_WINERROR:
            return _BY_WINERROR[winerror]
        return _BY_ERRNO.get(exc.errno, DiskProblem.OTHER)  # type: ignore[arg-type]
    return None


def is_disk_error(exc: BaseException) -> bool:
    """True when an error is about the disk rather than damage in the file."""
    return disk_problem(exc) is not None


def _typed(problem: DiskProblem | None) -> type[StorageError]:
    if problem is DiskProblem.FULL:
        return DiskFull
    if problem in (DiskProblem.READ_ONLY, DiskProblem.DENIED):
        return WriteDenied
    return StorageError


def storage_error(
    exc: BaseException, *, outcome: str = "nothing was changed", detail: str | None = None
) -> StorageError:
    """The error for a write the disk refused: "the disk is full; <outcome>", or "the
    disk refused the write (<detail>); <outcome>", `detail` being by default the
    exception's type (SQLite's and the system's own words are not translated)."""
    problem = disk_problem(exc)
    if problem is DiskProblem.FULL:
        return DiskFull(f"the disk is full; {outcome}")
    reason = type(exc).__name__ if detail is None else detail
    return _typed(problem)(f"the disk refused the write ({reason}); {outcome}")


_FILE_REASONS = {
    DiskProblem.FULL: "the disk is full",
    DiskProblem.READ_ONLY: "permission was refused",
    DiskProblem.DENIED: "permission was refused",
    DiskProblem.MISSING: "the folder does not exist",
    DiskProblem.IN_THE_WAY: "a folder of that name is in the way",
}


def file_write_error(
    exc: OSError, out: Path, *, outcome: str = "nothing was changed"
) -> StorageError:
    """The error for a file or folder the user asked for (a backup, a pack, a whole
    export) that could not be written, in the one wording every writer uses:
    "could not write <name>: <why>; <outcome>"."""
    problem = disk_problem(exc)
    if problem is DiskProblem.NOT_A_FOLDER:
        reason = _not_a_folder(Path(out))
    else:
        reason = _FILE_REASONS.get(problem) if problem is not None else None
    if reason is None:
        reason = exc.strerror or type(exc).__name__
    return _typed(problem)(f"could not write {Path(out).name}: {reason}; {outcome}")


def _not_a_folder(out: Path) -> str:
    """Which part of the path is a file where a folder should be."""
    for parent in out.parents:
        if parent.is_file():
            return f"{parent.name} is a file, not a folder"
    return "part of its path is a file, not a folder"
