"""The PDF laid out and painted on more than one thread (issue 20: the all-full pack
of 5,000 entries, about 3,000 pages, in under 10 s).

A long document is written in pieces, each into a PDF file of its own, joined
afterwards (export/pdf_join.py). A thread lays out the plan from the start; past its
share of the characters, the first entry it laid out at the start of a page ends its
piece (export/qt_parts.py: the pages are those of one document laid out whole), and
the next thread lays out from that entry on, while the first splits its paragraphs at
the page breaks. The calling thread lays out the last piece. Once every piece's pages
are counted ("Page N of M" needs M), each thread paints its own: Qt's layout and
painting let go of Python's lock, so the two cores share the work (drawing and the
PDF writer's deflating of each page are most of it).

Threads: QTextDocument, QTextCursor and the classes around them are reentrant, and
QPainter may paint into a QPdfWriter from any thread, one thread at a time a device
(Qt's "Thread-Support in Qt Modules"). Each piece's documents, writer and painter are
made, used and dropped in the one thread that runs the piece; the pieces share no Qt
object. (A document laid out in one thread and painted from another crashed the
process: its text layouts keep font engines from the thread that laid them out.) The
threads are QThreads, so Qt's layout timers have an event dispatcher there."""

from __future__ import annotations

import logging
import math
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QThread
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from journal_app.disk import temp_files
from journal_app.export import print_plan, qt_unlocked
from journal_app.export.document import Document
from journal_app.export.print_plan import Item
from journal_app.export.qt_builder import DPI, Builder
from journal_app.export.qt_parts import Cut, Part, PartsMoved, characters, check_cuts, pdf_parts
from journal_app.export.qt_unlocked import draw_contents, new_page

log = logging.getLogger(__name__)

# Characters from which a PDF is written in pieces on threads (about 100 pages).
THREADS_FROM = 200_000
# Each piece's share of the characters but the last's. A piece's thread lays out while
# the next waits for where it ends, then splits paragraphs while the next lays out;
# the last piece lays out and splits before anything is painted, so it is smaller
# (13%: it ends about when the second finishes its splits, at 100,000 records).
SHARES = (0.45, 0.42)


