"""The keyed manifest: one MAC per record over (id, revision, ciphertext hash), and a
MACed running XOR and count of those MACs. A save updates both in its own
transaction at a cost that does not grow with the journal; `integrity.check_vault`
uses them to name records deleted, rolled back, swapped or added outside the app."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from hmac import compare_digest
from typing import TYPE_CHECKING

from journal_app.vault import crypto

if TYPE_CHECKING:
    pass

ZERO_DIGEST = bytes(32)
_U64 = struct.Struct(">Q")
ATTACHMENT_PREFIX = "attachment:"  # vault.attachments.PREFIX: an attachment's entry


@dataclass
class Problem:
    """One finding of `verify`: a record id (when it can be named) and what is wrong."""

    record_id: str | None
    kind: str
    message: str


def entry_mac(key: bytes, vault_id: bytes, record_id: str, revision: int, ct_hash: bytes):
    return crypto.keyed_mac(
        key,
        b"PSWJ-manifest" + vault_id + struct.pack(">Q", revision) + ct_hash + record_id.encode(),
    )


def entry_macs(key: bytes, vault_id: bytes) -> Callable[[bytes, int, bytes], bytes]:
    """`entry_mac` for checking many entries: a function of the id's UTF-8 bytes as
    read, the revision and the ciphertext hash, with the key set up once."""
    mac, prefix, pack = crypto.keyed_macs(key), b"PSWJ-manifest" + vault_id, _U64.pack
    return lambda raw_id, revision, ct_hash: mac(prefix + pack(revision) + ct_hash + raw_id)


def state_mac(key: bytes, vault_id: bytes, count: int, digest: bytes) -> bytes:
    return crypto.keyed_mac(key, b"PSWJ-state" + vault_id + struct.pack(">Q", count) + digest)


def history_mac(key: bytes, vault_id: bytes, record_id: str, revision: int, ct_hash: bytes):
    """The MAC of one old revision kept in the history table."""
    return crypto.keyed_mac(
        key,
        b"PSWJ-history" + vault_id + struct.pack(">Q", revision) + ct_hash + record_id.encode(),
    )


def state_mac_v2(
    key: bytes,
    vault_id: bytes,
    count: int,
    digest: bytes,
    history_count: int,
    history_digest: bytes,
) -> bytes:
    """Schema 2's state MAC: the manifest's count and digest and the history's, so
    neither can be rolled back alone."""
    return crypto.keyed_mac(
        key,
        b"PSWJ-state2"
        + vault_id
        + struct.pack(">Q", count)
        + digest
        + struct.pack(">Q", history_count)
        + history_digest,
    )


def macs_equal(found: object, expected: bytes | None) -> bool:
    """Whether a stored MAC is the expected one, in constant time (no timing tells an
    attacker how much of a forged MAC was right). Anything not bytes is not equal."""
    return (
        isinstance(found, bytes) and isinstance(expected, bytes) and compare_digest(found, expected)
    )


def blob_sql(column: str) -> str:
    """SQL reading a BLOB column as bytes (FORMAT.md section 3): its bytes when it holds
    a BLOB, NULL when it holds anything else (TEXT, INTEGER, REAL, NULL), so a value of
    the wrong type is that row's damage and never text SQLite must decode."""
    return f"CASE typeof({column}) WHEN 'blob' THEN {column} END"


def id_sql(column: str) -> str:
    """SQL reading an id column as bytes (FORMAT.md section 3): the UTF-8 bytes of its
    TEXT, NULL when it holds anything else; `decode_id` then checks the UTF-8."""
    return f"CASE typeof({column}) WHEN 'text' THEN CAST({column} AS BLOB) END"


def read_state_row(conn: sqlite3.Connection) -> tuple | None:
    """The manifest_state row as stored: (count, digest, mac, history_count,
    history_digest), or None when there is none. A blob of the wrong type reads as
    None (the state is then not authentic)."""
    return conn.execute(
        f"SELECT count, {blob_sql('digest')}, {blob_sql('mac')}, history_count, "
        f"{blob_sql('history_digest')} FROM manifest_state WHERE id = 1"
    ).fetchone()


def state_authentic(key: bytes, vault_id: bytes, row: tuple) -> bool:
    """Whether a manifest_state row (count, digest, mac, history_count, history_digest)
    is as the app wrote it: under schema 2's MAC, or under schema 1's while the history
    is still empty (a vault migrated but not yet saved to)."""
    count, digest, mac, history_count, history_digest = row
    try:
        if macs_equal(
            mac, state_mac_v2(key, vault_id, count, digest, history_count, history_digest)
        ):
            return True
        return (
            history_count == 0
            and history_digest == ZERO_DIGEST
            and macs_equal(mac, state_mac(key, vault_id, count, digest))
        )
    except (TypeError, struct.error, OverflowError):
        return False


def xor32(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(32, "big")


def fold_macs(macs: Iterable[object]) -> bytes:
    """The XOR of every well-formed (32-byte) MAC: what the state row records."""
    total = 0
    for mac in macs:
        if isinstance(mac, bytes) and len(mac) == 32:
            total ^= int.from_bytes(mac, "big")
    return total.to_bytes(32, "big")


def state_problems(
    key: bytes,
    vault_id: bytes,
    state: tuple | None,
    manifest: tuple[int, bytes],
    history: tuple[int, bytes],
) -> list[Problem]:
    """What the MACed state row says against the (count, XOR of MACs) actually found
    in the manifest and in the history: records or old revisions removed, or put back
    from an older copy, outside the app. The per-record checks cannot see these."""
    if state is None or not state_authentic(key, vault_id, state):
        return [Problem(None, "manifest_state", "the manifest summary is not authentic")]
    problems = []
    if (state[0], state[1]) != manifest:
        problems.append(
            Problem(
                None,
                "manifest_state",
                f"the manifest lists {manifest[0]} records but the vault recorded "
                f"{state[0]}: records were removed, or put back from an older copy, "
                "outside the app",
            )
        )
    if (state[3], state[4]) != history:
        problems.append(
            Problem(
                None,
                "history_state",
                "old revisions were removed, or put back from an older copy, outside the app",
            )
        )
    return problems


def decode_id(raw: object) -> str | None:
    """A record id read as bytes (`id_sql`), or None when it is not valid UTF-8 text."""
    if isinstance(raw, bytes):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return None


def sqlite_reason(exc: BaseException) -> str:
    """SQLite's own message: it names the kind of damage, never content."""
    text = str(exc)
    return text.splitlines()[0][:120] if text else type(exc).__name__


def record_aad(vault_id: bytes, record_id: str, revision: int) -> bytes:
    return b"PSWJ-record" + vault_id + struct.pack(">Q", revision) + record_id.encode()
