"""Tampering and damage that must stay visible, and must never lock the worker out:
rollbacks survive later saves, one bad row never hides the journal, recovery and
restore keep working after damage."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.errors import VaultCorrupt, WeakKdfParameters
from journal_app.services.backup import restore_backup
from journal_app.services.journal import Journal, reset_passphrase_with_recovery_key
from journal_app.vault import crypto

NEW_PASS = "an entirely new passphrase for this"


def make(path: Path) -> tuple[Journal, str]:
    journal, key = Journal.create(path, PASSPHRASE, FAST_KDF)
    return journal, key


def test_a_rollback_stays_reported_after_the_record_is_saved_again(vault_path: Path):
    journal, _ = make(vault_path)
    record = journal.add({"type": "checkin", "date": "2025-01-01", "title": "First"})
    with sqlite3.connect(vault_path) as conn:
        old = conn.execute("SELECT revision, blob FROM records WHERE id=?", (record.id,)).fetchone()
    journal.edit(record.id, {"title": "Second"})
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        conn.execute("UPDATE records SET revision=?, blob=? WHERE id=?", (*old, record.id))

    journal = Journal.open(vault_path, PASSPHRASE)
    try:
        assert journal.changed_outside == [record.id]  # seen at unlock, before verify
        journal.edit(record.id, {"tags": ["x"]})  # the worker's save still goes through
        assert journal.verify() != []  # ... but does not launder the rollback
    finally:
        journal.lock()
    journal = Journal.open(vault_path, PASSPHRASE)
    try:
        assert journal.verify() != []
    finally:
        journal.lock()


def test_a_record_id_that_is_not_utf8_does_not_hide_the_journal(vault_path: Path):
    journal, _ = make(vault_path)
    keep = journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 5}})
    bad = journal.add({"type": "checkin", "date": "2025-01-02", "fields": {"mood": 6}})
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        conn.execute("UPDATE records SET id = CAST(x'ff' || id AS TEXT) WHERE id = ?", (bad.id,))
    journal = Journal.open(vault_path, PASSPHRASE)
    try:
        assert [r.id for r in journal.records()] == [keep.id]
        assert bad.id in journal.damaged  # named through the manifest
        kinds = {(p.record_id, p.kind) for p in journal.verify()}
        assert (bad.id, "missing") in kinds
        assert any(p.record_id is None and p.kind == "damaged" for p in journal.verify())
    finally:
        journal.lock()


def test_a_quarantined_record_can_be_deleted(vault_path: Path):
    journal, _ = make(vault_path)
    bad = journal.add({"type": "checkin", "date": "2025-01-02", "fields": {"mood": 6}})
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        blob = conn.execute("SELECT blob FROM records WHERE id=?", (bad.id,)).fetchone()[0]
        conn.execute(
            "UPDATE records SET blob=? WHERE id=?", (blob[:-1] + bytes([blob[-1] ^ 1]), bad.id)
        )
    journal = Journal.open(vault_path, PASSPHRASE)
    try:
        assert journal.damaged == [bad.id]
        journal.delete(bad.id)
        assert journal.damaged == []
        assert journal.verify() == []
    finally:
        journal.lock()


def test_recovery_after_a_damaged_passphrase_slot_leaves_a_clean_vault(vault_path: Path, tmp_path):
    journal, key = make(vault_path)
    record = journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 5}})
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        slot = conn.execute("SELECT passphrase_slot FROM vault_header").fetchone()[0]
        conn.execute(
            "UPDATE vault_header SET passphrase_slot=?", (bytes([slot[0] ^ 1]) + slot[1:],)
        )
    with pytest.raises(VaultCorrupt):
        Journal.open(vault_path, PASSPHRASE)

    reset_passphrase_with_recovery_key(vault_path, key, NEW_PASS)
    journal = Journal.open(vault_path, NEW_PASS)
    try:
        assert journal.verify() == []
        journal.backup(tmp_path / "after-recovery.bak")
    finally:
        journal.lock()
    target = tmp_path / "restored" / "v.pswvault"
    count, problems = restore_backup(tmp_path / "after-recovery.bak", target, NEW_PASS)
    assert (count, problems) == (1, [])
    restored = Journal.open(target, NEW_PASS)
    assert restored.get(record.id).fields == {"mood": 5}
    restored.lock()


@pytest.mark.parametrize(
    ("column", "value"),
    [("kdf_memory_kib", 1024), ("kdf_iterations", 1), ("kdf_memory_kib", 1 << 30)],
)
def test_the_recovery_key_rescues_a_header_with_damaged_kdf_settings(
    vault_path: Path, column: str, value: int, monkeypatch
):
    monkeypatch.setattr(crypto, "calibrate", lambda *a, **k: FAST_KDF)
    journal, key = make(vault_path)
    record = journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 5}})
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        conn.execute(f"UPDATE vault_header SET {column}=?", (value,))
    with pytest.raises((WeakKdfParameters, VaultCorrupt)):
        Journal.open(vault_path, PASSPHRASE)
    reset_passphrase_with_recovery_key(vault_path, key, NEW_PASS)
    journal = Journal.open(vault_path, NEW_PASS)
    try:
        assert journal.get(record.id).fields == {"mood": 5}
        assert journal.verify() == []
    finally:
        journal.lock()


def test_restore_keeps_a_backup_with_one_damaged_record_and_reports_it(
    vault_path: Path, tmp_path: Path
):
    journal, _ = make(vault_path)
    good = journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 5}})
    bad = journal.add({"type": "checkin", "date": "2025-01-02", "fields": {"mood": 6}})
    journal.backup(tmp_path / "b.bak")
    journal.lock()
    with sqlite3.connect(tmp_path / "b.bak") as conn:
        blob = conn.execute("SELECT blob FROM records WHERE id=?", (bad.id,)).fetchone()[0]
        conn.execute("UPDATE records SET blob=? WHERE id=?", (blob[:-1] + b"\x00", bad.id))
    target = tmp_path / "restored.pswvault"
    count, problems = restore_backup(tmp_path / "b.bak", target, PASSPHRASE)
    assert count == 2
    assert [(p.record_id, p.kind) for p in problems] == [(bad.id, "damaged")]
    restored = Journal.open(target, PASSPHRASE)
    assert [r.id for r in restored.records()] == [good.id]
    restored.lock()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE manifest_state SET count='x'",
        "UPDATE manifest SET mac='x'",
        "UPDATE manifest SET revision='abc'",
        "UPDATE records SET revision='abc'",
    ],
)
def test_saves_survive_mistyped_columns_and_keep_the_damage_visible(vault_path: Path, sql: str):
    journal, _ = make(vault_path)
    record = journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 5}})
    with sqlite3.connect(vault_path) as conn:
        conn.execute(sql)
    if "records" not in sql:
        journal.edit(record.id, {"fields": {"mood": 7}})
    journal.add({"type": "checkin", "date": "2025-01-03"})
    assert journal.verify() != []


def test_no_save_slips_past_an_index_build_that_is_starting(journal, monkeypatch):
    """A record saved while the worker is being started must still be found."""
    for i in range(50):
        journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"note": f"note {i}"}})
    index = journal.cache.index
    original = index.build_in_background
    entered, release = threading.Event(), threading.Event()

    def slow_start(snapshot):
        entered.set()
        release.wait(5)
        original(snapshot)

    monkeypatch.setattr(index, "build_in_background", slow_start)
    starter = threading.Thread(target=journal.start_indexing)
    starter.start()
    entered.wait(5)
    zebra = journal.add({"type": "checkin", "date": "2025-01-02", "fields": {"note": "zebra"}})
    release.set()
    starter.join(5)
    assert [r.id for r in journal.search("zebra")] == [zebra.id]


def test_verify_reports_a_damaged_header_checksum(vault_path: Path):
    journal, key = make(vault_path)
    journal.add({"type": "checkin", "date": "2025-01-01", "title": "Still here"})
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        conn.execute("UPDATE vault_header SET checksum = ? WHERE id = 1", (bytes(32),))
    journal = Journal.open_with_recovery_key(vault_path, key)
    try:
        assert [r.title for r in journal.records()] == ["Still here"]
        kinds = [p.kind for p in journal.verify()]
        assert kinds == ["header_checksum"]
    finally:
        journal.lock()
