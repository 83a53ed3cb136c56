"""Findings of the adversarial review (issue: hardening), each with the test that
failed before its fix."""

from __future__ import annotations

import io
import sys

import pytest

from journal_app.services.passphrase import assess, require_acceptable

# --- 3. passphrases over 72 characters crashed ----------------------------------------


@pytest.mark.parametrize("length", [72, 73, 100, 500])
def test_a_passphrase_over_72_characters_is_scored_not_a_crash(length):
    words = "quiet harbour lantern meadow violet thunder copper orchard "
    long_one = (words * 10)[:length]
    strength = assess(long_one)
    assert strength.acceptable
    require_acceptable(long_one)  # no ValueError from zxcvbn


def test_a_long_weak_passphrase_is_still_refused():
    assert not assess("a" * 200).acceptable


def test_the_strength_meter_takes_a_long_passphrase(qtbot):
    from journal_app.gui.widgets.strength_meter import NewPassphraseFields

    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    fields.passphrase.setText("quiet harbour lantern meadow " * 6)  # 174 characters
    fields.confirmation.setText(fields.passphrase.text())
    assert fields.ready()


# --- 12. Ctrl+D at the passphrase prompt was "unexpected error EOFError" --------------


def test_ctrl_d_at_the_passphrase_prompt_ends_cleanly(journal, vault_path, capsys, monkeypatch):
    import getpass

    from journal_app.cli import run

    journal.lock()

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def end_of_input(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", end_of_input)
    code = run(["--vault", str(vault_path), "list"])
    err = capsys.readouterr().err
    assert code == 2
    assert "no passphrase was typed" in err and "unexpected" not in err


# --- 6. a KDF header that cannot be opened in practice ---------------------------------


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [(4 * 1024 * 1024, 3, 4), (65536, 1000, 4), (65536, 3, 64), (1024 * 1024 + 1, 3, 4)],
)
def test_a_kdf_too_costly_to_open_is_refused_with_words(memory, iterations, lanes):
    from journal_app.errors import WeakKdfParameters
    from journal_app.vault.crypto import KdfParams

    with pytest.raises(WeakKdfParameters) as caught:
        KdfParams(memory, iterations, lanes).check()
    assert "far too high" in caught.value.message and "recovery key" in caught.value.message


def test_the_recovery_key_resets_a_kdf_too_costly_to_open(vault_path, monkeypatch):
    import sqlite3

    from conftest import FAST_KDF, PASSPHRASE

    from journal_app.errors import WeakKdfParameters
    from journal_app.services.journal import Journal, reset_passphrase_with_recovery_key
    from journal_app.vault import crypto

    journal, key = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2026-11-02"})
    journal.lock()
    conn = sqlite3.connect(vault_path)
    conn.execute("UPDATE vault_header SET kdf_memory_kib = ?, kdf_iterations = 1000", (4 << 20,))
    conn.commit()
    conn.close()
    with pytest.raises(WeakKdfParameters):
        Journal.open(vault_path, PASSPHRASE)
    monkeypatch.setattr(crypto, "calibrate", lambda: FAST_KDF)  # measured settings
    reset_passphrase_with_recovery_key(vault_path, key, "a brand new passphrase for this")
    again = Journal.open(vault_path, "a brand new passphrase for this")
    assert len(again) == 1 and again.store.header.kdf == FAST_KDF
    again.lock()


# --- 8. terminal escape injection ---------------------------------------------------------

EVIL = "Group \x1b]0;pwned\x07\x1b[2J\x9b31m ended\x7f"


