"""A checkable list for picking several choices (themes, competence areas, purposes,
supervision functions), flat or grouped under headings such as the HEE domains."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QSizePolicy, QTreeWidget, QTreeWidgetItem, QWidget

_ID = Qt.ItemDataRole.UserRole
_IS_GROUP = Qt.ItemDataRole.UserRole + 1
_GROUP_NAME = Qt.ItemDataRole.UserRole + 2

Choices = Sequence[tuple[str, str]]  # (id, label)


class ChoiceList(QTreeWidget):
    """Checkable choices. Space toggles the current one; in a grouped list, Right and
    Left open and close a group. Checked ids come back in the order they were loaded
    or ticked, so a record reads back exactly as it was stored."""

    changed = Signal()  # a choice was ticked or unticked

    def __init__(self, parent: QWidget | None = None, max_visible_rows: int = 40) -> None:
        super().__init__(parent)
        self.max_visible_rows = max_visible_rows
        self._order: list[str] = []
        self._items: dict[str, QTreeWidgetItem] = {}
        self._grouped = False
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.itemChanged.connect(self._item_changed)
        self.itemExpanded.connect(self._resized)
        self.itemCollapsed.connect(self._resized)

    # --- filling -------------------------------------------------------------------

    def set_choices(self, choices: Choices, descriptions: dict[str, str] | None = None) -> None:
        """A flat list; `descriptions` (id -> text) become tooltips and the
        accessible description of each choice."""
        self._reset(grouped=False)
        for choice_id, label in choices:
            self._add_choice(None, choice_id, label, (descriptions or {}).get(choice_id, ""))
        self._resized()

    def set_groups(self, groups: Sequence[tuple[str, Choices]]) -> None:
        """Choices under headings: [(heading, [(id, label), ...]), ...]. Groups start
        closed, except those holding a ticked choice."""
        self._reset(grouped=True)
        for heading, choices in groups:
            group = QTreeWidgetItem(self, [heading])
            group.setData(0, _IS_GROUP, True)
            group.setData(0, _GROUP_NAME, heading)
            group.setToolTip(0, heading)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for choice_id, label in choices:
                self._add_choice(group, choice_id, label, heading)
        self._resized()

    def _reset(self, grouped: bool) -> None:
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self._items.clear()
        self._order.clear()
        self._grouped = grouped
        self.setRootIsDecorated(grouped)

    def _add_choice(
        self, group: QTreeWidgetItem | None, choice_id: str, label: str, description: str
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label])
        item.setData(0, _ID, choice_id)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)
        if description:
            item.setToolTip(0, description)
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, description)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(0, Qt.CheckState.Unchecked)
        if group is None:
            self.addTopLevelItem(item)
        else:
            group.addChild(item)
        self._items[choice_id] = item
        return item

    # --- values --------------------------------------------------------------------

    def checked(self) -> list[str]:
        return list(self._order)

    def set_checked(self, ids: Sequence[str]) -> None:
        """Tick exactly `ids`. An id no longer in the list (a renamed theme, say) is
        shown as an extra choice so it can be seen and unticked."""
        self.blockSignals(True)
        try:
            for item in self._items.values():
                item.setCheckState(0, Qt.CheckState.Unchecked)
            self._order = []
            for choice_id in ids:
                if choice_id in self._order:
                    continue
                item = self._items.get(choice_id)
                if item is None:
                    item = self._add_unknown(choice_id)
                item.setCheckState(0, Qt.CheckState.Checked)
                self._order.append(choice_id)
        finally:
            self.blockSignals(False)
        self._refresh_groups(open_checked=True)

    def clear_checked(self) -> None:
        self.set_checked([])
        for i in range(self.topLevelItemCount()):
            self.topLevelItem(i).setExpanded(False)

    def _add_unknown(self, choice_id: str) -> QTreeWidgetItem:
        note = self.tr("{id} (not in the current list)").format(id=choice_id)
        if not self._grouped:
            return self._add_choice(None, choice_id, note, "")
        heading = self.tr("Other")
        other = next(
            (
                self.topLevelItem(i)
                for i in range(self.topLevelItemCount())
                if self.topLevelItem(i).data(0, _GROUP_NAME) == heading
            ),
            None,
        )
        if other is None:
            other = QTreeWidgetItem(self, [heading])
            other.setData(0, _IS_GROUP, True)
            other.setData(0, _GROUP_NAME, heading)
            other.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return self._add_choice(other, choice_id, note, heading)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        choice_id = item.data(0, _ID)
        if choice_id is None:
            return
        is_checked = item.checkState(0) == Qt.CheckState.Checked
        if is_checked and choice_id not in self._order:
            self._order.append(choice_id)
        elif not is_checked and choice_id in self._order:
            self._order.remove(choice_id)
        else:
            return
        self._refresh_groups(open_checked=False)
        self.changed.emit()

    def _refresh_groups(self, open_checked: bool) -> None:
        """Say in each heading how many of its choices are ticked."""
        if not self._grouped:
            return
        self.blockSignals(True)
        try:
            for i in range(self.topLevelItemCount()):
                group = self.topLevelItem(i)
                count = sum(
                    group.child(j).checkState(0) == Qt.CheckState.Checked
                    for j in range(group.childCount())
                )
                name = group.data(0, _GROUP_NAME)
                text = (
                    name
                    if not count
                    else self.tr("{name} ({count} chosen)").format(name=name, count=count)
                )
                group.setText(0, text)
                group.setData(0, Qt.ItemDataRole.AccessibleTextRole, text)
                if open_checked and count:
                    group.setExpanded(True)
        finally:
            self.blockSignals(False)
        self._resized()

    def focus_choice(self, index: int | None = None) -> None:
        """Focus the list, on the index-th ticked choice when given."""
        ids = self.checked()
        if index is not None and 0 <= index < len(ids):
            item = self._items[ids[index]]
            if item.parent() is not None:
                item.parent().setExpanded(True)
            self.setCurrentItem(item)
            self.scrollToItem(item)
        elif self.currentItem() is None and self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- size: show every visible row, so the form's own scroll area does the scrolling

    def _visible_rows(self) -> int:
        rows = 0
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            rows += 1
            if item.isExpanded():
                rows += item.childCount()
        return rows

    def _resized(self, *_args: object) -> None:
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        base = super().sizeHint()
        first = self.topLevelItem(0)
        row = self.indexRowSizeHint(self.indexFromItem(first)) if first is not None else 0
        row = max(row, self.fontMetrics().height())
        rows = max(1, min(self._visible_rows(), self.max_visible_rows))
        return QSize(base.width(), rows * row + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())
