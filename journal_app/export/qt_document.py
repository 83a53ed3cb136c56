"""The supervision pack as PDF and ODT through Qt's text document: the one module under
export/ that imports PySide6 (QtGui and QtCore only). Text goes in through QTextCursor
as plain text, so nothing the worker wrote is ever read as markup."""

from __future__ import annotations

import math
import os
import sys
from bisect import bisect_right
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLineF,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPolygonF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

from journal_app.export.chart_layout import Mark, Stroke, dash_pieces, draw_chart
from journal_app.export.document import Document, WellbeingChart
from journal_app.export.print_plan import (
    CHART_SIZE,
    MUTED,
    RULE,
    STYLES,
    TEXT,
    Grid,
    Item,
    PageBreak,
    Para,
    Picture,
    Rule,
    Spacer,
    name_pictographs,
    plan,
)

# Sans faces, the first found wins. Arial is on Windows and macOS and stands for
# Liberation Sans on Linux; the ODT names only the first, for whoever opens it.
FAMILIES = ["Arial", "Helvetica", "Liberation Sans", "DejaVu Sans"]
DPI = 300
MM = DPI / 25.4  # device pixels per millimetre
SIDE, TOP, BOTTOM = 20 * MM, 18 * MM, 24 * MM  # page margins; the footer sits in BOTTOM
PCT = QTextLength.Type.PercentageLength
BREAK_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
# A PDF part's height (device units) after which the next block starts a new part,
# well under Qt's layout limit of 8,388,607 (see _pdf_parts): about 1,330 pages.
PART_HEIGHT = 4_000_000


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


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    # Ligatures would turn "fi" into one character for anyone searching or copying.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _char(points: float, bold: bool = False, colour: str = TEXT) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(
        _font(points, bold), QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll
    )
    fmt.setForeground(QColor(colour))
    return fmt


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
    font = _font(drawing.font_size * 72 / painter.device().logicalDpiY())
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    for shape in drawing.shapes:
        if isinstance(shape, Stroke):
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


