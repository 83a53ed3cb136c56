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

from collections.abc import Iterator

from journal_app.export.document import Document, Table
from journal_app.export.html import block_html, page_html, render_html, table_html

FIRST_PART_CHARS = 24_000  # about 150 rows of the actions table: the first screens
PART_CHARS = 6_000  # Qt reads and lays out one in some 40 ms on a 2-core laptop
SAMPLE_ROWS = 20  # a long table's rows measured to guess the length of each


def _pieces(doc: Document, size: int) -> Iterator[str]:
    """The blocks' HTML in reading order, made as they are asked for; long tables cut
    into runs of rows of about `size` characters (a row's length guessed from the
    first few)."""
    for number, block in enumerate(doc.blocks, 1):
        if not isinstance(block, Table) or len(block.rows) < 2:
            yield block_html(block, number)
            continue
        sample = min(len(block.rows), SAMPLE_ROWS)
        per_row = max(1, len(table_html(block, slice(0, sample))) // sample)
        if per_row * len(block.rows) <= size:
            yield block_html(block, number)
            continue
        step = max(1, size // per_row)
        for start in range(0, len(block.rows), step):
            yield table_html(block, slice(start, start + step))


def html_parts(
    doc: Document, first: int = FIRST_PART_CHARS, size: int = PART_CHARS
) -> Iterator[str]:
    """`doc` as pages to show one after another, each made when it is asked for: the
    first of about `first` characters, the others of about `size`."""
    pieces = _pieces(doc, size)
    body: list[str] = []
    filled = 0
    for piece in pieces:
        if body and filled + len(piece) > first:
            yield page_html(doc, "\n".join(body), footer=False)
            break
        body.append(piece)
        filled += len(piece)
    else:
        yield render_html(doc)  # it all fits the first part: the page itself
        return
    body, filled = [piece], len(piece)
    for piece in pieces:
        if filled + len(piece) > size:
            yield page_html(doc, "\n".join(body), title_page=False, footer=False)
            body, filled = [], 0
        body.append(piece)
        filled += len(piece)
    yield page_html(doc, "\n".join(body), title_page=False)
