"""Restoring a backup into an empty vault path (backups themselves are written by
VaultStore.backup_to: a consistent, fsynced copy through the SQLite backup API)."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from journal_app.errors import StorageError, UnsupportedFormat, VaultCorrupt, VaultExists
from journal_app.vault.store import Problem, VaultStore, fsync_dir, fsync_file, new_private_file

log = logging.getLogger(__name__)


def _target_in_use(target: Path) -> bool:
    for suffix in ("", "-wal", "-shm"):
        candidate = target.with_name(target.name + suffix)
        if candidate.exists() and (suffix or candidate.stat().st_size > 0):
            return True
    return False


def restore_backup(backup: Path, target: Path, passphrase: str) -> tuple[int, list[Problem]]:
    """Check that `backup` opens with `passphrase`, then place a copy at `target`,
    which must not hold a vault. Returns the number of records and what `verify`
    found: a backup with one damaged record is still the best copy there is, so it
    is restored and the problems are reported rather than refused."""
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise UnsupportedFormat(f"no backup file at {backup}")
    if _target_in_use(target):
        raise VaultExists(f"{target} is not empty; restore only into an empty vault path")
    staging = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _remove_with_sidecars(staging)
        _copy_read_only(backup, staging)
        store = VaultStore.open(staging)
        try:
            store.unlock(passphrase)
            problems = store.verify()
            count = store.record_count()
            store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store.close()
        fsync_file(staging)
        try:
            os.link(staging, target)
        except FileExistsError:
            raise VaultExists(f"{target} appeared while restoring; nothing was changed") from None
        fsync_dir(target.parent)
    except OSError as exc:
        raise StorageError(f"could not write the restored vault ({exc.strerror})") from None
    finally:
        _remove_with_sidecars(staging)
    log.info("restored a backup with %d records, %d problem(s)", count, len(problems))
    return count, problems


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def _copy_read_only(source: Path, dest: Path) -> None:
    """Copy through SQLite so the backup itself is never modified."""
    new_private_file(dest)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
            src.close()
    except sqlite3.DatabaseError as exc:
        raise VaultCorrupt(f"{source.name} is not a readable vault backup ({exc})") from None
