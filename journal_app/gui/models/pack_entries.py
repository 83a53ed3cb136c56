"""The pack dialog's entries of the period: date, type, title and what this pack
shows of each (private, summary or full). A level chosen here belongs to this pack
only (PackOptions.shares); the entry keeps its own share level."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from journal_app.domain.records import Record, Share
from journal_app.gui.date_text import date_text
from journal_app.gui.models.record_list import TYPE_NAMES
from journal_app.gui.record_names import record_name_text

_ROOT = QModelIndex()
LEVELS = (Share.PRIVATE, Share.SUMMARY, Share.FULL)
# Marked for lupdate here; translated where shown.
LEVEL_NAMES = {
    Share.PRIVATE: QT_TRANSLATE_NOOP("PackEntriesModel", "Private"),
    Share.SUMMARY: QT_TRANSLATE_NOOP("PackEntriesModel", "Summary"),
    Share.FULL: QT_TRANSLATE_NOOP("PackEntriesModel", "Full"),
}
LEVEL_COLUMN = 3
# One letter per level, for changing a row from the keyboard without the list.
LEVEL_KEYS = {Qt.Key.Key_P: Share.PRIVATE, Qt.Key.Key_S: Share.SUMMARY, Qt.Key.Key_F: Share.FULL}


def level_name(share: Share) -> str:
    return QCoreApplication.translate("PackEntriesModel", LEVEL_NAMES[share])


short_date = date_text  # the name the share history imports


class PackEntriesModel(QAbstractTableModel):
    levels_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Record] = []
        # Only the rows the worker changed; kept when the period changes and back.
        self._chosen: dict[str, Share] = {}

    def set_records(self, records: list[Record]) -> None:
        """Show these records; a model reset only when the list itself changed, so an
        open level editor survives a preview rebuild."""
        if [r.id for r in records] == [r.id for r in self._records]:
            self._records = list(records)
            if self._records:
                self.dataChanged.emit(self.index(0, 0), self.index(len(records) - 1, 3))
            return
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Record]:
        """The rows' records, in order."""
        return self._records

    def record_at(self, row: int) -> Record | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def level(self, record: Record) -> Share:
        return self._chosen.get(record.id, record.share)

    def shares(self) -> dict[str, Share]:
        """This pack's level for every record the worker changed (PackOptions.shares)."""
        return dict(self._chosen)

    def restore_choices(self, shares: dict[str, Share]) -> None:
        """This pack's levels as the worker left them (reopening the dialog)."""
        self._chosen = dict(shares)
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, 3))

    def set_level(self, row: int, share: Share) -> bool:
        record = self.record_at(row)
        if record is None or share is self.level(record):
            return False
        if share is record.share:
            self._chosen.pop(record.id, None)
        else:
            self._chosen[record.id] = share
        self.dataChanged.emit(self.index(row, 0), self.index(row, LEVEL_COLUMN))
        self.levels_changed.emit()
        return True

    # --- the model interface -----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Type"), self.tr("Title"), self.tr("In this pack"))[
                section
            ]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == LEVEL_COLUMN else flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        record = self.record_at(index.row())
        if record is None:
            return None
        column, share = index.column(), self.level(record)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(record, share)[column]
        if role == Qt.ItemDataRole.EditRole:
            return share.value if column == LEVEL_COLUMN else self._cells(record, share)[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(record, share, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == LEVEL_COLUMN:
                return self._level_tip(record, share)
            return self._cells(record, share)[column]  # the whole title when cut short
        if role == Qt.ItemDataRole.ForegroundRole and share is Share.PRIVATE:
            # Greyed out: a private row is listed but never in the pack.
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if (
            role == Qt.ItemDataRole.FontRole
            and column == LEVEL_COLUMN
            and share is not record.share
        ):
            font = QFont()
            font.setBold(True)  # changed for this pack only
            return font
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        if index.column() != LEVEL_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            share = Share(value)
        except ValueError:
            return False
        self.set_level(index.row(), share)
        return True

    def _cells(self, record: Record, share: Share) -> tuple[str, str, str, str]:
        kind = QCoreApplication.translate("RecordListModel", TYPE_NAMES[record.type])
        title = record_name_text(record)
        return short_date(record.date), kind, title, level_name(share)

    def _level_tip(self, record: Record, share: Share) -> str:
        if share is record.share:
            return self.tr("The entry's own share level. Press F2 to change it for this pack.")
        return self.tr("Changed for this pack only; the entry itself is set to {level}.").format(
            level=level_name(record.share)
        )

    def _spoken(self, record: Record, share: Share, column: int) -> str:
        if column != LEVEL_COLUMN:
            return self._cells(record, share)[column]
        text = self.tr("In this pack: {level}").format(level=level_name(share))
        if share is not record.share:
            text += ". " + self._level_tip(record, share)
        return text
