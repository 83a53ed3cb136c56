"""Earlier revisions of records: each kept as it was sealed (bound to its id and
revision) with its own MAC, counted and XORed into the state row; trimmed to a limit,
read back, counted."""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journal_app.errors import VaultCorrupt
from journal_app.vault import crypto
from journal_app.vault.crypto import DecryptionFailed
from journal_app.vault.keyring import Keys, is_count
from journal_app.vault.manifest import blob_sql, history_mac, record_aad, sqlite_reason

if TYPE_CHECKING:
    from journal_app.vault.records import State


@dataclass
class OldRevision:
    """One earlier revision of a record from the history: its plaintext, or None when
    it no longer authenticates (damaged or changed outside the app)."""

    revision: int
    plaintext: bytes | None


def keep_old_revision(
    conn: sqlite3.Connection,
    keys: Keys,
    vault_id: bytes,
    state: State,
    record_id: str,
    revision: int,
    blob: bytes,
    keep_versions: int | None,
) -> None:
    """Move the record's current ciphertext, as sealed (bound to its id and
    revision), into the history, then trim the record's history to
    `keep_versions` (None: no limit)."""
    mac = history_mac(keys.manifest, vault_id, record_id, revision, crypto.sha256(blob))
    # A revision number is used once; should a row be there already, it is replaced.
    _remove_rows(conn, state, "record_id = ? AND revision = ?", (record_id, revision))
    conn.execute(
        "INSERT INTO history (record_id, revision, blob, mac) VALUES (?,?,?,?)",
        (record_id, revision, blob, mac),
    )
    state.keep(mac)
    if keep_versions is not None:
        trim(conn, state, record_id, keep_versions)


def trim(conn: sqlite3.Connection, state: State, record_id: str, keep: int) -> int:
    """Delete all but the newest `keep` old revisions of one record."""
    return _remove_rows(
        conn,
        state,
        "record_id = ? AND revision NOT IN (SELECT revision FROM history "
        "WHERE record_id = ? ORDER BY revision DESC LIMIT ?)",
        (record_id, record_id, keep),
    )


def trim_all(
    conn: sqlite3.Connection, state: State, keep: int, record_id: str | None = None
) -> int:
    """Trim one record's history, or every record's, to `keep`; how many went."""
    if record_id is not None:
        ids = [record_id]
    else:
        ids = [r[0] for r in conn.execute("SELECT DISTINCT record_id FROM history")]
    return sum(trim(conn, state, one, keep) for one in ids)


def _remove_rows(conn: sqlite3.Connection, state: State, where: str, params: tuple) -> int:
    removed = conn.execute(
        f"DELETE FROM history WHERE {where} RETURNING {blob_sql('mac')}", params
    ).fetchall()
    for (mac,) in removed:
        state.forget(mac)
    return len(removed)


def newest_revision(conn: sqlite3.Connection, record_id: str) -> int:
    """The newest revision of the record kept in the history (0: none)."""
    newest = conn.execute(
        "SELECT max(revision) FROM history WHERE record_id = ?", (record_id,)
    ).fetchone()[0]
    return newest if is_count(newest) else 0


def old_revisions(
    conn: sqlite3.Connection, keys: Keys, vault_id: bytes, record_id: str
) -> list[OldRevision]:
    """A record's old revisions, newest first, each decrypted (or None when it does
    not authenticate as that revision of that record)."""
    try:
        rows = conn.execute(
            f"SELECT revision, {blob_sql('blob')} FROM history WHERE record_id = ? "
            "ORDER BY revision DESC",
            (record_id,),
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
    found = []
    for revision, blob in rows:
        try:
            plain = keys.records.open(blob, record_aad(vault_id, record_id, revision))
        except (DecryptionFailed, OverflowError, struct.error, TypeError):
            plain = None
        found.append(OldRevision(revision, plain))
    return found


def excess(conn: sqlite3.Connection, keep: int) -> int:
    """How many old revisions a limit of `keep` per record would delete."""
    return conn.execute(
        "SELECT count(*) FROM (SELECT row_number() OVER (PARTITION BY record_id "
        "ORDER BY revision DESC) AS newer FROM history) WHERE newer > ?",
        (keep,),
    ).fetchone()[0]


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM history").fetchone()[0]
