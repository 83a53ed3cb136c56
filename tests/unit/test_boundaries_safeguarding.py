"""A reflection marked as involving a boundary question or a safeguarding concern:
the fields validate (naming the field), round-trip, and reach a supervision pack only
as the consent rules allow: counts for every shared reflection, the answers only in
full, a "debrief needed" line on page one, and nothing from a private entry."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.domain.fields import Field
from journal_app.domain.records import Record, RecordType, Share
from journal_app.domain.schema import record_from_input, record_with_changes
from journal_app.errors import ValidationError
from journal_app.services.pack import PackOptions, build_pack
from journal_app.services.pack_concerns import concern_counts
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
START, END = date(2026, 1, 1), date(2026, 3, 31)


def reflection(share: str = "private", title: str = "", **fields) -> Record:
    return record_from_input(
        {
            "type": "reflection",
            "date": "2026-02-03",
            "title": title,
            "share": share,
            "fields": {"model": "free", **fields},
        },
        VOCAB,
    )


CONCERN = {
    "boundary": True,
    "boundary_asked": "ASKED-TEXT",
    "boundary_in_role": "partly",
    "boundary_did": "DID-TEXT",
    "boundary_talked_to": "My supervisor",
    "safeguarding": True,
    "safeguarding_procedure_followed": "yes",
    "safeguarding_reported_to": "  Safeguarding   lead ",
    "safeguarding_reported_when": "2026-02-03",
    "debrief_needed": True,
}


def test_the_fields_validate_and_round_trip():
    record = reflection(**CONCERN)
    assert record.fields[Field.BOUNDARY] is True
    assert record.fields[Field.SAFEGUARDING_REPORTED_TO] == "Safeguarding lead"
    again = Record.from_stored(record.to_dict())
    assert again.fields == record.fields


def test_an_unticked_box_is_left_out_like_an_empty_field():
    record = reflection(boundary=False, safeguarding=False, debrief_needed=False)
    assert Field.BOUNDARY not in record.fields
    assert Field.SAFEGUARDING not in record.fields
    assert Field.DEBRIEF_NEEDED not in record.fields
    edited = record_with_changes(reflection(**CONCERN), {"fields": {"boundary": False}}, VOCAB)
    assert Field.BOUNDARY not in edited.fields


@pytest.mark.parametrize(
    ("fields", "name", "code"),
    [
        ({"boundary": "yes"}, "fields.boundary", "flag"),
        ({"safeguarding": 1}, "fields.safeguarding", "flag"),
        ({"debrief_needed": "true"}, "fields.debrief_needed", "flag"),
        ({"boundary_in_role": "maybe"}, "fields.boundary_in_role", "choice"),
        (
            {"safeguarding_procedure_followed": "sort of"},
            "fields.safeguarding_procedure_followed",
            "choice",
        ),
        (
            {"safeguarding_reported_when": "3 Feb 2026"},
            "fields.safeguarding_reported_when",
            "date_format",
        ),
        (
            {"safeguarding_reported_when": "2026-02-30"},
            "fields.safeguarding_reported_when",
            "not_a_date",
        ),
        ({"safeguarding_reported_to": "x" * 201}, "fields.safeguarding_reported_to", "too_long"),
        ({"boundary_asked": 5}, "fields.boundary_asked", "shape"),
    ],
)
def test_bad_values_are_refused_naming_the_field(fields, name, code):
    with pytest.raises(ValidationError) as caught:
        reflection(**fields)
    assert caught.value.field == name
    assert caught.value.code == code


def test_only_reflections_hold_them():
    with pytest.raises(ValidationError) as caught:
        record_from_input(
            {"type": "checkin", "date": "2026-02-03", "fields": {"safeguarding": True}}, VOCAB
        )
    assert caught.value.field == "fields.safeguarding"


def pack_text(records) -> str:
    """Every piece of the pack with where it is ("... > label: value")."""
    document = build_pack(records, VOCAB, PackOptions(START, END)).document
    return "\n".join(f"{where}: {text}" for where, text in document.texts())


def test_a_summary_counts_the_concerns_and_never_shows_the_answers():
    records = [
        reflection("summary", "Hard visit", **CONCERN),
        reflection("summary", "Asked for my number", boundary=True, boundary_asked="ASKED-2"),
        reflection("summary", "Unreported", safeguarding=True),
    ]
    text = pack_text(records)
    assert "Boundaries and safeguarding" in text
    assert (
        "A boundary question | 2" in text
        or "A boundary question\t2" in text
        or ("A boundary question" in text)
    )
    counts = concern_counts((r, r.share) for r in records)
    assert (counts.boundary, counts.safeguarding, counts.reported) == (2, 2, 1)
    for hidden in ("ASKED-TEXT", "ASKED-2", "DID-TEXT", "Safeguarding lead", "My supervisor"):
        assert hidden not in text


def test_in_full_the_answers_show_under_their_labels():
    text = pack_text([reflection("full", "Hard visit", **CONCERN)])
    for shown in (
        "A boundary question: Yes",
        "What was asked of me: ASKED-TEXT",
        "Was it within my role?: Partly",
        "What I did: DID-TEXT",
        "Reported to (role): Safeguarding lead",
        "Reported on: 3 February 2026",
        "I need a debrief: Yes",
    ):
        assert shown in text, shown


def test_private_reflections_add_to_no_count_and_no_debrief_line():
    text = pack_text([reflection("private", "PRIVATE-TITLE", **CONCERN)])
    assert "Boundaries and safeguarding" not in text
    assert "Debrief needed" not in text
    assert "PRIVATE-TITLE" not in text
    assert concern_counts([(reflection(**CONCERN), Share.PRIVATE)]).safeguarding == 0


def test_the_brief_offers_the_shared_items_that_need_a_debrief():
    records = [
        reflection("summary", "After the home visit", **CONCERN),
        reflection("full", "No debrief", safeguarding=True),
        reflection("private", "PRIVATE-DEBRIEF", safeguarding=True, debrief_needed=True),
    ]
    text = pack_text(records)
    line = next(
        t
        for t in text.splitlines()
        if t.startswith("Brief for this supervision") and "> Debrief needed: " in t
    )
    assert line.endswith(": After the home visit (3 February 2026).")
    assert "PRIVATE-DEBRIEF" not in text


def test_a_summary_with_a_shared_title_is_named_by_it_in_the_debrief_line():
    record = record_with_changes(
        reflection("summary", "Visit to R at home", **CONCERN),
        {"shared_title": "A home visit"},
        VOCAB,
    )
    text = pack_text([record])
    assert "A home visit (3 February 2026)" in text
    assert "Visit to R" not in text
    assert record.type is RecordType.REFLECTION


def test_the_command_line_adds_shows_and_refuses_them(tmp_path, capsys, monkeypatch):
    import io
    import json

    from journal_app.cli import run

    vault = tmp_path / "j.pswvault"
    passfile = tmp_path / "pass.txt"
    passfile.write_text("correct horse battery staple 42\n", encoding="utf-8")
    base = ["--vault", str(vault), "--passphrase-file", str(passfile)]
    fast = ["--kdf-memory", "19456", "--kdf-iterations", "2", "--kdf-lanes", "4"]
    assert run([*base, "init", *fast]) == 0
    capsys.readouterr()

    def add(record: dict) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(record)))
        code = run([*base, "add", "--json", "-"])
        out, err = capsys.readouterr()
        return code, out, err

    record = {"type": "reflection", "date": "2026-02-03", "fields": {"model": "free", **CONCERN}}
    code, out, _err = add(record)
    assert code == 0
    record_id = out.strip()
    assert run([*base, "show", record_id]) == 0
    shown = capsys.readouterr().out
    assert "A safeguarding concern:\n  Yes" in shown
    assert "Reported to (role):\n  Safeguarding lead" in shown
    assert "Was it within my role?:\n  Partly" in shown
    bad = {"type": "reflection", "date": "2026-02-03", "fields": {"debrief_needed": "yes"}}
    code, out, err = add(bad)
    assert code == 2 and out == ""
    assert "fields.debrief_needed:" in err and "Traceback" not in err
