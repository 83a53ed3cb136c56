"""Charts drawn with QPainter, so no chart library is needed: a line chart of scores,
stacked bars per month and horizontal bars. Each has `set_data(...)`, an empty state,
an accessible description with its data in words, and `render_to_image` (for a PDF)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from journal_app.gui.date_text import date_text
from journal_app.gui.widgets.bar_charts import Bar, BarChart, StackedBarChart
from journal_app.gui.widgets.chart_base import (
    ALIGN_RIGHT,
    HUES,
    MARKERS,
    ChartBase,
    date_ticks,
    draw_marker,
    mix,
    number,
    readable,
)

__all__ = ["Bar", "BarChart", "LineChart", "StackedBarChart"]


class LineChart(ChartBase):
    """Scores from 1 to 10 over time, one line per series (mood, stress, energy)."""

    swatch_width = 1.8

    def __init__(self, parent: QWidget | None = None, empty_text: str | None = None) -> None:
        self._points: list[tuple] = []
        self._names: list[str] = []
        self._note = ""
        super().__init__("", "", parent)
        self._names = [self.tr("Mood"), self.tr("Stress"), self.tr("Energy")]
        self.setAccessibleName(self.tr("Wellbeing trend"))
        self._empty_text = empty_text or self.tr("No check-ins yet")
        self._described()

    def set_data(
        self, points: Sequence[tuple], names: Sequence[str] | None = None, note: str = ""
    ) -> None:
        """`points`: (date, score, score, ...) oldest first, None for a missing score;
        `note` says how they were averaged ("Weekly averages")."""
        self._points = sorted(points, key=lambda point: point[0])
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

    def _draw(
        self, p: QPainter, rect: QRectF, fm: QFontMetricsF, base: QColor, text: QColor
    ) -> None:
        colours = self.colours(base)
        entries = [(name, colours[i], i) for i, name in enumerate(self._names)]
        top = rect.top() + self._legend(p, rect, fm, entries, text) + fm.height() * 0.3
        plot = QRectF(rect.left() + fm.horizontalAdvance("10") + fm.height() * 0.5, top, 0, 0)
        plot.setRight(rect.right() - fm.horizontalAdvance("0"))
        plot.setBottom(rect.bottom() - fm.height() * 1.4)
        if plot.height() < fm.height() * 2:
            return

        def y_of(value: float) -> float:
            return plot.bottom() - (value - 1) / 9 * plot.height()

        step = 1 if plot.height() / 9 >= fm.height() * 1.1 else 3
        for value in range(1, 11, step):
            y = y_of(value)
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

        first, last = self._points[0][0], self._points[-1][0]
        if first == last:
            first, last = first - timedelta(days=3), last + timedelta(days=3)
        span = (last - first).days

        def x_of(day: date) -> float:
            return plot.left() + (day - first).days / span * plot.width()

        p.setPen(text)
        for day, label in date_ticks(first, last, plot.width(), fm):
            x = x_of(day)
            p.setPen(QPen(mix(text, base, 0.45), 1))
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + fm.height() * 0.25))
            p.setPen(text)
            width = fm.horizontalAdvance(label) + 2
            left = min(max(x - width / 2, rect.left()), rect.right() - width)
            p.drawText(
                QRectF(left, plot.bottom() + fm.height() * 0.3, width, fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        p.setPen(QPen(mix(text, base, 0.45), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())

        markers = len(self._points) * fm.height() * 0.9 <= plot.width()
        for i, colour in enumerate(colours):
            path, pen_down = QPainterPath(), False
            dots = []
            for point in self._points:
                value = point[i + 1]
                if value is None:
                    pen_down = False  # a gap, not a line across missing days
                    continue
                at = QPointF(x_of(point[0]), y_of(value))
                path.lineTo(at) if pen_down else path.moveTo(at)
                pen_down = True
                dots.append(at)
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
            if markers or len(dots) == 1:
                p.setBrush(colour)
                p.setPen(QPen(base, 1))
                for at in dots:
                    draw_marker(p, at, fm.height() * 0.22, MARKERS[i % 4])
        p.setBrush(Qt.BrushStyle.NoBrush)
