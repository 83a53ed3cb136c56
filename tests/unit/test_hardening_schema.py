"""Issue 15, finding 5: tables, indexes, views or triggers that the format does not
define are reported as tampering (`verify` exits 4), nothing is written to a file
that holds them, and backups never copy them. A missing table is damage, named.

Each case builds a small vault, changes its schema with raw sqlite3 while the app has
it closed (or, once, while it is open), then goes through the app or the CLI."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from long_work import finish

from journal_app.cli import run
from journal_app.errors import JournalError, VaultCorrupt
from journal_app.services.auto_backup import run_automatic_backup
from journal_app.services.backup import restore_backup
from journal_app.services.journal import Journal
from journal_app.vault import migrations

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CHECKIN = {"type": "checkin", "date": "2025-01-01", "fields": {"note": "steady today"}}
CANARY = "CANARY-stash-5e1d"

# A table that keeps a copy of every new ciphertext, and the trigger that fills it.
STASH = "CREATE TABLE stash (blob BLOB, note TEXT)"
COPY_TRIGGER = (
    "CREATE TRIGGER copy_ct AFTER INSERT ON records "
    "BEGIN INSERT INTO stash (blob) VALUES (new.blob); END"
)
COPY_ON_UPDATE = (
    "CREATE TRIGGER copy_ct_update AFTER UPDATE ON records "
    "BEGIN INSERT INTO stash (blob) VALUES (new.blob); END"
)


def plant(vault: Path, *statements: str) -> None:
    """Change the file's schema as another program would, and close it (so its
    -wal is folded into the file: the file's bytes are then the whole journal)."""
    with contextlib.closing(sqlite3.connect(vault, isolation_level=None)) as conn:
        for sql in statements:
            conn.execute(sql)
        if any(s.startswith("CREATE TABLE stash") for s in statements):
            conn.execute("INSERT INTO stash (note) VALUES (?)", (CANARY,))


def stash_rows(vault: Path) -> int:
    with contextlib.closing(sqlite3.connect(vault)) as conn:
        return conn.execute("SELECT count(*) FROM stash WHERE blob IS NOT NULL").fetchone()[0]


def schema_of(path: Path) -> set[tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {(t, n) for t, n in conn.execute("SELECT type, name FROM sqlite_master")}


class Cli:
    def __init__(self, tmp: Path, capsys) -> None:
        self.tmp = tmp
        self.vault = tmp / "journal.pswvault"
        self.capsys = capsys
        self.passfile = tmp / "pass.txt"
        self.passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def __call__(self, *argv: str, vault: Path | None = None) -> tuple[int, str, str]:
        code = run(
            ["--vault", str(vault or self.vault), "--passphrase-file", str(self.passfile), *argv]
        )
        out, err = self.capsys.readouterr()
        return code, out, err

    def add(self, monkeypatch, record: dict = CHECKIN) -> tuple[int, str, str]:
        import io
        import sys

        monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(record)))
        return self("add", "--json", "-")


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> Cli:
    c = Cli(tmp_path, capsys)
    journal, _ = Journal.create(c.vault, PASSPHRASE, FAST_KDF)
    c.record_id = journal.add(CHECKIN).id  # type: ignore[attr-defined]
    journal.edit(c.record_id, {"fields": {"note": "steadier"}})  # one old revision
    journal.lock()
    return c


# --- verify -------------------------------------------------------------------------


def test_finding5_verify_exits_4_naming_a_planted_table_and_trigger(cli):
    assert cli("verify")[0] == 0
    plant(cli.vault, STASH, COPY_TRIGGER)
    code, out, err = cli("verify")
    assert code == 4, err
    assert "table 'stash'" in out and "trigger 'copy_ct'" in out
    assert "unexpected" not in err
    code, out, _ = cli("verify", "--json")
    report = json.loads(out)
    assert code == 4 and report["ok"] is False
    found = {(p["kind"], p["message"].split("'")[1]) for p in report["problems"]}
    assert found == {("foreign_object", "stash"), ("foreign_object", "copy_ct")}


def test_finding5_verify_names_a_planted_index_and_view(cli):
    plant(
        cli.vault,
        "CREATE INDEX by_blob ON records (blob)",
        "CREATE VIEW everything AS SELECT blob FROM records UNION ALL SELECT blob FROM history",
    )
    code, out, _ = cli("verify")
    assert code == 4
    assert "index 'by_blob'" in out and "view 'everything'" in out


def test_finding5_a_changed_table_definition_is_reported(cli):
    plant(cli.vault, "ALTER TABLE records ADD COLUMN spare BLOB")
    code, out, _ = cli("verify")
    assert code == 4
    assert "table 'records'" in out and "changed" in out


def test_finding5_a_planted_name_cannot_reach_the_terminal_raw(cli):
    plant(cli.vault, 'CREATE TABLE "evil\x1b[2J\x07" (x)')
    code, out, _ = cli("verify")
    assert code == 4
    assert "\x1b" not in out and "\x07" not in out
    assert "evil" in out


