"""jrnl's JSON export (`jrnl --export json`) as free-text reflections."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from journal_app.domain.fields import Field
from journal_app.domain.records import Record
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import ImportFormatError
from journal_app.services.importers import (
    build_record,
    date_part,
    entry_list,
    entry_where,
    fit_title,
    load_json,
    tag_names,
    tidy_text,
)

log = logging.getLogger(__name__)


def parse(path: Path, vocabulary: Vocabulary) -> list[Record]:
    """Every entry of a jrnl JSON export; the first bad entry stops the import."""
    entries = entry_list(load_json(path), path.name, "jrnl JSON")
    records = [
        build_record(entry_to_input(entry, number), vocabulary, entry_where(number), entry=number)
        for number, entry in enumerate(entries, start=1)
    ]
    log.info("read %d jrnl entries", len(records))
    return records


def entry_to_input(entry: Any, number: int) -> dict[str, Any]:
    """Record JSON for one jrnl entry; `time` is dropped (records keep only a date)."""
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
