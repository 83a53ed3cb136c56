"""One document model for every export format: a title page's details, a footer and
a flat list of blocks. The supervision pack (services.pack) builds it; the renderers
(markdown, html, and the Qt text document for PDF and ODT) only lay it out, so what
the preview shows is exactly what every format writes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 1 is the document title's level; sections use 2, records 3
    record_id: str = ""  # the record a level-3 heading starts (never rendered)


@dataclass(frozen=True)
class Paragraph:
    text: str  # plain text; line breaks are kept
    muted: bool = False  # explanatory notes (smaller, grey in print)


@dataclass(frozen=True)
class FieldList:
    """Label and text pairs, as a record's fields are shown (text may span lines)."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    # Column widths in percent, () for widths from the text. Tables of one kind share
    # them (the open and done actions), so their columns line up.
    widths: tuple[float, ...] = ()


Range = tuple[float, float] | None  # a score's lowest and highest in a week or month


@dataclass(frozen=True)
class WellbeingPoint:
    """One check-in's scores; or, in an averaged chart, the means of a week's or a
    month's check-ins dated at its first day, with each score's range (None where no
    check-in of the period gave that score)."""

    day: date
    mood: float | None
    stress: float | None
    energy: float | None
    ranges: tuple[Range, Range, Range] = (None, None, None)


@dataclass(frozen=True)
class WellbeingChart:
    """Check-in scores (1 to 10) over the period; `summary` is the text alternative
    shown under the chart and in formats without pictures. `averaged` is "" when each
    point is a check-in, else "week" or "month": each point is that period's means."""

    title: str
    points: tuple[WellbeingPoint, ...]
    summary: str
    averaged: str = ""


def field_label(label: str) -> str:
    """A label before its value: "Owner:", but a question keeps its own mark ("What?")."""
    label = label.strip()
    return label if label.endswith(("?", ":")) else f"{label}:"


@dataclass(frozen=True)
class PageBreak:
    """What follows starts a new page in print (PDF, ODT, printed HTML); a rule in
    Markdown. After the pack's first-page brief."""


Block = Heading | Paragraph | FieldList | Table | WellbeingChart | PageBreak


@dataclass(frozen=True)
class Document:
    title: str
    details: tuple[tuple[str, str], ...]  # title-page lines: ("Worker", "Sam Lee"), ...
    footer: str  # printed on every page
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every piece of text the document will show, with where it is shown
        ("Reflections > 5 January 2025: After the group > Description"), for the
        identifiable-information check."""
        for _record_id, where, text in self.sources():
            yield where, text

    def sources(self) -> Iterator[tuple[str, str, str]]:
        """texts() with the id of the record each piece comes from ("" for none)."""
        yield "", "Title page", self.title
        for label, value in self.details:
            yield "", f"Title page > {label}", value
        yield "", "Footer", self.footer
        trail: list[str] = []
        record_id = ""
        for block in self.blocks:
            if isinstance(block, Heading):
                del trail[max(0, block.level - 2) :]
                trail.append(block.text)
                record_id = block.record_id
                yield record_id, " > ".join(trail), block.text
                continue
            where = " > ".join(trail) or "Start"
            if isinstance(block, Paragraph):
                yield record_id, where, block.text
            elif isinstance(block, FieldList):
                for label, value in block.items:
                    yield record_id, f"{where} > {label}", value
            elif isinstance(block, Table):
                if block.caption:
                    yield record_id, where, block.caption
                for number, row in enumerate(block.rows, 1):
                    for header, cell in zip(block.headers, row, strict=False):
                        yield record_id, f"{where} > row {number} > {header}", cell
            elif isinstance(block, WellbeingChart):
                yield record_id, where, block.title
                yield record_id, where, block.summary

    def plain_text(self) -> str:
        """All the text, one piece per line (tests and the check read this)."""
        return "\n".join(text for _where, text in self.texts())
