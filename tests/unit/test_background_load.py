"""Issue 20: the app's unlock returns once every record is decrypted (and so
authenticated), and decodes their JSON on a worker thread while its window opens
(Journal.open(..., background=True)). Until the decoding ends every read and change
waits for it, so none sees part of the journal; a record that does not decode is
still named damaged; a lock meanwhile stops the worker and lets the waiting go; the
search index asked for meanwhile starts after it; and what the worker decodes from
(a buffer of its own per thousand records) reads as the bytes did."""

from __future__ import annotations

import os
import threading

import pytest
from conftest import PASSPHRASE
from held_decoding import hold_decoding

from journal_app.domain.schema import record_from_input
from journal_app.errors import EntriesUnreadable, VaultLocked
from journal_app.services import record_load
from journal_app.services.journal import Journal
from journal_app.services.record_codec import encode_record
from journal_app.services.vocabulary import load_vocabulary


def fill(journal: Journal, n: int) -> list[str]:
    vocab = load_vocabulary()
    records = [
        record_from_input(
            {"type": "reflection", "date": f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
             "title": f"Entry {i}", "fields": {"description": f"words {i} é ☕"}},
            vocab,
        )
        for i in range(n)
    ]  # fmt: skip
    journal.save_many(records)
    return sorted(r.id for r in records)


@pytest.fixture
def held(monkeypatch):
    """The worker's decoding held at its first record until the event is set."""
    monkeypatch.setattr(record_load, "DECODE_CHUNK", 7)  # several buffers
    return hold_decoding(monkeypatch)


def reopen(vault_path) -> Journal:
    return Journal.open(vault_path, PASSPHRASE, background=True)


def test_reads_wait_for_the_decoding_and_see_every_record(journal, vault_path, held):
    ids = fill(journal, 30)
    journal.close()
    started, go = held
    opened = reopen(vault_path)
    try:
        assert started.wait(10)
        assert opened.loading
        assert opened.count_hint == 30  # known at once, from the decryption
        seen: list[int] = []
        reader = threading.Thread(target=lambda: seen.append(len(opened.records())))
        reader.start()
        reader.join(0.2)
        assert reader.is_alive() and not seen  # waiting, not reading a part
        go.set()
        reader.join(10)
        assert seen == [30]
        assert not opened.loading
        assert sorted(r.id for r in opened.records()) == ids
        assert opened.get(ids[3]).fields["description"].endswith("é ☕")
        assert opened.damaged == []
    finally:
        go.set()
        opened.close()


def test_the_same_journal_as_a_load_on_the_spot(journal, vault_path, monkeypatch):
    monkeypatch.setattr(record_load, "DECODE_CHUNK", 4)
    fill(journal, 25)
    journal.close()
    now = Journal.open(vault_path, PASSPHRASE)
    expected = {r.id: encode_record(r) for r in now.records()}
    now.close()
    later = reopen(vault_path)
    try:
        assert later.wait_loaded(10)
        assert {r.id: encode_record(r) for r in later.records()} == expected
    finally:
        later.close()


def test_a_record_that_does_not_decode_is_named_damaged(journal, vault_path):
    ids = fill(journal, 5)
    # Authenticates (the app's key sealed it) but is not a record: found by decoding.
    journal.store.put(ids[0], b'{"id": "not this one"}', None)
    journal.close()
    opened = reopen(vault_path)
    try:
        assert opened.damaged == [ids[0]]  # waits for the decoding, which finds it
        assert len(opened) == 4
    finally:
        opened.close()


def test_json_only_the_standard_library_reads_decodes_from_the_worker_buffer(journal, vault_path):
    (record_id,) = fill(journal, 1)
    # A lone surrogate, escaped: orjson refuses it, the json module reads it (the
    # fallback, which needs bytes, not the buffer's view).
    record = journal.get(record_id)
    plaintext = encode_record(record).replace(b'"Entry 0"', b'"Entry \\ud800"')
    journal.store.put(record_id, plaintext, None)
    journal.close()
    opened = reopen(vault_path)
    try:
        assert opened.get(record_id).title == "Entry \ud800"
        assert opened.damaged == []
    finally:
        opened.close()


