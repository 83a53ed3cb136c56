"""The supervision actions a pack will carry, each with a tick: the worker can leave
any out of this pack, and tick in an action of a private note (which never appears
otherwise). Overdue is said in words, not by colour alone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from journal_app.gui.date_text import date_text
from journal_app.services.actions import ActionKey, PackActions, key

_KEY_ROLE = Qt.ItemDataRole.UserRole
_PRIVATE_ROLE = Qt.ItemDataRole.UserRole + 1


class PackActionsList(QListWidget):
    """Emits `choices_changed` when a tick changes."""

    choices_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pack_actions")
        self.setWordWrap(True)  # a long action reads whole, never behind a scroll bar
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.left_out: set[ActionKey] = set()
        self.private_ticked: set[ActionKey] = set()
        self._filling = False
        self.itemChanged.connect(self._ticked)

    def show_actions(self, candidates: PackActions, end: date) -> None:
        """List every action the pack could carry (the worker's ticks are kept)."""
        self._filling = True
        try:
            self.clear()
            for item, private in [
                *((i, False) for i in candidates.all),
                *((i, True) for i in candidates.private),
            ]:
                if item.is_overdue(end):
                    status = self.tr("Overdue")
                elif item.status == "done":
                    status = self.tr("Done")
                else:
                    status = self.tr("Open")
                where = (
                    self.tr("agreed {day}, a private note") if private else self.tr("agreed {day}")
                ).format(day=date_text(item.supervision_date))
                row = QListWidgetItem(f"{status}: {item.text} ({where})", self)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setData(_KEY_ROLE, key(item))
                row.setData(_PRIVATE_ROLE, private)
                included = (
                    key(item) in self.private_ticked
                    if private
                    else (key(item) not in self.left_out)
                )
                row.setCheckState(Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)
        finally:
            self._filling = False

    def _ticked(self, row: QListWidgetItem) -> None:
        if self._filling:
            return
        action = tuple(row.data(_KEY_ROLE))
        checked = row.checkState() == Qt.CheckState.Checked
        if row.data(_PRIVATE_ROLE):
            (self.private_ticked.add if checked else self.private_ticked.discard)(action)
        else:
            (self.left_out.discard if checked else self.left_out.add)(action)
        self.choices_changed.emit()
