"""Fonts sized relative to the app's text size, never in fixed points, so the system's
font size (and the size chosen in Preferences) reaches every heading.

A font given a point size of its own stops following the app's font: a heading made
1.5 times larger at 10 pt would stay at 15 pt when the worker chooses 20 pt. So
`relative_font` also re-derives the size whenever the app's font changes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget


def scaled(font: QFont, scale: float) -> QFont:
    """`font` `scale` times larger, whether it is sized in points or in pixels."""
    out = QFont(font)
    if font.pointSizeF() > 0:
        out.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        out.setPixelSize(max(1, round(font.pixelSize() * scale)))
    return out


class _FollowAppFont(QObject):
    """Re-sizes one widget's font from the app's font whenever that changes."""

    def __init__(self, widget: QWidget, scale: float, bold: bool | None) -> None:
        super().__init__(widget)
        self._widget, self._scale, self._bold = widget, scale, bold
        # A bound method of an object the widget owns: Qt disconnects it with the widget.
        QApplication.instance().fontChanged.connect(self._app_font_changed)
        self.apply()

    def apply(self) -> None:
        font = scaled(QApplication.font(self._widget), self._scale)
        if self._bold is not None:
            font.setBold(self._bold)
        self._widget.setFont(font)

    def _app_font_changed(self, _font: QFont) -> None:
        self.apply()


def relative_font(widget: QWidget, scale: float = 1.0, bold: bool | None = None) -> None:
    """Give `widget` the app's font times `scale` (bold if asked), kept so."""
    _FollowAppFont(widget, scale, bold)
