"""Reminders the worker chooses in Preferences (all off by default): reflect after
sessions, the weekly check-in, supervision and overdue actions. The rules here say
what is due at a given moment (the clock is passed in, so they are tested by date);
the GUI (gui/reminder_timer.py) wakes at `next_wake` and shows what `due_now` gives.

A reminder names what to do, never what was written: its wording is one of `Wording`
and the GUI turns that into words. Rules that need the journal (supervision, overdue
actions, whether the worker already acted) look at `JournalFacts`, made while the
journal is unlocked; while it is locked there are none, and a reminder that needs
them says only something generic, or waits for the unlock (supervision).

Each reminder has a due time (its day and time of day); it is due from then until the
end of that day (a laptop asleep at 5 pm still reminds when it wakes at 6), and it
fires once: its `key` names the due time, and the caller keeps the keys it showed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from journal_app.domain.records import Record, RecordType
from journal_app.services.actions import count_note_actions
from journal_app.services.agenda import last_supervision_date
from journal_app.services.insights import next_supervision
from journal_app.services.supervision_log import DEFAULT_GAP_WEEKS, gap_weeks

WEEKDAYS = tuple(range(7))  # Monday is 0, as date.weekday() counts
WORKING_DAYS = frozenset(range(5))
CHECKIN_WITHIN_DAYS = 7  # a check-in in the 7 days up to today: this week's is written
SOON_RANGE = (1, 28)  # "supervision within N days": N from 1 to 4 weeks


class Kind(StrEnum):
    REFLECT = "reflect"
    CHECKIN = "checkin"
    SUPERVISION = "supervision"
    ACTIONS = "actions"


class Wording(StrEnum):
    """What a notification says (the GUI holds the words; none carries journal text)."""

    REFLECT = "reflect"  # "Time to reflect on today's sessions"
    CHECKIN = "checkin"  # "Time for your weekly check-in"
    SUPERVISION_SOON = "supervision_soon"  # "Your next supervision is coming up"
    SUPERVISION_NOT_BOOKED = "supervision_not_booked"  # none booked, longer than the gap
    SUPERVISION_CHECK = "supervision_check"  # locked: "Is your next supervision booked?"
    ACTIONS_OVERDUE = "actions_overdue"  # "You have actions past their due date"
    ACTIONS_CHECK = "actions_check"  # locked: "Time to look over your actions"


class Place(StrEnum):
    """Where a clicked notification takes the worker."""

    NEW_REFLECTION = "new_reflection"
    NEW_CHECKIN = "new_checkin"
    ACTIONS = "actions"
    TODAY = "today"


@dataclass(frozen=True)
class Reminder:
    kind: Kind
    key: str  # the due time it is for: shown once per key
    wording: Wording
    place: Place


@dataclass(frozen=True)
class ReminderSettings:
    """The worker's choices (kept in the app's settings: they hold no journal text)."""

    reflect: bool = False
    reflect_days: frozenset[int] = WORKING_DAYS
    reflect_time: time = time(17, 0)
    checkin: bool = False
    checkin_day: int = 4  # Friday
    checkin_time: time = time(16, 0)
    supervision: bool = False
    supervision_days: frozenset[int] = WORKING_DAYS
    supervision_time: time = time(9, 0)
    supervision_soon: int = 3  # remind when the booked supervision is this many days away
    actions: bool = False
    actions_days: frozenset[int] = WORKING_DAYS
    actions_time: time = time(9, 0)

    @property
    def any_on(self) -> bool:
        return self.reflect or self.checkin or self.supervision or self.actions

    def schedule(self, kind: Kind) -> tuple[bool, frozenset[int], time]:
        """(on, weekdays, time of day) of one reminder."""
        if kind is Kind.REFLECT:
            return self.reflect, self.reflect_days, self.reflect_time
        if kind is Kind.CHECKIN:
            return self.checkin, frozenset({self.checkin_day}), self.checkin_time
        if kind is Kind.SUPERVISION:
            return self.supervision, self.supervision_days, self.supervision_time
        return self.actions, self.actions_days, self.actions_time

    # --- kept as text (QSettings holds strings on some platforms) --------------------

    def to_strings(self) -> dict[str, str]:
        return {
            "reflect": _flag(self.reflect),
            "reflect_days": _days_text(self.reflect_days),
            "reflect_time": self.reflect_time.strftime("%H:%M"),
            "checkin": _flag(self.checkin),
            "checkin_day": str(self.checkin_day),
            "checkin_time": self.checkin_time.strftime("%H:%M"),
            "supervision": _flag(self.supervision),
            "supervision_days": _days_text(self.supervision_days),
            "supervision_time": self.supervision_time.strftime("%H:%M"),
            "supervision_soon": str(self.supervision_soon),
            "actions": _flag(self.actions),
            "actions_days": _days_text(self.actions_days),
            "actions_time": self.actions_time.strftime("%H:%M"),
        }

    @classmethod
    def from_strings(cls, values: Mapping[str, object]) -> ReminderSettings:
        """Read back `to_strings`; anything missing or unreadable keeps its default
        (a hand-edited settings file never stops the app)."""
        d = cls()
        soon = _number(values.get("supervision_soon"), d.supervision_soon)
        checkin_day = _number(values.get("checkin_day"), d.checkin_day)
        return cls(
            reflect=_is_on(values.get("reflect")),
            reflect_days=_days(values.get("reflect_days"), d.reflect_days),
            reflect_time=_time(values.get("reflect_time"), d.reflect_time),
            checkin=_is_on(values.get("checkin")),
            checkin_day=checkin_day if checkin_day in WEEKDAYS else d.checkin_day,
            checkin_time=_time(values.get("checkin_time"), d.checkin_time),
            supervision=_is_on(values.get("supervision")),
            supervision_days=_days(values.get("supervision_days"), d.supervision_days),
            supervision_time=_time(values.get("supervision_time"), d.supervision_time),
            supervision_soon=soon if SOON_RANGE[0] <= soon <= SOON_RANGE[1] else d.supervision_soon,
            actions=_is_on(values.get("actions")),
            actions_days=_days(values.get("actions_days"), d.actions_days),
            actions_time=_time(values.get("actions_time"), d.actions_time),
        )


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _is_on(value: object) -> bool:
    return str(value).strip().lower() in ("true", "1")


def _days_text(days: Iterable[int]) -> str:
    return ",".join(str(d) for d in sorted(days))


def _days(value: object, default: frozenset[int]) -> frozenset[int]:
    if value is None:
        return default
    if isinstance(value, list | tuple):  # QSettings may hand back "0,1" as a list
        value = ",".join(str(v) for v in value)
    parts = [p.strip() for p in str(value).split(",") if p.strip()]
    if not all(p.isdigit() and int(p) in WEEKDAYS for p in parts):
        return default
    return frozenset(int(p) for p in parts)


def _time(value: object, default: time) -> time:
    try:
        hours, minutes = str(value).split(":")
        return time(int(hours), int(minutes))
    except (TypeError, ValueError):
        return default


def _number(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


@dataclass(frozen=True)
class JournalFacts:
    """What the rules need from the journal, taken while it is unlocked: dates and a
    count, never text. None stands for "locked: unknown"."""

    last_reflection: date | None = None
    last_checkin: date | None = None
    next_supervision: date | None = None  # booked, today or later
    last_supervision: date | None = None  # held, today or earlier
    gap_weeks: int = DEFAULT_GAP_WEEKS
    overdue_actions: int = 0


def journal_facts(
    records: Iterable[Record], today: date, settings: Mapping[str, object]
) -> JournalFacts:
    """The facts the rules use, from the journal's records and personal settings."""
    records = list(records)

    def last(kind: RecordType) -> date | None:
        return max((r.date for r in records if r.type is kind and r.date <= today), default=None)

    return JournalFacts(
        last_reflection=last(RecordType.REFLECTION),
        last_checkin=last(RecordType.CHECKIN),
        next_supervision=next_supervision(records, today),
        last_supervision=last_supervision_date(records, before=today + timedelta(days=1)),
        gap_weeks=gap_weeks(settings),
        overdue_actions=count_note_actions(records, today).overdue,
    )


