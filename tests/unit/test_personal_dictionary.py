"""The worker's own dictionary (issue 19): kept encrypted in the vault (a word added
never appears in plain in the vault, its -wal or a backup), carried by backups and
restores, changed in one read-modify-write, and bad words refused naming the field
with nothing written."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE

from journal_app.errors import ValidationError
from journal_app.services.backup import restore_backup
from journal_app.services.changes import (
    AddToDictionary,
    RemoveFromDictionary,
    SetDictionary,
    apply,
)
from journal_app.services.journal import Journal
from journal_app.services.personal_dictionary import (
    DICTIONARY_ID,
    MAX_WORD,
    add_word,
    personal_words,
    remove_word,
    replace_words,
)
from journal_app.services.reader import JournalReader

CANARY = "Quillonbrae"  # a made-up name, in no word list


def _plain_anywhere(data: bytes, word: str) -> bool:
    lowered = data.lower()
    return any(
        form in lowered for form in (word.lower().encode("utf-8"), word.lower().encode("utf-16-le"))
    )


def test_words_are_kept_sorted_once_each_and_survive_a_reopen(journal, vault_path):
    assert personal_words(journal) == []
    assert journal.meta_item(DICTIONARY_ID) is None  # absent until the first word
    add_word(journal, "  Tamsin ")
    add_word(journal, "pwp")
    add_word(journal, "Aisha’s")  # a typographic apostrophe is made plain
    add_word(journal, "Tamsin")  # already there: nothing changes
    assert personal_words(journal) == ["Aisha's", "pwp", "Tamsin"]
    remove_word(journal, "pwp")
    remove_word(journal, "not-there")
    journal.lock()
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        assert personal_words(again) == ["Aisha's", "Tamsin"]
    finally:
        again.lock()


def test_the_changes_say_what_they_touched_and_the_reader_reads_it(journal):
    outcome = apply(journal, AddToDictionary("Tamsin"))
    assert outcome.value == "Tamsin"
    assert outcome.changed.dictionary and bool(outcome.changed)
    assert not outcome.changed.settings and not outcome.changed.records
    assert JournalReader(journal).personal_words() == ["Tamsin"]
    assert apply(journal, RemoveFromDictionary("Tamsin")).changed.dictionary
    assert personal_words(journal) == []
    outcome = apply(journal, SetDictionary(["pwp", "Aisha"]))
    assert outcome.value == ["Aisha", "pwp"] and outcome.changed.dictionary
    assert personal_words(journal) == ["Aisha", "pwp"]


def test_a_word_added_never_appears_in_plain_on_disk(journal, vault_path, tmp_path):
    add_word(journal, CANARY)
    # While the journal is open its -wal holds the latest writes: look at it now.
    wal = vault_path.with_name(vault_path.name + "-wal")
    files = [p for p in vault_path.parent.iterdir() if p.is_file()]
    assert wal in files, "no -wal to look at: the test is blind"
    for path in files:
        assert not _plain_anywhere(path.read_bytes(), CANARY), path.name
    backup = tmp_path / "backups" / "journal.bak"
    backup.parent.mkdir()
    journal.backup(backup)
    assert not _plain_anywhere(backup.read_bytes(), CANARY)
    journal.lock()
    for path in [p for p in vault_path.parent.iterdir() if p.is_file()]:
        assert not _plain_anywhere(path.read_bytes(), CANARY), path.name

    # ... and the backup carries it: a restore has the word.
    target = tmp_path / "restored" / "journal.pswvault"
    restore_backup(backup, target, PASSPHRASE)
    restored = Journal.open(target, PASSPHRASE)
    try:
        assert personal_words(restored) == [CANARY]
    finally:
        restored.lock()


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("two words", "one_word"),
        ("x" * (MAX_WORD + 1), "too_long"),
        ("nul\x00", "bad_character"),
        ("half\ud800", "bad_character"),
        (42, "shape"),
    ],
)
def test_a_bad_word_is_refused_naming_the_field_and_nothing_is_written(journal, word, code):
    with pytest.raises(ValidationError) as caught:
        add_word(journal, word)
    assert caught.value.field == "word"
    assert caught.value.code == code
    assert journal.meta_item(DICTIONARY_ID) is None


def test_replacing_the_list_names_the_bad_word(journal):
    add_word(journal, "Tamsin")
    with pytest.raises(ValidationError) as caught:
        replace_words(journal, ["Aisha", "two words"])
    assert caught.value.field == "words[1]"
    assert personal_words(journal) == ["Tamsin"]  # nothing written
    assert replace_words(journal, ["Zed", "Aisha", "Zed"]) == ["Aisha", "Zed"]
    assert personal_words(journal) == ["Aisha", "Zed"]


def test_an_unreadable_item_reads_as_its_good_words(journal):
    journal.put_meta_item(DICTIONARY_ID, ["Tamsin", 7, None, ""])
    assert personal_words(journal) == ["Tamsin"]
    journal.put_meta_item(DICTIONARY_ID, {"not": "a list"})
    assert personal_words(journal) == []
    add_word(journal, "Aisha")
    assert personal_words(journal) == ["Aisha"]


def test_export_all_json_carries_the_dictionary_once_there_is_one(journal, tmp_path):
    import json

    from journal_app.services.export_all import JSON_NAME, export_all

    export_all(journal, "json", tmp_path / "before")
    assert "dictionary" not in json.loads((tmp_path / "before" / JSON_NAME).read_text("utf-8"))
    add_word(journal, "Tamsin")
    export_all(journal, "json", tmp_path / "after")
    document = json.loads((tmp_path / "after" / JSON_NAME).read_text("utf-8"))
    assert document["dictionary"] == ["Tamsin"]
