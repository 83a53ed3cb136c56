"""The agenda a supervision note starts from: records marked "bring to supervision"
since the last supervision note."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from journal_app.domain.records import TYPE_LABELS, Record, RecordType


def last_supervision_date(records: Iterable[Record], before: date | None = None) -> date | None:
    dates = [
        r.date
        for r in records
        if r.type is RecordType.SUPERVISION and (before is None or r.date < before)
    ]
    return max(dates, default=None)


def records_for_supervision(records: list[Record], on: date | None = None) -> list[Record]:
    """Records marked for supervision after the previous supervision note (and not
    after `on`, the date of the note being written), oldest first."""
    since = last_supervision_date(records, before=on)
    chosen = [
        r
        for r in records
        if r.for_supervision
        and r.type is not RecordType.SUPERVISION
        and (since is None or r.date > since)
        and (on is None or r.date <= on)
    ]
    return sorted(chosen, key=lambda r: (r.date, r.created))


def agenda_text(records: list[Record], on: date | None = None) -> str:
    """One line per record: date, kind and title (the worker edits it from there)."""
    lines = []
    for record in records_for_supervision(records, on):
        title = record.title or "(untitled)"
        lines.append(f"- {record.date.isoformat()} {TYPE_LABELS[record.type]}: {title}")
    return "\n".join(lines)
