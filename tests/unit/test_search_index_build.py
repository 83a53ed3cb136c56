"""The search index's build on its worker thread (services/search.py): when it is
ready, what a search during the build answers, and saves made while it runs."""

from __future__ import annotations

import threading

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
