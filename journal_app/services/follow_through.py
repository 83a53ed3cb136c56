"""Gentle follow-through: when the worker's recent check-ins stay low, or after a
reflection on a crisis session, the Today home offers one calm line naming the
worker's own next steps (restorative time in the next supervision, their alternative
contact, their Wellness Action Plan, their employer's assistance line). Plain
functions over records and the vault's personal settings: no Qt, no I/O.

The line is never in a pack and never leaves the computer. The worker can turn it
off (the `follow_through` setting) or hide it; hidden, it stays hidden until the
condition changes: a new run of low check-ins, or another crisis session.

Settings (kept encrypted in the vault's `meta:settings`, for they are personal):
`follow_through` (false turns it off; absent means on), `assistance_line` (text: the
employer's assistance line, as the worker writes it) and `follow_through_hidden` (the
keys of the conditions the worker hid the line for)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from journal_app.domain.fields import Field
from journal_app.domain.records import Record, RecordType
from journal_app.services.insights import OLDEST_FIRST, by_type, next_supervision
from journal_app.services.record_rules import current_wellness_plan

FOLLOW_THROUGH = "follow_through"
ASSISTANCE_LINE = "assistance_line"
HIDDEN = "follow_through_hidden"
ASSISTANCE_LINE_LIMIT = 200

LOW_MOOD = 3  # a check-in with mood at or below this is low
HIGH_STRESS = 8  # or with stress at or above this
LOW_RUN = 3  # this many low check-ins in a row
LOW_RECENT_DAYS = 14  # the newest of them at most this many days ago
CRISIS_DAYS = 3  # a reflection on a crisis session at most this many days ago


class Reason(StrEnum):
    LOW_CHECKINS = "low_checkins"
    CRISIS_SESSION = "crisis_session"


@dataclass(frozen=True)
class FollowThrough:
    """What the line is about and the worker's own next steps. `keys` name the
    conditions (hiding the line remembers them)."""

    reasons: tuple[Reason, ...]
    keys: tuple[str, ...]
    next_supervision: date | None = None
    alternative_contact: str = ""
    plan_id: str = ""
    assistance_line: str = ""


def is_low(checkin: Record) -> bool:
    mood = checkin.fields.get(Field.MOOD)
    stress = checkin.fields.get(Field.STRESS)
    return (mood is not None and mood <= LOW_MOOD) or (stress is not None and stress >= HIGH_STRESS)


def low_run(records: Iterable[Record], today: date) -> list[Record]:
    """The check-ins up to today that are low, counted back from the newest until one
    is not (oldest first)."""
    checkins = sorted(
        (r for r in records if r.type is RecordType.CHECKIN and r.date <= today),
        key=OLDEST_FIRST,
    )
    run: list[Record] = []
    for checkin in reversed(checkins):
        if not is_low(checkin):
            break
        run.insert(0, checkin)
    return run


def conditions(records: Iterable[Record], today: date) -> dict[Reason, str]:
    """The conditions that hold today, each with a key that changes when the
    condition does: the first check-in of the low run, the latest crisis session."""
    return _conditions(by_type(records), today)


def _conditions(groups: dict[RecordType, list[Record]], today: date) -> dict[Reason, str]:
    found: dict[Reason, str] = {}
    run = low_run(groups[RecordType.CHECKIN], today)
    if len(run) >= LOW_RUN and (today - run[-1].date).days <= LOW_RECENT_DAYS:
        found[Reason.LOW_CHECKINS] = f"low:{run[0].id}"
    since = today - timedelta(days=CRISIS_DAYS)
    crises = [
        r
        for r in groups[RecordType.REFLECTION]
        # The dates first: most entries are older, and comparing dates is cheaper.
        if since <= r.date <= today and r.fields.get(Field.SESSION_KIND) == "crisis"
    ]
    if crises:
        latest = max(crises, key=OLDEST_FIRST)
        found[Reason.CRISIS_SESSION] = f"crisis:{latest.id}"
    return found


def is_on(settings: Mapping[str, Any]) -> bool:
    return settings.get(FOLLOW_THROUGH) is not False


def assistance_line(settings: Mapping[str, Any]) -> str:
    value = settings.get(ASSISTANCE_LINE)
    if not isinstance(value, str):
        return ""
    return " ".join(value.split())[:ASSISTANCE_LINE_LIMIT]


def hidden_keys(settings: Mapping[str, Any]) -> set[str]:
    value = settings.get(HIDDEN)
    return {k for k in value if isinstance(k, str)} if isinstance(value, list) else set()


def alternative_contact(records: Iterable[Record]) -> str:
    """The name on the latest supervision note with the worker's alternative contact."""
    latest = max(
        (
            r
            for r in records
            if r.type is RecordType.SUPERVISION
            and r.fields.get(Field.SUPERVISOR_ROLE) == "alternative_contact"
            and str(r.fields.get(Field.SUPERVISOR) or "").strip()
        ),
        key=OLDEST_FIRST,
        default=None,
    )
    return " ".join(str(latest.fields[Field.SUPERVISOR]).split()) if latest else ""


def follow_through(
    records: Iterable[Record],
    today: date,
    settings: Mapping[str, Any],
    hidden_here: Iterable[str] = (),
) -> FollowThrough | None:
    """The line to offer today, or None: turned off, nothing holds, or the worker hid
    it for every condition that holds (in the settings, or `hidden_here` where the
    journal cannot be written)."""
    if not is_on(settings):
        return None
    groups = by_type(records)  # one pass over the journal, not one for each question
    found = _conditions(groups, today)
    hidden = hidden_keys(settings) | set(hidden_here)
    if not found or all(key in hidden for key in found.values()):
        return None
    plan = current_wellness_plan(groups[RecordType.WELLNESS_PLAN])
    notes = groups[RecordType.SUPERVISION]
    return FollowThrough(
        reasons=tuple(found),
        keys=tuple(found.values()),
        next_supervision=next_supervision(notes, today),
        alternative_contact=alternative_contact(notes),
        plan_id=plan.id if plan is not None else "",
        assistance_line=assistance_line(settings),
    )


def hide(shown: FollowThrough) -> dict[str, Any]:
    """The settings that hide `shown` until its conditions change (only the keys of
    conditions that hold now are kept, so the list never grows)."""
    return {HIDDEN: list(shown.keys)}
