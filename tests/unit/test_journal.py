"""The journal service: memory, search, locking, quarantine."""

from __future__ import annotations

import sqlite3

import pytest

from journal_app.domain.records import RecordType
from journal_app.errors import RecordDamaged, RecordNotFound, VaultLocked, WrongPassphrase
from journal_app.services.journal import Journal, RecordFilter
from tests.conftest import PASSPHRASE


def add_three(journal: Journal):
    a = journal.add(
        {
            "type": "reflection",
            "date": "2025-01-10",
            "title": "Café conversation",
            "tags": ["Outreach"],
            "fields": {"what": "Talked about boundaries with PK", "themes": ["boundaries"]},
        }
    )
    b = journal.add(
        {
            "type": "disclosure",
            "date": "2025-02-01",
            "fields": {"decision": "not_shared", "learning": "Timing matters more than content"},
        }
    )
    c = journal.add({"type": "checkin", "date": "2025-03-01", "fields": {"mood": 4}})
    return a, b, c


def test_search_matches_words_prefixes_tags_themes_and_accents(journal):
    a, b, _ = add_three(journal)
    assert [r.id for r in journal.search("bound")] == [a.id]
    assert [r.id for r in journal.search("cafe")] == [a.id]  # accents folded
    assert [r.id for r in journal.search("outr")] == [a.id]  # a tag
    assert [r.id for r in journal.search("Boundaries")] == [a.id]  # the theme label too
    assert [r.id for r in journal.search("timing content")] == [b.id]
    assert journal.search("timing boundaries") == []  # every word must match
    assert journal.search("   ") == []
    assert journal.search('"unbalanced') == []  # no FTS syntax error reaches the user


def test_search_follows_edits_and_deletes(journal):
    a, _, _ = add_three(journal)
    journal.edit(a.id, {"fields": {"what": "Talked about hope"}})
    assert journal.search("pk talked") == []  # the old text is gone from the index
    assert [r.id for r in journal.search("hope")] == [a.id]
    journal.delete(a.id)
    assert journal.search("hope") == []
    with pytest.raises(RecordNotFound):
        journal.get(a.id)


def test_records_filter_and_order(journal):
    a, b, c = add_three(journal)
    assert [r.id for r in journal.records()] == [c.id, b.id, a.id]
    assert [r.id for r in journal.records(RecordFilter(type=RecordType.DISCLOSURE))] == [b.id]
    assert [r.id for r in journal.records(RecordFilter(tag="outreach"))] == [a.id]
    assert [r.id for r in journal.records(RecordFilter(theme="boundaries"))] == [a.id]


def test_the_newest_first_order_follows_every_change(journal):
    """The order is worked out once and kept (issue 20): each change must drop it."""
    a, b, c = add_three(journal)
    assert [r.id for r in journal.records()] == [c.id, b.id, a.id]
    journal.edit(a.id, {"date": "2099-01-01"})  # the oldest becomes the newest
    assert [r.id for r in journal.records()] == [a.id, c.id, b.id]
    assert [r.id for r in journal.records(limit=2)] == [a.id, c.id]
    journal.move_to_trash(c.id)
    assert [r.id for r in journal.records()] == [a.id, b.id]
    journal.restore_from_trash(c.id)
    assert [r.id for r in journal.records()] == [a.id, c.id, b.id]
    journal.delete(b.id)
    d = journal.add({"type": "reflection", "date": "2000-01-01", "title": "Long ago"})
    assert [r.id for r in journal.records()] == [a.id, c.id, d.id]
    journal.records().clear()  # a caller's copy: the journal's order is its own
    assert len(journal.records()) == 3


def test_records_survive_lock_and_unlock(journal, vault_path):
    a, _b, _c = add_three(journal)
    before = {r.id: r.to_dict() for r in journal.records()}
    journal.lock()
    with pytest.raises(VaultLocked):
        journal.records()
    with pytest.raises(VaultLocked):
        journal.search("bound")
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        assert {r.id: r.to_dict() for r in again.records()} == before
        assert [r.id for r in again.search("bound")] == [a.id]
    finally:
        again.lock()


def test_recovery_key_opens_and_wrong_passphrase_does_not(journal, vault_path):
    add_three(journal)
    key = journal.recovery_key
    journal.lock()
    with pytest.raises(WrongPassphrase):
        Journal.open(vault_path, PASSPHRASE + "x")
    again = Journal.open_with_recovery_key(vault_path, key)
    assert len(again) == 3
    again.lock()


def test_a_damaged_record_is_quarantined_and_the_rest_opens(journal, vault_path):
    a, b, c = add_three(journal)
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        blob = conn.execute("SELECT blob FROM records WHERE id = ?", (b.id,)).fetchone()[0]
        flipped = blob[:20] + bytes([blob[20] ^ 1]) + blob[21:]
        conn.execute("UPDATE records SET blob = ? WHERE id = ?", (flipped, b.id))
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        assert again.damaged == [b.id]
        assert {r.id for r in again.records()} == {a.id, c.id}
        with pytest.raises(RecordDamaged):
            again.get(b.id)
        assert [(p.record_id, p.kind) for p in again.verify()] == [(b.id, "damaged")]
    finally:
        again.lock()


def test_a_failed_save_leaves_memory_as_it_was(journal, monkeypatch):
    a, _, _ = add_three(journal)

    def refuse(*_args, **_kwargs):
        from journal_app.errors import StorageError

        raise StorageError("the disk is full; nothing was changed")

    monkeypatch.setattr(journal.store, "put", refuse)
    from journal_app.errors import StorageError

    with pytest.raises(StorageError):
        journal.edit(a.id, {"title": "Changed"})
    assert journal.get(a.id).title == "Café conversation"
    assert journal.search("changed") == []


def test_settings_are_encrypted_in_the_vault_and_not_records(journal, vault_path):
    journal.save_settings({"display_name": "Sam Worker", "supervisors": ["Alex Manager"]})
    journal.add({"type": "checkin", "date": "2025-03-01"})
    journal.lock()
    assert b"Sam Worker" not in vault_path.read_bytes()
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        assert again.settings()["supervisors"] == ["Alex Manager"]
        assert len(again) == 1 and again.damaged == []
        assert again.verify() == []
    finally:
        again.lock()
