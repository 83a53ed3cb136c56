"""The JSON that the vault seals: a record's, and that of the encrypted items that are
not records (settings, a draft). Encoding is compact UTF-8 JSON; decoding is fast
(orjson) and as strict as the standard library."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import orjson

from journal_app.domain.records import Record


def encode_record(record: Record) -> bytes:
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":")).encode()


_DECODER = json.JSONDecoder()
# The decoder's C scanner without the whitespace checks around it: encode_record
# writes none, and anything else still goes through the full decoder.
_SCAN_ONCE = _DECODER.scan_once


def _parse(plaintext: bytes) -> Any:
    """Record JSON as the standard library reads it: orjson for speed, and the json
    module for anything orjson refuses (lone surrogates, say). orjson reads integers
    beyond 64 bits as floats; records hold none (scores are 1 to 10, validated)."""
    try:
        return orjson.loads(plaintext)
    except orjson.JSONDecodeError:
        pass
    text = plaintext.decode("utf-8")
    try:
        data, end = _SCAN_ONCE(text, 0)
    except StopIteration:
        end = -1
    if end != len(text):
        data = _DECODER.decode(text)  # leading or trailing space, or not JSON
    return data


def decode_record(record_id: str, plaintext: bytes) -> Record | None:
    """The record in `plaintext`, or None when it does not belong to `record_id`."""
    try:
        record = Record.from_stored(_parse(plaintext))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return record if record.id == record_id else None


# --- items that are not records ------------------------------------------------------


def meta_json(value: Any) -> bytes:
    """A meta item's value as the vault seals it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def meta_value(raw: bytes | None) -> Any:
    """The JSON value of a meta item's plaintext (None: absent or not JSON)."""
    try:
        return json.loads(raw) if raw is not None else None
    except ValueError:
        return None


def meta_change(change: Callable[[Any], Any]) -> Callable[[bytes | None], bytes]:
    """A change of a meta item's JSON value, as VaultStore.update applies it."""
    return lambda raw: meta_json(change(meta_value(raw)))
