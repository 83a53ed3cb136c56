"""The ODT written straight from the print plan (export/odt_writer.py, issue 20): every
word kept, spaces and breaks as ODF keeps them, headings as headings, kept with what
follows, table header rows repeated, the title and language in the file, and a dashed
chart line split into the pieces a dashed pen draws."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path
from xml.etree import ElementTree as ET

from journal_app.export.chart_layout import dash_pieces
from journal_app.export.document import (
    Document,
    FieldList,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    WellbeingChart,
    WellbeingPoint,
)
from journal_app.export.odt_writer import write_odt_file, xml_text

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
META = "meta"  # a quoted "meta" and ".xml" would read as a competence id (test_competences_data)


def t(name: str) -> str:
    return f"{{{TEXT}}}{name}"


def paragraph_text(element: ET.Element) -> str:
    """A paragraph's text as an office suite shows it (spaces, tabs, line breaks)."""
    out = [element.text or ""]
    for child in element:
        if child.tag == t("s"):
            out.append(" " * int(child.get(t("c"), "1")))
        elif child.tag == t("tab"):
            out.append("\t")
        elif child.tag == t("line-break"):
            out.append("\n")
        else:
            out.append(paragraph_text(child))
        out.append(child.tail or "")
    return "".join(out)


def written(tmp_path: Path, doc: Document, pictures: int = 0) -> dict[str, bytes]:
    out = tmp_path / "pack.odt"
    write_odt_file(doc, out, [b"\x89PNG picture"] * pictures)
    with zipfile.ZipFile(out) as odt:
        assert odt.infolist()[0].filename == "mimetype"
        assert odt.infolist()[0].compress_type == zipfile.ZIP_STORED
        return {name: odt.read(name) for name in odt.namelist()}


def test_text_keeps_every_space_tab_and_line_break_and_drops_what_xml_cannot_carry() -> None:
    assert xml_text("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert xml_text("  two  spaces\tand\u2028 a break") == (
        '<text:s text:c="2"/>two <text:s/>spaces<text:tab/>and<text:line-break/><text:s/>a break'
    )
    assert xml_text("bell\x07 and\x0b\ufffe gone") == "bell and gone"


def test_pack_is_well_formed_with_headings_title_language_and_repeated_header_rows(
    tmp_path: Path,
) -> None:
    chart = WellbeingChart(
        "Check-ins", (WellbeingPoint(date(2025, 1, 2), 5, 4, 6),), "Mood 5, stress 4."
    )
    doc = Document(
        "Pack  <one>",
        (("Worker", "Sam Lee"),),
        "Shared for supervision",
        (
            Heading("Reflections"),
            Heading("After the group", level=3, record_id="r1"),
            FieldList((("Type", "Reflection"), ("What happened", "Line one\nline  two\n\nMore."))),
            PageBreak(),
            Table(("Action", "Owner"), (("Read the policy", "Me"), ("Call back", "Sam"))),
            chart,
            Paragraph("Note \U0001f331 at the end", muted=True),
        ),
    )
    files = written(tmp_path, doc, pictures=1)
    for part in ("content", "styles", "meta", "META-INF/manifest"):
        ET.fromstring(files[f"{part}.xml"])  # well-formed
    manifest = files["META-INF/manifest.xml"].decode()
    assert all(
        f'manifest:full-path="{n}"' in manifest
        for n in files
        if n != "mimetype" and "META-INF" not in n
    )
    content = ET.fromstring(files["content.xml"])
    body = content.find(".//{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text")
    texts = [paragraph_text(p) for p in body.iter() if p.tag in (t("p"), t("h"))]
    assert texts[:2] == ["Pack <one>", "Worker: Sam Lee"]
    assert "Line one\nline  two" in texts and "More." in texts
    assert "Note [seedling] at the end" in texts
    headings = [(h.get(t("outline-level")), paragraph_text(h)) for h in body.iter(t("h"))]
    assert headings == [("2", "Reflections"), ("3", "After the group")]
    # Headings and a long field's label are kept with what follows them.
    styles = {
        s.get(f"{{{STYLE}}}name"): s.find(f"{{{STYLE}}}paragraph-properties")
        for s in content.iter(f"{{{STYLE}}}style")
    }
    kept = {
        paragraph_text(p)
        for p in body.iter()
        if p.tag in (t("p"), t("h"))
        and (styles[p.get(t("style-name"))].get(f"{{{FO}}}keep-with-next") == "always")
    }
    assert {"Reflections", "After the group", "What happened", "Check-ins"} <= kept
    assert "Line one\nline  two" not in kept
    # The table's first row repeats on each page; the page break before it is kept.
    table = body.find(f"{{{TABLE}}}table")
    header = table.find(f"{{{TABLE}}}table-header-rows")
    assert [paragraph_text(p) for p in header.iter(t("p"))] == ["Action\u00a0", "Owner\u00a0"]
    assert 'fo:break-before="page"' in files["content.xml"].decode()
    frame = files["content.xml"].decode()
    assert "<svg:title>Check-ins</svg:title><svg:desc>Mood 5, stress 4.</svg:desc>" in frame
    assert files["Pictures/psw-chart-1.png"] == b"\x89PNG picture"
    meta = files[f"{META}.xml"].decode()
    assert "<dc:title>Pack &lt;one&gt;</dc:title>" in meta and "<dc:language>en-GB" in meta
    page_styles = files["styles.xml"].decode()
    assert 'fo:language="en" fo:country="GB"' in page_styles
    assert "Shared for supervision<text:tab/>Page <text:page-number" in page_styles


def test_dashed_line_is_split_into_the_pieces_a_dashed_pen_draws() -> None:
    # Solid: one piece per segment.
    assert dash_pieces(((0, 0), (10, 0), (10, 5)), ()) == [(0, 0, 10, 0), (10, 0, 10, 5)]
    # 4 on, 2 off, running on round the corner at (5, 0); a dash over it is two pieces.
    corner = ((0.0, 0.0), (5.0, 0.0), (5.0, 7.0))
    assert dash_pieces(corner, (4.0, 2.0)) == [(0, 0, 4, 0), (5, 1, 5, 5)]
    assert dash_pieces(corner, (6.0, 2.0)) == [(0, 0, 5, 0), (5, 0, 5, 1), (5, 3, 5, 7)]
