"""The record list's filters show their choice in full at any text size (issue 17:
"Any kind of en…" at 150%): each is as wide as the choice it shows now."""

from __future__ import annotations

from clipping import clipped, settle
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QWidget

from journal_app.gui.widgets.shown_text_combo import ShownTextCombo


def _in_window(qtbot, combo: ShownTextCombo) -> QWidget:
    window = QWidget()
    row = QHBoxLayout(window)  # room to spare: the combo takes the width it asks for
    row.addWidget(combo)
    row.addStretch(1)
    window.resize(1000, 80)
    qtbot.addWidget(window)
    window.show()
    settle()
    return window


def test_the_combo_follows_the_choice_it_shows(qtbot):
    combo = ShownTextCombo(objectName="filter_tag")
    combo.addItem("Any tag", None)
    window = _in_window(qtbot, combo)
    short = combo.sizeHint().width()
    long_tag = "peer support in the community mental health team"
    combo.blockSignals(True)  # as the record list refills its tags
    combo.addItem(long_tag, long_tag)
    combo.blockSignals(False)
    combo.setCurrentIndex(1)
    settle()
    assert combo.sizeHint().width() > short
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(long_tag)
    assert clipped(window) == []


def test_the_combo_grows_with_the_text_size(qtbot):
    combo = ShownTextCombo(objectName="filter_kind")
    combo.addItem("Any kind of entry", None)
    window = _in_window(qtbot, combo)
    before = combo.sizeHint().width()
    font = QFont(combo.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    combo.setFont(font)
    settle()
    assert combo.sizeHint().width() > before
    assert clipped(window) == []
