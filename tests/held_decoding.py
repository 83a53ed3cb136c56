"""Tests' hold on the unlock's background decoding (services/record_load.py): the
worker stops at its first record until the test lets it go."""

from __future__ import annotations

import threading

from journal_app.services import record_load


def hold_decoding(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """(started, go): `started` is set once the worker holds a record, which it
    decodes only once `go` is set."""
    started, go = threading.Event(), threading.Event()
    decode = record_load.decode_record

    def held(record_id, plaintext, choices=None):
        started.set()
        assert go.wait(10), "the test never let the decoding go"
        return decode(record_id, plaintext, choices)

    monkeypatch.setattr(record_load, "decode_record", held)
    return started, go
