"""Records as the file holds them: each sealed under the record key and bound to its
id and revision, with a manifest entry (its MAC over id, revision and ciphertext
hash) and the MACed state row (the count and running XOR of those MACs, and of the
history's). Reading them one at a time (`iter_records`); and the writes of one
transaction (`RecordWrite`): a put, a delete, a read-modify-write, each keeping the
manifest and the state row in step."""

from __future__ import annotations

import logging
import sqlite3
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from journal_app.errors import RecordChangedElsewhere, RecordDamaged, RecordNotFound, VaultCorrupt
from journal_app.vault import attachments, crypto, history
from journal_app.vault.crypto import DecryptionFailed
from journal_app.vault.keyring import Keys, is_count
from journal_app.vault.manifest import (
    ZERO_DIGEST,
    blob_sql,
    decode_id,
    entry_mac,
    fold_macs,
    id_sql,
    macs_equal,
    read_state_row,
    record_aad,
    sqlite_reason,
    state_authentic,
    state_mac_v2,
    xor32,
)

log = logging.getLogger(__name__)

_REVISION = struct.Struct(">Q")  # as packed into record_aad


@dataclass
class LoadResult:
    records: list[tuple[str, int, bytes]] = field(default_factory=list)  # id, revision, plain
    damaged: list[str] = field(default_factory=list)
    changed_outside: list[str] = field(default_factory=list)
    unnamed: int = 0  # rows whose id itself is unreadable
    # The manifest as read while loading: (entries, XOR of their MACs), for the state
    # check that follows, so it need not read the manifest again.
    manifest: tuple[int, bytes] | None = None


@dataclass
class Prior:
    """What the file holds for a record before a write."""

    revision: int
    listed: bool  # has a manifest entry
    stored: bool  # has a records row
    entry_mac: bytes | None  # the entry's MAC, if well formed
    entry_authentic: bool  # no entry, or one the app wrote
    consistent: bool  # the row and its entry agree (nothing changed outside the app)
    blob: bytes | None = None  # the stored ciphertext, when consistent
    row_revision: int = 0  # the records row's revision (0: no row)


@dataclass
class State:
    """The manifest_state row while a transaction changes it: the count and running
    XOR of the manifest's entry MACs and of the history's MACs, under one MAC."""

    count: int
    digest: bytes
    history_count: int
    history_digest: bytes
    ok: bool  # the stored row was authentic (see manifest.state_authentic)

    def keep(self, mac: bytes) -> None:
        self.history_count += 1
        self.history_digest = xor32(self.history_digest, mac)

    def forget(self, mac: object) -> None:
        self.history_count = max(self.history_count - 1, 0)
        if isinstance(mac, bytes) and len(mac) == 32:
            self.history_digest = xor32(self.history_digest, mac)


def iter_records(
    conn: sqlite3.Connection, keys: Keys, vault_id: bytes, report: LoadResult
) -> Iterator[tuple[str, int, bytes]]:
    """Decrypt records one at a time (id, revision, plaintext), so the whole
    ciphertext never sits in memory beside the plaintext. A record that fails to
    authenticate, or that the manifest lists but the file lost, goes into
    `report.damaged` and is skipped: the rest of the journal still opens. One at
    another revision than the manifest says (rolled back) goes into
    `report.changed_outside` and is still shown."""
    opener = keys.records.open
    # record_aad(vault_id, record_id, revision), built here from the id's bytes as
    # read: the same bytes, without two calls and an encode for every record.
    aad_prefix = record_aad(vault_id, "", 0)[: -_REVISION.size]
    pack_revision = _REVISION.pack
    present: set[bytes] = set()  # ids (as read) of the rows that could be named
    try:
        listed, macs = {}, []
        for raw_id, revision, mac in conn.execute(
            f"SELECT {id_sql('record_id')}, revision, {blob_sql('mac')} FROM manifest"
        ):
            if raw_id is not None:  # an id that is not text names nothing
                listed[raw_id] = revision
            macs.append(mac)
        report.manifest = (len(macs), fold_macs(macs))
        # Ids and blobs are read as bytes, their types checked (FORMAT.md section 3):
        # one damaged into invalid UTF-8 or another type must not hide the rest.
        for raw_id, revision, blob in conn.execute(
            f"SELECT {id_sql('id')}, revision, {blob_sql('blob')} FROM records"
        ):
            try:
                record_id = raw_id.decode("utf-8")
            except (UnicodeDecodeError, AttributeError):
                report.unnamed += 1  # its id is destroyed; the manifest names it below
                continue
            present.add(raw_id)
            try:
                if type(revision) is not int or not 0 <= revision < 2**63:  # is_count
                    raise DecryptionFailed("bad row")
                plain = opener(blob, aad_prefix + pack_revision(revision) + raw_id)
            except (DecryptionFailed, OverflowError, struct.error):
                report.damaged.append(record_id)
                continue
            if listed.get(raw_id) != revision:
                report.changed_outside.append(record_id)
            yield record_id, revision, plain
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
    # UTF-8 decoding is one-to-one, so ids compare as the bytes read.
    # An attachment's entry names no records row (vault.attachments checks those).
    missing = (
        decode_id(raw)
        for raw in listed.keys() - present
        if not (isinstance(raw, bytes) and raw.startswith(attachments.PREFIX_BYTES))
    )
    report.damaged.extend(sorted(i for i in missing if i is not None))
    if report.damaged or report.unnamed or report.changed_outside:
        log.warning(
            "unlock: %d record(s) quarantined, %d unreadable, %d changed outside the app",
            len(report.damaged),
            report.unnamed,
            len(report.changed_outside),
        )


