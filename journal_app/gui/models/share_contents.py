"""The share history's lower table: the entries one shared pack held, by date, then
those deleted or damaged since. A row's words are made when it is shown: a pack of a
busy quarter at 100,000 entries held 5,000, and a table item for each of their cells
held the dialog back by half a second."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from journal_app.domain.records import Record
from journal_app.gui.models.pack_entries import short_date
from journal_app.gui.models.record_list import TYPE_NAMES
from journal_app.gui.record_names import record_name_text

_ROOT = QModelIndex()


class ShareContentsModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._found: list[Record] = []
        self._missing: list[list[str]] = []
        self._level_of: Callable[[str], str] = lambda _record_id: ""
        self._made: dict[int, list[str]] = {}

    def show_rows(
        self, found: list[Record], missing: list[list[str]], level_of: Callable[[str], str]
    ) -> None:
        """`found`: the entries that still exist, in the order shown; `missing`: the
        cells of those that do not; `level_of`: an entry's level, by id."""
        self.beginResetModel()
        self._found, self._missing, self._level_of, self._made = found, missing, level_of, {}
        self.endResetModel()

    def cells(self, row: int) -> list[str]:
        if row >= len(self._found):
            return self._missing[row - len(self._found)]
        made = self._made.get(row)
        if made is None:
            record = self._found[row]
            made = self._made[row] = [
                short_date(record.date),
                QCoreApplication.translate("RecordListModel", TYPE_NAMES[record.type]),
                record_name_text(record),
                self._level_of(record.id),
            ]
        return made

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._found) + len(self._missing)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not 0 <= index.row() < self.rowCount() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole text where a narrow column shortens it
        ):
            return None
        return self.cells(index.row())[index.column()]
