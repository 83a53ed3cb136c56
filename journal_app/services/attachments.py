"""Evidence files (certificates, letters, feedback) attached to entries: added, listed,
read, saved out, detached and put back. Each is sealed in the vault like an entry
(vault.attachments), bound to its entry; nothing of it is written in plain except
where the worker saves or exports it.

Detaching keeps the file in the vault, marked detached, until the trash is emptied
(or the entry itself is deleted for good), so a file detached by mistake can be
brought back (`restore`) as long as a deleted entry could; an entry moved to the
trash keeps its attachments, and restoring it brings them back with it."""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from journal_app.domain.records import new_record_id, utc_now
from journal_app.errors import (
    RecordNotFound,
    StorageError,
    UsageError,
    ValidationError,
    VaultCorrupt,
)
from journal_app.export.formats import write_atomically
from journal_app.services.record_cache import RecordCache
from journal_app.vault.attachments import MAX_BYTES
from journal_app.vault.store import VaultStore

MAX_NAME = 255  # characters in a file name


@dataclass(frozen=True)
class Attachment:
    """One evidence file's details (its bytes are read on demand)."""

    id: str
    entry_id: str
    name: str
    size: int
    added: datetime
    detached: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """What `attachments --json` prints for each."""
        return {
            "id": self.id,
            "name": self.name,
            "size": self.size,
            "added": self.added.isoformat(),
        }