def test_control_characters_never_reach_the_terminal(journal, vault_path, tmp_path, capsys):
    from conftest import PASSPHRASE

    from journal_app.cli import run

    record = journal.add(
        {"type": "reflection", "date": "2026-10-05", "title": EVIL,
         "fields": {"model": "free", "text": f"line one\n{EVIL}\tend"}}
    )  # fmt: skip
    journal.lock()
    passfile = tmp_path / "p.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    base = ["--vault", str(vault_path), "--passphrase-file", str(passfile)]
    for argv in (["list"], ["show", record.id], ["search", "ended"], ["history", record.id]):
        assert run([*base, *argv]) == 0
        out = capsys.readouterr().out
        assert not any(0x00 <= ord(c) < 0x20 and c not in "\t\n" for c in out), argv
        assert not any(0x7F <= ord(c) <= 0x9F for c in out), argv
        assert "␛]0;pwned␇␛[2J" in out, argv  # visible, not acted on
    # JSON output keeps the text exactly.
    assert run([*base, "show", record.id, "--json"]) == 0
    import json

    assert json.loads(capsys.readouterr().out)["title"] == " ".join(EVIL.split())


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_control_characters_never_reach_a_pack(fmt):
    from datetime import date

    from journal_app.domain.schema import record_from_input
    from journal_app.export.html import render_html
    from journal_app.export.markdown import render_markdown
    from journal_app.services.pack import PackOptions, build_pack
    from journal_app.services.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    record = record_from_input(
        {"type": "reflection", "date": "2026-10-05", "title": EVIL, "share": "full",
         "fields": {"model": "free", "text": f"x {EVIL}\ty"}},
        vocab,
    )  # fmt: skip
    document = build_pack([record], vocab, PackOptions(date(2026, 10, 1), date(2026, 10, 31)))
    text = (render_markdown if fmt == "md" else render_html)(document.document)
    assert not any(0x00 <= ord(c) < 0x20 and c not in "\t\n" for c in text)
    assert not any(0x7F <= ord(c) <= 0x9F for c in text)
    assert "␛" in text


# --- 9. Markdown folder import followed links out of the folder --------------------------


def test_a_markdown_folder_import_skips_links_that_leave_it(journal, vault_path, tmp_path, capsys):
    from conftest import PASSPHRASE, symlink_or_skip

    from journal_app.cli import run

    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "diary.md").write_text("# My private diary\nNot for this journal", "utf-8")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "2026-10-01 group.md").write_text("# Group\nIt went well", "utf-8")
    symlink_or_skip(notes / "outside", secret)  # a folder link out
    (notes / "inside").mkdir()
    (notes / "inside" / "kept.md").write_text("# Kept\nA note", "utf-8")
    try:
        (notes / "leak.md").symlink_to(secret / "diary.md")  # a file link out
    except OSError:
        pytest.skip("no symbolic links here")
    journal.lock()
    passfile = tmp_path / "p.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    code = run(["--vault", str(vault_path), "--passphrase-file", str(passfile),
                "import", str(notes), "--format", "markdown"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Imported 2 entries" in captured.out
    assert "skipped 2 link(s) that lead out of the folder" in captured.err
    assert "leak.md" in captured.err and "outside/" in captured.err
    from journal_app.services.journal import Journal

    again = Journal.open(vault_path, PASSPHRASE)
    assert sorted(r.title for r in again.records()) == ["Group", "Kept"]
    again.lock()


# --- 12. MAC comparisons in constant time -----------------------------------------------


def test_mac_checks_compare_in_constant_time(journal, monkeypatch):
    """verify and every save compare MACs with hmac.compare_digest, never ==."""
    from journal_app.vault import manifest

    calls = []
    real = manifest.compare_digest

    def spy(a, b):
        calls.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(manifest, "compare_digest", spy)
    record = journal.add({"type": "checkin", "date": "2026-11-02"})
    journal.edit(record.id, {"title": "again"})
    assert journal.verify() == []
    assert calls and all(pair == (32, 32) for pair in calls)
    assert manifest.macs_equal(b"x" * 32, b"x" * 32)
    assert not manifest.macs_equal("x" * 32, b"x" * 32)  # a TEXT column is never equal
    assert not manifest.macs_equal(b"x" * 32, None)


# --- 7. world-readable files, and a team folder taken over --------------------------------

posix = pytest.mark.skipif(__import__("os").name != "posix", reason="POSIX permissions")


@posix
def test_the_pre_migration_copy_is_private(tmp_path):
    """Upgrading a journal of an older format (at its first write) keeps a copy first;
    it holds the whole journal, so it is 0600 like the journal, whatever the umask."""
    import json
    import os
    import shutil
    import stat
    from pathlib import Path

    from journal_app.services.journal import Journal

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    golden = json.loads((fixtures / "golden-v1.json").read_text("utf-8"))
    vault = tmp_path / "old.pswvault"
    shutil.copy(fixtures / "golden-v1.pswvault", vault)
    old_umask = os.umask(0o022)
    try:
        journal = Journal.open(vault, golden["passphrase"])
        journal.save_settings(journal.settings())  # the first write upgrades the file
        journal.lock()
    finally:
        os.umask(old_umask)
    copies = list(tmp_path.glob("*.pre-migration-*.bak"))
    assert copies, "the migration keeps a copy"
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600


