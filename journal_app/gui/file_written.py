"""The message after a file is written (a supervision pack, a development record): the
file's name on a line of its own, never broken, and its folder below it, broken only
after a folder separator when it is long, in a box wide enough to read them (Qt's
own message box is narrow and breaks a long name at any hyphen)."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

# Most of a line of text wide, like a short paragraph; never more than this share of
# the screen.
_LINE_CHARACTERS = 56
_MOST_OF_SCREEN = 0.6
_BREAK = "\u200b"  # a zero-width space: a place a line may break, drawn as nothing


def folder_text(folder: Path) -> str:
    """The folder as shown: a line may break after each separator (and at spaces),
    and nowhere else."""
    text = str(folder)
    for separator in {os.sep, "/"}:
        text = text.replace(separator, separator + _BREAK)
    return text


def written_box(
    parent: QWidget | None, title: str, lead: str, path: Path, note: str
) -> QMessageBox:
    """The message, not yet shown: `lead` ("The pack was written to this file:"), the
    file's name, "in the folder …", then `note`."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, "", QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("fileWrittenBox")
    box.setTextFormat(Qt.TextFormat.RichText)
    where = QCoreApplication.translate("FileWritten", "in the folder {folder}").format(
        folder=html.escape(folder_text(path.parent))
    )
    box.setText(
        f"<p>{html.escape(lead)}</p>"
        f'<p style="white-space:pre"><b>{html.escape(path.name)}</b></p>'
        f"<p>{where}</p>" + (f"<p>{html.escape(note)}</p>" if note else "")
    )
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        bold = QFont(label.font())
        bold.setBold(True)  # the name is shown in bold, which is wider
        name_width = QFontMetrics(bold).horizontalAdvance(path.name) + 2
        wanted = max(label.fontMetrics().averageCharWidth() * _LINE_CHARACTERS, name_width)
        screen = (
            parent.screen() if parent is not None else None
        ) or QGuiApplication.primaryScreen()
        if screen is not None:
            wanted = min(wanted, int(screen.availableGeometry().width() * _MOST_OF_SCREEN))
        label.setMinimumWidth(wanted)
    return box


def tell_written(parent: QWidget | None, title: str, lead: str, path: Path, note: str) -> None:
    """Show the message (see `written_box`) and wait for OK."""
    written_box(parent, title, lead, path, note).exec()
