"""Disk-full and I/O errors injected during save, backup and passphrase change
(SECURITY.md: "the save fails with a clear message, the editor keeps the unsaved
text, nothing already saved is touched")."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.domain.records import Record
from journal_app.errors import StorageError, WrongPassphrase
from journal_app.services.journal import Journal
from journal_app.vault import store as store_module

NEW_PASSPHRASE = "a new passphrase that never takes"
BIG_TEXT = "unsaved words " * 12_000  # ~170 KB: needs new pages whatever is free
NO_LIMIT = 1_073_741_823


def _snapshot(journal: Journal) -> dict[str, dict[str, Any]]:
    return {r.id: r.to_dict() for r in journal.records()}


def _populate(journal: Journal) -> dict[str, dict[str, Any]]:
    journal.add({"type": "checkin", "date": "2024-03-01", "fields": {"mood": 6, "note": "ok"}})
    reflection = journal.add(
        {
            "type": "reflection",
            "date": "2024-03-02",
            "title": "A hard session",
            "tags": ["boundaries"],
            "fields": {"model": "free", "text": "What happened " * 200},
        }
    )
    journal.add(
        {
            "type": "supervision",
            "date": "2024-03-03",
            "fields": {
                "agenda": "caseload",
                "actions": [{"text": "book training", "due": "2024-04-01"}],
            },
        }
    )
    journal.edit(reflection.id, {"fields": {"feelings": "tired but hopeful"}})
    return _snapshot(journal)


def _checkin_id(journal: Journal) -> str:
    return next(r.id for r in journal.records() if r.type.value == "checkin")


def _fill_disk(journal: Journal) -> None:
    """Let the file grow no further: SQLite then fails writes with SQLITE_FULL."""
    conn = journal.store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    assert conn.execute(f"PRAGMA max_page_count = {pages}").fetchone()[0] == pages


def _lift_limit(journal: Journal) -> None:
    journal.store._conn.execute(f"PRAGMA max_page_count = {NO_LIMIT}")


def _integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def _assert_reopens_as(path: Path, expected: dict[str, dict[str, Any]]) -> None:
    journal = Journal.open(path, PASSPHRASE)
    try:
        assert _snapshot(journal) == expected
        assert journal.damaged == []
        assert journal.verify() == []
        assert _integrity_ok(path)
    finally:
        journal.lock()


def _assert_disk_message(error: StorageError) -> None:
    assert "disk" in error.message.lower()
    assert "unsaved words" not in error.message


class FailingConnection:
    """Wraps the store's sqlite3 connection; statements matching `fails` raise
    `error` instead of running (what SQLite raises when the disk refuses)."""

    def __init__(
        self, conn: sqlite3.Connection, fails: Callable[[str], bool], error: Exception
    ) -> None:
        self._conn = conn
        self._fails = fails
        self._error = error
        self.failures = 0

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if self._fails(sql):
            self.failures += 1
            raise self._error
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


FAULTS = {
    "full_at_write": (
        lambda sql: sql.lstrip().upper().startswith(("INSERT", "UPDATE")),
        sqlite3.OperationalError("database or disk is full"),
    ),
    "io_error_at_commit": (
        lambda sql: sql.strip().upper() == "COMMIT",
        sqlite3.OperationalError("disk I/O error"),
    ),
}


# --- save ----------------------------------------------------------------------


def test_edit_on_full_disk_fails_clearly_and_keeps_the_saved_version(
    journal: Journal, vault_path: Path
) -> None:
    before = _populate(journal)
    record_id = next(r.id for r in journal.records() if r.title == "A hard session")
    _fill_disk(journal)

    with pytest.raises(StorageError) as failed:
        journal.edit(record_id, {"fields": {"text": BIG_TEXT}})
    _assert_disk_message(failed.value)
    assert journal.get(record_id).to_dict() == before[record_id]
    assert journal.search("unsaved") == []  # the search index was not updated either
    assert _snapshot(journal) == before

    _lift_limit(journal)
    assert journal.verify() == []
    assert _snapshot(journal) == before
    journal.lock()
    _assert_reopens_as(vault_path, before)


def test_new_record_on_full_disk_is_not_kept(journal: Journal, vault_path: Path) -> None:
    before = _populate(journal)
    _fill_disk(journal)

    with pytest.raises(StorageError) as failed:
        journal.add({"type": "checkin", "date": "2024-03-04", "fields": {"note": BIG_TEXT}})
    _assert_disk_message(failed.value)
    assert _snapshot(journal) == before

    journal.lock()  # reopening drops the connection's page limit
    _assert_reopens_as(vault_path, before)


def test_save_succeeds_once_space_is_freed(journal: Journal, vault_path: Path) -> None:
    """The editor keeps the unsaved text; saving it again after the failure works."""
    before = _populate(journal)
    record_id = _checkin_id(journal)
    _fill_disk(journal)
    with pytest.raises(StorageError):
        journal.edit(record_id, {"fields": {"note": BIG_TEXT}})

    _lift_limit(journal)
    saved = journal.edit(record_id, {"fields": {"note": BIG_TEXT}})
    journal.lock()
    _assert_reopens_as(vault_path, {**before, record_id: saved.to_dict()})


def test_save_many_on_full_disk_stores_none_of_the_batch(
    journal: Journal, vault_path: Path
) -> None:
    before = _populate(journal)
    _fill_disk(journal)
    batch = [
        Record.from_stored(
            {
                "id": f"00000000-0000-4000-8000-00000000000{i}",
                "type": "checkin",
                "date": "2024-03-05",
                "created": "2024-03-05T10:00:00+00:00",
                "updated": "2024-03-05T10:00:00+00:00",
                "fields": {"note": f"imported {i} " + BIG_TEXT[: 30_000 * i]},
            }
        )
        for i in range(1, 6)
    ]
    with pytest.raises(StorageError):
        journal.save_many(batch)
    assert _snapshot(journal) == before
    journal.lock()
    _assert_reopens_as(vault_path, before)


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_injected_write_error_during_save_changes_nothing(
    journal: Journal, vault_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    before = _populate(journal)
    record_id = _checkin_id(journal)
    failing = FailingConnection(journal.store._conn, *FAULTS[fault])
    monkeypatch.setattr(journal.store, "_conn", failing)

    with pytest.raises(StorageError) as failed:
        journal.edit(record_id, {"fields": {"note": "never saved"}})
    assert failing.failures == 1
    _assert_disk_message(failed.value)
    assert _snapshot(journal) == before

    monkeypatch.setattr(journal.store, "_conn", failing._conn)
    assert journal.verify() == []
    journal.lock()
    _assert_reopens_as(vault_path, before)


# --- backup --------------------------------------------------------------------


def _digests(vault_path: Path) -> dict[str, str]:
    """The vault's main file and WAL, which a backup must not change."""
    out = {}
    for path in (vault_path, vault_path.with_name(vault_path.name + "-wal")):
        if path.exists():
            out[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _no_space(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _full_backup_target(monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup's new file may hold only two pages: the copy fills the disk midway."""
    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(store_module.sqlite3, "connect", connect)


BACKUP_FAULTS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "replace_enospc": lambda m: m.setattr(os, "replace", _no_space),
    "fsync_enospc": lambda m: m.setattr(os, "fsync", _no_space),
    "disk_fills_during_copy": _full_backup_target,
}


@pytest.mark.parametrize("fault", sorted(BACKUP_FAULTS))
def test_backup_on_full_disk_leaves_no_partial_file_and_keeps_the_old_backup(
    journal: Journal, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    before = _populate(journal)
    target_dir = tmp_path / "backups"
    target_dir.mkdir()
    target = target_dir / "b.bak"
    journal.backup(target)
    old_backup = target.read_bytes()
    journal.add({"type": "checkin", "date": "2024-03-09", "fields": {"mood": 3}})
    before = _snapshot(journal)
    vault_digests = _digests(vault_path)

    with monkeypatch.context() as patched:
        BACKUP_FAULTS[fault](patched)
        with pytest.raises(StorageError) as failed:
            journal.backup(target)
    _assert_disk_message(failed.value)
    assert "full" in failed.value.message.lower()
    assert sorted(os.listdir(target_dir)) == ["b.bak"], "a partial backup was left behind"
    assert target.read_bytes() == old_backup
    assert _digests(vault_path) == vault_digests
    assert journal.verify() == []
    assert _snapshot(journal) == before

    journal.backup(target)  # space again: the next backup works
    journal.lock()
    _assert_reopens_as(vault_path, before)
    _assert_reopens_as(target, before)


def test_backup_into_missing_or_read_only_dir_fails_cleanly(
    journal: Journal, vault_path: Path, tmp_path: Path
) -> None:
    before = _populate(journal)
    with pytest.raises(StorageError) as failed:
        journal.backup(tmp_path / "no such dir" / "b.bak")
    _assert_disk_message(failed.value)

    if os.name == "posix" and os.geteuid() != 0:  # root writes anywhere
        read_only = tmp_path / "read-only"
        read_only.mkdir()
        read_only.chmod(0o500)
        try:
            with pytest.raises(StorageError):
                journal.backup(read_only / "b.bak")
            assert os.listdir(read_only) == []
        finally:
            read_only.chmod(0o700)
    journal.lock()
    _assert_reopens_as(vault_path, before)


# --- passphrase change ---------------------------------------------------------


def _assert_only_old_passphrase_opens(path: Path, recovery_key: str) -> None:
    Journal.open(path, PASSPHRASE).lock()
    with pytest.raises(WrongPassphrase):
        Journal.open(path, NEW_PASSPHRASE)
    Journal.open_with_recovery_key(path, recovery_key).lock()


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_passphrase_change_write_error_keeps_old_passphrase_and_recovery_key(
    journal: Journal, vault_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    before = _populate(journal)
    header = journal.store.header
    failing = FailingConnection(journal.store._conn, *FAULTS[fault])
    monkeypatch.setattr(journal.store, "_conn", failing)

    with pytest.raises(StorageError) as failed:
        journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    assert failing.failures == 1
    _assert_disk_message(failed.value)
    assert journal.store.header == header  # the open journal still holds the old slot

    monkeypatch.setattr(journal.store, "_conn", failing._conn)
    journal.add({"type": "checkin", "date": "2024-03-10", "fields": {"mood": 8}})
    after = _snapshot(journal)
    journal.lock()
    _assert_only_old_passphrase_opens(vault_path, journal.recovery_key)  # type: ignore[attr-defined]
    _assert_reopens_as(vault_path, after)
    assert len(after) == len(before) + 1


def test_passphrase_change_on_full_disk_is_all_or_nothing(
    journal: Journal, vault_path: Path
) -> None:
    """With the file unable to grow, the change either fails cleanly or takes whole
    (rewrapping a key slot needs no new page, so SQLite may well let it through)."""
    before = _populate(journal)
    _fill_disk(journal)
    try:
        journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    except StorageError as failed:
        _assert_disk_message(failed)
        now_opens, now_refused = PASSPHRASE, NEW_PASSPHRASE
    else:
        now_opens, now_refused = NEW_PASSPHRASE, PASSPHRASE
    journal.lock()
    Journal.open(vault_path, now_opens).lock()
    with pytest.raises(WrongPassphrase):
        Journal.open(vault_path, now_refused)
    by_recovery = Journal.open_with_recovery_key(vault_path, journal.recovery_key)  # type: ignore[attr-defined]
    try:
        assert _snapshot(by_recovery) == before
        assert by_recovery.verify() == []
    finally:
        by_recovery.lock()
