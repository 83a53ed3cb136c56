"""The Calendar's list of the chosen day: one row per entry, supervision booked or
action due, each with its mark's icon and its words wrapped to the list's width (a
long title is never cut short: Qt's own wrapping elided a line that only just did
not fit). Enter or a double-click opens the row's entry; Escape goes back to the grid."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

_Index = QModelIndex | QPersistentModelIndex
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class _RowDelegate(QStyledItemDelegate):
    """Icon at the left, the words wrapped in the rest of the row."""

    def _parts(self, option: QStyleOptionViewItem, width: int) -> tuple[int, int, int]:
        line = option.fontMetrics.height()
        pad = max(2, line // 5)
        return line, pad, max(line, width - line - 4 * pad)

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QAbstractItemView):
            return view.viewport().width() - 2 * view.spacing() if view.viewport() else 0
        return option.rect.width()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self._width(option)
        line, pad, text_width = self._parts(option, width)
        words = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bound = option.fontMetrics.boundingRect(QRect(0, 0, text_width, 1 << 20), _WRAP, words)
        return QSize(max(width, line * 3), max(line, bound.height()) + 2 * pad)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        words = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        opt.text, opt.icon = "", QIcon()
        style = opt.widget.style() if opt.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        line, pad, text_width = self._parts(option, option.rect.width())
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
        top = rect.top() + (rect.height() - line) // 2
        if isinstance(icon, QIcon):
            icon.paint(
                painter,
                QRect(rect.left() + pad, top, line, line),
                Qt.AlignmentFlag.AlignCenter,
                mode,
            )
        painter.save()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        text_rect = QRect(rect.left() + line + 3 * pad, rect.top() + pad, text_width, 0)
        text_rect.setBottom(rect.bottom() - pad)
        painter.drawText(text_rect, _WRAP, words)
        painter.restore()


class DayList(QListWidget):
    """The chosen day's rows; Escape asks to go back to the grid."""

    back_requested = Signal()

    def __init__(self, parent=None, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setItemDelegate(_RowDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)