def read_row(conn: sqlite3.Connection, record_id: str) -> tuple | None:
    """A record's (revision, ciphertext) as stored, or None."""
    return conn.execute(
        f"SELECT revision, {blob_sql('blob')} FROM records WHERE id = ?", (record_id,)
    ).fetchone()


def open_record(
    keys: Keys, vault_id: bytes, record_id: str, row: tuple | None
) -> tuple[int, bytes]:
    """(revision, plaintext) of a record's row; RecordNotFound, or RecordDamaged when
    it does not authenticate."""
    if row is None:
        raise RecordNotFound(f"no record with id {record_id}")
    try:
        plain = keys.records.open(row[1], record_aad(vault_id, record_id, row[0]))
    except (DecryptionFailed, OverflowError, struct.error, TypeError):
        raise RecordDamaged(f"record {record_id} is damaged and quarantined") from None
    return row[0], plain


def open_item(keys: Keys, vault_id: bytes, item_id: str, row: tuple | None) -> bytes | None:
    """An item's plaintext, or None: no row, or one that does not authenticate."""
    if row is None or not is_count(row[0]):
        return None
    try:
        return keys.records.open(row[1], record_aad(vault_id, item_id, row[0]))
    except (DecryptionFailed, OverflowError, struct.error, TypeError):
        return None


def revision_of(conn: sqlite3.Connection, record_id: str) -> int | None:
    row = conn.execute("SELECT revision FROM records WHERE id = ?", (record_id,)).fetchone()
    return row[0] if row is not None and is_count(row[0]) else None


