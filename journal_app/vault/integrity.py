"""What the app can tell about the file's integrity: the quick check every unlock
runs (the manifest and the history counted and XORed against the MACed state row)
and the full one (`verify`: every record, entry and old revision, the schema and the
header), each problem naming its record where it can."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import struct

from journal_app.vault import attachments, crypto, file_schema
from journal_app.vault.crypto import DecryptionFailed
from journal_app.vault.header import Header
from journal_app.vault.keyring import Keys, header_authentic
from journal_app.vault.manifest import (
    ATTACHMENT_PREFIX,
    ZERO_DIGEST,
    Problem,
    blob_sql,
    decode_id,
    entry_mac_of,
    fold_macs,
    history_mac,
    id_sql,
    macs_equal,
    read_state_row,
    record_aad,
    sqlite_reason,
    state_authentic,
    state_problems,
    xor32,
)
from journal_app.vault.migrations import schema_version

_REVISION = struct.Struct(">Q")  # as packed into record_aad


def check_state(
    conn: sqlite3.Connection, keys: Keys, vault_id: bytes, manifest: tuple[int, bytes] | None
) -> list[Problem]:
    """The manifest's entries and the history's MACs, counted and XORed, against the
    MACed state the app last wrote (manifest.state_problems). `manifest` is the
    manifest's (count, XOR) when a load just read it (else it is read here)."""
    try:
        state = read_state_row(conn)
        if manifest is None:
            macs = [m for (m,) in conn.execute(f"SELECT {blob_sql('mac')} FROM manifest")]
            manifest = (len(macs), fold_macs(macs))
        history = [m for (m,) in conn.execute(f"SELECT {blob_sql('mac')} FROM history")]
    except sqlite3.DatabaseError as exc:
        return [Problem(None, "integrity", f"the file is damaged ({sqlite_reason(exc)})")]
    return state_problems(
        keys.manifest, vault_id, state, manifest, (len(history), fold_macs(history))
    )


def verify(
    conn: sqlite3.Connection, keys: Keys, header: Header, schema_problems: list[Problem]
) -> tuple[list[Problem], list[Problem]]:
    """Every problem found, and the schema's problems as found now (`schema_problems`,
    as found before, when the file is too damaged to tell)."""
    problems, ids = _check_vault(conn, keys, header.vault_id)
    with contextlib.suppress(sqlite3.DatabaseError):  # check_vault has said so
        if ids is None:
            raw = [i for (i,) in conn.execute(f"SELECT {id_sql('id')} FROM records")]
            ids = [i for i in map(decode_id, raw) if i is not None]
        problems.extend(attachments.check(conn, keys, header.vault_id, ids))
    with contextlib.suppress(sqlite3.DatabaseError):  # check_vault has said so
        schema_problems = file_schema.problems(conn, schema_version(conn))
    problems[:0] = schema_problems
    if not header.is_intact():
        problems.insert(
            0,
            Problem(
                None,
                "header_checksum",
                "the header's checksum does not match: the passphrase may be refused; "
                "setting a new passphrase with the recovery key writes it anew",
            ),
        )
    if not header_authentic(header, keys):
        problems.insert(
            0,
            Problem(
                None,
                "header",
                "the vault's key slots were changed outside the app; the recovery key "
                "may no longer open it (make a new backup and keep the old one)",
            ),
        )
    return problems, schema_problems


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
    return _check_vault(conn, keys, vault_id)[0]


def _check_vault(
    conn: sqlite3.Connection, keys: Keys, vault_id: bytes
) -> tuple[list[Problem], list[str] | None]:
    """`check_vault`'s problems, and the ids of the records rows it could name (None
    when the file could not be read through). Each ciphertext is checked as it is read
    and then forgotten, so the whole journal's ciphertext is never held at once."""
    problems: list[Problem] = []
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problems.append(Problem(None, "integrity", "SQLite integrity check failed"))
        # The manifest first (no ciphertext in it), so each record is checked against
        # its entry as it is read. Count and XOR every entry, as the unlock's quick
        # check does (check_state).
        manifest, listed, digest, unreadable_entries = {}, 0, 0, []
        for raw_id, revision, ct_hash, mac in conn.execute(
            f"SELECT {id_sql('record_id')}, revision, {blob_sql('ct_hash')}, "
            f"{blob_sql('mac')} FROM manifest"
        ):
            listed += 1
            if isinstance(mac, bytes) and len(mac) == 32:
                digest ^= int.from_bytes(mac, "big")
            try:  # decode_id, without a call per entry
                record_id = raw_id.decode("utf-8")
            except (UnicodeDecodeError, AttributeError):
                unreadable_entries.append(
                    Problem(
                        None,
                        "manifest_forged",
                        "a manifest entry's id is unreadable (not UTF-8 text)",
                    )
                )
                continue
            manifest[record_id] = (revision, ct_hash, mac, raw_id)
        revisions, found = _check_records(conn, keys, vault_id, manifest, problems)
        problems.extend(unreadable_entries)
        state = read_state_row(conn)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [
            Problem(
                None,
                "integrity",
                f"the file is damaged ({sqlite_reason(exc)})",
            )
        ], None

    problems.extend(check_history(conn, keys, vault_id, revisions, state))
    # Each record and each entry has at most one finding: sorted by id, they come in
    # the order of the ids, as the worker reads them.
    problems.extend(found[i] for i in sorted(found))
    problems.extend(_entry_problems(keys, vault_id, manifest, revisions))
    problems.extend(
        _manifest_state_problems(keys, vault_id, state, listed, digest.to_bytes(32, "big"))
    )
    return problems, list(revisions)


