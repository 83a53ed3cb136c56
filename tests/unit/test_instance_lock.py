"""One writer at a time: the lock beside the journal (app and command line), and the
revision check that stops a save from stale memory when no lock could be taken."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app import cli
from journal_app.errors import JournalInUse, RecordChangedElsewhere
from journal_app.services.instance_lock import InstanceLock, lock_path
from journal_app.services.journal import Journal


def test_a_second_holder_is_told_who_has_it(vault_path):
    first = InstanceLock(vault_path, kind="app")
    assert first.acquire()
    with pytest.raises(JournalInUse) as caught:
        InstanceLock(vault_path, kind="command line").acquire()
    assert f"process {os.getpid()}" in caught.value.message
    assert "open in PSW Journal" in caught.value.message
    first.release()
    with InstanceLock(vault_path) as again:
        assert again.acquire()


def test_a_waiting_writer_gets_the_lock_when_it_is_let_go(vault_path):
    first = InstanceLock(vault_path)
    first.acquire()
    threading.Timer(0.3, first.release).start()
    started = time.monotonic()
    second = InstanceLock(vault_path, kind="command line")
    assert second.acquire(wait=5)
    assert 0.2 < time.monotonic() - started < 3
    second.release()


def test_a_killed_holder_leaves_no_stale_lock(vault_path):
    vault_path.parent.mkdir(exist_ok=True)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from journal_app.services.instance_lock import InstanceLock
                InstanceLock({str(vault_path)!r}).acquire()
                print("held", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(JournalInUse):
            InstanceLock(vault_path).acquire()
        child.kill()
        child.wait(timeout=10)
        assert InstanceLock(vault_path).acquire()
    finally:
        child.kill()
        child.wait()
    assert lock_path(vault_path).read_text().split("\n")[0] == str(os.getpid())


def test_a_folder_that_cannot_hold_a_lock_still_reads(tmp_path, monkeypatch):
    real_open = os.open

    def refuse_lock_file(path, *args, **kwargs):
        if str(path).endswith(".lock"):
            raise PermissionError(13, "read-only media")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_lock_file)
    assert InstanceLock(tmp_path / "journal.pswvault").acquire() is False


def _cli(vault, passfile, *argv, stdin=None, monkeypatch=None, capsys=None):
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.run(["--vault", str(vault), "--passphrase-file", str(passfile), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_writes_wait_then_refuse_while_the_app_has_the_journal(
    journal, vault_path, tmp_path, monkeypatch, capsys
):
    record = journal.add({"type": "checkin", "date": "2026-11-02", "fields": {"mood": 5}})
    journal.lock()
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setattr(cli, "LOCK_WAIT_SECONDS", 0.3)
    app = InstanceLock(vault_path, kind="app")
    app.acquire()
    before = vault_path.read_bytes()
    new = json.dumps({"type": "checkin", "date": "2026-11-03", "fields": {"mood": 6}})
    code, _, err = _cli(
        vault_path,
        passfile,
        "add",
        "--json",
        "-",
        stdin=new,
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 1
    assert "open in PSW Journal" in err and "Ctrl+L" in err and "Traceback" not in err
    assert vault_path.read_bytes() == before
    # Reading needs no lock: SQLite gives the command line a consistent snapshot.
    code, out, _ = _cli(vault_path, passfile, "list", capsys=capsys)
    assert code == 0 and record.id in out
    app.release()
    code, _, err = _cli(
        vault_path,
        passfile,
        "add",
        "--json",
        "-",
        stdin=new,
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 0, err


def test_a_save_from_stale_memory_is_refused_and_nothing_is_lost(vault_path):
    """Two copies open at once (a file system without locks): the second one's save of
    a record the first changed is refused; the first one's words stay."""
    first, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    record = first.add({"type": "reflection", "date": "2026-11-02", "title": "v1"})
    second = Journal.open(vault_path, PASSPHRASE)
    try:
        first.edit(record.id, {"title": "written in the first window"})
        with pytest.raises(RecordChangedElsewhere):
            second.edit(record.id, {"title": "written in the second window"})
        with pytest.raises(RecordChangedElsewhere):
            second.move_to_trash(record.id)
        assert second.get(record.id).title == "v1"  # its memory is untouched...
        first.lock()
        reread = Journal.open(vault_path, PASSPHRASE)
        assert reread.get(record.id).title == "written in the first window"  # ...and so is disk
        reread.edit(record.id, {"title": "a fresh read can save"})
        reread.lock()
    finally:
        for j in (first, second):
            if j.is_open:
                j.lock()


def test_new_records_from_two_copies_both_land(vault_path):
    first, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    second = Journal.open(vault_path, PASSPHRASE)
    first.add({"type": "checkin", "date": "2026-11-02"})
    second.add({"type": "checkin", "date": "2026-11-03"})
    first.lock()
    second.lock()
    again = Journal.open(vault_path, PASSPHRASE)
    assert len(again) == 2
    again.lock()
