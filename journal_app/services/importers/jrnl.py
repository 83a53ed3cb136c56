"""jrnl's JSON export (`jrnl --export json`) as free-text reflections."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from journal_app.domain.fields import Field
from journal_app.domain.records import Record
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import ImportFormatError
from journal_app.services.importers import (
    ParsedImport,
    build_record,
    date_part,
    entry_list,
    entry_where,
    fit_title,
    load_json,
    local_time,
    tag_names,
    tidy_text,
)

log = logging.getLogger(__name__)


# jrnl writes the time of day as %H:%M; seconds are allowed too.
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def parse(path: Path, vocabulary: Vocabulary) -> ParsedImport:
    """Every entry of a jrnl JSON export; the first bad entry stops the import."""
    entries = entry_list(load_json(path), path.name, "jrnl JSON")
    found: list[tuple[Record, str]] = []
    for number, entry in enumerate(entries, start=1):
        record = build_record(
            entry_to_input(entry, number), vocabulary, entry_where(number), entry=number
        )
        found.append((record, keep_time(record, entry, number)))
    log.info("read %d jrnl entries", len(found))
    return ParsedImport(found, "jrnl-json")


def keep_time(record: Record, entry: dict[str, Any], number: int) -> str:
    """The entry's time of day (jrnl's `time`, in this computer's time zone) as the
    record's `created` time; returns it as the entry gave it ("" when it has none)."""
    clock = entry.get("time")
    if clock is None or clock == "":
        return ""
    written = None
    if isinstance(clock, str) and _TIME.fullmatch(clock.strip()):
        clock = clock.strip()
        hours, _, rest = clock.partition(":")
        written = local_time(record.date.isoformat(), f"{int(hours):02d}:{rest}")
    if written is None:
        raise ImportFormatError(
            f"{entry_where(number)}: time: must be a time of day as HH:MM",
            code="entry_time",
            entry=number,
        )
    record.created = written
    return clock


def entry_to_input(entry: Any, number: int) -> dict[str, Any]:
    """Record JSON for one jrnl entry; its `time` is kept by `keep_time`."""
    if not isinstance(entry, dict):
        raise ImportFormatError(
            f"{entry_where(number)}: must be a JSON object", code="entry_not_object", entry=number
        )
    body = entry.get("body")
    title = entry.get("title")
    body = tidy_text(body) if isinstance(body, str) else ("" if body is None else body)
    title = "" if title is None else title
    # jrnl takes the first sentence as the title, so it can be long: keep it as text.
    title, body = fit_title(title, body)
    tags = tag_names(entry.get("tags") or [])
    if entry.get("starred") is True and isinstance(tags, list):
        tags = [*tags, "starred"]
    data: dict[str, Any] = {
        "type": "reflection",
        "title": title,
        "tags": tags,
        "share": "private",
        "fields": {Field.MODEL: "free", Field.TEXT: body},
    }
    if "date" in entry:
        data["date"] = date_part(entry["date"])
    return data
