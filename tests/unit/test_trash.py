"""Deleting moves a record to the trash: out of every view, search and pack, back with
one step, and gone for good (no plaintext, no ciphertext) once the trash is emptied."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.domain.records import utc_now
from journal_app.errors import RecordNotFound
from journal_app.services.journal import Journal
from journal_app.services.pack import PackOptions, build_pack

CANARY = "Zebracanary-trash-9d1f"


@pytest.fixture
def journal(vault_path: Path):
    journal, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    yield journal
    if journal.is_open:
        journal.lock()


def add(journal: Journal, title: str, text: str = "words"):
    return journal.add(
        {
            "type": "reflection",
            "date": "2025-01-10",
            "title": title,
            "share": "full",
            "fields": {"model": "free", "text": text},
        }
    )


def test_a_trashed_record_leaves_every_view_and_comes_back(journal: Journal, vault_path: Path):
    kept = add(journal, "Kept", "ordinary words")
    gone = add(journal, "Binned", f"{CANARY} words")
    journal.move_to_trash(gone.id)

    assert [r.id for r in journal.records()] == [kept.id]
    assert journal.search(CANARY) == []
    with pytest.raises(RecordNotFound):
        journal.get(gone.id)
    pack = build_pack(
        journal.records(), journal.vocabulary, PackOptions(date(2025, 1, 1), date(2025, 1, 31))
    )
    assert CANARY not in pack.document.plain_text()
    [binned] = journal.trash()
    assert binned.id == gone.id and binned.trashed is not None

    journal.lock()  # the trash survives locking
    journal = Journal.open(vault_path, PASSPHRASE)
    try:
        assert [r.id for r in journal.trash()] == [gone.id]
        assert journal.verify() == []
        restored = journal.restore_from_trash(gone.id)
        assert restored.trashed is None and journal.trash() == []
        assert [r.id for r in journal.search(CANARY)] == [gone.id]
        assert journal.get(gone.id).fields["text"] == f"{CANARY} words"
    finally:
        journal.lock()


def test_emptying_purges_only_what_is_old_enough(journal: Journal):
    old = add(journal, "Old")
    new = add(journal, "New")
    journal.move_to_trash(old.id)
    journal.move_to_trash(new.id)
    later = utc_now() + timedelta(days=31)
    assert journal.empty_trash(timedelta(days=30), now=later - timedelta(days=2)) == 0
    # Both were trashed moments apart: a month on, both are past 30 days.
    assert journal.empty_trash(timedelta(days=30), now=later) == 2
    assert journal.trash() == [] and journal.verify() == []
    with pytest.raises(RecordNotFound):
        journal.restore_from_trash(old.id)


def test_emptying_leaves_no_plaintext_or_ciphertext_in_the_file(journal, vault_path: Path):
    add(journal, "Ordinary")
    gone = add(journal, "Binned", f"{CANARY} " * 40)
    blobs = []
    with sqlite3.connect(vault_path) as conn:
        blobs.append(conn.execute("SELECT blob FROM records WHERE id=?", (gone.id,)).fetchone()[0])
    # Edited twice first, so its history holds two old revisions that must go too.
    for n in (2, 3):
        journal.edit(gone.id, {"fields": {"description": f"{CANARY} version {n} " * 20}})
    with sqlite3.connect(vault_path) as conn:
        old = conn.execute("SELECT blob FROM history WHERE record_id=?", (gone.id,)).fetchall()
    assert len(old) == 2
    blobs += [row[0] for row in old]
    journal.move_to_trash(gone.id)
    with sqlite3.connect(vault_path) as conn:
        blobs.append(conn.execute("SELECT blob FROM records WHERE id=?", (gone.id,)).fetchone()[0])

    assert journal.empty_trash() == 1
    journal.lock()
    files = [p for p in vault_path.parent.iterdir() if p.name.startswith(vault_path.name)]
    everything = b"".join(p.read_bytes() for p in files)
    assert CANARY.encode() not in everything
    for blob in blobs:  # neither the record's ciphertexts (old and trashed) nor its id
        assert blob[40:72] not in everything
    assert gone.id.encode() not in everything


def test_a_damaged_record_cannot_wait_in_the_trash_and_goes_at_once(journal, vault_path):
    kept = add(journal, "Kept")
    hurt = add(journal, "Hurt")
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        blob = bytearray(
            conn.execute("SELECT blob FROM records WHERE id=?", (hurt.id,)).fetchone()[0]
        )
        blob[-1] ^= 1
        conn.execute("UPDATE records SET blob=? WHERE id=?", (bytes(blob), hurt.id))
    journal = Journal.open(vault_path, PASSPHRASE)
    try:
        assert journal.damaged == [hurt.id]
        assert journal.move_to_trash(hurt.id) is None
        assert journal.damaged == [] and journal.trash() == []
        assert [r.id for r in journal.records()] == [kept.id]
        assert journal.verify() == []
    finally:
        journal.lock()
