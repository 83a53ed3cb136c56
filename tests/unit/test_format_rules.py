"""docs/FORMAT.md's reading rules for a file changed with plain sqlite3 (issue 21):
every id and blob column read as bytes with its type checked, so a value of the wrong
type is that row's damage and never "the vault file is damaged"; a blob of a length
the app never writes is damage; the state row's count and digest compared whether or
not its MAC is authentic; an old revision's record "still exists" when it is in the
trash or fails to decrypt; a vault whose path holds '?', '#', '%' and spaces opens.
The app (`verify`, the unlock) and tools/decrypt_vault.py must agree on each."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from test_standalone_decryptor import run_tool, secret_file

from journal_app.cli import run
from journal_app.services.journal import Journal, encode_record
from journal_app.vault import crypto

CHECKINS = [
    {"type": "checkin", "date": f"2024-05-0{n}", "fields": {"mood": n, "note": f"day {n}"}}
    for n in (1, 2, 3)
]


def make_vault(path: Path) -> list[str]:
    """A closed vault of three check-ins, the first edited once (so it has an old
    revision in the history); returns their ids, sorted."""
    journal, _ = Journal.create(path, PASSPHRASE, FAST_KDF)
    try:
        ids = sorted(journal.add(data).id for data in CHECKINS)
        journal.edit(ids[0], {"title": "edited"})
    finally:
        journal.close()
    return ids


@contextlib.contextmanager
def raw_sql(path: Path) -> Iterator[sqlite3.Connection]:
    """The tamperer's tool: plain sqlite3, autocommit, no app code."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def verify_cli(path: Path, capsys) -> tuple[int, str, str]:
    passfile = path.with_name("pass.txt")
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    code = run(["--vault", str(path), "--passphrase-file", str(passfile), "verify"])
    out, err = capsys.readouterr()
    return code, out, err


def problems_of(path: Path) -> set[tuple[str | None, str]]:
    journal = Journal.open(path, PASSPHRASE)
    try:
        return {(p.record_id, p.kind) for p in journal.verify()}
    finally:
        journal.close()


def tool(path: Path):
    return run_tool(path, "--passphrase-file", secret_file(path.parent.parent, "p.txt", PASSPHRASE))


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    folder.mkdir()
    return folder / "journal.pswvault"


# --- every blob column: read as bytes, its type checked (FORMAT.md section 3) ---------

# What a tamperer can store in a BLOB column (SQLite keeps any type there): text that
# is not UTF-8 (which Python's sqlite3 cannot even decode), an integer, a real, NULL
# (behind the NOT NULL constraint, by editing the schema text and putting it back).
WRONG_VALUES = {
    "text-not-utf8": "CAST(x'ff00fe41' AS TEXT)",
    "integer": "42",
    "real": "4.5",
    "null": "NULL",
}


def _store(conn: sqlite3.Connection, table: str, column: str, value_sql: str, where: str) -> None:
    if value_sql != "NULL":
        conn.execute(f"UPDATE {table} SET {column} = {value_sql} WHERE {where}")
        return
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    loose = re.sub(rf'("?{column}"? BLOB) NOT NULL', r"\1", sql)
    assert loose != sql
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (loose, table))
    conn.execute("PRAGMA writable_schema = RESET")
    conn.execute(f"UPDATE {table} SET {column} = NULL WHERE {where}")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, table))
    conn.execute("PRAGMA writable_schema = RESET")


@pytest.mark.parametrize("value", WRONG_VALUES, ids=list(WRONG_VALUES))
def test_a_record_blob_of_the_wrong_type_is_that_rows_damage(vault: Path, value: str, capsys):
    ids = make_vault(vault)
    victim = ids[1]
    with raw_sql(vault) as conn:
        _store(conn, "records", "blob", WRONG_VALUES[value], f"id = '{victim}'")
        # SQLite's own check sees a NULL behind NOT NULL (verify says so too), and
        # nothing else: every other value is a valid row as far as SQLite knows.
        expected = "NULL value in records.blob" if value == "null" else "ok"
        assert conn.execute("PRAGMA integrity_check").fetchone() == (expected,)

    code, out, _ = verify_cli(vault, capsys)
    assert code == 4
    assert "vault file is damaged" not in out and "the file is damaged" not in out
    assert f"record {victim}: its ciphertext is stored as" in out
    journal = Journal.open(vault, PASSPHRASE)
    try:
        assert journal.damaged == [victim]
        assert sorted(r.id for r in journal.records()) == [ids[0], ids[2]]
    finally:
        journal.close()
    result = tool(vault)
    assert result.returncode == 4
    assert f"record {victim}: does not authenticate" in result.stderr
    assert "cannot read" not in result.stderr


