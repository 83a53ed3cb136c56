"""Importing the same file twice (issue 19): entries already in the journal (same
source, date, time and text) are recognised and skipped with a count, by a keyed
fingerprint kept inside each imported record (never a plain hash of the text outside
the encryption); jrnl's time of day is kept and shown; Day One's photo links leave no
blank lines, and its first line is the entry's title as Day One shows it."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from journal_app.cli import run
from journal_app.domain.records import utc_now
from journal_app.services.changes import ImportFile, MoveToTrash, apply
from journal_app.services.importers import parse_import
from journal_app.services.journal import Journal
from tests.conftest import FAST_KDF, PASSPHRASE

CANARY = "Quokka-canary-7731"  # journal text that must stay inside the encryption


def jrnl_export(path: Path, *entries: dict) -> Path:
    path.write_text(json.dumps({"tags": {}, "entries": list(entries)}), "utf-8")
    return path


def jrnl_entry(day: str, time: str, title: str, body: str) -> dict:
    return {"date": day, "time": time, "title": title, "body": body, "tags": [], "starred": False}


JRNL = [
    jrnl_entry("2022-03-04", "09:30", "Morning group.", f"It went well. {CANARY}"),
    jrnl_entry("2022-03-04", "17:05", "Evening call.", "Short and kind."),
    jrnl_entry("2022-03-05", "08:00", "Rest day.", ""),
]


def dayone_export(path: Path, *entries: dict) -> Path:
    path.write_text(json.dumps({"metadata": {"version": "1.0"}, "entries": list(entries)}), "utf-8")
    return path


def dayone_entry(created: str, text: str, tz: str = "Europe/London") -> dict:
    return {"uuid": created, "creationDate": created, "timeZone": tz, "text": text}


def markdown_folder(folder: Path) -> Path:
    folder.mkdir()
    (folder / "2023-01-02 walk.md").write_text(f"# Walk\n\nCold and bright. {CANARY}\n", "utf-8")
    (folder / "note.md").write_text("---\ndate: 2023-01-03 18:45\n---\nShort note.\n", "utf-8")
    return folder


def sources(tmp_path: Path) -> dict[str, Path]:
    """One export of each kind, in a folder of their own (beside the vault)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return {
        "jrnl-json": jrnl_export(folder / "jrnl.json", *JRNL),
        "dayone-json": dayone_export(
            folder / "Journal.json",
            dayone_entry("2023-06-01T08:15:00Z", f"# Garden\n\nWeeding. {CANARY}"),
            dayone_entry("2023-06-02T19:40:12Z", "Quiet evening"),
        ),
        "markdown": markdown_folder(folder / "notes"),
    }


@pytest.fixture
def journal(tmp_path: Path):
    journal, _ = Journal.create(tmp_path / "journal.pswvault", PASSPHRASE, FAST_KDF)
    yield journal
    journal.lock()


# --- the second import skips what the first stored ---------------------------------------


@pytest.mark.parametrize("fmt", ["jrnl-json", "dayone-json", "markdown"])
def test_importing_the_same_file_twice_stores_each_entry_once(journal, tmp_path, fmt):
    source = sources(tmp_path)[fmt]
    first = apply(journal, ImportFile(source, fmt)).value
    count = len(journal)
    assert first.count == count > 0 and first.already == 0
    again = apply(journal, ImportFile(source, fmt))
    assert (again.value.count, again.value.already) == (0, count)
    assert again.changed.saved == frozenset()
    assert len(journal) == count


def test_only_the_new_entries_of_a_grown_export_are_imported(journal, tmp_path):
    apply(journal, ImportFile(jrnl_export(tmp_path / "a.json", *JRNL[:2]), "jrnl-json"))
    grown = jrnl_export(tmp_path / "b.json", *JRNL)  # a later export: one entry more
    result = apply(journal, ImportFile(grown, "jrnl-json")).value
    assert (result.count, result.already) == (1, 2)
    assert sorted(r.title for r in journal.records()) == [
        "Evening call.",
        "Morning group.",
        "Rest day.",
    ]


def test_the_same_text_at_another_time_or_date_is_a_new_entry(journal, tmp_path):
    apply(journal, ImportFile(jrnl_export(tmp_path / "a.json", JRNL[0]), "jrnl-json"))
    moved = [
        {**JRNL[0], "time": "09:31"},
        {**JRNL[0], "date": "2022-03-05"},
        {**JRNL[0], "body": JRNL[0]["body"] + " More."},
    ]
    result = apply(journal, ImportFile(jrnl_export(tmp_path / "b.json", *moved), "jrnl-json"))
    assert (result.value.count, result.value.already) == (3, 0)


