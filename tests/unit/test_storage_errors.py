"""The one mapping of disk errors (journal_app/disk/storage_errors.py): every errno,
Windows error and SQLite result code it knows gives its typed error, and the words of
a message never decide (a message that merely says "full" is not a full disk)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlite_faults import sqlite_error

from journal_app.disk.storage_errors import (
    DiskProblem,
    disk_problem,
    file_write_error,
    is_disk_error,
    storage_error,
)
from journal_app.errors import DiskFull, StorageError, WriteDenied


def _os_error(code: int, winerror: int | None = None) -> OSError:
    exc = OSError(code, "words the system chose", "journal.db")
    if winerror is not None:
        exc.winerror = winerror  # type: ignore[attr-defined]  # as Windows' OSError carries
    return exc


@pytest.mark.parametrize(
    ("code", "problem", "typed"),
    [
        (errno.ENOSPC, DiskProblem.FULL, DiskFull),
        (getattr(errno, "EDQUOT", errno.ENOSPC), DiskProblem.FULL, DiskFull),
        (errno.EROFS, DiskProblem.READ_ONLY, WriteDenied),
        (errno.EACCES, DiskProblem.DENIED, WriteDenied),
        (errno.EPERM, DiskProblem.DENIED, WriteDenied),
        (errno.EIO, DiskProblem.IO, StorageError),
        (errno.ENOENT, DiskProblem.MISSING, StorageError),
        (errno.EISDIR, DiskProblem.IN_THE_WAY, StorageError),
        (errno.EBADF, DiskProblem.OTHER, StorageError),
    ],
)
def test_each_errno_gives_its_typed_error(code, problem, typed):
    exc = _os_error(code)
    assert disk_problem(exc) is problem
    assert is_disk_error(exc)
    error = storage_error(exc)
    assert type(error) is typed


@pytest.mark.parametrize(
    ("winerror", "code", "problem"),
    [
        (112, errno.EINVAL, DiskProblem.FULL),  # ERROR_DISK_FULL
        (39, errno.EINVAL, DiskProblem.FULL),  # ERROR_HANDLE_DISK_FULL
        (19, errno.EACCES, DiskProblem.READ_ONLY),  # ERROR_WRITE_PROTECT
        (1117, errno.EINVAL, DiskProblem.IO),  # ERROR_IO_DEVICE
        (5, errno.EACCES, DiskProblem.DENIED),  # ERROR_ACCESS_DENIED: by its errno
    ],
)
def test_windows_error_codes_decide_before_the_errno(winerror, code, problem):
    assert disk_problem(_os_error(code, winerror)) is problem


@pytest.mark.parametrize(
    ("name", "problem", "typed"),
    [
        ("SQLITE_FULL", DiskProblem.FULL, DiskFull),
        ("SQLITE_READONLY", DiskProblem.READ_ONLY, WriteDenied),
        ("SQLITE_READONLY_DBMOVED", DiskProblem.READ_ONLY, WriteDenied),
        ("SQLITE_PERM", DiskProblem.DENIED, WriteDenied),
        ("SQLITE_IOERR", DiskProblem.IO, StorageError),
        ("SQLITE_IOERR_WRITE", DiskProblem.IO, StorageError),
        ("SQLITE_IOERR_FSYNC", DiskProblem.IO, StorageError),
        ("SQLITE_IOERR_SHORT_READ", DiskProblem.IO, StorageError),
        ("SQLITE_CANTOPEN", DiskProblem.CANNOT_OPEN, StorageError),
        ("SQLITE_CANTOPEN_ISDIR", DiskProblem.CANNOT_OPEN, StorageError),
    ],
)
def test_each_sqlite_code_gives_its_typed_error(name, problem, typed):
    exc = sqlite_error(name, "words SQLite chose")
    assert disk_problem(exc) is problem
    assert type(storage_error(exc)) is typed


@pytest.mark.parametrize("name", ["SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_ERROR", "SQLITE_BUSY"])
def test_damage_and_other_sqlite_codes_are_not_the_disk(name):
    exc = sqlite_error(name, "database or disk is full")  # whatever it says
    assert disk_problem(exc) is None
    assert not is_disk_error(exc)
    error = storage_error(exc)
    assert type(error) is StorageError
    assert "full" not in error.message


def test_a_message_that_merely_says_full_is_not_a_full_disk():
    no_code = sqlite3.OperationalError("database or disk is full")  # not raised by SQLite
    assert not is_disk_error(no_code)
    assert not isinstance(storage_error(no_code), DiskFull)
    io_error = OSError(errno.EIO, "the disk is full", "full.db")
    assert disk_problem(io_error) is DiskProblem.IO
    assert not isinstance(storage_error(io_error), DiskFull)
    assert "is full" not in storage_error(io_error).message
    denied = file_write_error(PermissionError(errno.EACCES, "full", "full.pdf"), Path("full.pdf"))
    assert isinstance(denied, WriteDenied) and "disk is full" not in denied.message
    assert disk_problem(ValueError("disk full")) is None


def test_real_sqlite_errors_are_read_by_their_codes(tmp_path: Path):
    path = tmp_path / "journal.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    read_only = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as refused:
            read_only.execute("INSERT INTO t VALUES (1)")
    finally:
        read_only.close()
    assert disk_problem(refused.value) is DiskProblem.READ_ONLY
    assert isinstance(storage_error(refused.value), WriteDenied)

    garbage = tmp_path / "not-a-vault.db"
    garbage.write_bytes(b"this is no database at all " * 100)
    conn = sqlite3.connect(garbage)
    try:
        with pytest.raises(sqlite3.DatabaseError) as damaged:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    assert not is_disk_error(damaged.value)  # SQLITE_NOTADB: the file, not the disk


def test_the_words_each_caller_has_always_used():
    full = sqlite_error("SQLITE_FULL", "database or disk is full")
    io_error = sqlite_error("SQLITE_IOERR", "disk I/O error")
    assert storage_error(full).message == "the disk is full; nothing was changed"
    assert storage_error(io_error).message == (
        "the disk refused the write (OperationalError); nothing was changed"
    )
    assert storage_error(full, outcome="nothing was restored").message == (
        "the disk is full; nothing was restored"
    )
    restore = storage_error(io_error, outcome="nothing was restored", detail=str(io_error))
    assert restore.message == "the disk refused the write (disk I/O error); nothing was restored"


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "permission was refused"),
        (errno.EACCES, "permission was refused"),
        (errno.ENOENT, "the folder does not exist"),
        (errno.ENOTDIR, "part of its path is a file, not a folder"),
        (errno.EISDIR, "a folder of that name is in the way"),
        (errno.EIO, "words the system chose"),
    ],
)
def test_a_file_the_user_asked_for_is_named_with_the_reason(code, reason):
    error = file_write_error(_os_error(code), Path("/somewhere/pack.pdf"))
    assert error.message == f"could not write pack.pdf: {reason}; nothing was changed"