class Piece:
    """Lays out and paints groups of the plan into one PDF file, in the thread that
    calls it: from `start` to the end, or to where the next piece starts."""

    def __init__(
        self,
        doc: Document,
        groups: Sequence[list[Item]],
        path: Path,
        start: Cut,
        page_top_cuts=True,
    ) -> None:
        self.doc, self.groups, self.path, self.start = doc, groups, path, start
        self.page_top_cuts = page_top_cuts
        self.parts: list[Part] = []
        self.cut: Cut | None = None
        self.pages = 0
        self.headings: list[tuple[int, str, int]] = []
        self.writer: QPdfWriter | None = None

    def build(self, cut_at: Callable[[], int | None] | None = None) -> None:
        from journal_app.export.qt_document import BOTTOM, SIDE, TOP, _text_document

        writer = self.writer = QPdfWriter(str(self.path))
        writer.setResolution(DPI)
        a4 = QPageSize(QPageSize.PageSizeId.A4)
        writer.setPageLayout(QPageLayout(a4, QPageLayout.Orientation.Portrait, QMarginsF()))
        writer.setTitle(self.doc.title)
        writer.setCreator("PSW Journal")
        width, height = writer.width(), writer.height()
        # Qt's layout holds the page height as a fixed-point number of 1/64 units, cut
        # down (3011.92 for A4's 3011.94): pages are sliced at that height, or each page
        # would start that much lower than the last, and by page 1,000 a page's foot
        # showed the top of the next page's first line.
        self.body = QSizeF(width - 2 * SIDE, math.floor((height - TOP - BOTTOM) * 64) / 64)

        def new_builder() -> Builder:
            text_doc = _text_document(self.doc)
            text_doc.documentLayout().setPaintDevice(writer)
            text_doc.setPageSize(self.body)  # paged while it is built (see Builder)
            return Builder(text_doc, page_height=self.body.height())

        self.parts, self.cut = pdf_parts(
            self.groups, self.start, new_builder, self.body.height(), cut_at, self.page_top_cuts
        )

    def finish(self) -> None:
        """Split paragraphs at page breaks (Builder.split_at_pages), check that every
        part still starts and ends where it did, count the pages and find the headings
        (level, text, page index from the piece's first page)."""
        from journal_app.export.qt_document import _headings

        height = self.body.height()
        for part in self.parts:
            part.builder.finish()
        check_cuts(self.parts, height)
        for part in self.parts:
            count = part.builder.doc.pageCount()
            part.pages = (count if part.limit is None else min(part.limit, count)) - part.skip
            self.headings += [
                (level, text, self.pages + page - part.skip)
                for level, text, page in _headings(part.builder.doc, height)
                if part.skip <= page < part.skip + part.pages
            ]
            self.pages += part.pages

    def paint(self, first_number: int, total: int) -> None:
        """Paint the pages, numbered from `first_number` of `total`, and end the file."""
        from journal_app.export.qt_document import SIDE, TOP, _chart_rect, _Footer, paint_chart

        writer, body = self.writer, self.body
        assert writer is not None
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"could not open {self.path.name} to write the PDF")
        try:
            footer = _Footer(painter, self.doc.footer, writer.width(), writer.height())
            number = first_number
            for part in self.parts:
                charts = [(_chart_rect(part.builder.doc, at), c) for at, c in part.builder.charts]
                for page in range(part.skip, part.skip + part.pages):
                    if number > first_number and not new_page(writer):
                        raise OSError(f"could not add a page to {self.path.name}")
                    # Each page shows its slice of the long laid-out part, clipped.
                    painter.save()
                    painter.translate(SIDE, TOP - page * body.height())
                    area = QRectF(0, page * body.height(), body.width(), body.height())
                    painter.setClipRect(area)
                    # Qt also draws lines that only touch the clip (the painter's too,
                    # here): a page's first line would be hidden text at the foot of
                    # the page before, for search and copy. (A paragraph across a page
                    # break is split in two: see Builder.split_at_pages.)
                    clip = area.adjusted(0, 1, 0, -1)
                    draw_contents(part.builder.doc, painter, clip)  # without Python's lock
                    for rect, chart in charts:
                        if rect.intersects(clip):
                            paint_chart(painter, rect, chart)
                    painter.restore()
                    footer.paint(f"Page {number} of {total}")
                    number += 1
        finally:
            painter.end()
        self.close()  # the writer ends the file

    def close(self) -> None:
        """Drop the Qt objects (in the thread that made them): documents, then writer."""
        for part in self.parts:
            part.end = None
            part.builder.cursor = None  # type: ignore[assignment]
            part.builder.doc = None  # type: ignore[assignment]
        self.parts = []
        self.writer = None


class _PieceThread(QThread):
    """Runs a piece but the last: lays it out until the next one's start is known
    (`cut`), finishes it (`built`), then paints it once told where (`go`)."""

    def __init__(self, piece: Piece, cut_at: Callable[[], int | None]) -> None:
        super().__init__()
        self.piece, self.cut_at = piece, cut_at
        self.cut, self.built, self.go = threading.Event(), threading.Event(), threading.Event()
        self.first_number = 0
        self.total: int | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.piece.build(self.cut_at)
            self.cut.set()
            self.piece.finish()
            self.built.set()
            self.go.wait()
            if self.total is not None:
                self.piece.paint(self.first_number, self.total)
        except BaseException as exc:  # handed to the calling thread, which raises it
            self.error = exc
        finally:
            self.piece.close()
            self.cut.set()
            self.built.set()