def due_time(settings: ReminderSettings, kind: Kind, now: datetime) -> datetime | None:
    """Today's due time of a reminder that is on, if it has come (it stays due until
    midnight); None when it is off, not for today, or later today."""
    on, days, at = settings.schedule(kind)
    if not on or now.weekday() not in days:
        return None
    due = datetime.combine(now.date(), at)
    return due if due <= now else None


def next_wake(settings: ReminderSettings, now: datetime) -> datetime | None:
    """The next due time after `now` of any reminder that is on (None: all off)."""
    found: list[datetime] = []
    for kind in Kind:
        on, days, at = settings.schedule(kind)
        if not on or not days:
            continue
        for ahead in range(8):
            day = now.date() + timedelta(days=ahead)
            when = datetime.combine(day, at)
            if day.weekday() in days and when > now:
                found.append(when)
                break
    return min(found, default=None)


def due_now(
    settings: ReminderSettings,
    now: datetime,
    facts: JournalFacts | None,
    shown: Set[str] = frozenset(),
) -> list[Reminder]:
    """The reminders to show now: due today, not acted on (where the facts can tell),
    and not already shown (`shown` holds the keys of those that were)."""
    out = []
    for kind in Kind:
        due = due_time(settings, kind, now)
        if due is None:
            continue
        reminder = _RULES[kind](settings, due, facts)
        if reminder is not None and reminder.key not in shown:
            out.append(reminder)
    return out


