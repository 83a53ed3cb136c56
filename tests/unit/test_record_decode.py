"""Record JSON is read with orjson for speed; whatever orjson refuses goes through the
json module, so the same bytes give the same record (or the same refusal). One known
difference: orjson reads an integer beyond 64 bits as a float. Records never hold one
(their only numbers are scores from 1 to 10, validated on every save)."""

from __future__ import annotations

import json

import pytest

from journal_app.domain.schema import record_from_input
from journal_app.services.record_codec import _parse, decode_record, encode_record
from journal_app.services.vocabulary import load_vocabulary


def test_every_kind_of_record_decodes_to_itself():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import corpus

    vocab = load_vocabulary()
    for data in corpus.generate(200, 7):
        record = record_from_input(data, vocab)
        assert decode_record(record.id, encode_record(record)) == record
        assert decode_record("another id", encode_record(record)) is None


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a": "\\ud800 lone surrogate"}',  # orjson refuses; json reads it
        b'  {"a": 1}  ',
        b'{"a": "caf\xc3\xa9", "b": [1, 2.5, null, true]}',
        b'{"a": 1, "a": 2}',
    ],
)
def test_what_json_reads_is_read_the_same(raw: bytes):
    assert _parse(raw) == json.loads(raw)


@pytest.mark.parametrize("raw", [b"not json", b'{"a": 1', b"\xff\xfe", b'{"a": NaN}x'])
def test_what_json_refuses_is_refused(raw: bytes):
    with pytest.raises(ValueError):
        json.loads(raw)
    with pytest.raises(ValueError):
        _parse(raw)
    assert decode_record("x", raw) is None


def test_a_record_with_every_common_field_set_decodes_to_itself():
    """Record.from_stored passes its fields by position: each must land in its place."""
    from datetime import UTC, date, datetime

    from journal_app.domain.records import Record, RecordType, Share

    record = Record(
        type=RecordType.SUPERVISION,
        date=date(2025, 2, 3),
        id="a-record",
        title="Title",
        tags=["one", "two"],
        share=Share.SUMMARY,
        for_supervision=True,
        shared_title="Shared title",
        shared_summary="Shared summary",
        fields={"discussed": "Text", "functions": ["restorative"]},
        created=datetime(2025, 2, 3, 9, 0, tzinfo=UTC),
        updated=datetime(2025, 2, 4, 10, 30, tzinfo=UTC),
        trashed=datetime(2025, 2, 5, 11, 0, tzinfo=UTC),
        imported="f" * 64,
    )
    decoded = decode_record("a-record", encode_record(record))
    assert decoded == record
    # Never edited: one time for both, equal to what was stored.
    record.updated = record.created
    decoded = decode_record("a-record", encode_record(record))
    assert decoded == record and decoded.updated is decoded.created