@pytest.mark.parametrize("value", WRONG_VALUES, ids=list(WRONG_VALUES))
def test_a_manifest_mac_of_the_wrong_type_is_that_entrys_damage(vault: Path, value: str, capsys):
    ids = make_vault(vault)
    victim = ids[2]
    with raw_sql(vault) as conn:
        _store(conn, "manifest", "mac", WRONG_VALUES[value], f"record_id = '{victim}'")

    code, out, err = verify_cli(vault, capsys)
    assert code == 4, err
    assert "damaged" not in out
    assert f"record {victim}: its manifest entry is not authentic" in out
    journal = Journal.open(vault, PASSPHRASE)  # every record still opens
    try:
        assert journal.damaged == []
        assert sorted(r.id for r in journal.records()) == ids
    finally:
        journal.close()
    result = tool(vault)
    assert result.returncode == 1
    assert f"record {victim}: its manifest entry is not authentic" in result.stderr


def test_an_old_revisions_blob_and_the_state_digest_of_the_wrong_type(vault: Path, capsys):
    ids = make_vault(vault)
    with raw_sql(vault) as conn:
        conn.execute("UPDATE history SET blob = CAST(x'ff' AS TEXT)")
        conn.execute("UPDATE manifest_state SET digest = CAST(x'fe' AS TEXT)")
    code, out, _ = verify_cli(vault, capsys)
    assert code == 4
    assert "the file is damaged" not in out
    assert f"record {ids[0]}: its old revision 1: its ciphertext is stored as text" in out
    assert "the manifest summary is not authentic" in out
    result = tool(vault)
    assert result.returncode == 4
    assert f"record {ids[0]}: old revision 1 does not authenticate" in result.stderr


# --- every id column: read as bytes, and must be TEXT (FORMAT.md section 3) ------------


def test_ids_stored_as_blobs_are_unreadable_not_the_record(vault: Path, capsys):
    """The same bytes stored as a BLOB: not the record's id (a lookup by text would
    never find the row), so the row's id is unreadable and the record is missing."""
    ids = make_vault(vault)
    with raw_sql(vault) as conn:
        conn.execute(f"UPDATE records SET id = CAST(id AS BLOB) WHERE id = '{ids[1]}'")
        conn.execute(
            f"UPDATE manifest SET record_id = CAST(record_id AS BLOB) WHERE record_id = '{ids[2]}'"
        )
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE history SET record_id = CAST(record_id AS BLOB)")
    assert problems_of(vault) >= {
        (None, "damaged"),
        (ids[1], "missing"),
        (None, "manifest_forged"),
        (ids[2], "not_in_manifest"),
        (None, "history_damaged"),
    }
    journal = Journal.open(vault, PASSPHRASE)
    try:
        assert journal.damaged == [ids[1]]
        assert sorted(r.id for r in journal.records()) == [ids[0], ids[2]]
    finally:
        journal.close()
    result = tool(vault)
    assert result.returncode == 4
    err = result.stderr
    assert "a record whose id is unreadable" in err
    assert f"record {ids[1]}: missing" in err
    assert "a manifest entry whose id is unreadable" in err
    assert f"record {ids[2]}: not in the manifest" in err
    assert "an old revision whose id is unreadable" in err


# --- blob lengths (FORMAT.md section 8) -----------------------------------------------


def test_an_authentic_blob_of_another_length_is_damage(vault: Path, capsys):
    """Sealed under the right key with the right AAD and valid ISO 7816-4 padding, but
    padded to 300 bytes, not a multiple of 512: nothing the app writes."""
    ids = make_vault(vault)
    victim = ids[2]
    journal = Journal.open(vault, PASSPHRASE)
    try:
        keys = journal.store._require_keys()
        vault_id = journal.store.header.vault_id
        plain = encode_record(journal.get(victim))
    finally:
        journal.close()
    with raw_sql(vault) as conn:
        (revision,) = conn.execute(
            "SELECT revision FROM records WHERE id = ?", (victim,)
        ).fetchone()
    records_key = crypto.subkey(keys.master, "records")
    aad = b"PSWJ-record" + vault_id + struct.pack(">Q", revision) + victim.encode()
    body = plain + b"\x80"
    padded = body + b"\x00" * (300 - len(body))
    nonce = os.urandom(12)
    blob = nonce + AESGCM(records_key).encrypt(nonce, padded, aad)
    assert len(blob) == 328
    # The tag is good: only the length rule tells it apart.
    assert AESGCM(records_key).decrypt(nonce, blob[12:], aad) == padded
    with raw_sql(vault) as conn:
        conn.execute("UPDATE records SET blob = ? WHERE id = ?", (blob, victim))

    code, out, _ = verify_cli(vault, capsys)
    assert code == 4
    assert f"record {victim}: its ciphertext is 328 bytes long, not 28 + 512 x k" in out
    journal = Journal.open(vault, PASSPHRASE)
    try:
        assert journal.damaged == [victim]
    finally:
        journal.close()
    result = tool(vault)
    assert result.returncode == 4
    assert f"record {victim}: does not authenticate" in result.stderr


