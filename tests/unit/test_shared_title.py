"""`shared_title`: an optional title used instead of the title wherever an entry is
shared as a summary (PRODUCT.md)."""

from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest
from conftest import PASSPHRASE

from journal_app.cli import run
from journal_app.domain.records import Share
from journal_app.domain.schema import record_from_input
from journal_app.errors import ValidationError
from journal_app.services.pack import PackOptions, build_pack
from journal_app.services.vocabulary import load_vocabulary

ENTRY = {
    "type": "reflection",
    "date": "2026-10-05",
    "title": "Visit to Mrs K at Oak Road",
    "shared_title": "  A difficult   home visit ",
    "share": "summary",
    "fields": {"model": "free", "description": "Mrs K was distressed"},
}


def test_it_is_checked_and_tidied_like_a_title():
    record = record_from_input(ENTRY, None)
    assert record.shared_title == "A difficult home visit"
    assert record.to_dict()["shared_title"] == "A difficult home visit"
    with pytest.raises(ValidationError) as caught:
        record_from_input(dict(ENTRY, shared_title=["not", "text"]), None)
    assert caught.value.field == "shared_title"
    assert "shared_title" not in record_from_input(dict(ENTRY, shared_title=""), None).to_dict()


def _pack(record, share):
    options = PackOptions(date(2026, 10, 1), date(2026, 10, 31), shares={record.id: share})
    return build_pack([record], load_vocabulary(), options).document


def test_a_summary_shows_the_shared_title_never_the_title():
    record = record_from_input(ENTRY, None)
    texts = " ".join(f"{where} {text}" for where, text in _pack(record, Share.SUMMARY).texts())
    assert "A difficult home visit" in texts
    assert "Mrs K" not in texts and "Oak Road" not in texts


def test_shared_in_full_it_shows_the_title():
    record = record_from_input(ENTRY, None)
    texts = " ".join(text for _where, text in _pack(record, Share.FULL).texts())
    assert "Visit to Mrs K at Oak Road" in texts


def test_the_command_line_takes_and_shows_it(tmp_path, capsys, monkeypatch):
    vault = tmp_path / "j.pswvault"
    passfile = tmp_path / "p.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    base = ["--vault", str(vault), "--passphrase-file", str(passfile)]
    assert run([*base, "init", "--kdf-memory", "19456", "--kdf-iterations", "2"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(ENTRY)))
    assert run([*base, "add", "--json", "-"]) == 0
    record_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert run([*base, "show", record_id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["shared_title"] == "A difficult home visit"
    assert run([*base, "show", record_id]) == 0
    assert "shared title: A difficult home visit" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"shared_title": ""}'))
    assert run([*base, "edit", record_id, "--json", "-"]) == 0
    capsys.readouterr()
    assert run([*base, "show", record_id, "--json"]) == 0
    assert "shared_title" not in json.loads(capsys.readouterr().out)
