"""The first line of an entry that the record list shows under its title."""

from __future__ import annotations

from datetime import date

from journal_app.domain.excerpt import first_line, written_texts
from journal_app.domain.records import Record, RecordType


def _record(record_type: RecordType, **fields) -> Record:
    return Record(record_type, date(2026, 11, 16), title="The title", fields=fields)


def test_the_first_written_line_in_the_order_the_entry_reads():
    record = _record(
        RecordType.REFLECTION,
        feelings="Second field",
        description="\n  First   line of the\tdescription \nand its second line",
        model="gibbs",
    )
    assert first_line(record) == "First line of the description"


def test_choices_names_and_scores_are_not_the_entrys_text():
    record = _record(
        RecordType.SUPERVISION,
        supervisor="J. Smith",
        supervisor_role="line_manager",
        wellbeing_before=4,
        discussed="Boundaries with a group",
    )
    assert written_texts(record) == ["Boundaries with a group"]
    assert first_line(_record(RecordType.CHECKIN, mood=5)) == ""


def test_own_sections_and_the_shared_summary_count_as_written():
    sections = [{"heading": "Start", "text": ""}, {"heading": "Then", "text": "What I saw"}]
    record = _record(RecordType.REFLECTION, model="custom", sections=sections)
    assert first_line(record) == "What I saw"
    record.fields = {}
    record.shared_summary = "Learning to pause"
    assert first_line(record) == "Learning to pause"


def test_a_long_line_is_cut():
    assert (
        first_line(_record(RecordType.CHECKIN, note="word " * 100), limit=20)
        == "word " * 3 + "word"
    )
