"""The supervision pack as an OpenDocument text file, written straight from the print
plan (export/print_plan.py) as XML, without Qt's text document.

Issue 20: the all-full pack at 100,000 records (5,000 entries, 6.5 million characters)
took 14 s through QTextDocument: typing it in, laying it out, Qt's ODF writer, then an
ElementTree rewrite of the 30 MB content.xml for what Qt's writer could not say. Here
the same paragraphs, spacing, tables and pictures are written as ODF directly, in a
fraction of that. The file has what the rewrite added before (a page style with the
footer and "Page N of M", shaded header rows, ruled lines, alternative text on each
chart, a generic family behind Arial) and what Qt's writer dropped: headings as
headings (a navigator, an outline, PDF bookmarks in an office suite), headings and
labels kept with what follows, table header rows repeated on every page, striped rows,
the document's title and language (meta.xml, en-GB). Pictures (PNG bytes) are drawn
by the caller (qt_document.chart_png): this module imports no Qt."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from journal_app.export.document import Document
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
    column_shares,
    name_pictographs,
    plan,
)

LANGUAGE, COUNTRY = "en", "GB"
HEADER_SHADE, STRIPE_SHADE = "#e8edf3", "#f6f7f9"  # as the PDF's table rows
FONT = "Arial"  # stands for Liberation Sans on Linux; "swiss" is the generic family
WIDTH = 450.0  # points: the text width of A4 and of US Letter with 2.5 cm margins
PT = 0.75  # points per 96-dpi pixel: the plan's lengths are in pixels, as in CSS

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
    ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
    ' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
    ' xmlns:xlink="http://www.w3.org/1999/xlink"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
    ' office:version="1.2"'
)
XML_PARTS = ("content", "styles", "meta")  # each PART.xml
XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
FONT_FACES = (
    "<office:font-face-decls>"
    f'<style:font-face style:name="{FONT}" svg:font-family="{FONT}"'
    ' style:font-family-generic="swiss" style:font-pitch="variable"/>'
    "</office:font-face-decls>"
)

# Characters XML 1.0 cannot carry (and vertical tab and form feed), left out as Qt's
# writer left them out; the breaks in a run of text, and the spaces ODF would collapse.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS = "\t\n\r\u2028\u2029"
_SPECIAL = re.compile(f"([{_BREAKS}])|^( +)|(?<=[{_BREAKS}])( +)|( {{2,}})")


def _spaces(count: int) -> str:
    return "<text:s/>" if count == 1 else f'<text:s text:c="{count}"/>'


def _special(match: re.Match[str]) -> str:
    brk, leading, after_break, run = match.groups()
    if brk is not None:
        return "<text:tab/>" if brk == "\t" else "<text:line-break/>"
    if run is not None:
        return " " + _spaces(len(run) - 1)
    return _spaces(len(leading or after_break))


def xml_text(text: str) -> str:
    """`text` as ODF paragraph content: escaped, with tabs, line breaks and every space
    kept (ODF collapses runs of spaces and drops leading ones)."""
    text = escape(_UNWRITABLE.sub("", text))
    return _SPECIAL.sub(_special, text)


def _pt(pixels: float) -> str:
    return f"{pixels * PT:g}pt"


class _Styles:
    """The automatic styles the body uses, each made the first time it is needed."""

    def __init__(self) -> None:
        self.made: dict[tuple, str] = {}
        self.xml: list[str] = []

    def _named(self, key: tuple, prefix: str, body: str) -> str:
        name = self.made.get(key)
        if name is None:
            name = self.made[key] = f"{prefix}{len(self.made) + 1}"
            self.xml.append(body.replace("@NAME@", name))
        return name

    def text(self, points: float, bold: bool, colour: str) -> str:
        weight = ' fo:font-weight="bold"' if bold else ""
        return self._named(
            ("text", points, bold, colour),
            "PswT",
            '<style:style style:name="@NAME@" style:family="text">'
            f'<style:text-properties style:font-name="{FONT}" fo:font-family="{FONT}"'
            ' style:font-family-generic="swiss" style:font-pitch="variable"'
            f' fo:font-size="{points:g}pt"{weight} fo:color="{colour}"/></style:style>',
        )

    def paragraph(
        self,
        top: float = 0.0,
        bottom: float = 0.0,
        indent: float = 0.0,
        keep: bool = False,
        page_break: bool = False,
        line: str = "118%",
        extra: str = "",
    ) -> str:
        attributes = (
            f'style:line-height="{line}" fo:margin-top="{_pt(top)}"'
            f' fo:margin-bottom="{_pt(bottom)}" fo:margin-left="{_pt(indent)}"'
            + (' fo:keep-with-next="always"' if keep else "")
            + (' fo:break-before="page"' if page_break else "")
            + extra
        )
        return self._named(
            ("paragraph", attributes),
            "PswP",
            '<style:style style:name="@NAME@" style:family="paragraph">'
            f"<style:paragraph-properties {attributes}/></style:style>",
        )

    def cell(self, framed: bool, shade: str) -> str:
        properties = (
            f'fo:border="0.75pt solid {RULE}" fo:padding="3.75pt"'
            if framed
            else 'fo:border="none" fo:padding="2.25pt"'
        ) + (f' fo:background-color="{shade}"' if shade else "")
        return self._named(
            ("cell", properties),
            "PswCell",
            '<style:style style:name="@NAME@" style:family="table-cell">'
            f"<style:table-cell-properties {properties}/></style:style>",
        )

    def table(self) -> str:
        return self._named(
            ("table",),
            "PswTable",
            '<style:style style:name="@NAME@" style:family="table">'
            f'<style:table-properties style:width="{WIDTH:g}pt"'
            ' fo:margin-bottom="7.5pt" table:border-model="collapsing"/></style:style>',
        )

    def column(self, width: float) -> str:
        points = f"{width:.3f}".rstrip("0").rstrip(".")
        return self._named(
            ("column", points),
            "PswColumn",
            '<style:style style:name="@NAME@" style:family="table-column">'
            f'<style:table-column-properties style:column-width="{points}pt"/></style:style>',
        )


class _Body:
    """The <office:text> content, as a list of XML pieces."""

    def __init__(self) -> None:
        self.styles = _Styles()
        self.out: list[str] = []
        self.break_next = False
        self.pictures = 0
        self.text_styles = {style: self.styles.text(*spec) for style, spec in STYLES.items()}

    def page_break(self) -> bool:
        brk, self.break_next = self.break_next, False
        return brk

    def add(self, item: Item) -> None:
        if isinstance(item, Para):
            self.para(item)
        elif isinstance(item, Spacer):
            style = self.styles.paragraph(page_break=self.page_break(), line=_pt(item.height))
            self.out.append(f'<text:p text:style-name="{style}"/>')
        elif isinstance(item, Rule):
            border = f' fo:border-bottom="0.75pt solid {RULE}" fo:padding-bottom="0pt"'
            style = self.styles.paragraph(
                item.top, item.bottom, page_break=self.page_break(), line="2pt", extra=border
            )
            self.out.append(f'<text:p text:style-name="{style}"/>')
        elif isinstance(item, PageBreak):
            self.break_next = True
        elif isinstance(item, Grid):
            self.table(item)
        elif isinstance(item, Picture):
            self.picture(item.chart.title, item.chart.summary)

    def para(self, item: Para) -> None:
        style = self.styles.paragraph(
            item.top, item.bottom, item.indent, item.keep, self.page_break()
        )
        spans = "".join(
            f'<text:span text:style-name="{self.text_styles[run_style]}">'
            f"{xml_text(name_pictographs(text))}</text:span>"
            for text, run_style in item.runs
        )
        if item.heading:
            self.out.append(
                f'<text:h text:style-name="{style}" text:outline-level="{item.heading}">'
                f"{spans}</text:h>"
            )
        else:
            self.out.append(f'<text:p text:style-name="{style}">{spans}</text:p>')

    def table(self, grid: Grid) -> None:
        columns = max(len(row) for row in grid.rows)
        shares = grid.widths or column_shares(grid.rows, columns)
        styles = self.styles
        plain = styles.text(grid.points, False, TEXT)
        bold = styles.text(grid.points, True, TEXT)
        in_cell = styles.paragraph(line="100%")
        if self.page_break():  # a table cannot break a page itself: an empty line can
            self.out.append(f'<text:p text:style-name="{styles.paragraph(page_break=True)}"/>')
        out = [f'<table:table table:style-name="{styles.table()}">']
        out += [
            f'<table:table-column table:style-name="{styles.column(WIDTH * share / 100)}"/>'
            for share in shares
        ]
        for r, row in enumerate(grid.rows):
            shade = "" if not grid.framed or r % 2 else (HEADER_SHADE if r == 0 else STRIPE_SHADE)
            cell_style = styles.cell(grid.framed, shade)
            if grid.framed and r == 0:
                out.append("<table:table-header-rows>")
            out.append("<table:table-row>")
            for c in range(columns):
                strong = (grid.framed and r == 0) or (not grid.framed and c == 0)
                text = row[c] if c < len(row) else ""
                if strong and grid.framed:
                    text += "\u00a0"  # as the PDF has it (a bold heading kept whole)
                out.append(
                    f'<table:table-cell table:style-name="{cell_style}">'
                    f'<text:p text:style-name="{in_cell}">'
                    f'<text:span text:style-name="{bold if strong else plain}">'
                    f"{xml_text(name_pictographs(text))}</text:span></text:p></table:table-cell>"
                )
            out.append("</table:table-row>")
            if grid.framed and r == 0:
                out.append("</table:table-header-rows>")
        out.append("</table:table>")
        self.out.append("".join(out))

    def picture(self, title: str, summary: str) -> None:
        self.pictures += 1
        number = self.pictures
        style = self.styles.paragraph(0, 4, keep=True, page_break=self.page_break(), line="100%")
        height = WIDTH * CHART_SIZE[1] / CHART_SIZE[0]
        self.out.append(
            f'<text:p text:style-name="{style}">'
            f'<draw:frame draw:name="psw-chart-{number}" svg:width="{WIDTH:g}pt"'
            f' svg:height="{height:.3f}pt" text:anchor-type="as-char" draw:z-index="0">'
            f'<draw:image xlink:href="{picture_path(number)}" xlink:type="simple"'
            ' xlink:show="embed" xlink:actuate="onLoad"/>'
            f"<svg:title>{xml_text(title)}</svg:title><svg:desc>{xml_text(summary)}</svg:desc>"
            "</draw:frame></text:p>"
        )


def picture_path(number: int) -> str:
    return f"Pictures/psw-chart-{number}.png"


def content_xml(doc: Document) -> Iterator[str]:
    """content.xml in pieces: the automatic styles, then the body."""
    body = _Body()
    for group in plan(doc):
        for item in group:
            body.add(item)
    yield XML_HEAD
    yield f"<office:document-content {NS}>{FONT_FACES}<office:automatic-styles>"
    yield "".join(body.styles.xml)
    yield "</office:automatic-styles><office:body><office:text>"
    yield from body.out
    yield "</office:text></office:body></office:document-content>"


def styles_xml(footer: str) -> str:
    """The default text (Arial 10.5 pt, British English) and an A4 page with 2.5 cm
    side margins and a footer: the pack's footer text, then "Page N of M" on the right."""
    language = f'fo:language="{LANGUAGE}" fo:country="{COUNTRY}"'
    return (
        f"{XML_HEAD}<office:document-styles {NS}>{FONT_FACES}<office:styles>"
        '<style:default-style style:family="paragraph">'
        f'<style:text-properties style:font-name="{FONT}" fo:font-family="{FONT}"'
        ' style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="10.5pt"'
        f' fo:color="{TEXT}" {language}/></style:default-style>'
        "</office:styles><office:automatic-styles>"
        '<style:page-layout style:name="PswPage"><style:page-layout-properties'
        ' fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm"'
        ' fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"'
        ' style:print-orientation="portrait"/><style:footer-style>'
        '<style:header-footer-properties fo:min-height="1cm" fo:margin-top="0.4cm"'
        f' fo:border-top="0.5pt solid {RULE}" fo:padding-top="0.15cm"/>'
        "</style:footer-style></style:page-layout>"
        '<style:style style:name="PswFooter" style:family="paragraph">'
        '<style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16cm"'
        ' style:type="right"/></style:tab-stops></style:paragraph-properties>'
        f'<style:text-properties style:font-name="{FONT}" fo:font-family="{FONT}"'
        ' style:font-family-generic="swiss" fo:font-size="8pt" fo:color="#555555"/>'
        "</style:style></office:automatic-styles><office:master-styles>"
        '<style:master-page style:name="Standard" style:page-layout-name="PswPage">'
        '<style:footer><text:p text:style-name="PswFooter">'
        f"{xml_text(' '.join(footer.split()))}<text:tab/>Page "
        '<text:page-number text:select-page="current">1</text:page-number> of '
        "<text:page-count>1</text:page-count></text:p></style:footer>"
        "</style:master-page></office:master-styles></office:document-styles>"
    )


