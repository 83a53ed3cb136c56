"""The print plan typed into a Qt text document for the PDF (export/qt_document.py
pages and paints it): paragraphs, tables and charts' places, through one QTextCursor
as plain text, so nothing the worker wrote is ever read as markup. A run of headings
and labels is kept on the page where what follows it starts, and a paragraph that
runs over a page break is split in two."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
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

from journal_app.export.document import WellbeingChart
from journal_app.export.print_plan import (
    CHART_SIZE,
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
)
from journal_app.export.qt_unlocked import end_edit_block

# Sans faces, the first found wins. Arial is on Windows and macOS and stands for
# Liberation Sans on Linux.
FAMILIES = ["Arial", "Helvetica", "Liberation Sans", "DejaVu Sans"]
DPI = 300
PCT = QTextLength.Type.PercentageLength
BREAK_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
# Marks the second half of a paragraph split at a page break (split_at_pages): a
# heading's second half is no heading of its own, and its bookmark reads both halves.
CONTINUES = QTextFormat.Property.UserProperty + 1


def sans_font(points: float, bold: bool = False) -> QFont:
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
        sans_font(points, bold), QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll
    )
    fmt.setForeground(QColor(colour))
    return fmt


def _ruled() -> QTextTableCellFormat:
    """A framed table's cell: a thin rule along its bottom edge only."""
    fmt = QTextTableCellFormat()
    # The padding of a collapsed grid's cell (5) and half of its line on each side; the
    # bottom's rule takes the rest, so the text stays where it was.
    fmt.setLeftPadding(5.5)
    fmt.setRightPadding(5.5)
    fmt.setTopPadding(5.5)
    fmt.setBottomPadding(4.5)
    fmt.setBottomBorder(1)
    fmt.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBottomBorderBrush(QBrush(QColor(RULE)))
    return fmt


class Builder:
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
            end_edit_block(self.cursor)  # Qt lays out, without Python's lock
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
                second.setHeadingLevel(0)
                second.setProperty(CONTINUES, True)
                second.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
                first.setBottomMargin(0)
                cursor.setPosition(block_position)
                cursor.setBlockFormat(first)
                cursor.setPosition(split_at)
                cursor.insertBlock(second)
            end_edit_block(cursor)
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
        # No table border and no collapsed borders: Qt works out every collapsed edge
        # from its neighbours' cells as it draws (a third of a pack's time at 20,000
        # records). Each cell of a framed table draws its own bottom rule instead, so
        # no line doubles: a rule under the header row and between rows.
        fmt.setBorderCollapse(False)
        fmt.setBorder(0)
        if grid.framed:  # where the collapsed grid's outer line and Qt's table border were
            fmt.setPadding(1 + round(DPI / 96 / 2) * 96 / DPI)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
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
        header, stripe, ruled = _ruled(), _ruled(), _ruled()
        header.setBackground(QColor("#e8edf3"))
        stripe.setBackground(QColor("#f6f7f9"))
        for r, row in enumerate(grid.rows):
            for c in range(columns):
                cell = table.cellAt(r, c)
                if grid.framed:
                    cell.setFormat(ruled if r % 2 else header if r == 0 else stripe)
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
