"""What the CLI prints for people and for scripts: records in words, a record per
row, JSON, and the warnings about plain files it writes."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from journal_app.domain.fields import ActionField, Field, SectionField
from journal_app.domain.record_name import record_name
from journal_app.domain.records import TYPE_LABELS, Record
from journal_app.domain.text import printable
from journal_app.domain.vocabulary import Vocabulary
from journal_app.services.pack_labels import (
    CHOICE_LABELS,
    FIELD_LABELS,
    VOCABULARY_FIELD_LABELS,
    choice_label,
    field_label,
    field_text,
)


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def format_record(record: Record, vocabulary: Vocabulary) -> str:
    """A record for a person at a terminal: fields and choices in the words the pack
    uses (services/pack_labels.py), themes and competence areas by name (control
    characters made visible)."""
    return printable(_format_record(record, vocabulary))


def _format_record(record: Record, vocabulary: Vocabulary) -> str:
    lines = [
        record_name(record),
        f"  id: {record.id}",
        f"  {TYPE_LABELS[record.type]}, {record.date.isoformat()}"
        f"   share: {record.share.value}"
        f"   for supervision: {'yes' if record.for_supervision else 'no'}",
        # When it was written (an imported entry: when it was written in jrnl or Day One).
        f"  written {record.created.astimezone().strftime('%Y-%m-%d %H:%M')}",
    ]
    if record.tags:
        lines.append(f"  tags: {', '.join(record.tags)}")
    if record.shared_title:
        lines.append(f"  shared title: {record.shared_title}")
    if record.shared_summary:
        lines += ["", "Shared summary:", _indent(record.shared_summary)]
    for name in _field_order(record):
        text = _field_words(name, record.fields[name], vocabulary)
        lines += ["", f"{field_label(record.type, name)}:", _indent(text)]
    return "\n".join(lines)


def _field_order(record: Record) -> list[str]:
    """As the pack lists a record's fields; themes and competence areas after them,
    then any field no list names."""
    known = [*FIELD_LABELS.get(record.type, {}), *VOCABULARY_FIELD_LABELS]
    return [n for n in known if n in record.fields] + [n for n in record.fields if n not in known]


def _field_words(name: str, value: Any, vocabulary: Vocabulary) -> str:
    if name == Field.THEMES:
        return ", ".join(vocabulary.themes.get(t, t) for t in value)
    if name == Field.COMPETENCES:
        areas = vocabulary.competences
        return "; ".join(areas[a].name if a in areas else a for a in value)
    if name == Field.ACTIONS:
        return "\n".join(_action_words(a) for a in value)
    if name == Field.CONSIDERATIONS:
        prompts = CHOICE_LABELS[Field.CONSIDERATIONS]
        return "\n".join(f"{prompts.get(k, k)} {v}" for k, v in value.items())
    if name == Field.SECTIONS:
        return "\n".join(
            f"{s.get(SectionField.HEADING, '')}: {s.get(SectionField.TEXT, '')}" for s in value
        )
    if isinstance(value, dict):  # not a field of today's records
        return "\n".join(f"{k}: {v}" for k, v in value.items())
    return field_text(name, value)


def _action_words(action: dict[str, Any]) -> str:
    status = choice_label(ActionField.STATUS, action.get(ActionField.STATUS, "open"))
    owner, due = action.get(ActionField.OWNER), action.get(ActionField.DUE)
    return (
        f"[{status}] {action.get(ActionField.TEXT, '')}"
        + (f" (owner: {owner})" if owner else "")
        + (f" due {due}" if due else "")
    )


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


# A row of `list`, `search` and `trash`: the entry's date, kind, share level and name
# on one line, its id (for show, edit and the rest) under it; both within 80 columns.
ROW_WIDTH = 80
_ID_INDENT = " " * 12


def format_row(record: Record) -> str:
    head = f"{record.date.isoformat()}  {record.type.value:<11}  {record.share.value:<7}  "
    name = printable(record_name(record), multiline=False)
    return f"{head}{_fit(name, ROW_WIDTH - len(head))}\n{_ID_INDENT}{printable(record.id, False)}"


def _fit(text: str, width: int) -> str:
    """`text` cut to `width` columns, with an ellipsis where it was cut."""
    if _columns(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        used += _columns(char)
        if used > width - 1:
            break
        kept.append(char)
    return "".join(kept).rstrip() + "…"


def _columns(text: str) -> int:
    """How many terminal columns `text` takes: East Asian wide letters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def warn_if_synced(path: Path, what: str) -> None:
    """Say so when a plain file is about to go into a folder the cloud copies."""
    from journal_app.services.synced_folders import sync_service

    service = sync_service(path)
    if service:
        print(
            f"warning: {path.parent} is a folder that {service} copies to the cloud (on a "
            f"work laptop, often your employer's account); {what} is not encrypted",
            file=sys.stderr,
        )


def warn_not_encrypted(what: str, it: str) -> None:
    """After writing a plain file (README: "the app warns before writing plain files"):
    `what` is "<file> is" or "the files in <folder> are", `it` "it" or "them"."""
    print(
        f"warning: {what} NOT encrypted: keep {it} where only you can open {it}, and "
        f"delete {it} when no longer needed",
        file=sys.stderr,
    )
