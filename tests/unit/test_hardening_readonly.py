"""Hardening, finding 11: reading must not write. Opening a vault for reading never
changes the file (a backup stays byte for byte as it was made), read-only media work
for every read command, and a write on a read-only journal fails in words, exit 1,
with nothing changed.

Read-only media are emulated two ways. A real read-only bind mount, made in a
private mount namespace (`unshare`) so it can never leak out of the test, where this
machine allows it (Linux, as root). And everywhere: the file made 0400 and its folder
0500; since root writes through permission bits, a test running as root also makes
os.access say what it says on a read-only mount (no write access), which is what the
app asks. Either way the folder's listing and the file's sha256 must not change."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.cli import run
from journal_app.services.journal import Journal
from journal_app.vault import migrations

FAST = ["--kdf-memory", "19456", "--kdf-iterations", "2", "--kdf-lanes", "4"]
REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"

REFLECTION = {
    "type": "reflection",
    "date": "2025-03-01",
    "title": "Group about hearing voices",
    "tags": ["group"],
    "share": "full",
    "fields": {"model": "gibbs", "description": "Ran the Tuesday group"},
}
CHECKIN = {"type": "checkin", "date": "2025-03-02", "fields": {"mood": 6, "note": "steady"}}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> dict[str, str]:
    """Every file in `folder` with its sha256: what reading must leave as it was."""
    return {p.name: _sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


class Cli:
    """psw-journal in-process; the passphrase file lives outside the vault's folder."""

    def __init__(self, home: Path, capsys, monkeypatch) -> None:
        self.capsys = capsys
        self.monkeypatch = monkeypatch
        self.passfile = home / "pass.txt"
        self.passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def __call__(self, vault: Path, *argv: str, stdin: str | None = None):
        if stdin is not None:
            import io

            self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = run(["--vault", str(vault), "--passphrase-file", str(self.passfile), *argv])
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> Cli:
    return Cli(tmp_path, capsys, monkeypatch)


def _journal_with_records(cli: Cli, vault: Path) -> list[str]:
    code, _, err = cli(vault, "init", *FAST)
    assert code == 0, err
    ids = []
    for record in (REFLECTION, CHECKIN):
        code, out, err = cli(vault, "add", "--json", "-", stdin=json.dumps(record))
        assert code == 0, err
        ids.append(out.strip())
    return ids


def _read_commands(record_id: str, out_dir: Path) -> dict[str, list[str]]:
    return {
        "list": ["list", "--json"],
        "show": ["show", record_id, "--json"],
        "search": ["search", "Tuesday", "--json"],
        "verify": ["verify", "--json"],
        "export": [
            "export",
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31",
            "--format",
            "md",
            "--out",
            str(out_dir / "pack.md"),
        ],
        "backup": ["backup", str(out_dir / "copy.pswbackup")],
        "history": ["history", record_id, "--json"],
        "trash": ["trash", "--json"],
    }


READ_COMMANDS = ["list", "show", "search", "verify", "export", "backup", "history", "trash"]


# --- a backup stays byte for byte as it was made ------------------------------------------


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_reading_a_backup_leaves_it_byte_for_byte_as_made(cli, tmp_path, command):
    """`--vault BACKUP list` used to switch the backup to WAL (rewriting its header
    bytes); `export` recorded the pack in the backup's share history."""
    ids = _journal_with_records(cli, tmp_path / "journal" / "journal.pswvault")
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    backup = shelf / "journal.pswbackup"
    code, _, err = cli(tmp_path / "journal" / "journal.pswvault", "backup", str(backup))
    assert code == 0, err
    before = _listing(shelf)
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    code, out, err = cli(backup, *_read_commands(ids[0], out_dir)[command])

    assert code == 0, err
    assert _listing(shelf) == before  # the same bytes; no -wal, -shm, -journal or .lock
    if command == "export":
        assert (out_dir / "pack.md").is_file()
        assert "not recorded" in err and "backup" in err
    if command in ("list", "search"):
        assert {r["id"] for r in json.loads(out)} >= {ids[0]}


