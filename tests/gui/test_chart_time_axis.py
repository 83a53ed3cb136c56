"""Every chart on the Insights page puts a day at the same x (issue 17: the line
chart spaced days evenly and marked the first of each month, the bar charts gave each
month an equal slot marked in its middle, and their plots started at different x, so
the same month sat at a different x in the line chart than in the bar charts below).
Positions come from the charts' layouts, not from pixels."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QFontMetricsF

from journal_app.gui.widgets.charts import LineChart, StackedBarChart
from journal_app.gui.widgets.insights_view import InsightsView
from journal_app.gui.widgets.time_axis import month_of
from journal_app.services.journal import Journal

TODAY = date(2025, 3, 10)


@pytest.fixture(autouse=True)
def uk_english():
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(old)


def _journal_over_a_year(journal: Journal) -> None:
    """Check-ins and reflections (with themes) spread over the last twelve months,
    with many entries in one month so the bar chart's counts reach double figures."""
    for month in range(4, 16):
        year, m = (2024, month) if month <= 12 else (2025, month - 12)
        journal.add(
            {
                "type": "checkin",
                "date": f"{year}-{m:02d}-10",
                "fields": {"mood": 6, "stress": 4, "energy": 5},
            }
        )
    for day in range(1, 29):
        journal.add(
            {
                "type": "reflection",
                "date": f"2024-11-{day:02d}",
                "title": f"Shift {day}",
                "fields": {"themes": ["boundaries"]},
            }
        )


def _ticks(chart, rect: QRectF) -> dict[str, float]:
    layout = chart.layout_for(rect, QFontMetricsF(chart.font()))
    return {label: x for x, label, _box in layout.ticks}


@pytest.mark.parametrize("width", [520, 700, 1100])
def test_a_month_sits_at_the_same_x_in_the_line_chart_and_the_bar_charts(qtbot, journal, width):
    _journal_over_a_year(journal)
    view = InsightsView()
    qtbot.addWidget(view)
    view.refresh(journal, TODAY)
    assert view.wellbeing.has_data() and view.themes.has_data()
    rect = QRectF(0, 0, width, 320)

    line, bars = _ticks(view.wellbeing, rect), _ticks(view.themes, rect)
    shared = set(line) & set(bars)
    assert len(shared) >= 3, (line, bars)  # months labelled on both
    for label in shared:
        assert line[label] == pytest.approx(bars[label], abs=0.5), label


def test_a_monthly_average_sits_over_its_months_bar(qtbot):
    """Averages are dated at the start of their month but drawn at its middle, where
    the bar charts put that month's bar."""
    months = ["2024-01", "2024-02", "2024-03", "2024-04"]
    line, bars = LineChart(), StackedBarChart("Themes per month", "None")
    for chart in (line, bars):
        qtbot.addWidget(chart)
    line.set_data(
        [(month_of(key), 5.0, 4.0, 6.0) for key in months],
        span=(month_of(months[0]), date(2024, 4, 30)),
        averaged="month",
    )
    bars.set_data(months, [("Boundaries", [3, 12, 0, 7])])
    rect = QRectF(0, 0, 640, 300)
    fm = QFontMetricsF(line.font())
    line_layout, bar_layout = line.layout_for(rect, fm), bars.layout_for(rect, fm)
    centres = [bar_layout.axis.month_centre(n) for n in range(len(months))]
    assert [dot.x() for dot in line_layout.dots[0]] == pytest.approx(centres, abs=0.5)
