"""The supervision pack's four formats: what each writes, what it escapes, and that a
failed write leaves nothing behind and an older file untouched."""

from __future__ import annotations

import html.parser
import os
import re
import shutil
import stat
import subprocess
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from pdf_text import pdf_text

from journal_app.errors import StorageError, ValidationError
from journal_app.export import formats
from journal_app.export.chart_layout import EMPTY_TEXT, Label, Mark, Stroke, draw_chart
from journal_app.export.document import (
    Document,
    FieldList,
    Heading,
    Paragraph,
    Table,
    WellbeingChart,
    WellbeingPoint,
)
from journal_app.export.formats import FORMATS, write_document
from journal_app.export.markdown import render_markdown

FOOTER = "Confidential: shared by Sam Lee for supervision on 4 April 2025"
SCRIPT = "<script>alert('x')</script>"
LINK = "[click here](http://evil.example/x)"
IMAGE = "![pixel](http://evil.example/p.png)"


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """pytest-qt's QApplication, made before an export could start a QGuiApplication
    of its own: widget tests later in the same run need a QApplication."""
    return qapp


@pytest.fixture
def offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDF and ODT need Qt's text layout: headless, with its offscreen platform."""
    pytest.importorskip("PySide6.QtGui")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


needs_qt = pytest.mark.usefixtures("offscreen")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def chart(points: int = 12) -> WellbeingChart:
    start = date(2025, 1, 6)
    return WellbeingChart(
        "Wellbeing check-ins",
        tuple(
            WellbeingPoint(
                start + timedelta(days=7 * k),
                None if k == 4 else 5 + k % 4,
                None if k in (7, 8) else 6 - k % 3,
                None if k == 0 else 4 + (k % 5) / 2,
            )
            for k in range(points)
        ),
        "Weekly averages. Mood: average 6.4. Stress: average 5. Energy: average 5.",
    )


def pack(records: int = 3, actions: int = 6) -> Document:
    blocks: list = [
        Heading("Summary", 2),
        Paragraph("This pack covers January to March.\nIt has two lines."),
        Paragraph("Records marked summary show only their shared summary.", muted=True),
        Heading("Reflections", 2),
    ]
    for n in range(1, records + 1):
        blocks.append(Heading(f"Record {n}: after the group", 3))
        blocks.append(
            FieldList(
                (
                    ("Type", "Reflection"),
                    ("Themes", "boundaries, hope"),
                    (
                        "What happened",
                        f"Ran the group (record {n}).\nShared a little of my story."
                        f"\n\nAfterwards I wondered about it. {SCRIPT} {LINK} {IMAGE}",
                    ),
                )
            )
        )
    blocks.append(Heading("Actions from supervision", 2))
    rows = tuple(
        (f"Action {n}: read the policy | bring questions", "Me", f"2025-02-{n:02d}", "Open")
        for n in range(1, actions + 1)
    )
    blocks.append(Table(("Action", "Owner", "Due", "Status"), rows, caption="Open first"))
    blocks.append(Heading("Wellbeing", 2))
    blocks.append(chart())
    return Document(
        "Supervision pack: January to March 2025",
        (
            ("Worker", "Sam Lee"),
            ("Recipient", "Alex Morgan"),
            ("Period", "1 January 2025 to 31 March 2025"),
            ("Prepared on", "4 April 2025"),
        ),
        FOOTER,
        tuple(blocks),
    )


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, through poppler's pdftotext."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    count = int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, count + 1)
    ]


def odt_text(path: Path) -> str:
    with zipfile.ZipFile(path) as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        return odt.read("content.xml").decode("utf-8")


# --- Markdown ---------------------------------------------------------------------------


