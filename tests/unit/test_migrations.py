"""Numbered migrations: a copy is taken before any runs; newer formats are refused."""

from __future__ import annotations

import sqlite3

import pytest

from journal_app.errors import MigrationFailed, UnsupportedFormat
from journal_app.services.journal import Journal
from journal_app.vault import migrations
from tests.conftest import PASSPHRASE


def test_a_migration_runs_once_after_copying_the_file(journal, vault_path, monkeypatch):
    record = journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 5}})
    journal.lock()
    ran = []

    old, new = migrations.LATEST, migrations.LATEST + 1

    def next_step(conn: sqlite3.Connection) -> None:
        # Counted on the file only: the schema check (vault.file_schema) also runs
        # the steps, on an in-memory database, to learn the schema they build.
        if conn.execute("PRAGMA database_list").fetchone()[2]:
            ran.append(True)
        conn.execute("CREATE TABLE settings_next (k TEXT PRIMARY KEY, v BLOB)")

    monkeypatch.setitem(migrations.MIGRATIONS, new, next_step)
    monkeypatch.setattr(migrations, "LATEST", new)

    copy = vault_path.with_name(vault_path.name + f".pre-migration-v{old}.bak")
    upgraded = Journal.open(vault_path, PASSPHRASE)
    try:
        assert upgraded.get(record.id).fields == {"mood": 5}
        assert upgraded.verify() == []
        # Reading migrated a copy in memory; the file is upgraded at the first write.
        assert not copy.exists()
        upgraded.add({"type": "checkin", "date": "2025-01-02", "fields": {"mood": 6}})
    finally:
        upgraded.lock()
    assert ran == [True]  # on disk, at the first write (reading migrated a copy in memory)
    assert copy.is_file()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old
    with sqlite3.connect(vault_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == new

    Journal.open(vault_path, PASSPHRASE).lock()  # already migrated: nothing runs again
    assert ran == [True]


def test_a_failed_migration_leaves_the_file_as_it_was(journal, vault_path, monkeypatch):
    journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 5}})
    journal.lock()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("simulated failure")

    old = migrations.LATEST
    monkeypatch.setitem(migrations.MIGRATIONS, old + 1, broken)
    monkeypatch.setattr(migrations, "LATEST", old + 1)
    with pytest.raises(MigrationFailed):
        Journal.open(vault_path, PASSPHRASE)
    with sqlite3.connect(vault_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names


def test_a_newer_format_is_refused(journal, vault_path):
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(UnsupportedFormat) as exc:
        Journal.open(vault_path, PASSPHRASE)
    assert "newer" in exc.value.message