@posix
def test_an_existing_backup_folder_keeps_its_permissions(journal, tmp_path):
    import os
    import stat
    from datetime import datetime

    from journal_app.paths import open_to_others
    from journal_app.services.auto_backup import run_automatic_backup

    team = tmp_path / "team share"
    team.mkdir()
    os.chmod(team, 0o2775)
    assert open_to_others(team)
    out = run_automatic_backup(journal, team, now=datetime(2026, 11, 2, 9))
    assert out is not None and out.exists()
    assert stat.S_IMODE(team.stat().st_mode) == 0o2775  # not taken over (was 0700)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    fresh = tmp_path / "new folder" / "deeper"
    run_automatic_backup(journal, fresh, now=datetime(2026, 11, 3, 9))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700  # one it makes is private
    assert not open_to_others(fresh)


# --- 12. the log holds no record counts per unlock -----------------------------------------


def test_the_log_does_not_count_the_journals_entries(journal, vault_path, tmp_path):
    import logging

    from conftest import PASSPHRASE

    from journal_app.logsetup import configure_logging
    from journal_app.services.journal import Journal

    for day in range(1, 8):
        journal.add({"type": "checkin", "date": f"2026-11-0{day}"})
    journal.lock()
    path = configure_logging(tmp_path / "logs")
    try:
        Journal.open(vault_path, PASSPHRASE).lock()
    finally:
        for handler in logging.getLogger("journal_app").handlers:
            handler.flush()
    text = path.read_text("utf-8")
    assert "unlocked" in text and "7" not in text.split("unlocked", 1)[1].splitlines()[0]
    assert "7 records" not in text


# --- 2. only verify checked the manifest ---------------------------------------------------


def _raw(vault_path, *statements):
    import sqlite3

    conn = sqlite3.connect(vault_path)
    for sql, args in statements:
        conn.execute(sql, args)
    conn.commit()
    conn.close()


def test_a_record_removed_with_its_manifest_entry_is_reported_at_unlock(
    journal, vault_path, tmp_path, capsys
):
    from conftest import PASSPHRASE

    from journal_app.cli import run
    from journal_app.services.journal import Journal

    kept = journal.add({"type": "checkin", "date": "2026-11-01"})
    gone = journal.add({"type": "checkin", "date": "2026-11-02"})
    journal.lock()
    _raw(
        vault_path,
        ("DELETE FROM records WHERE id = ?", (gone.id,)),
        ("DELETE FROM manifest WHERE record_id = ?", (gone.id,)),
    )
    again = Journal.open(vault_path, PASSPHRASE)
    assert [r.id for r in again.records()] == [kept.id]
    assert again.damaged == [] and again.changed_outside == []  # no record shows it...
    assert [p.kind for p in again.state_problems] == ["manifest_state"]  # ...the state does
    again.lock()
    passfile = tmp_path / "p.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert run(["--vault", str(vault_path), "--passphrase-file", str(passfile), "list"]) == 0
    err = capsys.readouterr().err
    assert "changed outside the app" in err and "psw-journal verify" in err


def test_a_purged_record_put_back_from_an_older_copy_is_reported_at_unlock(
    journal, vault_path, tmp_path
):
    import shutil
    import sqlite3

    from conftest import PASSPHRASE

    from journal_app.services.journal import Journal

    record = journal.add({"type": "checkin", "date": "2026-11-01", "title": "soon purged"})
    journal.lock()
    old_copy = tmp_path / "old.pswvault"
    shutil.copy(vault_path, old_copy)
    again = Journal.open(vault_path, PASSPHRASE)
    again.move_to_trash(record.id)
    again.empty_trash()
    again.lock()
    old = sqlite3.connect(old_copy)
    row = old.execute("SELECT id, revision, blob FROM records").fetchone()
    entry = old.execute("SELECT record_id, revision, ct_hash, mac FROM manifest").fetchone()
    old.close()
    _raw(
        vault_path,
        ("INSERT INTO records (id, revision, blob) VALUES (?,?,?)", row),
        ("INSERT INTO manifest (record_id, revision, ct_hash, mac) VALUES (?,?,?,?)", entry),
    )
    reopened = Journal.open(vault_path, PASSPHRASE)
    assert [r.title for r in reopened.records()] == ["soon purged"]  # it authenticates...
    assert reopened.state_problems  # ...but the state says it should not be there
    reopened.lock()


def test_a_clean_journal_has_no_state_problems(journal, vault_path):
    from conftest import PASSPHRASE

    from journal_app.services.journal import Journal

    record = journal.add({"type": "checkin", "date": "2026-11-01"})
    journal.edit(record.id, {"title": "edited"})
    journal.move_to_trash(record.id)
    journal.lock()
    again = Journal.open(vault_path, PASSPHRASE)
    assert again.state_problems == []
    again.lock()
