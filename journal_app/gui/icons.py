"""The side bar's line icons (resources/icons/section-<name>.svg) and the calendar's
marks (mark-<name>.svg), drawn in a colour from the palette so they read as well in
dark mode and high contrast as in light.

The SVGs stroke with `currentColor`; Qt's SVG renderer has no notion of a current
colour, so the text is given one before it is drawn."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

ICON_SIZES = (16, 20, 24, 32, 48)


@cache
def _svg_text(file_name: str) -> str:
    from importlib import resources

    path = resources.files("journal_app.resources").joinpath("icons", file_name)
    try:
        return path.read_text("utf-8")
    except OSError:
        log.warning("the icon %s is missing", file_name)
        return ""


def line_icon(name: str, colour: QColor, kind: str = "section") -> QIcon:
    """The named icon stroked in `colour` (an empty icon if it is missing): a side-bar
    section's, or with `kind` "mark" one of the calendar's marks."""
    text = _svg_text(f"{kind}-{name}.svg")
    icon = QIcon()
    if not text:
        return icon
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", colour.name()).encode()))
    if not renderer.isValid():
        log.warning("the icon %s could not be read", name)
        return icon
    for size in ICON_SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
