"""Disk-full and I/O errors injected during save, backup and passphrase change
(SECURITY.md: "the save fails with a clear message, the editor keeps the unsaved
text, nothing already saved is touched")."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE
from sqlite_faults import cannot_open, disk_full, disk_io_error

from journal_app.cli import run
from journal_app.domain.records import Record
from journal_app.errors import JournalError, StorageError, WrongPassphrase
from journal_app.services.backup import restore_backup, restored_copy_path, swap_in_restored
from journal_app.services.importers import parse_import
from journal_app.services.journal import Journal
from journal_app.vault import backup as vault_backup
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


def _assert_reopens_as(
    path: Path, expected: dict[str, dict[str, Any]], passphrase: str = PASSPHRASE
) -> None:
    journal = Journal.open(path, passphrase)
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
        disk_full(),
    ),
    "io_error_at_commit": (
        lambda sql: sql.strip().upper() == "COMMIT",
        disk_io_error(),
    ),
}


# --- save ----------------------------------------------------------------------


def _edit_reflection(journal: Journal) -> None:
    record_id = next(r.id for r in journal.records() if r.title == "A hard session")
    journal.edit(record_id, {"fields": {"text": BIG_TEXT}})


def _add_checkin(journal: Journal) -> None:
    journal.add({"type": "checkin", "date": "2024-03-04", "fields": {"note": BIG_TEXT}})


def _save_a_batch(journal: Journal) -> None:
    """What an import stores: several records in one transaction."""
    journal.save_many(
        [
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
    )


WRITES: dict[str, Callable[[Journal], None]] = {
    "edit": _edit_reflection,
    "new-record": _add_checkin,
    "save-many": _save_a_batch,
}
DISK_FULL = "file_cannot_grow"  # the file may not grow: SQLite itself reports the full disk


def _break_disk(
    journal: Journal, fault: str, monkeypatch: pytest.MonkeyPatch
) -> FailingConnection | None:
    if fault == DISK_FULL:
        _fill_disk(journal)
        return None
    failing = FailingConnection(journal.store._conn, *FAULTS[fault])
    monkeypatch.setattr(journal.store, "_conn", failing)
    return failing


def _mend_disk(
    journal: Journal, failing: FailingConnection | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if failing is None:
        _lift_limit(journal)
    else:
        monkeypatch.setattr(journal.store, "_conn", failing._conn)


@pytest.mark.parametrize("fault", [DISK_FULL, *sorted(FAULTS)])
@pytest.mark.parametrize("write", sorted(WRITES))
def test_a_save_the_disk_refuses_fails_clearly_and_keeps_the_saved_version(
    journal: Journal, vault_path: Path, monkeypatch: pytest.MonkeyPatch, write: str, fault: str
) -> None:
    before = _populate(journal)
    failing = _break_disk(journal, fault, monkeypatch)

    with pytest.raises(StorageError) as failed:
        WRITES[write](journal)
    _assert_disk_message(failed.value)
    if failing is not None:
        assert failing.failures == 1
    for record_id, saved in before.items():
        assert journal.get(record_id).to_dict() == saved
    assert journal.search("unsaved") == []  # the search index was not updated either
    assert _snapshot(journal) == before

    _mend_disk(journal, failing, monkeypatch)
    assert journal.verify() == []
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
    # Said as the export says it (issue 17): which file, and that the folder is missing.
    assert failed.value.message == "could not write b.bak: the folder does not exist; " + (
        "nothing was changed"
    )

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


# === every write step (issue 6) ===================================================
#
# A FaultPlan sees every write the app makes through Python: SQL statements and SQLite
# backup copies (every connection is opened with `_FaultyConnection` as its factory),
# and the os calls that create, fsync, rename, link and make folders. A Step names one
# of them (its kind, a test on its detail, and which occurrence); the plan makes exactly
# that one fail with ENOSPC or EIO, as SQLite or the OS reports them. Each operation's
# list of steps is checked against a recording of the operation, so a write step added
# to the code later fails `test_*_steps_cover_every_write` until it is listed here.
# Where a test tries both errors at each step, the fast loop tries ENOSPC alone and
# leaves EIO to the whole suite (`pytest --slow`): half the cases, every step.

_WRITE_SQL = re.compile(
    r"^(BEGIN|COMMIT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|VACUUM"
    r"|PRAGMA\s+(JOURNAL_MODE|WAL_CHECKPOINT|USER_VERSION\s*=|PAGE_SIZE\s*=))",
    re.IGNORECASE,
)
_SQL_ERRORS = {"ENOSPC": disk_full, "EIO": disk_io_error}
ERRORS = sorted(_SQL_ERRORS)


def _error_param(*values: Any, error: str, errors: list[str], id: str) -> Any:
    """One case of a fault test; its EIO twin of an ENOSPC case is for the whole suite."""
    twin = error == "EIO" and "ENOSPC" in errors
    return pytest.param(*values, id=id, marks=pytest.mark.slow if twin else ())


def _normal_sql(sql: str) -> str:
    return " ".join(sql.split()).upper()


@dataclass(frozen=True)
class Step:
    name: str
    kind: str  # sql, copy, connect, create, fsync-file, fsync-dir, replace, rename, link, mkdir
    match: Callable[[str], bool] = lambda _detail: True
    occurrence: int = 1
    # The app deliberately ignores a failure here (e.g. fsync of a folder, which some
    # systems cannot do): the operation must then succeed and be complete.
    ignored: bool = False


def sql_step(name: str, prefix: str, occurrence: int = 1) -> Step:
    return Step(name, "sql", lambda sql: _normal_sql(sql).startswith(prefix), occurrence)


class FaultPlan:
    """Records write events; when armed, fails the armed step's occurrence."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []
        self._step: Step | None = None
        self._error = ""
        self._after = False  # the write happens, then the error is reported
        self._sticky = False  # every later write of the same kind fails too
        self._seen = 0
        self.fired = 0

    def arm(self, step: Step, error: str, *, after: bool = False, sticky: bool = False) -> None:
        self._step, self._error, self._after, self._sticky = step, error, after, sticky
        self._seen = 0
        self.fired = 0

    def disarm(self) -> None:
        self._step = None

    def record(self) -> list[tuple[str, str]]:
        self.events = []
        return self.events

    def check(self, kind: str, detail: str) -> tuple[Exception | None, bool]:
        """(error to raise or None, whether to raise it after doing the real write)."""
        if kind != "sql" or _WRITE_SQL.match(detail.strip()):
            self.events.append((kind, detail))
        step = self._step
        if step is None or step.kind != kind:
            return None, False
        if self.fired and self._sticky:
            self.fired += 1
            return self._exception(kind, detail), False
        if self.fired or not step.match(detail):
            return None, False
        self._seen += 1
        if self._seen != step.occurrence:
            return None, False
        self.fired += 1
        return self._exception(kind, detail), self._after

    def _exception(self, kind: str, detail: str) -> Exception:
        if kind in ("sql", "copy"):
            return _SQL_ERRORS[self._error]()
        if kind == "connect":
            return cannot_open()
        code = errno.ENOSPC if self._error == "ENOSPC" else errno.EIO
        return OSError(code, os.strerror(code), detail)


