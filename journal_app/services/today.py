"""The Today home's suggestions and the side bar's counts: pure functions over the
journal's records (no Qt, no I/O), so what the home offers can be tested by date.

A suggestion names a next step and what it is about (how many, which date, a title
at most): never a record's text. The GUI words each kind and gives it one button."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import Any

from journal_app.domain.records import Record, RecordType
from journal_app.services.actions import ActionItem, count_note_actions
from journal_app.services.insights import by_type, marked_for_supervision, next_supervision

CHECKIN_EVERY_DAYS = 7  # no check-in for this long: offer one
SUPERVISION_SOON_DAYS = 7  # a booked supervision this near is worth a card


class Step(StrEnum):
    """What a suggestion asks of the worker (the GUI picks the words and the button)."""

    FINISH_DRAFT = "finish_draft"  # an entry not yet saved waits in the editor
    OVERDUE_ACTIONS = "overdue_actions"  # agreed actions past their due date
    SUPERVISION_SOON = "supervision_soon"  # the next supervision is near: prepare
    WRITE_REFLECTION = "write_reflection"  # nothing written today: after a session?
    CHECK_IN = "check_in"  # no check-in for a week (or ever)
    BOOK_SUPERVISION = "book_supervision"  # no next supervision is booked


@dataclass(frozen=True)
class Suggestion:
    """One next step. `count` and `day` say what it is about; `title` is a record's
    title only (the draft's), never its text."""

    step: Step
    count: int = 0
    day: date | None = None
    days: int | None = None  # from today to `day`, or since the last check-in
    title: str = ""
    record_id: str = ""


def suggestions(
    records: Iterable[Record],
    today: date,
    draft: Mapping[str, Any] | None = None,
    can_write: bool = True,
    actions: list[ActionItem] | None = None,
) -> list[Suggestion]:
    """What the Today home offers, most pressing first. A read-only journal offers
    nothing to write, only what needs attention. `actions`: all_actions(records,
    today), when the caller has it already (else the actions are only counted)."""
    records = list(records)
    groups = by_type(records)  # one pass over the journal, not one for each question
    notes = groups[RecordType.SUPERVISION]
    if actions is None:
        overdue = count_note_actions(notes, today).overdue
    else:
        overdue = sum(1 for a in actions if a.is_overdue(today))
    out: list[Suggestion] = []
    if can_write and draft:
        out.append(_draft_suggestion(draft))
    if overdue:
        out.append(Suggestion(Step.OVERDUE_ACTIONS, count=overdue))
    booked = next_supervision(notes, today)
    if booked is not None and (booked - today).days <= SUPERVISION_SOON_DAYS:
        marked = len(marked_for_supervision(records, today))
        out.append(
            Suggestion(Step.SUPERVISION_SOON, count=marked, day=booked, days=(booked - today).days)
        )
    if can_write:
        if not any(r.date == today for r in groups[RecordType.REFLECTION]):
            out.append(Suggestion(Step.WRITE_REFLECTION))
        last = _last_checkin(groups[RecordType.CHECKIN], today)
        if last is None or (today - last).days >= CHECKIN_EVERY_DAYS:
            out.append(
                Suggestion(
                    Step.CHECK_IN, day=last, days=None if last is None else (today - last).days
                )
            )
    if booked is None:
        out.append(Suggestion(Step.BOOK_SUPERVISION))
    return out


def _draft_suggestion(draft: Mapping[str, Any]) -> Suggestion:
    data = draft.get("data")
    title = data.get("title", "") if isinstance(data, Mapping) else ""
    record_id = draft.get("record_id") or ""
    return Suggestion(
        Step.FINISH_DRAFT,
        title=title if isinstance(title, str) else "",
        record_id=record_id if isinstance(record_id, str) else "",
    )


def _last_checkin(records: Iterable[Record], today: date) -> date | None:
    days = [r.date for r in records if r.type is RecordType.CHECKIN and r.date <= today]
    return max(days, default=None)


@dataclass(frozen=True)
class SectionCounts:
    """The side bar's numbers: entries of each type, all of them, open actions."""

    entries: int = 0
    by_type: Mapping[RecordType, int] | None = None
    open_actions: int = 0
    overdue_actions: int = 0

    def of_type(self, record_type: RecordType) -> int:
        return (self.by_type or {}).get(record_type, 0)


def section_counts(
    records: Iterable[Record], today: date, actions: list[ActionItem] | None = None
) -> SectionCounts:
    """How many entries there are (in all and by type) and how many actions are open
    (`actions`: all_actions(records, today), when the caller has it already; else the
    actions are only counted)."""
    records = list(records)
    if actions is None:
        counted = count_note_actions(records, today)
        open_actions, overdue = counted.open, counted.overdue
    else:
        open_actions = sum(1 for a in actions if a.status == "open")
        overdue = sum(1 for a in actions if a.is_overdue(today))
    by_type = {t: 0 for t in RecordType}
    by_type.update(Counter(map(attrgetter("type"), records)))
    return SectionCounts(
        entries=len(records), by_type=by_type, open_actions=open_actions, overdue_actions=overdue
    )
