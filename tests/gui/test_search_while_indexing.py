"""Issue 20: the records page searches without waiting for the search index's build;
while the answer is partial (the newest entries' hits) it asks again a moment later,
until the list holds every hit."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from journal_app.services import search_index


def _held_build(session, monkeypatch, titles):
    """Entries titled `titles` (newest first) and an index build held after its first
    part (the two newest); returns (first part in, release)."""
    today = date.today()
    ids = []
    for n, title in enumerate(titles):
        day = (today - timedelta(days=n)).isoformat()
        ids.append(session.save(None, {"type": "reflection", "date": day, "title": title}).id)
    release = threading.Event()
    first_part_in = threading.Event()
    real_row = search_index.index_row
    rows = [0]

    def held_row(record, vocab):
        if threading.current_thread().name == "search-index":
            rows[0] += 1
            if rows[0] == 3:
                first_part_in.set()
                release.wait(10)
        return real_row(record, vocab)

    monkeypatch.setattr(search_index, "PART", 2)
    monkeypatch.setattr(search_index, "index_row", held_row)
    return ids, first_part_in, release


def test_a_partial_answer_says_older_entries_are_still_searched(
    session, open_window, qtbot, monkeypatch
):
    """While the build runs, the list says it is still searching (not "Nothing
    matches." when the newest entries hold no hit), and says nothing once done."""
    titles = ["Bus stop", "Kettle", "Harbour walk", "Harbour light"]
    _ids, first_part_in, release = _held_build(session, monkeypatch, titles)
    try:
        window = open_window(session)
        window.show_section("timeline")
        qtbot.waitUntil(first_part_in.is_set, timeout=5000)
        window.records.search.setText("harbour")
        qtbot.wait(600)
        pane = window.records.list_pane
        assert window.records.model.rowCount() == 0
        assert pane.empty.isVisibleTo(pane)
        assert "Searching older entries" in pane.empty.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 2, timeout=5000)
    assert not pane.empty.isVisibleTo(pane)


def test_a_partial_answer_never_closes_the_open_entry(session, open_window, qtbot, monkeypatch):
    """The open entry is older than what is indexed so far: a partial answer without it
    leaves it open (only a whole answer that hides it closes it)."""
    titles = ["Harbour walk", "Kettle", "Bus stop", "Harbour light"]
    ids, first_part_in, release = _held_build(session, monkeypatch, titles)
    try:
        window = open_window(session)
        window.show_section("timeline")
        qtbot.waitUntil(first_part_in.is_set, timeout=5000)
        window.records.open_record(session.reader.get(ids[3]))
        window.records.search.setText("harbour")
        qtbot.wait(600)
        assert window.records.model.rowCount() == 1  # the newest only, so far
        assert window.records.current_record.id == ids[3]
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 2, timeout=5000)
    assert window.records.current_record.id == ids[3]


def test_a_search_during_the_index_build_fills_in_once_the_build_is_done(
    session, open_window, qtbot, monkeypatch
):
    _ids, first_part_in, release = _held_build(
        session, monkeypatch, [f"Harbour walk {n}" for n in range(8)]
    )
    try:
        window = open_window(session)
        window.show_section("timeline")
        qtbot.waitUntil(first_part_in.is_set, timeout=5000)
        window.records.search.setText("harbour")
        qtbot.wait(600)  # the search box's pause after typing, and the search it makes
        assert window.records.model.rowCount() == 2  # at once: the two newest so far
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 8, timeout=5000)


def test_refreshes_during_the_build_ask_again_once(session, open_window, qtbot, monkeypatch):
    """Several refreshes while the answer is partial (typing, a filter, a save) leave
    one pending ask-again, not one each: the list is not searched again N times over."""
    titles = [f"Harbour walk {n}" for n in range(6)]
    _ids, first_part_in, release = _held_build(session, monkeypatch, titles)
    try:
        window = open_window(session)
        window.show_section("timeline")
        qtbot.waitUntil(first_part_in.is_set, timeout=5000)
        page = window.records
        page.search.setText("harbour")
        qtbot.wait(600)
        asked = []
        real_search = page.session.reader.search
        monkeypatch.setattr(
            page.session.reader,
            "search",
            lambda *a, **k: asked.append(1) or real_search(*a, **k),
        )
        for _ in range(3):
            page.refresh()
        asked.clear()
        qtbot.wait(700)  # one pending ask every 300 ms: two at most in this time
        assert 1 <= len(asked) <= 2
    finally:
        release.set()
