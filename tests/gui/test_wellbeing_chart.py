"""The wellbeing chart spans the chosen period like the other Insights charts, with
dates along it, and a lone check-in is labelled (issue 17: with one check-in its only
date label sat at the far left, the point had no label and the chart covered a week).
Positions are computed by the chart's layout, not read from pixels."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QFontMetricsF

from journal_app.gui.date_text import date_text
from journal_app.gui.widgets.insights_view import InsightsView
from journal_app.services.journal import Journal

TODAY = date(2025, 3, 10)
RECT = QRectF(0, 0, 700, 320)


@pytest.fixture(autouse=True)
def uk_english():
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(old)


def _view(qtbot, journal: Journal, period: str) -> InsightsView:
    view = InsightsView()
    qtbot.addWidget(view)
    view.period.setCurrentIndex(view.period.findData(period))
    view.refresh(journal, TODAY)
    return view


def _overlap(a: QRectF, b: QRectF) -> bool:
    return a.intersects(b) and not a.intersected(b).isEmpty()


@pytest.mark.parametrize(("period", "first"), [("12m", date(2024, 4, 1)), ("3m", date(2025, 1, 1))])
def test_one_check_in_spans_the_period_with_its_point_labelled(qtbot, journal, period, first):
    journal.add(
        {"type": "checkin", "date": "2025-03-05", "fields": {"mood": 6, "stress": 3, "energy": 7}}
    )
    view = _view(qtbot, journal, period)
    chart = view.wellbeing
    layout = chart.layout_for(RECT, QFontMetricsF(chart.font()))
    assert (layout.first, layout.last) == (first, date(2025, 3, 31))  # the whole period

    plot = layout.plot
    xs = [x for x, _label, _rect in layout.ticks]
    assert len(xs) >= 3  # dates along the period, not one at the far left
    x_of = layout.axis.x_of  # the bar charts' mapping of days to x (test_chart_time_axis)

    # From the period's first months to its last one (month ticks, thinned to fit).
    assert min(xs) <= plot.left() + plot.width() * 0.2
    assert max(xs) >= x_of(date(2025, 3, 1)) - 0.5
    rects = [rect for _x, _label, rect in layout.ticks]
    assert not any(_overlap(a, b) for i, a in enumerate(rects) for b in rects[i + 1 :])

    # The point sits where its date falls in the period, and its date is on the axis.
    point_x = x_of(date(2025, 3, 5))
    assert all(abs(dot.x() - point_x) < 0.5 for series in layout.dots for dot in series)
    assert (pytest.approx(point_x), date_text(date(2025, 3, 5))) in [
        (x, label) for x, label, _rect in layout.ticks
    ]

    # Each score is written beside its point, inside the chart, the labels apart.
    labels = {text: rect for text, rect, _series in layout.point_labels}
    assert set(labels) == {"6", "3", "7"}
    for rect in labels.values():
        assert RECT.contains(rect)
    boxes = list(labels.values())
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_many_points_are_not_labelled_one_by_one(qtbot, journal):
    for day in range(1, 28, 3):
        journal.add({"type": "checkin", "date": f"2025-02-{day:02d}", "fields": {"mood": 5}})
    view = _view(qtbot, journal, "3m")
    chart = view.wellbeing
    layout = chart.layout_for(RECT, QFontMetricsF(chart.font()))
    assert layout.point_labels == []
    assert len(layout.dots[0]) == 9
