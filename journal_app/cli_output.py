"""What the CLI prints for people and for scripts: records in words, a record per
row, JSON, and the warnings about plain files it writes."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from journal_app.domain.record_name import record_name
from journal_app.domain.records import Record
from journal_app.domain.text import printable


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def format_record(record: Record) -> str:
    """A record for a person at a terminal (control characters made visible)."""
    return printable(_format_record(record))


def _format_record(record: Record) -> str:
    lines = [
        record_name(record),
        f"  id: {record.id}",
        f"  {record.type.value}, {record.date.isoformat()}"
        f"   share: {record.share.value}"
        f"   for supervision: {'yes' if record.for_supervision else 'no'}",
    ]
    if record.tags:
        lines.append(f"  tags: {', '.join(record.tags)}")
    if record.shared_title:
        lines.append(f"  shared title: {record.shared_title}")
    if record.shared_summary:
        lines += ["", "Shared summary:", _indent(record.shared_summary)]
    for name, value in record.fields.items():
        lines += ["", f"{_label(name)}:", _indent(_format_value(value))]
    return "\n".join(lines)


def _format_value(value: Any) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        if "heading" in value[0]:
            return "\n".join(f"{s['heading']}: {s['text']}" for s in value)
        return "\n".join(
            f"[{a['status']}] {a['text']}"
            + (f" (owner: {a['owner']})" if a.get("owner") else "")
            + (f" due {a['due']}" if a.get("due") else "")
            for a in value
        )
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{_label(k)}: {v}" for k, v in value.items())
    return str(value)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def format_row(record: Record) -> str:
    return printable(
        f"{record.date.isoformat()}  {record.type.value:<11} {record.id}  {record_name(record)}",
        multiline=False,
    )


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
