"""What the worker has shared: one entry per supervision pack or development record
written (when, to whom, which records, which format), kept encrypted in the vault
like the records."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.domain.records import utc_now
from journal_app.errors import JournalError
from journal_app.export.document import Document
from journal_app.export.formats import write_document
from journal_app.services.pack import SupervisionPack

if TYPE_CHECKING:
    from journal_app.services.development_record import DevelopmentRecord
    from journal_app.services.journal import Journal

log = logging.getLogger(__name__)

HISTORY_ID = "meta:share_history"
PACK = "pack"
DEVELOPMENT_RECORD = "development_record"


@dataclass(frozen=True)
class ShareEntry:
    when: datetime  # UTC
    recipient: str
    format: str
    start: date
    end: date
    record_ids: tuple[str, ...]
    file_name: str  # the name only: where it went is the worker's business
    levels: dict[str, str] = field(default_factory=dict)  # id -> "summary" | "full"
    wellbeing: bool = False
    document: str = PACK  # PACK or DEVELOPMENT_RECORD (entries from before: a pack)

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "when": self.when.isoformat(),
            "recipient": self.recipient,
            "format": self.format,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "records": list(self.record_ids),
            "file": self.file_name,
            "levels": dict(self.levels),
            "wellbeing": self.wellbeing,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ShareEntry:
        levels = data.get("levels") or {}
        return cls(
            when=datetime.fromisoformat(data["when"]),
            recipient=str(data.get("recipient", "")),
            format=str(data["format"]),
            start=date.fromisoformat(data["from"]),
            end=date.fromisoformat(data["to"]),
            record_ids=tuple(map(str, data.get("records", []))),
            file_name=str(data.get("file", "")),
            levels=dict(zip(map(str, levels), map(str, levels.values()), strict=True)),
            wellbeing=bool(data.get("wellbeing", False)),
            document=str(data.get("document") or PACK),
        )


def share_history(journal: Journal) -> list[ShareEntry]:
    """Every recorded export, newest first (an unreadable entry is skipped)."""
    raw = journal.meta_item(HISTORY_ID)
    entries = []
    for item in raw if isinstance(raw, list) else []:
        try:
            entries.append(ShareEntry.from_json(item))
        except (AttributeError, KeyError, TypeError, ValueError):
            log.warning("skipped an unreadable share history entry")
    # Stored oldest first; two exports in the same second keep that order.
    order = {id(e): i for i, e in enumerate(entries)}
    return sorted(entries, key=lambda e: (e.when, order[id(e)]), reverse=True)


def record_share(journal: Journal, entry: ShareEntry) -> None:
    """Add `entry` to the history as the file holds it now (one transaction: an
    export another program records at the same time is kept too)."""
    item = entry.to_json()
    journal.update_meta_item(HISTORY_ID, lambda raw: [*_items(raw), item])


def _forget_share(journal: Journal, entry: ShareEntry) -> None:
    """Take `entry` (its last copy) out of the history again, and nothing else."""
    item = entry.to_json()

    def change(raw: Any) -> list[Any]:
        items = _items(raw)
        for i in range(len(items) - 1, -1, -1):
            if items[i] == item:
                return items[:i] + items[i + 1 :]
        return items

    journal.update_meta_item(HISTORY_ID, change)


def _items(raw: Any) -> list[Any]:
    return raw if isinstance(raw, list) else []


def export_pack(journal: Journal, pack: SupervisionPack, fmt: str, out: Path) -> ShareEntry:
    """Write the pack to `out` and add it to the share history: the history entry is
    saved once the file is complete and before it replaces anything at `out`, so a
    file never leaves unrecorded and a failure leaves an older file in place. From a
    backup copy or a read-only journal only the pack is written (see
    Journal.keeps_share_history): the caller says that it was not recorded."""
    out = Path(out)
    options = pack.options
    levels = pack.levels
    entry = ShareEntry(
        when=utc_now(),
        recipient=options.recipient.strip(),
        format=fmt,
        start=options.start,
        end=options.end,
        record_ids=tuple(levels),
        file_name=out.name,
        levels=levels,
        wellbeing=options.include_wellbeing,
    )
    _write_and_record(journal, pack.document, entry, fmt, out)
    log.info("supervision pack written (%s, %d records)", fmt, len(entry.record_ids))
    return entry


def export_development_record(
    journal: Journal, record: DevelopmentRecord, fmt: str, out: Path
) -> ShareEntry:
    """Write a development record to `out` and add it to the share history, as
    export_pack does a pack."""
    out = Path(out)
    options = record.options
    entry = ShareEntry(
        when=utc_now(),
        recipient=options.recipient.strip(),
        format=fmt,
        start=options.start,
        end=options.end,
        record_ids=tuple(record.levels),
        file_name=out.name,
        levels=dict(record.levels),
        document=DEVELOPMENT_RECORD,
    )
    _write_and_record(journal, record.document, entry, fmt, out)
    log.info("development record written (%s, %d records)", fmt, len(entry.record_ids))
    return entry


def _write_and_record(
    journal: Journal, document: Document, entry: ShareEntry, fmt: str, out: Path
) -> None:
    recorded = False

    def record() -> None:
        nonlocal recorded
        record_share(journal, entry)
        recorded = True

    try:
        keep = journal.keeps_share_history
        write_document(document, fmt, out, before_replace=record if keep else None)
    except JournalError:
        if recorded:  # the file did not take its place after all
            with contextlib.suppress(JournalError):
                _forget_share(journal, entry)
        raise