def _reflect(settings: ReminderSettings, due: datetime, facts: JournalFacts | None):
    if facts is not None and facts.last_reflection == due.date():
        return None  # already written today
    return Reminder(Kind.REFLECT, f"reflect:{due:%Y-%m-%d}", Wording.REFLECT, Place.NEW_REFLECTION)


def _checkin(settings: ReminderSettings, due: datetime, facts: JournalFacts | None):
    last = facts.last_checkin if facts is not None else None
    if last is not None and (due.date() - last).days < CHECKIN_WITHIN_DAYS:
        return None  # this week's check-in is written
    return Reminder(Kind.CHECKIN, f"checkin:{due:%Y-%m-%d}", Wording.CHECKIN, Place.NEW_CHECKIN)


def _actions(settings: ReminderSettings, due: datetime, facts: JournalFacts | None):
    key = f"actions:{due:%Y-%m-%d}"
    if facts is None:  # locked: cannot tell whether any are overdue
        return Reminder(Kind.ACTIONS, key, Wording.ACTIONS_CHECK, Place.ACTIONS)
    if facts.overdue_actions == 0:
        return None
    return Reminder(Kind.ACTIONS, key, Wording.ACTIONS_OVERDUE, Place.ACTIONS)


def _supervision(settings: ReminderSettings, due: datetime, facts: JournalFacts | None):
    today = due.date()
    year, week, _ = today.isocalendar()
    if facts is None:
        # Locked: whether one is booked is in the journal. A generic nudge at most once
        # a week, so a worker whose supervision is booked is not told every day.
        return Reminder(
            Kind.SUPERVISION,
            f"supervision-check:{year}-{week}",
            Wording.SUPERVISION_CHECK,
            Place.TODAY,
        )
    booked = facts.next_supervision
    if booked is not None:
        if (booked - today).days <= settings.supervision_soon:
            # Once for each booking, not again every day until it comes.
            return Reminder(
                Kind.SUPERVISION,
                f"supervision-soon:{booked:%Y-%m-%d}",
                Wording.SUPERVISION_SOON,
                Place.TODAY,
            )
        return None
    last = facts.last_supervision
    if last is not None and (today - last).days <= facts.gap_weeks * 7:
        return None  # none booked, but the last one was recent enough
    # None booked and longer than the worker's gap (or none yet): once a week.
    return Reminder(
        Kind.SUPERVISION,
        f"supervision-not-booked:{year}-{week}",
        Wording.SUPERVISION_NOT_BOOKED,
        Place.TODAY,
    )


_RULES = {
    Kind.REFLECT: _reflect,
    Kind.CHECKIN: _checkin,
    Kind.SUPERVISION: _supervision,
    Kind.ACTIONS: _actions,
}
