"""Evidence files in a whole-journal export (services/export_all.py): each entry's
attached files written as plain files beside it, under names safe on every system,
readable by their owner only."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.disk.files import fsync_fd
from journal_app.domain.records import Record
from journal_app.paths import ensure_private_dir

if TYPE_CHECKING:
    from journal_app.services.attachments import Attachment
    from journal_app.services.journal import Journal

# Characters no file name may hold on Windows, macOS or Linux, and names Windows keeps.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$", re.IGNORECASE)


def disk_name(name: str, used: set[str]) -> str:
    """`name` as a file name every system accepts, unlike any in `used` (compared
    without case, as Windows and macOS do); added to `used`."""
    safe = _UNSAFE.sub("_", name).rstrip(" .") or "file"
    if _RESERVED.match(safe):
        safe = "_" + safe
    stem, dot, ext = safe.rpartition(".")
    if not dot or not stem:
        stem, ext = safe, ""
    candidate, n = safe, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
    used.add(candidate.lower())
    return candidate


def write_new(path: Path, data: bytes) -> None:
    """A new file readable by its owner only, flushed to the disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        fsync_fd(fh.fileno())


class ExportFiles:
    """The attached files of the records an export writes."""

    def __init__(self, journal: Journal, records: list[Record]) -> None:
        self._journal = journal
        having = journal.attachments.entries_with_attachments()
        self._by_entry: dict[str, list[Attachment]] = {}
        for record in records:
            if record.id in having:
                found = journal.attachments.of_entry(record.id)
                if found:
                    self._by_entry[record.id] = found

    @property
    def any(self) -> bool:
        return bool(self._by_entry)

    def _write(self, folder: Path, entry_id: str) -> list[tuple[Attachment, str]]:
        ensure_private_dir(folder)
        used: set[str] = set()
        written = []
        for attachment in self._by_entry[entry_id]:
            name = disk_name(attachment.name, used)
            write_new(folder / name, self._journal.attachments.read(entry_id, attachment.id))
            written.append((attachment, name))
        return written

    def write_beside(self, folder: Path, subfolder: str, entry_id: str) -> list[tuple[str, str]]:
        """Write an entry's files into `folder/subfolder`; (name, relative link) of each."""
        if entry_id not in self._by_entry:
            return []
        written = self._write(folder / subfolder, entry_id)
        return [(a.name, f"{_link(subfolder)}/{_link(name)}") for a, name in written]

    def write_json_files(self, folder: Path) -> dict[str, list[dict[str, Any]]]:
        """Write every entry's files under `folder/attachments/<entry id>/`; what the
        JSON export says of them (their details and the file's path)."""
        listed: dict[str, list[dict[str, Any]]] = {}
        for entry_id in self._by_entry:
            written = self._write(folder / "attachments" / entry_id, entry_id)
            listed[entry_id] = [
                a.to_dict() | {"file": f"attachments/{entry_id}/{name}"} for a, name in written
            ]
        return listed


def _link(name: str) -> str:
    """A path part as a Markdown link target: spaces and brackets escaped."""
    return name.replace("%", "%25").replace(" ", "%20").replace("(", "%28").replace(")", "%29")
