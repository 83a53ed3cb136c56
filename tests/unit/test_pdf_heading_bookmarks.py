"""A heading that wraps over a page break is split in two blocks there, like any
paragraph (qt_builder.split_at_pages); it is still one heading: one bookmark, with its
whole text, opening the page where it starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.export.document import Document, Heading, Paragraph
from journal_app.export.formats import write_document

LONG = " ".join(f"word{n}" for n in range(1, 121))  # a heading of several lines


@pytest.fixture(autouse=True)
def _offscreen(qapp, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return qapp


def page_texts(reader: PdfReader) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def test_a_heading_across_a_page_break_has_one_bookmark_with_its_whole_text(
    tmp_path: Path,
) -> None:
    crossed = 0
    # The heading ends the document (no run to keep it with), starting a few lines
    # lower each time: some of these put it across the first page break.
    for lines in range(30, 90, 10):
        blocks = [Paragraph(f"Line {n}.") for n in range(lines)]
        doc = Document("Pack", (), "Footer", (*blocks, Heading(LONG, 3)))
        out = tmp_path / f"pack{lines}.pdf"
        write_document(doc, "pdf", out)
        reader = PdfReader(str(out))
        texts = page_texts(reader)
        first = next(n for n, text in enumerate(texts) if "word1 " in text)
        crossed += "word120" not in texts[first]
        bookmarks = [item for item in reader.outline if not isinstance(item, list)]
        assert [item.title for item in bookmarks] == [LONG], lines
        assert reader.get_destination_page_number(bookmarks[0]) == first
    assert crossed  # the case was met
