"""Unlock with a file that is not a journal at all (issue 17): the window says so, as
the command line does, and neither calls it damaged nor offers a backup in its place."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE
from long_work import finish_running
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton

from journal_app.gui.dialogs.unlock import UnlockDialog
from journal_app.gui.session import Session
from journal_app.gui.settings import AppSettings


def test_a_pdf_chosen_as_the_journal_is_named_not_called_damaged(
    qtbot, tmp_path, settings: AppSettings, monkeypatch
):
    pdf = tmp_path / "minutes.pdf"
    content = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" * 50
    pdf.write_bytes(content)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("no backup"))
    session = Session(pdf, settings)
    dialog = UnlockDialog(session)
    qtbot.addWidget(dialog, before_close_func=lambda _w: session.lock())
    dialog.show()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphraseEdit"), PASSPHRASE)
    dialog.findChild(QPushButton, "unlockButton").click()
    finish_running(qtbot)
    shown = dialog.findChild(QLabel, "unlockErrorLabel").text()
    assert shown.startswith("minutes.pdf is not a PSW Journal file: it is neither a journal")
    assert "damaged" not in shown
    assert not session.is_unlocked
    assert pdf.read_bytes() == content
