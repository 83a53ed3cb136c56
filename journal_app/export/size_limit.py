"""How big a document the PDF and ODT writers take, checked before either starts.

Qt lays the PDF out in one process, in memory, and cannot lay out any one block
taller than about 2,780 A4 pages (export/qt_parts.py, pdf_parts): past that the
process dies instead of raising. The ODT (export/odt_writer.py, no Qt layout) is held
to the same limits, so both formats take the same packs. A document over these limits
is refused with a message saying what to do (a shorter period, or entries shared as a
summary), and nothing is written. Measured on a 2-core Linux VM (benchmarks/README.md, "Very long
documents"): the all-full pack of 5,000 entries is about 6.5 million characters and
3,000 pages."""

from __future__ import annotations

from journal_app.errors import ValidationError
from journal_app.export.document import Document, FieldList, Heading, Paragraph, Table

# Characters in one PDF or ODT: room for about 6,000 entries shared in full (the pack
# of 5,000 is about 6.5 million), a few minutes' writing at most and about 1 GiB.
MAX_CHARACTERS = 8_000_000
# One block's size, a line break counted as a full line of text (LINE characters):
# about 22,000 lines, some 1,200 pages, well inside what Qt lays out in one go.
MAX_BLOCK_SIZE = 2_000_000
LINE = 90


def _block_size(block: object) -> int:
    texts: list[str] = []
    lines = 0
    if isinstance(block, Heading | Paragraph):
        texts.append(block.text)
    elif isinstance(block, FieldList):
        for label, value in block.items:
            texts += [label, value]
        lines += len(block.items)
    elif isinstance(block, Table):
        texts += [block.caption, *block.headers]
        for row in block.rows:
            texts += row
        lines += len(block.rows) + 1
    size = sum(len(text) + LINE * (text.count("\n") + text.count("\u2028")) for text in texts)
    return size + LINE * lines


def check_printable(doc: Document, fmt: str) -> None:
    """Raise ValidationError (code "document_too_long") when `doc` is too big to
    write as `fmt` ("pdf" or "odt")."""
    characters = sum(len(text) for _where, text in doc.texts())
    largest = max((_block_size(block) for block in doc.blocks), default=0)
    if characters > MAX_CHARACTERS or largest > MAX_BLOCK_SIZE:
        raise ValidationError(
            "period",
            f"the document is too long to write as {fmt.upper()} ({characters:,} characters;"
            f" at most {MAX_CHARACTERS:,}, and no single entry over about 1,000 pages):"
            " choose a shorter period, or share some entries as a summary",
            code="document_too_long",
            format=fmt.upper(),
            count=characters,
            limit=MAX_CHARACTERS,
        )
