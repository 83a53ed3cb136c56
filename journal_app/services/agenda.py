"""The agenda a supervision note starts from: records marked "bring to supervision"
since the last supervision note."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from journal_app.domain.record_name import record_name
from journal_app.domain.records import TYPE_LABELS, Record, RecordType, Share
from journal_app.services.pack_labels import long_date


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


def agenda_line(record: Record) -> str:
    """A record as a line of the agenda. A supervision note may be shared, so a
    private entry never gives its title: a neutral line the worker can edit instead;
    one shared as a summary gives its shared title when it has one."""
    day = long_date(record.date)
    kind = TYPE_LABELS[record.type]
    if record.share is Share.PRIVATE:
        return f"- {day}: a private {kind[:1].lower()}{kind[1:]}"
    title = record_name(record, detail=record.share is Share.FULL, dated=False)
    if record.share is Share.SUMMARY and record.shared_title:
        title = record.shared_title
    if title == kind:  # no title: the day and kind say all there is
        return f"- {day}, {kind}"
    return f"- {day}, {kind}: {title}"


def agenda_text(records: list[Record], on: date | None = None) -> str:
    """One line per record marked for supervision (the worker edits it from there)."""
    return "\n".join(agenda_line(r) for r in records_for_supervision(records, on))