class Plan:
    """The print plan as the calling thread makes it, for the first piece's thread to
    lay out from the start meanwhile (its groups are only added to, never changed)."""

    def __init__(self) -> None:
        self.groups: list[list[Item]] = []
        self.characters = 0
        self.done = False
        self.ready = threading.Condition()

    def make(self, doc: Document) -> None:
        try:
            for group in print_plan.groups(doc):
                with self.ready:
                    self.groups.append(group)
                    self.characters += characters(group)
                    self.ready.notify_all()
        finally:
            with self.ready:
                self.done = True
                self.ready.notify_all()

    def has(self, index: int) -> bool:
        with self.ready:
            while index >= len(self.groups) and not self.done:
                self.ready.wait()
            return index < len(self.groups)

    def __getitem__(self, index: int) -> list[Item]:
        return self.groups[index]

    def __len__(self) -> int:
        return len(self.groups)

    def share(self, part: float) -> Callable[[], int | None]:
        """`part` of the plan's characters, once it is all made (None till then)."""
        return lambda: int(self.characters * part) if self.done else None


def write_pieces(doc: Document, path: Path) -> list:
    """Write the PDF of `doc` to `path`; returns the headings (level, text, page index)
    for its bookmarks."""
    characters_shown = sum(len(text) for _where, text in doc.texts())
    if characters_shown >= THREADS_FROM and qt_unlocked.available():
        paths = [path]
        notes = []
        try:
            # The other pieces' files: private, beside the first, noted for the sweep
            # after a kill and removed whatever happens (disk/temp_files.py).
            for _share in SHARES:
                paths.append(temp_files.temp_path(path, "part", unique=True))
                notes.append(temp_files.note_pending(paths[-1]))
                os.close(os.open(paths[-1], os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            return _on_threads(doc, paths)
        except PartsMoved:
            log.warning("a part's first entry moved; the PDF is laid out again in one piece")
        finally:
            for other, note in zip(paths[1:], notes, strict=False):
                if temp_files.discard(other):
                    temp_files.forget(note)
    groups = print_plan.plan(doc)
    for page_top_cuts in (True, False):
        piece = Piece(doc, groups, path, Cut(0, 0.0, None), page_top_cuts)
        try:
            piece.build()
            piece.finish()
        except PartsMoved:
            piece.close()
            continue
        piece.paint(1, piece.pages)
        return piece.headings
    raise AssertionError("unreachable: parts cut only where the layout says")


def _on_threads(doc: Document, paths: list[Path]) -> list:
    groups = Plan()
    workers: list[_PieceThread] = []
    last: Piece | None = None
    try:
        start: Cut | None = Cut(0, 0.0, None)
        for path, share in zip(paths, SHARES, strict=False):
            worker = _PieceThread(Piece(doc, groups, path, start), groups.share(share))
            workers.append(worker)
            worker.start()
            if len(workers) == 1:
                groups.make(doc)  # while the first piece is laid out
            worker.cut.wait()
            start = worker.piece.cut if worker.error is None else None
            if start is None:
                break
        if start is not None:
            last = Piece(doc, groups, paths[len(workers)], start)
            last.build()
            last.finish()
        for worker in workers:
            worker.built.wait()
        errors = [worker.error for worker in workers if worker.error is not None]
        if not errors:
            pieces = [worker.piece for worker in workers] + ([last] if last else [])
            total = sum(piece.pages for piece in pieces)
            number = 1
            for worker in workers:
                worker.first_number, worker.total = number, total
                number += worker.piece.pages
                worker.go.set()
            if last is not None:
                last.paint(number, total)
    finally:
        if last is not None:
            last.close()
        for worker in workers:
            worker.go.set()  # with no total after a failure: the worker stops
        for worker in workers:
            worker.wait()
    for worker in workers:
        if worker.error is not None:
            raise worker.error
    from journal_app.export.pdf_join import join_pdfs

    headings = []
    first_page = 0
    for piece in pieces:
        headings += [(level, text, first_page + page) for level, text, page in piece.headings]
        first_page += piece.pages
        if piece.path != paths[0]:
            join_pdfs(paths[0], piece.path)
    return headings
