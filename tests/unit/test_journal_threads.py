"""The journal's threading rule (services/record_cache.py): its in-memory state changes
only under the cache's lock, one change at a time, and readers work on copies. So a
thread may list, search and read while another saves, trashes and restores."""

from __future__ import annotations

import contextlib
import sys
import threading

import pytest

from journal_app.errors import RecordNotFound
from journal_app.services.journal import Journal, RecordFilter

WORD = "lighthouse"


@pytest.fixture
def fast_switching():
    """Switch threads every microsecond, so a reader is often stopped mid-iteration."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def add(journal: Journal, n: int, tags: list[str] | None = None):
    return journal.add(
        {
            "type": "reflection",
            "date": f"2025-03-{n % 28 + 1:02d}",
            "title": f"Entry {n}",
            "tags": tags or [f"tag{n % 7}"],
            "fields": {"description": f"{WORD} number {n}"},
        }
    )


def read_until(stop: threading.Event, journal: Journal, seen: list[int], errors: list) -> None:
    """Read the journal every way the GUI does, checking each answer on its own."""
    try:
        while not stop.is_set():
            listed = journal.records()
            ids = [r.id for r in listed]
            assert len(ids) == len(set(ids))
            assert all(r.trashed is None for r in listed)
            keys = [(r.date, r.created, r.id) for r in listed]
            assert keys == sorted(keys, reverse=True)  # newest first
            found = journal.search(WORD, RecordFilter(tag="tag1"))
            assert all(r.trashed is None and "tag1" in r.tags for r in found)
            assert all(r.trashed is not None for r in journal.trash())
            for record in listed[:10]:
                with contextlib.suppress(RecordNotFound):  # trashed since the list was taken
                    assert journal.get(record.id).id == record.id
            journal.all_tags()
            len(journal)
            seen[0] += 1
    except BaseException as exc:  # handed to the test's thread
        errors.append(exc)


@pytest.mark.parametrize("indexed", [False, True], ids=["scan", "index"])
def test_reading_while_another_thread_changes_many_records(journal, fast_switching, indexed):
    kept = [add(journal, n) for n in range(60)]
    if indexed:
        journal.start_indexing()
    stop, errors, seen = threading.Event(), [], [0]
    readers = [
        threading.Thread(target=read_until, args=(stop, journal, seen, errors)) for _ in range(2)
    ]
    for reader in readers:
        reader.start()
    trashed = set()
    try:
        for n in range(60, 180):
            record = add(journal, n)
            journal.edit(record.id, {"tags": ["tag1"]})
            if n % 3 == 0:
                journal.move_to_trash(record.id)
                trashed.add(record.id)
            if n % 5 == 0:
                journal.move_to_trash(kept[n % 60].id)
                journal.restore_from_trash(kept[n % 60].id)
            kept.append(record)
    finally:
        stop.set()
        for reader in readers:
            reader.join(30)
    assert errors == []
    assert seen[0] > 0  # the readers did read while the records changed
    shown = {r.id for r in kept} - trashed
    assert {r.id for r in journal.records()} == shown
    assert {r.id for r in journal.trash()} == trashed
    hits = {r.id for r in journal.search(WORD, RecordFilter(tag="tag1"))}
    assert hits == {r.id for r in journal.records() if "tag1" in r.tags}
    assert {r.id for r in kept[60:]} - trashed <= hits
    assert journal.verify() == []