def test_a_backup_read_by_every_command_in_turn_is_unchanged(cli, tmp_path):
    ids = _journal_with_records(cli, tmp_path / "journal.pswvault")
    backup = tmp_path / "shelf" / "journal.pswbackup"
    backup.parent.mkdir()
    assert cli(tmp_path / "journal.pswvault", "backup", str(backup))[0] == 0
    made = _sha256(backup)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for command in READ_COMMANDS:
        assert cli(backup, *_read_commands(ids[0], out_dir)[command])[0] == 0, command
        assert _sha256(backup) == made, command
    assert sorted(p.name for p in backup.parent.iterdir()) == ["journal.pswbackup"]


def test_reading_the_live_journal_changes_nothing_and_leaves_no_sidecar(cli, tmp_path):
    vault = tmp_path / "journal" / "journal.pswvault"
    ids = _journal_with_records(cli, vault)
    before = _listing(vault.parent)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for command in ("list", "show", "search", "verify", "backup", "history"):
        assert cli(vault, *_read_commands(ids[0], out_dir)[command])[0] == 0, command
        assert _listing(vault.parent) == before, command


def test_an_export_from_the_live_journal_is_still_recorded(cli, tmp_path):
    vault = tmp_path / "journal" / "journal.pswvault"
    ids = _journal_with_records(cli, vault)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = cli(vault, *_read_commands(ids[0], out_dir)["export"])
    assert code == 0, err
    assert "recorded in the share history" in err
    from journal_app.services.share_history import share_history

    journal = Journal.open(vault, PASSPHRASE)
    try:
        assert [e.file_name for e in share_history(journal)] == ["pack.md"]
    finally:
        journal.lock()


def test_a_write_to_a_backup_still_works_and_makes_it_a_journal(cli, tmp_path):
    """Reading leaves a backup alone; a write command asked for by name still writes."""
    vault = tmp_path / "journal.pswvault"
    _journal_with_records(cli, vault)
    backup = tmp_path / "copy.pswbackup"
    assert cli(vault, "backup", str(backup))[0] == 0
    made = _sha256(backup)
    code, _, err = cli(backup, "add", "--json", "-", stdin=json.dumps(CHECKIN))
    assert code == 0, err
    assert _sha256(backup) != made
    code, out, _ = cli(backup, "list", "--json")
    assert code == 0 and len(json.loads(out)) == 3


# --- an older schema is read without migrating the file -------------------------------------


def test_reading_an_old_schema_vault_does_not_migrate_it(cli, tmp_path):
    """An old backup must still be readable, but reading it must not upgrade it: the
    app reads a migrated copy in memory. The first write upgrades the file, keeping
    the copy it always keeps before a migration."""
    spec = json.loads((FIXTURES / "golden-v1.json").read_text("utf-8"))
    folder = tmp_path / "old"
    folder.mkdir()
    vault = folder / "journal.pswvault"
    shutil.copyfile(FIXTURES / spec["vault"], vault)
    cli.passfile.write_text(spec["passphrase"] + "\n", encoding="utf-8")
    before = _listing(folder)

    for argv in (["list", "--json"], ["verify", "--json"], ["search", "a", "--json"]):
        code, out, err = cli(vault, *argv)
        assert code == 0, err
        assert _listing(folder) == before, argv
    code, out, _ = cli(vault, "list", "--json")
    assert {r["id"] for r in json.loads(out)} == {r["id"] for r in spec["records"]}

    code, _, err = cli(vault, "add", "--json", "-", stdin=json.dumps(CHECKIN))
    assert code == 0, err
    assert (folder / "journal.pswvault.pre-migration-v1.bak").is_file()
    with sqlite3.connect(vault) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST


def test_an_old_schema_vault_on_read_only_media_can_be_read(cli, tmp_path, read_only):
    spec = json.loads((FIXTURES / "golden-v1.json").read_text("utf-8"))
    folder = tmp_path / "old"
    folder.mkdir()
    vault = folder / "journal.pswvault"
    shutil.copyfile(FIXTURES / spec["vault"], vault)
    cli.passfile.write_text(spec["passphrase"] + "\n", encoding="utf-8")
    read_only(folder)
    before = _listing(folder)
    code, out, err = cli(vault, "list", "--json")
    assert code == 0, err
    assert len(json.loads(out)) == len(spec["records"])
    assert _listing(folder) == before


# --- read-only media: a folder and file that cannot be written ---------------------------------


