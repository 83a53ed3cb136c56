"""The `note` command: a private free-text reflection dated today, from the words
given or from standard input (`note -`), its title the first line cut at 60
characters (services/quick_note.py). Prints the new record's id."""

from __future__ import annotations

import argparse

from journal_app.cli_io import read_text_source
from journal_app.cli_open import open_journal
from journal_app.cli_parser import EXIT_OK
from journal_app.errors import UsageError

NOTE_TEXT = "note text"


def note_text_from(args: argparse.Namespace) -> str:
    """The note's words: TEXT... joined with spaces, or standard input for `-`."""
    words = list(args.text)
    if words == ["-"]:
        return read_text_source("-", NOTE_TEXT)
    return " ".join(words)


def cmd_note(args: argparse.Namespace) -> int:
    from journal_app.services.changes import SaveRecord, apply
    from journal_app.services.quick_note import is_blank, note_record_data

    text = note_text_from(args)  # read before unlocking: nothing to write on error
    if is_blank(text):
        raise UsageError(
            f"TEXT: the {NOTE_TEXT} is empty; give the words after 'note', or '-' to "
            "read them from standard input; nothing was written"
        )
    journal = open_journal(args)
    try:
        data = note_record_data(text, args.tag or ())
        print(apply(journal, SaveRecord(None, data)).value.id)
    finally:
        journal.lock()
    return EXIT_OK
