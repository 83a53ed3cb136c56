"""The agreed actions of a supervision note: a keyboard-operable table of text,
owner, due date and status, with buttons to add and remove rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.fields import ActionField
from journal_app.domain.schema import ACTION_STATUSES
from journal_app.gui.date_text import EDIT_FORMAT, date_text

TEXT, OWNER, DUE, STATUS = range(4)
COLUMN_KEYS = tuple(ActionField)  # text, owner, due, status: the columns in order
_VALUE = Qt.ItemDataRole.UserRole  # the due date's ISO text, the status id
_NO_DATE = QDate(2000, 1, 1)  # QDateEdit cannot be empty: its minimum reads "No date"
Index = QModelIndex | QPersistentModelIndex


def _show_date(iso: str) -> str:
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return date_text(day.toPython()) if iso and day.isValid() else ""


class _DueDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index):
        editor = QDateEdit(parent)
        editor.setObjectName("action_due_editor")
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(EDIT_FORMAT)
        editor.setMinimumDate(_NO_DATE)
        editor.setSpecialValueText(self.tr("No date"))
        editor.setAccessibleName(self.tr("Due date"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        day = QDate.fromString(index.data(_VALUE) or "", Qt.DateFormat.ISODate)
        editor.setDate(day if day.isValid() else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        day = editor.date()
        iso = "" if day == _NO_DATE else day.toString(Qt.DateFormat.ISODate)
        model.setData(index, iso, _VALUE)
        model.setData(index, _show_date(iso), Qt.ItemDataRole.DisplayRole)


class _StatusDelegate(QStyledItemDelegate):
    def __init__(self, labels: dict[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index):
        editor = QComboBox(parent)
        editor.setObjectName("action_status_editor")
        editor.setAccessibleName(self.tr("Status"))
        for status in ACTION_STATUSES:
            editor.addItem(self.labels[status], status)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(_VALUE) or "open")))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor.currentData(), _VALUE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ActionsTable(QWidget):
    """Value: [{"text", "owner", "due", "status"}] as the schema stores it; rows
    left wholly blank are not part of it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_labels = {
            "open": self.tr("Open"),
            "done": self.tr("Done"),
            "dropped": self.tr("Dropped"),
        }
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("field_actions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((OWNER, 150), (DUE, 120), (STATUS, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        # Tab leaves the table (arrows move between cells), so the form stays navigable.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(DUE, _DueDelegate(self.table))
        self.table.setItemDelegateForColumn(STATUS, _StatusDelegate(self.status_labels, self.table))
        self.table.itemChanged.connect(self.changed)

        self.add_button = QPushButton(self.tr("Add action"), self)
        self.add_button.setObjectName("actions_add")
        self.add_button.setAccessibleName(self.tr("Add an action"))
        self.remove_button = QPushButton(self.tr("Remove action"), self)
        self.remove_button.setObjectName("actions_remove")
        self.remove_button.setAccessibleName(self.tr("Remove the selected action"))
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        hint = QLabel(
            self.tr("Arrow keys move between cells; type, or press F2, to change one."), self
        )
        hint.setWordWrap(True)
        self.table.setAccessibleDescription(hint.text())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self._fit()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)

    # --- value ---------------------------------------------------------------------

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        if item is None:
            return ""
        if column in (DUE, STATUS):
            return item.data(_VALUE) or ""
        return item.text()

    def _filled_rows(self) -> list[int]:
        return [
            row
            for row in range(self.table.rowCount())
            if self._cell(row, TEXT).strip()
            or self._cell(row, OWNER).strip()
            or self._cell(row, DUE)
        ]

    def value(self) -> list[dict[str, Any]]:
        return [
            {
                ActionField.TEXT.value: self._cell(row, TEXT).strip(),
                ActionField.OWNER.value: self._cell(row, OWNER),
                ActionField.DUE.value: self._cell(row, DUE) or None,
                ActionField.STATUS.value: self._cell(row, STATUS) or "open",
            }
            for row in self._filled_rows()
        ]

    def set_value(self, actions: Any) -> None:
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for action in actions or []:
                self._append(action)
        finally:
            self.table.blockSignals(False)
        self._fit()

    def _append(self, action: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, TEXT, QTableWidgetItem(action.get(ActionField.TEXT, "")))
        self.table.setItem(row, OWNER, QTableWidgetItem(action.get(ActionField.OWNER, "")))
        due = action.get(ActionField.DUE) or ""
        due_item = QTableWidgetItem(_show_date(due))
        due_item.setData(_VALUE, due)
        self.table.setItem(row, DUE, due_item)
        status = action.get(ActionField.STATUS) or "open"
        status_item = QTableWidgetItem(self.status_labels.get(status, status))
        status_item.setData(_VALUE, status)
        self.table.setItem(row, STATUS, status_item)
        return row

    # --- rows ----------------------------------------------------------------------

    def add_action(self) -> int:
        """Append an empty open action and put the cursor on its text."""
        self.table.blockSignals(True)
        row = self._append({})
        self.table.blockSignals(False)
        self._fit()
        self.table.setCurrentCell(row, TEXT)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def _add_clicked(self) -> None:
        self.add_action()
        self.changed.emit()

    def _remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._fit()
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), TEXT)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def focus_part(self, rest: str) -> None:
        """Put the cursor on the cell named like "[1].due" (from a validation error)."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not rest.startswith("[") or "]" not in rest:
            return
        index = int(rest[1 : rest.index("]")])
        rows = self._filled_rows()
        if not 0 <= index < len(rows):
            return
        key = rest[rest.index("]") + 1 :].lstrip(".")
        column = COLUMN_KEYS.index(key) if key in COLUMN_KEYS else TEXT
        self.table.setCurrentCell(rows[index], column)
        self.table.scrollToItem(self.table.item(rows[index], column))

    def _fit(self) -> None:
        """Tall enough for every row (at least three), so the form scrolls, not the table."""
        rows = max(3, self.table.rowCount())
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * row_height + 2 * self.table.frameWidth() + 2)