# --- the state row: count and digest compared, MAC or not (sections 10 and 15) ---------


def test_state_mac_and_count_both_wrong_are_both_reported(vault: Path, capsys):
    ids = make_vault(vault)
    with raw_sql(vault) as conn:
        conn.execute(f"DELETE FROM records WHERE id = '{ids[2]}'")
        conn.execute(f"DELETE FROM manifest WHERE record_id = '{ids[2]}'")
        conn.execute("DELETE FROM history")
        conn.execute("UPDATE manifest_state SET mac = zeroblob(32)")
    code, out, _ = verify_cli(vault, capsys)
    assert code == 4
    assert "the manifest summary is not authentic" in out
    assert "the manifest lists 2 records but the vault recorded 3" in out
    assert "the history holds 0 old revision(s) but the vault recorded 1" in out
    result = tool(vault)
    assert result.returncode == 1
    assert "the manifest summary is missing or not authentic" in result.stderr
    assert "the manifest summary does not match" in result.stderr
    assert "the history summary does not match" in result.stderr


def test_a_digest_that_differs_with_the_same_count_is_named_so(vault: Path, capsys):
    make_vault(vault)
    with raw_sql(vault) as conn:
        conn.execute("UPDATE manifest_state SET digest = zeroblob(32)")
    code, out, _ = verify_cli(vault, capsys)
    assert code == 4
    assert "the manifest summary is not authentic" in out
    assert "lists 3 records, the number the vault recorded, but not the ones" in out


# --- an old revision's record "still exists" (section 15, check 3) --------------------


def test_a_trashed_record_or_one_that_fails_to_decrypt_still_exists(vault: Path, capsys):
    ids = make_vault(vault)
    journal = Journal.open(vault, PASSPHRASE)
    try:
        trashed = journal.add({"type": "checkin", "date": "2024-05-09", "fields": {"mood": 2}})
        journal.edit(trashed.id, {"title": "edited before the trash"})
        journal.move_to_trash(trashed.id)
        assert journal.verify() == []
    finally:
        journal.close()
    result = tool(vault)
    assert result.returncode == 0, result.stderr
    with raw_sql(vault) as conn:  # ids[0] has an old revision; its current row breaks
        blob = conn.execute("SELECT blob FROM records WHERE id = ?", (ids[0],)).fetchone()[0]
        flipped = blob[:100] + bytes([blob[100] ^ 1]) + blob[101:]
        conn.execute("UPDATE records SET blob = ? WHERE id = ?", (flipped, ids[0]))
    assert problems_of(vault) == {(ids[0], "damaged")}
    result = tool(vault)
    assert result.returncode == 4
    assert "gone" not in result.stderr and "not older" not in result.stderr


# --- a path with '?', '#', '%' and spaces (section 3: the file: URI) -------------------


def test_a_vault_whose_path_holds_uri_characters_opens(tmp_path: Path, capsys):
    folder = tmp_path / "100% sure? #1"
    folder.mkdir()
    path = folder / "my journal ?#%.pswvault"
    ids = make_vault(path)
    backup = folder / "a backup ?#% 2.pswbackup"  # a rollback-journal file: read by URI
    journal = Journal.open(path, PASSPHRASE)
    try:
        journal.backup(backup)
    finally:
        journal.close()
    for vault_file in (path, backup):
        code, out, err = verify_cli(vault_file, capsys)
        assert code == 0, err
        assert out.startswith("ok: 3 record(s)")
        journal = Journal.open(vault_file, PASSPHRASE)
        try:
            assert sorted(r.id for r in journal.records()) == ids
        finally:
            journal.close()
        result = tool(vault_file)
        assert result.returncode == 0, result.stderr


# --- tools/decrypt_vault.py reads every record type the app writes -------------------


def test_the_stand_alone_reader_reads_the_newer_types_and_a_shared_title(vault: Path):
    """Training, goal and Wellness Action Plan records (section 9.1), and a record's
    optional shared_title, come out of tools/decrypt_vault.py as the app reads them."""
    from test_standalone_decryptor import app_view

    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    try:
        goal = journal.add({"type": "goal", "date": "2024-05-01", "fields": {"status": "active"}})
        journal.add(
            {"type": "training", "date": "2024-05-02", "fields": {"hours": 2.5, "goals": [goal.id]}}
        )
        journal.add({"type": "wellness_plan", "date": "2024-05-03", "fields": {"triggers": "x"}})
        journal.add(
            {
                "type": "checkin",
                "date": "2024-05-04",
                "title": "Own title",
                "shared_title": "Title for supervision",
                "share": "summary",
            }
        )
    finally:
        journal.close()
    expected = app_view(vault, PASSPHRASE)
    assert {r["type"] for r in expected["records"]} == {
        "goal",
        "training",
        "wellness_plan",
        "checkin",
    }
    assert any("shared_title" in r for r in expected["records"])
    result = tool(vault)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected
