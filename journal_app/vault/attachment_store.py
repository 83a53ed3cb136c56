"""The door to an open vault's attachments (VaultStore.attachments): each write one
transaction that keeps the manifest and the state row in step (vault.attachments
does the work); each read under the store's lock."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable

from journal_app.disk.storage_errors import is_disk_error, storage_error
from journal_app.errors import RecordNotFound, ValidationError, VaultCorrupt
from journal_app.vault import attachments
from journal_app.vault.attachments import MAX_BYTES, Stored
from journal_app.vault.keyring import Keys
from journal_app.vault.manifest import sqlite_reason
from journal_app.vault.records import RecordWrite, read_row

Use = Callable[[], contextlib.AbstractContextManager[sqlite3.Connection]]


class AttachmentStore:
    def __init__(
        self, transaction: Use, use: Use, require_keys: Callable[[], Keys], vault_id: bytes
    ) -> None:
        self._transaction = transaction
        self._use = use
        self._keys = require_keys
        self._vault_id = vault_id

    def add(self, entry_id: str, attachment_id: str, meta: bytes, data: bytes) -> None:
        """Seal and store one file for an entry that exists, in one transaction."""
        if len(data) > MAX_BYTES:
            raise ValidationError(
                "file", "is larger than 20 MB", code="attachment_too_large", name="The file"
            )
        keys = self._keys()
        with self._transaction() as conn:
            if read_row(conn, entry_id) is None:
                raise RecordNotFound(f"no record with id {entry_id}")
            write = RecordWrite(conn, keys, self._vault_id)
            attachments.AttachmentWrite(conn, keys, self._vault_id, write.state).add(
                entry_id, attachment_id, meta, data
            )
            write.save_state()

    def change_meta(
        self, entry_id: str, attachment_id: str, change: Callable[[bytes], bytes]
    ) -> bytes:
        """Seal `change(meta now)` as the attachment's next revision (one transaction)."""
        keys = self._keys()
        with self._transaction() as conn:
            write = RecordWrite(conn, keys, self._vault_id)
            meta = attachments.AttachmentWrite(conn, keys, self._vault_id, write.state).change_meta(
                entry_id, attachment_id, change
            )
            write.save_state()
        return meta

    def remove(self, entry_id: str, attachment_ids: list[str]) -> int:
        """Delete some of an entry's attachments for good, in one transaction."""
        keys = self._keys()
        with self._transaction() as conn:
            write = RecordWrite(conn, keys, self._vault_id)
            att = attachments.AttachmentWrite(conn, keys, self._vault_id, write.state)
            owned = {s.id for s in attachments.list_for(conn, keys, self._vault_id, entry_id)}
            gone = [a for a in attachment_ids if a in owned]
            for attachment_id in gone:
                att.remove(attachment_id)
            if gone:
                write.save_state()
        return len(gone)

    def _read(self, work: Callable[[sqlite3.Connection], object]) -> object:
        try:
            with self._use() as conn:
                return work(conn)
        except sqlite3.DatabaseError as exc:
            if is_disk_error(exc):
                raise storage_error(exc) from None
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None

    def list(self, entry_id: str) -> list[Stored]:
        keys = self._keys()
        return self._read(lambda c: attachments.list_for(c, keys, self._vault_id, entry_id))

    def data(self, entry_id: str, attachment_id: str) -> bytes:
        keys = self._keys()
        return self._read(
            lambda c: attachments.read_data(c, keys, self._vault_id, entry_id, attachment_id)
        )

    def entries(self) -> set[str]:
        """The ids of the entries that have attachments."""
        return self._read(attachments.entries_with_attachments)
