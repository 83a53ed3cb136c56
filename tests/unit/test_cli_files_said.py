"""What the command line says about the files it is given (issue 17): a file that is
not a journal at all is named as such, not called damaged; a folder that is missing,
is a file or may not be written is said in one way by backup, export and export-all;
and every plain file written says it is NOT encrypted."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from journal_app.cli import run
from journal_app.errors import UnsupportedFormat, VaultCorrupt
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
