"""What the command line says about the files it is given (issue 17): a file that is
not a journal at all is named as such, not called damaged; a folder that is missing,
is a file or may not be written is said in one way by backup, export and export-all;
and every plain file written says it is NOT encrypted."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path

import pytest

from journal_app.cli import run
from journal_app.disk.storage_errors import file_write_error
from journal_app.errors import StorageError, UnsupportedFormat, VaultCorrupt, WriteDenied
from journal_app.services.journal import Journal
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "journal.pswvault"
    journal, _ = Journal.create(path, PASSPHRASE, FAST_KDF)
    journal.add(
        {
            "type": "reflection",
            "date": "2025-02-01",
            "title": "Shared",
            "share": "full",
            "fields": {"model": "free", "text": "For the pack"},
        }
    )
    journal.lock()
    return path


def _cli(capsys, vault: Path, *argv: str) -> tuple[int, str, str]:
    passfile = vault.parent / "passphrase.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    code = run(["--vault", str(vault), "--passphrase-file", str(passfile), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- a file that is not a journal ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("minutes.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"),
        ("notes.txt", b"just some text, not a journal\n" * 40),
        ("photo.jpg", bytes(range(256)) * 16),
    ],
)
def test_a_file_that_is_not_a_journal_is_named_so_not_called_damaged(
    capsys, tmp_path, name, content
):
    other = tmp_path / name
    other.write_bytes(content)
    code, out, err = _cli(capsys, other, "list")
    assert code == 1 and out == ""
    assert err == f"psw-journal: {other} is not a PSW Journal file\n"
    assert other.read_bytes() == content  # never changed, nothing written beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "passphrase.txt"])


def test_the_core_says_which_file_it_is_for_the_gui(tmp_path):
    other = tmp_path / "minutes.pdf"
    other.write_bytes(b"%PDF-1.4\n" + b"x" * 4000)
    with pytest.raises(UnsupportedFormat) as refused:
        Journal.open(other, PASSPHRASE)
    assert refused.value.code == "not_a_journal"
    assert refused.value.values == {"file": "minutes.pdf"}


def test_a_damaged_journal_file_is_still_called_damaged(capsys, vault):
    data = bytearray(vault.read_bytes())
    data[:16] = b"\x00" * 16  # even its very start: a .pswvault is ours
    vault.write_bytes(bytes(data))
    code, _, err = _cli(capsys, vault, "list")
    assert code == 1 and "is damaged" in err and "not a PSW Journal file" not in err


def test_a_journal_damaged_past_its_start_is_damaged_whatever_its_name(capsys, vault):
    renamed = vault.with_name("journal-copy.bak")
    data = bytearray(vault.read_bytes())
    data[100:160] = b"\xff" * 60  # the first page's own header, after SQLite's
    renamed.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupt):
        Journal.open(renamed, PASSPHRASE)


def test_an_sqlite_database_of_another_program_is_not_a_journal_file(capsys, tmp_path):
    import sqlite3

    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.close()
    code, _, err = _cli(capsys, other, "list")
    assert code == 1 and err == f"psw-journal: {other} is not a PSW Journal file\n"


def test_restoring_from_a_file_that_is_not_a_backup_says_so(capsys, tmp_path):
    other = tmp_path / "minutes.pdf"
    other.write_bytes(b"%PDF-1.4\n" + b"x" * 4000)
    target = tmp_path / "restored.pswvault"
    code, _, err = _cli(capsys, target, "restore", str(other))
    assert code == 1 and err == f"psw-journal: {other} is not a PSW Journal file\n"
    assert not target.exists()


# --- where a file is written: one wording for backup, export and export-all ------------

PACK = ["export", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "md", "--out"]
WRITERS = {
    "backup": (["backup"], "journal.bak"),
    "export": (PACK, "pack.md"),
    "export-all": (["export-all", "--format", "json", "--out"], "plain"),
}


def _write_into(capsys, vault: Path, command: str, folder: Path) -> tuple[int, str, str]:
    argv, name = WRITERS[command]
    return _cli(capsys, vault, *argv, str(folder / name))


@pytest.mark.parametrize("command", ["backup", "export"])
def test_a_missing_folder_is_said_the_same_by_each_command(capsys, vault, command):
    before = _digest(vault)
    code, _, err = _write_into(capsys, vault, command, vault.parent / "no such folder")
    name = WRITERS[command][1]
    assert code == 1
    assert err == f"psw-journal: could not write {name}: the folder does not exist; " + (
        "nothing was changed\n"
    )
    assert _digest(vault) == before


@pytest.mark.parametrize("command", list(WRITERS))
def test_a_file_where_a_folder_should_be_is_said_the_same_by_each_command(capsys, vault, command):
    blocker = vault.parent / "minutes.txt"
    blocker.write_text("a file, not a folder")
    code, _, err = _write_into(capsys, vault, command, blocker / "sub")
    name = WRITERS[command][1]
    assert code == 1
    assert err == f"psw-journal: could not write {name}: minutes.txt is a file, not a " + (
        "folder; nothing was changed\n"
    )
    assert blocker.read_text() == "a file, not a folder"


@pytest.fixture
def refused(monkeypatch, tmp_path) -> Path:
    """A folder the system refuses to write in (as a folder of someone else's would:
    the tests may run as root, whom no permission bit stops)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    real_open, real_mkdir = os.open, os.mkdir

    def inside(path) -> bool:
        return Path(path).resolve().is_relative_to(locked.resolve())

    def refusing_open(path, *args, **kwargs):
        if inside(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def refusing_mkdir(path, *args, **kwargs):
        if inside(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    monkeypatch.setattr(os, "mkdir", refusing_mkdir)
    return locked


@pytest.mark.parametrize("command", list(WRITERS))
def test_a_folder_that_may_not_be_written_is_said_the_same_by_each_command(
    capsys, vault, refused, command
):
    code, _, err = _write_into(capsys, vault, command, refused)
    name = WRITERS[command][1]
    assert code == 1
    assert err == f"psw-journal: could not write {name}: permission was refused; " + (
        "nothing was changed\n"
    )
    assert list(refused.iterdir()) == []


def test_the_one_wording_comes_from_the_disk_layer(tmp_path):
    out = tmp_path / "pack.pdf"
    missing = file_write_error(FileNotFoundError(errno.ENOENT, "No such file"), out)
    denied = file_write_error(PermissionError(errno.EACCES, "Permission denied"), out)
    assert missing.message == "could not write pack.pdf: the folder does not exist; " + (
        "nothing was changed"
    )
    assert isinstance(denied, WriteDenied)
    assert denied.message == "could not write pack.pdf: permission was refused; " + (
        "nothing was changed"
    )
    assert isinstance(missing, StorageError)


# --- plain files say they are not encrypted -------------------------------------------


def test_the_pack_export_warns_that_the_file_is_not_encrypted(capsys, vault):
    code, out, err = _write_into(capsys, vault, "export", vault.parent)
    assert code == 0 and out == ""
    assert (vault.parent / "pack.md").exists()
    warning = err.splitlines()[-1]
    assert warning.startswith(f"warning: {vault.parent / 'pack.md'} is NOT encrypted")


def test_export_all_warns_in_the_same_words(capsys, vault):
    code, _, err = _write_into(capsys, vault, "export-all", vault.parent)
    assert code == 0
    assert json.loads((vault.parent / "plain" / "psw-journal.json").read_text("utf-8"))
    warning = err.splitlines()[-1]
    assert warning.startswith(f"warning: the files in {vault.parent / 'plain'} are NOT encrypted")


def test_a_pack_refused_by_strict_gives_no_warning_about_a_file(capsys, tmp_path):
    path = tmp_path / "journal.pswvault"
    journal, _ = Journal.create(path, PASSPHRASE, FAST_KDF)
    journal.add(
        {
            "type": "reflection",
            "date": "2025-02-01",
            "share": "full",
            "fields": {"model": "free", "text": "Met John Smith today"},
        }
    )
    journal.lock()
    code, _, err = _cli(capsys, path, *PACK, str(tmp_path / "pack.md"), "--strict")
    assert code == 2 and "NOT encrypted" not in err


def test_the_automatic_backup_says_a_blocked_folder_in_the_same_words(vault, tmp_path):
    from journal_app.services.auto_backup import run_automatic_backup

    blocker = tmp_path / "minutes.txt"
    blocker.write_text("a file, not a folder")
    journal = Journal.open(vault, PASSPHRASE)
    try:
        with pytest.raises(StorageError) as failed:
            run_automatic_backup(journal, blocker / "backups")
    finally:
        journal.lock()
    assert failed.value.message == (
        "could not write backups: minutes.txt is a file, not a folder; nothing was changed"
    )
