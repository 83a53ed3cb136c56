"""A long PDF's pages are cut where Qt's layout put its page breaks (issue 20).

Qt holds the page height as a fixed-point number (1/64 of a device unit, cut down):
3011.921875 where A4's body is 3011.937 units at 300 dpi. The pages were sliced at the
exact height, so each page began 0.015 units lower than Qt's: from about page 67 the
first line of every page was also drawn at the foot of the page before (hidden in the
margin, but read twice by search, copy and screen readers), and by page 2,500 of the
all-full pack at 100,000 records the top of that line showed at the foot of the page."""

from __future__ import annotations

import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest

from journal_app.export.document import Document, Paragraph
from journal_app.export.formats import write_document


@pytest.fixture(autouse=True)
def _widgets_app(qapp, monkeypatch: pytest.MonkeyPatch):
    """pytest-qt's QApplication first (widget tests later in the run need one); PDF
    layout headless."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return qapp


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_no_line_is_drawn_at_the_foot_of_a_page_and_again_on_the_next(tmp_path: Path) -> None:
    # About 90 pages of numbered one-line paragraphs: every page starts with a line Qt
    # moved to the top of a new page.
    lines = [f"Line {n} of the long document." for n in range(1, 4_501)]
    doc = Document("Long", (), "Footer", tuple(Paragraph(line) for line in lines))
    out = tmp_path / "long.pdf"
    write_document(doc, "pdf", out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [
        [line.strip() for line in page.splitlines() if line.strip().startswith("Line ")]
        for page in text.split("\f")
        if page.strip()
    ]
    assert len(pages) > 80
    shown = [line for page in pages for line in page]
    assert shown == lines  # each once, in order
    for before, after in pairwise(pages):
        assert before[-1] != after[0]
