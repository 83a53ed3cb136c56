"""The names of record fields (domain/fields.py) are the fields the schema defines and
the names the vault stores (docs/FORMAT.md): a field renamed in one place and not the
other fails here, and no name's stored value can drift."""

from __future__ import annotations

import re
from pathlib import Path

from journal_app.domain.fields import ActionField, Field, RecordKey, SectionField
from journal_app.domain.records import RecordType
from journal_app.domain.schema import (
    COMMON_KEYS,
    SCHEMAS,
    record_from_input,
    validate_fields,
)

FORMAT = (Path(__file__).resolve().parents[2] / "docs" / "FORMAT.md").read_text("utf-8")


def test_each_field_name_is_a_field_the_schema_defines_and_each_schema_field_is_named():
    defined = {name for fields in SCHEMAS.values() for name in fields}
    assert {field.value for field in Field} == defined
    for fields in SCHEMAS.values():
        assert all(isinstance(name, Field) for name in fields)


def test_each_record_key_is_a_key_of_the_stored_record():
    assert {key.value for key in RecordKey} == COMMON_KEYS
    record = record_from_input({"type": "checkin", "date": "2026-01-01", "shared_title": "A"}, None)
    assert {key.value for key in RecordKey} <= set(record.to_dict())


def test_action_and_section_keys_are_the_ones_a_saved_record_holds():
    fields = validate_fields(
        RecordType.SUPERVISION,
        {Field.ACTIONS: [{ActionField.TEXT: "Read the policy", ActionField.DUE: "2026-02-01"}]},
        None,
    )
    assert set(fields[Field.ACTIONS][0]) == {key.value for key in ActionField}
    fields = validate_fields(
        RecordType.REFLECTION, {Field.SECTIONS: [{SectionField.HEADING: "Why"}]}, None
    )
    assert set(fields[Field.SECTIONS][0]) == {key.value for key in SectionField}


def test_every_name_is_the_one_the_file_format_documents():
    """The values are the stored names: FORMAT.md's tables name each of them."""
    documented = set(re.findall(r"`([a-z_]+)`", FORMAT)) | set(re.findall(r'"([a-z_]+)"', FORMAT))
    for name in [*Field, *RecordKey, *ActionField, *SectionField]:
        assert name.value in documented, name


def test_a_name_is_the_same_key_as_its_string():
    fields = {"next_date": "2026-03-01"}
    assert fields[Field.NEXT_DATE] == "2026-03-01"
    assert f"fields.{Field.NEXT_DATE}" == "fields.next_date"
