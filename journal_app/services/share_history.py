"""What the worker has shared: one entry per supervision pack written (when, to whom,
which records, which format), kept encrypted in the vault like the records."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.domain.records import utc_now
from journal_app.errors import JournalError
from journal_app.export.formats import write_document
from journal_app.services.pack import SupervisionPack

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

log = logging.getLogger(__name__)

HISTORY_ID = "meta:share_history"


@dataclass(frozen=True)
class ShareEntry:
    when: datetime  # UTC
    recipient: str
    format: str
    start: date
    end: date
    record_ids: tuple[str, ...]
    file_name: str  # the name only: where it went is the worker's business

    def to_json(self) -> dict[str, Any]:
        return {
            "when": self.when.isoformat(),
            "recipient": self.recipient,
            "format": self.format,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "records": list(self.record_ids),
            "file": self.file_name,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ShareEntry:
        return cls(
            when=datetime.fromisoformat(data["when"]),
            recipient=str(data.get("recipient", "")),
            format=str(data["format"]),
            start=date.fromisoformat(data["from"]),
            end=date.fromisoformat(data["to"]),
            record_ids=tuple(str(i) for i in data.get("records", [])),
            file_name=str(data.get("file", "")),
        )


def share_history(journal: Journal) -> list[ShareEntry]:
    """Every recorded export, newest first (an unreadable entry is skipped)."""
    raw = journal.meta_item(HISTORY_ID)
    entries = []
    for item in raw if isinstance(raw, list) else []:
        try:
            entries.append(ShareEntry.from_json(item))
        except (KeyError, TypeError, ValueError):
            log.warning("skipped an unreadable share history entry")
    return sorted(entries, key=lambda e: e.when, reverse=True)


def record_share(journal: Journal, entry: ShareEntry) -> None:
    raw = journal.meta_item(HISTORY_ID)
    items = raw if isinstance(raw, list) else []
    journal.put_meta_item(HISTORY_ID, [*items, entry.to_json()])


def export_pack(journal: Journal, pack: SupervisionPack, fmt: str, out: Path) -> ShareEntry:
    """Write the pack to `out`, then add it to the share history. If the history
    cannot be saved, the file is removed again: nothing leaves unrecorded."""
    out = Path(out)
    write_document(pack.document, fmt, out)
    options = pack.options
    entry = ShareEntry(
        when=utc_now(),
        recipient=options.recipient.strip(),
        format=fmt,
        start=options.start,
        end=options.end,
        record_ids=tuple(pack.record_ids),
        file_name=out.name,
    )
    try:
        record_share(journal, entry)
    except JournalError:
        out.unlink(missing_ok=True)
        raise
    log.info("supervision pack written (%s, %d records)", fmt, len(entry.record_ids))
    return entry
