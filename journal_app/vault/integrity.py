"""What the app can tell about the file's integrity: the quick check every unlock
runs (the manifest and the history counted and XORed against the MACed state row)
and the full one (`verify`: every record, entry and old revision, the schema and the
header), each problem naming its record where it can."""

from __future__ import annotations

import contextlib
import sqlite3
import struct
import threading
from collections.abc import Callable

from journal_app.errors import VaultCorrupt
from journal_app.vault import attachments, crypto, file_schema, record_pass
from journal_app.vault.crypto import DecryptionFailed
from journal_app.vault.header import Header
from journal_app.vault.keyring import Keys, header_authentic
from journal_app.vault.manifest import (
    ZERO_DIGEST,
    Problem,
    blob_sql,
    decode_id,
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
from journal_app.vault.record_pass import OnRecord, blob_fault
from journal_app.vault.records import LoadResult


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
    conn: sqlite3.Connection,
    keys: Keys,
    header: Header,
    schema_problems: list[Problem],
    load: LoadResult | None = None,
    on_record: OnRecord | None = None,
    reader: Callable[[], sqlite3.Connection] | None = None,
) -> tuple[list[Problem], list[Problem]]:
    """Every problem found, and the schema's problems as found now (`schema_problems`,
    as found before, when the file is too damaged to tell). With `load`, the one pass
    over the records also does the unlock's work (vault.record_pass), and `reader` (a
    second connection to the file) lets SQLite's integrity check run beside it."""
    problems, ids = _check_vault(conn, keys, header.vault_id, load, on_record, reader)
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


def check_vault(conn: sqlite3.Connection, keys: Keys, vault_id: bytes) -> list[Problem]:
    """Check every record and the manifest; each problem names its record where
    that is possible. Every id and blob is read as bytes with its type checked
    (`id_sql`, `blob_sql`): a value of the wrong type is its row's damage."""
    return _check_vault(conn, keys, vault_id)[0]


def _check_vault(
    conn: sqlite3.Connection,
    keys: Keys,
    vault_id: bytes,
    load: LoadResult | None = None,
    on_record: OnRecord | None = None,
    reader: Callable[[], sqlite3.Connection] | None = None,
) -> tuple[list[Problem], list[str] | None]:
    """`check_vault`'s problems, and the ids of the records rows it could name (None
    when the file could not be read through). With `load`, the pass also does the
    unlock's work (vault.record_pass); a file whose rows cannot be read through is
    then VaultCorrupt, as at an unlock, and SQLite's integrity check runs beside the
    pass on a second connection from `reader` (see _BesideThePass) or after it."""
    problems: list[Problem] = []
    beside = None
    try:
        if load is None:
            problems.extend(_integrity_problems(conn))
        else:
            beside = _BesideThePass(conn, reader)
        try:
            manifest = record_pass.read_manifest(conn)
            revisions, found = record_pass.check_records(
                conn, keys, vault_id, manifest, problems, load, on_record
            )
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if load is None:
                raise
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
        finally:
            if beside is not None:
                beside.wait()
        if beside is not None:
            problems[:0] = beside.problems()
        problems.extend(manifest.unreadable)
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
    problems.extend(record_pass.entry_problems(keys, vault_id, manifest, revisions))
    problems.extend(
        _manifest_state_problems(keys, vault_id, state, manifest.listed, manifest.digest_bytes)
    )
    return problems, list(revisions)


def _integrity_problems(conn: sqlite3.Connection) -> list[Problem]:
    if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        return [Problem(None, "integrity", "SQLite integrity check failed")]
    return []


class _BesideThePass:
    """SQLite's integrity check of the file on a second connection (`reader`) and a
    thread of its own while the pass reads the rows: SQLite lets go of Python's lock
    while it checks, so the check takes the other core. Where it cannot (no reader, a
    copy in memory, a second connection refused, any error), `problems` runs it after
    the pass on the pass's own connection, as it always ran, errors and all."""

    def __init__(
        self, conn: sqlite3.Connection, reader: Callable[[], sqlite3.Connection] | None
    ) -> None:
        self._conn = conn
        self._found: list[Problem] | None = None
        self._thread = None
        if reader is not None and _reads_a_file(conn):
            self._thread = threading.Thread(
                target=self._run, args=(reader,), name="integrity-check", daemon=True
            )
            self._thread.start()

    def _run(self, reader: Callable[[], sqlite3.Connection]) -> None:
        try:
            other = reader()
        except Exception:  # the pass's own connection checks it instead
            return
        try:
            self._found = _integrity_problems(other)
        except Exception:
            self._found = None
        finally:
            other.close()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def problems(self) -> list[Problem]:
        self.wait()
        return self._found if self._found is not None else _integrity_problems(self._conn)


def _reads_a_file(conn: sqlite3.Connection) -> bool:
    """Whether `conn` reads the vault's file, not a copy in memory (an older schema)."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return bool(row is not None and row[2])


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
