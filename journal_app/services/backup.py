"""Restoring a backup into an empty vault path, or in place of the journal with the
old file kept (backups themselves are written by VaultStore.backup_to: a consistent,
fsynced copy through the SQLite backup API)."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from journal_app.disk import files
from journal_app.disk.files import fsync_dir, fsync_file, new_private_file, sqlite_uri
from journal_app.disk.storage_errors import is_disk_error, storage_error
from journal_app.errors import StorageError, UnsupportedFormat, VaultCorrupt, VaultExists
from journal_app.vault import file_schema
from journal_app.vault.manifest import sqlite_reason
from journal_app.vault.store import Problem, VaultStore

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
        left_out = _leave_out_foreign(staging)
        count, problems = _check_staging(staging, passphrase)
        problems = left_out + problems
        fsync_file(staging)
        files.place_new(staging, target, f"{target} appeared while restoring; nothing was changed")
        fsync_dir(target.parent)
    except OSError as exc:
        raise StorageError(f"could not write the restored vault ({exc.strerror})") from None
    finally:
        _remove_with_sidecars(staging)
    log.info("restored a backup with %d records, %d problem(s)", count, len(problems))
    return count, problems


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
            raise _disk_error(exc) from None
        raise VaultCorrupt(
            f"the backup is too damaged to restore ({sqlite_reason(exc)}); nothing was written"
        ) from None


def _check_staging(staging: Path, passphrase: str) -> tuple[int, list[Problem]]:
    """Open the copy as the app will, and verify it: a backup whose damage is so deep
    that it would not open in the journal's place is refused, not restored."""
    from journal_app.services.journal import Journal

    store = VaultStore.open(staging, write=True)  # the journal it becomes: WAL, migrated
    try:
        store.unlock(passphrase)
        problems = store.verify()
        count = store.record_count()
        Journal.from_store(store)  # loads every record, as unlock does
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        if is_disk_error(exc):
            raise _disk_error(exc) from None
        raise VaultCorrupt(
            f"the backup is too damaged to restore ({sqlite_reason(exc)}); nothing was written"
        ) from None
    except VaultCorrupt as exc:
        raise VaultCorrupt(
            f"the backup is too damaged to restore ({exc.message}); nothing was written"
        ) from None
    finally:
        store.close()
    return count, problems


def _fold_wal(vault: Path) -> None:
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


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
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
            raise _disk_error(exc) from None
        raise VaultCorrupt(f"{source.name} is not a readable vault backup ({exc})") from None


def _disk_error(exc: BaseException) -> StorageError:
    return storage_error(exc, outcome="nothing was restored", detail=str(exc))


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


def newest_save_in(backup: Path, passphrase: str, kek_cache: dict | None = None) -> datetime | None:
    """When the newest entry inside `backup` was saved: the latest `updated` among
    its records (the trash too), each authenticated with the vault's key. This is the
    backup's own date, which a file name or a file's modification time is not: a name
    can be wrong (a clock that was off, a copy renamed) and a copy made with a file
    manager gets a new modification time. The file is read, never written (a read-only
    connection, no migration). None when it holds no entry. Raises WrongPassphrase for
    a backup made under another passphrase, VaultCorrupt or StorageError for one that
    cannot be read this way."""
    from journal_app.services.journal import decode_record
    from journal_app.vault.header import header_from_row
    from journal_app.vault.store import LoadResult, read_header_row

    conn = None
    try:
        conn = sqlite3.connect(sqlite_uri(backup, mode="ro"), uri=True, check_same_thread=False)
        row = read_header_row(conn)
        if row is None:
            raise VaultCorrupt(f"{backup.name} has no header")
        store = VaultStore(backup, conn, header_from_row(row))
        store.unlock(passphrase, kek_cache)
        newest = None
        try:
            for record_id, _revision, plaintext in store.iter_records(LoadResult()):
                record = decode_record(record_id, plaintext)
                if record is not None and (newest is None or record.updated > newest):
                    newest = record.updated
        finally:
            store.lock()
        return newest
    except (sqlite3.Error, ValueError, TypeError) as exc:
        raise VaultCorrupt(f"{backup.name} could not be read ({type(exc).__name__})") from None
    finally:
        if conn is not None:
            conn.close()


def restored_copy_path(vault: Path, now: datetime | None = None) -> Path:
    """Where a backup is restored before it takes the open journal's place: beside
    it (so the swap is a rename on one file system), with a name that says so."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return vault.with_name(f"{vault.stem}.restored-{stamp}{vault.suffix}")


def swap_in_restored(vault: Path, restored: Path, now: datetime | None = None) -> Path:
    """Put `restored` (a file written by restore_backup) in `vault`'s place. The vault
    must be closed. The journal that was there is kept, renamed, never deleted: its
    new path is returned. If the swap fails half-way the old journal is put back."""
    vault, restored = Path(vault), Path(restored)
    if not restored.is_file():
        raise StorageError(f"the restored journal {restored.name} is missing; nothing was changed")
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    kept = vault.with_name(f"{vault.stem}.before-restore-{stamp}{vault.suffix}")
    if _target_in_use(kept):
        raise VaultExists(f"{kept.name} already exists; nothing was changed")
    _fold_wal(vault)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm"):
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
        if stranded:
            names = "; ".join(f"{new.name} was {old.name}" for new, old in reversed(stranded))
            error = StorageError(
                f"could not put the restored journal in place ({reason}), nor move "
                f"the journal back ({names}): give those files their old names to use "
                "the journal again"
            )
            error.stranded = list(reversed(stranded))  # type: ignore[attr-defined]
            raise error from None
        raise StorageError(
            f"could not put the restored journal in place ({reason}); "
            "the journal is as it was; try again in a moment"
        ) from None
    log.info("a restored backup replaced the journal; the old one was kept")
    return kept
