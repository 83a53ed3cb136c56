"""What a short command-line run loads: reading commands never load Qt or
sqlite-utils (the migrations are plain SQL: every open runs them on an in-memory
database to learn the expected schema, vault.file_schema), and a file at another
schema version still goes through the migrations."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from journal_app.services.journal import Journal
from journal_app.vault import migrations, store
from tests.conftest import FAST_KDF, PASSPHRASE

# Runs a command in a fresh interpreter, then prints which of the heavy modules it
# loaded, one a line, after a marker.
PROBE = """
import sys
from journal_app.cli import run
code = run(sys.argv[1:])
print("--loaded--")
heavy = ("PySide6", "sqlite_utils", "journal_app.gui", "journal_app.vault.migrations")
print("\\n".join(sorted(m for m in sys.modules if m.startswith(heavy))))
sys.exit(code)
"""


def _run(vault: Path, passfile: Path, *argv: str) -> tuple[int, list[str], str]:
    options = ["--vault", str(vault), "--passphrase-file", str(passfile)]
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *options, *argv],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    _, _, loaded = proc.stdout.partition("--loaded--\n")
    return proc.returncode, loaded.split(), proc.stderr


def _vault(tmp_path: Path) -> tuple[Path, Path]:
    vault = tmp_path / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"note": "steady"}})
    journal.lock()
    passfile = tmp_path / "passphrase"
    passfile.write_text(PASSPHRASE)
    return vault, passfile


def test_the_store_is_written_for_the_latest_schema():
    assert store.SCHEMA_VERSION == migrations.LATEST


def test_reading_commands_load_neither_qt_nor_sqlite_utils(tmp_path):
    vault, passfile = _vault(tmp_path)
    for argv in (["list"], ["search", "stead"], ["list", "--json"], ["verify"]):
        code, loaded, err = _run(vault, passfile, *argv)
        assert code == 0, (argv, err)
        assert loaded == ["journal_app.vault.migrations"], argv


def test_a_newer_schema_is_still_refused_without_the_migrations_preloaded(tmp_path):
    vault, passfile = _vault(tmp_path)
    with sqlite3.connect(vault) as conn:
        conn.execute("PRAGMA user_version = 99")
    code, loaded, err = _run(vault, passfile, "list")
    assert code == 1 and "newer" in err
    assert "journal_app.vault.migrations" in loaded
