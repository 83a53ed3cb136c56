"""The writing column: where the worker writes and reads an entry, text a little larger
than the app's own font (so the system text size still decides), lines capped near
72 characters and the column centred, as a page of a book is."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QWidget

WRITING_SCALE = 1.12  # the writing font, relative to the app's
COLUMN_CHARACTERS = 72  # a comfortable line length for reading
LINE_HEIGHT_PERCENT = 150  # the reading view's line spacing
TEXT_MARGIN = 8  # inside a text area, around the text


def writing_font(base: QFont) -> QFont:
    """`base` made a little larger: point or pixel size, whichever it is set in."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * WRITING_SCALE)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * WRITING_SCALE))
    return font


def column_width(font: QFont, characters: int = COLUMN_CHARACTERS) -> int:
    """The width of a line of about `characters` average characters in `font`."""
    sample = "the quick brown fox jumps over a lazy dog "  # ordinary prose, spaces included
    metrics = QFontMetrics(font)
    return round(metrics.horizontalAdvance(sample) / len(sample) * characters)


def style_text_area(edit: QPlainTextEdit) -> None:
    """A text area of the writing column: the writing font and room around the text."""
    edit.setFont(writing_font(edit.font()))
    edit.document().setDocumentMargin(TEXT_MARGIN)


def centred_column(body: QWidget, width: int, parent: QWidget | None = None) -> QWidget:
    """`body` at most `width` wide, centred in a widget that takes any width."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(body, 100)
    row.addStretch(1)
    body.setMaximumWidth(width)
    return holder
