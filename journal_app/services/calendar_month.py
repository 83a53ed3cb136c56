"""The calendar's month: six weeks of days around one month, each with the entries
dated that day (counted by type), the supervision booked for it and the actions
agreed in supervision that fall due on it. Plain data for the GUI's Calendar view.

A supervision is *booked* on the `next_date` of the latest supervision note (the
rule the Today home and the banner follow, services/insights.py): a newer note
replaces an older note's booking, because that supervision was either held (its
own note shows on its day) or moved. A supervision *held* is a supervision note."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from journal_app.domain.fields import ActionField, Field
from journal_app.domain.records import Record, RecordType
from journal_app.services.actions import ActionItem, action_item

WEEKS = 6  # always six rows, so the grid keeps its size from month to month
# The order of the types on a day and in the legend: the order of the side bar.
TYPE_ORDER = tuple(RecordType)
_TYPE_INDEX = {t: i for i, t in enumerate(TYPE_ORDER)}


@dataclass(frozen=True)
class CalendarDay:
    """One square of the grid. `entries` are the records dated that day (by type
    in TYPE_ORDER, then oldest written first); `booked` the id of the supervision note that booked a
    supervision for this day, or ''; `actions_due` every action due this day,
    whatever its status; `past` the day is before today."""

    day: date
    in_month: bool
    is_today: bool
    past: bool
    entries: tuple[Record, ...] = ()
    booked: str = ""
    actions_due: tuple[ActionItem, ...] = ()

    def counts(self) -> list[tuple[RecordType, int]]:
        """(type, how many) for each type with an entry this day, in TYPE_ORDER."""
        found = {t: 0 for t in TYPE_ORDER}
        for record in self.entries:
            found[record.type] += 1
        return [(t, n) for t, n in found.items() if n]

    @property
    def supervisions_held(self) -> int:
        return sum(1 for r in self.entries if r.type is RecordType.SUPERVISION)

    @property
    def open_actions(self) -> tuple[ActionItem, ...]:
        """The actions still open that are due this day."""
        return tuple(a for a in self.actions_due if a.status == "open")

    @property
    def overdue(self) -> bool:
        """An action still open is due this day, and the day has passed."""
        return self.past and bool(self.open_actions)

    @property
    def is_empty(self) -> bool:
        return not (self.entries or self.booked or self.actions_due)


@dataclass(frozen=True)
class CalendarMonth:
    """Six weeks of days, the first on `first_weekday` (0 Monday, 6 Sunday), holding
    every day of `year`-`month` and a few of the months either side."""

    year: int
    month: int
    today: date
    days: tuple[CalendarDay, ...]

    @property
    def first(self) -> date:
        """The first of the month."""
        return date(self.year, self.month, 1)

    def day(self, day: date) -> CalendarDay | None:
        """The grid's square for `day`, or None when the grid does not show it."""
        offset = (day - self.days[0].day).days
        return self.days[offset] if 0 <= offset < len(self.days) else None

    def position(self, day: date) -> tuple[int, int] | None:
        """(week row, weekday column) of `day` in the grid, or None."""
        offset = (day - self.days[0].day).days
        return divmod(offset, 7) if 0 <= offset < len(self.days) else None


def _entry_order(record: Record) -> tuple:
    return (_TYPE_INDEX[record.type], record.created)


def booked_supervision(records: Iterable[Record]) -> tuple[date, str] | None:
    """(the day, the booking note's id) of the supervision booked by the latest
    supervision note, or None when it books none (or books a day not after its own)."""
    notes = [r for r in records if r.type is RecordType.SUPERVISION]
    if not notes:
        return None
    latest = max(notes, key=lambda r: (r.date, r.created))
    value = latest.fields.get(Field.NEXT_DATE)
    if not value:
        return None
    day = date.fromisoformat(value)
    return (day, latest.id) if day > latest.date else None


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """The month `by` months after (before, when negative) `year`-`month`."""
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def grid_start(year: int, month: int, first_weekday: int = 0) -> date:
    """The first day shown: the `first_weekday` on or before the first of the month."""
    first = date(year, month, 1)
    return first - timedelta(days=(first.weekday() - first_weekday) % 7)


def month_of(
    records: Iterable[Record],
    year: int,
    month: int,
    today: date,
    first_weekday: int = 0,
) -> CalendarMonth:
    """The grid for `year`-`month` from the journal's records (the trash left out by
    the caller): entries by day, the booked supervision, actions by due day."""
    calendar.monthrange(year, month)  # a clear error for a month that does not exist
    records = list(records)
    start = grid_start(year, month, first_weekday)
    end = start + timedelta(days=WEEKS * 7)
    entries: dict[date, list[Record]] = {}
    due: dict[date, list[ActionItem]] = {}
    notes = []
    for record in records:
        if start <= record.date < end:
            entries.setdefault(record.date, []).append(record)
        if record.type is RecordType.SUPERVISION:
            notes.append(record)
            # An item only for an action due in the grid: at 100,000 entries there are
            # some 25,000 actions, and an item for each took most of the month's build.
            for index, action in enumerate(record.fields.get(Field.ACTIONS) or []):
                when = action.get(ActionField.DUE)
                if when and start <= (day := date.fromisoformat(when)) < end:
                    supervisor = record.fields.get(Field.SUPERVISOR, "")
                    item = action_item(record, index, action, supervisor)
                    due.setdefault(day, []).append(item)
    booking = booked_supervision(notes)
    days = []
    for offset in range(WEEKS * 7):
        day = start + timedelta(days=offset)
        held = any(r.type is RecordType.SUPERVISION for r in entries.get(day, ()))
        booked = booking[1] if booking and booking[0] == day and not held else ""
        days.append(
            CalendarDay(
                day=day,
                in_month=(day.year, day.month) == (year, month),
                is_today=day == today,
                past=day < today,
                entries=tuple(sorted(entries.get(day, ()), key=_entry_order)),
                booked=booked,
                actions_due=tuple(
                    sorted(due.get(day, ()), key=lambda a: (a.supervision_date, a.index))
                ),
            )
        )
    return CalendarMonth(year, month, today, tuple(days))
