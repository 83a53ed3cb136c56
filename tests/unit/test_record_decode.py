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
