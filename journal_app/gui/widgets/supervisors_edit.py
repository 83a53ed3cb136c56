"""The list of supervisors' names in Preferences: a short list (F2 or a double-click
corrects a name, Delete removes it), a field to add one (Enter adds it, not OK) and
Add and Remove buttons. The list is always a few rows tall, even when empty, so a
name added on the first opening shows."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_ROWS_SHOWN = 4


class SupervisorsEdit(QWidget):
    def __init__(self, names: Iterable[object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("supervisorsList")
        self.list.setAccessibleName(self.tr("Supervisors"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )  # F2 or a double-click corrects a name
        for name in names:
            if str(name).strip():
                self._append(str(name).strip())
        self.entry = QLineEdit(self)
        self.entry.setObjectName("supervisorEntry")
        self.entry.setAccessibleName(self.tr("New supervisor's name"))
        self.entry.setPlaceholderText(self.tr("Add a name"))
        add = QPushButton(self.tr("&Add"), self)
        add.setObjectName("addSupervisorButton")
        add.setAccessibleName(self.tr("Add supervisor"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_typed)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.remove.setObjectName("removeSupervisorButton")
        self.remove.setAccessibleName(self.tr("Remove the selected supervisor"))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(self._update_remove)
        self._update_remove()
        self.entry.installEventFilter(self)
        self.list.installEventFilter(self)

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(add)
        entry_row.addWidget(self.remove)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addLayout(entry_row)
        self._size_list()

    def _size_list(self) -> None:
        """A few rows tall, measured from the font when the list is still empty (an
        empty list has no row to measure, which once made it zero rows tall)."""
        row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 4)
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(row * _ROWS_SHOWN + frame)

    def names(self) -> list[str]:
        """The names listed, spaces tidied, empty ones left out."""
        names = (" ".join(self.list.item(i).text().split()) for i in range(self.list.count()))
        return [name for name in names if name]

    def add_typed(self) -> None:
        name = " ".join(self.entry.text().split())
        if not name:
            return
        existing = [self.list.item(i).text() for i in range(self.list.count())]
        if name.casefold() not in (n.casefold() for n in existing):
            self._append(name)
        self.entry.clear()
        self.entry.setFocus()

    def _append(self, name: str) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        self.list.scrollToItem(item)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._update_remove()

    def _update_remove(self, *_: object) -> None:
        self.remove.setEnabled(self.list.currentRow() >= 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the new-name field adds the name instead of pressing OK; Delete in
        # the list removes the selected name.
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.entry and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_typed()
                return True
            if watched is self.list and key == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)
