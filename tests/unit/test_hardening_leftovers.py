"""Hardening (issue 15): finding 10, leftovers after a kill or a full disk, and two
of finding 12's smaller points: a record over a sane total size, and the rescue from
a backup chosen by what the backup holds rather than by its file name."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from long_work import finish_running

from journal_app.cli import run
from journal_app.errors import StorageError, ValidationError
from journal_app.services.journal import Journal

SECRET = "Words about a hard day that only the journal may hold"
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and RLIMIT_FSIZE are POSIX")


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "journal" / "journal.pswvault"
    journal, _ = Journal.create(path, PASSPHRASE, FAST_KDF)
    for day in range(1, 4):
        journal.add(
            {
                "type": "reflection",
                "date": f"2025-02-0{day}",
                "title": f"Day {day}",
                "fields": {"model": "free", "text": f"{SECRET} {day}. " + "more words " * 4000},
            }
        )
    journal.lock()
    return path


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def _cli(vault: Path, passfile: Path, *argv: str) -> int:
    return run(["--vault", str(vault), "--passphrase-file", str(passfile), *argv])


def _holding_text(folder: Path) -> list[Path]:
    """Every file under `folder` (hidden ones too) that holds journal text."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and SECRET.encode() in path.read_bytes():
            found.append(path)
    return found