def meta_xml(title: str) -> str:
    return (
        f"{XML_HEAD}<office:document-meta {NS}><office:meta>"
        "<meta:generator>PSW Journal</meta:generator>"
        f"<dc:title>{xml_text(' '.join(title.split()))}</dc:title>"
        f"<dc:language>{LANGUAGE}-{COUNTRY}</dc:language>"
        "</office:meta></office:document-meta>"
    )


def manifest_xml(pictures: int) -> str:
    entries = [
        ("/", "application/vnd.oasis.opendocument.text"),
        *((f"{part}.xml", "text/xml") for part in XML_PARTS),
        *((picture_path(n), "image/png") for n in range(1, pictures + 1)),
    ]
    lines = "".join(
        f'<manifest:file-entry manifest:full-path={quoteattr(path)} manifest:media-type="{kind}"/>'
        for path, kind in entries
    )
    return (
        f'{XML_HEAD}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
        f'manifest:1.0" manifest:version="1.2">{lines}</manifest:manifest>'
    )


def write_odt_file(doc: Document, path: Path, pictures: Sequence[bytes]) -> None:
    """Write `doc` to `path` as ODT. `pictures` are the PNG bytes of each chart, in
    document order. content.xml goes into the file a megabyte at a time, never whole."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as odt:
        # The mimetype first and stored, as the ODF package format requires.
        mimetype = b"application/vnd.oasis.opendocument.text"
        odt.writestr(zipfile.ZipInfo("mimetype"), mimetype, zipfile.ZIP_STORED)
        with odt.open(f"{XML_PARTS[0]}.xml", "w") as fh:
            batch: list[str] = []
            size = 0
            for piece in content_xml(doc):
                batch.append(piece)
                size += len(piece)
                if size > 1 << 20:
                    fh.write("".join(batch).encode("utf-8"))
                    batch, size = [], 0
            fh.write("".join(batch).encode("utf-8"))
        for part, data in zip(
            XML_PARTS[1:], (styles_xml(doc.footer), meta_xml(doc.title)), strict=True
        ):
            odt.writestr(f"{part}.xml", data.encode("utf-8"))
        for number, png in enumerate(pictures, 1):
            odt.writestr(picture_path(number), png, zipfile.ZIP_STORED)  # PNG is compressed
        odt.writestr("META-INF/manifest.xml", manifest_xml(len(pictures)).encode("utf-8"))