def test_an_edited_or_trashed_entry_is_still_recognised_one_deleted_for_good_is_not(
    journal, tmp_path
):
    source = jrnl_export(tmp_path / "j.json", *JRNL)
    apply(journal, ImportFile(source, "jrnl-json"))
    by_title = {r.title: r for r in journal.records()}
    journal.edit(by_title["Morning group."].id, {"title": "Renamed", "share": "summary"})
    apply(journal, MoveToTrash(by_title["Evening call."].id))
    journal.delete(by_title["Rest day."].id)
    result = apply(journal, ImportFile(source, "jrnl-json")).value
    assert (result.count, result.already) == (1, 2)
    assert sorted(r.title for r in journal.records()) == ["Renamed", "Rest day."]


def test_entries_are_recognised_in_another_vault_only_by_their_own_key(tmp_path):
    """The fingerprint is keyed per journal: the same entry gives a different one in
    another vault, and none is a plain hash of the entry's text."""
    source = jrnl_export(tmp_path / "j.json", JRNL[0])
    marks = []
    for name in ("one", "two"):
        journal, _ = Journal.create(tmp_path / f"{name}.pswvault", PASSPHRASE, FAST_KDF)
        apply(journal, ImportFile(source, "jrnl-json"))
        (record,) = journal.records()
        marks.append(record.imported)
        journal.lock()
    assert all(re.fullmatch(r"[0-9a-f]{64}", m) for m in marks)
    assert marks[0] != marks[1]
    entry = JRNL[0]
    pieces = [entry["title"], entry["body"], entry["title"] + "\n" + entry["body"]]
    plain = {hashlib.sha256(p.encode()).hexdigest() for p in pieces}
    assert not plain & set(marks)


def test_the_fingerprint_and_its_key_never_reach_the_file_in_plain(journal, tmp_path):
    path = journal.store.path
    apply(journal, ImportFile(sources(tmp_path)["jrnl-json"], "jrnl-json"))
    marks = {r.imported for r in journal.records()}
    key = journal.meta_item("meta:import_key")
    assert isinstance(key, str) and len(key) == 64
    journal.lock()
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    for secret in (*marks, key, CANARY):
        assert secret.encode() not in raw
        assert secret.encode().hex().encode() not in raw
    with sqlite3.connect(path) as db:  # only records and meta items: no table of marks
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert not any("import" in t for t in tables)


def test_entries_are_still_recognised_after_a_passphrase_change(journal, tmp_path):
    source = sources(tmp_path)["dayone-json"]
    apply(journal, ImportFile(source, "dayone-json"))
    journal.change_passphrase(PASSPHRASE + " and more", FAST_KDF)
    again = apply(journal, ImportFile(source, "dayone-json")).value
    assert (again.count, again.already) == (0, 2)


def test_show_json_keeps_the_fingerprint_and_edit_accepts_it_back(journal, tmp_path):
    apply(journal, ImportFile(jrnl_export(tmp_path / "j.json", JRNL[0]), "jrnl-json"))
    (record,) = journal.records()
    shown = record.to_dict()
    assert shown["imported"] == record.imported
    edited = journal.edit(record.id, {**shown, "imported": "0" * 64, "title": "New"})
    assert edited.imported == record.imported  # never taken from the input
    added = journal.add({k: v for k, v in shown.items() if k != "id"})
    assert added.imported == ""


# --- the command line says how many were skipped ------------------------------------------


