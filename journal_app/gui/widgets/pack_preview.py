"""The supervision pack's preview: the HTML page the export writes, shown read-only.
Qt's rich text cannot draw inline SVG, so each chart is drawn from its own SVG (the
very markup the HTML file holds) into a picture shown in its place."""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QTextBrowser, QWidget

_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)
_LABEL = re.compile(r'aria-label="([^"]*)"')
_SCALE = 2  # drawn at twice the size, so it stays sharp on high-density screens


def chart_image(svg: str, size: QSize) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(size * _SCALE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


class PackPreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)  # the page has no links; nothing here may load anything
        self.setTabChangesFocus(True)  # Tab moves on, as in every other control
        self._images: dict[str, QImage] = {}
        self._shown = 0

    def show_page(self, page: str) -> None:
        """Show an HTML page from export.html.render_html, keeping the reader's place."""
        self._images.clear()
        self._shown += 1  # new names each time: the document caches images by name
        page = _SVG.sub(self._picture, page)
        scroll = self.verticalScrollBar()
        position = scroll.value()
        self.setHtml(page)
        scroll.setValue(position)

    def _picture(self, match: re.Match[str]) -> str:
        svg = match.group(0)
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        size = renderer.defaultSize()
        if not renderer.isValid() or size.isEmpty():
            return ""
        name = f"pack-preview:{self._shown}/chart-{len(self._images)}.png"
        self._images[name] = chart_image(svg, size)
        width = min(size.width(), max(240, self.viewport().width() - 48))
        height = round(size.height() * width / size.width())
        label = _LABEL.search(svg)
        alt = label.group(1) if label else ""  # already escaped by the HTML writer
        return f'<img src="{name}" width="{width}" height="{height}" alt="{alt}">'

    def loadResource(self, kind: int, name: QUrl) -> object:
        # Only the charts drawn above: nothing is ever read from a file or the network.
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
            return self._images.get(name.toString(), QImage())
        return None
