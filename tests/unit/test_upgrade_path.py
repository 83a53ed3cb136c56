"""The upgrade path: every golden vault in tests/fixtures/ (one per format version,
frozen when that version shipped) opens in this version and is brought up to the
latest schema, with a copy of the file as it was kept beside it. Reading migrates a
copy in memory and leaves the file as it is; the first write upgrades the file.

Today the latest schema is the one the newest golden vault has, so each test also
runs with one more migration step added (the way a future version will add one),
to prove the harness upgrades every golden vault, not only that it opens."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from journal_app.services.journal import Journal
from journal_app.vault import migrations

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLDEN = sorted(FIXTURES.glob("golden-v*.json"))


def _schema_version(path: Path) -> int:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def _records(journal: Journal) -> dict[str, dict]:
    return {r.id: r.to_dict() for r in journal.records()}


@pytest.fixture(params=GOLDEN, ids=[p.stem for p in GOLDEN])
def golden(request, tmp_path: Path):
    spec = json.loads(request.param.read_text("utf-8"))
    copy = tmp_path / "journal.pswvault"
    shutil.copyfile(FIXTURES / spec["vault"], copy)
    return spec, copy


def _schema_of(spec: dict) -> int:
    """Golden v1 predates the key: its schema and header format were both 1."""
    return spec.get("schema_version", spec["format_version"])


def test_there_is_a_golden_vault_for_every_schema_version():
    versions = {_schema_of(json.loads(p.read_text("utf-8"))) for p in GOLDEN}
    assert versions == set(range(1, migrations.LATEST + 1))


def _open_and_check(
    spec: dict, path: Path, secret: str = "passphrase", write: bool = False
) -> None:
    if secret == "passphrase":
        journal = Journal.open(path, spec["passphrase"])
    else:
        journal = Journal.open_with_recovery_key(path, spec["recovery_key"])
    try:
        assert journal.damaged == []
        assert _records(journal) == {r["id"]: r for r in spec["records"]}
        assert [r.to_dict() for r in journal.trash()] == spec.get("trash", [])
        for record_id, versions in spec.get("history", {}).items():
            old = [v for v in journal.history(record_id) if not v.current]
            assert [{"revision": v.revision, "record": v.record.to_dict()} for v in old] == versions
        for record_id, revision in spec.get("revisions", {}).items():
            assert journal.history(record_id)[0].revision == revision
        if "settings" in spec:
            assert journal.settings() == spec["settings"]
        assert journal.verify() == []
        if write:  # the first write upgrades the file
            journal.save_settings(journal.settings())
    finally:
        journal.lock()


def test_each_golden_vault_opens_at_the_latest_schema(golden):
    spec, path = golden
    _open_and_check(spec, path, write=True)
    assert _schema_version(path) == migrations.LATEST
    if _schema_of(spec) == migrations.LATEST:
        assert not list(path.parent.glob("*.pre-migration-*"))


@pytest.mark.parametrize("secret", ["passphrase", "recovery key"])
def test_each_golden_vault_is_upgraded_by_a_next_step_and_the_old_copy_kept(
    golden, monkeypatch, secret
):
    spec, path = golden
    ran: list[int] = []

    def next_step(conn: sqlite3.Connection) -> None:
        # Counted on the file only: the schema check (vault.file_schema) also runs
        # the steps, on an in-memory database, to learn the schema they build.
        if conn.execute("PRAGMA database_list").fetchone()[2]:
            ran.append(1)
        conn.execute("CREATE TABLE future_settings (k TEXT PRIMARY KEY, v BLOB)")

    future = migrations.LATEST + 1
    monkeypatch.setitem(migrations.MIGRATIONS, future, next_step)
    monkeypatch.setattr(migrations, "LATEST", future)

    _open_and_check(spec, path, secret, write=True)
    assert ran == [1]  # on disk once, at the first write (reading migrates a copy in memory)
    assert _schema_version(path) == future
    old = _schema_of(spec)
    kept = path.with_name(f"{path.name}.pre-migration-v{old}.bak")
    assert kept.is_file() and _schema_version(kept) == old
    # The kept copy is the journal as it was: it opens with the old schema's code.
    monkeypatch.setattr(migrations, "LATEST", future - 1)
    monkeypatch.delitem(migrations.MIGRATIONS, future)
    copy = path.with_name("kept.pswvault")
    shutil.copyfile(kept, copy)
    _open_and_check(spec, copy)
    # Opened again after the upgrade, nothing runs a second time.
    monkeypatch.setitem(migrations.MIGRATIONS, future, next_step)
    monkeypatch.setattr(migrations, "LATEST", future)
    _open_and_check(spec, path)
    assert ran == [1]
