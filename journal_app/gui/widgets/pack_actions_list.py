"""The supervision actions a pack will carry, each with a tick: the worker can leave
any out of this pack, and tick in an action of a private note (which never appears
otherwise). Overdue is said in words, not by colour alone.

A list over a model: a row's words are made when it is shown, and the rows are laid
out a batch at a time while the dialog answers (at 100,000 entries a pack offered
some 5,000 actions, and making and laying out an item for each held the dialog's
opening back by most of a second)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QListView, QWidget

from journal_app.gui.date_text import date_text
from journal_app.services.actions import ActionItem, ActionKey, PackActions, key

_ROOT = QModelIndex()
_CHECK = Qt.ItemDataRole.CheckStateRole
BATCH = 100  # rows laid out per turn of the event loop
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


class PackActionsModel(QAbstractListModel):
    """The actions offered, each with its tick. Emits `ticked` when the worker
    changes one."""

    ticked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.left_out: set[ActionKey] = set()
        self.private_ticked: set[ActionKey] = set()
        self._rows: list[tuple[ActionItem, bool]] = []  # (the action, of a private note)
        self._end = date.min
        self._words: dict[int, str] = {}  # a row's words, made when first asked for

    def show_actions(self, candidates: PackActions, end: date) -> None:
        rows = [
            *((item, False) for item in candidates.all),
            *((item, True) for item in candidates.private),
        ]
        if [(key(i), p) for i, p in rows] == [(key(i), p) for i, p in self._rows]:
            # The same actions (a rebuild): their words may differ, never the rows, so
            # the list keeps its place and its layout.
            self._rows, self._end, self._words = rows, end, {}
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows, self._end, self._words = rows, end, {}
        self.endResetModel()

    def included(self, row: int) -> bool:
        item, private = self._rows[row]
        if private:
            return key(item) in self.private_ticked
        return key(item) not in self.left_out

    def words(self, row: int) -> str:
        text = self._words.get(row)
        if text is None:
            item, private = self._rows[row]
            if item.is_overdue(self._end):
                status = translate("PackActionsList", "Overdue")
            elif item.status == "done":
                status = translate("PackActionsList", "Done")
            else:
                status = translate("PackActionsList", "Open")
            if private:
                where = translate("PackActionsList", "agreed {day}, a private note")
            else:
                where = translate("PackActionsList", "agreed {day}")
            where = where.format(day=date_text(item.supervision_date))
            text = self._words[row] = f"{status}: {item.text} ({where})"
        return text

    # --- the model interface -----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.words(row)
        if role == _CHECK:
            return Qt.CheckState.Checked if self.included(row) else Qt.CheckState.Unchecked
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        row = index.row()
        if role != _CHECK or not 0 <= row < len(self._rows):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == self.included(row):
            return False
        item, private = self._rows[row]
        if private:
            (self.private_ticked.add if checked else self.private_ticked.discard)(key(item))
        else:
            (self.left_out.discard if checked else self.left_out.add)(key(item))
        self.dataChanged.emit(index, index, [_CHECK])
        self.ticked.emit()
        return True


class PackActionsList(QListView):
    """Emits `choices_changed` when a tick changes."""

    choices_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pack_actions")
        self.actions = PackActionsModel(self)
        self.setModel(self.actions)
        self.setWordWrap(True)  # a long action reads whole, never behind a scroll bar
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(BATCH)
        self.actions.ticked.connect(self.choices_changed)

    @property
    def left_out(self) -> set[ActionKey]:
        return self.actions.left_out

    @left_out.setter
    def left_out(self, keys: set[ActionKey]) -> None:
        self.actions.left_out = keys

    @property
    def private_ticked(self) -> set[ActionKey]:
        return self.actions.private_ticked

    @private_ticked.setter
    def private_ticked(self, keys: set[ActionKey]) -> None:
        self.actions.private_ticked = keys

    def show_actions(self, candidates: PackActions, end: date) -> None:
        """List every action the pack could carry (the worker's ticks are kept)."""
        self.actions.show_actions(candidates, end)

    def count(self) -> int:
        return self.actions.rowCount()

    def row_text(self, row: int) -> str:
        return self.actions.words(row)

    def row_checked(self, row: int) -> bool:
        return self.actions.included(row)

    def set_row_checked(self, row: int, checked: bool) -> None:
        """Tick or untick a row, as a click on its box does."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.actions.setData(self.actions.index(row), state.value, _CHECK)
