"""verify names what actually differs (issue 21, point 9): a record whose content is
not what the manifest recorded at the same revision is not "at revision 1 but the
manifest expects revision 1", and a summary whose count agrees but whose digest does
not is not "lists 3 records but the vault recorded 3". The stand-alone decryptor says
the same."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import PASSPHRASE

from journal_app.services.journal import Journal

TOOL = Path(__file__).resolve().parents[2] / "tools" / "decrypt_vault.py"


def reflection(journal: Journal, title: str):
    return journal.add(
        {"type": "reflection", "date": "2025-02-03", "title": title, "fields": {"text": "x"}}
    )


def checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def copy_rows(source: Path, target: Path, *statements: str) -> None:
    """Run `statements` on `target` with `source` attached as `old`."""
    checkpoint(source)
    checkpoint(target)
    conn = sqlite3.connect(target)
    try:
        conn.execute("ATTACH DATABASE ? AS old", (str(source),))
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def messages(vault: Path) -> dict[tuple[str | None, str], str]:
    journal = Journal.open(vault, PASSPHRASE)
    try:
        return {(p.record_id, p.kind): p.message for p in journal.verify()}
    finally:
        journal.lock()


def decryptor_lines(vault: Path, tmp_path: Path) -> str:
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(TOOL), str(vault), "--passphrase-file", str(secret)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.stderr


def two_copies_edited_apart(journal: Journal, vault_path: Path, tmp_path: Path):
    """The journal, and a copy of it, in which the same record was edited differently:
    both at revision 2, with different content."""
    record = reflection(journal, "Group")
    reflection(journal, "Other")
    journal.lock()
    other = tmp_path / "other.pswvault"
    shutil.copy(vault_path, other)
    for path, text in ((vault_path, "kept"), (other, "swapped")):
        j = Journal.open(path, PASSPHRASE)
        try:
            j.edit(record.id, {"fields": {"text": text}})
        finally:
            j.lock()
    return record.id, other


def test_same_revision_other_content_says_the_content_differs(journal, vault_path, tmp_path):
    record_id, other = two_copies_edited_apart(journal, vault_path, tmp_path)
    copy_rows(
        other,
        vault_path,
        "UPDATE main.records SET blob = (SELECT blob FROM old.records "
        f"WHERE id = '{record_id}') WHERE id = '{record_id}'",
    )
    found = messages(vault_path)
    message = found[(record_id, "rolled_back")]
    assert "expects revision 2" not in message
    assert "revision 2" in message
    assert "content" in message and "not what the manifest recorded" in message
    tool = decryptor_lines(vault_path, tmp_path)
    assert f"record {record_id}:" in tool
    assert "the manifest expects 2" not in tool
    assert "not what the manifest recorded" in tool


def test_a_different_revision_still_names_both(journal, vault_path, tmp_path):
    record = reflection(journal, "Group")
    journal.lock()
    old = tmp_path / "old.pswvault"
    shutil.copy(vault_path, old)
    j = Journal.open(vault_path, PASSPHRASE)
    try:
        j.edit(record.id, {"fields": {"text": "newer"}})
    finally:
        j.lock()
    copy_rows(
        old,
        vault_path,
        "UPDATE main.records SET (revision, blob) = (SELECT revision, blob FROM old.records "
        f"WHERE id = '{record.id}') WHERE id = '{record.id}'",
    )
    message = messages(vault_path)[(record.id, "rolled_back")]
    assert "is at revision 1 but the manifest expects revision 2" in message


def test_same_count_other_entries_says_the_entries_differ(journal, vault_path, tmp_path):
    record_id, other = two_copies_edited_apart(journal, vault_path, tmp_path)
    # The record and its manifest entry both put back from the other copy: each is
    # authentic and agrees with the other; only the summary can tell.
    copy_rows(
        other,
        vault_path,
        "UPDATE main.records SET blob = (SELECT blob FROM old.records "
        f"WHERE id = '{record_id}') WHERE id = '{record_id}'",
        "UPDATE main.manifest SET (revision, ct_hash, mac) = (SELECT revision, ct_hash, mac "
        f"FROM old.manifest WHERE record_id = '{record_id}') WHERE record_id = '{record_id}'",
    )
    message = messages(vault_path)[(None, "manifest_state")]
    assert "lists 2 records but the vault recorded 2" not in message
    assert "2 records" in message and "not the ones the vault recorded" in message


def test_same_history_count_other_revisions_says_they_differ(journal, vault_path, tmp_path):
    record = reflection(journal, "Group")
    journal.edit(record.id, {"fields": {"text": "newer"}})
    journal.lock()
    checkpoint(vault_path)
    with sqlite3.connect(vault_path) as conn:  # one old revision, its MAC replaced
        conn.execute("UPDATE history SET mac = randomblob(32)")
    conn.close()
    message = messages(vault_path)[(None, "history_state")]
    assert "holds 1 old revision(s) but the vault recorded 1" not in message
    assert "1 old revision" in message and "not the ones the vault recorded" in message