def _meta(name: str, size: int, added: datetime, detached: datetime | None) -> bytes:
    value = {"name": name, "size": size, "added": added.isoformat()}
    value["detached"] = detached.isoformat() if detached is not None else None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _parse(att_id: str, entry_id: str, meta: bytes | None) -> Attachment | None:
    if meta is None:
        return None
    try:
        value = json.loads(meta)
        detached = value.get("detached")
        return Attachment(
            id=att_id,
            entry_id=entry_id,
            name=str(value["name"]),
            size=int(value["size"]),
            added=datetime.fromisoformat(value["added"]),
            detached=datetime.fromisoformat(detached) if detached else None,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def check_name(name: str) -> str:
    """A file name as it is kept: one name (no folders), printable, at most 255
    characters; ValidationError naming `name` otherwise."""
    if not isinstance(name, str):
        raise ValidationError("name", "must be text", code="shape")
    name = unicodedata.normalize("NFC", name.strip())
    if not name or name in (".", ".."):
        raise ValidationError("name", "must not be empty", code="required")
    if "/" in name or "\\" in name or any(not c.isprintable() for c in name):
        raise ValidationError(
            "name", "must be a file name without folders or control characters", code="file_name"
        )
    if len(name) > MAX_NAME:
        raise ValidationError(
            "name",
            f"must be at most {MAX_NAME} characters",
            code="too_long",
            count=len(name),
            limit=MAX_NAME,
        )
    return name


def too_large(name: str) -> ValidationError:
    return ValidationError(
        "file",
        f"{name} is larger than 20 MB, the most an attachment may be",
        code="attachment_too_large",
        name=name,
    )


def read_attachment_file(path: Path) -> bytes:
    """The bytes of a file to attach: a file that cannot be read, or is larger than
    20 MB, is refused (naming it) before anything is written."""
    if not path.is_file():
        raise UsageError(f"file: no file at {path}")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise too_large(path.name)
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"file: cannot read {path} ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise too_large(path.name)
    return data


class Attachments:
    """The attachments of one unlocked journal's entries."""

    def __init__(self, store: VaultStore, cache: RecordCache) -> None:
        self.store = store
        self._cache = cache

    def _entry(self, entry_id: str, in_trash_too: bool = True) -> None:
        """RecordNotFound unless the entry exists (shown, or in the trash)."""
        if in_trash_too and self._cache.in_trash(entry_id) is not None:
            return
        self._cache.get(entry_id)

    # --- adding ------------------------------------------------------------------

    def add(self, entry_id: str, name: str, data: bytes) -> Attachment:
        """Attach `data` as `name` to an entry (not one in the trash)."""
        self._cache.require_open()
        name = check_name(name)
        if len(data) > MAX_BYTES:
            raise too_large(name)
        self._entry(entry_id, in_trash_too=False)
        attachment = Attachment(new_record_id(), entry_id, name, len(data), utc_now())
        meta = _meta(name, len(data), attachment.added, None)
        self.store.attachments.add(entry_id, attachment.id, meta, bytes(data))
        return attachment

    def add_file(self, entry_id: str, path: Path) -> Attachment:
        """Attach the file at `path`, under its own name. Nothing is written when it
        cannot be read or is too large (both named)."""
        path = Path(path)
        return self.add(entry_id, path.name, read_attachment_file(path))

    # --- reading -----------------------------------------------------------------

    def _all(self, entry_id: str) -> list[Attachment]:
        found = []
        for stored in self.store.attachments.list(entry_id):
            attachment = _parse(stored.id, entry_id, stored.meta)
            if attachment is not None:
                found.append(attachment)
        return found

    def of_entry(self, entry_id: str) -> list[Attachment]:
        """An entry's attachments (not the detached ones), oldest first."""
        self._entry(entry_id)
        return [a for a in self._all(entry_id) if a.detached is None]

    def detached(self, entry_id: str) -> list[Attachment]:
        """An entry's detached attachments, kept until the trash is emptied."""
        self._entry(entry_id)
        return [a for a in self._all(entry_id) if a.detached is not None]

    def get(self, entry_id: str, attachment_id: str) -> Attachment:
        """One attachment's details (detached or not); VaultCorrupt when they do not
        authenticate (damaged, or moved from another entry)."""
        self._entry(entry_id)
        for stored in self.store.attachments.list(entry_id):
            if stored.id != attachment_id:
                continue
            attachment = _parse(stored.id, entry_id, stored.meta)
            if attachment is None:
                raise VaultCorrupt(
                    f"the attachment {attachment_id} of entry {entry_id} is damaged (it does "
                    "not authenticate); 'psw-journal verify' reports it"
                )
            return attachment
        raise RecordNotFound(f"entry {entry_id} has no attachment {attachment_id}")

    def read(self, entry_id: str, attachment_id: str) -> bytes:
        """The file's bytes (of an attachment that is not detached)."""
        if self.get(entry_id, attachment_id).detached is not None:
            raise RecordNotFound(f"entry {entry_id} has no attachment {attachment_id}")
        return self.store.attachments.data(entry_id, attachment_id)

    def save_to(
        self, entry_id: str, attachment_id: str, out: Path, replace: bool = False
    ) -> Attachment:
        """Write the file to `out`, which must not exist yet unless `replace` (the
        worker chose to replace it); it appears whole or not at all."""
        out = Path(out)
        if not replace and os.path.lexists(out):
            raise UsageError(f"out: {out} already exists; choose a new file name")
        attachment = self.get(entry_id, attachment_id)
        data = self.read(entry_id, attachment_id)
        if not data:  # an empty file: write_atomically treats an empty write as failed
            flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if replace else os.O_EXCL)
            try:
                os.close(os.open(out, flags, 0o600))
            except OSError as exc:
                raise StorageError(f"could not write {out.name} ({exc.strerror or exc})") from None
            return attachment
        write_atomically(out, lambda path: Path(path).write_bytes(data))
        return attachment

    def entries_with_attachments(self) -> set[str]:
        return self.store.attachments.entries()

    def names(self) -> dict[str, list[str]]:
        """Each entry's attached files' names (not the detached ones), for a pack to
        list under a fully shared entry."""
        found = {}
        for entry_id in self.entries_with_attachments():
            names = [a.name for a in self._all(entry_id) if a.detached is None]
            if names:
                found[entry_id] = names
        return found

    # --- detaching ---------------------------------------------------------------

    def _set_detached(self, entry_id: str, attachment_id: str, when: datetime | None) -> Attachment:
        self._cache.require_open()
        self._entry(entry_id)
        current = self.get(entry_id, attachment_id)

        def change(meta: bytes) -> bytes:
            now = _parse(attachment_id, entry_id, meta) or current
            return _meta(now.name, now.size, now.added, when)

        meta = self.store.attachments.change_meta(entry_id, attachment_id, change)
        result = _parse(attachment_id, entry_id, meta)
        assert result is not None
        return result

    def detach(self, entry_id: str, attachment_id: str) -> Attachment:
        """Take a file off an entry. It is kept, detached, until the trash is emptied
        (`restore` brings it back meanwhile)."""
        if self.get(entry_id, attachment_id).detached is not None:
            raise RecordNotFound(f"entry {entry_id} has no attachment {attachment_id}")
        return self._set_detached(entry_id, attachment_id, utc_now())

    def restore(self, entry_id: str, attachment_id: str) -> Attachment:
        """Bring back a detached file."""
        if self.get(entry_id, attachment_id).detached is None:
            raise RecordNotFound(f"entry {entry_id} has no detached attachment {attachment_id}")
        return self._set_detached(entry_id, attachment_id, None)

    def purge_detached(self, older_than: timedelta | None = None, now: datetime | None = None):
        """Delete detached files for good (all, or those detached longer ago than
        `older_than`), as emptying the trash does. Returns how many went."""
        now = now or utc_now()
        gone = 0
        for entry_id in sorted(self.entries_with_attachments()):
            doomed = [
                a.id
                for a in self._all(entry_id)
                if a.detached is not None and (older_than is None or now - a.detached >= older_than)
            ]
            if doomed:
                gone += self.store.attachments.remove(entry_id, doomed)
        return gone
