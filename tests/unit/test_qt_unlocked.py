"""Qt calls made without Python's lock (export/qt_unlocked.py), through ctypes to Qt's
exported functions on Linux and macOS, PySide6's own calls elsewhere: the same
layout, pages and text either way."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.export import qt_unlocked


@pytest.fixture(autouse=True)
def _offscreen(qapp, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return qapp


def two_pages(path: Path) -> None:
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QPainter, QPdfWriter, QTextCursor, QTextDocument

    writer = QPdfWriter(str(path))
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for n in range(400):
        cursor.insertText(f"Line {n} of the document.")
        cursor.insertBlock()
    qt_unlocked.end_edit_block(cursor)  # laid out here
    assert doc.pageCount() >= 2
    assert doc.documentLayout().blockBoundingRect(doc.lastBlock()).top() > writer.height()
    painter = QPainter(writer)
    for page in range(2):
        if page:
            assert qt_unlocked.new_page(writer)
        painter.save()
        painter.translate(0, -page * writer.height())
        clip = QRectF(0, page * writer.height(), writer.width(), writer.height())
        qt_unlocked.draw_contents(doc, painter, clip)
        painter.restore()
    painter.end()
    del painter, writer


@pytest.mark.parametrize("through", ["ctypes", "pyside"])
def test_layout_pages_and_text_are_the_same_either_way(
    through: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if through == "pyside":
        monkeypatch.setattr(qt_unlocked, "_FUNCTIONS", {})
    elif sys.platform == "linux":  # the wheels' Qt: every function is found
        assert set(qt_unlocked._FUNCTIONS) == {"draw_contents", "new_page", "end_edit_block"}
    out = tmp_path / "two.pdf"
    two_pages(out)
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages]
    assert len(pages) == 2
    assert pages[0].startswith("Line 0 of the document.")
    assert "Line 399" not in pages[0] and "Line 0 " not in pages[1]
