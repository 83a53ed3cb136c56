"""Automatic backups: on lock and on quit, at most once a day by default, a consistent
encrypted copy into a folder the worker chooses, kept in a rotation (the newest of
each of the last 7 days, 4 weeks and 12 months that have a backup)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.disk import files
from journal_app.disk.storage_errors import file_write_error
from journal_app.errors import JournalError, WrongPassphrase
from journal_app.paths import data_dir, ensure_private_dir

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

log = logging.getLogger(__name__)

PREFIX = "psw-journal-auto-"
SUFFIX = ".pswbackup"
_NAME = re.compile(rf"^{re.escape(PREFIX)}(\d{{8}}-\d{{6}}){re.escape(SUFFIX)}$")


@dataclass(frozen=True)
class BackupPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    every: timedelta = timedelta(days=1)  # at most one automatic backup in this time


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def backup_name(when: datetime) -> str:
    return f"{PREFIX}{when:%Y%m%d-%H%M%S}{SUFFIX}"


def automatic_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups in `folder`, newest first (other files are not ours)."""
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match and path.is_file():
            found.append((datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), path))
    return sorted(found, reverse=True)


def is_due(folder: Path, now: datetime, policy: BackupPolicy = BackupPolicy()) -> bool:
    backups = automatic_backups(folder)
    return not backups or now - backups[0][0] >= policy.every or backups[0][0] > now


def to_keep(
    backups: list[tuple[datetime, Path]], policy: BackupPolicy = BackupPolicy()
) -> set[Path]:
    """The rotation: the newest backup of each of the `daily` most recent days that have
    one, likewise for ISO weeks and months. The newest backup is always kept."""
    newest_first = sorted(backups, reverse=True)
    keep: set[Path] = set()
    for count, bucket in (
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for when, path in newest_first:
            key = bucket(when)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(path)
    if newest_first:
        keep.add(newest_first[0][1])
    return keep


def run_automatic_backup(
    journal: Journal,
    folder: Path | None = None,
    now: datetime | None = None,
    policy: BackupPolicy = BackupPolicy(),
) -> Path | None:
    """Write a backup if one is due, then prune the rotation. Returns the new file,
    or None when none was due. Only files this module named are ever removed, and only
    after the new backup is safely written."""
    folder = Path(folder) if folder is not None else default_backup_dir()
    now = now or datetime.now()
    if not is_due(folder, now, policy):
        return None
    try:
        ensure_private_dir(folder)
    except OSError as exc:
        raise file_write_error(exc, folder) from None  # as every writer says it
    out = folder / backup_name(now)
    journal.backup(out)
    backups = automatic_backups(folder)
    keep = to_keep(backups, policy)
    for _when, path in backups:
        if path not in keep:
            try:
                files.remove(path)
            except (OSError, files.FileInUse):
                log.warning("could not remove an old automatic backup (kept for next time)")
    log.info("automatic backup written; %d kept", len(automatic_backups(folder)))
    return out


@dataclass(frozen=True)
class RescuedJournal:
    backup: Path  # the backup that was restored
    kept: Path  # the journal that failed its checks, renamed, byte for byte as it was
    records: int
    saved: datetime | None = None  # the newest save inside the backup (UTC)


@dataclass(frozen=True)
class StagedRescue:
    """The newest good backup, restored beside the journal and checked, not yet put
    in its place (`put_rescue_in_place`) or given up (`give_up_rescue`)."""

    backup: Path
    copy: Path
    records: int
    saved: datetime | None  # the newest save inside the backup (UTC)


def _by_what_they_hold(folder: Path, passphrase: str) -> list[tuple[Path, datetime | None]]:
    """The automatic backups that open with `passphrase`, the one holding the newest
    save first. Each is judged by the dates inside it (services/backup.newest_save_in),
    never by its file name, which only says the file is one of ours: a backup whose
    name claims a later day than its entries were saved is not preferred for it.
    This reads every backup once (its records, and one key derivation, about half a
    second, for each passphrase and salt among them: backups made between two
    passphrase changes share one): a rescue is rare, and it runs behind a progress
    window. One that
    cannot be read this way (too damaged, or an older format, which restoring
    upgrades) comes after every dated one, newest file first."""
    from journal_app.services.backup import newest_save_in

    dated: list[tuple[datetime, float, Path]] = []
    undated: list[tuple[float, Path]] = []
    # Backups made between two passphrase changes share their salt: one derivation.
    keks: dict = {}
    for _when, backup in automatic_backups(folder):
        try:
            modified = backup.stat().st_mtime
        except OSError:
            continue
        try:
            saved = newest_save_in(backup, passphrase, keks)
        except WrongPassphrase:
            continue  # made when the passphrase was another one
        except JournalError:
            undated.append((modified, backup))
            continue
        dated.append((saved or datetime.min.replace(tzinfo=UTC), modified, backup))
    dated.sort(key=lambda item: (item[0], item[1]), reverse=True)
    undated.sort(reverse=True)
    return [(path, when if when.year > 1 else None) for when, _m, path in dated] + [
        (path, None) for _m, path in undated
    ]


def stage_newest_good_backup(
    vault: Path, passphrase: str, folder: Path | None = None, now: datetime | None = None
) -> StagedRescue | None:
    """For a journal that fails its checks: restore, beside it, the automatic backup
    holding the newest saves that opens with `passphrase` and verifies clean. None
    when no backup qualifies (then nothing was changed)."""
    from journal_app.services.backup import restore_backup, restored_copy_path

    now = now or datetime.now()
    for backup, saved in _by_what_they_hold(folder or default_backup_dir(), passphrase):
        target = restored_copy_path(vault, now)
        try:
            count, problems = restore_backup(backup, target, passphrase)
        except JournalError:
            continue  # unreadable, or made when the passphrase was another one
        if problems:
            files.discard(target)
            continue
        return StagedRescue(backup, target, count, saved)
    return None


def put_rescue_in_place(
    vault: Path, staged: StagedRescue, now: datetime | None = None
) -> RescuedJournal:
    """Put the staged backup in the journal's place; the failed journal is kept
    beside it, renamed, never changed."""
    from journal_app.services.backup import swap_in_restored

    kept = swap_in_restored(vault, staged.copy, now or datetime.now())
    log.info("the journal failed its checks; the newest good backup was put in place")
    return RescuedJournal(staged.backup, kept, staged.records, staged.saved)


def give_up_rescue(staged: StagedRescue) -> None:
    """The worker chose not to use the staged backup: remove the copy."""
    for suffix in ("", "-wal", "-shm"):
        files.discard(staged.copy.with_name(staged.copy.name + suffix))


def restore_newest_good_backup(
    vault: Path, passphrase: str, folder: Path | None = None, now: datetime | None = None
) -> RescuedJournal | None:
    """For a journal that fails its checks: restore the automatic backup holding the
    newest saves that opens with `passphrase` and verifies clean, and put it in the
    journal's place. The failed journal is kept beside it, renamed, never changed.
    None when no backup qualifies (then nothing was changed)."""
    now = now or datetime.now()
    staged = stage_newest_good_backup(vault, passphrase, folder, now)
    if staged is None:
        return None
    return put_rescue_in_place(vault, staged, now)