def test_finding5_sqlite_statistics_are_not_foreign(cli, monkeypatch):
    plant(cli.vault, "ANALYZE")
    assert ("table", "sqlite_stat1") in schema_of(cli.vault)
    assert cli("verify")[0] == 0
    assert cli.add(monkeypatch)[0] == 0


def test_finding5_the_expected_schema_follows_the_migrations(cli, monkeypatch):
    """A next schema step (as schema 3 adds header columns) needs no other change:
    the expected schema is what the migrations build."""

    def next_step(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE vault_header ADD COLUMN spare_one BLOB")
        conn.execute("CREATE TABLE settings_next (k TEXT PRIMARY KEY, v BLOB)")

    future = migrations.LATEST + 1
    monkeypatch.setitem(migrations.MIGRATIONS, future, next_step)
    monkeypatch.setattr(migrations, "LATEST", future)
    code, out, err = cli("verify")
    assert code == 0, out + err
    assert cli.add(monkeypatch)[0] == 0
    plant(cli.vault, STASH)
    assert cli("verify")[0] == 4


# --- writes are refused -------------------------------------------------------------


def test_finding5_a_write_is_refused_and_the_planted_trigger_never_fires(cli, monkeypatch):
    plant(cli.vault, STASH, COPY_TRIGGER, COPY_ON_UPDATE)
    before = cli.vault.read_bytes()
    code, _, err = cli.add(monkeypatch)
    assert code == 1
    assert "copy_ct" in err and "nothing was saved" in err and "unexpected" not in err
    code, _, err = cli("edit", cli.record_id, "--json", "-")
    assert code in (1, 2) and "unexpected" not in err
    assert stash_rows(cli.vault) == 0
    assert cli.vault.read_bytes() == before
    # Reading still works, with a warning that names verify.
    code, out, err = cli("list")
    assert code == 0 and cli.record_id in out
    assert "verify" in err and "not define" in err
    code, out, _ = cli("show", cli.record_id, "--json")
    assert code == 0 and json.loads(out)["fields"] == {"note": "steadier"}


def test_finding5_a_trigger_planted_while_the_journal_is_open_never_fires(tmp_path):
    vault = tmp_path / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    try:
        record = journal.add(CHECKIN)
        plant(vault, STASH, COPY_TRIGGER, COPY_ON_UPDATE)
        with pytest.raises(VaultCorrupt) as exc:
            journal.add(CHECKIN)
        assert "copy_ct" in exc.value.message
        with pytest.raises(VaultCorrupt):
            journal.edit(record.id, {"fields": {"note": "changed"}})
        assert journal.get(record.id).fields == {"note": "steady today"}
        assert [p.kind for p in journal.verify()] == ["foreign_object"] * 3
    finally:
        journal.lock()
    assert stash_rows(vault) == 0


def test_finding5_the_unlock_reports_the_foreign_objects(cli):
    plant(cli.vault, STASH, COPY_TRIGGER)
    journal = Journal.open(cli.vault, PASSPHRASE)
    try:
        assert sorted(p.message.split("'")[1] for p in journal.schema_problems) == [
            "copy_ct",
            "stash",
        ]
        assert len(journal) == 1  # the words are still there to read
    finally:
        journal.lock()


# --- missing tables -----------------------------------------------------------------


@pytest.mark.parametrize("table", ["history", "manifest_state", "manifest", "records"])
def test_finding5_a_dropped_table_is_named_damage(cli, monkeypatch, table):
    plant(cli.vault, f"DROP TABLE {table}")
    code, out, err = cli("verify")
    assert code == 4, err
    assert f"table '{table}' is missing" in out
    assert "unexpected" not in err
    code, out, err = cli("list")
    assert "unexpected" not in err
    assert code == 0 and table in err and "verify" in err
    code, _, err = cli.add(monkeypatch)
    assert code == 1 and table in err and "unexpected" not in err
    assert ("table", table) not in schema_of(cli.vault)  # nothing stands in for it on disk


def test_finding5_a_dropped_header_table_is_named_damage(cli):
    plant(cli.vault, "DROP TABLE vault_header")
    code, out, err = cli("verify")
    assert code == 4
    assert "table 'vault_header' is missing" in out and "unexpected" not in err
    code, _, err = cli("list")
    assert code == 1 and "vault_header" in err and "unexpected" not in err


# --- older schemas ------------------------------------------------------------------


def test_finding5_an_older_file_with_a_planted_trigger_is_not_upgraded(tmp_path, capsys):
    vault = tmp_path / "golden-v1.pswvault"
    shutil.copyfile(FIXTURES / "golden-v1.pswvault", vault)
    plant(vault, STASH, COPY_TRIGGER)
    before = vault.read_bytes()
    with pytest.raises(VaultCorrupt) as exc:
        Journal.open(vault, "x")
    assert "copy_ct" in exc.value.message and "not upgraded" in exc.value.message
    cli = Cli(tmp_path, capsys)
    code, out, _ = cli("verify", vault=vault)
    assert code == 4 and "trigger 'copy_ct'" in out
    assert vault.read_bytes() == before
    assert not list(tmp_path.glob("*.pre-migration-*"))


# --- backups ------------------------------------------------------------------------


def test_finding5_a_backup_leaves_out_planted_objects(cli):
    plant(cli.vault, STASH, COPY_TRIGGER, "CREATE INDEX by_blob ON records (blob)")
    backup = cli.tmp / "copy.pswbackup"
    code, _, err = cli("backup", str(backup))
    assert code == 0, err
    names = {n for _t, n in schema_of(backup)}
    assert not names & {"stash", "copy_ct", "by_blob"}
    assert CANARY.encode() not in backup.read_bytes()
    code, out, err = cli("verify", vault=backup)
    assert code == 0, out + err
    code, out, _ = cli("show", cli.record_id, "--json", vault=backup)
    assert json.loads(out)["fields"] == {"note": "steadier"}


def test_finding5_an_automatic_backup_leaves_out_planted_objects(cli):
    plant(cli.vault, STASH, COPY_TRIGGER)
    journal = Journal.open(cli.vault, PASSPHRASE)
    try:
        out = run_automatic_backup(journal, cli.tmp / "auto", now=datetime(2025, 6, 1, 12))
    finally:
        journal.lock()
    assert out is not None
    assert not {n for _t, n in schema_of(out)} & {"stash", "copy_ct"}
    assert CANARY.encode() not in out.read_bytes()


def test_finding5_restore_leaves_out_planted_objects_and_says_so(cli):
    backup = cli.tmp / "copy.pswbackup"
    assert cli("backup", str(backup))[0] == 0
    plant(backup, STASH, COPY_TRIGGER)  # a backup changed after it was written
    target = cli.tmp / "restored" / "journal.pswvault"
    code, _, err = cli("restore", str(backup), vault=target)
    assert code == 0, err
    assert "copy_ct" in err and "left out" in err
    assert not {n for _t, n in schema_of(target)} & {"stash", "copy_ct"}
    assert CANARY.encode() not in target.read_bytes()
    assert cli("verify", vault=target)[0] == 0
    count, problems = restore_backup(backup, cli.tmp / "again.pswvault", PASSPHRASE)
    assert count >= 1
    assert {p.kind for p in problems} == {"foreign_object"}


# --- the app ------------------------------------------------------------------------


def test_finding5_the_app_shows_foreign_objects_as_a_failed_check(tmp_path, qtbot, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from journal_app.gui.main_window import MainWindow
    from journal_app.gui.messages import user_message
    from journal_app.gui.session import Session
    from journal_app.gui.settings import AppSettings

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(tmp_path / "v.pswvault", settings, kdf=FAST_KDF)
    finish(qtbot, session.create(PASSPHRASE))
    session.save(None, CHECKIN)
    session.lock()
    plant(session.vault_path, STASH, COPY_TRIGGER)
    finish(qtbot, session.unlock(PASSPHRASE))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window = MainWindow(session)
    qtbot.addWidget(window, before_close_func=lambda _w: session.lock())
    window.report_integrity()
    [box] = shown
    assert "not define" in box.text() and "copy_ct" in box.text()
    with pytest.raises(JournalError) as exc:
        session.save(None, CHECKIN)
    assert "Nothing could be saved" in user_message(exc.value)
    assert "copy_ct" in user_message(exc.value)
    session.lock()
    assert stash_rows(session.vault_path) == 0


def test_finding5_a_backup_whose_schema_text_is_not_utf8_is_refused_typed(tmp_path):
    """Found by the byte-flip fuzz test: a flipped byte in a table's SQL makes SQLite's
    own error message undecodable (UnicodeDecodeError, not sqlite3.Error), which the
    copy's clean-up let through untyped ('unexpected error')."""
    from conftest import FAST_KDF

    from journal_app.errors import VaultCorrupt
    from journal_app.services.backup import restore_backup

    vault = tmp_path / "v.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2026-11-01"})
    backup = tmp_path / "b.pswvault"
    journal.backup(backup)
    journal.lock()
    data = bytearray(backup.read_bytes())
    at = data.index(b"NOT NULL", data.index(b"CREATE TABLE manifest_state")) + 4
    data[at] ^= 0x80  # "NOT \xceULL": not UTF-8, and SQLite's message quotes it
    backup.write_bytes(bytes(data))
    target = tmp_path / "restored" / "v.pswvault"
    with pytest.raises(VaultCorrupt) as refused:
        restore_backup(backup, target, PASSPHRASE)
    assert "too damaged to restore" in refused.value.message
    assert not target.exists()
