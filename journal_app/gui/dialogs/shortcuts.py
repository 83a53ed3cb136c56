"""Every keyboard shortcut in one searchable table (F1 from the main window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _normalise(text: str) -> str:
    # "ctrl l", "Ctrl+L" and "ctrl+l" all find Ctrl+L.
    return " ".join(text.casefold().replace("+", " ").split())


class ShortcutsDialog(QDialog):
    """`shortcuts`: (action name, key sequence as native text), in the order shown."""

    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by action or key, e.g. lock or Ctrl+L"))
        self.search.setAccessibleName(self.tr("Search shortcuts"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)

        self.table = QTableWidget(len(shortcuts), 2, self)
        self.table.setAccessibleName(self.tr("Shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, (action, keys) in enumerate(shortcuts):
            action_item = QTableWidgetItem(action)
            keys_item = QTableWidgetItem(keys)
            # A screen reader reads the row as one sentence: "Lock now: Ctrl+L".
            action_item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{action}: {keys}")
            self.table.setItem(row, 0, action_item)
            self.table.setItem(row, 1, keys_item)
        # Sized once to every key, so the column keeps its width while filtering.
        self.table.resizeColumnToContents(1)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, header.sectionSize(1) + 24)

        self.empty = QLabel(self.tr("No shortcut matches your search."), self)
        self.empty.setAccessibleName(self.tr("No shortcut matches your search."))
        self.empty.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(460, 420)
        self.search.setFocus()

    def _filter(self, query: str) -> None:
        needle = _normalise(query)
        shown = 0
        for row in range(self.table.rowCount()):
            action = self.table.item(row, 0).text()
            keys = self.table.item(row, 1).text()
            match = not needle or needle in _normalise(f"{action} {keys}")
            self.table.setRowHidden(row, not match)
            shown += match
        self.empty.setVisible(shown == 0)

    def visible_actions(self) -> list[str]:
        """The action names currently shown, in order."""
        return [
            self.table.item(row, 0).text()
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]
