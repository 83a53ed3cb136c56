"""The shown records' order (newest first) is kept as records change, one moved into
its place rather than all sorted again (services/record_order.py), and always equals
sorting them all: checked over any sequence of saves, moves to the trash and
deletes, dates and creation times colliding."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.domain.records import Record, RecordType
from journal_app.services.record_cache import RecordCache
from journal_app.services.record_order import reordered
from journal_app.services.search_index import newest_first_key
from journal_app.services.vocabulary import load_vocabulary

BASE = datetime(2026, 1, 1, tzinfo=UTC)


def record(n: int, day: int, minute: int) -> Record:
    made = BASE + timedelta(minutes=minute)
    return Record(
        RecordType.REFLECTION,
        date(2026, 1, 1) + timedelta(days=day),
        f"id-{n:03d}",
        f"Entry {n}",
        created=made,
        updated=made,
    )


def sorted_newest_first(records) -> list[Record]:
    return sorted(records, key=newest_first_key, reverse=True)


operations = st.lists(
    st.tuples(
        st.sampled_from(["save", "trash", "forget"]),
        st.integers(0, 12),  # which record: few, so they collide
        st.integers(0, 4),  # its date: few days, so dates collide
        st.integers(0, 3),  # its creation time
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(operations)
def test_the_order_kept_is_the_order_sorted(steps):
    cache = RecordCache(load_vocabulary())
    cache._start(0, [], loaded=True)  # an open, empty journal, as after an unlock
    cache.records()  # sorted once: from now on kept
    for op, n, day, minute in steps:
        if op == "save":
            cache.remember(record(n, day, minute), 1)
        elif op == "trash":
            cache.remember_trashed(record(n, day, minute), 2)
        else:
            cache.forget(f"id-{n:03d}")
        assert cache.records() == sorted_newest_first(cache.snapshot())


def test_a_list_a_reader_holds_is_never_changed():
    first, second = record(1, 0, 0), record(2, 1, 0)
    ordered = [second, first]
    kept = list(ordered)
    moved = reordered(ordered, first, record(1, 3, 0))
    assert ordered == kept
    assert [r.id for r in moved] == ["id-001", "id-002"]


def test_a_record_changed_in_place_is_still_found_and_moved():
    a, b, c = record(1, 0, 0), record(2, 1, 0), record(3, 2, 0)
    ordered = [c, b, a]
    b.date = date(2025, 1, 1)  # changed under the list: its place no longer says so
    moved = reordered(ordered, b, b)
    assert moved == [c, a, b]
