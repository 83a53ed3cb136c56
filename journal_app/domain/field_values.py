"""Checks of one field's value, by its kind (text, a score, a date, a choice, a list
of actions...): each returns the value as stored or raises ValidationError naming the
field. domain/schema.py picks the check for each field of each record type."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from journal_app.domain.fields import ActionField, SectionField
from journal_app.errors import ValidationError

MAX_TEXT = 200_000  # characters in one text field: far beyond any reflection
# Characters of text in one record's fields in all (lists of sections or actions have
# no count limit): a saved record is read whole, so a sane bound keeps every save,
# load and export sound, and a record past it is bad input, not a disk failure.
MAX_RECORD_TEXT = 10_000_000
ACTION_KEYS = {key.value for key in ActionField}
SECTION_KEYS = {key.value for key in SectionField}
_RECORD_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(value: Any, name: str) -> date:
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise ValidationError(name, "must be a date written YYYY-MM-DD", code="date_format")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            name, f"{value!r} is not a real calendar date", code="not_a_date", value=value
        ) from None


def text_value(value: Any, name: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, "must be text", code="shape")
    if len(value) > limit:
        raise ValidationError(
            name,
            f"is too long ({len(value)} characters, at most {limit})",
            code="too_long",
            count=len(value),
            limit=limit,
        )
    if "\x00" in value:
        raise ValidationError(name, "contains a NUL character", code="bad_character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            name, "contains an unpaired surrogate (not valid Unicode)", code="bad_character"
        ) from None
    return value


def score_value(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, "must be a whole number from 1 to 10", code="score")
    if not 1 <= value <= 10:
        raise ValidationError(name, f"must be from 1 to 10, not {value}", code="score")
    return value


def flag_value(value: Any, name: str) -> bool | None:
    """True, or None for false: an unticked box is left out like an empty field."""
    if not isinstance(value, bool):
        raise ValidationError(name, "must be true or false", code="flag")
    return True if value else None


def choice_value(value: Any, name: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ValidationError(name, f"must be one of: {', '.join(choices)}", code="choice")
    return value


def multi_value(value: Any, name: str, choices: tuple[str, ...] | None) -> list[str]:
    if not isinstance(value, list):
        raise ValidationError(name, "must be a list", code="shape")
    out: list[str] = []
    for i, item in enumerate(value):
        item_name = f"{name}[{i}]"
        if not isinstance(item, str):
            raise ValidationError(item_name, "must be text", code="shape")
        if choices is not None and item not in choices:
            shown = ", ".join(choices) if len(choices) <= 12 else "see the list in resources/"
            raise ValidationError(
                item_name, f"unknown value; expected one of: {shown}", code="choice"
            )
        if item not in out:
            out.append(item)
    return out


def actions_value(value: Any, name: str, statuses: tuple[str, ...]) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise ValidationError(name, "must be a list of actions", code="shape")
    out = []
    for i, action in enumerate(value):
        where = f"{name}[{i}]"
        if not isinstance(action, dict):
            raise ValidationError(
                where, 'must be an object {"text", "owner", "due", "status"}', code="shape"
            )
        unknown = set(action) - ACTION_KEYS
        if unknown:
            raise ValidationError(
                f"{where}.{sorted(unknown)[0]}", "unknown field", code="unknown_field"
            )
        text = text_value(action.get(ActionField.TEXT, ""), f"{where}.text", 5000).strip()
        if not text:
            raise ValidationError(f"{where}.text", "an action needs its text", code="action_text")
        owner = text_value(action.get(ActionField.OWNER, ""), f"{where}.owner", 200)
        due = action.get(ActionField.DUE)
        if due in (None, ""):
            due = None
        else:
            due = parse_date(due, f"{where}.due").isoformat()
        status = choice_value(action.get(ActionField.STATUS, "open"), f"{where}.status", statuses)
        out.append(
            {
                ActionField.TEXT.value: text,
                ActionField.OWNER.value: owner,
                ActionField.DUE.value: due,
                ActionField.STATUS.value: status,
            }
        )
    return out


def considerations_value(value: Any, name: str, prompts: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValidationError(name, "must be an object of prompt: short answer", code="shape")
    out = {}
    for key, answer in value.items():
        if key not in prompts:
            raise ValidationError(
                f"{name}.{key}",
                f"unknown prompt; expected one of: {', '.join(prompts)}",
                code="unknown_field",
            )
        out[key] = text_value(answer, f"{name}.{key}", 5000)
    return out


def sections_value(value: Any, name: str) -> list[dict[str, str]]:
    if not isinstance(value, list):
        raise ValidationError(name, 'must be a list of {"heading", "text"}', code="shape")
    out = []
    for i, section in enumerate(value):
        where = f"{name}[{i}]"
        if not isinstance(section, dict) or set(section) - SECTION_KEYS:
            raise ValidationError(where, 'must be an object {"heading", "text"}', code="shape")
        out.append(
            {
                SectionField.HEADING.value: text_value(
                    section.get(SectionField.HEADING, ""), f"{where}.heading", 300
                ),
                SectionField.TEXT.value: text_value(
                    section.get(SectionField.TEXT, ""), f"{where}.text"
                ),
            }
        )
    return out


def text_size(value: Any) -> int:
    """Characters of text in a field's value (in lists and objects too)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(text_size(v) for v in value.values())
    if isinstance(value, list):
        return sum(text_size(v) for v in value)
    return 0


def check_total_size(fields: dict[str, Any]) -> None:
    sizes = {key: text_size(value) for key, value in fields.items()}
    total = sum(sizes.values())
    if total <= MAX_RECORD_TEXT:
        return
    key, largest = max(sizes.items(), key=lambda item: item[1])
    if largest > MAX_RECORD_TEXT:
        raise ValidationError(
            f"fields.{key}",
            f"is too large ({largest:,} characters of text; an entry holds at most "
            f"{MAX_RECORD_TEXT:,}): split it into more than one entry",
            code="too_large",
            count=largest,
            limit=MAX_RECORD_TEXT,
        )
    raise ValidationError(
        "fields",
        f"the entry is too large ({total:,} characters of text in all, at most "
        f"{MAX_RECORD_TEXT:,}): split it into more than one entry",
        code="entry_too_large",
        count=total,
        limit=MAX_RECORD_TEXT,
    )


MAX_HOURS = 1000


def hours_value(value: Any, name: str) -> int | float:
    """Hours from 0 to 1000 in whole or half hours: 7 or 7.5 (7.0 is kept as 7)."""
    message = f"must be a number of hours from 0 to {MAX_HOURS}, in whole or half hours"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(name, message, code="hours", limit=MAX_HOURS)
    # NaN fails the range test; infinity too.
    if not 0 <= value <= MAX_HOURS or not float(value * 2).is_integer():
        raise ValidationError(name, message, code="hours", limit=MAX_HOURS)
    return int(value) if float(value).is_integer() else float(value)


def record_ids(value: Any, name: str) -> list[str]:
    """A list of record ids (lower-case UUIDs), each once, in the order given."""
    if not isinstance(value, list):
        raise ValidationError(name, "must be a list of entry ids", code="shape")
    out: list[str] = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not _RECORD_ID.match(item):
            raise ValidationError(f"{name}[{i}]", "must be an entry id", code="record_id")
        if item not in out:
            out.append(item)
    return out
