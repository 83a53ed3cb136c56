"""The Today home's suggestions and the side bar's counts, computed from records by date."""

from __future__ import annotations

from datetime import date

from journal_app.domain.records import RecordType
from journal_app.domain.schema import record_from_input
from journal_app.services.today import (
    CHECKIN_EVERY_DAYS,
    Step,
    Suggestion,
    section_counts,
    suggestions,
)
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
TODAY = date(2026, 11, 16)


def rec(kind: str, day: str, title: str = "", for_supervision: bool = False, **fields):
    data = {
        "type": kind,
        "date": day,
        "title": title,
        "for_supervision": for_supervision,
        "fields": fields,
    }
    return record_from_input(data, VOCAB)


def action(text: str, due: str = "", status: str = "open") -> dict:
    out = {"text": text, "status": status}
    if due:
        out["due"] = due
    return out


def steps(found: list[Suggestion]) -> list[Step]:
    return [s.step for s in found]


def test_an_empty_journal_offers_a_reflection_a_check_in_and_booking_supervision():
    assert steps(suggestions([], TODAY)) == [
        Step.WRITE_REFLECTION,
        Step.CHECK_IN,
        Step.BOOK_SUPERVISION,
    ]
    check_in = suggestions([], TODAY)[1]
    assert check_in.day is None and check_in.days is None  # never checked in


def test_a_reflection_written_today_and_a_recent_check_in_are_not_offered_again():
    records = [
        rec("reflection", "2026-11-16", model="free"),
        rec("checkin", "2026-11-12", mood=6),
        rec("supervision", "2026-11-01", next_date="2026-12-20"),
    ]
    assert suggestions(records, TODAY) == []


def test_a_check_in_is_offered_after_a_week_without_one_saying_how_long():
    records = [rec("checkin", "2026-11-09", mood=6), rec("checkin", "2026-10-01", mood=3)]
    [check_in] = [s for s in suggestions(records, TODAY) if s.step is Step.CHECK_IN]
    assert check_in.day == date(2026, 11, 9) and check_in.days == CHECKIN_EVERY_DAYS
    one_day_less = [rec("checkin", "2026-11-10", mood=6)]
    assert Step.CHECK_IN not in steps(suggestions(one_day_less, TODAY))
    # A check-in dated in the future does not count as the last one.
    ahead = [rec("checkin", "2026-12-01", mood=6)]
    assert Step.CHECK_IN in steps(suggestions(ahead, TODAY))


def test_a_reflection_on_another_day_still_leaves_todays_offered():
    records = [rec("reflection", "2026-11-15", model="free")]
    assert Step.WRITE_REFLECTION in steps(suggestions(records, TODAY))


def test_supervision_in_a_few_days_counts_the_entries_marked_for_it():
    records = [
        rec("supervision", "2026-10-20", next_date="2026-11-19"),
        rec("reflection", "2026-10-25", for_supervision=True, model="free"),
        rec("reflection", "2026-11-02", for_supervision=True, model="free"),
        rec("reflection", "2026-10-10", for_supervision=True, model="free"),  # before the last
    ]
    [soon] = [s for s in suggestions(records, TODAY) if s.step is Step.SUPERVISION_SOON]
    assert (soon.day, soon.days, soon.count) == (date(2026, 11, 19), 3, 2)
    assert Step.BOOK_SUPERVISION not in steps(suggestions(records, TODAY))


def test_supervision_far_off_gets_no_card_and_a_past_date_asks_for_booking():
    far = [rec("supervision", "2026-11-01", next_date="2026-12-20")]
    assert not {Step.SUPERVISION_SOON, Step.BOOK_SUPERVISION} & set(steps(suggestions(far, TODAY)))
    past = [rec("supervision", "2026-10-01", next_date="2026-11-01")]
    assert Step.BOOK_SUPERVISION in steps(suggestions(past, TODAY))
    today = [rec("supervision", "2026-10-01", next_date="2026-11-16")]
    [soon] = [s for s in suggestions(today, TODAY) if s.step is Step.SUPERVISION_SOON]
    assert soon.days == 0


def test_overdue_actions_are_counted_and_come_before_writing():
    records = [
        rec(
            "supervision",
            "2026-10-01",
            next_date="2026-12-20",
            actions=[
                action("Book training", due="2026-11-01"),
                action("Call team", due="2026-11-10"),
                action("Read policy", due="2026-11-20"),  # not yet due
                action("Old one", due="2026-10-02", status="done"),  # done: not overdue
                action("Undated"),
            ],
        )
    ]
    found = suggestions(records, TODAY)
    assert found[0] == Suggestion(Step.OVERDUE_ACTIONS, count=2)
    assert steps(found) == [Step.OVERDUE_ACTIONS, Step.WRITE_REFLECTION, Step.CHECK_IN]


def test_a_waiting_draft_comes_first_with_its_title_only():
    draft = {
        "record_id": "abc",
        "data": {"type": "reflection", "title": "After the group", "fields": {"text": "private"}},
    }
    first = suggestions([], TODAY, draft)[0]
    assert first == Suggestion(Step.FINISH_DRAFT, title="After the group", record_id="abc")
    assert "private" not in repr(first)
    odd = suggestions([], TODAY, {"data": "not a dict", "record_id": 5})[0]
    assert odd == Suggestion(Step.FINISH_DRAFT)


def test_a_read_only_journal_offers_nothing_to_write():
    records = [
        rec("supervision", "2026-10-01", actions=[action("Book training", due="2026-11-01")])
    ]
    found = suggestions(records, TODAY, {"data": {"title": "x"}}, can_write=False)
    assert steps(found) == [Step.OVERDUE_ACTIONS, Step.BOOK_SUPERVISION]


def test_section_counts_by_type_and_open_actions():
    records = [
        rec("reflection", "2026-11-01", model="free"),
        rec("reflection", "2026-11-02", model="free"),
        rec("checkin", "2026-11-02", mood=5),
        rec(
            "supervision",
            "2026-10-01",
            actions=[
                action("a", due="2026-11-01"),
                action("b"),
                action("c", status="done"),
                action("d", status="dropped"),
            ],
        ),
    ]
    counts = section_counts(records, TODAY)
    assert counts.entries == 4
    assert counts.of_type(RecordType.REFLECTION) == 2
    assert counts.of_type(RecordType.DISCLOSURE) == 0
    assert counts.of_type(RecordType.SUPERVISION) == 1
    assert (counts.open_actions, counts.overdue_actions) == (2, 1)
    assert section_counts([], TODAY).of_type(RecordType.CHECKIN) == 0
