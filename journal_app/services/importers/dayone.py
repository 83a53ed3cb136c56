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
from journal_app.domain.schema import MAX_TITLE
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import ImportFormatError
from journal_app.services.importers import (
    ParsedImport,
    build_record,
    entry_list,
    entry_where,
    load_json,
    tidy_text,
)

log = logging.getLogger(__name__)

# Day One backslash-escapes Markdown punctuation in plain text ("3\. item", "\-").
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~=])")
# Inline references to photos and other media; the files are not imported.
_MOMENT = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\n]*\)")
# Markdown heading marks around a line: "## Title ##" -> "Title".
_HEADING_MARKS = re.compile(r"^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MEDIA_KEYS = ("photos", "videos", "audios", "pdfAttachments")


def parse(path: Path, vocabulary: Vocabulary) -> ParsedImport:
    """Every entry of a Day One JSON export; the first bad entry stops the import."""
    entries = entry_list(load_json(path), path.name, "Day One JSON")
    found: list[tuple[Record, str]] = []
    counts = {"media": 0, "utc_fallback": 0}
    for number, entry in enumerate(entries, start=1):
        data = entry_to_input(entry, number, counts)
        record = build_record(data, vocabulary, entry_where(number), entry=number)
        # When it was written: Day One's creation time, to the second.
        record.created = creation_time(entry, number).astimezone(UTC).replace(microsecond=0)
        found.append((record, record.created.isoformat()))
    log.info(
        "read %d Day One entries; %d attachments skipped; %d without a known time zone",
        len(found),
        counts["media"],
        counts["utc_fallback"],
    )
    return ParsedImport(found, "dayone-json")


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
    title, body = first_line_title(without_moments(text))
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
    created = creation_time(entry, number)
    try:
        return created.astimezone(zone(entry.get("timeZone"), counts)).date().isoformat()
    except OverflowError:  # e.g. 9999-12-31T23:00Z moved east of UTC
        raise ImportFormatError(
            f"{entry_where(number)}: creationDate: outside the calendar",
            code="entry_date",
            entry=number,
        ) from None


def creation_time(entry: dict[str, Any], number: int) -> datetime:
    """The entry's creationDate (UTC when it names no offset)."""
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
    return created if created.tzinfo is not None else created.replace(tzinfo=UTC)


def zone(name: Any, counts: dict[str, int]) -> tzinfo:
    """The named IANA time zone, or UTC (counted) when it is missing or unknown."""
    if isinstance(name, str) and name.strip():
        try:
            return ZoneInfo(name.strip())
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    counts["utc_fallback"] += 1
    return UTC


def without_moments(text: str) -> str:
    """The text without its links to photos and other media. A line that held only
    such links goes, and so does a blank line that its going would double: the
    paragraphs around a photo stay one blank line apart, as they were around it."""
    kept: list[str] = []
    after_removed = False  # the last line looked at held only links, and went
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _MOMENT.search(line):
            line = _MOMENT.sub("", line)
            if not line.strip():
                after_removed = True
                continue
        if not line.strip() and after_removed and (not kept or not kept[-1].strip()):
            continue  # a blank line beside one already kept, where a photo was
        after_removed = after_removed and not line.strip()
        kept.append(line)
    return "\n".join(kept)


def first_line_title(text: str) -> tuple[str, str]:
    """(title, body) as Day One shows an entry: its first line is the title, without
    Markdown's heading marks, and the body starts after it. A first line too long for
    a title stays in the text, with no title."""
    text = tidy_text(text)
    first, _, rest = text.partition("\n")
    match = _HEADING_MARKS.match(first)
    title = (match.group(1) if match else first).strip()
    if len(" ".join(unescape(title).split())) > MAX_TITLE:
        return "", text
    return title, tidy_text(rest)


def unescape(text: str) -> str:
    """Undo Day One's backslash escapes of Markdown punctuation."""
    return _ESCAPED.sub(r"\1", text)
