"""disk/files.py under the platform rules it is written for: Windows' (emulated by
tests/platform_rules.py), FAT's missing hard links, macOS's F_FULLFSYNC, and SQLite's
URI rules for shares and mapped drives."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, can_create, symlink_or_skip

from journal_app.disk import files
from journal_app.disk.files import FileInUse, place_new, sqlite_uri
from journal_app.errors import VaultExists
from journal_app.services.backup import restore_backup, swap_in_restored
from journal_app.services.journal import Journal


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.6)


# --- 1. fsync with write access ----------------------------------------------------


def test_the_rules_refuse_fsync_on_a_read_only_handle(windows_rules, tmp_path):
    """The emulation itself: what Windows' FlushFileBuffers does to a read-only handle."""
    path = tmp_path / "f"
    path.write_bytes(b"x")
    with open(path, "rb") as fh, pytest.raises(OSError):
        os.fsync(fh.fileno())


def test_fsync_file_opens_for_writing(windows_rules, tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"data")
    files.fsync_file(path)
    assert path.read_bytes() == b"data"


def test_fsync_dir_is_quiet_where_folders_cannot_be_opened(windows_rules, tmp_path):
    with pytest.raises(PermissionError):
        os.open(tmp_path, os.O_RDONLY)
    files.fsync_dir(tmp_path)  # no error


def test_a_journal_can_be_created_under_windows_rules(windows_rules, vault_path):
    journal, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2026-11-02", "fields": {"mood": 6}})
    journal.lock()
    again = Journal.open(vault_path, PASSPHRASE)
    assert len(again) == 1
    again.lock()


posix_only = pytest.mark.skipif(sys.platform == "win32", reason="fcntl is POSIX only")


@posix_only
def test_macos_asks_for_a_full_fsync(monkeypatch, tmp_path):
    """On darwin F_FULLFSYNC is used, and fsync where the file system refuses it."""
    import fcntl

    calls = []
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", 51, raising=False)
    real_fcntl = fcntl.fcntl

    def fake_fcntl(fd, cmd, *args):
        if cmd == 51:
            calls.append("full")
            if len(calls) > 1:
                raise OSError(45, "Operation not supported")  # an SMB share
            return 0
        return real_fcntl(fd, cmd, *args)

    monkeypatch.setattr(fcntl, "fcntl", fake_fcntl)
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: calls.append("fsync") or real_fsync(fd))
    path = tmp_path / "f"
    path.write_bytes(b"x")
    files.fsync_file(path)
    assert calls == ["full"]
    files.fsync_file(path)
    assert calls == ["full", "full", "fsync"]


@posix_only
def test_sqlite_asks_for_full_fsync_on_macos(monkeypatch, vault_path):
    monkeypatch.setattr(sys, "platform", "darwin")
    journal, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    try:
        conn = journal.store._conn
        assert conn.execute("PRAGMA fullfsync").fetchone()[0] == 1
        assert conn.execute("PRAGMA checkpoint_fullfsync").fetchone()[0] == 1
    finally:
        journal.lock()


# --- 2. no hard links ---------------------------------------------------------------


def test_place_new_without_hard_links_moves_the_file(windows_rules, tmp_path):
    staged, target = tmp_path / "staged", tmp_path / "target"
    staged.write_bytes(b"new vault")
    place_new(staged, target, "exists")
    assert target.read_bytes() == b"new vault"
    assert not staged.exists()


@pytest.mark.parametrize("existing", [b"an older journal", b""])
def test_place_new_never_replaces_a_file_without_hard_links(windows_rules, tmp_path, existing):
    staged, target = tmp_path / "staged", tmp_path / "target"
    staged.write_bytes(b"new vault")
    target.write_bytes(existing)
    with pytest.raises(VaultExists):
        place_new(staged, target, "exists")
    assert target.read_bytes() == existing
    assert staged.read_bytes() == b"new vault"


def test_place_new_with_hard_links_keeps_the_staged_file(tmp_path):
    staged, target = tmp_path / "staged", tmp_path / "target"
    staged.write_bytes(b"v")
    place_new(staged, target, "exists")
    assert target.read_bytes() == b"v"


def test_init_refuses_an_existing_vault_without_hard_links(windows_rules, vault_path):
    journal, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    journal.lock()
    before = vault_path.read_bytes()
    with pytest.raises(VaultExists):
        Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    assert vault_path.read_bytes() == before
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["journal.pswvault"]


def test_restore_onto_a_fat_stick_and_back(windows_rules, journal, tmp_path):
    journal.add({"type": "checkin", "date": "2026-11-02", "fields": {"mood": 6}})
    stick = tmp_path / "E_drive"
    stick.mkdir()
    backup = stick / "journal.pswbackup"
    journal.backup(backup)
    count, problems = restore_backup(backup, tmp_path / "restored" / "j.pswvault", PASSPHRASE)
    assert (count, problems) == (1, [])


# --- 3. a file another program holds open ---------------------------------------------


def test_replace_waits_for_a_file_another_program_lets_go(windows_rules, tmp_path):
    src, dst = tmp_path / "new.pdf", tmp_path / "pack.pdf"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    with windows_rules.hold(dst, release_after=0.2):
        files.replace(src, dst)
    assert dst.read_bytes() == b"new"
    assert ("replace", "pack.pdf") in windows_rules.refused  # it really was refused first


