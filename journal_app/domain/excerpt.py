"""The first words of an entry, as the record list shows them under its title: the
first line of what the worker wrote, in the order the entry reads."""

from __future__ import annotations

from journal_app.domain.fields import Field, SectionField
from journal_app.domain.records import Record
from journal_app.domain.schema import SCHEMAS, Kind

# Text fields that name something rather than hold what was written.
_NOT_WRITING = {Field.TEMPLATE, Field.SETTING, Field.SUPERVISOR, Field.PURPOSE_OTHER}


def written_texts(record: Record) -> list[str]:
    """The record's written text, field by field in the order its type reads; the
    shared summary last (it is written after the rest)."""
    texts: list[str] = []
    for name, spec in SCHEMAS[record.type].items():
        value = record.fields.get(name)
        if not value or name in _NOT_WRITING:
            continue
        if spec.kind is Kind.TEXT and isinstance(value, str):
            texts.append(value)
        elif spec.kind is Kind.SECTIONS and isinstance(value, list):
            texts += [str(s.get(SectionField.TEXT) or "") for s in value if isinstance(s, dict)]
    texts.append(record.shared_summary)
    return [t for t in texts if t.strip()]


def first_line(record: Record, limit: int = 200) -> str:
    """The first non-empty line the worker wrote ("" when nothing is written), spaces
    made single and cut at `limit` characters (the list elides it to its width)."""
    for text in written_texts(record):
        for line in text.splitlines():
            words = " ".join(line.split())
            if words:
                return words[:limit].rstrip()
    return ""
