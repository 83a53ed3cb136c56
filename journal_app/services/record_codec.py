"""The JSON that the vault seals: a record's, and that of the encrypted items that are
not records (settings, a draft). Encoding is compact UTF-8 JSON; decoding is fast
(orjson) and as strict as the standard library."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

import orjson

from journal_app.domain.records import Record
from journal_app.domain.schema import SCHEMAS, Kind
from journal_app.domain.vocabulary import Vocabulary


def encode_record(record: Record) -> bytes:
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":")).encode()


_DECODER = json.JSONDecoder()
# The decoder's C scanner without the whitespace checks around it: encode_record
# writes none, and anything else still goes through the full decoder.
_SCAN_ONCE = _DECODER.scan_once


def _parse(plaintext: bytes | memoryview) -> Any:
    """Record JSON as the standard library reads it: orjson for speed, and the json
    module for anything orjson refuses (lone surrogates, say). orjson reads integers
    beyond 64 bits as floats; records hold none (scores are 1 to 10, validated)."""
    try:
        return orjson.loads(plaintext)
    except orjson.JSONDecodeError:
        pass
    text = bytes(plaintext).decode("utf-8")  # bytes as they are; a view, copied
    try:
        data, end = _SCAN_ONCE(text, 0)
    except StopIteration:
        end = -1
    if end != len(text):
        data = _DECODER.decode(text)  # leading or trailing space, or not JSON
    return data


def decode_record(
    record_id: str, plaintext: bytes | memoryview, choices: SharedChoices | None = None
) -> Record | None:
    """The record in `plaintext`, or None when it does not belong to `record_id`.
    `choices`, when given, holds its fields' choices as one copy each."""
    try:
        data = _parse(plaintext)
        if choices is not None:
            choices.share(data)
        record = Record.from_stored(data)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return record if record.id == record_id else None


_LISTS = (Kind.MULTI, Kind.THEMES, Kind.COMPETENCES)


class SharedChoices:
    """The choices records repeat (a session's kind, a decision's purposes, theme and
    competence ids: names from the schema and the vocabulary, never the worker's
    words) held as one string each, not one per record: at 100,000 records some 30
    MiB less. Only the fields the schema gives as choices are looked at (a few per
    record), so decoding stays quick; a value that is not what the schema says is
    left as it is. Tags, the worker's own words but few and repeated, are shared the
    same way through a table kept for one load only (`forget_tags` empties it)."""

    def __init__(self, vocabulary: Vocabulary | None) -> None:
        ids = {c for schema in SCHEMAS.values() for spec in schema.values() for c in spec.choices}
        if vocabulary is not None:
            ids.update(vocabulary.themes, vocabulary.competences)
        self._ids = {str(i): str(i) for i in ids}
        self._keys = {
            kind.value: (
                tuple(str(k) for k, spec in schema.items() if spec.kind in _LISTS),
                tuple(str(k) for k, spec in schema.items() if spec.kind is Kind.CHOICE),
            )
            for kind, schema in SCHEMAS.items()
        }
        self._tags: dict[str, str] = {}

    def forget_tags(self) -> None:
        """Drop the tags seen (worker text) once a load is over."""
        self._tags = {}

    def share(self, data: Any) -> None:
        """Put the shared copy in place of each choice and tag in the parsed record
        `data`."""
        tags = data.get("tags")
        if type(tags) is list and tags:
            # All or nothing; an item that cannot be a key is left for decoding to judge.
            with contextlib.suppress(TypeError):
                tags[:] = map(self._tags.setdefault, tags, tags)
        keys = self._keys.get(data.get("type"))
        fields = data.get("fields")
        if keys is None or type(fields) is not dict:
            return
        same = self._ids.get
        lists, single = keys
        for key in lists:
            value = fields.get(key)
            if type(value) is list and value:
                try:
                    value[:] = map(same, value, value)  # all or nothing
                except TypeError:  # an item that is not a string: left as it is
                    continue
        for key in single:
            value = fields.get(key)
            if type(value) is str:
                fields[key] = same(value, value)


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
