"""The actions board's table: one row per agreed action, overdue first (the order
comes from services.actions); the status column is editable."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from journal_app.domain.schema import ACTION_STATUSES
from journal_app.gui.date_text import date_text
from journal_app.services.actions import ActionItem

ACTION, OWNER, DUE, STATUS, SOURCE = range(5)
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1  # True for an open action past its due date

# Returns True when the new status was saved.
SaveStatus = Callable[[str, int, str], bool]

_Index = QModelIndex | QPersistentModelIndex


def status_label(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("ActionsModel", "Open"),
        "done": QCoreApplication.translate("ActionsModel", "Done"),
        "dropped": QCoreApplication.translate("ActionsModel", "Dropped"),
    }
    return labels.get(status, status)


def status_choices() -> list[tuple[str, str]]:
    """(status, label) in the schema's order, for the editor."""
    return [(status, status_label(status)) for status in ACTION_STATUSES]


_date_text = date_text


class ActionsModel(QAbstractTableModel):
    def __init__(self, save_status: SaveStatus, parent=None) -> None:
        super().__init__(parent)
        self._save_status = save_status
        self._items: list[ActionItem] = []
        self._today = date.today()

    def set_items(self, items: list[ActionItem], today: date) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([], self._today)

    def item(self, row: int) -> ActionItem:
        return self._items[row]

    def items(self) -> list[ActionItem]:
        return list(self._items)

    def row_of(self, record_id: str, index: int) -> int | None:
        for row, item in enumerate(self._items):
            if item.record_id == record_id and item.index == index:
                return row
        return None

    @property
    def today(self) -> date:
        """The day the rows were marked overdue against."""
        return self._today

    def is_overdue(self, row: int) -> bool:
        return self._items[row].is_overdue(self._today)

    # --- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("From supervision"),
        )[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self._items[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column, spoken=role == Qt.ItemDataRole.AccessibleTextRole)
        if role == Qt.ItemDataRole.EditRole and column == STATUS:
            return item.status
        if role == Qt.ItemDataRole.ToolTipRole and column == ACTION:
            return item.text
        if role == OVERDUE_ROLE:
            return item.is_overdue(self._today)
        return None

    def _text(self, item: ActionItem, column: int, spoken: bool) -> str:
        if column == ACTION:
            return " ".join(item.text.split())
        if column == OWNER:
            return item.owner
        if column == DUE:
            if item.due is None:
                return self.tr("No due date")
            if item.is_overdue(self._today):
                return self.tr("Overdue: {date}").format(date=_date_text(item.due))
            return _date_text(item.due)
        if column == STATUS:
            label = status_label(item.status)
            return self.tr("Status: {status}").format(status=label) if spoken else label
        when = _date_text(item.supervision_date)
        if not item.supervisor:
            return when
        return self.tr("{date}, {supervisor}").format(date=when, supervisor=item.supervisor)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != STATUS or role != Qt.ItemDataRole.EditRole:
            return False
        if value not in ACTION_STATUSES:
            return False
        item = self._items[index.row()]
        if value == item.status:
            return True
        items_before = self._items
        if not self._save_status(item.record_id, item.index, value):
            return False
        if self._items is not items_before:  # the board was refreshed while saving
            return True
        row = index.row()
        self._items[row] = dataclasses.replace(item, status=value)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True
