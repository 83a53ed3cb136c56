"""Hardening (issue 15, finding 4): concurrent use loses no settings and no share
history. Several programs may have one journal open at once (the app and a command,
or commands the instance lock let through one after another while each kept what it
read at unlock), so every change to the settings and to the share history is read
from the file and written back in one write transaction; a journal opened earlier
reads the file's current value, not what it read when it opened.

These tests call the services layer (Journal, export_pack) in separate processes,
not the command line: the command line's instance lock would serialise whole
commands and hide what the vault's own transactions do or fail to do."""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from long_work import finish

from journal_app.services.journal import HISTORY_LIMIT, Journal
from journal_app.services.pack import PackOptions, build_pack
from journal_app.services.share_history import export_pack, share_history

WRITERS = 6
WAIT = 120  # seconds: only so that a hung process fails the test instead of hanging it
RECORD = {
    "type": "reflection",
    "date": "2025-02-01",
    "title": "Shared",
    "share": "full",
    "fields": {"model": "free", "text": "Words"},
}
START, END = date(2025, 1, 1), date(2025, 3, 31)


def _export_one(path: str, out: str, n: int, barrier) -> None:
    """Open the journal, wait until every writer has it open, then export a pack."""
    journal = Journal.open(Path(path), PASSPHRASE)
    try:
        options = PackOptions(START, END, recipient=f"Supervisor {n}")
        pack = build_pack(journal.records(), journal.vocabulary, options)
        barrier.wait(WAIT)
        export_pack(journal, pack, "md", Path(out))
    finally:
        journal.lock()


def _change_setting(path: str, n: int, barrier) -> None:
    """Open the journal, wait until every writer has it open, then change one
    setting: writer 0 the history limit (its own path), the others a key each."""
    journal = Journal.open(Path(path), PASSPHRASE)
    try:
        barrier.wait(WAIT)
        if n == 0:
            journal.set_history_limit(7)
        else:
            journal.save_settings({f"key{n}": n})
    finally:
        journal.lock()


