"""A key change's heavy part: everything sealed under one master key sealed again
under another, and the manifest and history MACed again, inside the caller's write
transaction (VaultStore.rekey)."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable

from journal_app.vault import attachments, crypto
from journal_app.vault.crypto import DecryptionFailed
from journal_app.vault.integrity import check_state
from journal_app.vault.keyring import Keys, is_count
from journal_app.vault.manifest import (
    ZERO_DIGEST,
    blob_sql,
    decode_id,
    entry_mac,
    fold_macs,
    history_mac,
    id_sql,
    macs_equal,
    record_aad,
    state_mac_v2,
    xor32,
)


class Reseal:
    """Everything sealed under one master key sealed again under another, inside the
    caller's transaction (see VaultStore.rekey). What authenticates under the old key
    is carried over; what does not (damaged, or changed outside the app) keeps its
    bytes, which cannot authenticate under the new key either, so `verify` still
    reports it: a key change never launders tampering."""

    BATCH = 512

    def __init__(
        self,
        conn: sqlite3.Connection,
        vault_id: bytes,
        old: Keys,
        new: Keys,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.conn = conn
        self.old = old
        self.new = new
        self.progress = progress
        self.vault_id = vault_id
        self.done = 0
        self.total = 0

    def run(self) -> None:
        conn = self.conn
        # The state as the app last wrote it decides whether the new one is MACed.
        state_ok = not check_state(conn, self.old, self.vault_id, None)
        self.total = (
            conn.execute("SELECT count(*) FROM records").fetchone()[0]
            + conn.execute("SELECT count(*) FROM history").fetchone()[0]
        )
        entries, unnamed = self._read_manifest()
        self._records(entries)
        attachments.reseal(conn, self.vault_id, self.old, self.new, entries)
        digest = fold_macs([*unnamed, *(mac for _r, _rev, _h, mac in entries.values())])
        conn.executemany(
            "UPDATE manifest SET ct_hash = ?, mac = ? WHERE rowid = ?",
            [(ct_hash, mac, rowid) for rowid, _rev, ct_hash, mac in entries.values()],
        )
        history_count, history_digest = self._history()
        count = len(entries) + len(unnamed)
        mac = bytes(32)
        if state_ok:
            mac = state_mac_v2(
                self.new.manifest, self.vault_id, count, digest, history_count, history_digest
            )
        conn.execute(
            "UPDATE manifest_state SET count = ?, digest = ?, mac = ?, history_count = ?, "
            "history_digest = ? WHERE id = 1",
            (count, digest, mac, history_count, history_digest),
        )

    def _read_manifest(self) -> tuple[dict[str, tuple[int, object, object, bytes]], list]:
        """Each entry by id (rowid, revision, ct_hash, MAC): MACed again under the new
        key when authentic, its bytes kept when not; and the MACs of entries whose id
        is no longer text (kept as they are)."""
        entries, unnamed = {}, []
        for rowid, raw_id, revision, ct_hash, mac in self.conn.execute(
            f"SELECT rowid, {id_sql('record_id')}, revision, {blob_sql('ct_hash')}, "
            f"{blob_sql('mac')} FROM manifest"
        ):
            mac = mac if isinstance(mac, bytes) else b""
            record_id = decode_id(raw_id)
            if record_id is None:
                unnamed.append(mac)
                continue
            if (
                is_count(revision)
                and isinstance(ct_hash, bytes)
                and macs_equal(
                    mac, entry_mac(self.old.manifest, self.vault_id, record_id, revision, ct_hash)
                )
            ):
                mac = entry_mac(self.new.manifest, self.vault_id, record_id, revision, ct_hash)
            entries[record_id] = (rowid, revision, ct_hash, mac)
        return entries, unnamed

    def _step(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(self.done, self.total)

    def _records(self, entries: dict[str, tuple[int, object, object, bytes]]) -> None:
        """Each record row that opens is sealed again; its entry, when it is authentic
        and names exactly that ciphertext, follows the new one."""
        last = -1
        while True:
            batch = self.conn.execute(
                f"SELECT rowid, {id_sql('id')}, revision, {blob_sql('blob')} FROM records "
                "WHERE rowid > ? "
                "ORDER BY rowid LIMIT ?",
                (last, self.BATCH),
            ).fetchall()
            if not batch:
                return
            updates = []
            for rowid, raw_id, revision, blob in batch:
                last = rowid
                record_id = decode_id(raw_id)
                fresh = self._reseal(record_id, revision, blob)
                if fresh is None or record_id is None:
                    continue
                updates.append((fresh, rowid))
                entry = entries.get(record_id)
                if (
                    entry is not None
                    and entry[1] == revision
                    and entry[2] == crypto.sha256(blob)
                    and macs_equal(
                        entry[3],
                        entry_mac(self.new.manifest, self.vault_id, record_id, revision, entry[2]),
                    )
                ):
                    ct_hash = crypto.sha256(fresh)
                    mac = entry_mac(self.new.manifest, self.vault_id, record_id, revision, ct_hash)
                    entries[record_id] = (entry[0], revision, ct_hash, mac)
            self.conn.executemany("UPDATE records SET blob = ? WHERE rowid = ?", updates)
            self._step(len(batch))

    def _reseal(self, record_id: object, revision: object, blob: object) -> bytes | None:
        if not isinstance(record_id, str) or not is_count(revision) or not isinstance(blob, bytes):
            return None
        aad = record_aad(self.vault_id, record_id, revision)
        try:
            plain = self.old.records.open(blob, aad)
        except (DecryptionFailed, OverflowError, struct.error):
            return None
        return self.new.records.seal(plain, aad)

    def _history(self) -> tuple[int, bytes]:
        """Each old revision sealed again with its MAC, when both authenticate; the new
        count and XOR of the history's MACs."""
        count, digest, last = 0, ZERO_DIGEST, -1
        while True:
            batch = self.conn.execute(
                f"SELECT rowid, {id_sql('record_id')}, revision, {blob_sql('blob')}, "
                f"{blob_sql('mac')} "
                "FROM history WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (last, self.BATCH),
            ).fetchall()
            if not batch:
                return count, digest
            updates = []
            for rowid, raw_id, revision, blob, mac in batch:
                last = rowid
                count += 1
                record_id = decode_id(raw_id)
                mac = mac if isinstance(mac, bytes) else b""
                fresh = None
                if isinstance(blob, bytes) and isinstance(record_id, str) and is_count(revision):
                    wanted = history_mac(
                        self.old.manifest, self.vault_id, record_id, revision, crypto.sha256(blob)
                    )
                    if macs_equal(mac, wanted):
                        fresh = self._reseal(record_id, revision, blob)
                if fresh is not None:
                    mac = history_mac(
                        self.new.manifest, self.vault_id, record_id, revision, crypto.sha256(fresh)
                    )
                    updates.append((fresh, mac, rowid))
                if len(mac) == 32:
                    digest = xor32(digest, mac)
            self.conn.executemany("UPDATE history SET blob = ?, mac = ? WHERE rowid = ?", updates)
            self._step(len(batch))