@pytest.fixture
def read_only(monkeypatch):
    """Make folders read-only (file 0400, folder 0500). As root the bits stop nothing,
    so os.access, which the app asks, is made to answer as on a read-only mount."""
    made: list[Path] = []

    def make(folder: Path) -> None:
        folder = Path(folder).resolve()
        for path in folder.iterdir():
            path.chmod(0o400)
        folder.chmod(0o500)
        made.append(folder)

    if os.geteuid() == 0 if hasattr(os, "geteuid") else False:
        real_access = os.access

        def access(path, mode, *args, **kwargs):
            target = Path(os.fspath(path)).absolute()
            inside = any(target == f or f in target.parents for f in made)
            if inside and mode & os.W_OK:
                return False
            return real_access(path, mode, *args, **kwargs)

        monkeypatch.setattr(os, "access", access)
    yield make
    for folder in made:
        folder.chmod(stat.S_IRWXU)
        for path in folder.iterdir():
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_every_read_command_works_on_a_read_only_journal(cli, tmp_path, read_only, command):
    vault = tmp_path / "media" / "journal.pswvault"
    ids = _journal_with_records(cli, vault)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    read_only(vault.parent)
    before = _listing(vault.parent)

    code, out, err = cli(vault, *_read_commands(ids[0], out_dir)[command])

    assert code == 0, err
    assert "disk refused" not in err
    assert _listing(vault.parent) == before
    if command == "export":
        assert (out_dir / "pack.md").is_file()
        assert "not recorded" in err and "read-only" in err
    if command == "list":
        assert len(json.loads(out)) == 2


WRITES = {
    "add": lambda ids: ["add", "--json", "-"],
    "edit": lambda ids: ["edit", ids[0], "--json", "-"],
    "delete": lambda ids: ["delete", ids[0]],
    "revert": lambda ids: ["revert", ids[0], "1"],
    "restore-record": lambda ids: ["restore-record", ids[1]],
    "empty-trash": lambda ids: ["empty-trash"],
    "change-passphrase": lambda ids: ["change-passphrase", "--new-passphrase-file", "NEW"],
}


@pytest.mark.parametrize("command", sorted(WRITES))
def test_a_write_on_a_read_only_journal_fails_in_words_and_changes_nothing(
    cli, tmp_path, read_only, command
):
    vault = tmp_path / "media" / "journal.pswvault"
    ids = _journal_with_records(cli, vault)
    # Something for each command to do: an earlier version, an entry in the trash.
    assert cli(vault, "edit", ids[0], "--json", "-", stdin='{"title": "second"}')[0] == 0
    assert cli(vault, "delete", ids[1])[0] == 0
    new_pass = tmp_path / "new.txt"
    new_pass.write_text("an entirely different passphrase here\n", encoding="utf-8")
    argv = [str(new_pass) if a == "NEW" else a for a in WRITES[command](ids)]
    read_only(vault.parent)
    before = _listing(vault.parent)

    code, _, err = cli(vault, *argv, stdin=json.dumps({"title": "changed"}))

    assert code == 1, err
    assert "read-only" in err and "nothing was changed" in err
    assert "Traceback" not in err and "unexpected" not in err
    assert _listing(vault.parent) == before


def test_recover_on_a_read_only_journal_fails_in_words(cli, tmp_path, read_only):
    vault = tmp_path / "media" / "journal.pswvault"
    code, out, _ = cli(vault, "init", *FAST)
    key = tmp_path / "key.txt"
    key.write_text(out.strip() + "\n", encoding="utf-8")
    new_pass = tmp_path / "new.txt"
    new_pass.write_text("an entirely different passphrase here\n", encoding="utf-8")
    read_only(vault.parent)
    before = _listing(vault.parent)
    code, _, err = cli(
        vault, "recover", "--recovery-key-file", str(key), "--new-passphrase-file", str(new_pass)
    )
    assert code == 1, err
    assert "read-only" in err
    assert _listing(vault.parent) == before


def test_a_journal_with_a_read_only_file_in_a_writable_folder_is_read_only(
    cli, tmp_path, monkeypatch
):
    vault = tmp_path / "journal.pswvault"
    _journal_with_records(cli, vault)
    vault.chmod(0o400)
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root writes through the bits
        real_access = os.access
        monkeypatch.setattr(
            os,
            "access",
            lambda p, m, *a, **k: (
                False if Path(p).absolute() == vault and m & os.W_OK else real_access(p, m, *a, **k)
            ),
        )
    made = _sha256(vault)
    try:
        code, out, err = cli(vault, "list", "--json")
        assert code == 0, err
        assert len(json.loads(out)) == 2
        code, _, err = cli(vault, "add", "--json", "-", stdin=json.dumps(CHECKIN))
        assert code == 1 and "read-only" in err
        assert _sha256(vault) == made
    finally:
        vault.chmod(0o600)


