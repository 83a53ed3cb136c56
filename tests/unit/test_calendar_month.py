"""The calendar's month (services/calendar_month.py): entries by day and type, the
supervision booked, actions by due day, and the six weeks around the month."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from journal_app.domain.records import Record, RecordType
from journal_app.domain.schema import record_from_input
from journal_app.services.calendar_month import (
    WEEKS,
    booked_supervision,
    grid_start,
    month_of,
    shift_month,
)

TODAY = date(2026, 12, 10)


def entry(kind: str, day: str, **fields) -> Record:
    return record_from_input({"type": kind, "date": day, "fields": fields}, None)


def note(day: str, next_date: str = "", actions=()) -> Record:
    fields: dict = {"supervisor": "Alex"}
    if next_date:
        fields["next_date"] = next_date
    fields["actions"] = [
        {"text": text, "owner": "me", "due": due, "status": status} for text, due, status in actions
    ]
    return entry("supervision", day, **fields)


def test_six_weeks_from_the_monday_on_or_before_the_first():
    month = month_of([], 2026, 12, TODAY)
    assert len(month.days) == WEEKS * 7
    assert month.days[0].day == date(2026, 11, 30)  # 1 Dec 2026 is a Tuesday
    assert month.days[0].day.weekday() == 0
    assert [d.day.day for d in month.days if d.in_month] == list(range(1, 32))
    assert month.day(date(2026, 12, 10)).is_today
    assert sum(d.is_today for d in month.days) == 1
    assert month.day(date(2026, 12, 9)).past and not month.day(TODAY).past
    assert month.day(date(2027, 2, 1)) is None
    assert month.position(date(2026, 12, 1)) == (0, 1)
    assert month.position(date(2026, 12, 31)) == (4, 3)


def test_sunday_first_weeks_start_on_a_sunday():
    assert grid_start(2026, 12, first_weekday=6) == date(2026, 11, 29)
    assert grid_start(2026, 6, first_weekday=0) == date(2026, 6, 1)  # a Monday itself


def test_each_day_counts_its_entries_by_type_in_the_side_bars_order():
    records = [
        entry("reflection", "2026-12-03", model="free", text="a"),
        entry("checkin", "2026-12-03", mood=5),
        entry("reflection", "2026-12-03", model="free", text="b"),
        entry("disclosure", "2026-12-04", decision="shared"),
        entry("reflection", "2026-11-30", model="free", text="c"),  # shown, other month
        entry("reflection", "2026-10-01", model="free", text="d"),  # not shown
    ]
    month = month_of(records, 2026, 12, TODAY)
    third = month.day(date(2026, 12, 3))
    assert third.counts() == [(RecordType.REFLECTION, 2), (RecordType.CHECKIN, 1)]
    assert len(third.entries) == 3
    assert month.day(date(2026, 12, 4)).counts() == [(RecordType.DISCLOSURE, 1)]
    edge = month.day(date(2026, 11, 30))
    assert not edge.in_month and edge.counts() == [(RecordType.REFLECTION, 1)]
    assert sum(len(d.entries) for d in month.days) == 5
    assert month.day(date(2026, 12, 5)).is_empty


def test_the_days_entries_come_by_type_then_in_the_order_they_were_written():
    later = entry("reflection", "2026-12-03", model="free", text="later")
    earlier = entry("reflection", "2026-12-03", model="free", text="earlier")
    checkin = entry("checkin", "2026-12-03", mood=5)
    checkin.created = datetime(2026, 12, 3, 8, 0)
    earlier.created = datetime(2026, 12, 3, 9, 0)
    later.created = datetime(2026, 12, 3, 17, 0)
    day = month_of([checkin, later, earlier], 2026, 12, TODAY).day(date(2026, 12, 3))
    assert [r.id for r in day.entries] == [earlier.id, later.id, checkin.id]


def test_supervision_held_and_the_latest_notes_booking():
    first = note("2026-11-02", next_date="2026-12-01")  # held on 1 Dec: its note shows
    held = note("2026-12-01", next_date="2026-12-29")
    month = month_of([first, held], 2026, 12, TODAY)
    assert month.day(date(2026, 12, 1)).supervisions_held == 1
    assert month.day(date(2026, 12, 1)).booked == ""
    assert month.day(date(2026, 12, 29)).booked == held.id
    assert [d.day for d in month.days if d.booked] == [date(2026, 12, 29)]


def test_a_moved_supervision_is_booked_once_on_its_new_day():
    old = note("2026-11-02", next_date="2026-12-01")
    assert booked_supervision([old]) == (date(2026, 12, 1), old.id)
    moved = note("2026-11-20", next_date="2026-12-08")  # written since: it moved
    month = month_of([old, moved], 2026, 12, TODAY)
    assert [d.day for d in month.days if d.booked] == [date(2026, 12, 8)]


def test_no_booking_without_a_next_date_or_on_a_day_before_the_note():
    assert booked_supervision([]) is None
    assert booked_supervision([note("2026-12-01")]) is None
    assert booked_supervision([note("2026-12-01", next_date="2026-11-20")]) is None


def test_actions_fall_due_on_their_day_open_and_overdue_marked():
    supervision = note(
        "2026-11-02",
        actions=[
            ("Book the course", "2026-12-04", "open"),
            ("Read the policy", "2026-12-04", "done"),
            ("Plan the group", "2026-12-18", "open"),
            ("No date", "", "open"),
        ],
    )
    month = month_of([supervision], 2026, 12, TODAY)
    fourth = month.day(date(2026, 12, 4))
    assert [a.text for a in fourth.actions_due] == ["Book the course", "Read the policy"]
    assert [a.text for a in fourth.open_actions] == ["Book the course"]
    assert fourth.overdue  # open, and 4 Dec is before today
    eighteenth = month.day(date(2026, 12, 18))
    assert [a.text for a in eighteenth.open_actions] == ["Plan the group"]
    assert not eighteenth.overdue
    assert sum(len(d.actions_due) for d in month.days) == 3
    # The note itself is on 2 Nov: not in December's grid, its actions still are.
    assert month.day(date(2026, 11, 2)) is None


def test_a_done_action_on_a_past_day_is_not_overdue():
    supervision = note("2026-11-02", actions=[("Read", "2026-12-04", "done")])
    assert not month_of([supervision], 2026, 12, TODAY).day(date(2026, 12, 4)).overdue


@pytest.mark.parametrize(
    ("year", "month", "by", "expected"),
    [(2026, 12, 1, (2027, 1)), (2026, 1, -1, (2025, 12)), (2026, 5, 0, (2026, 5)),
     (2026, 3, -15, (2024, 12)), (2026, 11, 14, (2028, 1))],
)  # fmt: skip
def test_shift_month(year, month, by, expected):
    assert shift_month(year, month, by) == expected


def test_every_month_of_a_year_holds_all_its_days():
    for m in range(1, 13):
        month = month_of([], 2028, m, TODAY)
        inside = [d.day for d in month.days if d.in_month]
        assert inside[0] == date(2028, m, 1)
        assert inside[-1] + timedelta(days=1) == date(*shift_month(2028, m, 1), 1)


def test_a_month_that_does_not_exist_is_refused():
    with pytest.raises(ValueError):
        month_of([], 2026, 13, TODAY)


def test_the_actions_due_are_those_of_every_notes_actions():
    """Items are made only for actions due in the grid; the days hold the same ones,
    in the same order, as a walk over every note's actions."""
    import random

    from journal_app.services.actions import note_actions

    rng = random.Random(5)
    notes = [
        record_from_input(
            {"type": "supervision",
             "date": (TODAY - timedelta(days=rng.randrange(200))).isoformat(),
             "fields": {"actions": [
                 {"text": f"a{n}.{i}",
                  "due": (TODAY + timedelta(days=rng.randrange(-90, 90))).isoformat()
                  if rng.random() < 0.8 else ""}
                 for i in range(rng.randrange(5))]}},
            None,
        )
        for n in range(80)
    ]  # fmt: skip
    grid = month_of(notes, 2026, 12, TODAY)
    days = {d.day for d in grid.days}
    expected: dict = {}
    for item in (i for r in notes for i in note_actions(r)):
        if item.due in days:
            expected.setdefault(item.due, []).append(item)
    for day in grid.days:
        order = sorted(expected.get(day.day, []), key=lambda a: (a.supervision_date, a.index))
        assert list(day.actions_due) == order
    assert any(day.actions_due for day in grid.days)
