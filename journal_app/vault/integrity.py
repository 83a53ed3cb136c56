"""What the app can tell about the file's integrity: the quick check every unlock
runs (the manifest and the history counted and XORed against the MACed state row)
and the full one (`verify`: every record, entry and old revision, the schema and the
header), each problem naming its record where it can."""

from __future__ import annotations

import contextlib
import sqlite3

from journal_app.vault import attachments, file_schema
from journal_app.vault.header import Header
from journal_app.vault.keyring import Keys, header_authentic
from journal_app.vault.manifest import (
    Problem,
    blob_sql,
    check_vault,
    decode_id,
    fold_macs,
    id_sql,
    read_state_row,
    sqlite_reason,
    state_problems,
)
from journal_app.vault.migrations import schema_version


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
    problems = check_vault(conn, keys, header.vault_id)
    with contextlib.suppress(sqlite3.DatabaseError):  # check_vault has said so
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
