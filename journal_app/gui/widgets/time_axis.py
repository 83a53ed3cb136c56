"""One time axis for every chart over months (the Insights page's line chart and
bar charts): months side by side in equal slots, a day at its place within its month,
each month labelled in the middle of its slot. Charts of the same width also start
their plots at the same x (`plot_left`), so a day sits at the same x in each (issue 17:
the line chart spaced days evenly and labelled the first of each month, the bar charts
gave months equal slots labelled in their middle, from a different left edge)."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from journal_app.gui.date_text import axis_day_text, axis_month_text

# Value labels left of a plot get room for this many digits (counts up to 999), the
# same for every chart so their plots start at the same x.
VALUE_DIGITS = 3


def month_of(key: str) -> date:
    """The first day of a month key, "2026-11"."""
    year, month = (int(x) for x in key.split("-"))
    return date(year, month, 1)


def _index(day: date) -> int:
    return day.year * 12 + day.month - 1


def value_gutter(fm: QFontMetricsF, widest: str) -> float:
    """The width left of a plot for its value labels (right-aligned, then a gap):
    room for VALUE_DIGITS digits, more only if `widest` needs it."""
    room = max(fm.horizontalAdvance("0" * VALUE_DIGITS), fm.horizontalAdvance(widest))
    return room + fm.height() * 0.5


def thin_labels(count: int, label_width: float, room: float) -> int:
    """Show every n-th label so labels of this width fit in `room`."""
    for step in (1, 2, 3, 4, 6, 12, 24, 48):
        if (count / step) * label_width <= room:
            return step
    return max(1, count)


@dataclass(frozen=True)
class TimeAxis:
    """`count` months from the month of `first`, in equal slots from `left` to `right`."""

    first: date  # the first day of the first month
    count: int
    left: float
    right: float

    @classmethod
    def over(cls, first: date, last: date, left: float, right: float) -> TimeAxis:
        """The whole months from `first`'s to `last`'s."""
        count = max(1, _index(last) - _index(first) + 1)
        return cls(date(first.year, first.month, 1), count, left, right)

    @property
    def slot(self) -> float:
        """The width of one month."""
        return (self.right - self.left) / self.count

    @property
    def last(self) -> date:
        """The last day of the last month."""
        index = _index(self.first) + self.count - 1
        year, month = divmod(index, 12)
        return date(year, month + 1, monthrange(year, month + 1)[1])

    def months(self) -> list[date]:
        """The first day of each month, in order."""
        start = _index(self.first)
        return [date(i // 12, i % 12 + 1, 1) for i in range(start, start + self.count)]

    def month_left(self, n: int) -> float:
        """Where the n-th month (0 for the first) begins."""
        return self.left + self.slot * n

    def month_centre(self, n: int) -> float:
        return self.left + self.slot * (n + 0.5)

    def x_of(self, day: date) -> float:
        """The middle of `day`'s place within its month's slot."""
        days = monthrange(day.year, day.month)[1]
        return self.month_left(_index(day) - _index(self.first)) + self.slot * (
            (day.day - 0.5) / days
        )

    def centre_of(self, first: date, last: date) -> float:
        """The middle of the days `first` to `last` (a week or a month averaged)."""
        return (self.x_of(first) + self.x_of(last)) / 2

    def month_ticks(self, fm: QFontMetricsF) -> list[tuple[float, str]]:
        """Month labels at the middle of their slots, thinned on a grid that includes
        January so they fit; the year on the first and where it changes."""
        months = self.months()
        step = thin_labels(
            len(months), fm.horizontalAdvance("May 0000") + fm.height(), self.right - self.left
        )
        shown = [n for n, month in enumerate(months) if _index(month) % step == 0]
        ticks = []
        for i, n in enumerate(shown):
            new_year = i == 0 or months[n].year != months[shown[i - 1]].year
            ticks.append((self.month_centre(n), axis_month_text(months[n], with_year=new_year)))
        return ticks

    def monday_ticks(self, fm: QFontMetricsF) -> list[tuple[float, str]]:
        """Mondays, labelled with their dates, thinned so they fit (for a short span)."""
        first = self.first
        day = first + timedelta(days=(7 - first.weekday()) % 7)
        days = []
        while day <= self.last:
            days.append(day)
            day += timedelta(days=7)
        step = thin_labels(
            len(days), fm.horizontalAdvance("00 May") + fm.height(), self.right - self.left
        )
        return [(self.x_of(d), axis_day_text(d)) for d in days[::step]]


def label_box(
    x: float, label: str, top: float, rect: QRectF, fm: QFontMetricsF
) -> tuple[float, str, QRectF]:
    """A label centred under x at `top`, moved in to stay inside `rect`."""
    width = fm.horizontalAdvance(label) + 2
    left = min(max(x - width / 2, rect.left()), rect.right() - width)
    return x, label, QRectF(left, top, width, fm.height())
