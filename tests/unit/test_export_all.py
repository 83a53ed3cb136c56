"""The whole journal as plain JSON or Markdown: complete, never over other files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.domain.schema import SCHEMAS, Kind, record_from_input
from journal_app.errors import ValidationError
from journal_app.services.export_all import JSON_NAME, export_all
from journal_app.services.journal import Journal


@pytest.fixture
def journal(tmp_path: Path):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import corpus

    journal, _ = Journal.create(tmp_path / "v.pswvault", PASSPHRASE, FAST_KDF)
    journal.save_many(record_from_input(d, journal.vocabulary) for d in corpus.generate(60, 4))
    journal.save_settings({"display_name": "Sam Lee"})
    yield journal
    journal.lock()


def test_json_holds_every_record_exactly(journal, tmp_path):
    out = tmp_path / "export"
    assert export_all(journal, "json", out) == len(journal)
    document = json.loads((out / JSON_NAME).read_text("utf-8"))
    assert document["records"] == sorted(
        (r.to_dict() for r in journal.records()), key=lambda d: (d["date"], d["created"], d["id"])
    )
    assert document["settings"] == {"display_name": "Sam Lee"}
    assert document["trash"] == [] and document["history"] == {}
    if os.name == "posix":
        assert (out / JSON_NAME).stat().st_mode & 0o777 == 0o600
        assert out.stat().st_mode & 0o777 == 0o700


def test_json_holds_the_trash_and_every_earlier_version(journal, tmp_path):
    first, second = journal.records()[:2]
    journal.edit(first.id, {"title": "Renamed once"})
    journal.edit(first.id, {"title": "Renamed twice"})
    journal.edit(second.id, {"title": "Renamed, then binned"})
    journal.move_to_trash(second.id)
    out = tmp_path / "export"
    export_all(journal, "json", out)
    document = json.loads((out / JSON_NAME).read_text("utf-8"))
    assert [r["id"] for r in document["trash"]] == [second.id]
    assert second.id not in [r["id"] for r in document["records"]]
    assert {k: [v["record"]["title"] for v in vs] for k, vs in document["history"].items()} == {
        first.id: ["Renamed once", first.title],
        second.id: [second.title],
    }


def test_markdown_has_one_file_per_record_with_every_text(journal, tmp_path):
    out = tmp_path / "export"
    count = export_all(journal, "markdown", out)
    files = sorted(out.glob("*/*.md"))
    assert len(files) == count == len(journal)
    everything = "\n".join(p.read_text("utf-8") for p in files)
    for record in journal.records():
        assert record.id in everything
        texts = [record.title, record.shared_summary, *record.tags]
        texts += [
            v
            for name, v in record.fields.items()
            if SCHEMAS[record.type][name].kind is Kind.TEXT and isinstance(v, str)
        ]
        texts += [a["text"] for a in record.fields.get("actions", [])]
        texts += [str(v) for v in record.fields.get("considerations", {}).values()]
        for theme in record.fields.get("themes", []):
            texts.append(journal.vocabulary.themes[theme])
        for text in texts:
            assert text in everything
    index = (out / "index.md").read_text("utf-8")
    assert all(f"{p.parent.name}/{p.name}" in index for p in files)


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_it_never_writes_into_a_folder_that_holds_files(journal, tmp_path, fmt):
    out = tmp_path / "busy"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(ValidationError) as err:
        export_all(journal, fmt, out)
    assert err.value.field == "out"
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_an_unknown_format_names_the_field(journal, tmp_path):
    with pytest.raises(ValidationError) as err:
        export_all(journal, "docx", tmp_path / "x")
    assert err.value.field == "format"
    assert not (tmp_path / "x").exists()