def _everything(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _pending_notes() -> list[str]:
    from journal_app.paths import data_dir

    folder = data_dir() / "pending"
    return sorted(os.listdir(folder)) if folder.is_dir() else []


def _dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


# A child that writes, and blocks at its first fsync of the export (the file is
# written, not yet in place) until it is killed: what a kill mid-export leaves.
KILLED_WRITER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from journal_app.services.journal import Journal

    vault, passphrase, what, out = sys.argv[1:5]
    journal = Journal.open(Path(vault), passphrase)
    real_fsync = os.fsync

    def fsync(fd):
        real_fsync(fd)
        print("written", flush=True)
        sys.stdin.read()  # until killed

    os.fsync = fsync
    if what == "pdf":
        from journal_app.export.document import Document, Paragraph
        from journal_app.export.formats import write_document

        text = journal.records()[0].fields["text"]
        doc = Document("Pack", (), "Confidential", (Paragraph(text[:400]),))
        write_document(doc, "pdf", Path(out))
    else:
        from journal_app.services.export_all import export_all

        export_all(journal, what, Path(out))
    print("finished", flush=True)
    """
)


def _kill_while_writing(vault: Path, what: str, out: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(vault), PASSPHRASE, what, str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line == b"written\n", proc.stderr.read().decode() if proc.stderr else line
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert proc.returncode == -signal.SIGKILL


# --- finding 10: a kill mid-export, then the next start -----------------------------


@posix_only
@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_leftovers_an_export_all_killed_mid_write_is_removed_by_the_next_command(
    vault: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = tmp_path / "export"
    _kill_while_writing(vault, fmt, out)
    assert _holding_text(out), "the killed run wrote nothing: the test proves nothing"

    assert _cli(vault, passfile, "list") == 0  # any command sweeps first
    assert _holding_text(out) == []
    assert _everything(out) == []  # nothing at all of the killed export is left
    assert _pending_notes() == []
    assert "Day 1" in capsys.readouterr().out


@posix_only
def test_leftovers_a_pdf_export_killed_mid_write_is_removed_at_the_apps_start(
    vault: Path, tmp_path: Path, qapp
) -> None:
    from journal_app.gui.app import AppController
    from journal_app.gui.session import Session
    from journal_app.gui.settings import AppSettings

    folder = tmp_path / "somewhere the worker chose"
    folder.mkdir()
    _kill_while_writing(vault, "pdf", folder / "pack.pdf")
    [left] = [p for p in folder.iterdir()]
    assert left.name.startswith(".pack.pdf.") and left.stat().st_size > 0

    settings = AppSettings()
    controller = AppController(Session(vault, settings), settings)
    controller.sweep_leftovers()  # what the app's start runs before asking for the key
    assert list(folder.iterdir()) == []
    assert _pending_notes() == []


def test_leftovers_in_the_journal_and_backup_folders_are_removed_and_nothing_else(
    vault: Path, passfile: Path
) -> None:
    """What killed runs leave beside the journal (a vault being created or restored)
    and in the backup folder (a half-written automatic backup), found by name: only
    our names, only of processes that have ended."""
    from journal_app.services.auto_backup import default_backup_dir

    dead, alive = _dead_pid(), os.getpid()
    backups = default_backup_dir()
    backups.mkdir(parents=True)
    here = vault.parent
    ours = [
        here / f".journal.pswvault.creating-{dead}",
        here / f".journal.pswvault.creating-{dead}-wal",
        here / f".journal.pswvault.restoring-{dead}",
        here / f".journal.pswvault.pre-migration-v1.bak.partial-{dead}",
        backups / f".psw-journal-auto-20250101-120000.pswbackup.partial-{dead}",
        backups / f".psw-journal-auto-20250101-120000.pswbackup.partial-{dead}-journal",
        backups / f".psw-journal.json.part-{dead}-0badc0de",
    ]
    others = [
        here / f".journal.pswvault.partial-{alive}",  # a live process writes it
        here / f"notes.partial-{dead}",  # not a name we give
        here / ".journal.pswvault.partial-me",
        here / "journal.pswvault.bak",
        backups / "psw-journal-auto-20250101-120000.pswbackup",
        backups / "my own copy.pswbackup",
    ]
    for path in ours + others:
        path.write_bytes(b"x" * 1000)
    a_folder = here / f".journal.pswvault.partial-{dead}"  # our kinds of file are files
    a_folder.mkdir()
    (a_folder / "someone's.txt").write_text("kept")

    assert _cli(vault, passfile, "list") == 0

    assert [p.name for p in ours if p.exists()] == []
    assert [p.name for p in others if not p.exists()] == []
    assert (a_folder / "someone's.txt").read_text() == "kept"


def test_leftovers_a_backup_killed_in_a_folder_of_its_own_is_removed_by_its_note(
    vault: Path, passfile: Path, tmp_path: Path
) -> None:
    """`psw-journal backup OUT` puts the file anywhere: while it is written a note in
    the data folder names it, so a later start finds what a kill left there."""
    from journal_app.disk import files

    folder = tmp_path / "usb stick"
    folder.mkdir()
    journal = Journal.open(vault, PASSPHRASE)
    seen: list[list[str]] = []
    real_replace = files.replace

    def replace(src: Path, dst: Path) -> None:  # the moment before the file is in place
        seen.append(_pending_notes())
        real_replace(src, dst)

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(files, "replace", replace)
        journal.backup(folder / "copy.pswbackup")
    journal.lock()
    assert len(seen) == 1 and len(seen[0]) == 1, "no note while the backup was written"
    assert _pending_notes() == [], "the note outlived the backup"

    # What a kill leaves: the temporary file and its note, by a process now gone.
    from journal_app.paths import data_dir

    dead = _dead_pid()
    temp = folder / f".copy2.pswbackup.partial-{dead}"
    temp.write_bytes(b"half a backup")
    notes = data_dir() / "pending"
    (notes / f"{dead}-0123abcd").write_text(f"{temp}\n", encoding="utf-8")
    mine = folder / "keep me.txt"
    mine.write_text("the worker's own")
    (notes / f"{dead}-4567abcd").write_text(f"{mine}\n", encoding="utf-8")  # not our name

    assert _cli(vault, passfile, "list") == 0
    assert not temp.exists()
    assert mine.read_text() == "the worker's own"  # a note never leads to another file


def test_leftovers_a_plaintext_leftover_that_cannot_be_removed_is_named(
    vault: Path,
    passfile: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from journal_app.disk import files
    from journal_app.paths import data_dir

    dead = _dead_pid()
    folder = tmp_path / "exports"
    folder.mkdir()
    stuck = folder / f".pack.pdf.part-{dead}-89abcdef"
    stuck.write_text(SECRET)
    notes = data_dir() / "pending"
    notes.mkdir(parents=True)
    (notes / f"{dead}-0123abcd").write_text(f"{stuck}\n", encoding="utf-8")
    real_remove = files.remove

    def remove(path: Path, missing_ok: bool = True) -> None:
        if Path(path) == stuck:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        real_remove(path, missing_ok)

    monkeypatch.setattr(files, "remove", remove)

    assert _cli(vault, passfile, "list") == 0
    err = capsys.readouterr().err
    assert str(stuck) in err and "not encrypted" in err
    assert _pending_notes() == [f"{dead}-0123abcd"]  # kept: the next start tries again

    monkeypatch.setattr(files, "remove", real_remove)
    assert _cli(vault, passfile, "list") == 0
    assert not stuck.exists() and _pending_notes() == []
    assert str(stuck) not in capsys.readouterr().err


def test_leftovers_an_export_that_fails_and_cannot_be_cleaned_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.disk import files
    from journal_app.export import formats

    def writer(path: Path) -> None:
        path.write_text(SECRET)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "remove", lambda *a, **k: (_ for _ in ()).throw(PermissionError()))
    with pytest.raises(StorageError) as failed:
        formats.write_atomically(tmp_path / "pack.md", writer)
    [left] = list(tmp_path.iterdir())
    assert "disk is full" in failed.value.message
    assert str(left) in failed.value.message and "not encrypted" in failed.value.message


# --- finding 10: a full disk part-way through a file --------------------------------

# A child that opens the journal, then may write no file larger than LIMIT bytes (as
# on a disk with that much space left), and tries to write `what`.
FULL_DISK_WRITER = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from journal_app.errors import JournalError
    from journal_app.services.journal import Journal

    vault, passphrase, what, out, limit = sys.argv[1:6]
    journal = Journal.open(Path(vault), passphrase)
    records = journal.records()
    if what in ("pdf", "recovery-pdf"):
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication([])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), int(limit)))
    try:
        if what == "pdf":
            from journal_app.export.document import Document, Paragraph
            from journal_app.export.formats import write_document

            paras = tuple(Paragraph(r.fields["text"][:3000]) for r in records for _ in range(4))
            write_document(Document("Pack", (), "Confidential", paras), "pdf", Path(out))
        elif what == "recovery-pdf":
            from journal_app.gui.dialogs.recovery import RecoveryKeySheet

            key = "-".join(["ABCDE"] * 8)
            window = QWidget()
            RecoveryKeySheet(key, "journal.pswvault", window).save_pdf(Path(out))
        elif what == "backup":
            journal.backup(Path(out))
        else:
            from journal_app.services.export_all import export_all

            export_all(journal, what, Path(out))
    except JournalError as exc:
        print("refused:", exc.message, flush=True)
        sys.exit(1)
    print("written", flush=True)
    """
)


