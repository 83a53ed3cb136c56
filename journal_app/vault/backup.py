"""Backup files at the level of SQLite and the file system: a backup copied into a
staging file without changing it, what the format does not define left out, the copy
opened and checked as the journal it becomes, then placed; a restored copy swapped in
for a closed journal (its -wal folded in first); a backup read, never written.

What to restore and what to tell the user is decided in services/backup.py. Backups
themselves are written by VaultStore.backup_to (a consistent, fsynced copy through
the SQLite backup API)."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from journal_app.disk import files
from journal_app.disk.files import fsync_dir, fsync_file, new_private_file, sqlite_uri
from journal_app.disk.storage_errors import is_disk_error, storage_error
from journal_app.errors import StorageError, VaultCorrupt
from journal_app.vault import file_schema
from journal_app.vault.connection import is_other_file, not_a_journal
from journal_app.vault.header import header_from_row
from journal_app.vault.manifest import Problem, sqlite_reason
from journal_app.vault.store import VaultStore, read_header_row

log = logging.getLogger(__name__)

_WITH_SIDECARS = ("", "-wal", "-shm")


def holds_a_vault(path: Path) -> bool:
    """Whether `path` (or a -wal or -shm of it) is there: a restore never writes over it."""
    for suffix in _WITH_SIDECARS:
        candidate = path.with_name(path.name + suffix)
        if candidate.exists() and (suffix or candidate.stat().st_size > 0):
            return True
    return False


def restore_copy(
    backup: Path, target: Path, passphrase: str, load: Callable[[VaultStore], object]
) -> tuple[int, list[Problem]]:
    """Copy `backup` to `target` (which holds no vault), through a staging file that is
    opened as the journal will be, unlocked, verified and loaded with `load`. Returns
    the number of records and the problems found (what was left out first)."""
    staging = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _remove_with_sidecars(staging)
        _copy_read_only(backup, staging)
        left_out = _leave_out_foreign(staging)
        count, problems = _check_copy(staging, passphrase, load)
        fsync_file(staging)
        files.place_new(staging, target, f"{target} appeared while restoring; nothing was changed")
        fsync_dir(target.parent)
    except OSError as exc:
        raise StorageError(f"could not write the restored vault ({exc.strerror})") from None
    finally:
        _remove_with_sidecars(staging)
    return count, left_out + problems


def _restore_error(exc: BaseException) -> StorageError:
    return storage_error(exc, outcome="nothing was restored", detail=str(exc))


def _too_damaged(reason: str) -> VaultCorrupt:
    return VaultCorrupt(f"the backup is too damaged to restore ({reason}); nothing was written")


def _leave_out_foreign(staging: Path) -> list[Problem]:
    """A backup may have been changed since it was written: the copy keeps only what
    the format defines (vault.file_schema; only DROP statements run on it, so nothing
    planted in it runs). Returns what was left out, to be reported."""
    try:
        conn = sqlite3.connect(staging, isolation_level=None)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            return file_schema.leave_out_foreign(conn, version)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # A damaged schema can make SQLite's own message undecodable, hence the second.
        if is_disk_error(exc):
            raise _restore_error(exc) from None
        raise _too_damaged(sqlite_reason(exc)) from None


def _check_copy(
    staging: Path, passphrase: str, load: Callable[[VaultStore], object]
) -> tuple[int, list[Problem]]:
    """Open the copy as the app will, and verify it: a backup whose damage is so deep
    that it would not open in the journal's place is refused, not restored."""
    store = VaultStore.open(staging, write=True)  # the journal it becomes: WAL, migrated
    try:
        store.unlock(passphrase)
        problems = store.verify()
        count = store.record_count()
        load(store)  # every record, as an unlock loads them
        store.fold_wal()
    except sqlite3.Error as exc:
        if is_disk_error(exc):
            raise _restore_error(exc) from None
        raise _too_damaged(sqlite_reason(exc)) from None
    except VaultCorrupt as exc:
        raise _too_damaged(exc.message) from None
    finally:
        store.close()
    return count, problems


