"""The keyed manifest: one MAC per record over (id, revision, ciphertext hash), and a
MACed running XOR and count of those MACs. A save updates both in its own
transaction at a cost that does not grow with the journal; `check_vault` uses them to
name records deleted, rolled back, swapped or added outside the app."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from hmac import compare_digest
from typing import TYPE_CHECKING

from journal_app.vault import crypto
from journal_app.vault.crypto import DecryptionFailed

if TYPE_CHECKING:
    from journal_app.vault.keyring import Keys

ZERO_DIGEST = bytes(32)
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


def read_state_row(conn: sqlite3.Connection) -> tuple | None:
    """The manifest_state row as stored: (count, digest, mac, history_count,
    history_digest), or None when there is none."""
    return conn.execute(
        "SELECT count, digest, mac, history_count, history_digest FROM manifest_state WHERE id = 1"
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
    """A record id read as bytes, or None when it is not valid UTF-8 text."""
    if isinstance(raw, str):
        return raw
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


def check_vault(conn: sqlite3.Connection, keys: Keys, vault_id: bytes) -> list[Problem]:
    """Check every record and the manifest; each problem names its record where
    that is possible."""
    problems: list[Problem] = []
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problems.append(Problem(None, "integrity", "SQLite integrity check failed"))
        # Ids are read as bytes: one damaged into invalid UTF-8 must not hide the rest.
        records = {}
        for raw_id, revision, blob in conn.execute(
            "SELECT CAST(id AS BLOB), revision, blob FROM records"
        ):
            record_id = decode_id(raw_id)
            if record_id is None:
                problems.append(Problem(None, "damaged", "a record's id is unreadable"))
            else:
                records[record_id] = (revision, blob)
        manifest = {}
        for raw_id, revision, ct_hash, mac in conn.execute(
            "SELECT CAST(record_id AS BLOB), revision, ct_hash, mac FROM manifest"
        ):
            record_id = decode_id(raw_id)
            if record_id is None:
                problems.append(Problem(None, "manifest_forged", "a manifest entry is unreadable"))
            else:
                manifest[record_id] = (revision, ct_hash, mac)
        state = read_state_row(conn)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [
            Problem(
                None,
                "integrity",
                f"the file is damaged ({sqlite_reason(exc)})",
            )
        ]

    problems.extend(check_history(conn, keys, vault_id, records, state))
    for record_id, (revision, blob) in sorted(records.items(), key=lambda kv: str(kv[0])):
        try:
            keys.records.open(blob, record_aad(vault_id, record_id, revision))
        except (DecryptionFailed, OverflowError, struct.error, TypeError, AttributeError):
            problems.append(
                Problem(str(record_id), "damaged", "does not authenticate (damaged or moved)")
            )
            continue
        entry = manifest.get(record_id)
        if entry is None:
            problems.append(
                Problem(
                    record_id,
                    "not_in_manifest",
                    "is not in the manifest (added outside the app)",
                )
            )
            continue
        m_rev, m_hash, _ = entry
        if m_rev != revision or m_hash != crypto.sha256(blob):
            problems.append(Problem(record_id, "rolled_back", _not_as_recorded(revision, m_rev)))
    digest = ZERO_DIGEST
    for record_id, (m_rev, m_hash, mac) in sorted(manifest.items(), key=lambda kv: str(kv[0])):
        try:
            expected = entry_mac(keys.manifest, vault_id, record_id, m_rev, m_hash)
        except (TypeError, struct.error, OverflowError, AttributeError):
            expected = None
        if isinstance(record_id, str) and record_id.startswith(ATTACHMENT_PREFIX):
            pass  # an attachment's entry: vault.attachments.check checks it
        elif not macs_equal(mac, expected):
            problems.append(
                Problem(str(record_id), "manifest_forged", "its manifest entry is not authentic")
            )
        elif record_id not in records:
            problems.append(Problem(record_id, "missing", "is missing (deleted outside the app)"))
        if isinstance(mac, bytes) and len(mac) == 32:
            digest = xor32(digest, mac)
    if state is None:
        problems.append(Problem(None, "manifest_state", "the manifest summary is missing"))
    else:
        count, stored_digest = state[0], state[1]
        if not state_authentic(keys.manifest, vault_id, state):
            problems.append(
                Problem(None, "manifest_state", "the manifest summary is not authentic")
            )
        elif count != len(manifest) or stored_digest != digest:
            problems.append(
                Problem(
                    None,
                    "manifest_state",
                    _summary_differs("the manifest lists", len(manifest), "records", count)
                    + ": records were removed or replaced together with their "
                    "manifest entries outside the app",
                )
            )
    return problems


def _not_as_recorded(revision: object, expected: object) -> str:
    """What differs between a record and its manifest entry: the revision, or (at the
    same revision) the content."""
    if revision != expected:
        return (
            f"is at revision {revision} but the manifest expects revision {expected} "
            "(rolled back or replaced outside the app)"
        )
    return (
        f"its content at revision {revision} is not what the manifest recorded for that "
        "revision (replaced outside the app)"
    )


def _summary_differs(present: str, found: int, noun: str, recorded: object) -> str:
    """What differs from the summary the app keeps: the count, or (with the same
    count) which items they are."""
    if found != recorded:
        return f"{present} {found} {noun} but the vault recorded {recorded}"
    return (
        f"{present} {found} {noun}, the number the vault recorded, "
        "but not the ones the vault recorded"
    )


def check_history(
    conn: sqlite3.Connection,
    keys: Keys,
    vault_id: bytes,
    records: dict[str, tuple],
    state: tuple | None,
) -> list[Problem]:
    """Check every old revision: it authenticates as that revision of that record, its
    MAC is the app's, it is older than the record's current revision, and the history
    as a whole (count and XOR of MACs, MACed) is as the app last left it."""
    problems: list[Problem] = []
    try:
        rows = conn.execute(
            "SELECT CAST(record_id AS BLOB), revision, CAST(blob AS BLOB), mac, "
            "typeof(record_id) FROM history ORDER BY record_id, revision"
        ).fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [
            Problem(
                None, "history", f"the history of old revisions is damaged ({sqlite_reason(exc)})"
            )
        ]
    digest = ZERO_DIGEST
    for raw_id, revision, blob, mac, id_type in rows:
        record_id = decode_id(raw_id)
        if record_id is None or id_type != "text":
            problems.append(Problem(None, "history_damaged", "an old revision's id is unreadable"))
            continue
        try:
            keys.records.open(blob, record_aad(vault_id, record_id, revision))
            expected = history_mac(
                keys.manifest, vault_id, record_id, revision, crypto.sha256(blob)
            )
        except (DecryptionFailed, OverflowError, struct.error, TypeError, AttributeError):
            problems.append(
                Problem(
                    record_id,
                    "history_damaged",
                    f"its old revision {revision} does not authenticate (damaged or moved)",
                )
            )
            expected = None
        else:
            if not macs_equal(mac, expected):
                problems.append(
                    Problem(
                        record_id,
                        "history_forged",
                        f"its old revision {revision} was not written by the app",
                    )
                )
            else:
                current = records.get(record_id)
                if current is None:
                    problems.append(
                        Problem(
                            record_id,
                            "history_orphan",
                            f"has an old revision {revision} but the record itself is gone "
                            "(deleted outside the app)",
                        )
                    )
                elif not isinstance(current[0], int) or revision >= current[0]:
                    problems.append(
                        Problem(
                            record_id,
                            "rolled_back",
                            f"its history holds revision {revision}, which is not older than "
                            "the record (rolled back or replaced outside the app)",
                        )
                    )
        if isinstance(mac, bytes) and len(mac) == 32:
            digest = xor32(digest, mac)
    # The manifest check reports a missing or forged state row; here, only whether
    # an authentic one agrees with the history actually present.
    if state is None or not state_authentic(keys.manifest, vault_id, state):
        return problems
    if state[3] != len(rows) or state[4] != digest:
        problems.append(
            Problem(
                None,
                "history_state",
                _summary_differs("the history holds", len(rows), "old revision(s)", state[3])
                + ": old revisions were removed, replaced or put back from an "
                "older copy outside the app",
            )
        )
    return problems