def test_the_store_says_it_is_read_only_and_refuses_a_save(tmp_path, read_only):
    vault = tmp_path / "media" / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    record = journal.add(CHECKIN)
    journal.lock()
    read_only(vault.parent)
    journal = Journal.open(vault, PASSPHRASE)
    try:
        assert journal.read_only
        assert journal.get(record.id).fields["note"] == "steady"
        from journal_app.errors import StorageError

        with pytest.raises(StorageError) as refused:
            journal.edit(record.id, {"fields": {"note": "changed"}})
        assert "read-only" in refused.value.message
        assert journal.get(record.id).fields["note"] == "steady"
    finally:
        journal.lock()


# --- a real read-only mount (Linux, root: a private mount namespace) ---------------------------


def _unshare_works() -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "true"], capture_output=True
    )
    return probe.returncode == 0


def _on_read_only_mount(folder: Path, *argv: str) -> subprocess.CompletedProcess:
    """Run psw-journal with `folder` bind-mounted read-only over itself, in a mount
    namespace of its own (the host never sees the mount)."""
    script = (
        'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" || exit 97; '
        'touch "$1/probe" 2>/dev/null && exit 98; shift; exec "$@"'
    )
    namespace = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh"]
    return subprocess.run(
        [*namespace, str(folder), sys.executable, "-m", "journal_app", *argv],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


@pytest.mark.skipif(not _unshare_works(), reason="needs Linux, root and unshare(1)")
def test_a_journal_on_a_read_only_mount_can_be_listed(cli, tmp_path):
    vault = tmp_path / "media" / "journal.pswvault"
    ids = _journal_with_records(cli, vault)
    before = _listing(vault.parent)
    common = ["--vault", str(vault), "--passphrase-file", str(cli.passfile)]

    listed = _on_read_only_mount(vault.parent, *common, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert sorted(r["id"] for r in json.loads(listed.stdout)) == sorted(ids)
    shown = _on_read_only_mount(vault.parent, *common, "show", ids[1], "--json")
    assert shown.returncode == 0, shown.stderr
    verified = _on_read_only_mount(vault.parent, *common, "verify")
    assert verified.returncode == 0, verified.stderr

    refused = _on_read_only_mount(vault.parent, *common, "delete", ids[0])
    assert refused.returncode == 1
    assert "read-only" in refused.stderr and "Traceback" not in refused.stderr
    assert _listing(vault.parent) == before


# --- journals, not copies: what reading must still see and do --------------------------------


def test_a_restored_backup_is_a_journal_that_records_exports(cli, tmp_path):
    """A backup is read as a copy; once restored it is the journal, so an export from
    it goes into its share history as from any journal."""
    vault = tmp_path / "journal.pswvault"
    _journal_with_records(cli, vault)
    backup = tmp_path / "copy.pswbackup"
    assert cli(vault, "backup", str(backup))[0] == 0
    restored = tmp_path / "restored" / "journal.pswvault"
    code, _, err = cli(restored, "restore", str(backup))
    assert code == 0, err
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = cli(restored, *_read_commands("unused", out_dir)["export"])
    assert code == 0, err
    assert "recorded in the share history" in err and "not recorded" not in err


def test_reading_sees_saves_still_in_the_wal_of_an_open_journal(cli, journal, vault_path):
    """The app has the journal open, its newest save only in the -wal: a read command
    beside it sees that save, and leaves the app's files to the app."""
    record = journal.add(CHECKIN)
    assert vault_path.with_name(vault_path.name + "-wal").stat().st_size > 0
    code, out, err = cli(vault_path, "list", "--json")
    assert code == 0, err
    assert [r["id"] for r in json.loads(out)] == [record.id]
    journal.edit(record.id, {"fields": {"note": "still writing"}})  # the app goes on
    code, out, _ = cli(vault_path, "show", record.id, "--json")
    assert json.loads(out)["fields"]["note"] == "still writing"