class RecordWrite:
    """The writes of one transaction on `conn`: each keeps the manifest and the state
    row (read at the start, written by `save_state`) in step."""

    def __init__(self, conn: sqlite3.Connection, keys: Keys, vault_id: bytes) -> None:
        self.conn = conn
        self.keys = keys
        self.vault_id = vault_id
        self.state = self._read_state()

    def _read_state(self) -> State:
        row = read_state_row(self.conn)
        if (
            row is None
            or not is_count(row[0])
            or not is_count(row[3])
            or not all(isinstance(v, bytes) and len(v) == 32 for v in (row[1], row[4]))
        ):
            return State(0, ZERO_DIGEST, 0, ZERO_DIGEST, False)
        ok = state_authentic(self.keys.manifest, self.vault_id, row)
        return State(row[0], row[1], row[3], row[4], ok)

    def save_state(self) -> None:
        # A state that was already forged stays unauthenticated, so a later save
        # cannot launder tampering that `verify` should still report.
        state = self.state
        mac = bytes(32)
        if state.ok:
            mac = state_mac_v2(
                self.keys.manifest,
                self.vault_id,
                state.count,
                state.digest,
                state.history_count,
                state.history_digest,
            )
        self.conn.execute(
            "INSERT INTO manifest_state (id, count, digest, mac, history_count, history_digest) "
            "VALUES (1,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET count=excluded.count, "
            "digest=excluded.digest, mac=excluded.mac, history_count=excluded.history_count, "
            "history_digest=excluded.history_digest",
            (state.count, state.digest, mac, state.history_count, state.history_digest),
        )

    def update(self, item_id: str, change: Callable[[bytes | None], bytes]) -> tuple[bytes, bool]:
        """Store `change(what the file holds now)` under `item_id`, without history.
        Returns what is stored and whether anything was written."""
        current = open_item(self.keys, self.vault_id, item_id, read_row(self.conn, item_id))
        plaintext = change(current)
        if plaintext == current:
            return plaintext, False
        self.put(item_id, plaintext, keep_versions=0)
        return plaintext, True

    def put(
        self,
        record_id: str,
        plaintext: bytes,
        keep_versions: int | None,
        after: int = 0,
        expected: dict[str, int] | None = None,
    ) -> int:
        """Seal and store one record (see VaultStore.put); its new revision is past
        every one it has had and past `after`."""
        conn, keys, state, vault_id = self.conn, self.keys, self.state, self.vault_id
        prior = self.prior(record_id)
        if (
            expected is not None
            and record_id in expected
            and prior.row_revision != expected[record_id]
        ):
            log.warning("a save found its record changed elsewhere; nothing was written")
            raise RecordChangedElsewhere(record_id)
        state.ok = state.ok and prior.consistent
        if keep_versions != 0 and prior.blob is not None:
            # Only a revision the app wrote (row and manifest agree) is kept.
            history.keep_old_revision(
                conn, keys, vault_id, state, record_id, prior.revision, prior.blob, keep_versions
            )
        # Past every revision the record has had, kept ones included (a record put
        # back after its row was deleted must not reuse a number in its history).
        newest_kept = history.newest_revision(conn, record_id)
        revision = max(prior.revision, newest_kept, after) + 1
        blob = keys.records.seal(plaintext, record_aad(vault_id, record_id, revision))
        ct_hash = crypto.sha256(blob)
        mac = entry_mac(keys.manifest, vault_id, record_id, revision, ct_hash)
        conn.execute(
            "INSERT INTO records (id, revision, blob) VALUES (?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET revision=excluded.revision, blob=excluded.blob",
            (record_id, revision, blob),
        )
        conn.execute(
            "INSERT INTO manifest (record_id, revision, ct_hash, mac) VALUES (?,?,?,?) "
            "ON CONFLICT(record_id) DO UPDATE SET revision=excluded.revision, "
            "ct_hash=excluded.ct_hash, mac=excluded.mac",
            (record_id, revision, ct_hash, mac),
        )
        if prior.entry_mac is not None:
            state.digest = xor32(state.digest, prior.entry_mac)
        elif not prior.listed:
            state.count += 1
        state.digest = xor32(state.digest, mac)
        return revision

    def delete(self, record_id: str, keep_versions: int | None) -> None:
        """Delete a record's row and entry, keeping `keep_versions` of its old ones."""
        prior = self.prior(record_id)
        if not prior.listed and not prior.stored:
            raise RecordNotFound(f"no record with id {record_id}")
        # The row goes, so only the entry must be genuine: deleting a damaged or
        # rolled-back record is the worker's choice and leaves nothing to hide.
        state = self.state
        state.ok = state.ok and prior.entry_authentic
        self.conn.execute("DELETE FROM records WHERE id = ?", (record_id,))
        self.conn.execute("DELETE FROM manifest WHERE record_id = ?", (record_id,))
        if keep_versions is not None:
            history.trim(self.conn, state, record_id, keep_versions)
        if keep_versions == 0:  # deleted for good: its attachments go with it
            files = attachments.AttachmentWrite(self.conn, self.keys, self.vault_id, state)
            files.remove_for_entry(record_id)
        if prior.listed:
            state.count -= 1
        if prior.entry_mac is not None:
            state.digest = xor32(state.digest, prior.entry_mac)

    def prior(self, record_id: str) -> Prior:
        """What the file holds for `record_id` before a write, and whether its row and
        manifest entry agree. A save over a row changed outside the app must not
        bless that change, so disagreement leaves the manifest unauthenticated."""
        conn = self.conn
        entry = conn.execute(
            f"SELECT revision, {blob_sql('ct_hash')}, {blob_sql('mac')} FROM manifest "
            "WHERE record_id = ?",
            (record_id,),
        ).fetchone()
        row = read_row(conn, record_id)
        revisions = [v[0] for v in (entry, row) if v is not None and is_count(v[0])]
        mac = entry[2] if entry is not None else None
        mac_ok = isinstance(mac, bytes) and len(mac) == 32
        authentic = (
            entry is not None
            and mac_ok
            and is_count(entry[0])
            and isinstance(entry[1], bytes)
            and macs_equal(
                mac, entry_mac(self.keys.manifest, self.vault_id, record_id, entry[0], entry[1])
            )
        )
        if entry is None and row is None:
            consistent = True
        elif not authentic or row is None or len(revisions) != 2:
            consistent = False
        else:
            ct_hash = crypto.sha256(row[1]) if isinstance(row[1], bytes) else b""
            consistent = entry[0] == row[0] and entry[1] == ct_hash
        return Prior(
            revision=max(revisions, default=0),
            listed=entry is not None,
            stored=row is not None,
            entry_mac=mac if mac_ok else None,
            entry_authentic=entry is None or authentic,
            consistent=consistent,
            blob=row[1] if consistent and row is not None else None,
            row_revision=row[0] if row is not None and is_count(row[0]) else 0,
        )
