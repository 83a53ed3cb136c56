"""What an entry is called wherever a title is wanted: its own title, or, when the
worker gave none, a name made from what it is ("Check-in · mood 6, stress 3",
"Supervision · with Sam", "Disclosure decision · partly shared", "Training · 6.5
hours", "Reflection · 16 Nov 2026"), never "(untitled)". One rule for the GUI (which
translates the words), the command line, the agenda, the supervision pack and exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from journal_app.domain.fields import Field
from journal_app.domain.records import TYPE_LABELS, Record, RecordType

SEPARATOR = " · "
# The check-in scores a name gives, in this order, with the word for each.
SCORE_WORDS = {Field.MOOD: "mood", Field.STRESS: "stress", Field.ENERGY: "energy"}
# A disclosure's decision, as a name gives it.
DECISION_WORDS = {
    "shared": "shared",
    "partly_shared": "partly shared",
    "not_shared": "not shared",
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class NameParts:
    """What a name is made of: the title when there is one; otherwise the kind of
    entry with what says most about it (a check-in's scores, a supervision's
    supervisor, a disclosure's decision) or else its date."""

    title: str
    type: RecordType
    day: date
    scores: tuple[tuple[Field, str], ...] = ()
    supervisor: str = ""
    decision: str = ""  # a key of DECISION_WORDS
    hours: str = ""  # a training's hours: "6.5"


def name_parts(record: Record, *, detail: bool = True) -> NameParts:
    """The parts of `record`'s name. Without `detail` a name never uses what the entry
    holds (scores, names, decisions): for a place that shows only its kind and date."""
    title = " ".join(record.title.split())
    if title or not detail:
        return NameParts(title, record.type, record.date)
    fields = record.fields
    if record.type is RecordType.CHECKIN:
        scores = tuple(
            (key, score_text(fields[key]))
            for key in SCORE_WORDS
            if isinstance(fields.get(key), int | float) and not isinstance(fields[key], bool)
        )
        return NameParts(title, record.type, record.date, scores=scores)
    if record.type is RecordType.SUPERVISION and isinstance(fields.get(Field.SUPERVISOR), str):
        supervisor = " ".join(fields[Field.SUPERVISOR].split())
        return NameParts(title, record.type, record.date, supervisor=supervisor)
    if record.type is RecordType.DISCLOSURE and fields.get(Field.DECISION) in DECISION_WORDS:
        return NameParts(title, record.type, record.date, decision=fields[Field.DECISION])
    hours = fields.get(Field.HOURS)
    if record.type is RecordType.TRAINING and isinstance(hours, int | float) and hours:
        return NameParts(title, record.type, record.date, hours=score_text(hours))
    return NameParts(title, record.type, record.date)


def score_text(value: float) -> str:
    """6 for 6 and 6.0; 6.5 stays 6.5."""
    return str(int(value)) if float(value).is_integer() else str(value)


def plain_date(day: date) -> str:
    """16 Nov 2026 (English month names, whatever the computer's locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def record_name(
    record: Record,
    *,
    detail: bool = True,
    day_text: Callable[[date], str] = plain_date,
    dated: bool = True,
) -> str:
    """The entry's title, or a name made from its kind and its scores or date.
    Where its date is written beside the name anyway, `dated=False` leaves it out
    ("16 November 2026: Reflection", not "...: Reflection · 16 November 2026")."""
    parts = name_parts(record, detail=detail)
    if parts.title:
        return parts.title
    kind = TYPE_LABELS[parts.type]
    if parts.scores:
        what = ", ".join(f"{SCORE_WORDS[key]} {value}" for key, value in parts.scores)
    elif parts.supervisor:
        what = f"with {parts.supervisor}"
    elif parts.decision:
        what = DECISION_WORDS[parts.decision]
    elif parts.hours:
        what = "1 hour" if parts.hours == "1" else f"{parts.hours} hours"
    elif dated:
        what = day_text(parts.day)
    else:
        return kind
    return f"{kind}{SEPARATOR}{what}"
