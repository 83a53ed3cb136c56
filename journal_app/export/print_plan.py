"""What the printed pack (PDF and ODT) is made of, decided without Qt: paragraphs in
named styles with their spacing, tables, rules and charts, in order. qt_document only
types the plan into a Qt text document."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from journal_app.export.document import (
    Block,
    Document,
    FieldList,
    Heading,
    Paragraph,
    Table,
    WellbeingChart,
    field_label,
)
from journal_app.export.document import PageBreak as BreakBlock

INLINE_FIELD = 90  # a one-line field value up to this long shares a line with its label
LINE_BREAK = "\u2028"  # a line break inside a paragraph


class Style(Enum):
    BODY = "body"
    MUTED = "muted"  # explanatory notes and chart summaries
    LABEL = "label"  # field labels
    CAPTION = "caption"
    TITLE = "title"
    HEADING_1 = "heading 1"
    HEADING_2 = "heading 2"
    HEADING_3 = "heading 3"
    HEADING_4 = "heading 4"  # and deeper
    CHART_TITLE = "chart title"


# How each style looks in print (PDF and ODT): point size, bold, colour.
TEXT, NAVY, MUTED, RULE = "#1f1f1f", "#1c3552", "#555555", "#9aa5b1"
STYLES = {
    Style.BODY: (10.5, False, TEXT),
    Style.MUTED: (9.0, False, MUTED),
    Style.LABEL: (10.5, True, NAVY),
    Style.CAPTION: (9.5, False, MUTED),
    Style.TITLE: (24.0, True, NAVY),
    Style.HEADING_1: (20.0, True, NAVY),
    Style.HEADING_2: (15.0, True, NAVY),
    Style.HEADING_3: (12.0, True, TEXT),
    Style.HEADING_4: (11.0, True, TEXT),
    Style.CHART_TITLE: (11.0, True, TEXT),
}
CHART_SIZE = (640.0, 300.0)  # in 96-dpi pixels, like every length in the plan


@dataclass(frozen=True)
class Para:
    """A paragraph; lengths are in 96-dpi pixels, as in CSS. `keep` keeps it on the page
    where the next non-`keep` paragraph, table row or chart starts."""

    runs: tuple[tuple[str, Style], ...]
    top: float = 0.0
    bottom: float = 6.0
    indent: float = 0.0
    keep: bool = False
    heading: int = 0  # the heading level, 0 for text


@dataclass(frozen=True)
class Spacer:
    height: float


@dataclass(frozen=True)
class Rule:
    """A thin line across the page."""

    top: float = 0.0
    bottom: float = 0.0


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Grid:
    """A table: `framed` ones have borders and a header row (the first row); unframed
    ones have bold labels in the first column. `widths` in percent, () for automatic."""

    rows: tuple[tuple[str, ...], ...]
    framed: bool = True
    widths: tuple[float, ...] = ()
    points: float = 9.5


@dataclass(frozen=True)
class Picture:
    chart: WellbeingChart


Item = Para | Spacer | Rule | PageBreak | Grid | Picture


def paragraphs(text: str) -> list[str]:
    """The paragraphs of `text` (split at blank lines), line breaks inside them kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = (part.strip("\n") for part in re.split(r"\n[^\S\n]*\n", text))
    return [part.replace("\n", LINE_BREAK) for part in parts if part.strip()]


def one_line(text: str) -> str:
    return " ".join(text.split())


_PICTOGRAPHS = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff]\ufe0f?")


def name_pictographs(text: str) -> str:
    """Emoji by their names in brackets ("🌱" -> "[seedling]") for PDF and ODT: Qt
    draws an emoji from a colour font as a picture, or an empty box with none, and
    either way it was gone from the text that search, copy and screen readers get."""

    def name(match: re.Match[str]) -> str:
        character = match.group()[0]
        described = unicodedata.name(character, "")
        return f"[{described.lower()}]" if described else character

    return _PICTOGRAPHS.sub(name, text)


