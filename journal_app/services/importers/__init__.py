"""Import other journals' exports as new records, all-or-nothing.

Every parser reads the whole source first and builds each record through
`record_from_input`, so imported records pass the same validation as typed ones.
Error messages name files, entries, lines and fields only, never journal text.

An entry's time of day, where the source has one, becomes the record's `created`
time (when it was written); entries already imported are recognised by a keyed
fingerprint of their source, date, time and text and left out (already_imported.py).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.domain.fields import Field
from journal_app.domain.records import Record
from journal_app.domain.schema import MAX_TITLE, record_from_input
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import ImportFormatError, UsageError, ValidationError
from journal_app.services.vocabulary import load_vocabulary

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

log = logging.getLogger(__name__)

FORMATS = ("jrnl-json", "markdown", "dayone-json")


class ParsedImport(list):
    """The records an export holds, in its order, with what a later import recognises
    each by (`identities`: its source, date, time and text as one string; kept only in
    memory, never stored) and the links left out because they lead out of a folder
    (`skipped`, said to the worker: a link to ../secret must not be imported quietly)."""

    identities: list[str]
    skipped: list[str]

    def __init__(
        self, entries: Iterable[tuple[Record, str]], fmt: str, skipped: Iterable[str] = ()
    ) -> None:
        """`entries`: each record with the source's time of day for it as text ("" when
        the source has none)."""
        pairs = list(entries)
        super().__init__(record for record, _ in pairs)
        self.identities = [identity(fmt, record, when) for record, when in pairs]
        self.skipped = list(skipped)


def identity(fmt: str, record: Record, when: str) -> str:
    """What makes an imported entry the same entry: the source (the export's format),
    its date, its time of day as the source gave it, and its text (title and body)."""
    text = record.fields.get(Field.TEXT, "")
    return json.dumps([fmt, record.date.isoformat(), when, record.title, text])


Parser = Callable[[Path, Vocabulary], ParsedImport]

_DATETIME_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]")
_LEADING_SYMBOLS = re.compile(r"^[^\w]+")
_HEADING = re.compile(r"^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")


def _parsers() -> dict[str, Parser]:
    # Imported here: the format modules import the helpers below from this package.
    from journal_app.services.importers import dayone, jrnl, markdown

    return {"jrnl-json": jrnl.parse, "markdown": markdown.parse, "dayone-json": dayone.parse}


def parse_import(path: Path, fmt: str, vocabulary: Vocabulary | None = None) -> ParsedImport:
    """Read a whole export of format `fmt` into new records; raises before returning any."""
    parser = _parsers().get(fmt)
    if parser is None:
        raise UsageError(
            f"unknown import format {fmt!r}; expected one of: {', '.join(FORMATS)}",
            code="unknown_import_format",
            format=fmt,
        )
    path = Path(path)
    if not path.exists():
        raise UsageError(f"{path.name}: no such file or folder", code="not_found", file=path.name)
    records = parser(path, vocabulary or load_vocabulary())
    log.info("parsed %d records for import", len(records))
    return records


def import_into(journal: Journal, path: Path, fmt: str) -> list[Record]:
    """Parse everything, then store in one transaction the entries the journal does not
    hold yet; returns the new records."""
    from journal_app.services.importers.already_imported import leave_out_known

    records, already = leave_out_known(journal, parse_import(path, fmt, journal.vocabulary))
    journal.save_many(records)
    log.info("imported %d records; %d already in the journal", len(records), already)
    return records


# --- helpers shared by the format modules --------------------------------------


def read_text(path: Path, name: str) -> str:
    """The file's text as UTF-8 (a BOM is allowed), with errors naming `name`."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise UsageError(f"{name}: is a folder, not a file", code="is_folder", file=name) from None
    except OSError as exc:
        raise UsageError(
            f"{name}: cannot be read ({exc.strerror or 'I/O error'})",
            code="unreadable",
            file=name,
            reason=exc.strerror or "I/O error",
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFormatError(
            f"{name}: line {line} is not UTF-8 text", code="not_utf8", file=name, line=line
        ) from None


def load_json(path: Path) -> Any:
    """The parsed JSON document; a syntax error names its line and column."""
    name = path.name
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError:
        magic = b""
    if magic == b"PK\x03\x04":
        raise ImportFormatError(
            f"{name}: is a zip archive; unzip it and import the .json inside",
            code="zip_archive",
            file=name,
        )
    text = read_text(path, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"{name}: not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})",
            code="not_json",
            file=name,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise ImportFormatError(
            f"{name}: JSON is nested too deeply", code="json_too_deep", file=name
        ) from None
    except ValueError:  # e.g. an integer with thousands of digits
        raise ImportFormatError(
            f"{name}: JSON holds a value too large to read", code="json_value_too_large", file=name
        ) from None


def entry_list(document: Any, name: str, what: str) -> list[Any]:
    """The `entries` list of an export (a bare list is accepted too)."""
    entries = document.get("entries") if isinstance(document, dict) else document
    if not isinstance(entries, list):
        raise ImportFormatError(
            f'{name}: not a {what} export (no "entries" list)',
            code="not_an_export",
            file=name,
            what=what,
        )
    return entries


def date_part(value: Any) -> Any:
    """'YYYY-MM-DD' from a date-and-time string; anything else unchanged for validation."""
    if isinstance(value, str) and _DATETIME_PREFIX.match(value.strip()):
        try:
            return datetime.fromisoformat(value.strip()).date().isoformat()
        except ValueError:
            return value
    return value.strip() if isinstance(value, str) else value


def local_time(day: str, clock: str) -> datetime | None:
    """A date and a time of day in this computer's time zone (as jrnl and a note's
    front matter write them) as the UTC time a record's `created` holds; None when
    either does not read as one."""
    try:
        written = datetime.fromisoformat(f"{day} {clock}")
    except ValueError:
        return None
    try:
        if written.tzinfo is None:
            written = written.astimezone()  # the local time zone, as the source meant it
        return written.astimezone(UTC).replace(microsecond=0)
    except (OverflowError, OSError, ValueError):  # the calendar's ends; Windows: pre-1970
        return written.replace(tzinfo=UTC, microsecond=0) if written.tzinfo is None else None


def tag_names(raw: Any) -> Any:
    """Tags without a leading symbol ('@work', '#care' -> 'work', 'care'); empty ones dropped.

    Anything that is not a list of text is returned as is, for validation to name.
    """
    if not isinstance(raw, list):
        return raw
    out: list[Any] = []
    for tag in raw:
        if isinstance(tag, str):
            tag = _LEADING_SYMBOLS.sub("", tag.strip())
            if not tag:
                continue
        out.append(tag)
    return out


def tidy_text(text: str) -> str:
    """Unix line ends, no leading blank lines, no trailing whitespace."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines).rstrip()


def split_heading(text: str) -> tuple[str, str]:
    """(heading, rest) when the text's first line is a '# ' heading short enough to be a
    title; otherwise ('', text) so nothing is lost."""
    text = tidy_text(text)
    first, _, rest = text.partition("\n")
    match = _HEADING.match(first)
    if match is None or len(" ".join(match.group(1).split())) > MAX_TITLE:
        return "", text
    return match.group(1), tidy_text(rest)


def fit_title(title: Any, text: Any) -> tuple[Any, Any]:
    """A title too long for a record moves to the start of the text instead of failing."""
    too_long = isinstance(title, str) and len(" ".join(title.split())) > MAX_TITLE
    if too_long and isinstance(text, str):
        return "", f"{title.strip()}\n\n{text}" if text else title.strip()
    return title, text


def entry_where(number: int) -> str:
    """How a message names the entry at `number` of an export."""
    return f"entry {number}"


def build_record(
    data: dict[str, Any], vocabulary: Vocabulary, where: str, **place: object
) -> Record:
    """`record_from_input`, with a validation error prefixed by `where` (entry or file);
    `place` names it for the GUI (entry=number or file=name)."""
    try:
        return record_from_input(data, vocabulary)
    except ValidationError as err:
        raise ImportFormatError(f"{where}: {err}", code="invalid_entry", **place) from err
