"""Restoring a backup: into an empty vault path, or in place of the journal with the
old file kept; and the date of the newest entry inside a backup. What is restored,
what is checked first and what the user is told are decided here; the copying,
checking and swapping of the files is vault/backup.py's (backups themselves are
written by VaultStore.backup_to)."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from journal_app.errors import StorageError, UnsupportedFormat, VaultExists
from journal_app.vault import backup as vault_backup
from journal_app.vault.store import LoadResult, Problem

log = logging.getLogger(__name__)


def restore_backup(backup: Path, target: Path, passphrase: str) -> tuple[int, list[Problem]]:
    """Check that `backup` opens with `passphrase`, then place a copy at `target`,
    which must not hold a vault. Returns the number of records and what `verify`
    found: a backup with one damaged record is still the best copy there is, so it
    is restored and the problems are reported rather than refused."""
    from journal_app.services.journal import Journal

    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise UnsupportedFormat(f"no backup file at {backup}")
    if vault_backup.holds_a_vault(target):
        raise VaultExists(f"{target} is not empty; restore only into an empty vault path")
    count, problems = vault_backup.restore_copy(backup, target, passphrase, Journal.from_store)
    log.info("restored a backup with %d records, %d problem(s)", count, len(problems))
    return count, problems


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

    newest = None
    with vault_backup.read_backup(backup, passphrase, kek_cache) as store:
        for record_id, _revision, plaintext in store.iter_records(LoadResult()):
            record = decode_record(record_id, plaintext)
            if record is not None and (newest is None or record.updated > newest):
                newest = record.updated
    return newest


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
    if vault_backup.holds_a_vault(kept):
        raise VaultExists(f"{kept.name} already exists; nothing was changed")
    try:
        vault_backup.swap_in(vault, restored, kept)
    except vault_backup.SwapFailed as failed:
        if failed.stranded:
            names = "; ".join(f"{new.name} was {old.name}" for new, old in failed.stranded)
            error = StorageError(
                f"could not put the restored journal in place ({failed.reason}), nor move "
                f"the journal back ({names}): give those files their old names to use "
                "the journal again"
            )
            error.stranded = failed.stranded  # type: ignore[attr-defined]
            raise error from None
        raise StorageError(
            f"could not put the restored journal in place ({failed.reason}); "
            "the journal is as it was; try again in a moment"
        ) from None
    log.info("a restored backup replaced the journal; the old one was kept")
    return kept
