"""The search index's build on its worker thread (services/search.py): when it is
ready, what a search during the build answers, and saves made while it runs."""

from __future__ import annotations

import threading

from journal_app.services import search_index
from journal_app.services.journal import Journal


def add(journal: Journal, n: int, note: str) -> str:
    record = journal.add(
        {"type": "checkin", "date": f"2025-01-{n % 28 + 1:02d}", "fields": {"note": note}}
    )
    return record.id


def wait_ready(journal: Journal) -> None:
    journal.cache.index._thread.join(10)


def test_index_ready_says_when_the_build_is_done(journal):
    for n in range(30):
        add(journal, n, f"harbour {n}")
    assert not journal.index_ready  # not started: a search scans
    assert len(journal.search("harbour")) == 30
    assert not journal.index_ready
    journal.start_indexing()
    wait_ready(journal)
    assert journal.index_ready
    assert len(journal.search("harbour")) == 30
    journal.lock()
    assert not journal.index_ready


def test_a_first_search_builds_the_index_when_it_was_started_elsewhere(journal):
    ids = {add(journal, n, "quay") for n in range(10)}
    started = threading.Thread(target=journal.start_indexing)
    started.start()
    started.join(10)
    assert {r.id for r in journal.search("quay")} == ids
    wait_ready(journal)
    assert journal.index_ready


class Gate:
    """Holds the index's build after its first part (between parts, outside the
    index's lock) until `open`; the parts are made small so there are several."""

    def __init__(self, monkeypatch) -> None:
        self.first_written = threading.Event()
        self.release = threading.Event()
        real_row = search_index.index_row
        rows = [0]

        def row(record, vocab):
            if threading.current_thread().name == "search-index":
                rows[0] += 1
                if rows[0] == search_index.PART + 1:  # the first part is in
                    self.first_written.set()
                    self.release.wait(10)
            return real_row(record, vocab)

        monkeypatch.setattr(search_index, "PART", 4)
        monkeypatch.setattr(search_index, "index_row", row)

    def open(self) -> None:
        self.release.set()


def dated(journal: Journal, day: int, note: str) -> str:
    record = journal.add(
        {"type": "checkin", "date": f"2025-01-{day:02d}", "fields": {"note": note}}
    )
    return record.id


def test_a_search_during_the_build_is_partial_and_says_so_or_waits(journal, monkeypatch):
    ids = [dated(journal, day, f"lantern {day}") for day in range(1, 21)]
    newest_first = ids[::-1]
    gate = Gate(monkeypatch)
    journal.start_indexing()
    assert gate.first_written.wait(10)
    partial = journal.search("lantern", wait=False)
    assert not partial.complete
    assert [r.id for r in partial] == newest_first[:4]  # the newest, indexed first
    waiter: list = []
    thread = threading.Thread(target=lambda: waiter.append(journal.search("lantern")))
    thread.start()
    thread.join(0.2)
    assert thread.is_alive()  # waiting for the build, not answering in part
    gate.open()
    thread.join(10)
    assert [r.id for r in waiter[0]] == newest_first and waiter[0].complete
    wait_ready(journal)
    full = journal.search("lantern", wait=False)
    assert full.complete and [r.id for r in full] == newest_first


def test_saves_during_the_build_are_found_and_their_old_text_is_not(journal, monkeypatch):
    ids = [dated(journal, day, f"kettle {day}") for day in range(1, 21)]
    gate = Gate(monkeypatch)
    journal.start_indexing()
    assert gate.first_written.wait(10)
    indexed, not_yet = ids[-1], ids[0]  # the newest is in the first batch, the oldest not
    journal.edit(indexed, {"fields": {"note": "teapot one"}})
    journal.edit(not_yet, {"fields": {"note": "teapot two"}})
    journal.move_to_trash(ids[-2])  # indexed already
    journal.move_to_trash(ids[1])  # not yet
    added = dated(journal, 15, "teapot three")
    assert {r.id for r in journal.search("teapot", wait=False)} == {indexed, not_yet, added}
    gate.open()
    wait_ready(journal)
    found = journal.search("teapot")
    assert [r.id for r in found] == [indexed, added, not_yet]  # newest first
    kettles = [r.id for r in journal.search("kettle")]
    assert kettles == [i for i in ids[::-1] if i not in (indexed, not_yet, ids[-2], ids[1])]
    journal.edit(ids[10], {"date": "2024-12-31"})  # saved after the build: the oldest now
    assert [r.id for r in journal.search("kettle")][-1] == ids[10]


def test_locking_during_the_build_stops_it(journal, monkeypatch):
    for day in range(1, 21):
        dated(journal, day, "candle")
    gate = Gate(monkeypatch)
    journal.start_indexing()
    assert gate.first_written.wait(10)
    thread = journal.cache.index._thread
    locker = threading.Thread(target=journal.lock)
    locker.start()
    gate.open()
    locker.join(10)
    thread.join(10)
    assert not locker.is_alive() and not thread.is_alive()
    assert not journal.is_open and not journal.index_ready


def test_words_joined_by_an_underscore_are_two_words_as_with_a_hyphen(journal, monkeypatch):
    """The tokenizer splits `self_care` at the `_` as at a space or a hyphen, so the
    query means what `self care` and `self-care` mean: every record with "self_care"
    or "self care" is found as before, and the index answers it alone. (As a phrase,
    which the index without positions cannot answer, each record holding both words
    was read again: 0.4 s at 100,000 records.)"""
    care = dated(journal, 1, "a note on self care")
    joined = dated(journal, 2, "my self_care plan")
    apart = dated(journal, 3, "care for self")
    dated(journal, 4, "care for myself")
    journal.start_indexing()
    wait_ready(journal)

    def no_scan(*_args):
        raise AssertionError("answered by reading the records again")

    monkeypatch.setattr(search_index.SearchIndex, "_scan", no_scan)
    newest_first = [apart, joined, care]
    for query in ("self_car", "self car", "self-car", "SELF_CARE", "care_self"):
        assert [r.id for r in journal.search(query)] == newest_first, query
    assert [r.id for r in journal.search("self_car", wait=False)] == newest_first
    later = dated(journal, 5, "self-care plan")  # indexed by the save
    assert [r.id for r in journal.search("SELF_CAR")] == [later, *newest_first]
    assert journal.search("_") == [] and len(journal.search("self_")) == 4  # as "self"
