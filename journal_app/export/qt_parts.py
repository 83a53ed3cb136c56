"""The print plan laid out in parts: Qt text documents of at most about 1,300 pages,
each painted from its own page on (export/qt_halves.py paints them).

A part ends where an entry starts a page, and the next part starts with that entry,
at the top of its first page: a page's layout depends only on what is on it and on
where the page starts, so the parts give the same pages as one document laid out
whole. An entry starts a page in one of two ways:

- its first line did not fit on the page before and went to the top of this page
  (the space above it was left on that page): the next part starts with it;
- it was put on a new page (a page break before it, or a heading kept with what
  follows), and then its top margin, or the bottom margin of the paragraph before if
  wider, is kept at the page's top: the next part starts with an empty paragraph of
  that bottom margin and the entry after a page break, and that first page, empty,
  is not painted.

Each such start is checked again once the parts are finished (write_halves then lays
the document out again without them if one moved, which has not been seen)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat

from journal_app.export.print_plan import Grid, Item, PageBreak, Para
from journal_app.export.qt_builder import Builder

# A part's height (device units) after which the next block starts a new part, well
# under Qt's layout limit of 8,388,607 (see pdf_parts): about 1,330 pages. From three
# quarters of it, an entry that starts a page starts the next part.
PART_HEIGHT = 4_000_000
ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


class PartsMoved(Exception):
    """An entry that started a part is no longer where it was when the part was cut."""


@dataclass(frozen=True)
class Cut:
    """Where the next part starts: the group, its first line's offset from its page's
    top, and (when it came after a page break) the bottom margin of the block before."""

    index: int
    offset: float
    lead: float | None


@dataclass
class Part:
    builder: Builder
    start: Cut | None = None  # how this part starts (None: at the top of its first page)
    skip: int = 0  # pages not painted at its start (the lead's empty page)
    limit: int | None = None  # the page where the next part starts
    end: QTextCursor | None = None  # at the block the next part starts with
    end_cut: Cut | None = None
    pages: int = 0  # pages painted, once finished
    found: list = field(default_factory=list)


def characters(group: list[Item]) -> int:
    count = 0
    for item in group:
        if isinstance(item, Para):
            count += sum(len(text) for text, _style in item.runs)
        elif isinstance(item, Grid):
            count += sum(len(cell) for row in item.rows for cell in row)
    return count


def _without_leading_break(group: list[Item]) -> list[Item]:
    """A part starts on a new page: a page break before its first block would leave
    that page empty."""
    start = 0
    while start < len(group) and isinstance(group[start], PageBreak):
        start += 1
    return group[start:]


def starts_page(builder: Builder, position: int, height: float) -> tuple[int, Cut] | None:
    """(page, how a part would start with it) if the block at `position` starts a page
    as described at the top of this module."""
    doc = builder.doc
    block = doc.findBlock(position)
    line = block.layout().lineAt(0) if block.isValid() else None
    if line is None or not line.isValid():
        return None
    fmt = block.blockFormat()
    top = doc.documentLayout().blockBoundingRect(block).top()
    y = top + line.y()
    if fmt.pageBreakPolicy() & ALWAYS_BEFORE:
        before = block.previous()
        if not before.isValid() or doc.frameAt(before.position()) is not doc.rootFrame():
            return None
        page = int(top // height)
        return page, Cut(0, y - page * height, before.blockFormat().bottomMargin())
    page = round(y / height)
    if fmt.lineHeightType() != PROPORTIONAL or page < 1 or abs(y - page * height) > 0.05:
        return None
    return page, Cut(0, 0.0, None)


def first_offset(part: Part, height: float) -> float | None:
    """The offset from its page's top of the first line of the part's first entry."""
    position = 0 if part.skip == 0 else part.builder.doc.begin().next().position()
    block = part.builder.doc.findBlock(position)
    line = block.layout().lineAt(0) if block.isValid() else None
    if line is None or not line.isValid():
        return None
    top = part.builder.doc.documentLayout().blockBoundingRect(block).top() + line.y()
    return top - part.skip * height


def check_cuts(parts: list[Part], height: float) -> None:
    """Raise PartsMoved unless every part still starts and ends as it was cut."""
    for part in parts:
        if part.start is not None:
            offset = first_offset(part, height)
            if offset is None or abs(offset - part.start.offset) > 0.01:
                raise PartsMoved("a part's first entry moved")
        if part.end is not None and part.end_cut is not None:
            # Qt lays a document out again whole after the splits, and a page or so
            # may go (the layout as it grew had drifted): the entry that starts the
            # next part must still start a page, the same way; this part ends there.
            found = starts_page(part.builder, part.end.block().position(), height)
            if (
                found is None
                or abs(found[1].offset - part.end_cut.offset) > 0.01
                or found[1].lead != part.end_cut.lead
            ):
                raise PartsMoved("the entry after a part moved")
            part.limit = found[0]


def pdf_parts(
    groups: Sequence[list[Item]],
    start: Cut,
    new_builder: Callable[[], Builder],
    height: float,
    cut_at: Callable[[], int | None] | None = None,
    page_top_cuts: bool = True,
) -> tuple[list[Part], Cut | None]:
    """The plan's groups from `start` laid out in one or more text documents, and where
    the next piece starts (once `cut_at()` characters were typed), if anywhere.
    `groups` may be a plan still being made (qt_halves.Plan).

    Qt's text layout holds positions as fixed-point numbers and treats INT_MAX / 256
    (8,388,607 device units: about 2,780 A4 pages at 300 dpi) as "unbounded": below a
    document that tall, blocks are not placed (blockBoundingRect answers 0) and a
    table is never laid out, so asking where one of its cells is reads Qt's empty
    column list and the process dies (a segmentation fault, not an exception). So a
    new part is started after three quarters of PART_HEIGHT at an entry that starts a
    page (the same pages as one document), or, failing one, once the part is
    PART_HEIGHT tall, at a block boundary outside a run kept together, on a new page.
    A single block cannot be taller than the room left: export/size_limit.py refuses
    such a block before Qt sees it."""
    parts: list[Part] = []
    typed, index = 0, start.index
    part, first = _new_part(new_builder, start), start.index
    parts.append(part)
    # A group that began with no run of kept paragraphs open, until its own run is
    # settled (an entry's heading is kept with the group after it): (index, position).
    pending: tuple[int, int] | None = None
    while _more(groups, index):
        builder = part.builder
        group = groups[index]
        if index == first and (part.start is None or part.start.lead is None):
            group = _without_leading_break(group)
        quiet = builder.run is None and not builder.editing and not builder.fresh
        position = builder.cursor.position() + 1  # where the group's first block goes
        builder.add_group(group)
        typed += characters(group)
        if quiet and index > first:
            pending = (index, position)
        if pending is not None and builder.run is None and not builder.editing:
            at, where = pending
            pending = None
            threshold = cut_at() if cut_at is not None else None
            cut = threshold is not None and typed >= threshold
            wanted = cut or builder.height() > PART_HEIGHT * 3 // 4
            found = starts_page(builder, where, height) if wanted and page_top_cuts else None
            if found is not None:
                page, how = found
                next_start = Cut(at, how.offset, how.lead)
                part.limit, part.end_cut = page, next_start
                part.end = QTextCursor(builder.doc.findBlock(where))
                if cut:
                    return parts, next_start
                part, first, index = _new_part(new_builder, next_start), at, at
                parts.append(part)
                continue  # the groups from `at` on start the next part
        if builder.run is None and builder.height() > PART_HEIGHT:
            part, first, pending = _new_part(new_builder, None), index + 1, None
            parts.append(part)
        index += 1
    if not parts[-1].builder.doc.characterCount() > 1 and len(parts) > 1:
        parts.pop()  # a forced cut after the last group
    return parts, None


def _more(groups: Sequence[list[Item]], index: int) -> bool:
    """Whether the plan has a group `index` (a plan being made is waited for)."""
    has = getattr(groups, "has", None)
    return has(index) if has is not None else index < len(groups)


def _new_part(new_builder: Callable[[], Builder], start: Cut | None) -> Part:
    builder = new_builder()
    part = Part(builder, start if start is not None and start.index > 0 else None)
    if part.start is not None and part.start.lead is not None:
        builder.block(0, part.start.lead)  # empty, ending the first page, not painted
        builder.break_next = True
        part.skip = 1
    return part
