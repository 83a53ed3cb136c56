"""The everyday journeys under Windows' file rules (tests/platform_rules.py): on a
FAT-like disk with no hard links, where a read-only handle cannot be flushed, a file
open anywhere in this process (SQLite's own handles included) cannot be replaced,
renamed or deleted, and chmod means only read-only. Each step goes through the
command line in this process, or the services the app calls, exactly as a worker's
day would; nothing else about the journey is changed for the test."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from pdf_text import pdf_text

from journal_app.cli import run
from journal_app.services.auto_backup import (
    automatic_backups,
    restore_newest_good_backup,
    run_automatic_backup,
)
from journal_app.services.backup import restore_backup, restored_copy_path, swap_in_restored
from journal_app.services.journal import Journal

FAST = ["--kdf-memory", "19456", "--kdf-iterations", "2", "--kdf-lanes", "4"]
NEW_PASS = "a completely different passphrase"
REFLECTION = {
    "type": "reflection",
    "date": "2026-11-10",
    "title": "Group about hearing voices",
    "share": "full",
    "for_supervision": True,
    "fields": {"model": "free", "description": "Windowsjourneyword in the group"},
}


class WindowsDay:
    """psw-journal in-process, with the passphrase in a Notepad-style file."""

    def __init__(self, folder: Path, capsys, monkeypatch) -> None:
        self.folder = folder
        self.vault = folder / "PSW Journal" / "journal.pswvault"
        self.capsys, self.monkeypatch = capsys, monkeypatch
        self.passfile = folder / "pass.txt"
        self.passfile.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")

    def __call__(self, *argv: str, stdin: str | None = None, passfile: Path | None = None):
        if stdin is not None:
            self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        full = ["--vault", str(self.vault), "--passphrase-file", str(passfile or self.passfile)]
        code = run([*full, *argv])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err and "Logging error" not in err
        return code, out, err

    def ok(self, *argv: str, **kwargs) -> str:
        code, out, err = self(*argv, **kwargs)
        assert code == 0, (argv, err)
        return out


@pytest.fixture
def day(windows_rules, tmp_path, capsys, monkeypatch) -> WindowsDay:
    return WindowsDay(tmp_path, capsys, monkeypatch)


def test_a_working_day_on_windows(day, windows_rules, tmp_path):
    # Set up, write, edit.
    day.ok("init", *FAST)
    record_id = day.ok("add", "--json", "-", stdin=json.dumps(REFLECTION)).strip()
    day.ok("edit", record_id, "--json", "-", stdin=json.dumps({"title": "Group, second go"}))
    assert json.loads(day.ok("show", record_id, "--json"))["title"] == "Group, second go"
    assert len(json.loads(day.ok("history", record_id, "--json"))) == 2

    # The pack in four formats, each written over an older one of the same name.
    for fmt in ("pdf", "odt", "html", "md"):
        out = tmp_path / f"pack.{fmt}"
        out.write_bytes(b"an older pack")
        day.ok(
            "export",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--format",
            fmt,
            "--out",
            str(out),
        )
        data = out.read_bytes()
        assert data != b"an older pack"
        assert "Windowsjourneyword" in document_text(out, fmt), fmt

    # Import, trash and back, verify.
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(
        json.dumps(
            {
                "entries": [
                    {"date": "2026-11-02", "title": "From jrnl", "body": "Felt settled", "tags": []}
                ]
            }
        ),
        encoding="utf-8",
    )
    day.ok("import", str(jrnl), "--format", "jrnl-json")
    day.ok("delete", record_id)
    assert record_id in day.ok("trash")
    day.ok("restore-record", record_id)
    assert "ok:" in day.ok("verify")

    # A backup onto a FAT stick, and a restore from it into a new place.
    stick = tmp_path / "E"
    stick.mkdir()
    day.ok("backup", str(stick / "journal.pswbackup"))
    restored = tmp_path / "restored" / "journal.pswvault"
    code, _, err = run_restore(day, stick / "journal.pswbackup", restored)
    assert code == 0, err
    again = Journal.open(restored, PASSPHRASE)
    assert len(again) == 2
    again.lock()

    # A new passphrase, then the old one is refused and the new one opens.
    newfile = tmp_path / "new.txt"
    newfile.write_bytes(NEW_PASS.encode() + b"\r\n")
    day.ok("change-passphrase", "--new-passphrase-file", str(newfile))
    assert day("verify")[0] == 3
    assert "ok:" in day.ok("verify", passfile=newfile)

    # The whole journal as plain files.
    day.ok("export-all", "--format", "json", "--out", str(tmp_path / "all"), passfile=newfile)
    exported = json.loads((tmp_path / "all" / "psw-journal.json").read_text("utf-8"))
    assert len(exported["records"]) == 2

    # Nothing was left beside the journal but the journal and its lock file.
    assert sorted(p.name for p in day.vault.parent.iterdir()) == [
        "journal.pswvault",
        "journal.pswvault.lock",
    ]


def document_text(path: Path, fmt: str) -> str:
    if fmt == "pdf":
        return pdf_text(path)
    if fmt == "odt":
        with zipfile.ZipFile(path) as odt:
            return odt.read("content.xml").decode("utf-8")
    return path.read_text("utf-8")


def run_restore(day: WindowsDay, backup: Path, target: Path):
    code = run(
        ["--vault", str(target), "--passphrase-file", str(day.passfile), "restore", str(backup)]
    )
    out, err = day.capsys.readouterr()
    return code, out, err


def test_automatic_backups_and_the_rescue_on_windows(windows_rules, journal, vault_path, tmp_path):
    """The app's automatic backups rotate, and a journal that fails its checks is
    swapped for the newest good backup, all without hard links and with Windows'
    rule that an open file cannot move: the journal is closed first."""
    journal.add(REFLECTION)
    folder = tmp_path / "backups"
    for day_of_month in (1, 2, 3):
        assert run_automatic_backup(journal, folder, now=datetime(2026, 11, day_of_month, 9))
    assert len(automatic_backups(folder)) == 3
    journal.lock()
    rescued = restore_newest_good_backup(vault_path, PASSPHRASE, folder, datetime(2026, 11, 4))
    assert rescued is not None and rescued.records == 1
    assert rescued.kept.exists() and vault_path.exists()
    reopened = Journal.open(vault_path, PASSPHRASE)
    assert len(reopened) == 1
    # While it is open, Windows would not let it be replaced: the swap refuses cleanly.
    target = restored_copy_path(vault_path, datetime(2026, 11, 5))
    restore_backup(automatic_backups(folder)[0][1], target, PASSPHRASE)
    with pytest.raises(Exception, match="open in another program"):
        swap_in_restored(vault_path, target, datetime(2026, 11, 5))
    assert len(reopened) == 1 and vault_path.exists() and target.exists()
    reopened.lock()
    swap_in_restored(vault_path, target, datetime(2026, 11, 5))
    assert not target.exists()


def test_files_take_their_folders_rights_on_windows(day, windows_rules):
    """chmod cannot make a file private on Windows: the journal still works, and what
    protects it is the encryption (README, "Platforms")."""
    day.ok("init", *FAST)
    assert day.vault.stat().st_mode & 0o044  # readable by others, as Windows' rules allow
    day.ok("add", "--json", "-", stdin=json.dumps(REFLECTION))
    assert b"Windowsjourneyword" not in day.vault.read_bytes()
