"""The gentle follow-through rule: three low check-ins in a row (mood 3 or less, or
stress 8 or more), the newest within two weeks, or a reflection on a crisis session
in the last three days, offer one line, unless it is turned off or hidden for the
conditions that hold; hidden, it comes back only when the condition changes."""

from __future__ import annotations

from datetime import date, timedelta

from journal_app.domain.records import Record
from journal_app.domain.schema import record_from_input
from journal_app.services.follow_through import (
    ASSISTANCE_LINE,
    FOLLOW_THROUGH,
    HIDDEN,
    Reason,
    follow_through,
    hide,
    is_low,
)
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
TODAY = date(2026, 11, 16)


def checkin(days_ago: int, **scores) -> Record:
    day = (TODAY - timedelta(days=days_ago)).isoformat()
    return record_from_input({"type": "checkin", "date": day, "fields": scores}, VOCAB)


def reflection(days_ago: int, kind: str = "crisis") -> Record:
    day = (TODAY - timedelta(days=days_ago)).isoformat()
    return record_from_input(
        {"type": "reflection", "date": day, "fields": {"model": "free", "session_kind": kind}},
        VOCAB,
    )


def low_three() -> list[Record]:
    return [checkin(5, mood=3), checkin(3, stress=8), checkin(1, mood=2, stress=9)]


def test_the_edges_of_a_low_check_in():
    assert is_low(checkin(0, mood=3)) and not is_low(checkin(0, mood=4))
    assert is_low(checkin(0, stress=8)) and not is_low(checkin(0, stress=7))
    assert not is_low(checkin(0, energy=1))  # energy alone says nothing here
    assert not is_low(checkin(0))


def test_three_low_in_a_row_offer_the_line_and_two_do_not():
    found = follow_through(low_three(), TODAY, {})
    assert found is not None and found.reasons == (Reason.LOW_CHECKINS,)
    assert follow_through(low_three()[1:], TODAY, {}) is None


def test_a_better_check_in_breaks_the_run():
    records = [*low_three(), checkin(0, mood=6, stress=4)]
    assert follow_through(records, TODAY, {}) is None
    # ...and one between them too.
    records = [checkin(6, mood=2), checkin(5, mood=7), checkin(3, mood=2), checkin(1, mood=3)]
    assert follow_through(records, TODAY, {}) is None


def test_an_old_run_is_not_raised_again():
    old = [checkin(20, mood=2), checkin(18, mood=2), checkin(15, mood=2)]
    assert follow_through(old, TODAY, {}) is None
    edge = [checkin(20, mood=2), checkin(18, mood=2), checkin(14, mood=2)]
    assert follow_through(edge, TODAY, {}) is not None


def test_a_check_in_dated_after_today_does_not_count():
    records = [*low_three()[:2], checkin(-1, mood=1)]
    assert follow_through(records, TODAY, {}) is None


def test_a_crisis_session_in_the_last_three_days_offers_it():
    assert follow_through([reflection(3)], TODAY, {}).reasons == (Reason.CRISIS_SESSION,)
    assert follow_through([reflection(4)], TODAY, {}) is None
    assert follow_through([reflection(0, "group")], TODAY, {}) is None


def test_turned_off_it_offers_nothing():
    assert follow_through([*low_three(), reflection(0)], TODAY, {FOLLOW_THROUGH: False}) is None
    assert follow_through(low_three(), TODAY, {FOLLOW_THROUGH: True}) is not None


def test_hidden_it_stays_hidden_until_the_condition_changes():
    records = low_three()
    shown = follow_through(records, TODAY, {})
    settings = hide(shown)
    assert follow_through(records, TODAY, settings) is None
    # A fourth low check-in continues the same run: still hidden.
    records.append(checkin(0, mood=1))
    assert follow_through(records, TODAY, settings) is None
    # A crisis session is a new condition: the line comes back, for both.
    again = follow_through([*records, reflection(0)], TODAY, settings)
    assert again is not None and set(again.reasons) == set(Reason)
    # A better day ends the run; a new run of three offers it again.
    later = TODAY + timedelta(days=4)
    records += [
        checkin(-1, mood=7),
        checkin(-2, mood=2),
        checkin(-3, mood=2),
        checkin(-4, mood=2),
    ]
    assert follow_through(records, later, settings) is not None


def test_hidden_in_memory_where_the_journal_cannot_be_written():
    records = low_three()
    shown = follow_through(records, TODAY, {})
    assert follow_through(records, TODAY, {}, hidden_here=shown.keys) is None


def test_the_next_steps_are_the_workers_own():
    note = record_from_input(
        {
            "type": "supervision",
            "date": "2026-11-01",
            "fields": {
                "supervisor": "Sam  Patel",
                "supervisor_role": "alternative_contact",
                "next_date": "2026-11-20",
            },
        },
        VOCAB,
    )
    plan = record_from_input(
        {"type": "wellness_plan", "date": "2026-10-01", "fields": {"keeps_me_well": "Walks"}},
        VOCAB,
    )
    settings = {ASSISTANCE_LINE: "  EAP   0800 000 000 ", HIDDEN: "not a list"}
    found = follow_through([*low_three(), note, plan], TODAY, settings)
    assert found.next_supervision == date(2026, 11, 20)
    assert found.alternative_contact == "Sam Patel"
    assert found.plan_id == plan.id
    assert found.assistance_line == "EAP 0800 000 000"
    bare = follow_through(low_three(), TODAY, {})
    assert (bare.next_supervision, bare.alternative_contact, bare.plan_id) == (None, "", "")
