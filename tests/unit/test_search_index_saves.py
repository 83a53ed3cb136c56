"""The index's table of saves holds the versions in use, not every version saved: a
long session of saves (an entry saved again and again) does not grow it without end,
and what a search finds is the same."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from journal_app.domain.records import Record, RecordType
from journal_app.services.search_index import SearchIndex


def note(day: int, text: str) -> Record:
    return Record(RecordType.CHECKIN, date(2025, 1, day), fields={"note": text})


def saved_rows(index: SearchIndex) -> int:
    return index._saves.execute("SELECT count(*) FROM idx_docsize").fetchone()[0]


def test_saving_one_entry_again_and_again_keeps_the_saves_table_small() -> None:
    built = [note(1, "harbour lantern"), note(2, "meadow")]
    index = SearchIndex()
    try:
        index.ensure_built(lambda: built[::-1])
        kept = note(3, "kettle orchard")  # saved once, then left alone
        index.update(kept)
        edited = replace(built[0], fields={"note": "draft 0"})
        for n in range(1, 2001):
            edited = replace(edited, fields={"note": f"draft {n} pebble{n}"})
            index.update(edited)
        index.remove(built[1].id)
        assert saved_rows(index) < 300  # the versions in use, and few others
        assert [r.id for r in index.search("kettle")] == [kept.id]
        assert index.search("draft 2000") == [edited]
        assert index.search("pebble1999") == [] and index.search("lantern") == []
        assert index.search("meadow") == []
        assert [r.id for r in index.search("draft")] == [edited.id]
        index.update(built[1])  # back from the trash
        assert [r.id for r in index.search("meadow")] == [built[1].id]
    finally:
        index.close()
