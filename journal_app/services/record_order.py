"""The order the journal shows its records in (newest first), kept as records change,
and the filters the lists apply.

RecordCache keeps every shown record in that order, sorted once after the unlock.
A save, a move to the trash or a delete changes one record: it is taken out of a
copy of the list and put back in its place, found by halving, instead of sorting
them all again (0.1 s at 100,000 records before the first refresh after each save).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date

from journal_app.domain.records import Record, RecordType
from journal_app.services.search_index import newest_first_key


def _first_older(ordered: list[Record], key: tuple) -> int:
    """Where a record with `key` goes in `ordered` (newest first): before the first
    record older than it."""
    low, high = 0, len(ordered)
    while low < high:
        middle = (low + high) // 2
        if newest_first_key(ordered[middle]) > key:
            low = middle + 1
        else:
            high = middle
    return low


def reordered(ordered: list[Record], old: Record | None, new: Record | None) -> list[Record]:
    """A new list: `ordered` without `old` (if given) and with `new` (if given) in its
    place. `ordered` itself is left as it is (readers may hold it)."""
    changed = list(ordered)
    if old is not None:
        at = _first_older(changed, newest_first_key(old))
        if at < len(changed) and changed[at] is old:
            del changed[at]
        else:  # changed in place since it was placed: found the long way
            changed = [r for r in changed if r is not old]
    if new is not None:
        changed.insert(_first_older(changed, newest_first_key(new)), new)
    return changed


@dataclass
class RecordFilter:
    type: RecordType | None = None
    date_from: date | None = None
    date_to: date | None = None
    tag: str | None = None
    theme: str | None = None

    def matches(self, record: Record) -> bool:
        if self.type is not None and record.type is not self.type:
            return False
        if self.date_from is not None and record.date < self.date_from:
            return False
        if self.date_to is not None and record.date > self.date_to:
            return False
        if self.tag is not None and self.tag.casefold() not in {t.casefold() for t in record.tags}:
            return False
        return self.theme is None or self.theme in record.fields.get("themes", [])


def newest_first_sorted(
    records: list[Record], where: RecordFilter | None, limit: int | None = None
) -> list[Record]:
    """The records that match, newest first; only the newest `limit` of them when a
    limit is given, picked in one pass (a heap of `limit`) rather than by sorting all."""
    unfiltered = where is None or where == RecordFilter()  # `list` with no options
    found = records if unfiltered else [r for r in records if where.matches(r)]
    if limit is not None and limit < len(found):
        return heapq.nlargest(limit, found, key=newest_first_key)
    found.sort(key=newest_first_key, reverse=True)
    return found