def test_replace_names_the_file_when_it_stays_open(windows_rules, tmp_path):
    src, dst = tmp_path / "new.pdf", tmp_path / "pack.pdf"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    started = time.monotonic()
    with windows_rules.hold(dst), pytest.raises(FileInUse) as caught:
        files.replace(src, dst)
    assert time.monotonic() - started >= 0.5  # it did wait
    assert "pack.pdf" in caught.value.message and "another program" in caught.value.message
    assert dst.read_bytes() == b"old" and src.read_bytes() == b"new"


def test_other_errors_are_not_retried(windows_rules, tmp_path):
    started = time.monotonic()
    with pytest.raises(FileNotFoundError):
        files.replace(tmp_path / "missing", tmp_path / "dst")
    assert time.monotonic() - started < 0.3


def test_our_own_open_handle_blocks_a_rename_as_on_windows(windows_rules, tmp_path):
    """The emulation sees this process's own handles (SQLite's included)."""
    path = tmp_path / "db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    with pytest.raises(FileInUse):
        files.rename(path, tmp_path / "elsewhere")
    conn.close()
    files.rename(path, tmp_path / "elsewhere")


def test_restore_in_place_is_all_or_nothing_when_the_journal_is_held(
    windows_rules, journal, vault_path, tmp_path
):
    journal.add({"type": "checkin", "date": "2026-11-02", "fields": {"mood": 6}})
    backup = tmp_path / "b.pswbackup"
    journal.backup(backup)
    journal.lock()
    restored = tmp_path / "restored.pswvault"
    restore_backup(backup, restored, PASSPHRASE)
    before = sorted(p.name for p in tmp_path.iterdir())
    with windows_rules.hold(vault_path), pytest.raises(Exception) as caught:
        swap_in_restored(vault_path, restored)
    assert "open in another program" in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing moved
    kept = swap_in_restored(vault_path, restored)  # once it is let go, it works
    assert kept.exists() and vault_path.exists() and not restored.exists()


def test_a_rename_back_that_fails_is_reported_with_the_names(
    windows_rules, journal, vault_path, tmp_path
):
    """The journal moved aside, the restored copy refused, and the move back refused
    too: the error says which file was which (never a silent half-done swap)."""
    journal.backup(tmp_path / "b.pswbackup")
    journal.lock()
    restored = tmp_path / "restored.pswvault"
    restore_backup(tmp_path / "b.pswbackup", restored, PASSPHRASE)
    moved_aside = threading.Event()
    real_rename = files.rename

    def rename(src, dst):
        real_rename(src, dst)
        if Path(src) == vault_path:
            moved_aside.set()
            windows_rules.held.update({os.path.abspath(restored), os.path.abspath(dst)})

    files_rename = pytest.MonkeyPatch()
    files_rename.setattr(files, "rename", rename)
    try:
        with pytest.raises(Exception) as caught:
            swap_in_restored(vault_path, restored)
    finally:
        files_rename.undo()
        windows_rules.held.clear()
    assert moved_aside.is_set()
    assert "give those files their old names" in str(caught.value)
    assert caught.value.stranded  # type: ignore[attr-defined]


# --- 5. SQLite URIs ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (
            r"C:\Users\sam\AppData\Local\psw-journal\j.pswvault",
            "file:///C:/Users/sam/AppData/Local/psw-journal/j.pswvault",
        ),
        (r"H:\Backups\café 1.pswbackup", "file:///H:/Backups/caf%C3%A9%201.pswbackup"),
        (r"\\fileserver\home$\sam\b.pswbackup", "file:////fileserver/home%24/sam/b.pswbackup"),
        (r"\\?\UNC\fileserver\home\b.pswbackup", "file:////fileserver/home/b.pswbackup"),
        (r"\\?\C:\long\b.pswbackup", "file:///C:/long/b.pswbackup"),
        (r"D:\100% #1?.pswbackup", "file:///D:/100%25%20%231%3F.pswbackup"),
    ],
)
def test_windows_paths_become_uris_sqlite_accepts(path, uri):
    assert sqlite_uri(path, windows=True) == uri
    # Never an authority: SQLite refuses file://server/... (what as_uri() gave a share).
    assert uri.startswith("file:///") or uri.startswith("file:////")


def test_uri_carries_the_query():
    assert sqlite_uri("/a/b", windows=False, mode="ro") == "file:///a/b?mode=ro"


@pytest.mark.parametrize("name", ["plain", "with space", "100%", "hash#tag", "what?", "café"])
def test_sqlite_opens_every_awkward_name_read_only(tmp_path, name):
    if not can_create(tmp_path, name):
        pytest.skip(f"this platform cannot create a file named {name!r}")
    folder = tmp_path / f"folder {name}"
    folder.mkdir()
    path = folder / f"{name}.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = path.read_bytes()
    ro = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    try:
        assert ro.execute("SELECT count(*) FROM t").fetchone()[0] == 0
        with pytest.raises(sqlite3.OperationalError):
            ro.execute("INSERT INTO t VALUES (1)")
    finally:
        ro.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


def test_restore_reads_a_backup_through_a_symlinked_folder(journal, tmp_path):
    """A redirected folder (a link, as a mapped drive is to a share) is not resolved
    into another spelling before SQLite sees it."""
    (tmp_path / "real").mkdir()
    journal.backup(tmp_path / "real" / "b.pswbackup")
    symlink_or_skip(tmp_path / "H", tmp_path / "real")
    count, _ = restore_backup(tmp_path / "H" / "b.pswbackup", tmp_path / "r.pswvault", PASSPHRASE)
    assert count == 0