_PLAN = FaultPlan()


class _FaultyConnection(sqlite3.Connection):
    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        error, after = _PLAN.check("sql", sql)
        if error is not None and not after:
            raise error
        cursor = super().execute(sql, parameters)
        if error is not None:
            raise error
        return cursor

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        error, after = _PLAN.check("sql", sql)
        if error is not None and not after:
            raise error
        cursor = super().executemany(sql, parameters)
        if error is not None:
            raise error
        return cursor

    def backup(self, target: sqlite3.Connection, **kwargs: Any) -> None:
        error, after = _PLAN.check("copy", "backup")
        if error is not None and not after:
            raise error
        super().backup(target, **kwargs)
        if error is not None:
            raise error


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> Iterator[FaultPlan]:
    """Route the app's writes through a fresh FaultPlan (unarmed: it only records)."""
    global _PLAN
    _PLAN = FaultPlan()
    real_connect = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        name = str(database)
        if name == ":memory:":
            return real_connect(database, *args, **kwargs)  # the search index
        if "mode=ro" not in name:
            error, _ = _PLAN.check("connect", name)
            if error is not None:
                raise error
        kwargs.setdefault("factory", _FaultyConnection)
        return real_connect(database, *args, **kwargs)

    def through_plan(kind: str, real: Callable[..., Any], detail: Callable[..., str]):
        def call(*args: Any, **kwargs: Any) -> Any:
            error, after = _PLAN.check(kind, detail(*args))
            if error is not None and not after:
                raise error
            result = real(*args, **kwargs)
            if error is not None:
                raise error
            return result

        return call

    def fsync_kind(fd: int) -> str:
        return "fsync-dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync-file"

    real_open, real_fsync = os.open, os.fsync

    def os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT:
            error, _ = _PLAN.check("create", str(path))
            if error is not None:
                raise error
        return real_open(path, flags, *args, **kwargs)

    def fsync(fd: Any) -> None:
        fd = fd if isinstance(fd, int) else fd.fileno()
        error, _ = _PLAN.check(fsync_kind(fd), str(fd))
        if error is not None:
            raise error
        real_fsync(fd)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(os, "fsync", fsync)
    for kind, name in (("replace", "replace"), ("rename", "rename"), ("link", "link")):
        real = getattr(os, name)
        monkeypatch.setattr(os, name, through_plan(kind, real, lambda src, dst, *_: f"{dst}"))
    monkeypatch.setattr(os, "mkdir", through_plan("mkdir", os.mkdir, lambda p, *_: str(p)))
    yield _PLAN
    _PLAN.disarm()


