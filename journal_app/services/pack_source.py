"""The journal's records as a supervision pack reads them, sorted out in one pass.

A pack reads the whole journal for a few kinds of record only: supervision notes
(their actions are carried forward from any period, and the log covers a year),
Wellness Action Plans (the current one, whatever its date), training entries and
goals (their titles are course names to the identifiable-information check); and
the period's records, found by their date. At 100,000 entries each of those was a
walk over every record, several times per rebuild of the pack dialog; here it is one
walk when the dialog opens, and the period is found by halving (bisect)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date
from operator import attrgetter

from journal_app.domain.records import Record, RecordType

_DATE = attrgetter("date")


class PackSource:
    """Every record given (any order), with the few kinds a pack reads from any period
    kept apart. Read-only once made: build it again when the journal changes."""

    def __init__(self, records: Iterable[Record]) -> None:
        records = list(records)
        notes: list[Record] = []
        plans: list[Record] = []
        courses: list[Record] = []
        newest_first = True  # as the journal lists them (Journal.records)
        previous: date | None = None
        supervision, plan = RecordType.SUPERVISION, RecordType.WELLNESS_PLAN
        training, goal = RecordType.TRAINING, RecordType.GOAL
        for record in records:
            day, kind = record.date, record.type
            if previous is not None and day > previous:
                newest_first = False
            previous = day
            if kind is supervision:
                notes.append(record)
            elif kind is plan:
                plans.append(record)
            elif kind is training or kind is goal:
                courses.append(record)
        if newest_first:
            records.reverse()
        else:
            records.sort(key=_DATE)
        self._by_date = records  # oldest first
        self.notes: tuple[Record, ...] = tuple(notes)  # supervision notes
        self.plans: tuple[Record, ...] = tuple(plans)  # Wellness Action Plans
        self.courses: tuple[Record, ...] = tuple(courses)  # training entries and goals

    def __len__(self) -> int:
        return len(self._by_date)

    def __iter__(self):
        return iter(self._by_date)

    def dated(self, start: date, end: date) -> list[Record]:
        """The records dated from `start` to `end` (both included), oldest first."""
        low = bisect_left(self._by_date, start, key=_DATE)
        high = bisect_right(self._by_date, end, lo=low, key=_DATE)
        return self._by_date[low:high]


def pack_source(records: Iterable[Record] | PackSource) -> PackSource:
    return records if isinstance(records, PackSource) else PackSource(records)
