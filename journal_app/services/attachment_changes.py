"""The changes to an entry's evidence files (services.attachments), made through
`changes.apply` like every other change; each names the entry in
`Changed.attachments`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.services.attachments import Attachment
from journal_app.services.changes import Change, Changed, Outcome

if TYPE_CHECKING:
    from journal_app.services.journal import Journal


def _touched(entry_id: str) -> Changed:
    return Changed(attachments=frozenset({entry_id}))


@dataclass(frozen=True)
class AttachFile(Change[Attachment]):
    """Attach the file at `path` to an entry, under its own name."""

    entry_id: str
    path: Path

    def run(self, journal: Journal) -> Outcome[Attachment]:
        attachment = journal.attachments.add_file(self.entry_id, self.path)
        return Outcome(attachment, _touched(self.entry_id))


@dataclass(frozen=True)
class AttachBytes(Change[Attachment]):
    """Attach `data` to an entry as `name` (read by the caller beforehand)."""

    entry_id: str
    name: str
    data: bytes

    def run(self, journal: Journal) -> Outcome[Attachment]:
        attachment = journal.attachments.add(self.entry_id, self.name, self.data)
        return Outcome(attachment, _touched(self.entry_id))


@dataclass(frozen=True)
class Detach(Change[Attachment]):
    """Take a file off an entry; it is kept, detached, until the trash is emptied."""

    entry_id: str
    attachment_id: str

    def run(self, journal: Journal) -> Outcome[Attachment]:
        attachment = journal.attachments.detach(self.entry_id, self.attachment_id)
        return Outcome(attachment, _touched(self.entry_id))


@dataclass(frozen=True)
class Reattach(Change[Attachment]):
    """Bring back a file detached from an entry (before the trash is emptied)."""

    entry_id: str
    attachment_id: str

    def run(self, journal: Journal) -> Outcome[Attachment]:
        attachment = journal.attachments.restore(self.entry_id, self.attachment_id)
        return Outcome(attachment, _touched(self.entry_id))
