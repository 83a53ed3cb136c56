"""The strength bar's colour follows the level (issue 17: "Very weak" and "Strong"
were drawn in the same colour): red-ish for Very weak through to green-ish for
Strong, each standing out from the field and window colours in light and dark."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit, QProgressBar

from journal_app.gui.calm_style import contrast_ratio
from journal_app.gui.theme import dark_palette, light_palette
from journal_app.gui.widgets.strength_meter import StrengthMeter, level_colour

PALETTES = {"light": light_palette, "dark": dark_palette, "platform": QPalette}


def _distance(a: QColor, b: QColor) -> int:
    return sum(abs(x - y) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _drawn(meter: StrengthMeter) -> QColor:
    """The colour at the start of the bar, as drawn (every level fills at least that)."""
    bar = meter.findChild(QProgressBar, "strengthBar")
    image = bar.grab().toImage()
    return image.pixelColor(max(3, image.width() // 10), image.height() // 2)


@pytest.mark.parametrize("name", PALETTES)
def test_very_weak_and_strong_differ_as_drawn(qtbot, name):
    edit = QLineEdit()
    meter = StrengthMeter()
    meter.setPalette(PALETTES[name]())
    qtbot.addWidget(edit)
    qtbot.addWidget(meter)
    meter.resize(300, 40)
    meter.show()
    meter.watch(edit)
    edit.setText("password")
    assert meter.score() == 0  # "Very weak"
    weak, weak_drawn = meter.bar_colour(), _drawn(meter)
    edit.setText(PASSPHRASE)
    assert meter.score() == 4  # "Strong"
    strong, strong_drawn = meter.bar_colour(), _drawn(meter)
    assert weak != strong
    assert weak.red() > weak.green() and strong.green() > strong.red()
    # As drawn, each is nearer its own level's colour than the other's.
    assert _distance(weak_drawn, weak) < _distance(weak_drawn, strong)
    assert _distance(strong_drawn, strong) < _distance(strong_drawn, weak)


@pytest.mark.parametrize("name", PALETTES)
def test_every_level_stands_out_from_the_background(qtbot, name):
    palette = PALETTES[name]()
    grounds = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window)]
    colours = [level_colour(score, palette) for score in range(5)]
    assert len({colour.name() for colour in colours}) == 5
    for colour in colours:
        assert min(contrast_ratio(colour, ground) for ground in grounds) >= 3.0
