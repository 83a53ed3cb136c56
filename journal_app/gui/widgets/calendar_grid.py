"""The Calendar's month grid: a table of six weeks whose squares show the day's number
and small marks (an icon per type of entry with its count, a supervision booked,
actions due), drawn from the palette so they read in light, dark and high contrast.

Keys: the arrows move a day or a week (across the month's edge too), Page Up and
Page Down a month, Home and End to the month's first and last day; Enter, Return or
a double-click asks for the day's list. The grid only asks (`move_requested`,
`day_activated`); the Calendar view decides what is shown."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from journal_app.gui.icons import line_icon
from journal_app.gui.models.calendar_model import DAY_ROLE, MARKS_ROLE, CalendarModel, Mark
from journal_app.gui.widgets.chart_base import mix, readable
from journal_app.services.calendar_month import CalendarDay, shift_month

_Index = QModelIndex | QPersistentModelIndex
ALERT = "#D55E00"  # overdue: the charts' vermilion, made readable on the palette


class IconCache:
    """Line icons tinted to one colour, kept until the palette changes."""

    def __init__(self) -> None:
        self._icons: dict[tuple[str, str, str], QIcon] = {}

    def get(self, kind: str, name: str, colour: QColor) -> QIcon:
        key = (kind, name, colour.name())
        if key not in self._icons:
            self._icons[key] = line_icon(name, colour, kind)
        return self._icons[key]

    def clear(self) -> None:
        self._icons.clear()


def mark_width(mark: Mark, metrics, icon: int) -> int:
    """How wide a mark is drawn: its icon and, when it has one, its count."""
    width = icon + 4
    if mark.count is not None:
        width += metrics.horizontalAdvance(str(mark.count)) + 2
    return width


def place_marks(
    widths: list[int], room: int, rows: int, advance: Callable[[str], int], gap: int = 2
) -> tuple[list[tuple[int, int]], str, tuple[int, int]]:
    """Where marks `widths` wide go in `rows` rows `room` wide: (x, row) for each mark
    shown, in order, then the token for the rest ("" when all are shown) and its
    (x, row). When not all fit, the last ones give way to "+N" (or, when one mark
    would be all that is left and "+N" has no room beside it, to "…"), so the square
    never hides that there is more; the day's words and list say what."""
    spots: list[tuple[int, int]] = []
    x, row = 0, 0
    for width in widths:
        if x + width > room and x > 0:
            row, x = row + 1, 0
        if row >= rows:
            break
        spots.append((x, row))
        x += width + gap
    token, token_spot = "", (0, 0)
    while len(spots) < len(widths):
        token = f"+{len(widths) - len(spots)}"
        if not spots:
            break
        x, row = spots[-1]
        after = x + widths[len(spots) - 1] + gap
        if after + advance(token) <= room:
            token_spot = (after, row)
            break
        if len(spots) == 1 and after + advance("…") <= room:
            token, token_spot = "…", (after, row)
            break
        spots.pop()
    return spots, token, token_spot


