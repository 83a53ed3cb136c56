"""Charts drawn with QPainter, so no chart library is needed: a line chart of scores,
stacked bars per month and horizontal bars. Each has `set_data(...)`, an empty state,
an accessible description with its data in words, and `render_to_image` (for a PDF)."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from journal_app.gui.date_text import date_text
from journal_app.gui.widgets.bar_charts import Bar, BarChart, StackedBarChart
from journal_app.gui.widgets.chart_base import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    HUES,
    MARKERS,
    ChartBase,
    draw_marker,
    mix,
    number,
    readable,
)
from journal_app.gui.widgets.time_axis import TimeAxis, label_box, value_gutter

__all__ = ["Bar", "BarChart", "LineChart", "StackedBarChart"]


@dataclass
class LineLayout:
    """Where a line chart puts things: `axis` maps days to x as the bar charts do;
    `ticks` are (x, date label, its box); `marks` the x of the short lines on the axis
    (between months when months are labelled); `dots` each series' points;
    `point_labels` (value, box, series) for a lone point; `bands` each series' shaded
    lowest-to-highest outlines (averaged points given their ranges)."""

    plot: QRectF
    axis: TimeAxis
    ticks: list[tuple[float, str, QRectF]]
    marks: list[float]
    dots: list[list[QPointF]]
    point_labels: list[tuple[str, QRectF, int]]
    bands: list[list[list[QPointF]]]

    @property
    def first(self) -> date:
        return self.axis.first

    @property
    def last(self) -> date:
        return self.axis.last


def _period_end(start: date, averaged: str) -> date:
    """The last day of the week or month starting at `start` (`start` for a day)."""
    if averaged == "week":
        return start + timedelta(days=6)
    if averaged == "month":
        return start.replace(day=monthrange(start.year, start.month)[1])
    return start


class LineChart(ChartBase):
    """Scores from 1 to 10 over time, one line per series (mood, stress, energy)."""

    swatch_width = 1.8

    def __init__(self, parent: QWidget | None = None, empty_text: str | None = None) -> None:
        self._points: list[tuple] = []
        self._names: list[str] = []
        self._note = ""
        self._span: tuple[date, date] | None = None
        self._averaged = "day"
        self._ranges: list[tuple] = []
        super().__init__("", "", parent)
        self._names = [self.tr("Mood"), self.tr("Stress"), self.tr("Energy")]
        self.setAccessibleName(self.tr("Wellbeing trend"))
        self._empty_text = empty_text or self.tr("No check-ins yet")
        self._described()

    def set_data(
        self,
        points: Sequence[tuple],
        names: Sequence[str] | None = None,
        note: str = "",
        span: tuple[date, date] | None = None,
        averaged: str = "day",
        ranges: Sequence[tuple] = (),
    ) -> None:
        """`points`: (date, score, score, ...) oldest first, None for a missing score;
        `note` says how they were averaged ("Weekly averages"); `span` the days the
        chart covers (the period chosen; else the months from the first point to the
        last); `averaged` "day", "week" or "month": each point, dated at the start of
        its week or month, is drawn at the middle of it; `ranges` (with averaged points,
        in their order) each point's (lowest, highest) per series, or None, shaded."""
        order = sorted(range(len(points)), key=lambda n: points[n][0])
        self._points = [points[n] for n in order]
        self._ranges = [ranges[n] for n in order] if len(ranges) == len(points) else []
        self._span = span
        self._averaged = averaged
        if names is not None:
            self._names = list(names)
        self._note = note
        self._described()

    def has_data(self) -> bool:
        return any(v is not None for point in self._points for v in point[1:])

    def summary(self) -> str:
        first, last = self._points[0][0], self._points[-1][0]
        parts = [self._note + "." if self._note else ""]
        parts.append(
            self.tr("{count} points from {first} to {last}.").format(
                count=len(self._points), first=date_text(first), last=date_text(last)
            )
        )
        for i, name in enumerate(self._names):
            values = [point[i + 1] for point in self._points if point[i + 1] is not None]
            if values:
                parts.append(
                    self.tr(
                        "{name}: average {avg}, {start} at the start and {end} at the end, "
                        "lowest {low}, highest {high}."
                    ).format(
                        name=name,
                        avg=number(sum(values) / len(values)),
                        start=number(values[0]),
                        end=number(values[-1]),
                        low=number(min(values)),
                        high=number(max(values)),
                    )
                )
        return " ".join(p for p in parts if p)

    def colours(self, base: QColor) -> list[QColor]:
        # Thin lines need more contrast than filled bars: WCAG's 4.5:1 for text.
        return [readable(HUES[i % len(HUES)], base, 4.5) for i in range(len(self._names))]

    def _swatch(self, p: QPainter, rect: QRectF, colour: QColor, index: int) -> None:
        y = rect.center().y()
        p.setPen(QPen(colour, 2))
        p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        p.setBrush(colour)
        draw_marker(p, QPointF(rect.center().x(), y), rect.height() * 0.22, MARKERS[index % 4])
        p.setBrush(Qt.BrushStyle.NoBrush)

    def layout_for(self, rect: QRectF, fm: QFontMetricsF) -> LineLayout:
        """Where everything goes in `rect` (below the legend): the plot, the dates
        along it, each series' points and the labels of lone points. Days map to x
        on the same TimeAxis as the bar charts', from the same left edge."""
        legend = self._legend_height(rect, fm, self._names)
        plot = QRectF(rect.left() + value_gutter(fm, "10"), 0, 0, 0)
        plot.setTop(rect.top() + legend + fm.height() * 0.3)
        plot.setRight(rect.right())
        plot.setBottom(rect.bottom() - fm.height() * 1.4)

        first, last = self._points[0][0], self._points[-1][0]
        if self._span is not None:  # the period chosen, as the other charts show it
            first, last = min(first, self._span[0]), max(last, self._span[1])
        axis = TimeAxis.over(first, last, plot.left(), plot.right())

        def x_of(day: date) -> float:
            return axis.centre_of(day, _period_end(day, self._averaged))

        def y_of(value: float) -> float:
            return plot.bottom() - (value - 1) / 9 * plot.height()

        dots: list[list[QPointF]] = []
        for i in range(len(self._names)):
            dots.append(
                [
                    QPointF(x_of(point[0]), y_of(point[i + 1]))
                    for point in self._points
                    if point[i + 1] is not None
                ]
            )

        top = plot.bottom() + fm.height() * 0.3
        if axis.count <= 2:  # a month or two: Mondays, marked where they fall
            ticks = [label_box(x, label, top, rect, fm) for x, label in axis.monday_ticks(fm)]
            marks = [x for x, _label, _box in ticks]
        else:  # months named in the middle, marked where they begin and end
            ticks = [label_box(x, label, top, rect, fm) for x, label in axis.month_ticks(fm)]
            marks = [axis.month_left(n) for n in range(axis.count + 1)]
        days = {point[0] for point in self._points}
        point_labels: list[tuple[str, QRectF, int]] = []
        if len(days) == 1 and self._averaged == "day":
            # A lone check-in: its date on the axis (the dates it would cover give way)
            # and each score written beside its point.
            day = next(iter(days))
            own = label_box(x_of(day), date_text(day), top, rect, fm)
            gap = fm.height() * 0.5
            ticks = [t for t in ticks if not t[2].adjusted(-gap, 0, gap, 0).intersects(own[2])] + [
                own
            ]
            marks.append(own[0])
            point_labels = self._lone_point_labels(dots, rect, fm)
        ticks.sort(key=lambda t: t[0])
        bands = [self._bands(i, x_of, y_of) for i in range(len(self._names))]
        return LineLayout(plot, axis, ticks, sorted(marks), dots, point_labels, bands)

    def _bands(
        self, index: int, x_of: Callable[[date], float], y_of: Callable[[float], float]
    ) -> list[list[QPointF]]:
        """One series' shaded outlines, broken where a point has no range."""
        runs: list[list[tuple[float, float, float]]] = [[]]
        for point, found in zip(self._points, self._ranges, strict=False):
            if index >= len(found) or found[index] is None:
                runs.append([])
            else:
                low, high = found[index]
                runs[-1].append((x_of(point[0]), y_of(high), y_of(low)))
        outlines = []
        for run in runs:
            if len(run) == 1:  # a lone week's range: a narrow bar
                x, high, low = run[0]
                run = [(x - 3.0, high, low), (x + 3.0, high, low)]
            if run:
                outline = [QPointF(x, high) for x, high, _low in run]
                outline += [QPointF(x, low) for x, _high, low in reversed(run)]
                outlines.append(outline)
        return outlines

    def _lone_point_labels(
        self, dots: list[list[QPointF]], rect: QRectF, fm: QFontMetricsF
    ) -> list[tuple[str, QRectF, int]]:
        """The value beside each series' only point, right of it (left where there is
        no room), moved apart when scores are close."""
        labels: list[tuple[str, QRectF, int]] = []
        for i, series in enumerate(dots):
            if len(series) != 1:
                continue
            value = next(point[i + 1] for point in self._points if point[i + 1] is not None)
            text = number(value)
            width, height = fm.horizontalAdvance(text) + 4, fm.height()
            at = series[0]
            left = at.x() + fm.height() * 0.5
            if left + width > rect.right():
                left = at.x() - fm.height() * 0.5 - width
            labels.append((text, QRectF(left, at.y() - height / 2, width, height), i))
        labels.sort(key=lambda label: label[1].top())
        for n in range(1, len(labels)):
            above, (text, box, i) = labels[n - 1][1], labels[n]
            if box.top() < above.bottom():
                box.moveTop(above.bottom())
                labels[n] = (text, box, i)
        for n, (text, box, i) in enumerate(labels):  # kept inside the chart
            if box.bottom() > rect.bottom():
                box.moveBottom(rect.bottom())
            if box.top() < rect.top():
                box.moveTop(rect.top())
            labels[n] = (text, box, i)
        return labels

    def _draw(
        self, p: QPainter, rect: QRectF, fm: QFontMetricsF, base: QColor, text: QColor
    ) -> None:
        colours = self.colours(base)
        entries = [(name, colours[i], i) for i, name in enumerate(self._names)]
        self._legend(p, rect, fm, entries, text)
        layout = self.layout_for(rect, fm)
        plot = layout.plot
        if plot.height() < fm.height() * 2:
            return

        step = 1 if plot.height() / 9 >= fm.height() * 1.1 else 3
        for value in range(1, 11, step):
            y = plot.bottom() - (value - 1) / 9 * plot.height()
            p.setPen(QPen(mix(text, base, 0.18), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            p.drawText(
                QRectF(
                    rect.left(),
                    y - fm.height() / 2,
                    plot.left() - rect.left() - fm.height() * 0.4,
                    fm.height(),
                ),
                ALIGN_RIGHT,
                str(value),
            )

        p.setPen(QPen(mix(text, base, 0.45), 1))
        for x in layout.marks:
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + fm.height() * 0.25))
        p.setPen(text)
        for _x, label, box in layout.ticks:
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        p.setPen(QPen(mix(text, base, 0.45), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())

        for i, colour in enumerate(colours):
            shade = QColor(colour)
            shade.setAlphaF(0.16)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(shade)
            for outline in layout.bands[i]:
                p.drawPolygon(QPolygonF(outline))
        markers = len(self._points) * fm.height() * 0.9 <= plot.width()
        for i, colour in enumerate(colours):
            path, pen_down, dots = QPainterPath(), False, iter(layout.dots[i])
            for point in self._points:
                if point[i + 1] is None:
                    pen_down = False  # a gap, not a line across missing days
                    continue
                at = next(dots)
                path.lineTo(at) if pen_down else path.moveTo(at)
                pen_down = True
            p.setPen(
                QPen(
                    colour,
                    2,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            if markers or len(layout.dots[i]) == 1:
                p.setBrush(colour)
                p.setPen(QPen(base, 1))
                for at in layout.dots[i]:
                    draw_marker(p, at, fm.height() * 0.22, MARKERS[i % 4])
        p.setBrush(Qt.BrushStyle.NoBrush)
        for label, box, i in layout.point_labels:
            p.setPen(colours[i])
            p.drawText(box, ALIGN_LEFT, label)
