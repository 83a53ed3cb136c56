"""Automatic backups: at most once a day, a rotation of 7 daily, 4 weekly and 12
monthly copies, and the newest good one put in place when the journal fails."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.services.auto_backup import (
    BackupPolicy,
    automatic_backups,
    backup_name,
    is_due,
    restore_newest_good_backup,
    run_automatic_backup,
    to_keep,
)
from journal_app.services.journal import Journal

NOW = datetime(2026, 11, 23, 18, 0, 0)


def fake(folder: Path, when: datetime) -> Path:
    path = folder / backup_name(when)
    path.write_bytes(b"not a real backup")
    return path


def test_the_rotation_keeps_7_days_4_weeks_12_months(tmp_path: Path):
    # One backup every day at 18:00 for 500 days, and a second one on the last day.
    days = [NOW - timedelta(days=n) for n in range(500)]
    backups = [(when, tmp_path / backup_name(when)) for when in days]
    backups.append((NOW - timedelta(hours=5), tmp_path / "extra"))
    kept = {when for when, path in backups if path in to_keep(backups)}

    assert NOW in kept and NOW - timedelta(hours=5) not in kept  # newest of its day only
    assert {NOW - timedelta(days=n) for n in range(7)} <= kept
    # The newest of each of the last 4 ISO weeks and of the last 12 months.
    for bucket, count in ((lambda t: t.isocalendar()[:2], 4), (lambda t: (t.year, t.month), 12)):
        groups: dict = {}
        for when in days:
            groups.setdefault(bucket(when), []).append(when)
        for key in sorted(groups, reverse=True)[:count]:
            assert max(groups[key]) in kept
    assert min(kept) >= NOW - timedelta(days=366)  # nothing older than a year survives
    assert len(kept) <= 7 + 4 + 12


def test_a_backup_is_due_once_a_day(tmp_path: Path):
    assert is_due(tmp_path, NOW)
    fake(tmp_path, NOW - timedelta(hours=3))
    assert not is_due(tmp_path, NOW)
    assert is_due(tmp_path, NOW, BackupPolicy(every=timedelta(hours=2)))
    assert is_due(tmp_path, NOW + timedelta(hours=21))
    # A clock turned back does not stop backups for good.
    assert is_due(tmp_path, NOW - timedelta(days=2))


@pytest.fixture
def journal(tmp_path: Path):
    journal, _ = Journal.create(tmp_path / "journal.pswvault", PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2025-01-01", "title": "First"})
    yield journal
    if journal.is_open:
        journal.lock()


def test_automatic_backup_writes_once_a_day_and_prunes_only_its_own_files(tmp_path, journal):
    folder = tmp_path / "backups"
    folder.mkdir()
    old = [fake(folder, NOW - timedelta(days=n)) for n in range(1, 60)]
    mine = folder / "my own copy.pswbackup"
    mine.write_bytes(b"the worker's file")

    out = run_automatic_backup(journal, folder, NOW)

    assert out == folder / backup_name(NOW)
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    copy = Journal.open(out, PASSPHRASE)
    assert [r.title for r in copy.records()] == ["First"]
    copy.lock()
    left = {path for _when, path in automatic_backups(folder)}
    assert left == to_keep(
        [(NOW, out)]
        + [(NOW - timedelta(days=n), p) for n, p in zip(range(1, 60), old, strict=True)]
    )
    assert len(left) < 60 and mine.read_bytes() == b"the worker's file"
    assert run_automatic_backup(journal, folder, NOW + timedelta(hours=2)) is None


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_newest_good_backup_replaces_a_failed_journal_which_is_kept(tmp_path, journal):
    folder = tmp_path / "backups"
    good = run_automatic_backup(journal, folder, NOW - timedelta(days=2))
    journal.add({"type": "checkin", "date": "2025-01-02", "title": "Second"})
    journal.change_passphrase("another passphrase for this journal", FAST_KDF)
    run_automatic_backup(journal, folder, NOW - timedelta(days=1))  # other passphrase
    fake(folder, NOW)  # the newest: not a vault at all
    journal.lock()
    vault = tmp_path / "journal.pswvault"
    vault.write_bytes(b"damaged beyond reading" + vault.read_bytes()[100:])
    damaged = _digest(vault)

    rescued = restore_newest_good_backup(vault, PASSPHRASE, folder, NOW)

    assert rescued is not None and rescued.backup == good and rescued.records == 1
    assert _digest(rescued.kept) == damaged  # the failed journal, byte for byte
    restored = Journal.open(vault, PASSPHRASE)
    assert [r.title for r in restored.records()] == ["First"]
    restored.lock()


def test_no_good_backup_changes_nothing(tmp_path, journal):
    journal.lock()
    vault = tmp_path / "journal.pswvault"
    before = _digest(vault)
    folder = tmp_path / "backups"
    folder.mkdir()
    fake(folder, NOW)
    assert restore_newest_good_backup(vault, PASSPHRASE, folder, NOW) is None
    assert _digest(vault) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "journal.pswvault"]
