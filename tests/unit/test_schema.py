"""Validation of record JSON on the way in: every error names its field."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.domain.records import RecordType, Share
from journal_app.domain.schema import SCHEMAS, record_from_input, record_with_changes
from journal_app.errors import ValidationError
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()


def build(**data):
    return record_from_input(data, VOCAB)


def field_of(data) -> str:
    with pytest.raises(ValidationError) as exc:
        record_from_input(data, VOCAB)
    return exc.value.field


def test_only_type_and_date_are_required_and_defaults_are_private():
    record = build(type="checkin", date="2025-06-30")
    assert record.type is RecordType.CHECKIN
    assert record.date == date(2025, 6, 30)
    assert record.share is Share.PRIVATE
    assert record.for_supervision is False
    assert record.title == "" and record.tags == [] and record.fields == {}
    assert len(record.id) == 36


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"date": "2025-01-01"}, "type"),
        ({"type": "checkin"}, "date"),
        ({"type": "checkin", "date": "2025-1-1"}, "date"),
        ({"type": "checkin", "date": 20250101}, "date"),
        ({"type": "checkin", "date": "2023-02-29"}, "date"),
        ({"type": "checkin", "date": "2025-01-01", "title": 5}, "title"),
        ({"type": "checkin", "date": "2025-01-01", "tags": "a,b"}, "tags"),
        ({"type": "checkin", "date": "2025-01-01", "tags": ["ok", ""]}, "tags[1]"),
        ({"type": "checkin", "date": "2025-01-01", "for_supervision": "yes"}, "for_supervision"),
        ({"type": "checkin", "date": "2025-01-01", "fields": []}, "fields"),
        ({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 7.5}}, "fields.mood"),
        ({"type": "checkin", "date": "2025-01-01", "fields": {"mood": True}}, "fields.mood"),
        ({"type": "checkin", "date": "2025-01-01", "fields": {"energy": -1}}, "fields.energy"),
        ({"type": "checkin", "date": "2025-01-01", "fields": {"note": ["x"]}}, "fields.note"),
        ({"type": "reflection", "date": "2025-01-01", "fields": {"mood": 5}}, "fields.mood"),
        (
            {"type": "reflection", "date": "2025-01-01", "fields": {"model": "kolb"}},
            "fields.model",
        ),
        (
            {"type": "reflection", "date": "2025-01-01", "fields": {"themes": ["hope", "x"]}},
            "fields.themes[0]",
        ),
        (
            {"type": "reflection", "date": "2025-01-01", "fields": {"competences": ["nope"]}},
            "fields.competences[0]",
        ),
        (
            {"type": "reflection", "date": "2025-01-01", "fields": {"session_kind": "zoom"}},
            "fields.session_kind",
        ),
        (
            {"type": "disclosure", "date": "2025-01-01", "fields": {"purposes": ["fun"]}},
            "fields.purposes[0]",
        ),
        (
            {
                "type": "disclosure",
                "date": "2025-01-01",
                "fields": {"considerations": {"mood_of_day": "fine"}},
            },
            "fields.considerations.mood_of_day",
        ),
        (
            {"type": "supervision", "date": "2025-01-01", "fields": {"next_date": "soon"}},
            "fields.next_date",
        ),
        (
            {
                "type": "supervision",
                "date": "2025-01-01",
                "fields": {"supervisor_role": "boss"},
            },
            "fields.supervisor_role",
        ),
        (
            {
                "type": "supervision",
                "date": "2025-01-01",
                "fields": {"actions": [{"text": "ok"}, {"text": "", "owner": "me"}]},
            },
            "fields.actions[1].text",
        ),
        (
            {
                "type": "supervision",
                "date": "2025-01-01",
                "fields": {"actions": [{"text": "Book course", "due": "2025-02-31"}]},
            },
            "fields.actions[0].due",
        ),
        (
            {
                "type": "supervision",
                "date": "2025-01-01",
                "fields": {"actions": [{"text": "Book course", "priority": "high"}]},
            },
            "fields.actions[0].priority",
        ),
        (
            {"type": "supervision", "date": "2025-01-01", "fields": {"wellbeing_after": 0}},
            "fields.wellbeing_after",
        ),
    ],
)
def test_errors_name_the_field(data, field):
    assert field_of(data) == field


def test_every_type_accepts_all_its_fields():
    full = {
        RecordType.REFLECTION: {
            "model": "ending",
            "ending_planned": "partly",
            "ending_marked": "A card and a walk",
            "ending_next_support": "Recovery college course",
            "ending_feelings": "Sad and proud",
            "sections": [{"heading": "My own prompt", "text": "An answer"}],
            "session_kind": "one_to_one",
            "themes": ["endings", "hope_recovery"],
            "competences": ["relational.peer-relationship"],
            "mood_after": 6,
        },
        RecordType.DISCLOSURE: {
            "decision": "partly_shared",
            "what": "That I had used the crisis line too",
            "purposes": ["instil_hope", "normalise"],
            "considerations": {"whose_needs": "Theirs", "ready": "Yes, steady"},
            "received": "Warmly",
            "feelings_after": "Exposed but okay",
            "learning": "Less is more",
        },
        RecordType.SUPERVISION: {
            "supervisor": "Sam",
            "supervisor_role": "alternative_contact",
            "functions": ["restorative", "formative"],
            "wellbeing_before": 4,
            "wellbeing_after": 7,
            "agenda": "Endings",
            "discussed": "The ending with R",
            "support_offered": "Time back",
            "actions": [{"text": "Ask about training", "owner": "me", "due": "2025-02-01"}],
            "next_date": "2025-02-10",
        },
        RecordType.CHECKIN: {"mood": 5, "stress": 8, "energy": 3, "note": "Long week"},
    }
    for record_type, fields in full.items():
        assert set(fields) <= set(SCHEMAS[record_type])
        record = build(type=record_type.value, date="2025-01-05", fields=fields)
        for key, value in fields.items():
            if key == "actions":
                assert record.fields[key] == [{**value[0], "status": "open"}]
            else:
                assert record.fields[key] == value


def test_tags_are_trimmed_and_deduplicated():
    record = build(type="checkin", date="2025-01-01", tags=["  Group  work ", "group work", "x"])
    assert record.tags == ["Group work", "x"]


def test_edit_merges_fields_and_keeps_the_rest():
    record = build(
        type="checkin", date="2025-01-01", title="Monday", fields={"mood": 4, "note": "Tired"}
    )
    changed = record_with_changes(record, {"fields": {"mood": 6, "note": None}}, VOCAB)
    assert changed.fields == {"mood": 6}
    assert changed.title == "Monday"
    assert changed.id == record.id and changed.created == record.created
    assert record.fields == {"mood": 4, "note": "Tired"}  # the original is untouched


def test_edit_cannot_change_type_or_id():
    record = build(type="checkin", date="2025-01-01")
    for changes, field in (({"type": "reflection"}, "type"), ({"id": "other"}, "id")):
        with pytest.raises(ValidationError) as exc:
            record_with_changes(record, changes, VOCAB)
        assert exc.value.field == field
