"""The writing column (issue 17): text areas and the reading view in a font a little
larger than the app's (so the system text size still decides), lines about 72
characters long, the column centred however wide the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QTextBlockFormat
from PySide6.QtWidgets import QPlainTextEdit

from journal_app.domain.records import Record, RecordType
from journal_app.gui.editors.factory import editor_for
from journal_app.gui.widgets.reading_view import ReadingView
from journal_app.gui.widgets.writing_column import (
    LINE_HEIGHT_PERCENT,
    TEXT_MARGIN,
    WRITING_SCALE,
    column_width,
)
from journal_app.services.vocabulary import load_vocabulary


@pytest.fixture
def app_font(qapp):
    original = QFont(qapp.font())
    yield qapp
    qapp.setFont(original)


def _editor(qtbot, width: int):
    editor = editor_for(RecordType.REFLECTION, load_vocabulary())
    qtbot.addWidget(editor)
    editor.load(None, {"type": "reflection", "date": "2026-11-16", "fields": {"model": "free"}})
    editor.resize(width, 800)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, editor.findChild(QPlainTextEdit, "field_text")


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_text_areas_write_a_little_larger_than_the_app_font(qtbot, app_font, scale):
    font = QFont(app_font.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    app_font.setFont(font)
    _unused, field = _editor(qtbot, 900)
    assert field.font().pointSizeF() == pytest.approx(font.pointSizeF() * WRITING_SCALE)
    reading = ReadingView()
    qtbot.addWidget(reading)
    assert reading.font().pointSizeF() == pytest.approx(font.pointSizeF() * WRITING_SCALE)


def test_a_wide_window_keeps_lines_near_72_characters_and_centred(qtbot):
    editor, field = _editor(qtbot, 1900)
    limit = column_width(field.font())
    text_width = field.viewport().width() - 2 * TEXT_MARGIN  # where lines wrap
    assert limit * 0.8 < text_width <= limit
    viewport = editor.scroll.viewport()
    centre = field.mapTo(viewport, QPoint(field.width() // 2, 0)).x()
    assert abs(centre - viewport.width() // 2) < 40
    _narrow, narrow_field = _editor(qtbot, 500)
    assert narrow_field.width() < 500  # a narrow window still gets the whole width


def test_the_reading_view_reads_in_a_centred_column(qtbot):
    reading = ReadingView()
    qtbot.addWidget(reading)
    reading.resize(1900, 800)
    reading.show()
    record = Record(RecordType.CHECKIN, date(2026, 11, 16), fields={"note": "word " * 400})
    reading.show_record(record, load_vocabulary())
    frame = reading.document().rootFrame().frameFormat()
    text_width = reading.viewport().width() - frame.leftMargin() - frame.rightMargin()
    assert text_width <= column_width(reading.font()) + 40
    assert frame.leftMargin() == pytest.approx(frame.rightMargin())
    block = reading.document().begin()
    while "word" not in block.text():
        block = block.next()
    spacing = block.blockFormat()
    assert spacing.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    assert spacing.lineHeight() == LINE_HEIGHT_PERCENT
