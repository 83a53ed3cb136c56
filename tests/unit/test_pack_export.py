"""The consent rules hold in every written format: read back each file (PDF with
pdftotext, ODT through its content.xml) and look for every record's text."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from pdf_text import pdf_text

from journal_app.domain.records import Share
from journal_app.export.formats import FORMATS
from journal_app.services.journal import Journal
from journal_app.services.pack import PackOptions, build_pack
from journal_app.services.share_history import export_pack, share_history

START, END = date(2025, 1, 1), date(2025, 3, 31)

RECORDS = [
    {
        "type": "reflection",
        "date": "2025-01-10",
        "title": "Privatetitle",
        "fields": {"model": "free", "text": "Privatebodyword"},
    },
    {
        "type": "reflection",
        "date": "2025-01-12",
        "title": "Summarytitle",
        "share": "summary",
        "shared_summary": "Sharedlearningword",
        "fields": {"model": "gibbs", "description": "Summarybodyword", "themes": ["endings"]},
    },
    {
        "type": "reflection",
        "date": "2025-02-01",
        "title": "Fulltitle",
        "share": "full",
        "fields": {"model": "driscoll", "what": "Fullbodyword"},
    },
    {
        "type": "reflection",
        "date": "2025-04-02",
        "title": "Outsidetitle",
        "share": "full",
        "fields": {"model": "free", "text": "Outsidebodyword"},
    },
    {
        "type": "disclosure",
        "date": "2025-01-20",
        "title": "Disclosuretitle",
        "share": "summary",
        "shared_summary": "Disclosuresummaryword",
        "fields": {"decision": "partly_shared", "what": "Disclosurebodyword"},
    },
    {
        "type": "supervision",
        "date": "2025-02-10",
        "title": "Supervisiontitle",
        "share": "full",
        "fields": {
            "discussed": "Supervisionbodyword",
            "actions": [{"text": "Openactionword", "owner": "Me", "status": "open"}],
        },
    },
    {"type": "checkin", "date": "2025-02-05", "fields": {"mood": 6, "note": "Checkinnoteword"}},
]
NEVER = [
    "Privatetitle",
    "Privatebodyword",
    "Summarybodyword",
    "Outsidetitle",
    "Outsidebodyword",
    "Disclosuretitle",
    "Disclosurebodyword",
    "Disclosuresummaryword",
    "Checkinnoteword",  # a private check-in: its scores only reach the chart
]
ALWAYS = ["Summarytitle", "Sharedlearningword", "Fulltitle", "Fullbodyword", "Supervisionbodyword"]


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """pytest-qt's QApplication, made before an export could start a QGuiApplication
    of its own: widget tests later in the same run need a QApplication."""
    return qapp


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    path = tmp_path_factory.mktemp("pack") / "v.pswvault"
    journal, _ = Journal.create(path, PASSPHRASE, FAST_KDF)
    for data in RECORDS:
        journal.add(data)
    yield journal
    journal.lock()


def read_back(path: Path, fmt: str) -> str:
    if fmt == "pdf":
        return pdf_text(path)
    if fmt == "odt":
        with zipfile.ZipFile(path) as odt:  # the text, and the footer of the page style
            xml = odt.read("content.xml").decode("utf-8") + odt.read("styles.xml").decode()
        return re.sub(r"<[^>]+>", " ", xml)
    return path.read_text("utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_shows_only_what_was_shared(journal, tmp_path, fmt):
    pack = build_pack(
        journal.records(),
        journal.vocabulary,
        PackOptions(START, END, recipient="Ann Manager", worker="Sam Lee", include_wellbeing=True),
    )
    out = tmp_path / f"pack.{fmt}"
    entry = export_pack(journal, pack, fmt, out)
    text = read_back(out, fmt)
    for word in NEVER:
        assert word not in text, f"{word} leaked into the {fmt} pack"
    for word in ALWAYS:
        assert word in text, f"{word} is missing from the {fmt} pack"
    assert "Openactionword" in text
    assert "Partly shared" in text  # the disclosure, as a count
    assert "Confidential: shared by Sam Lee for supervision on" in text
    assert "Ann Manager" in text
    assert entry in share_history(journal)
    assert entry.format == fmt and entry.recipient == "Ann Manager"
    titles = {r.id: r.title for r in journal.records()}
    assert sorted(titles[i] for i in entry.record_ids) == [
        "Disclosuretitle",
        "Fulltitle",
        "Summarytitle",
        "Supervisiontitle",
    ]


@pytest.mark.parametrize("fmt", ["pdf", "md"])
def test_a_disclosure_shared_in_full_for_this_pack_shows_its_text(journal, tmp_path, fmt):
    disclosure = next(r for r in journal.records() if r.title == "Disclosuretitle")
    options = PackOptions(START, END, shares={disclosure.id: Share.FULL})
    pack = build_pack(journal.records(), journal.vocabulary, options)
    out = tmp_path / f"pack.{fmt}"
    export_pack(journal, pack, fmt, out)
    text = read_back(out, fmt)
    assert "Disclosurebodyword" in text and "Disclosuretitle" in text
    assert journal.get(disclosure.id).share is Share.SUMMARY  # the record is unchanged


def test_the_share_history_survives_locking(tmp_path):
    path = tmp_path / "v.pswvault"
    journal, _ = Journal.create(path, PASSPHRASE, FAST_KDF)
    journal.add(RECORDS[2])
    pack = build_pack(journal.records(), journal.vocabulary, PackOptions(START, END))
    export_pack(journal, pack, "html", tmp_path / "p.html")
    journal.lock()
    journal = Journal.open(path, PASSPHRASE)
    try:
        [entry] = share_history(journal)
        assert entry.file_name == "p.html" and entry.start == START and entry.end == END
        assert journal.verify() == []
    finally:
        journal.lock()
    assert b"p.html" not in path.read_bytes()  # the history is encrypted like records


def test_a_failed_history_save_leaves_an_older_file_and_no_entry(journal, tmp_path, monkeypatch):
    from journal_app.errors import StorageError

    out = tmp_path / "pack.md"
    out.write_text("the pack sent last month", "utf-8")
    before = share_history(journal)
    pack = build_pack(journal.records(), journal.vocabulary, PackOptions(START, END))

    def full_disk(*_args):
        raise StorageError("the disk is full")

    monkeypatch.setattr(journal, "update_meta_item", full_disk)
    with pytest.raises(StorageError):
        export_pack(journal, pack, "md", out)
    assert out.read_text("utf-8") == "the pack sent last month"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.md"]  # no temp file left
    monkeypatch.undo()
    assert share_history(journal) == before


def test_a_failed_replace_takes_the_history_entry_back(journal, tmp_path, monkeypatch):
    import os

    from journal_app.errors import StorageError
    from journal_app.export import formats

    before = share_history(journal)
    pack = build_pack(journal.records(), journal.vocabulary, PackOptions(START, END))

    def no_replace(*_args):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(formats.os, "replace", no_replace)
    with pytest.raises(StorageError):
        export_pack(journal, pack, "md", tmp_path / "pack.md")
    monkeypatch.setattr(formats.os, "replace", os.replace)
    assert share_history(journal) == before
    assert list(tmp_path.iterdir()) == []


def test_the_history_says_how_much_of_each_entry_went_out(journal, tmp_path):
    full = next(r for r in journal.records() if r.title == "Fulltitle")
    summary = next(r for r in journal.records() if r.title == "Summarytitle")
    options = PackOptions(START, END, include_wellbeing=True, shares={full.id: Share.SUMMARY})
    pack = build_pack(journal.records(), journal.vocabulary, options)
    entry = export_pack(journal, pack, "md", tmp_path / "pack.md")
    assert entry.levels[full.id] == "summary" and entry.levels[summary.id] == "summary"
    assert entry.wellbeing is True
    assert share_history(journal)[0].levels == entry.levels
