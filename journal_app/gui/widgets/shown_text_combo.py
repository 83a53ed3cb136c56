"""A drop-down as wide as the choice it shows now, so "Any kind of entry" is read in
full at any text size, while a row of them stays as narrow as their words (not as wide
as their longest choice: the open list is wide enough to read those). Its least width
is a few characters, for a layout short of room."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget

LEAST_CHARACTERS = 8


class ShownTextCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:
        super().__init__(parent, objectName=objectName)
        # The least width (minimumSizeHint): a few characters, as Qt measures them.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(LEAST_CHARACTERS)
        # A new choice, or the choices refilled (with signals blocked), changes the width.
        self.currentTextChanged.connect(lambda _text: self.updateGeometry())
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(lambda *_args: self.updateGeometry())
        model.dataChanged.connect(lambda *_args: self.updateGeometry())

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        text = self.currentText()
        width = max(metrics.horizontalAdvance(text), metrics.boundingRect(text).width())
        icon = self.itemIcon(self.currentIndex()) if self.currentIndex() >= 0 else None
        if icon is not None and not icon.isNull():
            width += self.iconSize().width() + 4
        height = max(ceil(metrics.height()), 14) + 2
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        hint = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(width, height), self
        )
        return hint.expandedTo(self.minimumSizeHint())
