"""The reminders' rules with a fixed clock: each reminder due, not due, shown once per
due time, and silent once the worker acted; what is due while locked; the next wake."""

from __future__ import annotations

from datetime import date, datetime, time

from journal_app.domain.schema import record_from_input
from journal_app.services.reminders import (
    JournalFacts,
    Kind,
    Place,
    ReminderSettings,
    Wording,
    due_now,
    journal_facts,
    next_wake,
)
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
FRIDAY = date(2026, 12, 4)  # a Friday
ALL_ON = ReminderSettings(reflect=True, checkin=True, supervision=True, actions=True)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def rec(kind: str, day: str, **fields):
    return record_from_input({"type": kind, "date": day, "fields": fields}, VOCAB)


def kinds(found) -> list[Kind]:
    return [r.kind for r in found]


def only(settings: ReminderSettings, now: datetime, facts, shown=frozenset()):
    return due_now(settings, now, facts, shown)


# --- all off by default ----------------------------------------------------------------


def test_every_reminder_is_off_by_default():
    settings = ReminderSettings()
    assert not settings.any_on
    assert due_now(settings, at(FRIDAY, 23), None) == []
    assert next_wake(settings, at(FRIDAY, 8)) is None


# --- reflect after sessions --------------------------------------------------------------


def test_reflect_is_due_from_its_time_on_its_days():
    settings = ReminderSettings(reflect=True, reflect_days=frozenset({4}), reflect_time=time(17))
    facts = JournalFacts()
    assert only(settings, at(FRIDAY, 16, 59), facts) == []
    [reminder] = only(settings, at(FRIDAY, 17), facts)
    assert (reminder.wording, reminder.place) == (Wording.REFLECT, Place.NEW_REFLECTION)
    # Still due later that day (after a sleep), not the next day, not on other days.
    assert kinds(only(settings, at(FRIDAY, 22), facts)) == [Kind.REFLECT]
    assert only(settings, at(date(2026, 12, 5), 18), facts) == []
    assert only(settings, at(date(2026, 12, 3), 18), facts) == []


def test_reflect_fires_once_per_due_time():
    settings = ReminderSettings(reflect=True)
    [first] = only(settings, at(FRIDAY, 17), None)
    assert only(settings, at(FRIDAY, 17, 30), None, {first.key}) == []
    [monday] = only(settings, at(date(2026, 12, 7), 17), None, {first.key})
    assert monday.key != first.key


def test_reflect_is_silent_after_a_reflection_written_today():
    settings = ReminderSettings(reflect=True)
    assert only(settings, at(FRIDAY, 17), JournalFacts(last_reflection=FRIDAY)) == []
    yesterday = JournalFacts(last_reflection=date(2026, 12, 3))
    assert kinds(only(settings, at(FRIDAY, 17), yesterday)) == [Kind.REFLECT]


# --- weekly check-in ---------------------------------------------------------------------


def test_checkin_is_due_on_its_weekday_only():
    settings = ReminderSettings(checkin=True, checkin_day=4, checkin_time=time(16))
    assert only(settings, at(FRIDAY, 15), JournalFacts()) == []
    [reminder] = only(settings, at(FRIDAY, 16), JournalFacts())
    assert (reminder.wording, reminder.place) == (Wording.CHECKIN, Place.NEW_CHECKIN)
    assert only(settings, at(date(2026, 12, 3), 16), JournalFacts()) == []


def test_checkin_fires_once_and_is_silent_after_this_weeks_checkin():
    settings = ReminderSettings(checkin=True)
    [reminder] = only(settings, at(FRIDAY, 16), None)
    assert only(settings, at(FRIDAY, 20), None, {reminder.key}) == []
    assert only(settings, at(FRIDAY, 16), JournalFacts(last_checkin=date(2026, 11, 28))) == []
    week_ago = JournalFacts(last_checkin=date(2026, 11, 27))
    assert kinds(only(settings, at(FRIDAY, 16), week_ago)) == [Kind.CHECKIN]


# --- overdue actions ---------------------------------------------------------------------


def test_actions_due_only_when_some_are_overdue():
    settings = ReminderSettings(actions=True, actions_time=time(9))
    assert only(settings, at(FRIDAY, 9), JournalFacts(overdue_actions=0)) == []
    assert only(settings, at(FRIDAY, 8), JournalFacts(overdue_actions=2)) == []
    [reminder] = only(settings, at(FRIDAY, 9), JournalFacts(overdue_actions=2))
    assert (reminder.wording, reminder.place) == (Wording.ACTIONS_OVERDUE, Place.ACTIONS)
    assert only(settings, at(FRIDAY, 12), JournalFacts(overdue_actions=2), {reminder.key}) == []