def _assert_steps_cover(events: list[tuple[str, str]], steps: list[Step]) -> None:
    """Every recorded write is some step's kind and match, and every step happened."""
    unlisted = [e for e in events if not any(s.kind == e[0] and s.match(e[1]) for s in steps)]
    assert unlisted == [], f"write steps with no fault test: {unlisted}"
    for step in steps:
        hits = sum(1 for kind, detail in events if kind == step.kind and step.match(detail))
        assert hits >= step.occurrence, f"step {step.name} no longer happens"


def _step_params(steps: list[Step], errors: list[str] = ERRORS) -> list[Any]:
    return [
        _error_param(s, e, error=e, errors=errors, id=f"{s.name}-{e}")
        for s in steps
        for e in errors
    ]


def _listing(directory: Path) -> list[str]:
    """The folder's files, without SQLite's -wal and -shm, which come and go."""
    return sorted(n for n in os.listdir(directory) if not n.endswith(("-wal", "-shm")))


def _fresh_journal(path: Path) -> tuple[Journal, dict[str, dict[str, Any]]]:
    journal, recovery_key = Journal.create(path, PASSPHRASE, FAST_KDF)
    journal.recovery_key = recovery_key  # type: ignore[attr-defined]
    return journal, _populate(journal)


def _assert_clear_storage_error(error: BaseException) -> None:
    """StorageError, saying the disk is full or failed ('the disk is full', 'could not
    write ... (No space left on device)'), and naming no journal text."""
    assert isinstance(error, StorageError), f"{type(error).__name__}: {error}"
    message = error.message.lower()
    assert any(w in message for w in ("disk", "no space", "input/output")), error.message
    assert "unsaved words" not in message


# --- save: Journal.edit ------------------------------------------------------------

SAVE_STEPS = [
    sql_step("begin", "BEGIN"),
    sql_step("clear-history-slot", "DELETE FROM HISTORY "),
    sql_step("keep-old-revision", "INSERT INTO HISTORY "),
    sql_step("insert-record", "INSERT INTO RECORDS "),
    sql_step("insert-manifest-entry", "INSERT INTO MANIFEST "),
    sql_step("write-manifest-state", "INSERT INTO MANIFEST_STATE "),
    sql_step("commit", "COMMIT"),
]


def test_save_steps_cover_every_write(faults: FaultPlan, vault_path: Path) -> None:
    journal, _ = _fresh_journal(vault_path)
    events = faults.record()
    journal.edit(_checkin_id(journal), {"fields": {"note": "recorded"}})
    journal.add({"type": "checkin", "date": "2024-03-11", "fields": {"mood": 2}})
    journal.lock()
    _assert_steps_cover(events, SAVE_STEPS)


@pytest.mark.parametrize(("step", "error"), _step_params(SAVE_STEPS))
def test_save_fault_at_each_write_step_keeps_the_saved_state(
    faults: FaultPlan, vault_path: Path, step: Step, error: str
) -> None:
    journal, before = _fresh_journal(vault_path)
    record_id = _checkin_id(journal)
    listing = _listing(vault_path.parent)

    faults.arm(step, error)
    with pytest.raises(JournalError) as failed:
        journal.edit(record_id, {"fields": {"note": "unsaved words"}})
    faults.disarm()
    assert faults.fired == 1
    _assert_clear_storage_error(failed.value)
    assert _snapshot(journal) == before
    assert journal.search("unsaved") == []
    assert _listing(vault_path.parent) == listing
    assert journal.verify() == []

    # Space again: the editor's text saves on the next try, on the same open journal.
    saved = journal.edit(record_id, {"fields": {"note": "unsaved words"}})
    journal.lock()
    _assert_reopens_as(vault_path, {**before, record_id: saved.to_dict()})


