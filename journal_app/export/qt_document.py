"""The supervision pack as PDF through Qt's text document (typed in by
export/qt_builder.py), paged and painted with the chart, footer and page numbers, and
the ODT's chart pictures. With qt_builder, the modules under export/ that import
PySide6 (QtGui and QtCore only)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLineF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
    QTextDocument,
)

from journal_app.export.chart_layout import Area, Mark, Stroke, dash_pieces, draw_chart
from journal_app.export.document import Document, WellbeingChart
from journal_app.export.print_plan import (
    CHART_SIZE,
    MUTED,
    RULE,
)
from journal_app.export.qt_builder import CONTINUES, DPI, sans_font

MM = DPI / 25.4  # device pixels per millimetre
SIDE, TOP, BOTTOM = 20 * MM, 18 * MM, 24 * MM  # page margins; the footer sits in BOTTOM


_app: QGuiApplication | None = None


def headless_platform(platform: str | None = None) -> str:
    """The Qt platform plugin for laying out documents with no window and no display.
    "offscreen" on Windows reads fonts only from Qt's own lib/fonts folder, which the
    wheels do not ship, so a PDF would have no text; "minimal" with fonts enabled uses
    Windows' font database there. macOS's offscreen uses Core Text, Linux's fontconfig."""
    platform = sys.platform if platform is None else platform
    return "minimal:enable_fonts" if platform == "win32" else "offscreen"


def _ensure_gui_app() -> None:
    """Text layout needs a QGuiApplication; make a windowless one if none is running."""
    global _app
    app = QCoreApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = headless_platform()
        _app = QGuiApplication(["psw-journal"])
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("PDF and ODT export need a QGuiApplication, not a QCoreApplication")


def paint_chart(
    painter: QPainter, rect: QRectF, chart: WellbeingChart, pieces: bool = False
) -> None:
    """Paint the chart as vector lines and text, scaled to fill `rect`. With `pieces`
    (a picture), each line is drawn as its separate dashes (chart_layout.dash_pieces):
    the same picture, without Qt's slow dashing of a long line into an image."""
    drawing = draw_chart(chart, *CHART_SIZE)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / drawing.width, rect.height() / drawing.height)
    # Point sizes grow with the device's dpi and then with the scale: undo the dpi part.
    font = sans_font(drawing.font_size * 72 / painter.device().logicalDpiY())
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    for shape in drawing.shapes:
        if isinstance(shape, Area):
            fill = QColor(shape.colour)
            fill.setAlphaF(shape.opacity)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in shape.points]))
        elif isinstance(shape, Stroke):
            pen = QPen(QColor(shape.colour), shape.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if pieces:
                painter.setPen(pen)
                pattern = tuple(dash * shape.width for dash in shape.dashes)
                painter.drawLines([QLineF(*piece) for piece in dash_pieces(shape.points, pattern)])
                continue
            if shape.dashes:
                pen.setDashPattern(list(shape.dashes))
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in shape.points]))
        elif isinstance(shape, Mark):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(shape.colour))
            if shape.kind == "circle":
                painter.drawEllipse(QPointF(shape.x, shape.y), shape.radius, shape.radius)
            else:
                painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in shape.outline()]))
        else:
            painter.setPen(QColor(shape.colour))
            width = metrics.horizontalAdvance(shape.text)
            shift = {"start": 0.0, "middle": width / 2, "end": width}[shape.anchor]
            painter.drawText(QPointF(shape.x - shift, shape.y), shape.text)
    painter.restore()


def _text_document(doc: Document) -> QTextDocument:
    text_doc = QTextDocument()
    text_doc.setUndoRedoEnabled(False)
    text_doc.setDocumentMargin(0)
    text_doc.setDefaultFont(sans_font(10.5))
    text_doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    return text_doc


def _chart_rect(text_doc: QTextDocument, position: int) -> QRectF:
    """Where the chart's empty block at `position` was laid out, in document coordinates."""
    top_left = text_doc.documentLayout().blockBoundingRect(text_doc.findBlock(position)).topLeft()
    return QRectF(top_left, QSizeF(*CHART_SIZE) * (DPI / 96))


def write_pdf(doc: Document, path: Path) -> None:
    """Write `doc` as an A4 PDF: a header, then the blocks, with the footer and "Page N
    of M" on every page, the document's language and a bookmark for every heading
    (export/pdf_finish.py). A long document is laid out in parts (export/qt_parts.py)
    and written in pieces on threads (export/qt_halves.py)."""
    from journal_app.export.pdf_finish import finish_pdf, require_complete_pdf
    from journal_app.export.qt_halves import write_pieces

    _ensure_gui_app()
    headings = write_pieces(doc, Path(path))
    require_complete_pdf(Path(path))
    finish_pdf(Path(path), headings)


def _headings(text_doc: QTextDocument, page_height: float) -> list[tuple[int, str, int]]:
    """(level, text, page index) of each heading block, for the PDF's bookmarks. A
    heading split at a page break is one bookmark, with both halves' text, on the page
    where it starts."""
    layout, out = text_doc.documentLayout(), []
    block = text_doc.begin()
    heading = False  # the block before was (part of) a heading
    while block.isValid():
        fmt = block.blockFormat()
        level = fmt.headingLevel()
        if level:
            top = layout.blockBoundingRect(block).top()
            out.append((level, " ".join(block.text().split()), int(top // page_height)))
        elif heading and fmt.boolProperty(CONTINUES):
            level, text, page = out[-1]
            out[-1] = (level, " ".join([*text.split(), *block.text().split()]), page)
            level = 1  # a third part continues it too
        heading = bool(level)
        block = block.next()
    return out


class _Footer:
    """A rule, the footer text and the page number, in the bottom margin of each page
    (the font, its metrics and the footer's words made once, not once a page)."""

    def __init__(self, painter: QPainter, footer: str, width: float, height: float) -> None:
        self.painter, self.width = painter, width
        self.top = height - BOTTOM + 9 * MM
        self.font = sans_font(8)
        self.metrics = QFontMetricsF(self.font, painter.device())
        self.text = " ".join(footer.split())
        self.box = QRectF(SIDE, self.top + 2 * MM, width - 2 * SIDE, 10 * MM)

    def paint(self, number: str) -> None:
        painter = self.painter
        painter.setPen(QPen(QColor(RULE), 0.25 * MM))
        painter.drawLine(QPointF(SIDE, self.top), QPointF(self.width - SIDE, self.top))
        painter.setFont(self.font)
        painter.setPen(QColor(MUTED))
        number_width = self.metrics.horizontalAdvance(number)
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        footer_box = self.box.adjusted(0, 0, -(number_width + 6 * MM), 0)
        painter.drawText(footer_box, int(wrap), self.text)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        painter.drawText(self.box, int(right), number)


def chart_png(chart: WellbeingChart) -> bytes:
    """The chart as a PNG picture for the ODT, three times the size it is shown at so
    it stays sharp when printed."""
    _ensure_gui_app()
    width, height = CHART_SIZE
    picture = QImage(int(width * 3), int(height * 3), QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    paint_chart(painter, QRectF(picture.rect()), chart, pieces=True)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_odt(doc: Document, path: Path) -> None:
    """Write `doc` as an OpenDocument text file (export/odt_writer.py); Qt only draws
    the charts' pictures."""
    from journal_app.export.odt_writer import write_odt_file

    pictures = [chart_png(b) for b in doc.blocks if isinstance(b, WellbeingChart)]
    write_odt_file(doc, Path(path), pictures)
