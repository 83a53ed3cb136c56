"""A long PDF is laid out and painted in pieces on threads and joined (issue 20:
export/qt_halves.py, qt_parts.py, pdf_join.py). What a reader gets is the PDF of the
document laid out whole: the same pages, each with the same text, "Page N of M"
straight through, bookmarks opening the pages their headings are on, and no file
of a piece left beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.export import qt_halves
from journal_app.export.document import Document, FieldList, Heading, Paragraph
from journal_app.export.formats import write_document


@pytest.fixture(autouse=True)
def _offscreen(qapp, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return qapp


def pack(count: int) -> Document:
    blocks: list = [Heading("Reflections", 2)]
    for n in range(1, count + 1):
        blocks.append(Heading(f"Entry {n}: after the group", 3))
        text = f"Ran the group with care (entry {n}) and wrote it down. " * (1 + n % 7)
        blocks.append(FieldList((("What happened", text), ("Next", f"Plan {n}"))))
        if n % 5 == 0:
            blocks.append(Paragraph(f"A note for entry {n}.\n\nAnd a second paragraph."))
    blocks += [Heading("Actions", 2), Paragraph("Read the policy.")]
    return Document("Supervision pack", (("Worker", "Sam Lee"),), "Shared", tuple(blocks))


def pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def bookmarks(path: Path) -> list[tuple[str, int]]:
    reader = PdfReader(path)
    found = []
    for item in reader.outline:
        for one in item if isinstance(item, list) else [item]:
            found.append((one.title, reader.get_destination_page_number(one)))
    return found


def test_the_pieces_give_the_pages_of_the_document_laid_out_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = tmp_path / "whole.pdf"
    write_document(pack(90), "pdf", whole)
    pieces: list[int] = []
    on_threads = qt_halves._on_threads

    def counted(doc, paths):
        found = on_threads(doc, paths)
        pieces.append(sum(path.exists() for path in paths))
        return found

    monkeypatch.setattr(qt_halves, "THREADS_FROM", 1)
    monkeypatch.setattr(qt_halves, "_on_threads", counted)
    out = tmp_path / "pieces.pdf"
    write_document(pack(90), "pdf", out)
    assert pieces == [3]  # three files joined, two of them gone now
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pieces.pdf", "whole.pdf"]
    got, expected = pages(out), pages(whole)
    assert got == expected and len(got) > 10
    for number, text in enumerate(got, 1):
        assert f"Page {number} of {len(got)}" in text
    assert bookmarks(out) == bookmarks(whole)
    for title, page in bookmarks(out):
        assert title.split(":")[0] in got[page]
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "en-GB"


def test_a_piece_whose_start_moved_is_laid_out_again_in_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = tmp_path / "whole.pdf"
    write_document(pack(30), "pdf", whole)
    check = qt_halves.check_cuts
    calls: list[int] = []

    def moved_once(parts, height):
        calls.append(len(parts))
        if len(calls) == 1:
            raise qt_halves.PartsMoved("moved")
        check(parts, height)

    monkeypatch.setattr(qt_halves, "THREADS_FROM", 1)
    monkeypatch.setattr(qt_halves, "check_cuts", moved_once)
    out = tmp_path / "again.pdf"
    write_document(pack(30), "pdf", out)
    assert len(calls) > 1
    assert pages(out) == pages(whole)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.pdf", "whole.pdf"]


def test_joined_files_keep_every_page_and_font_in_order(tmp_path: Path) -> None:
    from journal_app.export import pdf_finish, qt_document
    from journal_app.export.pdf_join import join_pdfs

    made = []
    for name, words in (("one", "alpha"), ("two", "beta")):
        doc = Document(name, (), "Foot", tuple(Paragraph(f"{words} {n}") for n in range(120)))
        path = tmp_path / f"{name}.pdf"
        finish = pdf_finish.finish_pdf
        pdf_finish.finish_pdf = lambda path, headings: None  # Qt's file as it wrote it
        try:
            qt_document.write_pdf(doc, path)
        finally:
            pdf_finish.finish_pdf = finish
        made.append(path)
    first, second = (len(PdfReader(path).pages) for path in made)
    join_pdfs(made[0], made[1])
    text = pages(made[0])
    assert len(text) == first + second
    assert "alpha 0" in text[0] and "beta 119" in text[-1]
    data = made[0].read_bytes()
    names = re.findall(rb"/FontName\s*/([A-Z]{6}\+[\w-]+)", data)
    assert len(names) == len(set(names)) >= 2  # each subset named apart
    # A file not laid out as Qt writes it is joined by pypdf, the same pages.
    from pypdf import PdfWriter

    other = tmp_path / "other.pdf"
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    with open(other, "wb") as fh:
        writer.write(fh)
    join_pdfs(made[0], other)
    assert len(PdfReader(made[0]).pages) == first + second + 1


def test_where_qt_keeps_pythons_lock_the_pdf_is_one_piece(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.export import qt_unlocked

    monkeypatch.setattr(qt_unlocked, "_FUNCTIONS", {})  # as on Windows
    monkeypatch.setattr(qt_halves, "THREADS_FROM", 1)
    monkeypatch.setattr(qt_halves, "_on_threads", lambda *args: pytest.fail("threads"))
    out = tmp_path / "one.pdf"
    write_document(pack(20), "pdf", out)
    assert "Entry 20: after the group" in " ".join(pages(out))
