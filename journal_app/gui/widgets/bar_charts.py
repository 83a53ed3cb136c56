"""Bar charts drawn with QPainter: counts per month stacked by category, and
horizontal bars with labels (for competence areas). Import them from charts.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from journal_app.gui.date_text import month_text
from journal_app.gui.widgets.chart_base import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    HUES,
    OTHER,
    ChartBase,
    mix,
    number,
    readable,
)
from journal_app.gui.widgets.time_axis import TimeAxis, label_box, month_of, value_gutter


@dataclass
class BarLayout:
    """Where a stacked bar chart puts things: `axis` maps months to x as the line
    chart does; `ticks` (x, month label, its box); the value scale goes from 0 to
    `highest` in steps of `step`."""

    plot: QRectF
    axis: TimeAxis
    ticks: list[tuple[float, str, QRectF]]
    highest: int
    step: int


class StackedBarChart(ChartBase):
    """Counts per month, one stacked colour per category."""

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        self._months: list[str] = []
        self._categories: list[tuple[str, list[int]]] = []
        self._last_is_other = False
        super().__init__(name, empty_text, parent)

    def set_data(
        self,
        months: Sequence[str],
        categories: Sequence[tuple[str, Sequence[int]]],
        last_is_other: bool = False,
    ) -> None:
        """`months` as 'YYYY-MM'; each category is (label, a count per month).
        `last_is_other`: the last category gathers the rest and is drawn grey."""
        self._months = list(months)
        self._categories = [(label, list(counts)) for label, counts in categories]
        self._last_is_other = last_is_other
        self._described()

    def _totals(self) -> list[int]:
        return [sum(c[1][m] for c in self._categories) for m in range(len(self._months))]

    def has_data(self) -> bool:
        return any(self._totals())

    def summary(self) -> str:
        totals = self._totals()
        busiest = max(range(len(totals)), key=lambda m: totals[m])
        counts = ", ".join(
            f"{label} {sum(counts)}"
            for label, counts in sorted(self._categories, key=lambda c: -sum(c[1]))
            if sum(counts)
        )
        return " ".join(
            [
                self.tr("Totals over {n} months, {first} to {last}: {counts}.").format(
                    n=len(self._months),
                    first=month_text(month_of(self._months[0]), long=True),
                    last=month_text(month_of(self._months[-1]), long=True),
                    counts=counts,
                ),
                self.tr("Busiest month: {month}, with {count}.").format(
                    month=month_text(month_of(self._months[busiest]), long=True),
                    count=totals[busiest],
                ),
            ]
        )

    def colours(self, base: QColor) -> list[QColor]:
        out = [readable(HUES[i % len(HUES)], base) for i in range(len(self._categories))]
        if self._last_is_other and out:
            out[-1] = readable(OTHER, base)
        return out

    def layout_for(self, rect: QRectF, fm: QFontMetricsF) -> BarLayout:
        """Where everything goes in `rect`: the plot below the legend, its value scale,
        and the months on the same TimeAxis as the line chart's."""
        top = (
            rect.top()
            + self._legend_height(rect, fm, [c[0] for c in self._categories])
            + fm.height() * 0.3
        )
        totals = self._totals()
        step = _nice_step(max(totals))
        highest = -(-max(totals) // step) * step
        plot = QRectF(rect.left() + value_gutter(fm, str(highest)), top, 0, 0)
        plot.setRight(rect.right())
        plot.setBottom(rect.bottom() - fm.height() * 1.4)
        axis = TimeAxis.over(
            month_of(self._months[0]), month_of(self._months[-1]), plot.left(), plot.right()
        )
        label_top = plot.bottom() + fm.height() * 0.3
        ticks = [label_box(x, label, label_top, rect, fm) for x, label in axis.month_ticks(fm)]
        return BarLayout(plot, axis, ticks, highest, step)

    def _draw(
        self, p: QPainter, rect: QRectF, fm: QFontMetricsF, base: QColor, text: QColor
    ) -> None:
        colours = self.colours(base)
        entries = [(c[0], colours[i], i) for i, c in enumerate(self._categories)]
        self._legend(p, rect, fm, entries, text)
        layout = self.layout_for(rect, fm)
        plot, axis = layout.plot, layout.axis
        if plot.height() < fm.height() * 2:
            return
        scale = plot.height() / layout.highest
        for value in range(0, layout.highest + 1, layout.step):
            y = plot.bottom() - value * scale
            p.setPen(QPen(mix(text, base, 0.18 if value else 0.45), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            box = QRectF(rect.left(), y - fm.height() / 2, plot.left() - rect.left(), fm.height())
            p.drawText(box.adjusted(0, 0, -fm.height() * 0.4, 0), ALIGN_RIGHT, str(value))

        bar = min(axis.slot * 0.7, fm.height() * 3)
        for m in range(len(self._months)):
            x, y = axis.month_centre(m) - bar / 2, plot.bottom()
            for i, (_label, counts) in enumerate(self._categories):
                if counts[m]:
                    height = counts[m] * scale
                    p.fillRect(QRectF(x, y - height, bar, height), colours[i])
                    p.setPen(QPen(base, 1))  # a thin gap between segments
                    p.drawLine(QPointF(x, y - height), QPointF(x + bar, y - height))
                    y -= height

        p.setPen(text)
        for _x, label, box in layout.ticks:
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)


def _nice_step(highest: int) -> int:
    """A step of 1, 2 or 5 times a power of ten giving at most five gridlines."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if highest / (factor * magnitude) <= 5:
                return factor * magnitude
        magnitude *= 10


@dataclass(frozen=True)
class Bar:
    """One horizontal bar; bars sharing a non-empty `group` get a heading above them."""

    label: str
    value: int
    group: str = ""


class BarChart(ChartBase):
    """Horizontal bars with their labels beside them (long labels wrap to two lines)."""

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        self._bars: list[Bar] = []
        super().__init__(name, empty_text, parent)

    def set_data(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self._described()

    def has_data(self) -> bool:
        return any(bar.value for bar in self._bars)

    def summary(self) -> str:
        parts, group = [], None
        for bar in self._bars:
            if bar.group and bar.group != group:
                parts.append(f"{bar.group}:")
                group = bar.group
            parts.append(f"{bar.label} {bar.value};")
        return " ".join(parts).rstrip(";") + "."

    def colours(self, base: QColor) -> list[QColor]:
        return [readable(HUES[0], base)]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        fm = QFontMetricsF(self.font())
        if not self.has_data():
            return round(fm.height() * 5)
        rows = self._rows(fm, self._label_width(fm, width - fm.height() * 1.6))
        return round(sum(height for *_, height in rows) + fm.height() * 1.4)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def _label_width(self, fm: QFontMetricsF, width: float) -> float:
        widest = max((fm.horizontalAdvance(b.label) for b in self._bars), default=0.0)
        return min(widest + 2, width * 0.45)

    def _rows(
        self, fm: QFontMetricsF, label_width: float
    ) -> list[tuple[str, Bar | None, list[str], float]]:
        """(kind, bar, lines, height) for each heading and bar, top to bottom."""
        rows: list[tuple[str, Bar | None, list[str], float]] = []
        group, line = None, fm.lineSpacing()
        for bar in self._bars:
            if bar.group and bar.group != group:
                rows.append(("heading", None, [bar.group], line * 1.6))
                group = bar.group
            lines = _two_lines(bar.label, fm, label_width)
            rows.append(("bar", bar, lines, line * len(lines) + line * 0.5))
        return rows

    def _draw(
        self, p: QPainter, rect: QRectF, fm: QFontMetricsF, base: QColor, text: QColor
    ) -> None:
        colour = self.colours(base)[0]
        label_width = self._label_width(fm, rect.width())
        highest = max(bar.value for bar in self._bars)
        value_room = fm.horizontalAdvance(str(highest)) + fm.height()
        left = rect.left() + label_width + fm.height() * 0.6
        room = max(rect.right() - left - value_room, 1.0)
        bold = QFont(p.font())
        bold.setBold(True)
        y = rect.top()
        p.setPen(QPen(mix(text, base, 0.45), 1))
        for kind, bar, lines, height in self._rows(fm, label_width):
            if y + height > rect.bottom() + 1:
                break  # the widget asks for enough height; an image may be cut short
            p.setPen(text)
            if kind == "heading":
                p.setFont(bold)
                box = QRectF(
                    rect.left(), y + height - fm.lineSpacing() * 1.2, rect.width(), fm.lineSpacing()
                )
                p.drawText(box, ALIGN_LEFT, lines[0])
                p.setFont(self.font())
            else:
                assert bar is not None
                p.drawText(
                    QRectF(rect.left(), y, label_width, height), ALIGN_RIGHT, "\n".join(lines)
                )
                thickness = min(fm.height() * 1.1, height * 0.75)
                length = bar.value / highest * room
                top = y + (height - thickness) / 2
                p.fillRect(QRectF(left, top, length, thickness), colour)
                value_box = QRectF(left + length + fm.height() * 0.3, y, value_room, height)
                p.drawText(value_box, ALIGN_LEFT, number(bar.value))
            y += height
        p.setPen(QPen(mix(text, base, 0.45), 1))
        p.drawLine(QPointF(left, rect.top()), QPointF(left, min(y, rect.bottom())))


def _two_lines(text: str, fm: QFontMetricsF, width: float) -> list[str]:
    """`text` word-wrapped into at most two lines, the second elided if need be."""
    if fm.horizontalAdvance(text) <= width:
        return [text]
    words, first = text.split(), ""
    while words and fm.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one long word
        return [fm.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    return [first, fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]
