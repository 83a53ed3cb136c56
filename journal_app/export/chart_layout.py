"""The wellbeing chart as a list of shapes (lines, markers, text) in plain Python, so the
HTML renderer (SVG) and the Qt renderer (QPainter) draw exactly the same picture."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from journal_app.export.document import WellbeingChart, WellbeingPoint

# Okabe-Ito colours (told apart with the common colour-vision differences); each series
# also has its own dash pattern and marker, so the chart reads in greyscale too.
SERIES_STYLES = (
    ("Mood", "#0072B2", (), "circle"),
    ("Stress", "#D55E00", (7.0, 4.0), "square"),
    ("Energy", "#009E73", (2.0, 3.0), "triangle"),
)
INK = "#222222"
GRID = "#D9D9D9"
AXIS_TEXT = "#555555"
LOWEST, HIGHEST = 1, 10
EMPTY_TEXT = "No check-in scores in this period"
RANGE_TEXT = "Shaded: lowest to highest"
RANGE_OPACITY = 0.16
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Stroke:
    """A line through `points`; `dashes` are in multiples of `width` (empty: solid)."""

    points: tuple[tuple[float, float], ...]
    colour: str
    width: float
    dashes: tuple[float, ...] = ()


@dataclass(frozen=True)
class Mark:
    """A filled data-point marker: "circle", "square" or "triangle"."""

    kind: str
    x: float
    y: float
    radius: float
    colour: str

    def outline(self) -> tuple[tuple[float, float], ...]:
        """Corners of a square or triangle (a circle has none)."""
        x, y, r = self.x, self.y, self.radius
        if self.kind == "square":
            s = r * 0.88
            return ((x - s, y - s), (x + s, y - s), (x + s, y + s), (x - s, y + s))
        if self.kind == "triangle":
            return ((x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8))
        return ()


@dataclass(frozen=True)
class Area:
    """A filled polygon through `points`, `opacity` from 0 (clear) to 1 (solid)."""

    points: tuple[tuple[float, float], ...]
    colour: str
    opacity: float


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # baseline
    text: str
    anchor: str  # "start", "middle" or "end"
    colour: str = AXIS_TEXT


Shape = Area | Stroke | Mark | Label


@dataclass(frozen=True)
class ChartDrawing:
    """Shapes in painting order, in a `width` by `height` box (y grows downwards)."""

    width: float
    height: float
    font_size: float
    shapes: tuple[Shape, ...]


def day_label(day: date, with_year: bool = False) -> str:
    """ "6 Jan" (or "6 Jan 2025"), the same on every platform and locale."""
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def text_width(text: str, font_size: float) -> float:
    """A rough width of `text` in a sans face (no font metrics outside Qt)."""
    widths = {**dict.fromkeys("fijlrt .,", 0.4), **dict.fromkeys("mwMW", 0.86)}
    return font_size * sum(widths.get(ch, 0.68 if ch.isupper() else 0.6) for ch in text)


def period_end(chart: WellbeingChart, day: date) -> date:
    """The last day a point stands for: its week's or month's, or its own day."""
    if chart.averaged == "week":
        return day + timedelta(days=6)
    if chart.averaged == "month":
        return day.replace(day=monthrange(day.year, day.month)[1])
    return day


def period_label(chart: WellbeingChart, day: date, with_year: bool = False) -> str:
    """A point's date on the axis: "6 Jan" (its week's Monday), or "Jan 2025" for a month."""
    if chart.averaged == "month":
        month = MONTHS[day.month - 1]
        return f"{month} {day.year}" if with_year else month
    return day_label(day, with_year)


def draw_chart(chart: WellbeingChart, width: float = 640.0, height: float = 300.0) -> ChartDrawing:
    """The chart's shapes in a `width` by `height` box (scale it to draw bigger). An
    averaged chart draws each week's or month's means at the middle of it, with each
    score's lowest to highest shaded behind its line."""
    font, line, radius, swatch = 11.0, 2.0, 3.6, 26.0
    points = sorted(chart.points, key=lambda point: point.day)
    left, top, right, bottom = 34.0, 38.0, width - 16.0, height - 30.0
    first = points[0].day if points else date.today()
    last = period_end(chart, points[-1].day) if points else first
    span = (last - first).days

    def y_of(score: float) -> float:
        score = min(max(score, LOWEST), HIGHEST)
        return bottom - (score - LOWEST) / (HIGHEST - LOWEST) * (bottom - top)

    def x_at(days: float) -> float:
        if span == 0:
            return (left + right) / 2
        inset = 8.0  # keeps the end markers off the axis
        return left + inset + days / span * (right - left - 2 * inset)

    def x_of(day: date) -> float:
        """A point's x: its day, or the middle of its week or month."""
        middle = ((day - first).days + (period_end(chart, day) - first).days) / 2
        return x_at(middle)

    shapes: list[Shape] = []
    for score in range(LOWEST, HIGHEST + 1):
        shapes.append(Stroke(((left, y_of(score)), (right, y_of(score))), GRID, 1.0))
        shapes.append(Label(left - 6, y_of(score) + font * 0.35, str(score), "end"))
    shapes.append(Stroke(((left, top), (left, bottom), (right, bottom)), INK, 1.2))

    if points:
        with_year = first.year != last.year
        days = sorted({point.day for point in points})
        most = max(2, int((right - left) // (font * (6.5 if with_year else 4.2))))
        chosen = days[:: max(1, -(-len(days) // most))]
        if (
            days[-1] not in chosen
            and x_at((days[-1] - first).days) - x_at((chosen[-1] - first).days) > font * 4.5
        ):
            chosen.append(days[-1])
        for day in chosen:
            # An averaged point's date is where its week or month starts.
            x = x_at((day - first).days) if chart.averaged else x_of(day)
            shapes.append(Stroke(((x, bottom), (x, bottom + 4)), INK, 1.2))
            text = period_label(chart, day, with_year)
            centre = min(x, width - 2 - text_width(text, font) / 2)  # stays inside the box
            shapes.append(Label(centre, bottom + font * 1.6, text, "middle"))

    if chart.averaged:
        for index, (_name, colour, _dashes, _kind) in enumerate(SERIES_STYLES):
            shapes.extend(_range_areas(points, index, x_of, y_of, colour))
    # Markers where there is room for them; a check-in's always (few are drawn).
    room = not chart.averaged or len(points) < 2 or (right - left) / len(points) >= radius * 3
    legend_x, any_score = left, False
    for index, (name, colour, dashes, kind) in enumerate(SERIES_STYLES):
        runs: list[list[tuple[float, float]]] = [[]]
        for point in points:
            score = (point.mood, point.stress, point.energy)[index]
            if score is None:
                runs.append([])  # a missing score breaks the line
            else:
                runs[-1].append((x_of(point.day), y_of(score)))
        shapes.extend(Stroke(tuple(run), colour, line, dashes) for run in runs if len(run) > 1)
        shapes.extend(
            Mark(kind, x, y, radius, colour)
            for run in runs
            for x, y in run
            if room or len(run) == 1
        )
        any_score = any_score or any(runs)
        # The legend: a short stretch of the line with its marker, then the name.
        shapes.append(Stroke(((legend_x, 14.0), (legend_x + swatch, 14.0)), colour, line, dashes))
        shapes.append(Mark(kind, legend_x + swatch / 2, 14.0, radius, colour))
        shapes.append(Label(legend_x + swatch + 6, 14.0 + font * 0.35, name, "start", INK))
        legend_x += swatch + 6 + text_width(name, font) + 18
    if chart.averaged:
        box = (
            (legend_x, 8.0),
            (legend_x + swatch, 8.0),
            (legend_x + swatch, 20.0),
            (legend_x, 20.0),
        )
        shapes.append(Area(box, AXIS_TEXT, RANGE_OPACITY * 2))
        shapes.append(Label(legend_x + swatch + 6, 14.0 + font * 0.35, RANGE_TEXT, "start", INK))

    if not any_score:
        shapes.append(Label((left + right) / 2, (top + bottom) / 2, EMPTY_TEXT, "middle"))
    return ChartDrawing(width, height, font, tuple(shapes))


def _range_areas(
    points: list[WellbeingPoint],
    index: int,
    x_of: Callable[[date], float],
    y_of: Callable[[float], float],
    colour: str,
) -> list[Area]:
    """One score's lowest-to-highest band through the points' ranges, broken where a
    period has no such score; a lone period's range is a narrow bar."""
    runs: list[list[tuple[float, float, float]]] = [[]]
    for point in points:
        found = point.ranges[index]
        if found is None:
            runs.append([])
        else:
            runs[-1].append((x_of(point.day), y_of(found[1]), y_of(found[0])))
    areas = []
    for run in runs:
        if len(run) == 1:
            x, high, low = run[0]
            run = [(x - 3.0, high, low), (x + 3.0, high, low)]
        if run:
            outline = [(x, high) for x, high, _low in run]
            outline += [(x, low) for x, _high, low in reversed(run)]
            areas.append(Area(tuple(outline), colour, RANGE_OPACITY))
    return areas


def data_headers(chart: WellbeingChart) -> tuple[str, str, str, str]:
    """The headings of data_rows' columns."""
    first = {"week": "Week from", "month": "Month"}.get(chart.averaged, "Date")
    return (first, *(name for name, *_style in SERIES_STYLES))  # type: ignore[return-value]


def data_rows(chart: WellbeingChart) -> list[tuple[str, str, str, str]]:
    """The points as text rows (date, mood, stress, energy), "–" where there is no
    score; an averaged chart's means with their lowest and highest: "5.4 (3–8)"."""

    def number(value: float) -> str:
        return f"{value:.1f}".removesuffix(".0")

    def score(value: float | None, found: tuple[float, float] | None) -> str:
        if value is None:
            return "–"
        if found is None or found[0] == found[1]:
            return number(value)
        return f"{number(value)} ({number(found[0])}–{number(found[1])})"

    points = sorted(chart.points, key=lambda point: point.day)
    with_year = bool(points) and points[0].day.year != points[-1].day.year
    return [
        (
            period_label(chart, p.day, with_year),
            *(score(v, r) for v, r in zip((p.mood, p.stress, p.energy), p.ranges, strict=True)),
        )  # type: ignore[misc]
        for p in points
    ]


def dash_pieces(
    points: tuple[tuple[float, float], ...], pattern: tuple[float, ...]
) -> list[tuple[float, float, float, float]]:
    """The drawn stretches (x1, y1, x2, y2) of a line through `points` dashed with
    `pattern` (on and off lengths in turn, in the drawing's units), the pattern running
    on round corners as a dashed pen's does; a dash over a corner is two pieces. With
    round ends on each piece this draws what a dashed pen draws, and a raster painter
    draws a thousand-point line of separate pieces in a tenth of the time (issue 20)."""
    pieces: list[tuple[float, float, float, float]] = []
    if not pattern or sum(pattern) <= 0:
        return [(*a, *b) for a, b in pairwise(points)]
    index, left, on = 0, pattern[0], True
    for (x0, y0), (x1, y1) in pairwise(points):
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        done = 0.0
        while length - done > 1e-9:
            step = min(left, length - done)
            if on:
                a, b = done / length, (done + step) / length
                pieces.append((x0 + (x1 - x0) * a, y0 + (y1 - y0) * a,
                               x0 + (x1 - x0) * b, y0 + (y1 - y0) * b))  # fmt: skip
            done += step
            left -= step
            if left <= 1e-9:
                index = (index + 1) % len(pattern)
                left, on = pattern[index], index % 2 == 0
    return pieces
