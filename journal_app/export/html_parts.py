"""The HTML page of export/html.py in parts, for the pack dialog's preview: the first
part is shown at once and the others are added after it, one per turn of the event
loop, so a pack of thousands of rows never holds the dialog back (at 100,000 entries
a pack carried some 1,500 open actions and a 600-line log: Qt took over a second to
read and lay out the page whole).

Each part is a page of its own with the same styles; put together they read as the
whole page does. The title page opens the first part and the footer ends the last;
a table longer than a part goes on in the next one without its caption and column
titles again. A page small enough for the first part is render_html's, unchanged."""

from __future__ import annotations

from journal_app.export.document import Document, Table
from journal_app.export.html import block_html, page_html, render_html, table_html

FIRST_PART_CHARS = 24_000  # about 150 rows of the actions table: the first screens
PART_CHARS = 6_000  # Qt reads and lays out one in some 40 ms on a 2-core laptop


def _pieces(doc: Document, size: int) -> list[str]:
    """The blocks' HTML in reading order, long tables cut into runs of rows of about
    `size` characters."""
    pieces = []
    for number, block in enumerate(doc.blocks, 1):
        html = block_html(block, number)
        if not isinstance(block, Table) or len(html) <= size or len(block.rows) < 2:
            pieces.append(html)
            continue
        per_row = max(1, len(html) // len(block.rows))
        step = max(1, size // per_row)
        pieces += [
            table_html(block, slice(start, start + step))
            for start in range(0, len(block.rows), step)
        ]
    return pieces


def html_parts(doc: Document, first: int = FIRST_PART_CHARS, size: int = PART_CHARS) -> list[str]:
    """`doc` as pages to show one after another: the first of about `first`
    characters, the others of about `size`."""
    pieces = _pieces(doc, size)
    if sum(len(piece) for piece in pieces) <= first:
        return [render_html(doc)]
    bodies: list[list[str]] = [[]]
    filled, limit = 0, first
    for piece in pieces:
        if bodies[-1] and filled + len(piece) > limit:
            bodies.append([])
            filled, limit = 0, size
        bodies[-1].append(piece)
        filled += len(piece)
    last = len(bodies) - 1
    return [
        page_html(doc, "\n".join(body), title_page=i == 0, footer=i == last)
        for i, body in enumerate(bodies)
    ]