@pytest.mark.parametrize("error", ERRORS)
def test_save_whose_commit_reports_an_error_after_writing_is_whole_either_way(
    faults: FaultPlan, vault_path: Path, error: str
) -> None:
    """The disk took the commit but reported a failure (say the fsync after it): the
    worker is told it failed and keeps the text; on disk the record is old or new,
    whole, and the manifest agrees."""
    journal, before = _fresh_journal(vault_path)
    record_id = _checkin_id(journal)
    faults.arm(SAVE_STEPS[-1], error, after=True)
    with pytest.raises(StorageError):
        journal.edit(record_id, {"fields": {"note": "maybe saved"}})
    faults.disarm()
    assert journal.verify() == []
    journal.lock()
    reopened = Journal.open(vault_path, PASSPHRASE)
    try:
        after = _snapshot(reopened)
        assert reopened.verify() == [] and reopened.damaged == []
    finally:
        reopened.lock()
    assert _integrity_ok(vault_path)
    assert {k: v for k, v in after.items() if k != record_id} == {
        k: v for k, v in before.items() if k != record_id
    }
    assert after[record_id]["fields"].get("note") in (
        before[record_id]["fields"]["note"],
        "maybe saved",
    )


# --- import: parse_import, then Journal.save_many (and `psw-journal import`) -------

IMPORT_SIZE = 5
IMPORT_STEPS = [
    sql_step("begin", "BEGIN"),
    *(sql_step(f"insert-record-{n}", "INSERT INTO RECORDS ", n) for n in (1, 3, IMPORT_SIZE)),
    *(sql_step(f"insert-manifest-entry-{n}", "INSERT INTO MANIFEST ", n) for n in (1, 3, 5)),
    sql_step("write-manifest-state", "INSERT INTO MANIFEST_STATE "),
    sql_step("commit", "COMMIT"),
]


def _jrnl_export(directory: Path) -> Path:
    entries = [
        {"date": f"2023-0{n}-1{n}", "title": f"Imported {n}", "body": f"text {n} " * 400}
        for n in range(1, IMPORT_SIZE + 1)
    ]
    path = directory / "export.json"
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def test_import_steps_cover_every_write(
    faults: FaultPlan, vault_path: Path, tmp_path: Path
) -> None:
    journal, _ = _fresh_journal(vault_path)
    records = parse_import(_jrnl_export(tmp_path), "jrnl-json", journal.vocabulary)
    events = faults.record()
    journal.save_many(records)
    journal.lock()
    _assert_steps_cover(events, IMPORT_STEPS)


@pytest.mark.parametrize(("step", "error"), _step_params(IMPORT_STEPS))
def test_import_fault_at_each_write_step_stores_none_of_the_batch(
    faults: FaultPlan, vault_path: Path, tmp_path: Path, step: Step, error: str
) -> None:
    journal, before = _fresh_journal(vault_path)
    source = _jrnl_export(tmp_path)
    records = parse_import(source, "jrnl-json", journal.vocabulary)
    listing = _listing(vault_path.parent)

    faults.arm(step, error)
    with pytest.raises(JournalError) as failed:
        journal.save_many(records)
    faults.disarm()
    assert faults.fired == 1
    _assert_clear_storage_error(failed.value)
    assert _snapshot(journal) == before
    assert journal.search("text") == []
    assert _listing(vault_path.parent) == listing
    assert journal.verify() == []

    again = parse_import(source, "jrnl-json", journal.vocabulary)
    journal.save_many(again)  # space again: the same import works
    journal.lock()
    _assert_reopens_as(vault_path, {**before, **{r.id: r.to_dict() for r in again}})


@pytest.mark.parametrize("error", ERRORS)
def test_import_whose_commit_reports_an_error_after_writing_is_all_there_or_none(
    faults: FaultPlan, vault_path: Path, tmp_path: Path, error: str
) -> None:
    journal, before = _fresh_journal(vault_path)
    records = parse_import(_jrnl_export(tmp_path), "jrnl-json", journal.vocabulary)
    faults.arm(IMPORT_STEPS[-1], error, after=True)
    with pytest.raises(StorageError):
        journal.save_many(records)
    faults.disarm()
    journal.lock()
    imported = {r.id: r.to_dict() for r in records}
    reopened = Journal.open(vault_path, PASSPHRASE)
    try:
        assert _snapshot(reopened) in (before, {**before, **imported})
        assert reopened.verify() == [] and reopened.damaged == []
    finally:
        reopened.lock()


def _cli(vault: Path, passphrase_file: Path, *argv: str) -> list[str]:
    return ["--vault", str(vault), "--passphrase-file", str(passphrase_file), *argv]


