"""The PDF's language and bookmarks (export/pdf_finish.py): appended to the file Qt
wrote as an incremental update, Qt's bytes kept as they were (issue 20: rewriting a
3,000-page pack with pypdf took a quarter of its time); a file not laid out as Qt
writes it is rewritten with pypdf, with the same result for a reader."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from journal_app.export import pdf_finish
from journal_app.export.document import Document, FieldList, Heading, Paragraph
from journal_app.export.formats import write_document

FOOTER = "Confidential: shared for supervision"


@pytest.fixture(autouse=True)
def _widgets_app(qapp, monkeypatch: pytest.MonkeyPatch):
    """pytest-qt's QApplication first (widget tests later in the run need one); PDF
    layout headless."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return qapp


def entries(count: int) -> Document:
    blocks: list = [Heading("Summary", 2), Paragraph("The period."), Heading("Reflections", 2)]
    for n in range(1, count + 1):
        blocks.append(Heading(f"Entry {n}: café 🌱 after the group", 3))
        blocks.append(FieldList((("What happened", f"Ran the group (entry {n}).\n" * 6),)))
    blocks.append(Heading("Actions", 2))
    return Document("Pack", (("Worker", "Sam"),), FOOTER, tuple(blocks))


def qt_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doc: Document) -> tuple[bytes, list]:
    """The PDF as Qt wrote it, before finish_pdf, and the headings it was given."""
    seen: list = []

    def keep(path: Path, headings) -> None:
        seen.append((Path(path).read_bytes(), list(headings)))

    monkeypatch.setattr(pdf_finish, "finish_pdf", keep)
    write_document(doc, "pdf", tmp_path / "raw.pdf")
    monkeypatch.undo()
    return seen[0]


def outline(reader) -> list:
    """(title, page index, [(title, page index), ...]) of each top-level bookmark."""
    out: list = []
    for item in reader.outline:
        if isinstance(item, list):
            out[-1][2].extend((i.title, reader.get_destination_page_number(i)) for i in item)
        else:
            out.append((item.title, reader.get_destination_page_number(item), []))
    return out


def test_the_language_and_bookmarks_are_appended_to_the_file_qt_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    raw, headings = qt_pdf(tmp_path, monkeypatch, entries(60))
    out = tmp_path / "pack.pdf"
    out.write_bytes(raw)
    pdf_finish.finish_pdf(out, headings)
    finished = out.read_bytes()
    assert finished.startswith(raw) and len(finished) > len(raw)  # Qt's bytes untouched
    assert finished.rstrip().endswith(b"%%EOF")
    reader = PdfReader(str(out))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB" and root["/PageMode"] == "/UseOutlines"
    bookmarks = outline(reader)
    assert [title for title, _page, _under in bookmarks] == ["Summary", "Reflections", "Actions"]
    under = bookmarks[1][2]
    assert [title for title, _page in under] == [
        f"Entry {n}: café [seedling] after the group" for n in range(1, 61)
    ]
    assert bookmarks[0][1] == 0 and bookmarks[2][1] == len(reader.pages) - 1
    for title, page in (under[0], under[29], under[-1]):  # each opens its heading's page
        text = " ".join((reader.pages[page].extract_text() or "").split())
        assert title.split(":")[0] in text, title
    # The same outline as the pypdf rewrite gives, for a reader.
    again = tmp_path / "rewritten.pdf"
    again.write_bytes(raw)
    pdf_finish._rewrite(again, headings)
    assert outline(PdfReader(str(again))) == bookmarks
    if shutil.which("pdftohtml"):  # poppler follows the update too
        xml = subprocess.run(
            ["pdftohtml", "-q", "-xml", "-i", "-stdout", str(out)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "<outline>" in xml and "Entry 60: café [seedling] after the group" in xml


def test_a_heading_without_text_or_page_gets_no_bookmark(tmp_path: Path, monkeypatch) -> None:
    from pypdf import PdfReader

    raw, _headings = qt_pdf(tmp_path, monkeypatch, entries(1))
    out = tmp_path / "pack.pdf"
    out.write_bytes(raw)
    pdf_finish.finish_pdf(out, [(3, "Before any section", 0), (2, " ", 0), (2, "Far", 99)])
    assert outline(PdfReader(str(out))) == [("Before any section", 0, [])]
    out.write_bytes(raw)
    pdf_finish.finish_pdf(out, [])
    reader = PdfReader(str(out))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB" and reader.outline == []
    assert "/Outlines" not in reader.trailer["/Root"]


def test_a_file_not_laid_out_as_qt_writes_is_rewritten_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    raw, headings = qt_pdf(tmp_path, monkeypatch, entries(5))
    out = tmp_path / "pack.pdf"
    out.write_bytes(raw)
    pdf_finish.finish_pdf(out, [])  # now an updated file: a trailer with /Prev
    pdf_finish.finish_pdf(out, headings)
    reader = PdfReader(str(out))
    assert not out.read_bytes().startswith(raw[:-200])  # rewritten by pypdf
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert [title for title, _page, _under in outline(reader)] == [
        "Summary",
        "Reflections",
        "Actions",
    ]
    assert len(outline(reader)[1][2]) == 5
