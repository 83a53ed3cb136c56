"""Issue 20: the records page searches without waiting for the search index's build;
while the answer is partial (the newest entries' hits) it asks again a moment later,
until the list holds every hit."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from journal_app.services import search_index


def test_a_search_during_the_index_build_fills_in_once_the_build_is_done(
    session, open_window, qtbot, monkeypatch
):
    today = date.today()
    for n in range(8):
        day = (today - timedelta(days=n)).isoformat()
        session.save(None, {"type": "reflection", "date": day, "title": f"Harbour walk {n}"})
    release = threading.Event()
    first_part_in = threading.Event()
    real_row = search_index.index_row
    rows = [0]

    def held_row(record, vocab):  # the worker stops after its first part of 2 entries
        if threading.current_thread().name == "search-index":
            rows[0] += 1
            if rows[0] == 3:
                first_part_in.set()
                release.wait(10)
        return real_row(record, vocab)

    monkeypatch.setattr(search_index, "PART", 2)
    monkeypatch.setattr(search_index, "index_row", held_row)
    window = open_window(session)
    window.show_section("timeline")
    qtbot.waitUntil(first_part_in.is_set, timeout=5000)
    window.records.search.setText("harbour")
    qtbot.wait(600)  # the search box's pause after typing, and the search it makes
    assert window.records.model.rowCount() == 2  # at once: the two newest so far
    release.set()
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 8, timeout=5000)