def _check_records(
    conn: sqlite3.Connection,
    keys: Keys,
    vault_id: bytes,
    manifest: dict[str, tuple],
    problems: list[Problem],
) -> tuple[dict[str, object], dict[str, Problem]]:
    """Read every records row once: each must authenticate as that revision of that
    record and be what its manifest entry recorded. Returns each named row's revision
    and its finding, if any (a row whose id is unreadable goes into `problems`)."""
    revisions: dict[str, object] = {}
    found: dict[str, Problem] = {}
    opener = keys.records.open
    aad_prefix = record_aad(vault_id, "", 0)[: -_REVISION.size]
    pack_revision = _REVISION.pack
    hash_of = hashlib.sha256
    for raw_id, revision, blob, blob_type in conn.execute(
        f"SELECT {id_sql('id')}, revision, {blob_sql('blob')}, typeof(blob) FROM records"
    ):
        try:
            record_id = raw_id.decode("utf-8")
        except (UnicodeDecodeError, AttributeError):
            problems.append(
                Problem(None, "damaged", "a record's id is unreadable (not UTF-8 text)")
            )
            continue
        revisions[record_id] = revision
        # A later row under the same id (possible only in a changed schema) stands
        # for the record, as the last one read always has.
        found.pop(record_id, None)
        fault = blob_fault(blob, blob_type)
        if fault is not None:
            found[record_id] = Problem(record_id, "damaged", f"{fault} (damaged or changed)")
            continue
        try:
            # record_aad(vault_id, record_id, revision), from the id's bytes as read
            opener(blob, aad_prefix + pack_revision(revision) + raw_id)
        except (DecryptionFailed, OverflowError, struct.error, TypeError, AttributeError):
            found[record_id] = Problem(
                str(record_id), "damaged", "does not authenticate (damaged or moved)"
            )
            continue
        entry = manifest.get(record_id)
        if entry is None:
            found[record_id] = Problem(
                record_id, "not_in_manifest", "is not in the manifest (added outside the app)"
            )
        elif entry[0] != revision or entry[1] != hash_of(blob).digest():
            found[record_id] = Problem(
                record_id, "rolled_back", _not_as_recorded(revision, entry[0])
            )
    return revisions, found


def _entry_problems(
    keys: Keys, vault_id: bytes, manifest: dict[str, tuple], revisions: dict[str, object]
) -> list[Problem]:
    """Each manifest entry's MAC is the app's, and its record is there; sorted by id."""
    problems = []
    key, prefix = keys.manifest, b"PSWJ-manifest" + vault_id
    for record_id, (m_rev, m_hash, mac, raw_id) in manifest.items():
        if record_id.startswith(ATTACHMENT_PREFIX):
            continue  # an attachment's entry: vault.attachments.check checks it
        try:
            expected = entry_mac_of(key, prefix, raw_id, m_rev, m_hash)
        except (TypeError, struct.error, OverflowError, AttributeError):
            expected = None
        if not macs_equal(mac, expected):
            problems.append(
                Problem(record_id, "manifest_forged", "its manifest entry is not authentic")
            )
        elif record_id not in revisions:
            problems.append(Problem(record_id, "missing", "is missing (deleted outside the app)"))
    problems.sort(key=lambda p: p.record_id)
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
    revisions: dict[str, object],
    state: tuple | None,
) -> list[Problem]:
    """Check every old revision: it authenticates as that revision of that record, its
    MAC is the app's, it is older than the record's current revision (`revisions`: each
    record's as its row holds it), and the history as a whole (count and XOR of MACs,
    MACed) is as the app last left it."""
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
                if record_id not in revisions:
                    problems.append(
                        Problem(
                            record_id,
                            "history_orphan",
                            f"has an old revision {revision} but the record itself is gone "
                            "(deleted outside the app)",
                        )
                    )
                elif not isinstance(current := revisions[record_id], int) or revision >= current:
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
