"""The system's text size reaches every font: headings are sized relative to the app's
font and follow it when it changes; no screen font has a fixed point size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from journal_app.gui.fonts import relative_font, scaled
from journal_app.gui.theme import apply_theme
from journal_app.gui.widgets.today_view import TodayView

GUI = Path(__file__).resolve().parents[2] / "journal_app" / "gui"
# The recovery key sheet is for paper (PDF and print): points are the right unit there.
PAPER = {"dialogs/recovery.py"}
FIXED = re.compile(r"setPointSizeF?\(\s*\d|setPixelSize\(\s*\d|font-size:\s*\d")


@pytest.fixture
def text_size(qapp):
    yield lambda size: apply_theme(qapp, "system", size)
    apply_theme(qapp, "system", 0)


def test_headings_follow_the_apps_text_size_when_it_changes(text_size, qtbot):
    text_size(10)
    view = TodayView()
    qtbot.addWidget(view)
    label = QLabel("Heading")
    qtbot.addWidget(label)
    relative_font(label, 1.2, bold=True)
    assert view.title.font().pointSizeF() == pytest.approx(15)
    assert label.font().pointSizeF() == pytest.approx(12) and label.font().bold()
    text_size(20)
    assert view.title.font().pointSizeF() == pytest.approx(30)
    assert label.font().pointSizeF() == pytest.approx(24) and label.font().bold()


def test_scaled_keeps_the_unit_of_the_font():
    points = QFont()
    points.setPointSizeF(12)
    assert scaled(points, 1.5).pointSizeF() == pytest.approx(18)
    pixels = QFont()
    pixels.setPixelSize(20)
    assert scaled(pixels, 1.5).pixelSize() == 30


def test_no_screen_font_has_a_fixed_size():
    found = [
        f"{path.relative_to(GUI)}:{n}: {line.strip()}"
        for path in sorted(GUI.rglob("*.py"))
        if path.relative_to(GUI).as_posix() not in PAPER
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if FIXED.search(line)
    ]
    assert found == []
