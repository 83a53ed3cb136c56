"""Plain files leaving the vault on Windows and macOS: the recovery-key PDF is written
atomically (a viewer holding the old one is never mistaken for a saved new key), and
a synced (cloud) folder is named before anything unencrypted is saved into it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from journal_app.disk import files
from journal_app.errors import StorageError
from journal_app.gui import file_places
from journal_app.gui.cloud_warning import confirm_plain_file_location
from journal_app.gui.dialogs.recovery import RecoveryKeySheet

KEY = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH"


@pytest.fixture
def sheet(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    yield RecoveryKeySheet(KEY, "journal.pswvault", parent)
    parent.close()  # kept alive (and the sheet with it) until the test is done


def test_the_pdf_replaces_an_older_one(sheet, tmp_path):
    out = tmp_path / "PSW Journal recovery key.pdf"
    out.write_bytes(b"%PDF an old key")
    sheet.save_pdf(out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temp left
    if os.name == "posix":  # it opens the journal: readable by its owner only
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_an_old_pdf_open_in_a_viewer_is_not_reported_saved(
    sheet, tmp_path, windows_rules, monkeypatch
):
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.3)
    out = tmp_path / "PSW Journal recovery key.pdf"
    out.write_bytes(b"%PDF an old key")
    with windows_rules.hold(out), pytest.raises(StorageError) as caught:
        sheet.save_pdf(out)
    assert out.name in caught.value.message
    assert out.read_bytes() == b"%PDF an old key"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def _answer(button_text: str, seen: list[str]) -> None:
    """Click a button of the message box once it is up."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text() + " " + box.informativeText())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return

    QTimer.singleShot(20, click)


def test_a_synced_folder_is_named_before_saving(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("OneDrive", raising=False)
    target = tmp_path / "OneDrive - Rethink" / "Documents" / "pack.pdf"
    seen: list[str] = []
    _answer("Choose another place", seen)
    assert confirm_plain_file_location(None, target, "The pack is not encrypted.") is False
    assert "OneDrive" in seen[0] and "not encrypted" in seen[0] and "Documents" in seen[0]
    _answer("Save there anyway", seen)
    assert confirm_plain_file_location(None, target, "The pack is not encrypted.") is True


def test_a_local_folder_asks_nothing(qtbot, tmp_path):
    assert confirm_plain_file_location(None, tmp_path / "pack.pdf", "x") is True


def test_the_recovery_pdf_is_not_offered_in_a_synced_documents_folder(qtbot, tmp_path, monkeypatch):
    documents = tmp_path / "OneDrive" / "Documents"
    documents.mkdir(parents=True)
    paths = file_places.QStandardPaths
    monkeypatch.setattr(paths, "writableLocation", staticmethod(lambda _: str(documents)))
    assert file_places.start_folder(unencrypted=True) == Path.home()
    assert file_places.start_folder() == documents  # an encrypted backup may go there
    local = tmp_path / "Documents"
    local.mkdir()
    monkeypatch.setattr(paths, "writableLocation", staticmethod(lambda _: str(local)))
    assert file_places.start_folder(unencrypted=True) == local
    monkeypatch.setattr(paths, "writableLocation", staticmethod(lambda _: ""))
    assert file_places.start_folder(unencrypted=True) == Path.home()  # never the working directory
