"""Markdown or plain-text files (one file, or a folder of them) as free-text reflections.

A file may start with simple front matter between '---' lines (`title`, `date`,
`tags`); other keys, `type` included, are ignored. No YAML library is needed for
that much, and a YAML parser would accept far more than we can map to a record.
"""

from __future__ import annotations

import logging
import re
from datetime import date
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
    local_time,
    read_text,
    split_heading,
    tag_names,
    tidy_text,
)

log = logging.getLogger(__name__)

SUFFIXES = (".md", ".markdown", ".txt")
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_TIME_PART = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$"
)


def parse(path: Path, vocabulary: Vocabulary) -> ParsedImport:
    """One record per file; the first bad file stops the import."""
    skipped: list[str] = []
    found: list[tuple[Record, str]] = []
    for file, name in source_files(path, skipped):
        data, clock = file_to_input(file, name)
        record = build_record(data, vocabulary, name, file=name)
        written = local_time(record.date.isoformat(), clock) if clock else None
        if written is not None:
            record.created = written
        found.append((record, clock if written is not None else ""))
    log.info("read %d Markdown files, skipped %d links out", len(found), len(skipped))
    return ParsedImport(found, "markdown", skipped)


def source_files(path: Path, skipped: list[str] | None = None) -> list[tuple[Path, str]]:
    """(file, name for messages) pairs: the file itself, or a folder's files in sorted order.

    Hidden files and folders (such as an editor's `.trash`) are skipped, and so is
    anything reached through a link that leads out of the folder (its name goes into
    `skipped`).
    """
    if not path.is_dir():
        return [(path, path.name)]
    root = path.resolve()
    found = []
    for file in path.rglob("*"):
        relative = file.relative_to(path)
        if any(part.startswith(".") for part in relative.parts):
            continue
        is_note = file.suffix.lower() in SUFFIXES
        if not is_note and not file.is_symlink():
            continue
        try:
            inside = file.resolve().is_relative_to(root)
        except (OSError, RuntimeError):  # a broken link, or a loop
            inside = False
        if not inside:
            if skipped is not None and (is_note or file.is_dir()):
                skipped.append(relative.as_posix() + ("" if is_note else "/"))
            continue
        if is_note and file.is_file():
            found.append((relative.as_posix(), file))
    if not found:
        raise ImportFormatError(
            f"{path.name}: no .md, .markdown or .txt files in this folder",
            code="no_notes",
            file=path.name,
        )
    found.sort()
    return [(file, name) for name, file in found]


def file_to_input(path: Path, name: str) -> tuple[dict[str, Any], str]:
    """Record JSON for one file (`name` is how messages refer to it), and the time of
    day its front matter's date gives ("" when none)."""
    meta, body = split_front_matter(read_text(path, name), name)
    title = meta.get("title") or ""
    if title:
        body = tidy_text(body)
    else:
        heading, body = split_heading(body)
        title = heading or path.stem
    data = {
        "type": "reflection",
        "date": file_date(path, meta),
        "title": title,
        "tags": tag_names(meta.get("tags", [])),
        "share": "private",
        "fields": {Field.MODEL: "free", Field.TEXT: body},
    }
    return data, time_of_day(meta.get("date"))


def time_of_day(value: Any) -> str:
    """The time in a front matter date such as '2021-03-04 10:00' (with its UTC offset
    when it has one), or "" for a date alone or anything else."""
    if not isinstance(value, str):
        return ""
    match = _TIME_PART.match(value.strip())
    return match.group(1) if match else ""


def file_date(path: Path, meta: dict[str, Any]) -> Any:
    """Front matter date, else a YYYY-MM-DD file name prefix, else the modification date."""
    if meta.get("date"):
        return date_part(meta["date"])
    match = _DATE_PREFIX.match(path.stem)
    if match:
        return match.group(1)  # checked as a calendar date by record validation
    return date.fromtimestamp(path.stat().st_mtime).isoformat()


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """(front matter, body); ({}, text) when the file does not start with '---'."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines[0].rstrip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            break
    else:
        raise ImportFormatError(
            f"{name}: the front matter opened on line 1 is never closed",
            code="front_matter_open",
            file=name,
        )
    return parse_front_matter(lines[1:end], name), "\n".join(lines[end + 1 :])


def parse_front_matter(lines: list[str], name: str) -> dict[str, Any]:
    """`key: value` lines; `tags` as `[a, b]`, `a, b` or a following `- a` list."""
    meta: dict[str, Any] = {}
    key = ""
    for number, line in enumerate(lines, start=2):  # line 1 is the opening '---'
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0] in " \t-":
            # A list item or a nested value: kept only for a list key like `tags`.
            if stripped.startswith("-") and isinstance(meta.get(key), list):
                item = unquote(stripped[1:].strip())
                if item:
                    meta[key].append(item)
            continue
        raw_key, colon, value = line.partition(":")
        if not colon or not raw_key.strip():
            raise ImportFormatError(
                f"{name}: front matter line {number}: expected 'key: value'",
                code="front_matter_line",
                file=name,
                line=number,
            )
        key = raw_key.strip().lower()
        meta[key] = split_list(value.strip()) if key == "tags" else unquote(value.strip())
    return meta


def split_list(value: str) -> list[str]:
    """`[a, "b"]` or `a, b` as a list of strings; empty for an empty value."""
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    items = (unquote(item.strip()) for item in value.split(","))
    return [item for item in items if item]


def unquote(value: str) -> str:
    """The value without one pair of surrounding quotes."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