def _remove_with_sidecars(path: Path) -> None:
    for suffix in _WITH_SIDECARS:
        files.discard(path.with_name(path.name + suffix))


def _copy_read_only(source: Path, dest: Path) -> None:
    """Copy through SQLite so the backup itself is never modified."""
    new_private_file(dest)
    try:
        src = sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True)
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
            src.close()
    except sqlite3.DatabaseError as exc:
        if is_disk_error(exc) and not _is_source_error(source):
            raise _restore_error(exc) from None
        if is_other_file(source):
            raise not_a_journal(source) from None
        raise VaultCorrupt(f"{source.name} is not a readable vault backup ({exc})") from None


def _is_source_error(source: Path) -> bool:
    """After a failed copy: is it the backup that cannot be read (rather than the
    disk the copy goes to)?"""
    try:
        conn = sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return True
    return False


# --- the swap --------------------------------------------------------------------


@dataclass
class SwapFailed(Exception):
    """The restored copy could not be put in place; `reason` says why. The files moved
    aside were put back, except those in `stranded` ((where it is, its old path))."""

    reason: str
    stranded: list[tuple[Path, Path]] = field(default_factory=list)


def fold_wal(vault: Path) -> None:
    """Fold a closed journal's -wal into its main file, so it moves as one file and a
    failure half-way cannot part the two. A journal too damaged for this moves as it is."""
    wal = vault.with_name(vault.name + "-wal")
    if not wal.exists():
        return
    try:
        conn = sqlite3.connect(vault)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        log.warning("could not fold the journal's -wal before moving it")


def swap_in(vault: Path, restored: Path, kept: Path) -> None:
    """Move the closed journal at `vault` (with its -wal and -shm) to `kept`, then
    `restored` to `vault`. On a failure the journal's files are moved back and
    SwapFailed is raised."""
    fold_wal(vault)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in _WITH_SIDECARS:
            old = vault.with_name(vault.name + suffix)
            if old.exists():
                new = kept.with_name(kept.name + suffix)
                files.rename(old, new)
                moved.append((new, old))
        files.rename(restored, vault)
        fsync_dir(vault.parent)
    except (OSError, files.FileInUse) as exc:
        if isinstance(exc, files.FileInUse):
            reason = f"{exc.path.name} is open in another program"
        else:
            reason = exc.strerror or type(exc).__name__
        stranded = []
        for new, old in reversed(moved):
            try:
                files.rename(new, old)
            except (OSError, files.FileInUse):
                stranded.append((new, old))
        raise SwapFailed(reason, list(reversed(stranded))) from None


# --- reading a backup --------------------------------------------------------------


@contextlib.contextmanager
def read_backup(
    backup: Path, passphrase: str, kek_cache: dict | None = None
) -> Iterator[VaultStore]:
    """The backup unlocked, read through a read-only connection and never migrated (the
    file is not changed). Raises WrongPassphrase for a backup made under another
    passphrase; anything SQLite, or the caller reading it, finds unreadable in it
    (sqlite3.Error, ValueError, TypeError) becomes VaultCorrupt."""
    conn = None
    try:
        conn = sqlite3.connect(sqlite_uri(backup, mode="ro"), uri=True, check_same_thread=False)
        row = read_header_row(conn)
        if row is None:
            raise VaultCorrupt(f"{backup.name} has no header")
        store = VaultStore(backup, conn, header_from_row(row))
        store.unlock(passphrase, kek_cache)
        try:
            yield store
        finally:
            store.lock()
    except (sqlite3.Error, ValueError, TypeError) as exc:
        raise VaultCorrupt(f"{backup.name} could not be read ({type(exc).__name__})") from None
    finally:
        if conn is not None:
            conn.close()
