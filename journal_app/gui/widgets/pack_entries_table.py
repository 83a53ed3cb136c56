"""The pack dialog's table of entries: the level column drawn as a drop-down and
edited with one (a click, F2, or the letters P, S and F on a row).

The date, type and level columns are as wide as the widest of their values in the
rows, each different value measured once: sized to their contents, Qt asked every
row (at 100,000 entries a 3-month pack lists some 5,000; that took over a second)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from journal_app.gui.date_text import date_text
from journal_app.gui.models.pack_entries import (
    LEVEL_COLUMN,
    LEVEL_KEYS,
    LEVELS,
    PackEntriesModel,
    level_name,
)
from journal_app.gui.models.record_list import TYPE_NAMES

LEVEL_ARROW = 48  # room for the level's drop-down arrow


class PackEntriesTable(QTableView):
    def __init__(self, model: PackEntriesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(LevelDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        for column in (0, 1, LEVEL_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        model.modelReset.connect(self._fit_columns)
        model.dataChanged.connect(self._fit_columns)
        self._fit_columns()
        self.clicked.connect(self._clicked)

    def _fit_columns(self, *_args: object) -> None:
        """The date, type and level columns as wide as the widest of their values in
        the rows: each different value measured once, not each row."""
        model = self.model()
        records = model.records() if isinstance(model, PackEntriesModel) else []
        plain = self.fontMetrics()
        bold_font = QFont(self.font())
        bold_font.setBold(True)  # a level changed for this pack
        levels = {model.level(r) for r in records} if isinstance(model, PackEntriesModel) else set()
        changed = isinstance(model, PackEntriesModel) and bool(model.shares())
        level_metrics = QFontMetrics(bold_font) if changed else plain
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        days = {date_text(day) for day in {r.date for r in records}}
        kinds = {
            QApplication.translate("RecordListModel", TYPE_NAMES[kind])
            for kind in {r.type for r in records}
        }
        header = self.horizontalHeader()
        for column, width in (
            (0, max(map(plain.horizontalAdvance, days), default=0)),
            (1, max(map(plain.horizontalAdvance, kinds), default=0)),
            (
                LEVEL_COLUMN,
                max(
                    (level_metrics.horizontalAdvance(level_name(share)) for share in levels),
                    default=0,
                )
                + LEVEL_ARROW,
            ),
        ):
            header.resizeSection(column, max(width + margin + 2, header.sectionSizeHint(column)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()

    def minimumSizeHint(self) -> QSize:
        """Wide enough for the date, type and level columns and some of the title: the
        splitter beside it then never squeezes the table into a sideways scroll. Three
        rows high."""
        hint = super().minimumSizeHint()
        header = self.horizontalHeader()
        columns = sum(header.sectionSize(column) for column in (0, 1, LEVEL_COLUMN))
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = columns + header.minimumSectionSize() + 2 * self.frameWidth() + bar
        # And tall enough for three rows under the column titles.
        rows = 3 * self.verticalHeader().defaultSectionSize()
        height = header.sizeHint().height() + rows + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), max(hint.height(), height))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == LEVEL_COLUMN:
            self.edit(index)  # one click opens the drop-down

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # P, S or F sets the current row's level without opening the list.
        share = LEVEL_KEYS.get(event.key())
        row = self.currentIndex().row()
        model = self.model()
        if (
            share is not None
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and row >= 0
            and isinstance(model, PackEntriesModel)
        ):
            model.set_level(row, share)
            return
        super().keyPressEvent(event)


class LevelDelegate(QStyledItemDelegate):
    """Draws the level as a drop-down and edits it with one (F2, a click or Enter
    opens it; choosing a level applies it at once)."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.column() != LEVEL_COLUMN:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        box = QStyleOptionComboBox()
        if widget is not None:
            box.initFrom(widget)
        box.rect = option.rect.adjusted(3, 2, -3, -2)
        box.currentText = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box.state = QStyle.StateFlag.State_Enabled | (
            option.state & QStyle.StateFlag.State_HasFocus
        )
        box.palette = option.palette
        font = index.data(Qt.ItemDataRole.FontRole)
        painter.save()
        if font is not None:
            painter.setFont(font)
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):
        size = super().sizeHint(option, index)
        if index.column() == LEVEL_COLUMN:
            size.setWidth(size.width() + LEVEL_ARROW)
        size.setHeight(max(size.height(), option.fontMetrics.height() + 12))
        return size

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("In this pack"))
        for share in LEVELS:
            combo.addItem(level_name(share), share.value)
        combo.activated.connect(lambda _row, editor=combo: self._chosen(editor))
        QTimer.singleShot(0, combo, combo.showPopup)  # one click or key, and the list is open
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        editor.setGeometry(option.rect)

    def _chosen(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