def _assert_clean_cli_failure(code: int, err: str) -> None:
    assert code == 1, err
    assert "Traceback" not in err and "unexpected error" not in err, err
    assert err.startswith("psw-journal: "), err
    assert any(w in err.lower() for w in ("disk", "no space", "input/output")), err
    assert "damaged" not in err and "not a readable" not in err, err  # the disk, not the file


@pytest.mark.parametrize(("step", "error"), _step_params(IMPORT_STEPS))
def test_cli_import_fault_at_each_write_step_exits_1_and_stores_nothing(
    faults: FaultPlan,
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    step: Step,
    error: str,
) -> None:
    journal, before = _fresh_journal(vault_path)
    journal.lock()
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    source = _jrnl_export(tmp_path)

    faults.arm(step, error)
    code = run(_cli(vault_path, passphrase_file, "import", str(source), "--format", "jrnl-json"))
    faults.disarm()
    out, err = capsys.readouterr()
    assert faults.fired == 1
    _assert_clean_cli_failure(code, err)
    assert out == ""
    _assert_reopens_as(vault_path, before)


# --- backup: Journal.backup (VaultStore.backup_to) and `psw-journal backup` ----------


def _is_partial(path: str) -> bool:
    return ".partial-" in Path(path).name


def _is_pending_note(path: str) -> bool:
    """The note in the data folder that names the temporary file while it is written
    (disk/temp_files.py): a failure to write it must not fail the backup."""
    from journal_app.paths import data_dir

    return path.startswith(str(data_dir()))


BACKUP_STEPS = [
    Step("make-pending-folder", "mkdir", _is_pending_note, ignored=True),
    Step("note-pending", "create", _is_pending_note, ignored=True),
    Step("create-temp-file", "create", _is_partial),
    Step("connect-temp-file", "connect", _is_partial),
    Step("copy-pages", "copy"),
    sql_step("set-journal-mode", "PRAGMA JOURNAL_MODE=DELETE"),
    Step("fsync-file", "fsync-file"),
    Step("replace", "replace"),
    Step("fsync-folder", "fsync-dir", ignored=True),
]


def test_backup_steps_cover_every_write(
    faults: FaultPlan, vault_path: Path, tmp_path: Path
) -> None:
    journal, _ = _fresh_journal(vault_path)
    events = faults.record()
    journal.backup(tmp_path / "b.pswbackup")
    journal.lock()
    _assert_steps_cover(events, BACKUP_STEPS)


@pytest.mark.parametrize(("step", "error"), _step_params(BACKUP_STEPS))
def test_backup_fault_at_each_write_step_keeps_the_old_backup_and_the_journal(
    faults: FaultPlan, vault_path: Path, tmp_path: Path, step: Step, error: str
) -> None:
    journal, _ = _fresh_journal(vault_path)
    target_dir = tmp_path / "backups"
    target_dir.mkdir()
    target = target_dir / "b.pswbackup"
    journal.backup(target)
    old_backup = target.read_bytes()
    journal.add({"type": "checkin", "date": "2024-03-09", "fields": {"mood": 3}})
    before = _snapshot(journal)
    vault_digests = _digests(vault_path)

    faults.arm(step, error)
    try:
        journal.backup(target)
    except JournalError as failed:
        assert not step.ignored, f"{type(failed).__name__}: {failed}"
        _assert_clear_storage_error(failed)
        assert target.read_bytes() == old_backup
    else:
        assert step.ignored, "the backup reported success although a write failed"
        _assert_reopens_as(target, before)
    finally:
        faults.disarm()
    assert faults.fired == 1
    assert _listing(target_dir) == ["b.pswbackup"], "a partial backup was left behind"
    assert _digests(vault_path) == vault_digests
    assert _snapshot(journal) == before and journal.verify() == []

    journal.backup(target)  # the next backup works
    journal.lock()
    _assert_reopens_as(vault_path, before)
    _assert_reopens_as(target, before)


@pytest.mark.parametrize(("step", "error"), _step_params(BACKUP_STEPS, ["EIO"]))
def test_cli_backup_fault_at_each_write_step_exits_1_and_writes_no_file(
    faults: FaultPlan,
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    step: Step,
    error: str,
) -> None:
    journal, before = _fresh_journal(vault_path)
    journal.lock()
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target_dir = tmp_path / "backups"
    target_dir.mkdir()
    target = target_dir / "b.pswbackup"

    faults.arm(step, error)
    code = run(_cli(vault_path, passphrase_file, "backup", str(target)))
    faults.disarm()
    _, err = capsys.readouterr()
    assert faults.fired == 1
    if step.ignored:
        assert code == 0, err
        _assert_reopens_as(target, before)
    else:
        _assert_clean_cli_failure(code, err)
        assert os.listdir(target_dir) == []
    _assert_reopens_as(vault_path, before)


