"""Very long PDF and ODT exports (issue 20): a document taller than Qt's text layout
can hold (about 2,780 A4 pages) killed the process with a segmentation fault. The
PDF is now laid out in parts; a document or block too big for the writers is refused
before Qt sees it. The tall cases run in a child process, so a crash fails the test
instead of ending pytest."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pdf_text import pdf_text

from journal_app.errors import ValidationError
from journal_app.export import size_limit
from journal_app.export.document import Document, FieldList, Heading, Paragraph, Table
from journal_app.export.formats import write_document

ROOT = Path(__file__).resolve().parents[2]
FOOTER = "Shared for supervision"


@pytest.fixture
def offscreen(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def entries(count: int) -> Document:
    blocks: list = [Heading("Reflections", 2)]
    for n in range(1, count + 1):
        blocks.append(Heading(f"Entry {n}: after the group", 3))
        blocks.append(FieldList((("What happened", f"Ran the group (entry {n}).\n" * 6),)))
    blocks += [Heading("Actions", 2), Table(("Action", "Status"), (("Read the policy", "open"),))]
    return Document("Supervision pack", (("Worker", "Sam Lee"),), FOOTER, tuple(blocks))


def run_child(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )


@pytest.mark.usefixtures("offscreen")
def test_a_pdf_in_parts_numbers_its_pages_and_bookmarks_straight_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    from journal_app.export import qt_halves, qt_parts

    whole = tmp_path / "whole.pdf"
    write_document(entries(120), "pdf", whole)
    made: list[int] = []
    parts = qt_halves.pdf_parts

    def counted(*args):
        found = parts(*args)
        made.append(len(found[0]))
        return found

    monkeypatch.setattr(qt_parts, "PART_HEIGHT", 20_000)  # about 7 pages a part
    monkeypatch.setattr(qt_halves, "pdf_parts", counted)
    out = tmp_path / "pack.pdf"
    write_document(entries(120), "pdf", out)
    assert made and made[0] >= 3
    reader = PdfReader(str(out))
    pages = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in text
    everything = " ".join(pdf_text(out).split())
    assert all(everything.count(f"Entry {n}: after") == 1 for n in range(1, 121))
    assert everything.count("Ran the group (entry 120).") == 6
    assert "Read the policy" in everything
    # Each part ends where an entry starts a page, so the pages are those of the
    # document laid out whole.
    assert pages == [" ".join((p.extract_text() or "").split()) for p in PdfReader(whole).pages]
    # A bookmark in a later part opens the page its heading is on.
    entries_outline = reader.outline[1]
    last = entries_outline[-1]
    assert last.title.startswith("Entry 120")
    page = reader.get_destination_page_number(last)
    assert "Entry 120" in " ".join((reader.pages[page].extract_text() or "").split())


@pytest.mark.parametrize("fmt", ["pdf", "odt"])
def test_a_document_too_long_is_refused_before_qt_with_nothing_written(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.export import formats

    def qt_must_not_run(doc, fmt):
        raise AssertionError("Qt saw the document")

    monkeypatch.setattr(formats, "_writer", qt_must_not_run)
    monkeypatch.setattr(size_limit, "MAX_CHARACTERS", 5_000)
    out = tmp_path / f"pack.{fmt}"
    with pytest.raises(ValidationError) as caught:
        write_document(entries(60), fmt, out)
    assert caught.value.code == "document_too_long"
    assert "shorter period" in caught.value.message and "summary" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_one_block_taller_than_qt_can_lay_out_is_refused(tmp_path: Path) -> None:
    # 30,000 lines in one paragraph: about 1,600 pages in one block, few characters.
    doc = Document("Pack", (), FOOTER, (Paragraph("a\n" * 30_000),))
    with pytest.raises(ValidationError) as caught:
        write_document(doc, "pdf", tmp_path / "pack.pdf")
    assert caught.value.code == "document_too_long"
    assert list(tmp_path.iterdir()) == []
    # The usual long entry is not: 200,000 characters (a text field's most).
    size_limit.check_printable(Document("Pack", (), FOOTER, (Paragraph("word " * 40_000),)), "pdf")


def test_the_refusal_reads_as_a_sentence_in_the_app(qapp) -> None:
    from journal_app.gui.messages import user_message

    error = ValidationError(
        "period", "too long", code="document_too_long", format="PDF", count=9_000_000,
        limit=8_000_000,
    )  # fmt: skip
    text = user_message(error)
    assert "PDF" in text and "shorter period" in text and "Nothing was saved" in text


@pytest.mark.slow
def test_a_document_taller_than_qt_lays_out_at_once_is_written(tmp_path: Path) -> None:
    """About 3,500 pages of short lines (crashed at its last table before the fix)."""
    out = tmp_path / "tall.pdf"
    done = run_child(
        f"""
        from pathlib import Path
        from journal_app.export.document import Document, Heading, Paragraph, Table
        from journal_app.export.formats import write_document
        blocks = []
        for n in range(170):
            blocks += [Heading(f"Part {{n}}", 3), Paragraph("line\\n" * 1000)]
        blocks += [Heading("Last", 2), Table(("A", "B"), (("1", "2"), ("3", "4")))]
        write_document(Document("Tall", (), "footer", tuple(blocks)), "pdf", Path({str(out)!r}))
        """,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    assert len(reader.pages) > 2_800
    last = " ".join((reader.pages[-1].extract_text() or "").split())
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last


@pytest.mark.slow
def test_the_all_full_pack_of_5000_entries_is_written_as_pdf_and_odt(tmp_path: Path) -> None:
    """The pack that crashed at 100,000 records: three months, about 5,000 entries,
    every one shared in full (benchmarks/run.py --records 100000)."""
    done = run_child(
        f"""
        from datetime import date, timedelta
        from pathlib import Path
        from benchmarks.corpus import generate
        from journal_app.domain.records import Share
        from journal_app.domain.schema import record_from_input
        from journal_app.export.formats import write_document
        from journal_app.services.pack import PackOptions, build_pack
        from journal_app.services.vocabulary import load_vocabulary

        vocabulary, end = load_vocabulary(), date(2026, 11, 30)
        records = []
        for n, data in enumerate(generate(5000, seed=1, end=end)):
            data["date"] = (end - timedelta(days=n % 91)).isoformat()
            data.pop("next_date", None)
            records.append(record_from_input(data, vocabulary))
        shares = {{r.id: Share.FULL for r in records}}
        options = PackOptions(end - timedelta(days=91), end, include_wellbeing=True,
                              shares=shares)
        pack = build_pack(records, vocabulary, options)
        assert len(pack.shown) > 4000, len(pack.shown)
        for fmt in ("pdf", "odt"):
            write_document(pack.document, fmt, Path({str(tmp_path)!r}) / ("pack." + fmt))
        """,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "pack.pdf").stat().st_size > 1_000_000
    assert (tmp_path / "pack.odt").stat().st_size > 100_000


def test_the_command_line_refuses_with_exit_code_2_and_writes_nothing(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_cli import REFLECTION, Cli

    cli = Cli(tmp_path, capsys, monkeypatch)
    cli.init()
    for day in range(1, 11):
        cli.add(dict(REFLECTION, date=f"2025-03-{day:02d}", share="full"))
    monkeypatch.setattr(size_limit, "MAX_CHARACTERS", 500)
    out = tmp_path / "pack.pdf"
    args = ("export", "--from", "2025-03-01", "--to", "2025-03-31", "--format", "pdf")
    code, _out, err = cli(*args, "--out", str(out))
    assert code == 2, err
    assert "too long" in err and "shorter period" in err and "Traceback" not in err
    assert not out.exists()
