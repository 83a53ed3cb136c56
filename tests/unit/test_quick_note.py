"""The quick note (issue 19): `psw-journal note TEXT...|- [--tag T]` adds a private
free-text reflection dated today, titled with its first line cut at 60 characters,
and prints its id; empty text exits 2 and writes nothing. The title rule and the
note's own draft and editing session live in services/quick_note.py."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from journal_app.services import quick_note
from journal_app.services.changes import ClearQuickNoteDraft, SaveFromEditor, SaveQuickNoteDraft
from journal_app.services.changes import apply as apply_change
from journal_app.services.quick_note import NOTE_TITLE_MAX, note_title
from journal_app.services.record_history import QUICK_NOTE_EDITOR
from tests.unit.test_cli import Cli


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> Cli:
    made = Cli(tmp_path, capsys, monkeypatch)
    made.init()
    return made


def _shown(cli: Cli, record_id: str) -> dict:
    code, out, err = cli("show", record_id, "--json")
    assert code == 0, err
    return json.loads(out)


def _today_around(call):
    """`call()`, and the days "today" was before and after it (the same, but for a
    run across midnight)."""
    before = date.today()
    value = call()
    return value, {before, date.today()}


def test_words_are_joined_with_spaces_into_a_private_free_text_reflection(cli):
    (code, out, err), days = _today_around(lambda: cli("note", "Felt", "steadier", "today."))
    assert code == 0, err
    record_id = out.strip()
    record = _shown(cli, record_id)
    assert record["type"] == "reflection"
    assert record["fields"] == {"model": "free", "text": "Felt steadier today."}
    assert record["title"] == "Felt steadier today."
    assert record["share"] == "private"
    assert record["for_supervision"] is False
    assert date.fromisoformat(record["date"]) in days
    assert out == record_id + "\n"  # the id alone, for scripts


def test_the_date_is_today_by_the_apps_clock(cli, monkeypatch):
    """The note is dated by date.today(), the clock the app's Today page and new
    entries use: a note written "tomorrow" is dated tomorrow."""
    tomorrow = date.today() + timedelta(days=1)

    class Tomorrow(date):
        @classmethod
        def today(cls) -> date:
            return tomorrow

    monkeypatch.setattr(quick_note, "date", Tomorrow)
    code, out, err = cli("note", "Written", "late")
    assert code == 0, err
    assert _shown(cli, out.strip())["date"] == tomorrow.isoformat()


def test_standard_input_keeps_every_line_and_the_first_is_the_title(cli):
    text = "After the group\r\nWe talked about pacing.\n\nI want to bring it to supervision.\n"
    code, out, err = cli("note", "-", stdin=text)
    assert code == 0, err
    record = _shown(cli, out.strip())
    assert record["title"] == "After the group"
    assert record["fields"]["text"] == (
        "After the group\nWe talked about pacing.\n\nI want to bring it to supervision."
    )


def test_the_passphrase_and_the_note_cannot_both_come_from_standard_input(cli):
    before = cli.digest()
    code, _out, err = cli("note", "-", stdin="words\n", passfile="-")  # type: ignore[arg-type]
    assert code == 2
    assert "standard input is already used for the note text" in err
    assert cli.digest() == before


def test_a_long_first_line_is_cut_at_a_word_with_an_ellipsis(cli):
    line = (
        "Supported JT at the hub while the lift was out and we walked the long way round "
        "to the café"
    )
    code, out, err = cli("note", line)
    assert code == 0, err
    record = _shown(cli, out.strip())
    assert record["title"] == "Supported JT at the hub while the lift was out and we…"
    assert len(record["title"]) <= NOTE_TITLE_MAX
    assert record["fields"]["text"] == line  # the text itself is whole


def test_tags_are_repeatable(cli):
    code, out, err = cli("note", "Short", "one", "--tag", "group", "--tag", "endings")
    assert code == 0, err
    assert _shown(cli, out.strip())["tags"] == ["group", "endings"]
    code, out, _ = cli("list", "--tag", "endings")
    assert "Short one" in out


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        (("note", ""), None),
        (("note", "  ", "\t"), None),
        (("note", "-"), ""),
        (("note", "-"), "\n \n"),
    ],
    ids=["empty", "spaces", "empty stdin", "blank stdin"],
)
def test_empty_text_exits_2_naming_the_text_and_writes_nothing(cli, argv, stdin):
    before = cli.digest()
    code, out, err = cli(*argv, stdin=stdin)
    assert code == 2
    assert out == ""
    assert "TEXT" in err and "note text is empty" in err and "nothing was written" in err
    assert cli.digest() == before
    assert cli("list")[1] == ""


def test_no_text_at_all_is_a_usage_error(cli):
    with pytest.raises(SystemExit) as stopped:
        cli("note")
    assert stopped.value.code == 2


def test_a_bad_tag_is_named_and_nothing_is_written(cli):
    before = cli.digest()
    code, _out, err = cli("note", "Words", "--tag", "x" * 61)
    assert code == 2
    assert "tags" in err
    assert cli.digest() == before


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Short first line\nmore", "Short first line"),
        ("\n\n   Starts lower down  \nmore", "Starts lower down"),
        ("x" * 60, "x" * 60),
        ("y" * 61, "y" * 59 + "…"),  # no word boundary: cut in the word
        ("word " * 20, ("word " * 12).strip() + "…"),  # the twelfth word just fits
        ("Tabs\tand   runs of  spaces", "Tabs and runs of spaces"),
        ("a" * 40 + ", " + "b" * 30, "a" * 40 + "…"),  # no comma before the ellipsis
        ("   ", ""),
    ],
)
def test_the_title_is_the_first_line_at_most_60_characters(text, title):
    assert note_title(text) == title
    assert len(note_title(text)) <= NOTE_TITLE_MAX


def test_the_quick_note_draft_is_kept_apart_from_the_editors(journal):
    from journal_app.services.reader import JournalReader

    reader = JournalReader(journal)
    journal.save_draft({"record_id": None, "data": {"type": "checkin"}})
    apply_change(journal, SaveQuickNoteDraft({"record_id": None, "text": "kept words"}))
    assert reader.quick_note_draft() == {"record_id": None, "text": "kept words"}
    assert apply_change(journal, ClearQuickNoteDraft()).value is True
    assert reader.quick_note_draft() is None
    assert reader.draft() == {"record_id": None, "data": {"type": "checkin"}}
    assert apply_change(journal, ClearQuickNoteDraft()).value is False


def test_the_quick_note_and_the_editor_each_keep_their_own_editing_session(journal):
    """The entry pane starting on another entry does not end the quick note's editing
    session: its saves moments apart still fold into one version (with one session for
    both, each save would keep the one before: three versions)."""
    clock = [1000.0]
    journal.editor_versions.clock = lambda: clock[0]
    other = journal.add({"type": "checkin", "date": "2025-01-01"})
    journal.start_editing(None, QUICK_NOTE_EDITOR)
    data = quick_note.note_record_data("first")
    note = apply_change(journal, SaveFromEditor(None, data, QUICK_NOTE_EDITOR)).value
    journal.start_editing(other.id)  # the entry pane opens another entry meanwhile
    for words in ("first words", "first words and more"):
        clock[0] += 5
        change = SaveFromEditor(note.id, quick_note.note_changes(words), QUICK_NOTE_EDITOR)
        apply_change(journal, change)
    versions = journal.history(note.id)
    assert [v.record.fields["text"] for v in versions] == ["first words and more"]