def _write_on_a_full_disk(vault: Path, what: str, out: Path, limit: int) -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            FULL_DISK_WRITER,
            str(vault),
            PASSPHRASE,
            what,
            str(out),
            str(limit),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 1 and done.stdout.startswith("refused:"), (done.stdout, done.stderr)
    return done.stdout


@posix_only
@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_leftovers_export_all_on_a_full_disk_leaves_no_partial_file(
    vault: Path, tmp_path: Path, fmt: str
) -> None:
    parent = tmp_path / "exports"
    parent.mkdir()
    message = _write_on_a_full_disk(vault, fmt, parent / "everything", 20_000)
    assert "could not write everything" in message  # as a backup or a pack says it
    assert _everything(parent) == []  # not even the folder it made
    assert _pending_notes() == []


@posix_only
@pytest.mark.parametrize("what", ["pdf", "recovery-pdf", "backup"])
def test_leftovers_a_pdf_or_backup_on_a_full_disk_leaves_no_partial_file(
    vault: Path, tmp_path: Path, what: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    message = _write_on_a_full_disk(vault, what, folder / "file.out", 8_000)
    assert "could not write" in message or "disk" in message
    assert _everything(folder) == []
    assert _pending_notes() == []


def test_leftovers_the_copy_before_a_migration_is_never_left_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.vault import migrations

    fixtures = Path(__file__).parent.parent / "fixtures"
    vault = tmp_path / "journal.pswvault"
    shutil.copyfile(fixtures / "golden-v1.pswvault", vault)

    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(migrations, "fsync_file", full)
    spec = json.loads((fixtures / "golden-v1.json").read_text("utf-8"))
    journal = Journal.open(vault, spec["passphrase"])  # reading migrates only in memory
    try:
        with pytest.raises(StorageError) as failed:  # the first write upgrades the file
            journal.add({"type": "checkin", "date": "2026-11-01"})
    finally:
        journal.lock()
    assert "nothing was changed" in failed.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.pswvault"]


# --- finding 12: a record over a sane total size ----------------------------------


def test_record_size_one_field_over_the_total_exits_2_naming_it(
    vault: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sections = [{"heading": f"Part {n}", "text": "w" * 200_000} for n in range(51)]
    record = tmp_path / "big.json"
    record.write_text(
        json.dumps(
            {
                "type": "reflection",
                "date": "2025-03-01",
                "fields": {"model": "custom", "sections": sections},
            }
        ),
        encoding="utf-8",
    )
    capsys.readouterr()

    assert _cli(vault, passfile, "add", "--json", str(record)) == 2
    err = capsys.readouterr().err
    assert "fields.sections" in err and "too large" in err and "10,000,000" in err
    assert "disk" not in err and "DataError" not in err
    journal = Journal.open(vault, PASSPHRASE)
    try:
        assert len(journal.records()) == 3  # nothing written
    finally:
        journal.lock()


def test_record_size_many_fields_over_the_total_say_the_entry_is_too_large(
    vault: Path,
) -> None:
    texts = {name: "w" * 200_000 for name in ("description", "feelings", "evaluation")}
    sections = [{"heading": "", "text": "w" * 200_000} for _ in range(48)]  # 9.6 M
    journal = Journal.open(vault, PASSPHRASE)
    try:
        record = journal.records()[0]
        with pytest.raises(ValidationError) as failed:
            journal.edit(record.id, {"fields": {"sections": sections, **texts}})
        assert failed.value.field == "fields"
        assert "entry is too large" in failed.value.problem
        assert journal.get(record.id).fields == record.fields  # nothing written
        journal.edit(record.id, {"fields": {"sections": sections}})  # just under: fine
    finally:
        journal.lock()


# --- finding 12: the rescue from a backup goes by what the backup holds ----------------


NOW = datetime(2026, 11, 23, 18, 0, 0)


def test_rescue_takes_the_backup_with_the_newest_saves_whatever_its_file_name_says(
    tmp_path: Path,
) -> None:
    from journal_app.services.auto_backup import backup_name, restore_newest_good_backup

    vault = tmp_path / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2025-01-01", "title": "First"})
    folder = tmp_path / "backups"
    folder.mkdir()
    # An older copy under the name the newest backup would have (a clock that was
    # wrong, or a copy renamed): its file name says it is the newest.
    older = folder / backup_name(NOW)
    journal.backup(older)
    journal.add({"type": "checkin", "date": "2025-01-02", "title": "Second"})
    newest_saved = max(r.updated for r in journal.records())
    newer = folder / backup_name(NOW - timedelta(days=3))
    journal.backup(newer)
    journal.lock()
    vault.write_bytes(b"damaged beyond reading" + vault.read_bytes()[100:])

    rescued = restore_newest_good_backup(vault, PASSPHRASE, folder, NOW)

    assert rescued is not None and rescued.backup == newer
    assert rescued.saved == newest_saved  # the date inside it, not its name's
    restored = Journal.open(vault, PASSPHRASE)
    try:
        assert sorted(r.title for r in restored.records()) == ["First", "Second"]
    finally:
        restored.lock()


def test_rescue_offer_says_the_date_inside_the_backup_not_its_file_name(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPushButton

    from journal_app.gui.dialogs.unlock import UnlockDialog
    from journal_app.gui.session import Session
    from journal_app.gui.settings import AppSettings
    from journal_app.services.auto_backup import backup_name

    vault = tmp_path / "v.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2025-01-01", "title": "First"})
    folder = tmp_path / "backups"
    folder.mkdir()
    journal.backup(folder / backup_name(NOW))  # older, under the newest name
    journal.add({"type": "checkin", "date": "2025-01-02", "title": "Second"})
    newest_saved = max(r.updated for r in journal.records())
    journal.backup(folder / backup_name(NOW - timedelta(days=3)))
    journal.lock()
    vault.write_bytes(b"damaged " * 1000)

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.backup_folder = folder
    session = Session(vault, settings, kdf=FAST_KDF)
    asked, told = [], []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    dialog = UnlockDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphraseEdit"), PASSPHRASE)
    dialog.findChild(QPushButton, "unlockButton").click()
    finish_running(qtbot)  # the unlock, the search for a backup and the rescue
    try:
        from journal_app.gui.date_text import moment_text  # the app's one date style

        inside = moment_text(newest_saved)
        assert inside in asked[0] and "2 entries" in asked[0]
        assert "23 November 2026" not in asked[0] and "20261123" not in asked[0]
        assert inside in told[0] and "20261123" not in told[0]
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert sorted(r.title for r in session.journal.records()) == ["First", "Second"]
    finally:
        session.lock()


def test_rescue_declined_leaves_only_the_failed_journal(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton

    from journal_app.gui.dialogs.unlock import UnlockDialog
    from journal_app.gui.session import Session
    from journal_app.gui.settings import AppSettings
    from journal_app.services.auto_backup import backup_name

    vault = tmp_path / "v.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    folder = tmp_path / "backups"
    folder.mkdir()
    journal.backup(folder / backup_name(NOW))
    journal.lock()
    vault.write_bytes(b"damaged " * 1000)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.backup_folder = folder
    session = Session(vault, settings, kdf=FAST_KDF)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog = UnlockDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphraseEdit"), PASSPHRASE)
    dialog.findChild(QPushButton, "unlockButton").click()
    finish_running(qtbot)  # the unlock, then the search for a good backup
    assert not session.is_unlocked
    assert vault.read_bytes() == b"damaged " * 1000
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "s.ini",
        "v.pswvault",
        "v.pswvault.lock",
    ]
