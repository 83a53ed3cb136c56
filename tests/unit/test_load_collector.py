"""The records an unlock loads live until the lock and hold no reference cycles, so
Python's cycle collector is kept from walking them (services/record_cache.py): at
100,000 records each full collection walked some half a million of their objects,
about 0.3 s with the interpreter held (a stall of the whole app), several times during
the unlock itself. They are frozen as they load and let go at the lock."""

from __future__ import annotations

import gc

from conftest import PASSPHRASE

from journal_app.domain.records import Record
from journal_app.domain.schema import record_from_input
from journal_app.services.journal import Journal
from journal_app.services.vocabulary import load_vocabulary


def fill(journal: Journal, n: int) -> None:
    vocab = load_vocabulary()
    journal.save_many(
        record_from_input(
            {
                "type": "reflection",
                "date": f"2025-03-{i % 28 + 1:02d}",
                "title": f"Entry {i}",
                "tags": ["a", f"t{i % 5}"],
                "fields": {"description": f"words {i}", "themes": ["boundaries"]},
            },
            vocab,
        )
        for i in range(n)
    )


def collected_walk() -> set[int]:
    """The ids of every object the collector's generations hold (what it walks)."""
    return {id(o) for o in gc.get_objects()}


def test_loaded_records_are_not_walked_by_the_collector(journal, vault_path):
    fill(journal, 300)
    journal.close()
    opened = Journal.open(vault_path, PASSPHRASE)
    try:
        walked = collected_walk()
        records = opened.records()
        assert len(records) == 300
        assert not [r for r in records if id(r) in walked]
        assert not [r for r in records if id(r.fields) in walked or id(r.tags) in walked]
        # A full collection leaves them as they are.
        gc.collect()
        assert opened.get(records[0].id) is records[0]
    finally:
        opened.lock()
    # The lock lets them go: nothing stays frozen for the collector.
    assert gc.get_freeze_count() == 0


def test_a_record_saved_after_the_unlock_is_an_ordinary_object(journal, vault_path):
    fill(journal, 5)
    journal.close()
    opened = Journal.open(vault_path, PASSPHRASE)
    try:
        record = opened.add({"type": "checkin", "date": "2025-04-01", "fields": {"mood": 5}})
        assert isinstance(record, Record)
        assert opened.get(record.id).fields == {"mood": 5}
    finally:
        opened.lock()


def test_the_cache_keeps_one_id_string_per_record(journal, vault_path):
    """The maps of the loaded records are keyed by each record's own id string, not by a
    second, equal string read from its row: one fewer string per record to hold."""
    fill(journal, 20)
    journal.close()
    opened = Journal.open(vault_path, PASSPHRASE)
    try:
        cache = opened.cache
        for key, record in cache._records.items():
            assert key is record.id
        for key in cache._revisions:
            assert key is cache._records[key].id
    finally:
        opened.lock()
