"""Evidence files attached to entries (issue 18): sealed in the vault and bound to their
entry, in the manifest, through trash, purge, key change, backup and verify."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.errors import RecordNotFound, ValidationError, VaultCorrupt
from journal_app.services.attachments import MAX_BYTES
from journal_app.services.backup import restore_backup
from journal_app.services.journal import Journal

SECRET = b"CERT-OF-COMPLETION-QWERTYZ-" * 50
NAME = "peer-support-certificate-zqx.pdf"


def add_entry(journal: Journal, note: str = "x"):
    return journal.add({"type": "checkin", "date": "2025-02-01", "fields": {"note": note}})


def raw(path: Path) -> bytes:
    return b"".join(
        Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )


def test_attach_list_read_detach_and_bring_back(journal):
    entry = add_entry(journal)
    attachment = journal.attachments.add(entry.id, NAME, SECRET)
    listed = journal.attachments.of_entry(entry.id)
    assert [a.to_dict() for a in listed] == [
        {
            "id": attachment.id,
            "name": NAME,
            "size": len(SECRET),
            "added": attachment.added.isoformat(),
        }
    ]
    assert journal.attachments.read(entry.id, attachment.id) == SECRET
    journal.attachments.detach(entry.id, attachment.id)
    assert journal.attachments.of_entry(entry.id) == []
    assert [a.id for a in journal.attachments.detached(entry.id)] == [attachment.id]
    with pytest.raises(RecordNotFound):
        journal.attachments.read(entry.id, attachment.id)
    journal.attachments.restore(entry.id, attachment.id)
    assert journal.attachments.read(entry.id, attachment.id) == SECRET
    assert journal.verify() == []


def test_attachments_survive_lock_and_unlock_with_a_clean_state(journal, vault_path):
    entry = add_entry(journal)
    attachment = journal.attachments.add(entry.id, NAME, SECRET)
    journal.attachments.detach(entry.id, attachment.id)  # a second revision of its details
    journal.lock()
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        assert again.state_problems == [] and again.damaged == []
        assert [a.id for a in again.attachments.detached(entry.id)] == [attachment.id]
        assert again.verify() == []
    finally:
        again.lock()


def test_the_file_its_name_and_bytes_never_appear_in_plain(journal, vault_path, tmp_path):
    entry = add_entry(journal)
    journal.attachments.add(entry.id, NAME, SECRET)
    backup = tmp_path / "copy.pswvault"
    journal.backup(backup)
    journal.store.checkpoint()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert SECRET[:27] not in data, path
            assert NAME.encode() not in data, path
            assert NAME.encode("utf-16-le") not in data, path


def test_a_blob_moved_to_another_entry_or_swapped_fails_and_verify_names_it(journal, vault_path):
    first, second = add_entry(journal, "a"), add_entry(journal, "b")
    a1 = journal.attachments.add(first.id, "a.pdf", b"first file")
    a2 = journal.attachments.add(second.id, "b.pdf", b"second file")
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        conn.execute("UPDATE attachments SET entry_id = ? WHERE id = ?", (second.id, a1.id))
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        with pytest.raises(VaultCorrupt):
            again.attachments.read(second.id, a1.id)
        found = {(p.record_id, p.kind) for p in again.verify()}
        assert (second.id, "attachment_damaged") in found
    finally:
        again.lock()
    with sqlite3.connect(vault_path) as conn:
        conn.execute("UPDATE attachments SET entry_id = ? WHERE id = ?", (first.id, a1.id))
        d1, d2 = (
            conn.execute("SELECT data FROM attachments WHERE id = ?", (i,)).fetchone()[0]
            for i in (a1.id, a2.id)
        )
        conn.execute("UPDATE attachments SET data = ? WHERE id = ?", (d2, a1.id))
        conn.execute("UPDATE attachments SET data = ? WHERE id = ?", (d1, a2.id))
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        with pytest.raises(VaultCorrupt):
            again.attachments.read(first.id, a1.id)
        damaged = {p.record_id for p in again.verify() if p.kind == "attachment_damaged"}
        assert damaged == {first.id, second.id}
    finally:
        again.lock()


def test_a_flipped_byte_is_reported_by_verify_naming_the_entry(journal, vault_path):
    entry = add_entry(journal)
    attachment = journal.attachments.add(entry.id, NAME, SECRET)
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        blob = bytearray(conn.execute("SELECT data FROM attachments").fetchone()[0])
        blob[100] ^= 0x01
        conn.execute("UPDATE attachments SET data = ?", (bytes(blob),))
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        problems = again.verify()
        assert [(p.record_id, p.kind) for p in problems] == [(entry.id, "attachment_damaged")]
        assert attachment.id in problems[0].message
    finally:
        again.lock()


def test_an_attachment_removed_outside_the_app_shows_at_unlock_and_in_verify(journal, vault_path):
    entry = add_entry(journal)
    attachment = journal.attachments.add(entry.id, NAME, SECRET)
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        conn.execute("DELETE FROM attachments")
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        assert again.damaged == []  # records are fine
        problems = again.verify()
        assert any(p.kind == "missing" and attachment.id in p.message for p in problems)
    finally:
        again.lock()
    with sqlite3.connect(vault_path) as conn:  # and with its manifest entry too
        conn.execute("DELETE FROM manifest WHERE record_id LIKE 'attachment:%'")
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        assert again.state_problems  # the MACed count no longer matches
    finally:
        again.lock()


def test_trash_keeps_them_restore_brings_them_back_and_purge_removes_them(journal, vault_path):
    entry = add_entry(journal)
    attachment = journal.attachments.add(entry.id, NAME, SECRET)
    journal.move_to_trash(entry.id)
    assert [a.id for a in journal.attachments.of_entry(entry.id)] == [attachment.id]
    with pytest.raises(RecordNotFound):  # nothing is added to an entry in the trash
        journal.attachments.add(entry.id, "more.pdf", b"more")
    journal.restore_from_trash(entry.id)
    assert journal.attachments.read(entry.id, attachment.id) == SECRET
    journal.move_to_trash(entry.id)
    journal.empty_trash()
    with sqlite3.connect(vault_path) as conn:
        assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM manifest").fetchone()[0] == 0
    assert journal.verify() == []
    assert SECRET[:27] not in raw(vault_path)


def test_detached_files_go_when_the_trash_is_emptied(journal):
    entry = add_entry(journal)
    kept = journal.attachments.add(entry.id, "kept.pdf", b"kept")
    gone = journal.attachments.add(entry.id, "gone.pdf", b"gone")
    journal.attachments.detach(entry.id, gone.id)
    journal.empty_trash()
    assert [a.id for a in journal.attachments.of_entry(entry.id)] == [kept.id]
    assert journal.attachments.detached(entry.id) == []
    assert journal.verify() == []


def test_too_large_a_file_is_refused_naming_it_and_nothing_is_written(journal, tmp_path):
    entry = add_entry(journal)
    big = tmp_path / "huge-scan.tiff"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    revision = journal.store.record_count()
    with pytest.raises(ValidationError) as caught:
        journal.attachments.add_file(entry.id, big)
    assert caught.value.field == "file" and "huge-scan.tiff" in caught.value.message
    with pytest.raises(ValidationError):
        journal.attachments.add(entry.id, "x.bin", bytes(MAX_BYTES + 1))
    assert journal.store.attachments.entries() == set()
    assert journal.store.record_count() == revision
    exactly = journal.attachments.add(entry.id, "limit.bin", bytes(MAX_BYTES))
    assert exactly.size == MAX_BYTES


@pytest.mark.parametrize("name", ["", "a/b.pdf", "..", "x\x07.pdf", "y" * 256])
def test_a_bad_file_name_is_refused_naming_the_field(journal, name):
    entry = add_entry(journal)
    with pytest.raises(ValidationError) as caught:
        journal.attachments.add(entry.id, name, b"data")
    assert caught.value.field == "name"


def test_a_passphrase_change_seals_them_again(journal, vault_path):
    entry = add_entry(journal)
    attachment = journal.attachments.add(entry.id, NAME, SECRET)
    with sqlite3.connect(vault_path) as conn:
        before = conn.execute("SELECT data FROM attachments").fetchone()[0]
    journal.change_passphrase("another long passphrase here", FAST_KDF)
    journal.lock()
    again = Journal.open(vault_path, "another long passphrase here")
    try:
        assert again.state_problems == []
        assert again.attachments.read(entry.id, attachment.id) == SECRET
        assert again.verify() == []
    finally:
        again.lock()
    with sqlite3.connect(vault_path) as conn:
        assert conn.execute("SELECT data FROM attachments").fetchone()[0] != before


def test_backup_and_restore_carry_them(journal, tmp_path):
    entry = add_entry(journal)
    attachment = journal.attachments.add(entry.id, NAME, SECRET)
    backup = tmp_path / "backup.pswvault"
    journal.backup(backup)
    target = tmp_path / "restored" / "journal.pswvault"
    restore_backup(backup, target, PASSPHRASE)
    restored = Journal.open(target, PASSPHRASE)
    try:
        assert restored.attachments.read(entry.id, attachment.id) == SECRET
        assert restored.verify() == []
    finally:
        restored.lock()


def test_save_to_writes_the_file_and_never_overwrites(journal, tmp_path):
    entry = add_entry(journal)
    attachment = journal.attachments.add(entry.id, NAME, SECRET)
    empty = journal.attachments.add(entry.id, "empty.txt", b"")
    out = tmp_path / "out.pdf"
    journal.attachments.save_to(entry.id, attachment.id, out)
    assert out.read_bytes() == SECRET
    out.write_bytes(b"mine")
    with pytest.raises(Exception) as caught:
        journal.attachments.save_to(entry.id, attachment.id, out)
    assert getattr(caught.value, "exit_code", None) == 2
    assert out.read_bytes() == b"mine"
    journal.attachments.save_to(entry.id, empty.id, tmp_path / "empty.txt")
    assert (tmp_path / "empty.txt").read_bytes() == b""


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_golden_v4_reads_back_its_attachments_in_the_app_and_the_decryptor(tmp_path):
    import base64
    import hashlib
    import json
    import shutil
    import subprocess
    import sys

    spec = json.loads((FIXTURES / "golden-v4.json").read_text("utf-8"))
    copy = tmp_path / "golden-v4-copy.pswvault"
    shutil.copyfile(FIXTURES / spec["vault"], copy)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == spec["vault_sha256"]
    tool = FIXTURES.parent.parent / "tools" / "decrypt_vault.py"
    secret = tmp_path / "p"
    secret.write_text(spec["passphrase"] + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(tool), str(copy), "--passphrase-file", str(secret)],
        capture_output=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["attachments"] == spec["attachments"]
    journal = Journal.open(copy, spec["passphrase"])
    try:
        for item in spec["attachments"]:
            got = journal.attachments.get(item["entry_id"], item["id"])
            assert (got.name, got.size, got.added.isoformat()) == (
                item["name"],
                item["size"],
                item["added"],
            )
            assert (got.detached is None) == (item["detached"] is None)
            data = journal.store.attachments.data(item["entry_id"], item["id"])
            assert data == base64.b64decode(item["data_base64"])
        assert journal.verify() == []
    finally:
        journal.lock()


def test_a_schema_3_vault_upgrades_and_takes_attachments(tmp_path):
    import json
    import shutil

    spec = json.loads((FIXTURES / "golden-v3.json").read_text("utf-8"))
    copy = tmp_path / "journal.pswvault"
    shutil.copyfile(FIXTURES / spec["vault"], copy)
    journal = Journal.open(copy, spec["passphrase"])
    try:
        entry_id = spec["records"][0]["id"]
        attachment = journal.attachments.add(entry_id, "cert.pdf", SECRET)
        assert journal.attachments.read(entry_id, attachment.id) == SECRET
        assert journal.verify() == []
    finally:
        journal.lock()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()
    assert Path(f"{copy}.pre-migration-v3.bak").exists()


def test_a_manifest_entry_whose_id_is_gone_is_reported_not_a_crash(journal, vault_path):
    entry = add_entry(journal)
    journal.attachments.add(entry.id, NAME, SECRET)
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        conn.execute("UPDATE manifest SET record_id = NULL WHERE record_id = ?", (entry.id,))
    conn.close()
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        assert again.verify()  # reported, and nothing raised on the way
    finally:
        again.lock()


def _everything_on_disk(*roots: Path):
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                yield path


def test_export_all_writes_them_beside_their_entry_and_nowhere_else(journal, vault_path, tmp_path):
    import json
    import tempfile

    from journal_app.services.export_all import export_all

    entry = add_entry(journal)
    journal.attachments.add(entry.id, NAME, SECRET)
    journal.attachments.add(entry.id, "notes: a?b*.txt", b"second file")  # unsafe on disk
    journal.attachments.add(entry.id, NAME.upper(), b"same name but for case")
    detached = journal.attachments.add(entry.id, "detached.txt", b"DETACHED-NOT-EXPORTED")
    journal.attachments.detach(entry.id, detached.id)
    backup = tmp_path / "backups" / "b.pswvault"
    backup.parent.mkdir()
    journal.backup(backup)

    md = tmp_path / "md"
    export_all(journal, "markdown", md)
    [page] = [p for p in md.rglob("*.md") if p.name != "index.md"]
    folder = page.with_name(page.stem + ".files")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [NAME, "notes_ a_b_.txt", NAME.upper().replace(".PDF", " (2).PDF")]
    )
    assert (folder / NAME).read_bytes() == SECRET
    assert "## Attached files" in page.read_text("utf-8")

    out = tmp_path / "json"
    export_all(journal, "json", out)
    document = json.loads((out / "psw-journal.json").read_text("utf-8"))
    listed = document["attachments"][entry.id]
    assert [a["name"] for a in listed] == [NAME, "notes: a?b*.txt", NAME.upper()]
    assert (out / listed[0]["file"]).read_bytes() == SECRET

    # The bytes are in plain only where the worker exported them: not in the vault, its
    # -wal, a backup, the temp folder or anywhere else.
    journal.store.checkpoint()
    for path in _everything_on_disk(tmp_path, Path(tempfile.gettempdir())):
        if md in path.parents or out in path.parents:
            continue
        data = path.read_bytes()
        assert SECRET[:27] not in data, path
        assert b"DETACHED-NOT-EXPORTED" not in data, path
    assert not any(b"DETACHED-NOT-EXPORTED" in p.read_bytes() for p in _everything_on_disk(md, out))


def test_export_all_without_attachments_is_as_before(journal, tmp_path):
    from journal_app.services.export_all import export_all

    add_entry(journal)
    export_all(journal, "json", tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["psw-journal.json"]


def test_a_pack_lists_the_names_of_a_fully_shared_entrys_files_and_never_embeds_them(journal):
    from datetime import date

    from journal_app.services.pack import PackOptions, build_pack

    def reflection(share: str, title: str):
        return journal.add(
            {
                "type": "reflection",
                "date": "2025-02-03",
                "title": title,
                "share": share,
                "shared_summary": "A summary for sharing",
                "fields": {"model": "free", "text": "What happened"},
            }
        )

    full, summary, private = (reflection(s, f"{s} entry") for s in ("full", "summary", "private"))
    for entry in (full, summary, private):
        journal.attachments.add(entry.id, f"{entry.share.value}-evidence.pdf", SECRET)
    gone = journal.attachments.add(full.id, "detached-letter.pdf", b"gone")
    journal.attachments.detach(full.id, gone.id)
    options = PackOptions(date(2025, 2, 1), date(2025, 2, 28))
    pack = build_pack(journal.records(), journal.vocabulary, options, journal.attachments.names())
    text = "\n".join(t for _where, t in pack.document.texts())
    assert "full-evidence.pdf" in text
    assert "summary-evidence.pdf" not in text and "private-evidence.pdf" not in text
    assert "detached-letter.pdf" not in text
    assert SECRET.decode()[:27] not in text
    assert "not included in this pack" in text


def test_the_cli_pack_lists_a_full_entrys_file_names(journal, vault_path, tmp_path, capsys):
    from journal_app.cli import run

    entry = journal.add(
        {
            "type": "reflection",
            "date": "2025-02-03",
            "title": "Course day",
            "share": "full",
            "fields": {"model": "free", "text": "What I learnt"},
        }
    )
    journal.attachments.add(entry.id, "course-certificate.pdf", SECRET)
    journal.lock()
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "pack.md"
    argv = ["--vault", str(vault_path), "--passphrase-file", str(passfile), "export"]
    argv += ["--from", "2025-02-01", "--to", "2025-02-28", "--format", "md", "--out", str(out)]
    assert run(argv) == 0, capsys.readouterr().err
    text = out.read_text("utf-8")
    assert "course-certificate.pdf" in text and SECRET.decode()[:27] not in text


def test_a_detach_rolled_back_from_an_older_copy_shows(journal, vault_path):
    entry = add_entry(journal)
    attachment = journal.attachments.add(entry.id, NAME, SECRET)
    with sqlite3.connect(vault_path) as conn:
        old_row = conn.execute("SELECT revision, meta FROM attachments").fetchone()
        old_entry = conn.execute(
            "SELECT revision, ct_hash, mac FROM manifest WHERE record_id LIKE 'attachment:%'"
        ).fetchone()
    conn.close()
    journal.attachments.detach(entry.id, attachment.id)
    journal.lock()
    with sqlite3.connect(vault_path) as conn:  # its row and entry as they were before
        conn.execute("UPDATE attachments SET revision = ?, meta = ?", old_row)
        conn.execute(
            "UPDATE manifest SET revision = ?, ct_hash = ?, mac = ? "
            "WHERE record_id LIKE 'attachment:%'",
            old_entry,
        )
    conn.close()
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        assert again.state_problems  # the MACed digest remembers the newer entry
        assert any(p.kind == "manifest_state" for p in again.verify())
    finally:
        again.lock()


def test_a_key_change_launders_no_damaged_attachment(journal, vault_path):
    entry = add_entry(journal)
    journal.attachments.add(entry.id, NAME, SECRET)
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        blob = bytearray(conn.execute("SELECT data FROM attachments").fetchone()[0])
        blob[30] ^= 0x10
        conn.execute("UPDATE attachments SET data = ?", (bytes(blob),))
    conn.close()
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        again.change_passphrase("another long passphrase here", FAST_KDF)
        kinds = {(p.record_id, p.kind) for p in again.verify()}
        assert (entry.id, "attachment_damaged") in kinds
    finally:
        again.lock()