def _run(target, args_for) -> None:
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(WRITERS)
    workers = [spawn.Process(target=target, args=(*args_for(n), barrier)) for n in range(WRITERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(WAIT)
    assert [w.exitcode for w in workers] == [0] * WRITERS


def _vault(tmp_path: Path) -> Path:
    path = tmp_path / "v.pswvault"
    journal, _ = Journal.create(path, PASSPHRASE, FAST_KDF)
    journal.add(RECORD)
    journal.save_settings({"display_name": "Sam"})
    journal.lock()
    return path


@pytest.mark.slow  # six processes racing: about 3 s
def test_concurrent_exports_keep_every_share_history_entry(tmp_path: Path):
    path = _vault(tmp_path)
    _run(_export_one, lambda n: (str(path), str(tmp_path / f"pack-{n}.md"), n))
    journal = Journal.open(path, PASSPHRASE)
    try:
        entries = share_history(journal)
        assert sorted(e.recipient for e in entries) == [f"Supervisor {n}" for n in range(WRITERS)]
        assert sorted(e.file_name for e in entries) == [f"pack-{n}.md" for n in range(WRITERS)]
        assert journal.verify() == []
    finally:
        journal.lock()


@pytest.mark.slow  # six processes racing: about 3 s
def test_concurrent_setting_changes_all_survive(tmp_path: Path):
    path = _vault(tmp_path)
    _run(_change_setting, lambda n: (str(path), n))
    journal = Journal.open(path, PASSPHRASE)
    try:
        expected = {"display_name": "Sam", HISTORY_LIMIT: 7}
        expected.update({f"key{n}": n for n in range(1, WRITERS)})
        assert journal.settings() == expected
        assert journal.history_limit() == 7
        assert journal.verify() == []
    finally:
        journal.lock()


def _change_elsewhere(path: str) -> None:
    journal = Journal.open(Path(path), PASSPHRASE)
    try:
        journal.save_settings({"supervisors": ["Alex Morgan"]})
        journal.set_history_limit(3)
    finally:
        journal.lock()


def _in_another_process(target, *args) -> None:
    process = multiprocessing.get_context("spawn").Process(target=target, args=args)
    process.start()
    process.join(WAIT)
    assert process.exitcode == 0


def test_a_journal_open_earlier_sees_and_keeps_a_setting_changed_elsewhere(tmp_path: Path):
    path = _vault(tmp_path)
    journal = Journal.open(path, PASSPHRASE)  # the app, open before the other program
    try:
        assert journal.settings() == {"display_name": "Sam"}
        _in_another_process(_change_elsewhere, str(path))
        assert journal.settings() == {
            "display_name": "Sam",
            "supervisors": ["Alex Morgan"],
            HISTORY_LIMIT: 3,
        }
        assert journal.history_limit() == 3
        record = journal.records()[0]
        for n in range(5):  # the limit set elsewhere applies to this journal's saves
            journal.edit(record.id, {"title": f"Shared {n}"})
        assert journal.history_count() == 3
        journal.save_settings({"display_name": "Sam Lee"})
    finally:
        journal.lock()
    again = Journal.open(path, PASSPHRASE)
    try:
        assert again.settings() == {
            "display_name": "Sam Lee",
            "supervisors": ["Alex Morgan"],
            HISTORY_LIMIT: 3,
        }
        assert again.verify() == []
    finally:
        again.lock()


def test_a_share_history_entry_recorded_elsewhere_is_seen_and_kept(tmp_path: Path):
    path = _vault(tmp_path)
    journal = Journal.open(path, PASSPHRASE)  # the app, open before the command
    try:
        assert share_history(journal) == []
        _in_another_process(_export_one_alone, str(path), str(tmp_path / "cli.md"))
        assert [e.file_name for e in share_history(journal)] == ["cli.md"]
        pack = build_pack(journal.records(), journal.vocabulary, PackOptions(START, END))
        export_pack(journal, pack, "md", tmp_path / "app.md")
        assert sorted(e.file_name for e in share_history(journal)) == ["app.md", "cli.md"]
    finally:
        journal.lock()


def _export_one_alone(path: str, out: str) -> None:
    journal = Journal.open(Path(path), PASSPHRASE)
    try:
        pack = build_pack(journal.records(), journal.vocabulary, PackOptions(START, END))
        export_pack(journal, pack, "md", Path(out))
    finally:
        journal.lock()


def _set_supervisors(path: str, names: list[str]) -> None:
    journal = Journal.open(Path(path), PASSPHRASE)
    try:
        journal.save_settings({"supervisors": names})
    finally:
        journal.lock()


def test_preferences_show_and_keep_settings_another_program_changed(
    tmp_path: Path, qtbot, monkeypatch
):
    """The app's Preferences show the settings as the file holds them when opened, and
    saving them writes back only what the worker changed: a setting another program
    changed while the dialog was open keeps its new value."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog

    from journal_app.gui.dialogs.preferences import PreferencesDialog
    from journal_app.gui.main_window import MainWindow
    from journal_app.gui.session import Session
    from journal_app.gui.settings import AppSettings

    path = tmp_path / "v.pswvault"
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(path, settings, kdf=FAST_KDF)
    finish(qtbot, session.create(PASSPHRASE))
    window = MainWindow(session)
    qtbot.addWidget(window, before_close_func=lambda _w: session.lock())
    _in_another_process(_set_supervisors, str(path), ["Alex Morgan"])
    shown = {}

    def edit(dialog: PreferencesDialog) -> int:
        shown["supervisors"] = [
            dialog.supervisors.item(i).text() for i in range(dialog.supervisors.count())
        ]
        _in_another_process(_set_supervisors, str(path), ["Alex Morgan", "Bo Chen"])
        dialog.display_name.setText("Sam Lee")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", edit)
    window.show_preferences()
    assert shown == {"supervisors": ["Alex Morgan"]}
    personal = session.journal.settings()
    assert personal["display_name"] == "Sam Lee"
    assert personal["supervisors"] == ["Alex Morgan", "Bo Chen"]


def test_opening_never_reads_the_file_behind_sqlites_back_once_connected(tmp_path, monkeypatch):
    """Closing any file descriptor of the vault drops every POSIX lock this process
    holds on it: another process closing its last connection then deletes the WAL
    under this one's feet (seen as 'disk I/O error', SQLITE_IOERR_SHORT_READ, in the
    parallel export test, one run in four). Opening read the file's header with
    Python after connecting; it must not, while any connection to it is open."""
    import builtins
    import sqlite3

    from journal_app.vault.store import VaultStore

    path = _vault(tmp_path)
    connected, late = [], []
    real_connect, real_open = sqlite3.connect, builtins.open

    def connect(database, *args, **kwargs):
        connected.append(database)
        return real_connect(database, *args, **kwargs)

    def opened(file, *args, **kwargs):
        if connected and Path(str(file)) == path:
            late.append(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(builtins, "open", opened)
    store = VaultStore.open(path)
    store.close()
    assert connected and late == []
