"""The supervision log: when supervision happened, with whom (by role) and what it
covered (Proctor's restorative, formative and normative functions), how regular it
has been, and whether the next one is booked. The pack shows it for every note that
is not private, even one shared as a summary: date, role and functions are the log,
not the note's text. The app's own view may include private notes (the worker's eyes
only)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from journal_app.domain.fields import Field
from journal_app.domain.records import Record, RecordType, Share
from journal_app.export.document import Block, Heading, Paragraph, Table
from journal_app.services.pack_labels import choice_label, long_date

LOG_MONTHS = 12
DEFAULT_GAP_WEEKS = 6  # a preference: longer than this since the last one is flagged
GAP_SETTING = "supervision_gap_weeks"  # the vault setting that holds the preference
GAP_RANGE = (1, 26)


def gap_weeks(settings: Mapping[str, object]) -> int:
    """The worker's preferred most weeks between supervisions (the default if unset
    or out of range)."""
    value = settings.get(GAP_SETTING)
    low, high = GAP_RANGE
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return DEFAULT_GAP_WEEKS


@dataclass(frozen=True)
class LogEntry:
    record_id: str
    day: date
    role: str  # the role's label ("Line manager"), "" when not recorded
    functions: tuple[str, ...]  # labels, in Proctor's order


@dataclass(frozen=True)
class SupervisionLog:
    entries: tuple[LogEntry, ...]  # oldest first, the 12 months up to `end`
    end: date
    next_booked: date | None  # the newest note's next supervision date, if on or after `end`
    gap_weeks: int = DEFAULT_GAP_WEEKS

    @property
    def last(self) -> date | None:
        return self.entries[-1].day if self.entries else None

    def weeks_between(self) -> list[int]:
        """Whole weeks between one supervision and the next, in order."""
        days = [e.day for e in self.entries]
        return [(b - a).days // 7 for a, b in itertools.pairwise(days)]

    def restorative_count(self) -> int:
        return sum(
            1 for e in self.entries if choice_label(Field.FUNCTIONS, "restorative") in e.functions
        )

    def alerts(self) -> list[str]:
        """What needs saying: nothing booked, or the last one too long ago."""
        out = []
        if self.last is None:
            out.append(f"No supervision is recorded in the last {LOG_MONTHS} months.")
        elif (self.end - self.last).days > self.gap_weeks * 7:
            weeks = (self.end - self.last).days // 7
            out.append(
                f"The last supervision was {weeks} weeks before {long_date(self.end)}, "
                f"more than the {self.gap_weeks} weeks between sessions hoped for."
            )
        if self.next_booked is None:
            out.append("No next supervision is booked.")
        return out

    def one_line(self) -> str:
        count = len(self.entries)
        parts = [
            f"Last supervision: {long_date(self.last)}" if self.last else "No supervision yet",
            f"next booked: {long_date(self.next_booked)}"
            if self.next_booked
            else "next: not booked",
            f"{count} {'session' if count == 1 else 'sessions'} in the last {LOG_MONTHS} months",
        ]
        return "; ".join(parts) + "."


def supervision_log(
    records: Iterable[Record],
    end: date,
    shares: Mapping[str, Share] | None = None,
    include_private: bool = False,
    gap_weeks: int = DEFAULT_GAP_WEEKS,
) -> SupervisionLog:
    """The log of the 12 months up to `end`. A note's share is its own or the one in
    `shares` (a pack's choice); private notes are neither listed nor counted unless
    `include_private` (the worker's own view in the app)."""
    shares = shares or {}
    start = _months_before(end, LOG_MONTHS)
    notes = [
        r
        for r in records
        if r.type is RecordType.SUPERVISION
        and start < r.date <= end
        and (include_private or shares.get(r.id, r.share) is not Share.PRIVATE)
    ]
    notes.sort(key=lambda r: (r.date, r.created, r.id))
    entries = tuple(
        LogEntry(
            r.id,
            r.date,
            choice_label(Field.SUPERVISOR_ROLE, r.fields[Field.SUPERVISOR_ROLE])
            if r.fields.get(Field.SUPERVISOR_ROLE)
            else "",
            tuple(
                choice_label(Field.FUNCTIONS, f)
                for f in ("restorative", "formative", "normative")
                if f in (r.fields.get(Field.FUNCTIONS) or [])
            ),
        )
        for r in notes
    )
    booked = None
    if notes and notes[-1].fields.get(Field.NEXT_DATE):
        day = date.fromisoformat(notes[-1].fields[Field.NEXT_DATE])
        booked = day if day >= end else None  # one already past is no longer booked
    return SupervisionLog(entries, end, booked, gap_weeks)


def _months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, 28))


def log_blocks(log: SupervisionLog) -> list[Block]:
    """Every supervision not private in the 12 months to the pack's end: date, role
    and functions only (shown even for a note shared as a summary)."""
    out: list[Block] = [Heading("Supervision log"), Paragraph(log.one_line())]
    out += [Paragraph(alert) for alert in log.alerts()]
    if log.entries:
        rows = tuple(
            (long_date(e.day), e.role or "Not recorded", ", ".join(e.functions) or "Not recorded")
            for e in log.entries
        )
        headers = ("Date", "Supervisor's role", "Functions covered")
        out.append(Table(headers, rows, f"The last {LOG_MONTHS} months"))
        restorative = log.restorative_count()
        out.append(
            Paragraph(
                f"Restorative supervision in {restorative} of {len(log.entries)} sessions.",
                muted=True,
            )
        )
    return out