class DayDelegate(QStyledItemDelegate):
    """Paints one day: its number at the top left (on a filled round mark for today), days
    of the months either side quieter, the chosen day edged in the highlight colour,
    and the marks in rows below, ending in "+N" when the square has no room for all."""

    def __init__(self, icons: IconCache, parent=None) -> None:
        super().__init__(parent)
        self._icons = icons

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        day: CalendarDay | None = index.data(DAY_ROLE)
        if day is None:
            return
        pal = option.palette
        base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        ink = text if day.in_month else mix(text, base, 0.55)
        rect = option.rect.adjusted(1, 1, -1, -1)
        metrics = option.fontMetrics
        line = metrics.height()
        pad = max(3, line // 4)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = base if day.in_month else mix(text, base, 0.05)
        if selected:
            fill = mix(highlight, base, 0.22)
        painter.fillRect(rect, fill)
        painter.setPen(QPen(mix(text, base, 0.18), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if selected:
            width = 3 if focused else 2
            painter.setPen(QPen(highlight, width))
            half = width // 2 + 1
            painter.drawRect(rect.adjusted(half, half, -half, -half))

        # The day's number; today's in a filled circle.
        number = str(index.data(Qt.ItemDataRole.DisplayRole))
        font = QFont(option.font)
        font.setBold(day.is_today)
        painter.setFont(font)
        side = line + 4
        wide = max(side, painter.fontMetrics().horizontalAdvance(number) + line // 2)
        circle = QRect(rect.left() + pad, rect.top() + pad, wide, side)
        if day.is_today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            painter.drawRoundedRect(circle, side / 2, side / 2)
            painter.setPen(pal.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(ink)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, number)

        marks: list[Mark] = index.data(MARKS_ROLE) or []
        if marks:
            area = QRect(
                rect.left() + pad,
                circle.bottom() + pad // 2,
                rect.width() - 2 * pad,
                rect.bottom() - circle.bottom() - pad,
            )
            self._paint_marks(painter, option, area, marks, ink, base)
        painter.restore()

    def _paint_marks(self, painter, option, area: QRect, marks, ink, base) -> None:
        metrics = option.fontMetrics
        icon = metrics.height()
        row_height = icon + 2
        rows = max(1, area.height() // row_height)
        right = area.right() + 1
        widths = [mark_width(mark, metrics, icon) for mark in marks]
        spots, token, token_spot = place_marks(
            widths, area.width(), rows, metrics.horizontalAdvance
        )
        placed = [
            (mark, area.left() + x, area.top() + row * row_height, width)
            for mark, width, (x, row) in zip(marks, widths, spots, strict=False)
        ]
        at = QPoint(area.left() + token_spot[0], area.top() + token_spot[1] * row_height)
        alert = readable(ALERT, base, 3.0)
        plain = QFont(option.font)
        plain.setBold(False)
        bold = QFont(plain)
        bold.setBold(True)
        for mark, x, y, width in placed:
            colour = alert if mark.alert else ink
            pixmap = self._icons.get(mark.kind, mark.icon, colour).pixmap(QSize(icon, icon))
            painter.drawPixmap(QRect(x, y + 1, icon, icon), pixmap)
            if mark.count is not None:
                painter.setFont(bold if mark.alert else plain)
                painter.setPen(colour)
                count_rect = QRect(x + icon + 1, y, width - icon - 1, row_height)
                painter.drawText(count_rect, Qt.AlignmentFlag.AlignVCenter, str(mark.count))
        if token:
            painter.setFont(plain)
            painter.setPen(ink)
            box = QRect(at.x(), at.y(), max(0, right - at.x()), row_height)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, token)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return least_day_size(option.fontMetrics)


def least_day_size(metrics) -> QSize:
    """The least a square needs: the number's line and one row below it, as wide as a
    two-digit day or one mark with a one-digit count (more marks show as "+N")."""
    line = metrics.height()
    pad = max(3, line // 4)
    number = line + 4
    one_mark = line + 4 + metrics.horizontalAdvance("0") + 2
    width = max(number, one_mark + metrics.horizontalAdvance("+") // 2) + 2 * pad + 2
    return QSize(width, 2 * line + 4 + 3 * pad)


class CalendarGrid(QTableView):
    move_requested = Signal(object)  # a date: the day the keys asked for
    day_activated = Signal(object)  # a date: Enter, Return or a double-click

    def __init__(self, model: CalendarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_grid")
        self.setAccessibleName(self.tr("Days of the month"))
        self.setModel(model)
        self._icons = IconCache()
        self.setItemDelegate(DayDelegate(self._icons, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves for the day's list
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(self._double_clicked)
        self._fit_sizes()

    def current_day(self) -> date | None:
        day = self.currentIndex().data(DAY_ROLE)
        return day.day if day is not None else None

    def _double_clicked(self, index: QModelIndex) -> None:
        if (day := index.data(DAY_ROLE)) is not None:
            self.day_activated.emit(day.day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.current_day()
        model = self.model()
        month = model.month if isinstance(model, CalendarModel) else None
        if current is None or month is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            steps[Qt.Key.Key_Left], steps[Qt.Key.Key_Right] = 1, -1
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in steps and plain:
            self.move_requested.emit(current + timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            by = -1 if key == Qt.Key.Key_PageUp else 1
            year, number = shift_month(month.year, month.month, by)
            last = calendar.monthrange(year, number)[1]
            self.move_requested.emit(date(year, number, min(current.day, last)))
        elif key == Qt.Key.Key_Home and plain:
            self.move_requested.emit(month.first)
        elif key == Qt.Key.Key_End and plain:
            last = calendar.monthrange(month.year, month.month)[1]
            self.move_requested.emit(date(month.year, month.month, last))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_activated.emit(current)
        else:
            super().keyPressEvent(event)

    def _fit_sizes(self) -> None:
        least = least_day_size(self.fontMetrics())
        self.horizontalHeader().setMinimumSectionSize(least.width())
        self.verticalHeader().setMinimumSectionSize(least.height())

    def minimumSizeHint(self) -> QSize:
        least = least_day_size(self.fontMetrics())
        header = self.horizontalHeader().sizeHint().height()
        frame = 2 * self.frameWidth()
        return QSize(7 * least.width() + frame, 6 * least.height() + header + frame)

    def sizeHint(self) -> QSize:
        least = self.minimumSizeHint()
        return QSize(least.width() * 3 // 2, least.height() * 3 // 2)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._icons.clear()
            self._fit_sizes()
            self.updateGeometry()