# --- restore: restore_backup into an empty path (and `psw-journal restore`) ----------


RESTORE_FOLDER = "new folder"


def _is_staging(path: str) -> bool:
    return ".restoring-" in Path(path).name


RESTORE_STEPS = [
    Step("make-folder", "mkdir", lambda path: Path(path).name == RESTORE_FOLDER),
    Step("create-staging-file", "create", _is_staging),
    Step("connect-staging-for-copy", "connect", _is_staging, occurrence=1),
    Step("copy-pages", "copy"),
    # (its checks read it through a read-only connection, which writes nothing)
    Step("connect-staging-to-open", "connect", _is_staging, occurrence=2),
    sql_step("set-wal-mode", "PRAGMA JOURNAL_MODE=WAL"),
    sql_step("checkpoint", "PRAGMA WAL_CHECKPOINT"),
    Step("fsync-file", "fsync-file"),
    Step("link-into-place", "link"),
    Step("fsync-folder", "fsync-dir", ignored=True),
]


def _restore_params(errors: list[str] = ERRORS) -> list[Any]:
    params = []
    for step in RESTORE_STEPS:
        for error in errors:
            params.append(
                _error_param(step, error, error=error, errors=errors, id=f"{step.name}-{error}")
            )
    return params


@pytest.fixture
def backup_file(tmp_path: Path) -> tuple[Path, dict[str, dict[str, Any]]]:
    journal, before = _fresh_journal(tmp_path / "source.pswvault")
    backup = tmp_path / "source.pswbackup"
    journal.backup(backup)
    journal.lock()
    return backup, before


def test_restore_steps_cover_every_write(
    faults: FaultPlan, tmp_path: Path, backup_file: tuple[Path, dict]
) -> None:
    backup, _ = backup_file
    events = faults.record()
    restore_backup(backup, tmp_path / RESTORE_FOLDER / "journal.pswvault", PASSPHRASE)
    _assert_steps_cover(events, RESTORE_STEPS)


@pytest.mark.parametrize(("step", "error"), _restore_params())
def test_restore_fault_at_each_write_step_leaves_the_target_empty(
    faults: FaultPlan, tmp_path: Path, backup_file: tuple[Path, dict], step: Step, error: str
) -> None:
    backup, before = backup_file
    backup_digest = hashlib.sha256(backup.read_bytes()).hexdigest()
    target = tmp_path / RESTORE_FOLDER / "journal.pswvault"

    faults.arm(step, error)
    try:
        restore_backup(backup, target, PASSPHRASE)
    except Exception as failed:
        faults.disarm()
        assert not target.exists()
        assert not target.parent.exists() or os.listdir(target.parent) == [], "leftovers"
        assert not step.ignored, f"{type(failed).__name__}: {failed}"
        _assert_clear_storage_error(failed)
    else:
        assert step.ignored, "the restore reported success although a write failed"
        _assert_reopens_as(target, before)
    finally:
        faults.disarm()
    assert faults.fired == 1
    assert hashlib.sha256(backup.read_bytes()).hexdigest() == backup_digest

    if not target.exists():  # space again: the same restore works
        assert restore_backup(backup, target, PASSPHRASE) == (len(before), [])
    assert _listing(target.parent) == [target.name]
    _assert_reopens_as(target, before)


@pytest.mark.parametrize(("step", "error"), _restore_params(["ENOSPC"]))
def test_cli_restore_fault_at_each_write_step_exits_1_without_a_traceback(
    faults: FaultPlan,
    tmp_path: Path,
    backup_file: tuple[Path, dict],
    capsys: pytest.CaptureFixture[str],
    step: Step,
    error: str,
) -> None:
    backup, before = backup_file
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / RESTORE_FOLDER / "journal.pswvault"

    faults.arm(step, error)
    code = run(_cli(target, passphrase_file, "restore", str(backup)))
    faults.disarm()
    _, err = capsys.readouterr()
    assert faults.fired == 1
    if step.ignored:
        assert code == 0, err
        _assert_reopens_as(target, before)
    else:
        _assert_clean_cli_failure(code, err)
        assert not target.exists()


# --- restore in place: swap_in_restored --------------------------------------------

