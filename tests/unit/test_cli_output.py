"""What the command line prints for a person (issue 17): `show` names fields and
choices in words (the pack's words, services/pack_labels.py), never as stored keys,
while --json keeps the keys; `list`, `search` and `trash` show each entry's share
level, every line within 80 columns."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from journal_app.cli import run
from journal_app.services.journal import Journal
from tests.conftest import FAST_KDF, PASSPHRASE

REFLECTION = {
    "type": "reflection",
    "date": "2025-03-01",
    "title": "Group about hearing voices",
    "share": "summary",
    "for_supervision": True,
    "fields": {
        "model": "gibbs",
        "session_kind": "one_to_one",
        "description": "Ran the Tuesday group",
        "themes": ["hope_recovery", "lived_experience"],
        "competences": ["relational.active-listening"],
        "mood_after": 7,
    },
}
SUPERVISION = {
    "type": "supervision",
    "date": "2025-03-05",
    "share": "full",
    "fields": {
        "supervisor_role": "alternative_contact",
        "functions": ["restorative", "formative"],
        "wellbeing_before": 4,
        "actions": [{"text": "Book training", "owner": "me", "status": "open"}],
        "next_date": "2025-04-02",
    },
}
DISCLOSURE = {
    "type": "disclosure",
    "date": "2025-03-03",
    "title": "Shared a little",
    "fields": {
        "decision": "partly_shared",
        "purposes": ["instil_hope", "build_trust"],
        "considerations": {"ready": "Yes, steady today"},
    },
}
LONG_TITLE = "A very long title " * 8


@pytest.fixture
def cli(tmp_path: Path, capsys):
    vault = tmp_path / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    ids = {}
    for name, data in {
        "reflection": REFLECTION,
        "supervision": SUPERVISION,
        "disclosure": DISCLOSURE,
        "long": {"type": "checkin", "date": "2025-03-06", "title": LONG_TITLE.strip()},
    }.items():
        ids[name] = journal.add(data).id
    journal.lock()
    passfile = tmp_path / "passphrase.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def call(*argv: str) -> str:
        code = run(["--vault", str(vault), "--passphrase-file", str(passfile), *argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    call.ids = ids
    return call


def _section(out: str, label: str) -> str:
    """The indented text under `label:` in show's output."""
    match = re.search(rf"^{re.escape(label)}:\n((?:  .*\n?)+)", out, re.MULTILINE)
    assert match, (label, out)
    return match.group(1).strip()


def test_show_names_fields_and_choices_in_words(cli):
    out = cli("show", cli.ids["reflection"])
    gibbs = "Six steps from what happened to an action plan (Gibbs)"
    assert _section(out, "Reflective model") == gibbs
    assert _section(out, "Kind of session") == "One to one"
    assert _section(out, "Themes") == "Hope and recovery, Drawing on lived experience"
    assert _section(out, "Competence areas") == (
        "Able to use active listening and communication skills in a peer relationship"
    )
    assert _section(out, "Mood afterwards") == "7 out of 10"
    assert "Reflection, 2025-03-01" in out
    for key in ("gibbs", "one_to_one", "hope_recovery", "session_kind", "mood_after", "Model:"):
        assert key not in out


def test_show_names_a_supervision_note_and_a_disclosure_in_words(cli):
    out = cli("show", cli.ids["supervision"])
    assert _section(out, "Supervisor's role") == "Alternative contact"
    assert _section(out, "Functions covered") == "Restorative, Formative"
    assert _section(out, "Wellbeing before") == "4 out of 10"
    assert _section(out, "Agreed actions") == "[Open] Book training (owner: me)"
    assert _section(out, "Next supervision") == "2025-04-02"
    out = cli("show", cli.ids["disclosure"])
    assert _section(out, "Decision") == "Partly shared"
    assert _section(out, "Purpose") == "Instil hope, Build trust"
    assert _section(out, "What I weighed") == "Am I ready and steady to share it? Yes, steady today"
    assert "partly_shared" not in out and "instil_hope" not in out and "ready:" not in out


def test_show_json_keeps_the_stored_keys(cli):
    shown = json.loads(cli("show", cli.ids["reflection"], "--json"))
    assert shown["fields"] == REFLECTION["fields"]


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def test_list_shows_each_entry_s_share_level_within_80_columns(cli):
    out = cli("list")
    lines = out.splitlines()
    assert all(_columns(line) <= 80 for line in lines), [ln for ln in lines if len(ln) > 80]
    for name, share in (("reflection", "summary"), ("supervision", "full"), ("long", "private")):
        [at] = [i for i, line in enumerate(lines) if cli.ids[name] in line]
        row = lines[at - 1]  # the entry's line; its id on the line under it
        assert re.search(rf"\b{share}\b", row), (name, row)
    reflection_row = next(ln for ln in lines if "Group about hearing voices" in ln)
    assert reflection_row.startswith("2025-03-01") and "reflection" in reflection_row
    assert any(line.rstrip().endswith("…") for line in lines)  # the long title, cut


def test_search_and_trash_rows_show_the_share_level_too(cli):
    row = next(ln for ln in cli("search", "tuesday").splitlines() if "Group about" in ln)
    assert "summary" in row
    assert cli("list", "--json")  # unchanged: a JSON list
    run_delete = cli("delete", cli.ids["supervision"])
    assert run_delete == ""
    lines = cli("trash").splitlines()
    assert any(cli.ids["supervision"] in line for line in lines)
    assert any(re.search(r"\bfull\b", line) for line in lines)
    assert all(_columns(line) <= 80 for line in lines)
