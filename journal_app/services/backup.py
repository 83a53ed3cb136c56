"""Restoring a backup into an empty vault path (backups themselves are written by
VaultStore.backup_to: a consistent, fsynced copy through the SQLite backup API)."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from journal_app.errors import StorageError, UnsupportedFormat, VaultCorrupt, VaultExists
from journal_app.vault.store import VaultStore, fsync_dir, fsync_file, new_private_file

log = logging.getLogger(__name__)


def _target_in_use(target: Path) -> bool:
    for suffix in ("", "-wal", "-shm"):
        candidate = target.with_name(target.name + suffix)
        if candidate.exists() and (suffix or candidate.stat().st_size > 0):
            return True
    return False


def restore_backup(backup: Path, target: Path, passphrase: str) -> int:
    """Check that `backup` opens with `passphrase` and verifies clean, then place a
    copy at `target`, which must not hold a vault. Returns the number of records."""
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise UnsupportedFormat(f"no backup file at {backup}")
    if _target_in_use(target):
        raise VaultExists(f"{target} is not empty; restore only into an empty vault path")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            staging.with_name(staging.name + suffix).unlink()
    try:
        _copy_read_only(backup, staging)
        store = VaultStore.open(staging)
        try:
            store.unlock(passphrase)
            problems = store.verify()
            if problems:
                raise VaultCorrupt(
                    f"the backup fails its checks ({len(problems)} problem(s)); "
                    "run 'psw-journal verify' on a copy of it for details"
                )
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
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                staging.with_name(staging.name + suffix).unlink()
    log.info("restored a backup with %d records", count)
    return count


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