_MOVE_JOURNAL = Step("move-journal-aside", "rename", lambda d: not d.endswith(("-wal", "-shm")))
_MOVE_RESTORED = Step("move-restored-in", "rename", lambda d: not d.endswith(("-wal", "-shm")), 2)
_FSYNC_FOLDER = Step("fsync-folder", "fsync-dir", ignored=True)
# The closed journal's -wal is folded into it first, so it moves as one file; a failed
# fold is tolerated.
SWAP_STEPS = [
    Step("fold-wal-connect", "connect", ignored=True),
    Step(
        "fold-wal",
        "sql",
        lambda sql: _normal_sql(sql).startswith("PRAGMA WAL_CHECKPOINT"),
        ignored=True,
    ),
    _MOVE_JOURNAL,
    _MOVE_RESTORED,
    _FSYNC_FOLDER,
]
# When the fold cannot be done (a journal too damaged for SQLite), the sidecars move
# with the journal.
SWAP_STEPS_UNFOLDED = [
    _MOVE_JOURNAL,
    Step("move-wal-aside", "rename", lambda dst: dst.endswith("-wal")),
    Step("move-shm-aside", "rename", lambda dst: dst.endswith("-shm")),
    _MOVE_RESTORED,
    _FSYNC_FOLDER,
]
WHEN = datetime(2026, 11, 23, 9, 30, 0)


@pytest.fixture
def crashed_journal_and_restored_copy(
    tmp_path: Path, backup_file: tuple[Path, dict]
) -> tuple[Path, Path, dict[str, dict[str, Any]]]:
    """A journal left by a crash (its -wal and -shm still beside it: every sidecar has
    to move with it) and a restored backup beside it, ready to swap in."""
    backup, _ = backup_file
    live_dir = tmp_path / "live"
    live_dir.mkdir()
    live = live_dir / "journal.pswvault"
    journal, _ = Journal.create(live, PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2025-01-02", "title": "Only in the journal"})
    journal.add({"type": "reflection", "date": "2025-01-03", "fields": {"text": "x " * 3000}})
    old = _snapshot(journal)
    vault = tmp_path / "journal.pswvault"
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{live}{suffix}", f"{vault}{suffix}")
    journal.lock()
    restored = restored_copy_path(vault, WHEN)
    restore_backup(backup, restored, PASSPHRASE)
    return vault, restored, old


def _file_digests(paths: list[Path]) -> dict[str, str | None]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None for p in paths
    }


def test_swap_steps_cover_every_write(
    faults: FaultPlan, crashed_journal_and_restored_copy: tuple[Path, Path, dict]
) -> None:
    vault, restored, _ = crashed_journal_and_restored_copy
    events = faults.record()
    swap_in_restored(vault, restored, WHEN)
    _assert_steps_cover(events, SWAP_STEPS)


