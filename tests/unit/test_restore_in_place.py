"""A backup restored in place of the journal: the journal that was there is kept,
renamed, and a failed swap leaves it exactly where it was."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.errors import StorageError, VaultExists
from journal_app.services.backup import restore_backup, restored_copy_path, swap_in_restored
from journal_app.services.journal import Journal

WHEN = datetime(2026, 11, 23, 9, 30, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def journal_with_backup(tmp_path: Path):
    vault = tmp_path / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2025-01-01", "title": "In the backup"})
    backup = tmp_path / "b.pswbackup"
    journal.backup(backup)
    journal.add({"type": "checkin", "date": "2025-01-02", "title": "Written after the backup"})
    journal.lock()
    return vault, backup


def titles(vault: Path) -> set[str]:
    journal = Journal.open(vault, PASSPHRASE)
    try:
        return {r.title for r in journal.records()}
    finally:
        journal.lock()


def test_the_restored_journal_takes_the_place_and_the_old_one_is_kept(journal_with_backup):
    vault, backup = journal_with_backup
    before = digest(vault)
    restored = restored_copy_path(vault, WHEN)
    assert restored.parent == vault.parent
    count, problems = restore_backup(backup, restored, PASSPHRASE)
    assert (count, problems) == (1, [])

    kept = swap_in_restored(vault, restored, WHEN)

    assert kept.name == "journal.before-restore-20261123-093000.pswvault"
    assert digest(kept) == before  # the old journal, byte for byte
    assert titles(vault) == {"In the backup"}
    assert titles(kept) == {"In the backup", "Written after the backup"}
    assert not restored.exists()


def test_a_failed_swap_puts_the_journal_back(journal_with_backup, monkeypatch):
    vault, backup = journal_with_backup
    before = digest(vault)
    restored = restored_copy_path(vault, WHEN)
    restore_backup(backup, restored, PASSPHRASE)
    real_rename = os.rename

    def fail_on_the_restored_file(src, dst):
        if Path(src) == restored:
            raise OSError(28, "No space left on device")
        return real_rename(src, dst)

    monkeypatch.setattr(os, "rename", fail_on_the_restored_file)
    with pytest.raises(StorageError, match="as it was"):
        swap_in_restored(vault, restored, WHEN)
    assert digest(vault) == before
    assert sorted(p.name for p in vault.parent.glob("journal.before-restore*")) == []


def test_an_existing_kept_copy_is_never_overwritten(journal_with_backup):
    vault, backup = journal_with_backup
    restored = restored_copy_path(vault, WHEN)
    restore_backup(backup, restored, PASSPHRASE)
    kept = vault.with_name("journal.before-restore-20261123-093000.pswvault")
    kept.write_bytes(b"an earlier copy")
    with pytest.raises(VaultExists):
        swap_in_restored(vault, restored, WHEN)
    assert kept.read_bytes() == b"an earlier copy"
    assert titles(vault) == {"In the backup", "Written after the backup"}