def column_shares(rows: tuple[tuple[str, ...], ...], columns: int) -> list[float]:
    """Column widths in percent from the text in them: the longest cell (up to a point),
    but never less than the longest word."""
    weights = []
    for c in range(columns):
        texts = [row[c] for row in rows if c < len(row)]
        longest = max((len(t) for t in texts), default=0)
        word = max((len(w) for t in texts for w in t.split()), default=0)
        # A word needs room for bold headers and cell padding as well ("Overdue",
        # "Owner" were split in LibreOffice at word + 3).
        weights.append(max(min(longest, 40), word * 1.3 + 4, 6))
    return [100 * w / sum(weights) for w in weights]


def _text(
    text: str,
    style: Style,
    top: float = 0.0,
    bottom: float = 7.0,
    indent: float = 0.0,
    keep: bool = False,
) -> list[Item]:
    """One paragraph per paragraph of `text`; only the first gets the `top` margin."""
    return [
        Para(((part, style),), top if number == 0 else 0.0, bottom, indent, keep)
        for number, part in enumerate(paragraphs(text))
    ]


def _heading(block: Heading) -> Para:
    level = min(max(block.level, 1), 6)
    style, top = {
        1: (Style.HEADING_1, 6.0),
        2: (Style.HEADING_2, 16.0),
        3: (Style.HEADING_3, 12.0),
    }.get(level, (Style.HEADING_4, 10.0))
    return Para(((one_line(block.text), style),), top=top, bottom=4, keep=True, heading=level)


def _fields(block: FieldList) -> list[Item]:
    items: list[Item] = []
    for label, value in block.items:
        parts = paragraphs(value)
        if len(parts) == 1 and LINE_BREAK not in parts[0] and len(parts[0]) <= INLINE_FIELD:
            runs = ((f"{field_label(label)} ", Style.LABEL), (parts[0], Style.BODY))
            items.append(Para(runs, bottom=3))
        else:
            items.append(Para(((label.strip(), Style.LABEL),), top=3, bottom=2, keep=True))
            items.extend(_text(value, Style.BODY, bottom=5, indent=14))
    return items


def _table(block: Table) -> list[Item]:
    items: list[Item] = []
    if block.caption.strip():
        items.extend(_text(block.caption, Style.CAPTION, top=4, bottom=2, keep=True))
    cells = tuple(tuple(LINE_BREAK.join(paragraphs(c)) for c in row) for row in block.rows)
    if block.headers or any(cells):  # a table of no columns at all is left out
        rows = (tuple(one_line(h) for h in block.headers), *cells)
        items.append(Grid(rows, widths=block.widths))
    return items


def _chart(block: WellbeingChart) -> list[Item]:
    return [
        *_text(block.title, Style.CHART_TITLE, top=8, bottom=4, keep=True),
        Picture(block),
        *_text(block.summary, Style.MUTED),
    ]


def _block(block: Block) -> list[Item]:
    if isinstance(block, BreakBlock):
        return [PageBreak()]
    if isinstance(block, Heading):
        return [_heading(block)]
    if isinstance(block, Paragraph):
        return _text(block.text, Style.MUTED if block.muted else Style.BODY)
    if isinstance(block, FieldList):
        return _fields(block)
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, WellbeingChart):
        return _chart(block)
    raise TypeError(f"unknown block type {type(block).__name__}")


def plan(doc: Document) -> list[list[Item]]:
    """The items to print, in groups: a header (the title, and the details in a line
    or two: no cover page of its own), then one per block of `doc`."""
    return list(groups(doc))


def groups(doc: Document) -> Iterator[list[Item]]:
    """plan(), one group at a time."""
    header: list[Item] = [Para(((one_line(doc.title), Style.HEADING_1),), bottom=2)]
    if doc.details:
        line = "   ·   ".join(f"{label}: {one_line(value)}" for label, value in doc.details)
        header.append(Para(((line, Style.MUTED),), bottom=4))
    header.append(Rule(bottom=8))
    yield header
    for block in doc.blocks:
        yield _block(block)