def test_swap_steps_cover_every_write_when_the_wal_cannot_be_folded(
    faults: FaultPlan,
    crashed_journal_and_restored_copy: tuple[Path, Path, dict],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, restored, _ = crashed_journal_and_restored_copy
    monkeypatch.setattr(vault_backup, "fold_wal", lambda _vault: None)
    events = faults.record()
    swap_in_restored(vault, restored, WHEN)
    _assert_steps_cover(events, SWAP_STEPS_UNFOLDED)


_STICKY = ("move-wal-aside", "move-shm-aside", "move-restored-in")


@pytest.mark.parametrize(
    ("step", "error", "sticky", "folded"),
    [
        _error_param(s, e, False, True, error=e, errors=ERRORS, id=f"{s.name}-{e}")
        for s in SWAP_STEPS
        for e in ERRORS
    ]
    + [
        _error_param(s, e, False, False, error=e, errors=ERRORS, id=f"unfolded-{s.name}-{e}")
        for s in SWAP_STEPS_UNFOLDED
        for e in ERRORS
    ]
    + [
        pytest.param(s, "EIO", True, False, id=f"unfolded-{s.name}-EIO-every-rename-after")
        for s in SWAP_STEPS_UNFOLDED
        if s.name in _STICKY
    ],
)
def test_swap_fault_at_each_step_puts_the_journal_back(
    faults: FaultPlan,
    backup_file: tuple[Path, dict],
    crashed_journal_and_restored_copy: tuple[Path, Path, dict],
    monkeypatch: pytest.MonkeyPatch,
    step: Step,
    error: str,
    sticky: bool,
    folded: bool,
) -> None:
    """`sticky`: the disk keeps failing, so moving the journal back fails too; the
    journal must then still be whole somewhere and the message must not say it is
    as it was. `folded` False: the -wal could not be folded in, so it moves too."""
    _, restored_records = backup_file
    vault, restored, old = crashed_journal_and_restored_copy
    if not folded:
        monkeypatch.setattr(vault_backup, "fold_wal", lambda _vault: None)
    files = [Path(f"{vault}{suffix}") for suffix in ("", "-wal", "-shm")]
    before = _file_digests([*files, restored])
    listing = _listing(vault.parent)

    faults.arm(step, error, sticky=sticky)
    try:
        kept = swap_in_restored(vault, restored, WHEN)
    except JournalError as failed:
        faults.disarm()
        assert not step.ignored, f"{type(failed).__name__}: {failed}"
        _assert_clear_storage_error(failed)
        if "as it was" in failed.message:
            if folded:  # the same records; the -wal may have been folded in
                assert _file_digests([restored]) == {restored.name: before[restored.name]}
            else:
                assert _file_digests([*files, restored]) == before
            assert _listing(vault.parent) == listing
            _assert_reopens_as(vault, old)
        for moved, original in getattr(failed, "stranded", []):
            # Stranded by a disk that keeps failing: the message says which file was
            # which; once the disk works, giving them back their names restores it.
            assert moved.name in failed.message and original.name in failed.message
            os.rename(moved, original)
        _assert_reopens_as(vault, old)
    else:
        faults.disarm()
        assert step.ignored, "the swap reported success although a write failed"
        _assert_reopens_as(vault, restored_records)
        _assert_reopens_as(kept, old)
    assert faults.fired >= 1


def _kept_path(vault: Path) -> Path:
    return vault.with_name(f"{vault.stem}.before-restore-{WHEN:%Y%m%d-%H%M%S}{vault.suffix}")


# --- passphrase change: VaultStore.rekey ----------------------------------------------

PASSPHRASE_STEPS = [
    sql_step("begin", "BEGIN"),
    sql_step("reseal-records", "UPDATE RECORDS "),
    sql_step("remac-manifest", "UPDATE MANIFEST "),
    sql_step("reseal-history", "UPDATE HISTORY "),
    sql_step("write-manifest-state", "UPDATE MANIFEST_STATE "),
    sql_step("update-header", "UPDATE VAULT_HEADER "),
    sql_step("commit", "COMMIT"),
    # After the commit: the change is made; the old pages leave the WAL at the next one.
    Step("checkpoint", "sql", lambda sql: "WAL_CHECKPOINT" in sql.upper(), ignored=True),
]


def test_passphrase_steps_cover_every_write(faults: FaultPlan, vault_path: Path) -> None:
    journal, _ = _fresh_journal(vault_path)
    events = faults.record()
    journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    journal.lock()
    _assert_steps_cover(events, PASSPHRASE_STEPS)


@pytest.mark.parametrize(("step", "error"), _step_params(PASSPHRASE_STEPS))
def test_passphrase_change_fault_at_each_write_step_keeps_the_old_passphrase(
    faults: FaultPlan, vault_path: Path, step: Step, error: str
) -> None:
    journal, before = _fresh_journal(vault_path)
    header = journal.store.header
    faults.arm(step, error)
    if step.ignored:
        assert journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF) is None
        faults.disarm()
        assert faults.fired == 1 and journal.verify() == []
        journal.lock()
        _assert_reopens_as(vault_path, before, NEW_PASSPHRASE)
        return
    with pytest.raises(JournalError) as failed:
        journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    faults.disarm()
    assert faults.fired == 1
    _assert_clear_storage_error(failed.value)
    assert journal.store.header == header
    assert journal.verify() == []
    journal.lock()
    _assert_only_old_passphrase_opens(vault_path, journal.recovery_key)  # type: ignore[attr-defined]
    _assert_reopens_as(vault_path, before)


@pytest.mark.parametrize("error", ERRORS)
def test_passphrase_change_whose_commit_reports_an_error_after_writing_leaves_one_passphrase(
    faults: FaultPlan, vault_path: Path, error: str
) -> None:
    journal, before = _fresh_journal(vault_path)
    commit = next(s for s in PASSPHRASE_STEPS if s.name == "commit")
    faults.arm(commit, error, after=True)
    with pytest.raises(StorageError):
        journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    faults.disarm()
    journal.lock()
    opened = []
    for candidate in (PASSPHRASE, NEW_PASSPHRASE):
        try:
            Journal.open(vault_path, candidate).lock()
        except WrongPassphrase:
            continue
        opened.append(candidate)
    assert len(opened) == 1
    by_recovery = Journal.open_with_recovery_key(vault_path, journal.recovery_key)  # type: ignore[attr-defined]
    try:
        assert _snapshot(by_recovery) == before and by_recovery.verify() == []
    finally:
        by_recovery.lock()