def test_markdown_has_every_part_in_order(tmp_path: Path) -> None:
    out = tmp_path / "pack.md"
    write_document(pack(), "md", out)
    text = out.read_text("utf-8")
    assert text.startswith("# Supervision pack: January to March 2025\n")
    assert "- **Worker:** Sam Lee" in text
    assert "\n## Reflections\n" in text and "\n### Record 2: after the group\n" in text
    assert "**What happened:** Ran the group (record 1).\\\nShared a little of my story." in text
    assert "| Action | Owner | Due | Status |" in text
    assert "| Action 3: read the policy \\| bring questions | Me | 2025-02-03 | Open |" in text
    assert "**Wellbeing check\\-ins**" in text or "**Wellbeing check-ins**" in text
    assert "| 3 Feb | – | 5 | 6 |" in text  # a missing mood score
    assert text.rstrip().endswith(f"---\n\n*{FOOTER}*")


def test_markdown_escapes_links_images_html_and_line_starts() -> None:
    doc = Document(
        "Pack",
        (),
        "Footer",
        (
            Paragraph(f"{LINK} {IMAGE} {SCRIPT} <http://evil.example> www.evil.example"),
            Paragraph("# not a heading\n- not a list\n1. not numbered\n> not a quote"),
            FieldList((("Note", "[x]: http://evil.example/ref"),)),
        ),
    )
    text = render_markdown(doc)
    # No bracket, angle bracket or "www." left unescaped, so no link, image, autolink,
    # reference definition or HTML can form.
    assert not re.search(r"(?<!\\)[\[\]<>]", text)
    assert "www.evil" not in text and "http://" not in text
    assert "\\[click here\\](http\\://evil.example/x)" in text
    assert "\\# not a heading\\\n\\- not a list\\\n1\\. not numbered\\\n\\> not a quote" in text


# --- HTML -------------------------------------------------------------------------------


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_a_standalone_page_with_escaped_text_and_an_svg_chart(tmp_path: Path) -> None:
    out = tmp_path / "pack.html"
    write_document(pack(), "html", out)
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    parser = _Tags()
    parser.feed(page)
    names = [tag for tag, _ in parser.tags]
    assert ("html", {"lang": "en-GB"}) in parser.tags
    assert "script" not in names and "img" not in names and "link" not in names
    assert not any("src" in attrs or "href" in attrs for _, attrs in parser.tags)
    # The worker's text arrives as text, never as markup.
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<script" not in page.lower()
    text = "".join(parser.text)
    assert SCRIPT in text and "Sam Lee" in text and FOOTER in text
    assert names.count("th") == 4 and names.count("tr") == 7
    svg = next(attrs for tag, attrs in parser.tags if tag == "svg")
    assert svg["role"] == "img" and "Mood: average 6.4" in (svg["aria-label"] or "")
    assert "@media print" in page and "counter(pages)" in page
    # Mood, stress and energy: lines broken where a score is missing, one marker each.
    assert names.count("polygon") > 0 and names.count("circle") == 11 + 1


def test_html_print_footer_cannot_break_out_of_the_style_element() -> None:
    from journal_app.export.html import render_html

    doc = Document("Pack", (), 'Shared by "Sam" </style><script>x</script>', ())
    page = render_html(doc)
    style = page[page.index("<style>") : page.index("</style>") + len("</style>")]
    assert style.count("</style>") == 1 and "<script" not in page


# --- The chart's shapes -----------------------------------------------------------------


def test_chart_breaks_a_line_where_a_score_is_missing() -> None:
    drawing = draw_chart(chart())
    mood = [s for s in drawing.shapes if isinstance(s, Stroke) and s.colour == "#0072B2"]
    marks = [s for s in drawing.shapes if isinstance(s, Mark) and s.colour == "#0072B2"]
    # Two runs of mood (before and after the missing 5th week) and the legend's swatch.
    assert sorted(len(s.points) for s in mood) == [2, 4, 7]
    assert len(marks) == 11 + 1
    assert not any(isinstance(s, Label) and s.text == EMPTY_TEXT for s in drawing.shapes)


def test_chart_without_scores_says_so() -> None:
    empty = WellbeingChart("Check-ins", (WellbeingPoint(date(2025, 1, 1), None, None, None),), "")
    texts = [s.text for s in draw_chart(empty).shapes if isinstance(s, Label)]
    assert EMPTY_TEXT in texts


