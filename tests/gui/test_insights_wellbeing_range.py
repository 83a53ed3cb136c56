"""The Insights page's wellbeing chart, once it averages check-ins by week or month,
shades each week's lowest to highest score behind its mean, as the pack's chart does,
and says so; a few check-ins are drawn as before, without shading."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from journal_app.gui.widgets.insights_view import InsightsView
from journal_app.services.journal import Journal

TODAY = date(2025, 6, 30)


def _checkins(journal: Journal, days: int) -> None:
    """Two check-ins a day for `days` days up to TODAY: mood 3 and 7, no energy."""
    for n in range(days):
        day = (TODAY - timedelta(days=n)).isoformat()
        for mood in (3, 7):
            journal.add({"type": "checkin", "date": day, "fields": {"mood": mood, "stress": 4}})


def _bands(view: InsightsView) -> list:
    chart = view.wellbeing
    return chart.layout_for(QRectF(0, 0, 700, 300), QFontMetricsF(chart.font())).bands


def test_weekly_averages_shade_each_weeks_range(qtbot, journal):
    _checkins(journal, 70)
    view = InsightsView()
    qtbot.addWidget(view)
    view.refresh(journal, TODAY)
    assert view._wellbeing_note.text().startswith("Weekly averages")
    assert "lowest to highest" in view._wellbeing_note.text()
    assert "lowest to highest" in view.wellbeing.accessibleDescription()
    mood, stress, energy = _bands(view)
    assert len(mood) == 1 and len(stress) == 1 and energy == []  # no energy given
    # The mood band runs from 3 (lower edge) to 7 (upper edge) all along.
    top = min(point.y() for point in mood[0])
    bottom = max(point.y() for point in mood[0])
    assert bottom - top > 0
    assert len({round(point.y()) for point in stress[0]}) == 1  # always 4: no width


def test_a_few_checkins_are_not_shaded(qtbot, journal):
    _checkins(journal, 5)
    view = InsightsView()
    qtbot.addWidget(view)
    view.refresh(journal, TODAY)
    assert "lowest to highest" not in view._wellbeing_note.text()
    assert _bands(view) == [[], [], []]
