"""Checks for the values only the growth records have: a training entry's hours and
the development goals it counts towards (ids of goal records)."""

from __future__ import annotations

import re
from typing import Any

from journal_app.errors import ValidationError

MAX_HOURS = 1000
_RECORD_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


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