# --- PDF and ODT ------------------------------------------------------------------------


@needs_qt
@needs_poppler
def test_pdf_has_a_header_text_table_chart_and_footer_on_every_page(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    write_document(pack(records=40, actions=30), "pdf", out)
    pages = pdf_pages(out)
    assert len(pages) >= 3
    assert "Supervision pack" in pages[0] and "Alex Morgan" in pages[0]
    # No cover page of its own: the details are a header above the content.
    assert "Summary" in pages[0]
    for number, text in enumerate(pages, 1):
        assert " ".join(FOOTER.split()) in " ".join(text.split()), f"no footer on page {number}"
        assert f"Page {number} of {len(pages)}" in text
    everything = "\n".join(pages)
    # Each heading once: no hidden copy of a page's first line at the foot of the last.
    assert all(everything.count(f"Record {n}: after") == 1 for n in range(1, 41))
    # And each paragraph once: one that runs over a page break is not drawn again,
    # hidden in the next page's top margin (Qt draws one line above the clip).
    assert " ".join(everything.split()).count("Afterwards I wondered") == 40
    assert "What happened" in everything and "Ran the group (record 40)." in everything
    assert SCRIPT in " ".join(everything.split())
    assert "Action 30: read the policy | bring questions" in everything
    assert everything.count("Status") >= 2  # the header row repeats on a new page
    # The chart is vector text and lines, so its legend is text in the PDF.
    last = pages[-1]
    assert "Mood" in last and "Stress" in last and "Energy" in last and "24 Mar" in last


@needs_qt
@needs_poppler
def test_pdf_keeps_headings_and_labels_with_what_follows(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    write_document(pack(records=60, actions=3), "pdf", out)
    for number, text in enumerate(pdf_pages(out)[1:-1], 2):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        last = lines[lines.index(next(line for line in lines if line.startswith("Confidential")))]
        before = lines[lines.index(last) - 1]
        assert not before.startswith("Record "), f"a heading ends page {number}"
        assert before not in ("What happened", "Reflections"), f"a label ends page {number}"


@needs_qt
def test_odt_has_the_text_a_picture_of_the_chart_and_a_footer_on_every_page(
    tmp_path: Path,
) -> None:
    out = tmp_path / "pack.odt"
    write_document(pack(), "odt", out)
    content = odt_text(out)
    for expected in ("Supervision pack: January to March 2025", "Sam Lee", "What happened"):
        assert expected in content
    assert "Action 6: read the policy | bring questions" in content
    assert "&lt;script&gt;" in content and "<script" not in content
    assert content.count("<table:table ") == 1  # the actions (the details are a header line)
    assert "<draw:image" in content
    with zipfile.ZipFile(out) as odt:
        assert any(name.startswith("Pictures/") for name in odt.namelist())
    with zipfile.ZipFile(out) as odt:
        names = odt.namelist()
        styles = odt.read("styles.xml").decode("utf-8")
        manifest = odt.read("META-INF/manifest.xml").decode("utf-8")
        first = odt.infolist()[0]
    # The page style's footer repeats on every page, with the page number and count.
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert "styles.xml" in names and 'manifest:full-path="styles.xml"' in manifest
    footer = styles[styles.index("<style:footer>") : styles.index("</style:footer>")]
    assert FOOTER in footer and "<text:page-number" in footer and "<text:page-count" in footer
    assert FOOTER not in content  # no longer a last paragraph of its own
    # Framed tables shade their header row; the chart has a title and description.
    assert 'fo:background-color="#e8edf3"' in content
    assert "<svg:title>" in content and "<svg:desc>" in content
    assert 'style:font-family-generic="swiss"' in content
    # The header's rule (which Qt's writer drops) is a paragraph border.
    assert 'fo:border-bottom="0.75pt solid #9aa5b1"' in content and "psw-rule" not in content


# --- Writing safely ---------------------------------------------------------------------


def test_unknown_format_is_a_validation_error_naming_format(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        write_document(pack(), "docx", tmp_path / "pack.docx")
    assert caught.value.field == "format"
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("fmt", FORMATS)
def test_written_file_is_private_and_complete(fmt: str, tmp_path: Path, request) -> None:
    if fmt in ("pdf", "odt"):
        request.getfixturevalue("offscreen")
    out = tmp_path / f"pack.{fmt}"
    out.write_bytes(b"an older pack")
    write_document(pack(), fmt, out)
    assert out.read_bytes() != b"an older pack"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("fmt", FORMATS)
def test_failed_replace_leaves_the_old_file_and_no_temp_files(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request
) -> None:
    if fmt in ("pdf", "odt"):
        request.getfixturevalue("offscreen")
    out = tmp_path / f"pack.{fmt}"
    out.write_bytes(b"an older pack")

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(formats.os, "replace", refuse)
    with pytest.raises(StorageError, match="disk is full"):
        write_document(pack(), fmt, out)
    assert out.read_bytes() == b"an older pack"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_folder_that_is_a_file_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("keep me")
    with pytest.raises(StorageError, match=r"not-a-folder|pack\.md"):
        write_document(pack(), "md", blocker / "pack.md")
    assert blocker.read_text() == "keep me"


@needs_qt
def test_renderer_failing_halfway_removes_its_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.export import qt_document

    out = tmp_path / "pack.pdf"
    out.write_bytes(b"an older pack")

    def half_written(doc: Document, path: Path) -> None:
        path.write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("the renderer broke")

    monkeypatch.setattr(qt_document, "write_pdf", half_written)
    with pytest.raises(RuntimeError):
        write_document(pack(), "pdf", out)
    assert out.read_bytes() == b"an older pack"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_html_tables_break_only_words_too_long_for_a_column():
    """'overflow-wrap: anywhere' lets a browser shrink a column below its longest word
    and split "Owner" into "Own|er"; break-word splits only a word that cannot fit."""
    from journal_app.export.html import _CSS

    rule = next(line for line in _CSS.splitlines() if line.startswith("  vertical-align: top"))
    assert "overflow-wrap: break-word" in rule and "anywhere" not in rule


def test_the_printed_html_footer_keeps_its_spaces():
    from journal_app.export.html import _css_string

    # A CSS hex escape swallows one following space: each escape brings its own.
    assert _css_string("Confidential: shared") == '"Confidential\\00003a  shared"'


@needs_qt
def test_pdf_has_its_language_and_a_bookmark_for_every_heading(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "pack.pdf"
    write_document(pack(records=40, actions=3), "pdf", out)
    reader = PdfReader(str(out))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    outline = reader.outline
    sections = [item for item in outline if not isinstance(item, list)]
    assert [s.title for s in sections][:2] == ["Summary", "Reflections"]
    entries = outline[outline.index(sections[1]) + 1]  # the entries under "Reflections"
    assert len(entries) == 40 and entries[0].title.startswith("Record 1: after")
    # Each bookmark opens the page its heading is on.
    for item in (sections[1], entries[0], entries[-1]):
        page = reader.get_destination_page_number(item)
        text = " ".join((reader.pages[page].extract_text() or "").split())
        assert item.title.split(":")[0] in text, item.title


@needs_qt
@pytest.mark.parametrize("fmt", ["pdf", "odt"])
def test_emoji_keep_their_meaning_in_pdf_and_odt_text(tmp_path: Path, fmt: str) -> None:
    """An emoji became an image or an empty box and left the text layer: now its name."""
    doc = Document("Pack", (), "Footer", (Paragraph("Feeling hopeful 🌱 with a ☕, café – €5"),))
    out = tmp_path / f"pack.{fmt}"
    write_document(doc, fmt, out)
    if fmt == "pdf":
        text = " ".join(pdf_text(out).split())
    else:
        text = odt_text(out)
    assert "Feeling hopeful [seedling] with a [hot beverage], café – €5" in text
