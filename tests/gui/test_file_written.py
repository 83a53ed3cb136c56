"""After a pack or a development record is written, the message names the file on a
line of its own and the folder it is in, in a box wide enough to read them (issue 17:
Qt's narrow message box broke "supervision-pack-2026-10-23-to-..." at a hyphen and
never said where the file went)."""

from __future__ import annotations

from pathlib import Path

import pytest
from clipping import clipped, settle
from long_work import finish
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QMessageBox

from journal_app.gui.dialogs.development_record import DevelopmentRecordDialog
from journal_app.gui.dialogs.pack import PackDialog
from journal_app.gui.file_written import folder_text

FOLDER = Path("/home/sam/Documents/Supervision packs for Alex Morgan/2026")
NAME = "supervision-pack-2026-10-23-to-2026-12-04.pdf"


@pytest.fixture
def shown(monkeypatch, qtbot) -> list[QMessageBox]:
    """Each message box shown, as laid out on screen (then closed)."""
    boxes: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        box.show()
        settle()
        boxes.append(box)
        box.hide()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", _through_exec)
    return boxes


def _through_exec(parent, title, text, *_args, **_kwargs):
    """QMessageBox.information as Qt does it, so the patched exec sees its box."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    return box.exec()


@pytest.mark.parametrize("kind", [PackDialog, DevelopmentRecordDialog])
def test_the_written_message_names_the_file_and_its_folder_readably(kind, session, qtbot, shown):
    dialog = kind(session)
    qtbot.addWidget(dialog)
    dialog._written(FOLDER / NAME, session.reader)
    [box] = shown
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert NAME in box.text()
    assert folder_text(FOLDER) in box.text()  # where it went
    bold = QFont(label.font())
    bold.setBold(True)
    assert label.width() >= QFontMetrics(bold).horizontalAdvance(NAME)  # the name whole
    assert clipped(box) == []


def test_the_folder_breaks_only_after_a_separator():
    shown = folder_text(Path("/home/sam/Documents/a-long-folder-name"))
    assert shown.replace("\u200b", "") == "/home/sam/Documents/a-long-folder-name"
    assert shown.count("\u200b") == 4
    assert all(shown[i - 1] == "/" for i, c in enumerate(shown) if c == "\u200b")


def test_the_export_everything_message_names_its_folder_readably(
    session, qtbot, tmp_path, monkeypatch, open_window
):
    """Export everything said "{n} entries were written to {path}." in Qt's narrow box,
    the whole path broken anywhere; it now says it as the pack does, and that the files
    are not encrypted."""
    from PySide6.QtWidgets import QFileDialog

    session.save(None, {"type": "checkin", "date": "2025-01-01", "title": "Everything"})
    window = open_window(session)
    out = tmp_path / "an export folder with a rather long name" / "psw-journal-2026-12-04"
    boxes: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        json_button = next((b for b in box.buttons() if "JSON" in b.text()), None)
        if json_button is not None:  # the warning first: export as JSON
            json_button.click()
            return 0
        box.show()
        settle()
        boxes.append(box)
        box.hide()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", _through_exec)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    from journal_app.gui import file_actions

    monkeypatch.setattr(file_actions, "confirm_plain_file_location", lambda *a, **k: True)
    finish(qtbot, window._export_all())
    [box] = boxes
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert out.name in box.text() and folder_text(out.parent) in box.text()
    assert "1 entry" in box.text() and "not encrypted" in box.text()
    bold = QFont(label.font())
    bold.setBold(True)
    assert label.width() >= QFontMetrics(bold).horizontalAdvance(out.name)
    assert clipped(box) == []
