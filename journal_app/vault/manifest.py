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


def blob_fault(blob: object, stored_type: str) -> str | None:
    """Why a sealed blob read with `blob_sql` cannot be the app's, or None: a value of
    another type than BLOB, or a length `crypto.sealed_length_ok` refuses."""
    if not isinstance(blob, bytes):
        return f"its ciphertext is stored as {stored_type}, not as a blob"
    if not crypto.sealed_length_ok(len(blob)):
        return f"its ciphertext is {len(blob)} bytes long, not 28 + 512 x k"
    return None


def check_vault(conn: sqlite3.Connection, keys: Keys, vault_id: bytes) -> list[Problem]:
    """Check every record and the manifest; each problem names its record where
    that is possible. Every id and blob is read as bytes with its type checked
    (`id_sql`, `blob_sql`): a value of the wrong type is its row's damage."""
    problems: list[Problem] = []
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problems.append(Problem(None, "integrity", "SQLite integrity check failed"))
        records = {}
        for raw_id, revision, blob, blob_type in conn.execute(
            f"SELECT {id_sql('id')}, revision, {blob_sql('blob')}, typeof(blob) FROM records"
        ):
            record_id = decode_id(raw_id)
            if record_id is None:
                problems.append(
                    Problem(None, "damaged", "a record's id is unreadable (not UTF-8 text)")
                )
            else:
                records[record_id] = (revision, blob, blob_type)
        # Count and XOR every entry, as the unlock's quick check does (check_state).
        manifest, listed, digest = {}, 0, ZERO_DIGEST
        for raw_id, revision, ct_hash, mac in conn.execute(
            f"SELECT {id_sql('record_id')}, revision, {blob_sql('ct_hash')}, "
            f"{blob_sql('mac')} FROM manifest"
        ):
            listed += 1
            if isinstance(mac, bytes) and len(mac) == 32:
                digest = xor32(digest, mac)
            record_id = decode_id(raw_id)
            if record_id is None:
                problems.append(
                    Problem(
                        None,
                        "manifest_forged",
                        "a manifest entry's id is unreadable (not UTF-8 text)",
                    )
                )
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

    plain_records = {k: v[:2] for k, v in records.items()}
    problems.extend(check_history(conn, keys, vault_id, plain_records, state))
    for record_id, (revision, blob, blob_type) in sorted(records.items()):
        fault = blob_fault(blob, blob_type)
        if fault is not None:
            problems.append(Problem(record_id, "damaged", f"{fault} (damaged or changed)"))
            continue
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
    for record_id, (m_rev, m_hash, mac) in sorted(manifest.items()):
        try:
            expected = entry_mac(keys.manifest, vault_id, record_id, m_rev, m_hash)
        except (TypeError, struct.error, OverflowError, AttributeError):
            expected = None
        if record_id.startswith(ATTACHMENT_PREFIX):
            pass  # an attachment's entry: vault.attachments.check checks it
        elif not macs_equal(mac, expected):
            problems.append(
                Problem(record_id, "manifest_forged", "its manifest entry is not authentic")
            )
        elif record_id not in records:
            problems.append(Problem(record_id, "missing", "is missing (deleted outside the app)"))
    problems.extend(_manifest_state_problems(keys, vault_id, state, listed, digest))
    return problems


def _manifest_state_problems(
    keys: Keys, vault_id: bytes, state: tuple | None, listed: int, digest: bytes
) -> list[Problem]:
    """The state row against the entries present: its MAC, and, whether or not the MAC
    is authentic, its count and digest (FORMAT.md section 10, check 4): a state the
    app stopped MACing after earlier tampering still counts every later save."""
    if state is None:
        return [Problem(None, "manifest_state", "the manifest summary is missing")]
    problems = []
    if not state_authentic(keys.manifest, vault_id, state):
        problems.append(Problem(None, "manifest_state", "the manifest summary is not authentic"))
    count, stored_digest = state[0], state[1]
    if count != listed or stored_digest != digest:
        problems.append(
            Problem(
                None,
                "manifest_state",
                _summary_differs("the manifest lists", listed, "records", count)
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
            f"SELECT {id_sql('record_id')}, revision, {blob_sql('blob')}, {blob_sql('mac')}, "
            "typeof(blob) FROM history ORDER BY record_id, revision"
        ).fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [
            Problem(
                None, "history", f"the history of old revisions is damaged ({sqlite_reason(exc)})"
            )
        ]
    digest = ZERO_DIGEST
    for raw_id, revision, blob, mac, blob_type in rows:
        if isinstance(mac, bytes) and len(mac) == 32:
            digest = xor32(digest, mac)
        record_id = decode_id(raw_id)
        if record_id is None:
            problems.append(Problem(None, "history_damaged", "an old revision's id is unreadable"))
            continue
        fault = blob_fault(blob, blob_type)
        if fault is not None:
            problems.append(
                Problem(record_id, "history_damaged", f"its old revision {revision}: {fault}")
            )
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
    # The manifest check reports a missing or forged state row; here, whether its
    # history count and digest agree with the rows present, MAC or not (section 15).
    if state is None:
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