def test_a_lock_while_decoding_stops_the_worker_and_lets_readers_go(journal, vault_path, held):
    fill(journal, 30)
    journal.close()
    started, go = held
    opened = reopen(vault_path)
    assert started.wait(10)
    errors: list[BaseException] = []

    def read() -> None:
        try:
            opened.records()
        except BaseException as exc:
            errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    locker = threading.Thread(target=opened.lock)
    locker.start()
    locker.join(0.2)
    assert locker.is_alive()  # the lock waits for the worker's record in hand
    go.set()
    locker.join(10)
    reader.join(10)
    assert not locker.is_alive() and not reader.is_alive()
    assert [type(e) for e in errors] == [VaultLocked]
    assert not opened.is_open
    assert not any(t.name == "record-decoding" for t in threading.enumerate())


def test_the_index_asked_for_while_decoding_starts_after_it(journal, vault_path, held):
    ids = fill(journal, 12)
    journal.close()
    started, go = held
    opened = reopen(vault_path)
    try:
        assert started.wait(10)
        opened.start_indexing()  # at once: the index waits for the decoding itself
        assert not opened.cache.index.started
        go.set()
        assert opened.wait_loaded(10)
        hits = opened.search("Entry", wait=True)
        assert opened.cache.index.started
        assert sorted(r.id for r in hits) == ids
    finally:
        go.set()
        opened.close()


def test_a_failed_decoding_reaches_every_reader(journal, vault_path, monkeypatch):
    fill(journal, 3)
    journal.close()

    def fails(*_args):
        raise MemoryError

    monkeypatch.setattr(record_load, "decode_record", fails)
    opened = reopen(vault_path)
    try:
        assert opened.wait_loaded(10)
        assert opened.load_failed
        errors = []
        for read in (opened.records, lambda: opened.save_many([]), lambda: opened.damaged):
            with pytest.raises(EntriesUnreadable) as caught:
                read()
            errors.append(caught.value)
        # A new error each time, said in words (MemoryError named), with no cause: no
        # reader's frames, and none of the worker's (decrypted text), kept in it.
        assert len({id(e) for e in errors}) == 3
        assert all("MemoryError" in str(e) and e.__cause__ is None for e in errors)
        assert isinstance(opened.cache._load_error, str)
    finally:
        opened.close()
    assert opened.cache._load_error is None and not opened.load_failed


@pytest.mark.skipif(os.name == "nt", reason="Windows' mmap has no MAP_PRIVATE to name")
def test_the_buffers_are_private_to_the_process_and_windows_keeps_its_defaults():
    import mmap

    assert record_load.map_options("nt") == {}  # Windows' mmap takes no flags
    flags = record_load.map_options("posix")["flags"]
    assert flags & mmap.MAP_PRIVATE and not flags & mmap.MAP_SHARED
    # What the app maps here works: written, read back through a view.
    buffer = record_load.Decrypted(["a", "b"], [1, 2], [b'{"x":1}', b"[2]"])
    assert [(i, r, bytes(v)) for i, r, v in buffer.rows()] == [
        ("a", 1, b'{"x":1}'),
        ("b", 2, b"[2]"),
    ]


def test_the_switch_interval_is_short_while_decoding_and_put_back_after(journal, vault_path, held):
    """The UI thread waits for Python's lock after every call into Qt: while the
    worker decodes, the interval between switches is short, then as it was."""
    import sys

    fill(journal, 20)
    journal.close()
    started, go = held
    before = sys.getswitchinterval()
    first = reopen(vault_path)
    assert started.wait(10)
    assert sys.getswitchinterval() < before
    go.set()
    assert first.wait_loaded(10)
    assert sys.getswitchinterval() == before
    first.close()
