"""Importing jrnl JSON, Markdown folders and Day One JSON: right records, or nothing."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest

from journal_app.domain.records import RecordType, Share
from journal_app.errors import ImportFormatError, UsageError
from journal_app.services.importers import FORMATS, import_into, parse_import
from journal_app.services.journal import Journal

SECRET = "my sister's overdose"  # journal text that must never reach a message


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def jrnl_entry(day: str, title: str = "A title.", body: str = "Body.", **extra) -> dict:
    return {"date": day, "time": "09:30", "title": title, "body": body, **extra}


def dayone_entry(created: str, text: str, tz: str = "Europe/London", **extra) -> dict:
    return {"uuid": "ABC", "creationDate": created, "timeZone": tz, "text": text, **extra}


def expect_rejected(journal: Journal, path: Path, fmt: str) -> ImportFormatError:
    """Import must fail with ImportFormatError and leave the journal as it was."""
    before = len(journal)
    with pytest.raises(ImportFormatError) as caught:
        import_into(journal, path, fmt)
    assert caught.value.exit_code == 2
    assert SECRET not in caught.value.message
    assert len(journal) == before
    return caught.value


# --- dispatch --------------------------------------------------------------------


def test_unknown_format_is_a_usage_error_naming_the_formats(tmp_path: Path):
    source = write_json(tmp_path / "x.json", {"entries": []})
    with pytest.raises(UsageError) as caught:
        parse_import(source, "evernote")
    assert caught.value.exit_code == 2
    assert all(fmt in caught.value.message for fmt in FORMATS)


def test_missing_file_is_a_usage_error(tmp_path: Path):
    with pytest.raises(UsageError, match=r"nope\.json"):
        parse_import(tmp_path / "nope.json", "jrnl-json")


def test_import_stores_every_record_and_returns_them(journal: Journal, tmp_path: Path):
    source = write_json(
        tmp_path / "j.json",
        {"entries": [jrnl_entry("2021-01-02"), jrnl_entry("2021-01-03", body="boundaries")]},
    )
    records = import_into(journal, source, "jrnl-json")
    assert len(journal) == 2
    assert {journal.get(r.id).date for r in records} == {date(2021, 1, 2), date(2021, 1, 3)}
    assert [r.id for r in journal.search("boundaries")] == [records[1].id]


def test_a_zip_archive_is_refused_with_a_hint(journal: Journal, tmp_path: Path):
    source = tmp_path / "export.zip"
    source.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    assert "unzip" in expect_rejected(journal, source, "dayone-json").message


# --- jrnl --------------------------------------------------------------------------


def test_jrnl_entries_become_private_free_text_reflections(tmp_path: Path):
    source = write_json(
        tmp_path / "jrnl.json",
        {
            "tags": {"@work": 1, "#care": 1},
            "entries": [
                jrnl_entry("2022-03-04", "Group session.", "It went well.\n", tags=["@work"]),
                jrnl_entry("2022-03-05", "Rest day.", "", tags=["#care", "@"], starred=True),
            ],
        },
    )
    first, second = parse_import(source, "jrnl-json")
    assert first.type is RecordType.REFLECTION
    assert first.share is Share.PRIVATE
    assert (first.date, first.title, first.tags) == (date(2022, 3, 4), "Group session.", ["work"])
    assert first.fields == {"model": "free", "text": "It went well."}
    assert second.tags == ["care", "starred"]
    assert second.fields == {"model": "free"}  # empty text is dropped by validation


def test_jrnl_optional_keys_may_be_missing(tmp_path: Path):
    source = write_json(tmp_path / "jrnl.json", {"entries": [{"date": "2020-02-29"}]})
    (record,) = parse_import(source, "jrnl-json")
    assert (record.date, record.title, record.tags) == (date(2020, 2, 29), "", [])


def test_jrnl_title_too_long_for_a_record_moves_into_the_text(tmp_path: Path):
    long_title = "word " * 100
    source = write_json(tmp_path / "j.json", {"entries": [jrnl_entry("2020-01-01", long_title)]})
    (record,) = parse_import(source, "jrnl-json")
    assert record.title == ""
    assert record.fields["text"] == long_title.strip() + "\n\nBody."


def test_jrnl_bad_json_names_the_line(journal: Journal, tmp_path: Path):
    source = tmp_path / "j.json"
    source.write_text(
        f'{{"entries": [\n  {{"date": "2020-01-01", "body": "{SECRET}"}}\n  {{', "utf-8"
    )
    error = expect_rejected(journal, source, "jrnl-json")
    assert "line 3" in error.message
    assert "j.json" in error.message


def test_jrnl_bad_entry_is_named_and_nothing_is_stored(journal: Journal, tmp_path: Path):
    journal.add({"type": "checkin", "date": "2020-01-01", "fields": {"mood": 5}})
    entries = [jrnl_entry("2020-01-02", body=SECRET), jrnl_entry("2020-01-03", title=SECRET)]
    entries.append(jrnl_entry("2020-02-30", SECRET, SECRET))
    source = write_json(tmp_path / "j.json", {"entries": entries})
    error = expect_rejected(journal, source, "jrnl-json")
    assert error.message.startswith("entry 3: date")


def test_jrnl_entry_that_is_not_an_object_is_named(journal: Journal, tmp_path: Path):
    source = write_json(tmp_path / "j.json", {"entries": [jrnl_entry("2020-01-02"), "oops"]})
    assert expect_rejected(journal, source, "jrnl-json").message.startswith("entry 2:")


def test_a_json_file_that_is_not_an_export_is_refused(journal: Journal, tmp_path: Path):
    source = write_json(tmp_path / "other.json", {"notes": [SECRET]})
    assert "entries" in expect_rejected(journal, source, "jrnl-json").message


# --- Markdown ----------------------------------------------------------------------


def test_markdown_folder_front_matter_heading_and_file_names(tmp_path: Path):
    folder = tmp_path / "notes"
    (folder / "2021").mkdir(parents=True)
    (folder / ".trash").mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: 'Supervision prep'\ndate: 2021-03-04 10:00\ntags: [prep, \"#care\"]\n"
        "type: checkin\naliases:\n  - other\n---\n# Kept heading\n\nBody A\n",
        "utf-8",
    )
    (folder / "2021" / "2021-05-06 group.markdown").write_text(
        "---\ntags:\n- groups\n- boundaries\n---\n\n# Group work\n\nBody B\r\nline 2\n", "utf-8"
    )
    undated = folder / "2021" / "zz plain.txt"
    undated.write_text("Just text.", "utf-8")
    stamp = datetime(2019, 7, 8, 12, 0).timestamp()
    os.utime(undated, (stamp, stamp))
    (folder / "image.png").write_bytes(b"\x89PNG\r\n")
    (folder / ".trash" / "old.md").write_text("deleted", "utf-8")

    b, c, a = parse_import(folder, "markdown")  # sorted: "2021/..." before "a.md"
    assert (a.title, a.date, a.tags) == ("Supervision prep", date(2021, 3, 4), ["prep", "care"])
    assert a.type is RecordType.REFLECTION
    assert a.fields == {"model": "free", "text": "# Kept heading\n\nBody A"}
    assert (b.title, b.date, b.tags) == ("Group work", date(2021, 5, 6), ["groups", "boundaries"])
    assert b.fields["text"] == "Body B\nline 2"
    assert (c.title, c.date, c.tags) == ("zz plain", date(2019, 7, 8), [])
    assert c.fields["text"] == "Just text."


def test_markdown_single_file_with_iso_date(tmp_path: Path):
    source = tmp_path / "entry.md"
    source.write_text('---\ndate: "2020-12-31T23:30:00+00:00"\n---\nText\n', "utf-8")
    (record,) = parse_import(source, "markdown")
    assert (record.title, record.date, record.fields["text"]) == (
        "entry",
        date(2020, 12, 31),
        "Text",
    )


def test_markdown_bad_front_matter_date_names_the_file(journal: Journal, tmp_path: Path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text(f"---\ndate: 2021-01-01\n---\n{SECRET}\n", "utf-8")
    (folder / "b.md").write_text(f"---\ntitle: {SECRET}\ndate: 2021-13-45\n---\n{SECRET}", "utf-8")
    error = expect_rejected(journal, folder, "markdown")
    assert error.message.startswith("b.md: date")


def test_markdown_front_matter_without_key_value_names_file_and_line(
    journal: Journal, tmp_path: Path
):
    source = tmp_path / "c.md"
    source.write_text(f"---\ntitle: x\n{SECRET}\n---\nbody", "utf-8")
    assert "c.md: front matter line 3" in expect_rejected(journal, source, "markdown").message


def test_markdown_unclosed_front_matter_is_refused(journal: Journal, tmp_path: Path):
    source = tmp_path / "d.md"
    source.write_text(f"---\ntitle: {SECRET}\n\n{SECRET}", "utf-8")
    assert expect_rejected(journal, source, "markdown").message.startswith("d.md:")


def test_markdown_non_utf8_file_is_named(journal: Journal, tmp_path: Path):
    folder = tmp_path / "notes"
    (folder / "sub").mkdir(parents=True)
    (folder / "fine.md").write_text("fine", "utf-8")
    (folder / "sub" / "latin.txt").write_bytes("line one\ncaf\u00e9\n".encode("latin-1"))
    error = expect_rejected(journal, folder, "markdown")
    assert error.message == "sub/latin.txt: line 2 is not UTF-8 text"


def test_markdown_empty_folder_is_refused(journal: Journal, tmp_path: Path):
    (tmp_path / "empty").mkdir()
    expect_rejected(journal, tmp_path / "empty", "markdown")


# --- Day One -----------------------------------------------------------------------


def test_dayone_dates_titles_tags_and_escapes(tmp_path: Path):
    entries = [
        dayone_entry(
            "2020-05-04T23:30:00Z",
            "# Team day\\!\n\nWe met\\. Agenda\\:\n\\- item \\#1\n![](dayone-moment://6A0B)\n",
            tz="Australia/Sydney",
            tags=["work", "team day"],
            starred=True,
            photos=[{"identifier": "6A0B"}],
        ),
        dayone_entry("2020-05-04T23:30:00Z", "No heading here.", tz="Europe/London"),
        dayone_entry("2020-05-04T23:30:00Z", "Unknown zone", tz="Mars/Olympus"),
        {"creationDate": "2020-05-04T09:10:11Z", "text": "No zone at all"},
    ]
    source = write_json(
        tmp_path / "Journal.json", {"metadata": {"version": "1.0"}, "entries": entries}
    )
    sydney, london, mars, plain = parse_import(source, "dayone-json")
    assert (sydney.date, sydney.title) == (date(2020, 5, 5), "Team day!")
    assert sydney.tags == ["work", "team day", "starred"]
    assert sydney.fields == {"model": "free", "text": "We met. Agenda\\:\n- item #1"}
    # Day One shows an entry's first line as its title, heading or not (issue 19).
    assert (london.date, london.title, london.fields.get("text")) == (
        date(2020, 5, 5),
        "No heading here.",
        None,
    )
    assert mars.date == date(2020, 5, 4)
    assert (plain.date, plain.tags, plain.share) == (date(2020, 5, 4), [], Share.PRIVATE)


def test_dayone_bad_creation_date_names_the_entry(journal: Journal, tmp_path: Path):
    entries = [dayone_entry("2020-05-04T09:10:11Z", SECRET), dayone_entry("yesterday", SECRET)]
    source = write_json(tmp_path / "Journal.json", {"entries": entries})
    assert expect_rejected(journal, source, "dayone-json").message.startswith(
        "entry 2: creationDate"
    )


def test_dayone_bad_tags_are_named_by_validation(journal: Journal, tmp_path: Path):
    entries = [dayone_entry("2020-05-04T09:10:11Z", SECRET, tags=["ok", 7])]
    source = write_json(tmp_path / "Journal.json", {"entries": entries})
    assert (
        expect_rejected(journal, source, "dayone-json").message == "entry 1: tags[1]: must be text"
    )


def test_dayone_date_past_the_calendar_names_the_entry(journal: Journal, tmp_path: Path):
    entries = [dayone_entry("9999-12-31T23:00:00Z", SECRET, tz="Asia/Tokyo")]
    source = write_json(tmp_path / "Journal.json", {"entries": entries})
    assert expect_rejected(journal, source, "dayone-json").message.startswith(
        "entry 1: creationDate"
    )


def test_json_with_a_huge_number_is_rejected(journal: Journal, tmp_path: Path):
    source = tmp_path / "j.json"
    source.write_text('{"entries": [{"date": "2020-01-01", "n": ' + "9" * 5000 + "}]}", "utf-8")
    assert "too large" in expect_rejected(journal, source, "jrnl-json").message
