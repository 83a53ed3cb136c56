"""The supervision pack as one standalone HTML5 page: embedded CSS, no scripts, no
external resources, every piece of text escaped, the wellbeing chart as inline SVG."""

from __future__ import annotations

from html import escape as _escape_html

from journal_app.domain.text import printable
from journal_app.export.chart_layout import Area, Mark, Shape, Stroke, draw_chart
from journal_app.export.document import (
    Block,
    Document,
    FieldList,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    WellbeingChart,
)

# Nothing may load or run: the page is a document, not an app.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f3f1; color: #1f1f1f;
  font: 11pt/1.5 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans",
  sans-serif; }
main { max-width: 52rem; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.12); }
.title-page { border-bottom: 2px solid #2b4a6f; padding-bottom: 1.25rem; margin-bottom: 1.5rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 1rem; color: #1c3552; }
h2 { font-size: 1.35rem; color: #1c3552; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem;
  border-bottom: 1px solid #c9d3df; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 0.3rem; }
h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 0.7rem; }
.text { white-space: pre-line; overflow-wrap: anywhere; }
.muted { color: #5a5a5a; font-size: 0.92em; }
dl { margin: 0 0 1rem; }
.details { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.25rem; }
.details dt { font-weight: 600; color: #444; }
.details dd { margin: 0; }
.fields > div { display: grid; grid-template-columns: 11rem 1fr; gap: 0 1rem;
  padding: 0.3rem 0; border-top: 1px solid #eee; break-inside: avoid; }
.fields > div:first-child { border-top: 0; }
.fields dt { font-weight: 600; color: #333; }
.fields dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1.25rem; font-size: 0.95em; }
caption { caption-side: top; text-align: left; font-style: italic; color: #444;
  padding-bottom: 0.3rem; }
th, td { border: 1px solid #9aa5b1; padding: 0.35rem 0.55rem; text-align: left;
  vertical-align: top; white-space: pre-line; overflow-wrap: break-word; hyphens: manual; }
thead th { background: #e8edf3; font-weight: 600; }
tbody tr:nth-child(even) td { background: #f8f9fb; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
figure { margin: 1rem 0 1.5rem; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 0.4rem; }
figure svg { display: block; width: 100%; height: auto; max-width: 44rem; }
.page-footer { max-width: 52rem; margin: 0 auto 2rem; padding: 0.75rem 3rem 0;
  border-top: 1px solid #bbb; color: #444; font-size: 0.9em; }
@media (max-width: 40rem) {
  main { margin: 0; padding: 1.25rem; box-shadow: none; }
  .fields > div { grid-template-columns: 1fr; }
  .page-footer { padding: 0.75rem 1.25rem 0; }
}
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .title-page { break-after: page; border-bottom: 0; padding-top: 30%; }
  h1 { font-size: 24pt; }
  .page-footer { max-width: none; margin: 1.5rem 0 0; padding: 0.5rem 0 0; }
}
"""


def escape(text: str) -> str:
    """HTML-escaped, with control characters as visible symbols (domain/text.py)."""
    return _escape_html(printable(text))


def _text(text: str) -> str:
    """Escaped text; line breaks are kept by the `white-space: pre-line` style."""
    return escape(text.replace("\r\n", "\n").replace("\r", "\n").strip("\n"))


def _css_string(text: str) -> str:
    """A CSS string literal that cannot end the string or the style element."""
    return (
        '"'
        # A hex escape swallows one space after it, so each carries its own: without
        # it "Confidential: shared" printed as "Confidential:shared".
        + "".join(ch if ch.isalnum() or ch == " " else f"\\{ord(ch):06x} " for ch in text)
        + '"'
    )


def _print_css(footer: str) -> str:
    # CSS paged media puts the footer and page number in every printed page's margin
    # (Chrome 131+, Edge, print engines); other browsers print the footer once, at the end.
    line = " ".join(footer.split())
    return (
        "@media print { hr.page-break { break-after: page; border: 0; margin: 0; } }\n"
        "@page { size: A4; margin: 18mm 18mm 22mm;\n"
        f"  @bottom-left {{ content: {_css_string(line)}; font-size: 8.5pt; color: #444; }}\n"
        '  @bottom-right { content: "Page " counter(page) " of " counter(pages);'
        " font-size: 8.5pt; color: #444; }\n}\n"
    )


def _n(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _shape_svg(shape: Shape) -> str:
    if isinstance(shape, Area):
        points = " ".join(f"{_n(x)},{_n(y)}" for x, y in shape.points)
        return (
            f'<polygon points="{points}" fill="{shape.colour}" '
            f'fill-opacity="{shape.opacity:g}" stroke="none"/>'
        )
    if isinstance(shape, Stroke):
        points = " ".join(f"{_n(x)},{_n(y)}" for x, y in shape.points)
        dash = ""
        if shape.dashes:
            dash = f' stroke-dasharray="{" ".join(_n(d * shape.width) for d in shape.dashes)}"'
        return (
            f'<polyline points="{points}" fill="none" stroke="{shape.colour}" '
            f'stroke-width="{_n(shape.width)}"{dash}/>'
        )
    if isinstance(shape, Mark):
        if shape.kind == "circle":
            return (
                f'<circle cx="{_n(shape.x)}" cy="{_n(shape.y)}" r="{_n(shape.radius)}" '
                f'fill="{shape.colour}"/>'
            )
        corners = " ".join(f"{_n(x)},{_n(y)}" for x, y in shape.outline())
        return f'<polygon points="{corners}" fill="{shape.colour}"/>'
    return (
        f'<text x="{_n(shape.x)}" y="{_n(shape.y)}" text-anchor="{shape.anchor}" '
        f'fill="{shape.colour}">{escape(shape.text)}</text>'
    )


def chart_svg(chart: WellbeingChart, chart_id: str) -> str:
    """The chart as inline SVG; its title, description and label give the summary."""
    drawing = draw_chart(chart)
    label = escape(": ".join(text for text in (chart.title, chart.summary) if text))
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(drawing.width)} '
            f'{_n(drawing.height)}" role="img" aria-label="{label}" '
            f'aria-describedby="{chart_id}-desc" font-size="{_n(drawing.font_size)}" '
            'font-family="Segoe UI, Helvetica Neue, Arial, Liberation Sans, sans-serif" '
            'stroke-linecap="round" stroke-linejoin="round">',
            f'<title id="{chart_id}-title">{escape(chart.title)}</title>',
            f'<desc id="{chart_id}-desc">{escape(chart.summary)}</desc>',
            *(_shape_svg(shape) for shape in drawing.shapes),
            "</svg>",
        ]
    )


def table_html(block: Table, rows: slice | None = None) -> str:
    """The table; only `rows` of it when given, and then the caption and column
    titles only with the first row (the preview shows a long table in parts)."""
    width = max([len(block.headers)] + [len(row) for row in block.rows])
    headers = list(block.headers) + [""] * (width - len(block.headers))
    head = rows is None or not rows.start
    out = ["<table>"]
    if block.caption.strip() and head:
        out.append(f"<caption>{_text(block.caption)}</caption>")
    if len(block.widths) == width:  # tables of one kind line up
        out.append(
            "<colgroup>"
            + "".join(f'<col style="width: {_n(w)}%">' for w in block.widths)
            + "</colgroup>"
        )
    if head:
        out.append("<thead><tr>" + "".join(f'<th scope="col">{_text(h)}</th>' for h in headers))
        out.append("</tr></thead>")
    out.append("<tbody>")
    for row in block.rows[rows or slice(None)]:
        cells = list(row) + [""] * (width - len(row))
        out.append("<tr>" + "".join(f"<td>{_text(c)}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def block_html(block: Block, number: int) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{escape(' '.join(block.text.split()))}</h{level}>"
    if isinstance(block, Paragraph):
        muted = " muted" if block.muted else ""
        return f'<p class="text{muted}">{_text(block.text)}</p>'
    if isinstance(block, FieldList):
        items = "\n".join(
            f'<div><dt>{escape(label)}</dt><dd class="text">{_text(value)}</dd></div>'
            for label, value in block.items
        )
        return f'<dl class="fields">\n{items}\n</dl>'
    if isinstance(block, Table):
        return table_html(block)
    if isinstance(block, PageBreak):
        return '<hr class="page-break">'
    if isinstance(block, WellbeingChart):
        chart_id = f"chart-{number}"
        return (
            f'<figure class="chart" aria-labelledby="{chart_id}-caption">\n'
            f'<figcaption id="{chart_id}-caption">{escape(block.title)}</figcaption>\n'
            f"{chart_svg(block, chart_id)}\n"
            f'<p class="text muted">{_text(block.summary)}</p>\n</figure>'
        )
    raise TypeError(f"unknown block type {type(block).__name__}")


def render_html(doc: Document) -> str:
    """The whole document as a standalone HTML5 page."""
    return page_html(doc, "\n".join(block_html(block, n) for n, block in enumerate(doc.blocks, 1)))


def page_html(doc: Document, body: str, title_page: bool = True, footer: bool = True) -> str:
    """A standalone page of `doc`'s with `body` (blocks' HTML) in it; the title page
    and the footer unless told otherwise (export/html_parts.py makes the parts)."""
    details = "\n".join(
        f"<dt>{escape(label)}</dt><dd>{escape(' '.join(value.split()))}</dd>"
        for label, value in doc.details
    )
    top = (
        '<header class="title-page">\n'
        f"<h1>{escape(' '.join(doc.title.split()))}</h1>\n"
        + (f'<dl class="details">\n{details}\n</dl>\n' if details else "")
        + "</header>\n"
    )
    bottom = f'<footer class="page-footer"><p class="text">{_text(doc.footer)}</p></footer>\n'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="PSW Journal">\n'
        f"<title>{escape(' '.join(doc.title.split()))}</title>\n"
        f"<style>{_CSS}{_print_css(doc.footer)}</style>\n"
        "</head>\n<body>\n<main>\n" + (top if title_page else "") + f"{body}\n"
        "</main>\n" + (bottom if footer else "") + "</body>\n</html>\n"
    )
