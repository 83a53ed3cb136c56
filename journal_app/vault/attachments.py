"""Evidence files attached to entries (schema 4): one `attachments` row each, holding
two ciphertexts under the records key. `meta` (the file's name, size, when it was
added, and whether it was detached, as the services' JSON) is bound to the vault, the
entry, the attachment and its revision; `data` (the file's bytes) to the vault, the
entry and the attachment. A row moved to another entry, or two rows' blobs swapped,
fail to open. Each attachment has a manifest entry under `attachment:` + its id
(revision, and a hash over both ciphertexts), counted into the MACed state row like a
record's, so an attachment removed, put back or rolled back outside the app shows.

Nothing here knows what the meta JSON says: the services read and write it."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journal_app.errors import RecordNotFound, VaultCorrupt
from journal_app.vault import crypto
from journal_app.vault.crypto import DecryptionFailed
from journal_app.vault.keyring import Keys, is_count
from journal_app.vault.manifest import (
    ATTACHMENT_PREFIX,
    Problem,
    blob_sql,
    entry_mac,
    id_sql,
    macs_equal,
    sqlite_reason,
    xor32,
)

if TYPE_CHECKING:
    from journal_app.vault.records import State

PREFIX = ATTACHMENT_PREFIX  # "attachment:": an attachment's id in the manifest
PREFIX_BYTES = PREFIX.encode()
MAX_BYTES = 20 * 1024 * 1024  # one file's size limit (20 MB)


def manifest_id(attachment_id: str) -> str:
    return PREFIX + attachment_id


def _ids(vault_id: bytes, entry_id: str, attachment_id: str) -> bytes:
    entry = entry_id.encode()
    return vault_id + struct.pack(">H", len(entry)) + entry + attachment_id.encode()


def meta_aad(vault_id: bytes, entry_id: str, attachment_id: str, revision: int) -> bytes:
    entry = entry_id.encode()
    return (
        b"PSWJ-attachment-meta"
        + vault_id
        + struct.pack(">Q", revision)
        + struct.pack(">H", len(entry))
        + entry
        + attachment_id.encode()
    )


def data_aad(vault_id: bytes, entry_id: str, attachment_id: str) -> bytes:
    return b"PSWJ-attachment-data" + _ids(vault_id, entry_id, attachment_id)


def content_hash(meta: bytes, data: bytes) -> bytes:
    """What the manifest entry names: SHA-256(SHA-256(meta) || SHA-256(data))."""
    return crypto.sha256(crypto.sha256(meta) + crypto.sha256(data))


@dataclass(frozen=True)
class Stored:
    """One attachment as read: its ids, revision and meta plaintext (None when the
    meta does not authenticate)."""

    id: str
    entry_id: str
    revision: int
    meta: bytes | None


def _corrupt(exc: sqlite3.DatabaseError) -> VaultCorrupt:
    return VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})")


def _open(keys: Keys, blob: object, aad: bytes) -> bytes | None:
    if not isinstance(blob, bytes):
        return None
    try:
        return keys.records.open(blob, aad)
    except (DecryptionFailed, OverflowError, struct.error, TypeError):
        return None


def list_for(conn: sqlite3.Connection, keys: Keys, vault_id: bytes, entry_id: str) -> list[Stored]:
    """Every attachment of one entry, oldest first, each meta decrypted."""
    try:
        rows = conn.execute(
            f"SELECT id, revision, {blob_sql('meta')} FROM attachments WHERE entry_id = ? "
            "ORDER BY rowid",
            (entry_id,),
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise _corrupt(exc) from None
    found = []
    for att_id, revision, meta in rows:
        if not isinstance(att_id, str) or not is_count(revision):
            continue
        plain = _open(keys, meta, meta_aad(vault_id, entry_id, att_id, revision))
        found.append(Stored(att_id, entry_id, revision, plain))
    return found


def entries_with_attachments(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT DISTINCT entry_id FROM attachments")}


def read_data(
    conn: sqlite3.Connection, keys: Keys, vault_id: bytes, entry_id: str, attachment_id: str
) -> bytes:
    """The file's bytes; RecordNotFound when the entry has no such attachment,
    VaultCorrupt when it does not authenticate."""
    try:
        row = conn.execute(
            f"SELECT {blob_sql('data')} FROM attachments WHERE id = ? AND entry_id = ?",
            (attachment_id, entry_id),
        ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise _corrupt(exc) from None
    if row is None:
        raise RecordNotFound(f"entry {entry_id} has no attachment {attachment_id}")
    plain = _open(keys, row[0], data_aad(vault_id, entry_id, attachment_id))
    if plain is None:
        raise VaultCorrupt(
            f"the attachment {attachment_id} of entry {entry_id} is damaged (it does not "
            "authenticate); 'psw-journal verify' reports it"
        )
    return plain


class AttachmentWrite:
    """The attachment writes of one transaction, keeping the manifest and the state row
    (a records.RecordWrite's `state`, saved by it) in step."""

    def __init__(self, conn: sqlite3.Connection, keys: Keys, vault_id: bytes, state: State):
        self.conn, self.keys, self.vault_id, self.state = conn, keys, vault_id, state

    def _entry(self, attachment_id: str, revision: int, ct_hash: bytes) -> bytes:
        name = manifest_id(attachment_id)
        mac = entry_mac(self.keys.manifest, self.vault_id, name, revision, ct_hash)
        self.conn.execute(
            "INSERT INTO manifest (record_id, revision, ct_hash, mac) VALUES (?,?,?,?) "
            "ON CONFLICT(record_id) DO UPDATE SET revision=excluded.revision, "
            "ct_hash=excluded.ct_hash, mac=excluded.mac",
            (manifest_id(attachment_id), revision, ct_hash, mac),
        )
        return mac

    def add(self, entry_id: str, attachment_id: str, meta: bytes, data: bytes) -> None:
        vault_id, seal = self.vault_id, self.keys.records.seal
        meta_blob = seal(meta, meta_aad(vault_id, entry_id, attachment_id, 1))
        data_blob = seal(data, data_aad(vault_id, entry_id, attachment_id))
        self.conn.execute(
            "INSERT INTO attachments (id, entry_id, revision, meta, data) VALUES (?,?,?,?,?)",
            (attachment_id, entry_id, 1, meta_blob, data_blob),
        )
        mac = self._entry(attachment_id, 1, content_hash(meta_blob, data_blob))
        self.state.count += 1
        self.state.digest = xor32(self.state.digest, mac)

    def _prior(self, attachment_id: str) -> tuple[tuple | None, tuple | None, bool]:
        """(row, manifest entry, whether they agree and the entry is the app's)."""
        row = self.conn.execute(
            f"SELECT entry_id, revision, {blob_sql('meta')}, {blob_sql('data')} "
            "FROM attachments WHERE id = ?",
            (attachment_id,),
        ).fetchone()
        entry = self.conn.execute(
            f"SELECT revision, {blob_sql('ct_hash')}, {blob_sql('mac')} FROM manifest "
            "WHERE record_id = ?",
            (manifest_id(attachment_id),),
        ).fetchone()
        agree = False
        if row is not None and entry is not None and is_count(entry[0]):
            try:
                expected = entry_mac(
                    self.keys.manifest, self.vault_id, manifest_id(attachment_id), *entry[:2]
                )
                agree = (
                    macs_equal(entry[2], expected)
                    and entry[0] == row[1]
                    and entry[1] == content_hash(row[2], row[3])
                )
            except (TypeError, struct.error, OverflowError):
                agree = False
        return row, entry, agree

    def change_meta(
        self, entry_id: str, attachment_id: str, change: Callable[[bytes], bytes]
    ) -> bytes:
        """Seal `change(meta now)` as the attachment's next revision; returns it."""
        row, entry, agree = self._prior(attachment_id)
        if row is None or row[0] != entry_id or not is_count(row[1]):
            raise RecordNotFound(f"entry {entry_id} has no attachment {attachment_id}")
        current = _open(self.keys, row[2], meta_aad(self.vault_id, entry_id, attachment_id, row[1]))
        if current is None:
            raise VaultCorrupt(
                f"the attachment {attachment_id} of entry {entry_id} is damaged (it does not "
                "authenticate); 'psw-journal verify' reports it"
            )
        new_meta = change(current)
        revision = row[1] + 1
        blob = self.keys.records.seal(
            new_meta, meta_aad(self.vault_id, entry_id, attachment_id, revision)
        )
        self.conn.execute(
            "UPDATE attachments SET revision = ?, meta = ? WHERE id = ?",
            (revision, blob, attachment_id),
        )
        self.state.ok = self.state.ok and agree
        mac = self._entry(attachment_id, revision, content_hash(blob, row[3]))
        self._forget_entry(entry)
        if entry is None:
            self.state.count += 1
        self.state.digest = xor32(self.state.digest, mac)
        return new_meta

    def _forget_entry(self, entry: tuple | None) -> None:
        if entry is not None and isinstance(entry[2], bytes) and len(entry[2]) == 32:
            self.state.digest = xor32(self.state.digest, entry[2])

    def remove(self, attachment_id: str) -> None:
        """Delete one attachment and its manifest entry."""
        row, entry, _agree = self._prior(attachment_id)
        if row is None and entry is None:
            return
        entry_ok = entry is None or self._entry_authentic(attachment_id, entry)
        self.state.ok = self.state.ok and entry_ok
        self.conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
        self.conn.execute("DELETE FROM manifest WHERE record_id = ?", (manifest_id(attachment_id),))
        if entry is not None:
            self.state.count = max(self.state.count - 1, 0)
            self._forget_entry(entry)

    def _entry_authentic(self, attachment_id: str, entry: tuple) -> bool:
        try:
            name = manifest_id(attachment_id)
            expected = entry_mac(self.keys.manifest, self.vault_id, name, *entry[:2])
            return is_count(entry[0]) and macs_equal(entry[2], expected)
        except (TypeError, struct.error, OverflowError):
            return False

    def remove_for_entry(self, entry_id: str) -> int:
        """Delete every attachment of an entry (the entry is deleted for good)."""
        ids = [
            r[0]
            for r in self.conn.execute("SELECT id FROM attachments WHERE entry_id = ?", (entry_id,))
        ]
        for attachment_id in ids:
            self.remove(attachment_id)
        return len(ids)


# --- verify -------------------------------------------------------------------------


def check(
    conn: sqlite3.Connection, keys: Keys, vault_id: bytes, record_ids: Iterable[str]
) -> list[Problem]:
    """Every attachment: both ciphertexts authenticate as this attachment of its entry,
    its manifest entry is the app's and names them, its entry exists; and every
    attachment the manifest lists is present. Each problem names the entry."""
    problems: list[Problem] = []
    records = set(record_ids)
    try:
        entries = {}
        for raw_id, revision, ct_hash, mac in conn.execute(
            f"SELECT {id_sql('record_id')}, revision, {blob_sql('ct_hash')}, {blob_sql('mac')} "
            "FROM manifest "
            "WHERE CAST(record_id AS BLOB) >= ? AND CAST(record_id AS BLOB) < ?",
            (PREFIX_BYTES, PREFIX_BYTES[:-1] + b";"),
        ):
            if raw_id is None:
                continue  # an id that is not text: check_vault reports it
            name = raw_id.decode("utf-8", "replace")
            entries[name[len(PREFIX) :]] = (revision, ct_hash, mac)
        rows = conn.execute(
            f"SELECT id, entry_id, revision, {blob_sql('meta')}, {blob_sql('data')} "
            "FROM attachments ORDER BY entry_id, id"
        ).fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [Problem(None, "attachment", f"the attachments are damaged ({sqlite_reason(exc)})")]
    for att_id, entry_id, revision, meta, data in rows:
        if not isinstance(att_id, str) or not isinstance(entry_id, str) or not is_count(revision):
            problems.append(
                Problem(None, "attachment_damaged", "an attachment's ids are unreadable")
            )
            continue
        opened = _open(keys, meta, meta_aad(vault_id, entry_id, att_id, revision)) is not None
        opened = opened and _open(keys, data, data_aad(vault_id, entry_id, att_id)) is not None
        if not opened:
            problems.append(
                Problem(
                    entry_id,
                    "attachment_damaged",
                    f"its attachment {att_id} does not authenticate (damaged or moved)",
                )
            )
        entry = entries.pop(att_id, None)
        if entry is None:
            problems.append(
                Problem(
                    entry_id,
                    "attachment_not_in_manifest",
                    f"its attachment {att_id} is not in the manifest (added outside the app)",
                )
            )
        elif opened:
            try:
                expected = entry_mac(keys.manifest, vault_id, manifest_id(att_id), *entry[:2])
            except (TypeError, struct.error, OverflowError):
                expected = None
            if not macs_equal(entry[2], expected):
                problems.append(
                    Problem(
                        entry_id,
                        "manifest_forged",
                        f"the manifest entry of its attachment {att_id} is not authentic",
                    )
                )
            elif entry[0] != revision or entry[1] != content_hash(meta, data):
                problems.append(
                    Problem(
                        entry_id,
                        "rolled_back",
                        f"its attachment {att_id} is not the one the manifest names "
                        "(rolled back or replaced outside the app)",
                    )
                )
        if entry_id not in records:
            problems.append(
                Problem(
                    entry_id,
                    "attachment_orphan",
                    f"has an attachment {att_id} but the entry itself is gone "
                    "(deleted outside the app)",
                )
            )
    for att_id in sorted(entries):
        problems.append(
            Problem(
                None,
                "missing",
                f"the attachment {att_id} is missing (deleted outside the app)",
            )
        )
    return problems


# --- a key change ---------------------------------------------------------------------


def reseal(
    conn: sqlite3.Connection,
    vault_id: bytes,
    old: Keys,
    new: Keys,
    entries: dict[str, tuple[int, object, object, bytes]],
) -> None:
    """Seal every attachment that opens under `old` again under `new` (see
    reseal.Reseal); its manifest entry, when already MACed again under the new key
    (it was authentic) and naming exactly these ciphertexts, follows them."""
    rows = conn.execute(
        f"SELECT rowid, id, entry_id, revision, {blob_sql('meta')}, {blob_sql('data')} "
        "FROM attachments"
    ).fetchall()
    for rowid, att_id, entry_id, revision, meta, data in rows:
        if not isinstance(att_id, str) or not isinstance(entry_id, str) or not is_count(revision):
            continue
        m_aad = meta_aad(vault_id, entry_id, att_id, revision)
        d_aad = data_aad(vault_id, entry_id, att_id)
        meta_plain, data_plain = _open(old, meta, m_aad), _open(old, data, d_aad)
        if meta_plain is None or data_plain is None:
            continue
        fresh_meta = new.records.seal(meta_plain, m_aad)
        fresh_data = new.records.seal(data_plain, d_aad)
        del data_plain
        conn.execute(
            "UPDATE attachments SET meta = ?, data = ? WHERE rowid = ?",
            (fresh_meta, fresh_data, rowid),
        )
        name = manifest_id(att_id)
        entry = entries.get(name)
        if (
            entry is not None
            and entry[1] == revision
            and entry[2] == content_hash(meta, data)
            and macs_equal(entry[3], entry_mac(new.manifest, vault_id, name, revision, entry[2]))
        ):
            ct_hash = content_hash(fresh_meta, fresh_data)
            mac = entry_mac(new.manifest, vault_id, name, revision, ct_hash)
            entries[name] = (entry[0], revision, ct_hash, mac)
