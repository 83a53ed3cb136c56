"""The strings records repeat (schema choices, theme and competence ids, tags) are held
once per unlock, not once per record (services/record_codec.SharedChoices): at 100,000
records about 43 MiB less at the unlock's peak. What a record decodes to is unchanged,
and the table of tags seen (the worker's words) does not outlive the load."""

from __future__ import annotations

import orjson
from conftest import PASSPHRASE

from journal_app.domain.schema import record_from_input
from journal_app.services.journal import Journal
from journal_app.services.record_codec import SharedChoices, decode_record
from journal_app.services.vocabulary import load_vocabulary


def fill(journal: Journal, n: int) -> None:
    vocab = load_vocabulary()
    journal.save_many(
        record_from_input(
            {
                "type": "reflection",
                "date": f"2025-03-{i % 28 + 1:02d}",
                "title": f"Entry {i}",
                "tags": ["allotment", f"t{i % 3}"],
                "fields": {
                    "description": f"words {i}",
                    "session_kind": "group",
                    "themes": ["boundaries", "hope_recovery"],
                },
            },
            vocab,
        )
        for i in range(n)
    )


def test_loaded_records_share_their_choices_and_tags(journal, vault_path):
    fill(journal, 12)
    journal.close()
    opened = Journal.open(vault_path, PASSPHRASE)
    try:
        records = opened.records()
        first = records[0]
        for other in records[1:]:
            assert other.tags[0] is first.tags[0]
            assert other.fields["session_kind"] is first.fields["session_kind"]
            assert [id(t) for t in other.fields["themes"]] == [
                id(t) for t in first.fields["themes"]
            ]
        # The load's table of tags is gone once the journal is open.
        assert opened.cache._choices._tags == {}
    finally:
        opened.lock()


def plaintext(**changes) -> bytes:
    data = {
        "id": "r1",
        "type": "disclosure",
        "date": "2025-03-01",
        "created": "2025-03-01T10:00:00+00:00",
        "updated": "2025-03-01T10:00:00+00:00",
        "tags": ["a", "b"],
        "fields": {"decision": "shared", "purposes": ["build_trust", "instil_hope"]},
    }
    data.update(changes)
    return orjson.dumps(data)


def test_sharing_never_changes_what_a_record_decodes_to():
    """Odd values (what a damaged or hand-made record might hold) decode as they did
    without sharing: the same record, or the same refusal."""
    choices = SharedChoices(load_vocabulary())
    cases = [
        plaintext(),
        plaintext(tags=["a", 3]),
        plaintext(tags=[{"x": 1}, "a"]),
        plaintext(tags="not a list"),
        plaintext(fields={"decision": 7, "purposes": ["build_trust", ["nested"]]}),
        plaintext(fields={"decision": "made up", "purposes": "build_trust"}),
        plaintext(fields=["not", "a", "dict"]),
        plaintext(type=["unhashable"]),
        plaintext(type="no such type"),
        orjson.dumps(["not", "an", "object"]),
    ]
    for text in cases:
        assert decode_record("r1", text, choices) == decode_record("r1", text), text
