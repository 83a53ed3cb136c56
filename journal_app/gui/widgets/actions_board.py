"""The actions board: every action agreed in supervision, overdue first, with the
status changeable in place (F2 or Enter on a row, then choose)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.errors import JournalError
from journal_app.gui.messages import user_message
from journal_app.gui.models.actions_model import (
    ACTION,
    DUE,
    OVERDUE_ROLE,
    OWNER,
    SOURCE,
    STATUS,
    ActionsModel,
    status_choices,
)
from journal_app.services.actions import all_actions, count_actions
from journal_app.services.reader import JournalReader

_Index = QModelIndex | QPersistentModelIndex


class RowDelegate(QStyledItemDelegate):
    """Overdue rows in bold, in the view's own font (the word "Overdue" is in the due
    column too: never colour or weight alone)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        if index.data(OVERDUE_ROLE):
            font = QFont(option.font)
            font.setBold(True)
            option.font = font


class StatusDelegate(RowDelegate):
    """A drop-down of open / done / dropped; choosing one saves it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index):
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Status"))
        for status, label in status_choices():
            combo.addItem(label, status)

        def chosen() -> None:
            self.commitData.emit(combo)
            self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

        combo.activated.connect(chosen)
        QTimer.singleShot(0, combo, combo.showPopup)  # one key press from row to choices
        return combo

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Wide enough for the drop-down's longest choice and its arrow.
        hint = super().sizeHint(option, index)
        widest = max(option.fontMetrics.horizontalAdvance(label) for _, label in status_choices())
        return QSize(max(hint.width(), widest + option.fontMetrics.height() * 3), hint.height())

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        editor.setGeometry(option.rect)


# Up to this many actions each row is as tall as its wrapped text. Qt works that out
# for every row whenever the table lays out (a Python size hint per cell): at 25,000
# actions (100,000 entries) opening the board took half a minute. Above it every row
# has room for two lines; a longer text is cut with "…" (its tooltip has all of it).
ROWS_FIT_UP_TO = 1000

# The most of the table's width each column but the action may take; the action has
# the rest (at least 30%), so it is always the widest and nothing scrolls sideways.
# A cell narrower than its text wraps; the action's full text is also its tooltip.
_SHARES = {OWNER: 0.15, DUE: 0.2, STATUS: 0.15, SOURCE: 0.2}


class ActionsTable(QTableView):
    """F2, Enter or Return on any cell of a row edits that row's status. The columns
    fit the table's width at any text size (see _SHARES)."""

    def fit_columns(self) -> None:
        model = self.model()
        if model is None or model.columnCount() == 0:
            return
        room = self.viewport().width()
        header = self.horizontalHeader()
        for column, share in _SHARES.items():
            wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            self.setColumnWidth(column, min(wanted, int(room * share)))
        # The action column stretches into what is left; rows grow to their wrapped text.

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        current = self.currentIndex()
        if (
            event.key() in keys
            and current.isValid()
            and self.state() != QAbstractItemView.State.EditingState
        ):
            target = current.siblingAtColumn(STATUS)
            self.setCurrentIndex(target)
            self.edit(target)
            return
        super().keyPressEvent(event)


class ActionsBoard(QWidget):
    """`save_status(record_id, index, status)` saves a change (raising a JournalError
    when it cannot); the board shows why a change failed and keeps the old status."""

    def __init__(
        self, save_status: Callable[[str, int, str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Actions board"))
        self._save_status = save_status
        self._saving = False
        self._pending: tuple | None = None  # a refresh asked for while saving

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.hide()

        self.model = ActionsModel(self._commit, self)
        self.table = ActionsTable()
        self.table.setModel(self.model)
        self.table.setItemDelegate(RowDelegate(self.table))
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(self.table))
        self.table.setAccessibleName(self.tr("Actions from supervision"))
        self.table.setAccessibleDescription(
            self.tr("Overdue actions come first. Press F2 or Enter to change a status.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setWordWrap(True)  # a cell narrower than its text wraps
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)

        self.empty = QLabel(
            self.tr("No actions yet. Actions agreed in supervision notes appear here.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self._stack, 1)
        self.setFocusProxy(self.table)
        self._show_counts()

    # --- data -----------------------------------------------------------------------

    def refresh(self, reader: JournalReader, today: date | None = None) -> None:
        """Show every action in the journal; the selected action stays selected."""
        today = today or date.today()
        if self._saving:  # called back from our own save: redo once it has finished
            self._pending = (reader, today)
            return
        selected = self._selected()
        self.model.set_items(all_actions(reader.records(), today), today)
        self._fit_rows()
        self._show_counts()
        self.table.fit_columns()
        if selected is not None:
            row = self.model.row_of(*selected)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, ACTION))

    def _fit_rows(self) -> None:
        """Rows as tall as their text, or all two lines tall (see ROWS_FIT_UP_TO)."""
        rows, columns = self.table.verticalHeader(), self.table.horizontalHeader()
        if self.model.rowCount() <= ROWS_FIT_UP_TO:
            columns.setResizeContentsPrecision(ROWS_FIT_UP_TO)  # Qt's own default
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            return
        # The columns' widths (fit_columns) from the rows shown and 100 more, not 1,000.
        columns.setResizeContentsPrecision(100)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 10)

    def clear(self) -> None:
        """Forget every action (the journal is locking)."""
        self._pending = None
        self.model.clear()
        self.message.hide()
        self._show_counts()

    def _selected(self) -> tuple[str, int] | None:
        current = self.table.currentIndex()
        if not current.isValid():
            return None
        item = self.model.item(current.row())
        return item.record_id, item.index

    def _show_counts(self) -> None:
        items = self.model.items()
        self._stack.setCurrentWidget(self.table if items else self.empty)
        counts = count_actions(items, self.model.today)
        # Overdue actions are open ones (their rows say "Open"): counted among them.
        if counts.overdue:
            text = self.tr("{open} open, {overdue} of them overdue; {done} done, {dropped} dropped")
        else:
            text = self.tr("{open} open, {done} done, {dropped} dropped")
        self.summary.setText(
            text.format(
                open=counts.open,
                overdue=counts.overdue,
                done=counts.done,
                dropped=counts.dropped,
            )
            if items
            else ""
        )
        self.summary.setVisible(bool(items))

    def _commit(self, record_id: str, index: int, status: str) -> bool:
        self._saving = True
        try:
            self._save_status(record_id, index, status)
        except JournalError as exc:
            self.message.setText(
                self.tr("The status was not changed. {reason}").format(reason=user_message(exc))
            )
            self.message.show()
            return False
        finally:
            self._saving = False
        self.message.hide()
        if self._pending is not None:
            # Refresh after the editor has closed, never while the view is inside it.
            QTimer.singleShot(0, self._refresh_pending)
        return True

    def _refresh_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and pending[0].is_open:
            self.refresh(*pending)
