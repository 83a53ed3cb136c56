"""The pack's wellbeing chart: the scores of the check-ins shared in it (never a
private one). A few are drawn one point per check-in; over many days (the Insights
page's rule, insights.choose_period) each point is a week's or a month's mean, with
its lowest and highest shaded, so a year of check-ins is a trend, not a zigzag."""

from __future__ import annotations

from journal_app.domain.fields import Field
from journal_app.domain.records import Record
from journal_app.export.document import Block, Heading, WellbeingChart, WellbeingPoint
from journal_app.services import insights
from journal_app.services.pack_brief import plural

SCORES = (Field.MOOD, Field.STRESS, Field.ENERGY)
TITLE = "Mood, stress and energy (1 to 10) from check-ins"
ADJECTIVE = {"week": "weekly", "month": "monthly"}


def wellbeing_blocks(checkins: list[Record]) -> list[Block]:
    """The heading and the chart of these (shared) check-ins."""
    return [Heading("Wellbeing"), wellbeing_chart(checkins)]


def wellbeing_chart(checkins: list[Record]) -> WellbeingChart:
    series = insights.wellbeing_series(checkins)
    period = insights.choose_period(series)
    if period == "day":
        points = tuple(WellbeingPoint(*point) for point in series)
        return WellbeingChart(TITLE, points, _summary(series, ""))
    points = tuple(
        WellbeingPoint(
            p.start,
            *p.mean,
            ranges=tuple(  # type: ignore[arg-type]
                None if low is None or high is None else (low, high)
                for low, high in zip(p.low, p.high, strict=True)
            ),
        )
        for p in insights.scores_by(series, period)
    )
    title = f"{TITLE}: {ADJECTIVE[period]} averages"
    return WellbeingChart(title, points, _summary(series, period), period)


def _summary(series: list[insights.WellbeingPoint], period: str) -> str:
    """The chart in words: how many check-ins and how each score went over them all."""
    if not series:
        return (
            "No check-ins were shared for this period: check-ins shared as a summary or "
            "in full give their scores to this chart."
        )
    parts = []
    for index, name in enumerate(SCORES, start=1):
        values = [point[index] for point in series if point[index] is not None]
        if values:
            mean = sum(values) / len(values)
            parts.append(f"{name} averaged {mean:.1f} (from {min(values)} to {max(values)})")
    count = plural(len(series), "check-in")
    if period:
        periods = len({insights.period_start(point[0], period) for point in series})
        count += f", drawn as {periods} {ADJECTIVE[period]} averages with each {period}'s "
        count += "lowest to highest shaded"
    return f"{count}: " + "; ".join(parts) + "." if parts else f"{count} with no scores."