def test_actions_while_locked_say_only_the_generic_words_once():
    settings = ReminderSettings(actions=True)
    [reminder] = only(settings, at(FRIDAY, 9), None)
    assert reminder.wording is Wording.ACTIONS_CHECK
    # Unlocked later that day with overdue actions: the day's reminder was shown.
    assert only(settings, at(FRIDAY, 10), JournalFacts(overdue_actions=1), {reminder.key}) == []


def test_actions_from_records_count_open_ones_past_due():
    records = [
        rec("supervision", "2026-11-01", actions=[{"text": "a", "due": "2026-12-01"}]),
        rec(
            "supervision",
            "2026-11-02",
            actions=[{"text": "b", "due": "2026-12-01", "status": "done"}],
        ),
    ]
    facts = journal_facts(records, FRIDAY, {})
    assert facts.overdue_actions == 1
    assert facts.last_supervision == date(2026, 11, 2)


# --- supervision -------------------------------------------------------------------------


def test_supervision_soon_once_per_booking():
    settings = ReminderSettings(supervision=True, supervision_soon=3)
    far = JournalFacts(next_supervision=date(2026, 12, 10), last_supervision=date(2026, 11, 20))
    assert only(settings, at(FRIDAY, 9), far) == []
    near = JournalFacts(next_supervision=date(2026, 12, 7), last_supervision=date(2026, 11, 20))
    [reminder] = only(settings, at(FRIDAY, 9), near)
    assert (reminder.wording, reminder.place) == (Wording.SUPERVISION_SOON, Place.TODAY)
    # The next working day, the same booking is not announced again.
    assert only(settings, at(date(2026, 12, 7), 9), near, {reminder.key}) == []


def test_supervision_not_booked_after_the_workers_gap():
    settings = ReminderSettings(supervision=True)
    recent = JournalFacts(last_supervision=date(2026, 11, 1), gap_weeks=6)
    assert only(settings, at(FRIDAY, 9), recent) == []
    long_ago = JournalFacts(last_supervision=date(2026, 10, 1), gap_weeks=6)
    [reminder] = only(settings, at(FRIDAY, 9), long_ago)
    assert reminder.wording is Wording.SUPERVISION_NOT_BOOKED
    # Shown once a week, not every working day.
    assert only(settings, at(date(2026, 12, 3), 9), long_ago, {reminder.key}) == []
    assert only(settings, at(date(2026, 12, 7), 9), long_ago, {reminder.key}) != []
    # Booked since: silent.
    booked = JournalFacts(last_supervision=date(2026, 10, 1), next_supervision=date(2027, 1, 5))
    assert only(settings, at(FRIDAY, 9), booked) == []


def test_supervision_gap_comes_from_the_journal_settings():
    records = [rec("supervision", "2026-10-26")]  # 39 days before
    assert journal_facts(records, FRIDAY, {"supervision_gap_weeks": 8}).gap_weeks == 8
    settings = ReminderSettings(supervision=True)
    assert only(settings, at(FRIDAY, 9), journal_facts(records, FRIDAY, {})) == []  # 6 weeks
    four = journal_facts(records, FRIDAY, {"supervision_gap_weeks": 4})
    assert kinds(only(settings, at(FRIDAY, 9), four)) == [Kind.SUPERVISION]


def test_supervision_while_locked_is_a_generic_weekly_nudge():
    settings = ReminderSettings(supervision=True)
    [reminder] = only(settings, at(FRIDAY, 9), None)
    assert reminder.wording is Wording.SUPERVISION_CHECK
    assert only(settings, at(FRIDAY, 11), None, {reminder.key}) == []


# --- waking ------------------------------------------------------------------------------


def test_next_wake_is_the_next_due_time_of_any_reminder_on():
    settings = ReminderSettings(
        reflect=True, reflect_time=time(17), checkin=True, checkin_day=0, checkin_time=time(10)
    )
    assert next_wake(settings, at(FRIDAY, 8)) == at(FRIDAY, 17)
    assert next_wake(settings, at(FRIDAY, 17)) == at(date(2026, 12, 7), 10)  # Monday
    assert (
        next_wake(ReminderSettings(reflect=True, reflect_days=frozenset()), at(FRIDAY, 8)) is None
    )


def test_all_on_at_night_after_everything():
    found = due_now(ALL_ON, at(FRIDAY, 23), None)
    assert sorted(kinds(found)) == sorted(Kind)


# --- kept as text --------------------------------------------------------------------------


def test_settings_round_trip_and_bad_values_keep_defaults():
    settings = ReminderSettings(
        reflect=True, reflect_days=frozenset({1, 3}), reflect_time=time(18, 30), supervision_soon=5
    )
    assert ReminderSettings.from_strings(settings.to_strings()) == settings
    bad = ReminderSettings.from_strings(
        {"reflect": "yes?", "reflect_days": "1,9", "reflect_time": "25:00", "checkin_day": "x"}
    )
    assert bad == ReminderSettings()
    assert ReminderSettings.from_strings({"actions_days": ["0", "2"]}).actions_days == {0, 2}
