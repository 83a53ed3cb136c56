"""Hardening, finding 11, in the app: a journal whose file or folder cannot be written
opens read-only, says so in a banner, and nothing in it can be changed; a write that
is tried anyway refuses in words. Nothing in the journal's folder changes.

Read-only media are emulated by chmod (file 0400, folder 0500); as root, whom the bits
do not stop, os.access, which the app asks, is also made to answer as on read-only
media (tests/unit/test_hardening_readonly.py has a real read-only mount)."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from long_work import finish
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from journal_app.domain.records import RecordType
from journal_app.errors import ReadOnlyVault
from journal_app.gui.messages import user_message

TEXT = "Walked with DM to the allotment and we talked about hope"


def _listing(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def settings(settings):
    settings.auto_backup = False
    return settings


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """In a folder of its own: the media that will be made read-only."""
    (tmp_path / "media").mkdir()
    return tmp_path / "media" / "v.pswvault"


@pytest.fixture
def session(session):
    """A locked journal holding one reflection (`session.record`)."""
    data = session.new_record_data(RecordType.REFLECTION)
    data["fields"]["description"] = TEXT
    session.record = session.save(None, data)  # type: ignore[attr-defined]
    session.lock()
    return session


@pytest.fixture
def read_only_folder(session, monkeypatch):
    folder = session.vault_path.parent.resolve()
    for path in folder.iterdir():
        path.chmod(0o400)
    folder.chmod(0o500)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        real_access = os.access

        def access(path, mode, *args, **kwargs):
            target = Path(os.fspath(path)).absolute()
            if (target == folder or folder in target.parents) and mode & os.W_OK:
                return False
            return real_access(path, mode, *args, **kwargs)

        monkeypatch.setattr(os, "access", access)
    yield folder
    folder.chmod(stat.S_IRWXU)
    for path in folder.iterdir():
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_journal_that_cannot_be_written_opens_read_only_with_a_banner(
    session, read_only_folder, qtbot, tmp_path, open_window
):
    before = _listing(read_only_folder)
    finish(qtbot, session.unlock(PASSPHRASE))
    window = open_window(session)

    banner = window.findChild(QLabel, "read_only_banner")
    assert banner is not None and banner.isVisible()
    assert banner.text().startswith("This journal is open read-only: ")
    assert not window.new_menu.menuAction().isEnabled()
    assert all(not a.isEnabled() for a in window.new_menu.actions())
    assert "Ctrl+N" not in window.records.placeholder.text()  # New is off: not offered

    record = session.journal.get(session.record.id)
    window.show_section("timeline")  # Today is the home after unlocking
    window.records.open_record(record)
    reading = window.records.entry.reading  # shown to read, with no way to edit
    assert reading.isVisible() and TEXT in reading.toPlainText()
    assert not window.records.entry.edit_button.isVisible()
    window.records.edit_current()  # Ctrl+E, Enter or a double-click
    assert reading.isVisible() and not window.records.is_editing
    field = window.findChild(QPlainTextEdit, "field_description")
    assert field is not None and field.isReadOnly()  # and the editor could not change it
    qtbot.keyClicks(field, " and more")
    assert field.toPlainText() == TEXT
    assert window.records.save_now()  # nothing to save
    window.grab().save(str(tmp_path / "read_only.png"))

    window.new_record(RecordType.CHECKIN)
    assert window.records.error.isVisible()
    assert "read-only" in window.records.error.text()

    with pytest.raises(ReadOnlyVault) as refused:  # a write tried anyway
        session.save(record.id, {"title": "changed"})
    assert user_message(refused.value).startswith("This journal is open read-only")
    session.lock()
    assert not banner.isVisible()
    assert window.new_menu.menuAction().isEnabled()
    assert _listing(read_only_folder) == before


def test_a_writable_journal_shows_no_read_only_banner(session, qtbot, open_window):
    finish(qtbot, session.unlock(PASSPHRASE))
    window = open_window(session)
    assert not window.findChild(QLabel, "read_only_banner").isVisible()
    assert all(a.isEnabled() for a in window.new_menu.actions())
    assert "Ctrl+N" in window.records.placeholder.text()
    window.records.open_record(session.journal.get(session.record.id))
    field = window.findChild(QPlainTextEdit, "field_description")
    assert not field.isReadOnly()