def _cli(tmp_path: Path, capsys, *argv: str) -> tuple[int, str, str]:
    passfile = tmp_path / "passphrase.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault = tmp_path / "journal.pswvault"
    code = run(["--vault", str(vault), "--passphrase-file", str(passfile), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_says_how_many_entries_were_already_there(tmp_path, capsys):
    Journal.create(tmp_path / "journal.pswvault", PASSPHRASE, FAST_KDF)[0].lock()
    two = jrnl_export(tmp_path / "two.json", *JRNL[:2])
    three = jrnl_export(tmp_path / "three.json", *JRNL)
    code, out, err = _cli(tmp_path, capsys, "import", str(two), "--format", "jrnl-json")
    assert code == 0, err
    assert out.strip() == "Imported 2 entries"
    code, out, _ = _cli(tmp_path, capsys, "import", str(three), "--format", "jrnl-json")
    assert out.strip() == "Imported 1 entry; 2 were already in the journal and were skipped"
    code, out, _ = _cli(tmp_path, capsys, "import", str(three), "--format", "jrnl-json", "--json")
    result = json.loads(out)
    assert (result["imported"], result["ids"], result["already_in_journal"]) == (0, [], 3)
    code, out, _ = _cli(tmp_path, capsys, "import", str(two), "--format", "jrnl-json")
    assert out.strip() == "Imported 0 entries; 2 were already in the journal and were skipped"
    code, out, _ = _cli(tmp_path, capsys, "list", "--json")
    assert len(json.loads(out)) == 3


# --- jrnl's time of day ------------------------------------------------------------------


def test_jrnl_time_of_day_is_kept_orders_the_day_and_is_shown(journal, tmp_path, capsys):
    records = parse_import(jrnl_export(tmp_path / "j.json", *JRNL), "jrnl-json")
    local = [r.created.astimezone() for r in records]
    assert [(t.date(), t.hour, t.minute) for t in local] == [
        (date(2022, 3, 4), 9, 30),
        (date(2022, 3, 4), 17, 5),
        (date(2022, 3, 5), 8, 0),
    ]
    assert all(r.created.utcoffset().total_seconds() == 0 for r in records)  # stored in UTC
    journal.save_many(records)
    # Newest first within a day too: the evening call before the morning group.
    assert [r.title for r in journal.records()] == ["Rest day.", "Evening call.", "Morning group."]
    journal.lock()
    code, out, err = _cli(tmp_path, capsys, "show", records[1].id)
    assert code == 0, err
    assert "written 2022-03-04 17:05" in out


def test_an_entry_without_a_time_is_written_when_imported(tmp_path):
    entry = {"date": "2022-03-04", "title": "No time.", "body": "x"}
    before = utc_now()
    (record,) = parse_import(jrnl_export(tmp_path / "j.json", entry), "jrnl-json")
    assert before <= record.created <= utc_now()


def test_a_bad_jrnl_time_is_named(journal, tmp_path):
    from journal_app.errors import ImportFormatError

    entry = {**JRNL[0], "time": "25:99"}
    with pytest.raises(ImportFormatError) as caught:
        parse_import(jrnl_export(tmp_path / "j.json", JRNL[1], entry), "jrnl-json")
    assert caught.value.message.startswith("entry 2: time")
    assert CANARY not in caught.value.message


def test_dayone_and_markdown_keep_their_time_too(tmp_path):
    found = sources(tmp_path)
    garden, evening = parse_import(found["dayone-json"], "dayone-json")
    assert garden.created == datetime.fromisoformat("2023-06-01T08:15:00+00:00")
    assert evening.created == datetime.fromisoformat("2023-06-02T19:40:12+00:00")
    _walk, note = parse_import(found["markdown"], "markdown")
    noted = note.created.astimezone()
    assert (noted.date(), noted.hour, noted.minute) == (date(2023, 1, 3), 18, 45)


# --- Day One: photo links and titles -------------------------------------------------------


def test_a_removed_dayone_photo_link_leaves_no_blank_lines(tmp_path):
    text = (
        "# Walk\n\nMorning walk by the river.\n\n![](dayone-moment://AAA)\n\n"
        "![](dayone-moment://BBB)\n\nFelt calmer after.\n![](dayone-moment://CCC)\nThe end.\n\n"
        "Kept\n\n\nas written."
    )
    source = dayone_export(tmp_path / "Journal.json", dayone_entry("2023-06-01T08:15:00Z", text))
    (record,) = parse_import(source, "dayone-json")
    assert record.title == "Walk"
    assert record.fields["text"] == (
        "Morning walk by the river.\n\nFelt calmer after.\nThe end.\n\nKept\n\n\nas written."
    )


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("Plain first line\nThen the body.", "Plain first line", "Then the body."),
        ("## Second-level heading ##\n\nBody", "Second-level heading", "Body"),
        ("One line only", "One line only", None),
        ("![](dayone-moment://X)\n\nAfter the photo\nmore", "After the photo", "more"),
        ("Escaped\\! title\\.\n\nBody\\.", "Escaped! title.", "Body."),
        ("#hashtag-like first line\nbody", "#hashtag-like first line", "body"),
    ],
)
def test_a_dayone_entry_s_first_line_is_its_title(tmp_path, text, title, body):
    source = dayone_export(tmp_path / "Journal.json", dayone_entry("2023-06-01T08:15:00Z", text))
    (record,) = parse_import(source, "dayone-json")
    assert record.title == title
    assert record.fields.get("text") == body


def test_a_dayone_first_line_too_long_for_a_title_stays_in_the_text(tmp_path):
    text = "word " * 100 + "\nsecond line"
    source = dayone_export(tmp_path / "Journal.json", dayone_entry("2023-06-01T08:15:00Z", text))
    (record,) = parse_import(source, "dayone-json")
    assert record.title == ""
    assert record.fields["text"].startswith("word word")
    assert record.fields["text"].endswith("\nsecond line")
