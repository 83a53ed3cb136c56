"""The command line on a Windows console: pipes and files in the ANSI code page
(emulated with PYTHONIOENCODING=cp1252, which is what Python picks there), UTF-8
files written by Notepad (with a byte-order mark and CRLF), and the rule for the
first line of a passphrase file (docs/FORMAT.md section 5.1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FAST_KDF

from journal_app.cli_io import first_line, read_secret, read_text_source
from journal_app.errors import UsageError
from journal_app.services.journal import Journal

# Typed in the app: accents, a dash, a symbol outside cp1252 and an emoji.
TYPED = "Grüße Zoë – tea ☕ and 🌱 growth"
TITLE = "Café visit – naïve worries ☕"


def cli(vault: Path, *argv: str, stdin: bytes = b"", encoding: str = "cp1252"):
    """psw-journal in a child process whose standard streams use `encoding`."""
    env = dict(os.environ, PYTHONIOENCODING=encoding, PYTHONUTF8="0")
    env.pop("PYTHONLEGACYWINDOWSSTDIO", None)
    return subprocess.run(
        [sys.executable, "-m", "journal_app", "--vault", str(vault), *argv],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def typed_vault(vault_path):
    journal, _ = Journal.create(vault_path, TYPED, FAST_KDF)
    journal.lock()
    return vault_path


@pytest.mark.parametrize(
    "content",
    [
        TYPED.encode() + b"\n",
        TYPED.encode() + b"\r\n",
        b"\xef\xbb\xbf" + TYPED.encode() + b"\r\n",  # Notepad's UTF-8 with BOM
        b"\xef\xbb\xbf" + TYPED.encode(),
    ],
    ids=["lf", "crlf", "bom-crlf", "bom-no-newline"],
)
def test_a_passphrase_file_opens_what_the_app_typed(typed_vault, tmp_path, content):
    passfile = tmp_path / "pass.txt"
    passfile.write_bytes(content)
    done = cli(typed_vault, "--passphrase-file", str(passfile), "verify")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")


def test_a_passphrase_piped_through_a_cp1252_console(typed_vault):
    done = cli(
        typed_vault,
        "--passphrase-file",
        "-",
        "verify",
        stdin=b"\xef\xbb\xbf" + TYPED.encode() + b"\r\n",
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")


def test_record_json_in_and_out_of_a_cp1252_console(typed_vault, tmp_path):
    passfile = tmp_path / "pass.txt"
    passfile.write_bytes(TYPED.encode() + b"\r\n")
    record = {"type": "reflection", "date": "2026-11-30", "title": TITLE, "tags": ["café"]}
    added = cli(
        typed_vault,
        "--passphrase-file",
        str(passfile),
        "add",
        "--json",
        "-",
        stdin=b"\xef\xbb\xbf" + json.dumps(record, ensure_ascii=False).encode(),
    )
    assert added.returncode == 0, added.stderr.decode("utf-8", "replace")
    record_id = added.stdout.decode().strip()
    shown = cli(typed_vault, "--passphrase-file", str(passfile), "show", record_id, "--json")
    assert shown.returncode == 0, shown.stderr.decode("utf-8", "replace")
    data = json.loads(shown.stdout.decode("utf-8"))  # UTF-8 bytes, whatever the code page
    assert data["title"] == TITLE and data["tags"] == ["café"]
    listed = cli(typed_vault, "--passphrase-file", str(passfile), "list")
    assert TITLE in listed.stdout.decode("utf-8")
    assert b"Traceback" not in listed.stderr


def test_input_that_is_not_utf8_is_refused_by_name(typed_vault, tmp_path):
    passfile = tmp_path / "pass.txt"
    passfile.write_bytes(TYPED.encode() + b"\n")
    done = cli(
        typed_vault,
        "--passphrase-file",
        str(passfile),
        "add",
        "--json",
        "-",
        stdin='{"type": "checkin", "date": "2026-11-30", "title": "Caf\xe9"}'.encode("cp1252"),
    )
    assert done.returncode == 2
    assert b"record JSON on standard input is not UTF-8 text" in done.stderr


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("pass phrase\n", "pass phrase"),
        ("pass phrase\r\nsecond line\r\n", "pass phrase"),
        ("  spaced  \n", "  spaced  "),
        ("tab\tinside\n", "tab\tinside"),
        ("lone\rcarriage return\n", "lone\rcarriage return"),
        ("form\x0cfeed", "form\x0cfeed"),
        ("line\u2028separator\n", "line\u2028separator"),
        ("next\x85line\n", "next\x85line"),
    ],
)
def test_only_lf_and_crlf_end_the_first_line(text, secret):
    assert first_line(text, "passphrase") == secret


@pytest.mark.parametrize(("text", "said"), [("", "empty"), ("\r\n", "empty"), ("\nx", "first")])
def test_an_empty_first_line_is_refused(text, said):
    with pytest.raises(UsageError, match=said):
        first_line(text, "passphrase")


def test_a_byte_order_mark_is_not_part_of_the_secret(tmp_path):
    path = tmp_path / "p.txt"
    path.write_bytes(b"\xef\xbb\xbfsecret words\r\n")
    assert read_secret(str(path), "passphrase") == "secret words"
    path.write_bytes("Grüße".encode("cp1252"))
    with pytest.raises(UsageError, match="not UTF-8"):
        read_text_source(str(path), "passphrase")


def test_stdout_to_a_cp1252_pipe_becomes_utf8(typed_vault):
    """Messages naming a path with characters outside cp1252 still print."""
    odd = typed_vault.parent / "日記 ☕"
    odd.mkdir()
    done = cli(odd / "journal.pswvault", "--passphrase-file", "-", "list", stdin=b"x\n")
    assert done.returncode == 1
    assert "日記 ☕" in done.stderr.decode("utf-8")
    assert b"Traceback" not in done.stderr and b"Logging error" not in done.stderr


@pytest.mark.parametrize("command", ["export", "export-all"])
def test_a_plain_export_into_a_synced_folder_is_flagged(typed_vault, tmp_path, command):
    passfile = tmp_path / "pass.txt"
    passfile.write_bytes(TYPED.encode() + b"\n")
    cloud = tmp_path / "OneDrive - Rethink" / "Documents"
    cloud.mkdir(parents=True)
    argv = (
        [
            "export",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "md",
            "--out",
            str(cloud / "pack.md"),
        ]
        if command == "export"
        else ["export-all", "--format", "json", "--out", str(cloud / "all")]
    )
    done = cli(typed_vault, "--passphrase-file", str(passfile), *argv)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 0, err
    assert "OneDrive copies to the cloud" in err and "not encrypted" in err
    (tmp_path / "here").mkdir()
    local = cli(
        typed_vault,
        "--passphrase-file",
        str(passfile),
        *[a.replace(str(cloud), str(tmp_path / "here")) for a in argv],
    )
    assert local.returncode == 0 and b"copies to the cloud" not in local.stderr


# --- a passphrase set from a file before 3 December 2026 still opens (FORMAT.md 5.1) ---

OLD_RULE_CASES = [
    # (the file's bytes, the passphrase the old rule read from them)
    (b"\xef\xbb\xbf" + TYPED.encode() + b"\r\n", "\ufeff" + TYPED),  # BOM kept
    (TYPED.encode() + b"\x0cmore words\n", TYPED),  # cut at a form feed
    ("pass phrase\u2028second part\n".encode(), "pass phrase"),  # cut at U+2028
    (b"lone carriage return\rthen more\n", "lone carriage return"),
]


@pytest.mark.parametrize(("content", "old_secret"), OLD_RULE_CASES, ids=["bom", "ff", "ls", "cr"])
def test_a_journal_whose_passphrase_the_old_rule_read_still_opens(
    vault_path, tmp_path, capsys, content, old_secret
):
    from journal_app.cli import run

    journal, _ = Journal.create(vault_path, old_secret, FAST_KDF)
    journal.lock()
    passfile = tmp_path / "pass.txt"
    passfile.write_bytes(content)
    code = run(["--vault", str(vault_path), "--passphrase-file", str(passfile), "list"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "before 3 December 2026" in err and "change-passphrase" in err
    # The same file for a journal set up with the passphrase as read now: no note.
    fresh = tmp_path / "fresh.pswvault"
    journal, _ = Journal.create(fresh, read_secret(str(passfile), "passphrase"), FAST_KDF)
    journal.lock()
    code = run(["--vault", str(fresh), "--passphrase-file", str(passfile), "list"])
    err = capsys.readouterr().err
    assert code == 0 and "December" not in err, err


def test_neither_reading_opening_is_a_wrong_passphrase(vault_path, tmp_path, capsys):
    from journal_app.cli import run

    journal, _ = Journal.create(vault_path, TYPED, FAST_KDF)
    journal.lock()
    passfile = tmp_path / "pass.txt"
    passfile.write_bytes(b"\xef\xbb\xbfnot the passphrase\x0cat all\n")
    code = run(["--vault", str(vault_path), "--passphrase-file", str(passfile), "list"])
    err = capsys.readouterr().err
    assert code == 3 and "wrong passphrase" in err.lower() and "December" not in err


def test_a_backup_whose_passphrase_the_old_rule_read_is_restored(vault_path, tmp_path, capsys):
    from journal_app.cli import run

    journal, _ = Journal.create(vault_path, "\ufeff" + TYPED, FAST_KDF)
    backup = tmp_path / "backup.pswvault"
    journal.backup(backup)
    journal.lock()
    passfile = tmp_path / "pass.txt"
    passfile.write_bytes(b"\xef\xbb\xbf" + TYPED.encode() + b"\r\n")
    target = tmp_path / "restored" / "journal.pswvault"
    target.parent.mkdir()
    argv = ["--vault", str(target), "--passphrase-file", str(passfile), "restore", str(backup)]
    code = run(argv)
    err = capsys.readouterr().err
    assert code == 0, err
    assert "before 3 December 2026" in err and target.exists()


def test_a_blank_first_line_names_the_file_and_the_second_is_never_taken(tmp_path):
    passfile = tmp_path / "pass.txt"
    passfile.write_bytes(b"\r\nsecret on line two\r\n")
    with pytest.raises(UsageError, match=r"first line of .*pass\.txt is empty"):
        read_secret(str(passfile), "new passphrase")
