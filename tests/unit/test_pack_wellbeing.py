"""The pack's wellbeing chart stays readable with many check-ins: a few are drawn one
point per check-in; a year of them as weekly means with each week's range shaded."""

from __future__ import annotations

from datetime import date, timedelta

from journal_app.domain.schema import record_from_input
from journal_app.export.chart_layout import RANGE_TEXT, Area, Label, Mark, data_rows, draw_chart
from journal_app.export.document import Document, WellbeingChart
from journal_app.export.html import chart_svg
from journal_app.export.markdown import render_markdown
from journal_app.services.pack import PackOptions, build_pack
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
START = date(2025, 1, 6)  # a Monday


def checkin(day: date, mood: int, stress: int | None = None) -> object:
    fields = {"mood": mood} if stress is None else {"mood": mood, "stress": stress}
    data = {"type": "checkin", "date": day.isoformat(), "share": "summary", "fields": fields}
    return record_from_input(data, VOCAB)


def chart_of(records: list, days: int) -> WellbeingChart:
    options = PackOptions(START, START + timedelta(days=days), include_wellbeing=True)
    pack = build_pack(records, VOCAB, options)
    return next(b for b in pack.document.blocks if isinstance(b, WellbeingChart))


def test_a_few_checkins_are_one_point_each_as_before() -> None:
    records = [checkin(START + timedelta(days=3 * k), 4 + k % 3) for k in range(10)]
    chart = chart_of(records, 60)
    assert chart.averaged == ""
    assert [(p.day, p.mood) for p in chart.points] == [
        (START + timedelta(days=3 * k), 4 + k % 3) for k in range(10)
    ]
    assert chart.summary.startswith("10 check-ins: mood averaged 4.9")
    shapes = draw_chart(chart).shapes
    assert not any(isinstance(s, Area) for s in shapes)
    assert len([s for s in shapes if isinstance(s, Mark) and s.kind == "circle"]) == 10 + 1


def test_a_year_of_checkins_is_weekly_means_with_each_weeks_range() -> None:
    # Three a day for a year (1,095 check-ins): mood 3, 5 and 7 on Mondays, else 6.
    records = [
        checkin(START + timedelta(days=d), (3, 5, 7)[k] if d % 7 == 0 else 6, stress=2)
        for d in range(365)
        for k in range(3)
    ]
    chart = chart_of(records, 365)
    assert chart.averaged == "week"
    assert len(chart.points) == 53  # the 53rd week holds the last day
    first = chart.points[0]
    assert first.day == START
    assert first.mood == round((3 + 5 + 7 + 6 * 18) / 21, 1)
    assert first.ranges == ((3, 7), (2, 2), None)  # no energy given: no range
    assert "weekly averages" in chart.title
    assert chart.summary.startswith(
        "1095 check-ins, drawn as 53 weekly averages with each week's lowest to highest "
        "shaded: mood averaged 5.9 (from 3 to 7)"
    )

    drawing = draw_chart(chart)
    areas = [s for s in drawing.shapes if isinstance(s, Area)]
    assert len(areas) == 2 + 1  # mood's and stress's bands, and the legend's swatch
    assert RANGE_TEXT in [s.text for s in drawing.shapes if isinstance(s, Label)]
    # The bands are behind the lines.
    first_line = next(i for i, s in enumerate(drawing.shapes) if s.colour == "#0072B2")
    assert isinstance(drawing.shapes[first_line], Area)

    assert data_rows(chart)[0] == ("6 Jan 2025", "5.9 (3–7)", "2", "–")
    markdown = render_markdown(Document("Pack", (), "", (chart,)))
    assert "| Week from | Mood | Stress | Energy |" in markdown
    assert 'fill-opacity="0.16"' in chart_svg(chart, "chart-1")


def test_years_of_checkins_are_monthly_means_labelled_by_month() -> None:
    records = [checkin(START + timedelta(days=2 * d), 5 + d % 2) for d in range(800)]
    chart = chart_of(records, 1600)
    assert chart.averaged == "month"
    assert chart.points[0].day == date(2025, 1, 1) and chart.points[0].ranges[0] == (5, 6)
    assert data_rows(chart)[0][0] == "Jan 2025"