class _Builder:
    """Types the plan into a QTextDocument through one cursor.

    With `page_height` (the PDF), the document is paged as it grows, so each run of
    `keep` paragraphs can be moved to the page where what follows it starts; charts are
    empty blocks to paint over. (The ODT is written without Qt: export/odt_writer.py.)"""

    def __init__(self, text_doc: QTextDocument, page_height: float | None) -> None:
        self.doc = text_doc
        self.page_height = page_height
        # Qt scales vertical margins to the paint device but not left margins.
        self.unit = DPI / 96 if page_height is not None else 1.0
        self.cursor = QTextCursor(text_doc)
        self.fresh = True  # the cursor's block is empty and takes the next paragraph
        self.break_next = False
        self.run: int | None = None  # where the current run of `keep` paragraphs starts
        self.keeps: list[tuple[int, int]] = []  # (run start, position of what follows)
        self.charts: list[tuple[int, WellbeingChart]] = []  # (position, chart)
        self.editing = False  # an edit block is open (add_group)
        self.formats = {style: _char(*spec) for style, spec in STYLES.items()}

    def build(self, groups: list[list[Item]]) -> None:
        for group in groups:
            self.add_group(group)
        self.finish()

    def add_group(self, group: list[Item]) -> None:
        # Qt lays the text out once per edit block; `settle` then sees where it went.
        if not self.editing:
            self.cursor.beginEditBlock()
            self.editing = True
        for item in group:
            self.add(item)
        if self.fresh and self.page_height is not None and self.doc.blockCount() > 1:
            # A table ended the group: Qt lays a whole table out again for each later
            # edit of the two blocks after it, so they join this edit.
            return
        self.close_edit()

    def close_edit(self) -> None:
        """End the open edit: Qt lays it out, and `settle` keeps runs together."""
        if self.editing:
            self.cursor.endEditBlock()
            self.editing = False
            self.settle()

    def finish(self) -> None:
        self.close_edit()
        if self.page_height is not None:
            self.split_at_pages()

    def height(self) -> float:
        """The laid-out height so far, in device units (the layout is finished first)."""
        return self.doc.documentLayout().documentSize().height()

    def split_at_pages(self) -> None:
        """Split each paragraph that runs on over a page break into two, one per page.
        QTextLayout::draw starts one line early (the last line above the clip), so a
        paragraph crossing a page had its last line on the page before drawn again in
        this page's top margin: hidden, but read twice by search, copy and screen
        readers. A split leaves every line where it was, so all of a pass's splits are
        found from one layout and made in one edit (Qt lays the rest of the document
        out again after each edit: one at a time took seconds for a long pack); a
        second pass catches any that moved."""
        for _attempt in range(3):
            splits = self._page_splits()
            if not splits:
                return
            cursor = QTextCursor(self.doc)
            cursor.beginEditBlock()
            for block_position, split_at in reversed(splits):  # later ones first
                block = self.doc.findBlock(block_position)
                first = QTextBlockFormat(block.blockFormat())
                second = QTextBlockFormat(first)
                second.setTopMargin(0)
                second.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
                first.setBottomMargin(0)
                cursor.setPosition(block_position)
                cursor.setBlockFormat(first)
                cursor.setPosition(split_at)
                cursor.insertBlock(second)
            cursor.endEditBlock()
            # Each split put a block separator in: what was after it moved on by one.
            points = [split_at for _block, split_at in splits]
            self.charts = [(at + bisect_right(points, at), chart) for at, chart in self.charts]

    def _page_splits(self) -> list[tuple[int, int]]:
        """(block position, where to split it) of each paragraph crossing a page."""
        layout, height = self.doc.documentLayout(), self.page_height
        found = []
        block = self.doc.begin()
        while block.isValid():
            lines = block.layout()
            top = layout.blockBoundingRect(block).top()  # lays the block out first
            for i in range(1, lines.lineCount() if block.isVisible() else 0):
                line, before = lines.lineAt(i), lines.lineAt(i - 1)
                # A line that starts a hair above a page's top (rounding) is on that page.
                if int((top + line.y() + 2) // height) > int((top + before.y() + 2) // height):
                    split_at = block.position() + line.textStart()
                    if block.text()[line.textStart() - 1 : line.textStart()] != "\u2028":
                        found.append((block.position(), split_at))
                    break
            block = block.next()
        return found

    def add(self, item: Item) -> None:
        if isinstance(item, Para):
            self.block(item.top, item.bottom, item.indent, item.keep, item.heading)
            for text, style in item.runs:
                self.cursor.insertText(name_pictographs(text), self.formats[style])
        elif isinstance(item, Spacer):
            fmt = self.block(0, 0)
            fmt.setLineHeight(item.height, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            self.cursor.setBlockFormat(fmt)
        elif isinstance(item, Rule):
            fmt = self.block(item.top, item.bottom)
            ruler = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
            fmt.setProperty(ruler, QTextLength(PCT, 100))
            self.cursor.setBlockFormat(fmt)
        elif isinstance(item, PageBreak):
            self.break_next = True
        elif isinstance(item, Grid):
            self.table(item)
        elif isinstance(item, Picture):
            self.picture(item.chart)

    def block(
        self, top: float, bottom: float, indent: float = 0, keep: bool = False, heading: int = 0
    ) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLeftMargin(indent * self.unit)
        fmt.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setHeadingLevel(heading)
        if self.break_next:
            fmt.setPageBreakPolicy(BREAK_BEFORE)
            self.break_next = False
        if self.fresh:  # the document's first block, or the one Qt leaves after a table
            self.cursor.setBlockFormat(fmt)
            self.fresh = False
        else:
            self.cursor.insertBlock(fmt)
        self.follows(self.cursor.block().position(), keep)
        return fmt

    def follows(self, position: int, keep: bool = False) -> None:
        """Note a new block: part of a run to keep together, or what ends the run."""
        if keep:
            self.run = position if self.run is None else self.run
        elif self.run is not None:
            self.keeps.append((self.run, position))
            self.run = None

    def settle(self) -> None:
        """Move each run of headings and labels that ends a page while what follows it
        starts on the next page over to that page."""
        layout, height = self.doc.documentLayout(), self.page_height
        for start, after in self.keeps if height is not None else ():
            block = self.doc.findBlock(start)
            top = layout.blockBoundingRect(block).top()
            page = int(top // height)
            content = self.doc.findBlock(after)
            rect, line = layout.blockBoundingRect(content), content.layout().lineAt(0)
            first_line = line.y() + line.height() if line.isValid() else rect.height()
            end = rect.top() + first_line - 1
            if int(end // height) > page and top - page * height > 1:  # not at a page top
                fmt = QTextBlockFormat()
                fmt.setPageBreakPolicy(BREAK_BEFORE)
                QTextCursor(block).mergeBlockFormat(fmt)
        self.keeps.clear()

    def table(self, grid: Grid) -> None:
        columns = max(len(row) for row in grid.rows)
        fmt = QTextTableFormat()
        fmt.setCellSpacing(0)
        fmt.setCellPadding(5 if grid.framed else 3)
        fmt.setBorderCollapse(True)
        fmt.setBorder(1 if grid.framed else 0)
        fmt.setBorderBrush(QBrush(QColor(RULE)))
        border = QTextFrameFormat.BorderStyle
        fmt.setBorderStyle(border.BorderStyle_Solid if grid.framed else border.BorderStyle_None)
        fmt.setHeaderRowCount(1 if grid.framed else 0)  # repeated on every page
        fmt.setBottomMargin(10)
        fmt.setWidth(QTextLength(PCT, 100))  # Qt sizes the columns to their text
        if grid.widths:
            fmt.setColumnWidthConstraints([QTextLength(PCT, w) for w in grid.widths])
        # Built in a document of its own and inserted in one go: filled cell by cell in
        # place, the whole table would be laid out again for every cell.
        scratch = QTextDocument()
        table = QTextCursor(scratch).insertTable(len(grid.rows), columns, fmt)
        plain, bold = _char(grid.points), _char(grid.points, bold=True)
        header, stripe = QTextTableCellFormat(), QTextTableCellFormat()
        header.setBackground(QColor("#e8edf3"))
        stripe.setBackground(QColor("#f6f7f9"))
        for r, row in enumerate(grid.rows):
            for c in range(columns):
                cell = table.cellAt(r, c)
                if grid.framed and r % 2 == 0:
                    cell.setFormat(header if r == 0 else stripe)
                strong = (grid.framed and r == 0) or (not grid.framed and c == 0)
                text = row[c] if c < len(row) else ""
                if strong and grid.framed:
                    # Qt measures a column's narrowest width in the regular weight; the
                    # no-break space keeps a bold heading ("Entries") from splitting.
                    text += "\u00a0"
                cell.firstCursorPosition().insertText(
                    name_pictographs(text), bold if strong else plain
                )
        # A thin block for the table to follow; with it, what comes before the table
        # stays with the table's first row of data.
        self.block(0, 0, keep=True)
        self.cursor.setBlockCharFormat(_char(2))
        start = self.cursor.position()
        self.cursor.insertFragment(QTextDocumentFragment(scratch))
        first = table.cellAt(min(int(grid.framed), len(grid.rows) - 1), 0)
        self.follows(start + first.firstCursorPosition().position())
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.fresh = True

    def picture(self, chart: WellbeingChart) -> None:
        height = CHART_SIZE[1]
        fmt = self.block(0, 4, keep=True)  # with the first line of its summary
        # An empty block of the chart's height: the PDF paints the chart over it.
        fmt.setLineHeight(height, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        self.cursor.setBlockFormat(fmt)
        self.charts.append((self.cursor.position(), chart))


def _text_document(doc: Document) -> QTextDocument:
    text_doc = QTextDocument()
    text_doc.setUndoRedoEnabled(False)
    text_doc.setDocumentMargin(0)
    text_doc.setDefaultFont(_font(10.5))
    text_doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    return text_doc


def _chart_rect(text_doc: QTextDocument, position: int) -> QRectF:
    """Where the chart's empty block at `position` was laid out, in document coordinates."""
    top_left = text_doc.documentLayout().blockBoundingRect(text_doc.findBlock(position)).topLeft()
    return QRectF(top_left, QSizeF(*CHART_SIZE) * (DPI / 96))


def write_pdf(doc: Document, path: Path) -> None:
    """Write `doc` as an A4 PDF: a header, then the blocks, with the footer and "Page N
    of M" on every page, the document's language and a bookmark for every heading
    (export/pdf_finish.py). A long document is laid out in parts (_pdf_parts)."""
    _ensure_gui_app()
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    writer.setPageLayout(QPageLayout(a4, QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setTitle(doc.title)
    writer.setCreator("PSW Journal")
    width, height = writer.width(), writer.height()
    # Qt's layout holds the page height as a fixed-point number of 1/64 units, cut
    # down (3011.92 for A4's 3011.94): pages are sliced at that height, or each page
    # would start that much lower than the last, and by page 1,000 a page's foot
    # showed the top of the next page's first line.
    body = QSizeF(width - 2 * SIDE, math.floor((height - TOP - BOTTOM) * 64) / 64)

    parts = _pdf_parts(doc, writer, body)
    pages = sum(part.doc.pageCount() for part in parts)
    headings: list[tuple[int, str, int]] = []
    first_page = 0
    for part in parts:
        headings += [
            (level, text, first_page + page)
            for level, text, page in _headings(part.doc, body.height())
        ]
        first_page += part.doc.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not open {path.name} to write the PDF")
    try:
        footer = _Footer(painter, doc.footer, width, height)
        number = 0
        for part in parts:
            layout = part.doc.documentLayout()
            charts = [(_chart_rect(part.doc, at), chart) for at, chart in part.charts]
            for page in range(part.doc.pageCount()):
                if number and not writer.newPage():
                    raise OSError(f"could not add a page to {path.name}")
                number += 1
                # Each page shows its slice of the long laid-out part, clipped.
                painter.save()
                painter.translate(SIDE, TOP - page * body.height())
                area = QRectF(0, page * body.height(), body.width(), body.height())
                painter.setClipRect(area)
                # Qt also draws lines that only touch the clip: a page's first line
                # would be hidden text at the foot of the page before, for search and
                # copy. (A paragraph across a page break is split in two: see
                # split_at_pages.)
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = area.adjusted(0, 1, 0, -1)
                layout.draw(painter, context)
                for rect, chart in charts:
                    if rect.intersects(context.clip):
                        paint_chart(painter, rect, chart)
                painter.restore()
                footer.paint(f"Page {number} of {pages}")
    finally:
        painter.end()
    del writer  # finishes the file before it is rewritten
    from journal_app.export.pdf_finish import finish_pdf, require_complete_pdf

    require_complete_pdf(Path(path))
    finish_pdf(Path(path), headings)


def _pdf_parts(doc: Document, writer: QPdfWriter, body: QSizeF) -> list[_Builder]:
    """The document laid out as one or more text documents, each with its pages.

    Qt's text layout holds positions as fixed-point numbers and treats INT_MAX / 256
    (8,388,607 device units: about 2,780 A4 pages at 300 dpi) as "unbounded": below a
    document that tall, blocks are not placed (blockBoundingRect answers 0) and a
    table is never laid out, so asking where one of its cells is reads Qt's empty
    column list and the process dies (a segmentation fault, not an exception). So a
    new part is started, at a block boundary outside a run kept together, once a part
    is PART_HEIGHT tall; each part starts on a new page. A single block cannot be
    taller than the room left: export/size_limit.py refuses such a block before Qt
    sees it."""
    parts: list[_Builder] = []
    builder: _Builder | None = None
    for group in plan(doc):
        if builder is None:
            text_doc = _text_document(doc)
            text_doc.documentLayout().setPaintDevice(writer)
            text_doc.setPageSize(body)  # paged while it is built (see _Builder)
            builder = _Builder(text_doc, page_height=body.height())
            parts.append(builder)
        builder.add_group(group)
        if builder.run is None and builder.height() > PART_HEIGHT:
            builder.finish()
            builder = None
    if builder is not None:
        builder.finish()
    return parts


def _headings(text_doc: QTextDocument, page_height: float) -> list[tuple[int, str, int]]:
    """(level, text, page index) of each heading block, for the PDF's bookmarks."""
    layout, out = text_doc.documentLayout(), []
    block = text_doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            top = layout.blockBoundingRect(block).top()
            out.append((level, " ".join(block.text().split()), int(top // page_height)))
        block = block.next()
    return out


class _Footer:
    """A rule, the footer text and the page number, in the bottom margin of each page
    (the font, its metrics and the footer's words made once, not once a page)."""

    def __init__(self, painter: QPainter, footer: str, width: float, height: float) -> None:
        self.painter, self.width = painter, width
        self.top = height - BOTTOM + 9 * MM
        self.font = _font(8)
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
