"""The golden vault of format version 1 must open, forever, exactly as it was written.

tests/fixtures/golden-v1.pswvault was made once by tests/fixtures/make_golden_v1.py;
golden-v1.json holds its passphrase, recovery key and the records it must contain.
Even a read-only SQLite connection leaves -wal/-shm files beside a WAL database, so
every test works on a copy in tmp_path and the fixture itself is only ever read as bytes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from journal_app.errors import WrongPassphrase, WrongRecoveryKey
from journal_app.services.journal import Journal
from journal_app.vault.crypto import KdfParams
from journal_app.vault.header import HEADER_COLUMNS, header_from_row
from journal_app.vault.store import VaultStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLDEN_VAULT = FIXTURES / "golden-v1.pswvault"
GOLDEN_JSON = FIXTURES / "golden-v1.json"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def golden() -> dict:
    return json.loads(GOLDEN_JSON.read_text("utf-8"))


@pytest.fixture
def golden_copy(tmp_path: Path, golden: dict):
    """A private copy of the golden vault; afterwards, the fixture must be untouched."""
    before = _sha256(GOLDEN_VAULT)
    assert before == golden["vault_sha256"], "the golden vault file was changed"
    copy = tmp_path / "golden-copy.pswvault"
    shutil.copyfile(GOLDEN_VAULT, copy)
    yield copy
    assert _sha256(GOLDEN_VAULT) == before
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{GOLDEN_VAULT}{suffix}").exists()
    assert not list(FIXTURES.glob("*.bak"))


def _by_id(journal: Journal) -> dict[str, dict]:
    return {r.id: r.to_dict() for r in journal.records()}


def _assert_golden_content(journal: Journal, golden: dict) -> None:
    assert journal.damaged == []
    expected = {r["id"]: r for r in golden["records"]}
    got = _by_id(journal)
    assert sorted(got) == sorted(expected)
    for record_id, record in expected.items():
        assert got[record_id] == record, record_id
    for gone in golden["deleted_ids"]:
        assert gone not in got
    assert journal.verify() == []


def test_golden_files_are_consistent(golden: dict):
    assert golden["format_version"] == 1
    assert _sha256(GOLDEN_VAULT) == golden["vault_sha256"]
    types = {r["type"] for r in golden["records"]}
    assert types == {"reflection", "disclosure", "supervision", "checkin"}
    assert sorted(golden["revisions"]) == sorted(r["id"] for r in golden["records"])


def test_golden_vault_opens_with_its_passphrase(golden_copy: Path, golden: dict):
    journal = Journal.open(golden_copy, golden["passphrase"])
    try:
        _assert_golden_content(journal, golden)
    finally:
        journal.close()


def test_golden_vault_opens_with_its_recovery_key(golden_copy: Path, golden: dict):
    journal = Journal.open_with_recovery_key(golden_copy, golden["recovery_key"])
    try:
        _assert_golden_content(journal, golden)
    finally:
        journal.close()


def test_golden_vault_recovery_key_as_typed_by_hand(golden_copy: Path, golden: dict):
    typed = golden["recovery_key"].lower().replace("-", " ")
    journal = Journal.open_with_recovery_key(golden_copy, typed)
    try:
        assert sorted(_by_id(journal)) == sorted(r["id"] for r in golden["records"])
    finally:
        journal.close()


def test_golden_vault_header_and_revisions(golden_copy: Path, golden: dict):
    conn = sqlite3.connect(golden_copy)
    try:
        # The file is schema 1: the header has the first ten columns only.
        ten = ", ".join(c.strip() for c in HEADER_COLUMNS.split(",")[:10])
        header = header_from_row(
            conn.execute(f"SELECT {ten} FROM vault_header WHERE id = 1").fetchone()
        )
        revisions = dict(conn.execute("SELECT id, revision FROM records").fetchall())
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    assert header.format_version == golden["format_version"]
    assert user_version == golden["format_version"]
    assert header.kdf == KdfParams(**golden["kdf"])
    assert header.is_intact()
    assert revisions == golden["revisions"]


def test_golden_vault_refuses_wrong_secrets(golden_copy: Path, golden: dict):
    with pytest.raises(WrongPassphrase):
        Journal.open(golden_copy, golden["passphrase"] + " ")
    other_key = "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"
    assert other_key != golden["recovery_key"]
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(golden_copy, other_key)


def test_golden_vault_stays_readable_after_saving_to_the_copy(golden_copy: Path, golden: dict):
    """Opening an old vault and writing to it keeps every old record intact."""
    store = VaultStore.open(golden_copy)
    store.unlock(golden["passphrase"])
    journal = Journal.from_store(store)
    try:
        added = journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 5}})
        assert journal.verify() == []
    finally:
        journal.close()
    journal = Journal.open(golden_copy, golden["passphrase"])
    try:
        got = _by_id(journal)
        assert added.id in got
        for record in golden["records"]:
            assert got[record["id"]] == record
    finally:
        journal.close()


def test_golden_vault_holds_no_plaintext(golden: dict):
    data = GOLDEN_VAULT.read_bytes()
    for record in golden["records"]:
        for text in (record["title"], record["shared_summary"], *record["tags"]):
            if text:
                assert text.encode() not in data
        for value in record["fields"].values():
            if isinstance(value, str) and len(value) > 4:
                assert value.encode() not in data
    assert golden["passphrase"].encode() not in data


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_golden_v1", FIXTURES / "make_golden_v1.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("present", ["both", "vault", "json"])
def test_generator_refuses_to_overwrite_golden_files(tmp_path: Path, present: str):
    generator = _load_generator()
    if present in ("both", "vault"):
        shutil.copyfile(GOLDEN_VAULT, tmp_path / generator.VAULT_NAME)
    if present in ("both", "json"):
        shutil.copyfile(GOLDEN_JSON, tmp_path / generator.JSON_NAME)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(SystemExit):
        generator.main(tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
