"""The supervision pack as Markdown (CommonMark with GitHub tables). Every piece of the
worker's text is escaped, so it reads as text and can never become a link, an image,
HTML or a heading in whatever the line manager opens it with."""

from __future__ import annotations

import re

from journal_app.domain.text import printable
from journal_app.export.chart_layout import data_headers, data_rows
from journal_app.export.document import (
    Block,
    Document,
    FieldList,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    WellbeingChart,
    field_label,
)

# Characters that mean something anywhere in a line (emphasis, code, links, HTML,
# tables, strikethrough, entities); a backslash makes each a literal character.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
# Bare web addresses that GitHub would turn into links by itself.
_AUTOLINK = re.compile(r"(?i)(?<![\w.])(www)\.|(?<=[a-z])(:)(?=//)")
# Characters that mean something only at the start of a line (headings, quotes, lists,
# setext underlines, ordered lists).
_LINE_START = re.compile(r"^([#>+=-]|\d+(?=[.)]))")


def escape_inline(text: str) -> str:
    """Escape a piece of text that stays inside one line (no line breaks in it)."""
    text = _INLINE.sub(r"\\\1", printable(text))
    return _AUTOLINK.sub(lambda m: f"{m.group(1)}\\." if m.group(1) else "\\:", text)


def _escape_line(line: str) -> str:
    line = escape_inline(line.strip())
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group(1)[0].isdigit():  # "1." or "1)": escape the punctuation after it
        end = match.end()
        return f"{line[:end]}\\{line[end:]}"
    return "\\" + line


def escape_text(text: str) -> list[str]:
    """Escape multi-line text; returns its paragraphs, lines joined by hard breaks."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw.strip():
            lines.append(_escape_line(raw))
        elif lines:
            paragraphs.append("\\\n".join(lines))
            lines = []
    if lines:
        paragraphs.append("\\\n".join(lines))
    return paragraphs


def _heading_text(text: str) -> str:
    # "#" is escaped too, so a trailing "#" is not read as a closing sequence.
    return escape_inline(" ".join(text.split())).replace("#", "\\#")


def _cell(text: str) -> str:
    lines = [escape_inline(line.strip()) for line in text.splitlines() if line.strip()]
    return "<br>".join(lines) or " "


def _table(headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    width = max([len(headers)] + [len(row) for row in rows])
    padded_headers = list(headers) + [""] * (width - len(headers))
    out = [
        "| " + " | ".join(_cell(h) for h in padded_headers) + " |",
        "|" + "|".join("---" for _ in range(width)) + "|",
    ]
    for row in rows:
        cells = list(row) + [""] * (width - len(row))
        out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(out)


def _field_list(block: FieldList) -> list[str]:
    parts: list[str] = []
    for label, value in block.items:
        paragraphs = escape_text(value) or [""]
        first = f"**{escape_inline(field_label(label))}** {paragraphs[0]}".rstrip()
        parts.append(first)
        parts.extend(paragraphs[1:])
    return parts


def _block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 6)
        return [f"{'#' * level} {_heading_text(block.text)}"]
    if isinstance(block, Paragraph):
        paragraphs = escape_text(block.text)
        return [f"*{p}*" for p in paragraphs] if block.muted else paragraphs
    if isinstance(block, FieldList):
        return _field_list(block)
    if isinstance(block, Table):
        parts = [f"*{escape_inline(block.caption.strip())}*"] if block.caption.strip() else []
        return [*parts, _table(block.headers, block.rows)]
    if isinstance(block, PageBreak):
        return ["---"]
    if isinstance(block, WellbeingChart):
        rows = tuple(data_rows(block))
        parts = [f"**{escape_inline(block.title.strip())}**", *escape_text(block.summary)]
        if rows:
            parts.append(_table(data_headers(block), rows))
        return parts
    raise TypeError(f"unknown block type {type(block).__name__}")


def render_markdown(doc: Document) -> str:
    """The whole document as Markdown text, ending with a rule and the footer."""
    parts = [f"# {_heading_text(doc.title)}"]
    if doc.details:
        parts.append(
            "\n".join(
                f"- **{escape_inline(label.strip())}:** {escape_inline(' '.join(value.split()))}"
                for label, value in doc.details
            )
        )
    for block in doc.blocks:
        parts.extend(_block(block))
    parts.append("---")
    parts.extend(f"*{p}*" for p in escape_text(doc.footer))
    return "\n\n".join(parts) + "\n"
