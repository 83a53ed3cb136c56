"""The supervision pack's preview: the HTML page the export writes, shown read-only.
Qt's rich text cannot draw inline SVG, so each chart is drawn from its own SVG (the
very markup the HTML file holds) into a picture shown in its place. A long page
comes in parts (export/html_parts.py): the first is shown at once, the others are
added one per turn of the event loop, so the dialog answers meanwhile."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QPainter, QTextCursor, QTextDocument
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
        self._rest: Iterator[str] = iter(())  # the parts after the next, made when asked
        self._pending: str | None = None  # the next part to add
        self._place = 0  # where the reader was, until the page is long enough again
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(0)
        self._next.timeout.connect(self._add_next)
        # The reader scrolling meanwhile chooses the place themselves.
        self.verticalScrollBar().actionTriggered.connect(self._forget_place)

    def show_page(self, page: str) -> None:
        """Show an HTML page from export.html.render_html, keeping the reader's place."""
        self.show_parts([page])

    def show_parts(self, parts: Iterable[str]) -> None:
        """Show the pages from export.html_parts.html_parts as one: the first now, the
        others after, keeping the reader's place."""
        self.stop()
        self._images.clear()
        self._shown += 1  # new names each time: the document caches images by name
        scroll = self.verticalScrollBar()
        self._place = scroll.value()
        rest = iter(parts)
        self.setHtml(_SVG.sub(self._picture, next(rest, "")))
        self._rest, self._pending = rest, next(rest, None)
        self._back_in_place()
        if self._pending is not None:
            self._next.start()

    @property
    def complete(self) -> bool:
        """Whether every part of the page shown is in (False while parts are added)."""
        return self._pending is None

    def finish(self) -> None:
        """Add every part still waiting, now (before searching the page)."""
        while self._pending is not None:
            self._add_next()

    def stop(self) -> None:
        """Add no more parts (the page is replaced or cleared)."""
        self._next.stop()
        self._rest, self._pending = iter(()), None

    def clear(self) -> None:
        self.stop()
        super().clear()

    def setPlainText(self, text: str) -> None:
        self.stop()
        super().setPlainText(text)

    def _add_next(self) -> None:
        if self._pending is None:
            return
        part = _SVG.sub(self._picture, self._pending)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(part)
        self._pending = next(self._rest, None)
        self._back_in_place()
        if self._pending is not None:
            self._next.start()

    def _back_in_place(self) -> None:
        """Back to where the reader was, once the page reaches it again."""
        scroll = self.verticalScrollBar()
        if self._place and (scroll.maximum() >= self._place or self._pending is None):
            scroll.setValue(self._place)
            self._place = 0

    def _forget_place(self, _action: int) -> None:
        self._place = 0

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
