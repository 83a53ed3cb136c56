"""Day One's JSON export (Journal.json) as free-text reflections."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journal_app.domain.fields import Field
from journal_app.domain.records import Record
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import ImportFormatError
from journal_app.services.importers import (
    build_record,
    entry_list,
    entry_where,
    load_json,
    split_heading,
    tidy_text,
)

log = logging.getLogger(__name__)

# Day One backslash-escapes Markdown punctuation in plain text ("3\. item", "\-").
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~=])")
# Inline references to photos and other media; the files are not imported.
_MOMENT = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\n]*\)")
_MEDIA_KEYS = ("photos", "videos", "audios", "pdfAttachments")


def parse(path: Path, vocabulary: Vocabulary) -> list[Record]:
    """Every entry of a Day One JSON export; the first bad entry stops the import."""
    entries = entry_list(load_json(path), path.name, "Day One JSON")
    records = []
    counts = {"media": 0, "utc_fallback": 0}
    for number, entry in enumerate(entries, start=1):
        data = entry_to_input(entry, number, counts)
        records.append(build_record(data, vocabulary, entry_where(number), entry=number))
    log.info(
        "read %d Day One entries; %d attachments skipped; %d without a known time zone",
        len(records),
        counts["media"],
        counts["utc_fallback"],
    )
    return records


def entry_to_input(entry: Any, number: int, counts: dict[str, int]) -> dict[str, Any]:
    """Record JSON for one Day One entry; `counts` tallies what was left out."""
    where = entry_where(number)
    if not isinstance(entry, dict):
        raise ImportFormatError(
            f"{where}: must be a JSON object", code="entry_not_object", entry=number
        )
    text = entry.get("text")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise ImportFormatError(f"{where}: text: must be text", code="entry_text", entry=number)
    counts["media"] += sum(
        len(entry[key]) for key in _MEDIA_KEYS if isinstance(entry.get(key), list)
    )
    title, body = split_heading(_MOMENT.sub("", text))
    tags = entry.get("tags") or []
    if entry.get("starred") is True and isinstance(tags, list):
        tags = [*tags, "starred"]
    return {
        "type": "reflection",
        "date": local_date(entry, number, counts),
        "title": unescape(title),
        "tags": tags,
        "share": "private",
        "fields": {Field.MODEL: "free", Field.TEXT: tidy_text(unescape(body))},
    }


def local_date(entry: dict[str, Any], number: int, counts: dict[str, int]) -> str:
    """The creation date in the entry's own time zone (UTC when that zone is unknown)."""
    where = entry_where(number)
    raw = entry.get("creationDate")
    if raw is None:
        raise ImportFormatError(
            f"{where}: creationDate: is required", code="entry_date", entry=number
        )
    try:
        created = datetime.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        created = None
    if created is None:
        raise ImportFormatError(
            f"{where}: creationDate: must be an ISO 8601 date and time",
            code="entry_date",
            entry=number,
        )
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    try:
        return created.astimezone(zone(entry.get("timeZone"), counts)).date().isoformat()
    except OverflowError:  # e.g. 9999-12-31T23:00Z moved east of UTC
        raise ImportFormatError(
            f"{where}: creationDate: outside the calendar", code="entry_date", entry=number
        ) from None


def zone(name: Any, counts: dict[str, int]) -> tzinfo:
    """The named IANA time zone, or UTC (counted) when it is missing or unknown."""
    if isinstance(name, str) and name.strip():
        try:
            return ZoneInfo(name.strip())
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    counts["utc_fallback"] += 1
    return UTC


def unescape(text: str) -> str:
    """Undo Day One's backslash escapes of Markdown punctuation."""
    return _ESCAPED.sub(r"\1", text)
