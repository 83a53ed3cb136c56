"""The one mapping from typed errors to the words the GUI shows (gui/messages.py):
every error the app can raise gets a translated sentence, the values the core's
message names stay in it, and each validation case the core raises has its sentence."""

from __future__ import annotations

import ast
import errno
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import journal_app
from journal_app import errors
from journal_app.domain.fields import Field
from journal_app.gui import field_labels, messages

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "journal_app"

# What each constructor parameter is given when the walk below builds an error.
_ARGUMENTS = {
    "message": "the core's own words; nothing was changed",
    "field": "fields.next_date",
    "problem": "must be a date written YYYY-MM-DD",
    "record_id": "0b5c1d2e",
    "findings": [("foreign_object", "the file holds a trigger 'copy_ct'")],
    "path": Path("journal.pswj"),
    "action": "replaced",
}


def _all_error_types() -> list[type[errors.JournalError]]:
    """Every subclass of JournalError in journal_app, errors.py's and those defined
    elsewhere (disk/files.py's FileInUse, say): each module below gui/ is imported."""
    for info in pkgutil.walk_packages(journal_app.__path__, "journal_app."):
        if ".gui" not in info.name and info.name != "journal_app.__main__":
            importlib.import_module(info.name)
    found, todo = [], [errors.JournalError]
    while todo:
        kind = todo.pop()
        found.append(kind)
        todo += kind.__subclasses__()
    return found


def _build(kind: type[errors.JournalError]) -> errors.JournalError:
    parameters = inspect.signature(kind).parameters.values()
    arguments = [
        _ARGUMENTS[p.name]
        for p in parameters
        if p.default is inspect.Parameter.empty
        and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    return kind(*arguments)


ERROR_TYPES = _all_error_types()


def test_the_walk_finds_the_errors_defined_outside_errors_py():
    in_errors_py = {
        kind
        for kind in vars(errors).values()
        if isinstance(kind, type) and issubclass(kind, errors.JournalError)
    }
    assert in_errors_py < set(ERROR_TYPES)
    assert "FileInUse" in {kind.__name__ for kind in ERROR_TYPES}


@pytest.mark.parametrize("kind", ERROR_TYPES, ids=lambda kind: kind.__name__)
def test_every_error_has_a_translated_sentence(kind, qapp, monkeypatch):
    seen = []

    def marked(context, text):
        seen.append((context, text))
        return "«" + text + "»"

    monkeypatch.setattr(messages, "translate", marked)
    monkeypatch.setattr(field_labels, "translate", marked)
    exc = _build(kind)
    text = messages.user_message(exc)
    assert text.startswith("«") and text.endswith("»"), text  # a translated sentence
    assert "Traceback" not in text and "{" not in text and "}" not in text
    assert text.strip("«»").strip()
    assert exc.message not in text or "{detail}" in seen[0][1]  # the core's English only as detail
    assert messages.user_reason(exc).strip()


@pytest.mark.parametrize("kind", ERROR_TYPES, ids=lambda kind: kind.__name__)
def test_the_sentence_is_the_types_own_not_a_catch_all(kind):
    """Each type of the app's own has a sentence of its own or its base's: only the
    base JournalError falls back to "That could not be done"."""
    catch_all = messages._BY_TYPE[errors.JournalError]
    own = messages._template(_build(kind))
    assert own != catch_all or kind is errors.JournalError


def test_an_unexpected_error_names_its_kind_and_no_traceback(qapp):
    text = messages.user_message(KeyError("secret journal text"))
    assert "KeyError" in text and "secret" not in text and "Traceback" not in text


# Types whose every raise must name its case: the GUI has a sentence per case.
_ALWAYS_CODED = {"ValidationError", "ImportFormatError"}


def _codes_raised() -> dict[str, set[str]]:
    """The `code` given at each raise of an error type that messages.py maps by code."""
    mapped = {kind.__name__ for kind in messages._BY_CODE}
    codes: dict[str, set[str]] = {name: set() for name in mapped}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        # A subclass that names its case in super().__init__ counts as its base's raise.
        base_of = {}
        for cls in ast.walk(tree):
            bases = [getattr(b, "id", "") for b in getattr(cls, "bases", [])]
            for call in ast.walk(cls) if isinstance(cls, ast.ClassDef) else []:
                func = getattr(call, "func", None)
                if isinstance(func, ast.Attribute) and ast.unparse(func) == "super().__init__":
                    base_of[id(call)] = next((b for b in bases if b in mapped), "")
        for node in ast.walk(tree):
            name = getattr(getattr(node, "func", None), "id", "") or base_of.get(id(node), "")
            if not isinstance(node, ast.Call) or name not in mapped:
                continue
            code = [k.value for k in node.keywords if k.arg == "code"]
            where = f"{path.name}:{node.lineno}"
            assert code or name not in _ALWAYS_CODED, f"{where}: a {name} without a code"
            if code:
                assert isinstance(code[0], ast.Constant), where
                codes[name].add(code[0].value)
    return codes


def test_every_case_raised_has_its_sentence_and_none_is_left_over():
    raised = _codes_raised()
    for kind, sentences in messages._BY_CODE.items():
        assert raised[kind.__name__] == set(sentences), kind.__name__


def test_a_validation_message_names_the_field_in_words_and_keeps_the_values(qapp):
    from journal_app.domain.records import RecordType
    from journal_app.domain.schema import MAX_TEXT, validate_fields

    with pytest.raises(errors.ValidationError) as caught:
        validate_fields(RecordType.CHECKIN, {Field.NOTE: "x" * (MAX_TEXT + 1)}, None)
    text = messages.user_message(caught.value)
    assert caught.value.code == "too_long"
    assert "Note" in text and "fields.note" not in text
    from PySide6.QtCore import QLocale

    # The counts, as the user's locale writes them.
    assert QLocale().toString(MAX_TEXT + 1) in text and QLocale().toString(MAX_TEXT) in text


def test_the_field_of_an_action_is_named_by_row_and_part(qapp):
    exc = errors.ValidationError("fields.actions[1].due", "must be a date", code="date_format")
    assert "Agreed actions, item 2, Due" in messages.user_message(exc)
    # An editor's own label wins; the path alone does not.
    assert "My label" in messages.user_message(exc, field="My label")
    assert "Agreed actions" in messages.user_message(exc, field="fields.actions[1].due")


def test_every_field_the_schema_defines_has_a_label(qapp):
    for field in Field:
        assert field in field_labels.LABELS, field
        assert field_labels.field_label(f"fields.{field}") != f"fields.{field}"
    assert field_labels.field_label("fields.no_such_field") == "fields.no_such_field"


def test_a_disk_error_keeps_its_cause_and_the_editor_is_reassured(qapp):
    exc = errors.StorageError("the disk is full; nothing was changed")
    assert "disk is full" in messages.user_message(exc)
    assert "still in the editor" in messages.user_message(exc)
    # A pack or an export says itself that nothing changed: no word of an editor.
    assert messages.user_reason(exc) == "The disk is full; nothing was changed."


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "disk is full"),
        (OSError(errno.EACCES, "Permission denied"), "Permission to write"),
        (OSError(errno.EROFS, "Read-only file system"), "Permission to write"),
    ],
)
def test_a_disk_error_the_mapper_names_is_said_in_the_users_words(qapp, error, words):
    """The disk mapper's types (DiskFull, WriteDenied) have sentences of their own:
    neither the core's English nor the system's message reaches the worker."""
    from journal_app.disk.storage_errors import file_write_error, storage_error

    for exc in (storage_error(error), file_write_error(error, Path("pack.pdf"))):
        for said in (messages.user_message(exc), messages.user_reason(exc)):
            assert words in said
            assert exc.message not in said and error.strerror not in said


def test_a_broken_translation_gives_a_sentence_not_a_traceback(qapp, monkeypatch):
    monkeypatch.setattr(messages, "translate", lambda _c, text: text.replace("{limit}", "{nope}"))
    exc = errors.ValidationError("tags", "at most 50 tags", code="too_many_tags", limit=50)
    text = messages.user_message(exc)
    assert text and "{" not in text and "Traceback" not in text


def test_an_import_error_names_the_entry_and_why_its_record_did_not_validate(qapp, tmp_path):
    from journal_app.services.importers import parse_import

    export = tmp_path / "journal.json"
    export.write_text('{"entries": [{"date": "2026-01-01", "body": "x"}, {"date": "2026-02-30"}]}')
    with pytest.raises(errors.ImportFormatError) as caught:
        parse_import(export, "jrnl-json")
    text = messages.user_message(caught.value)
    assert caught.value.code == "invalid_entry" and caught.value.values == {"entry": 2}
    assert text.startswith("Entry 2 could not be imported")
    assert "Date" in text and "2026-02-30" in text and "not a real calendar date" in text
    assert caught.value.message not in text


def test_an_import_error_names_the_file_line_and_column(qapp, tmp_path):
    from journal_app.services.importers import parse_import

    export = tmp_path / "broken.json"
    export.write_text('{"entries": [\n  {"date": }\n]}')
    with pytest.raises(errors.ImportFormatError) as caught:
        parse_import(export, "dayone-json")
    text = messages.user_message(caught.value)
    assert text == "broken.json could not be imported: it is not valid JSON at line 2, column 12."


def test_a_journal_from_a_newer_version_says_so_with_both_versions(qapp, tmp_path):
    import sqlite3

    from journal_app.vault import migrations

    conn = sqlite3.connect(tmp_path / "future.pswvault")
    conn.execute(f"PRAGMA user_version={migrations.LATEST + 1}")
    with pytest.raises(errors.UnsupportedFormat) as caught:
        migrations.migrate(conn, None)
    conn.close()
    text = messages.user_message(caught.value)
    assert f"file format {migrations.LATEST + 1}" in text and f"format {migrations.LATEST}." in text
    assert "Install the newer PSW Journal" in text


def test_a_file_held_by_another_program_is_named_in_a_translated_sentence(qapp, monkeypatch):
    from journal_app.disk.files import FileInUse

    monkeypatch.setattr(messages, "translate", lambda _c, text: "«" + text + "»")
    exc = FileInUse(Path("/somewhere/pack.pdf"), "replaced")
    for text in (messages.user_message(exc), messages.user_reason(exc)):
        assert text.startswith("«pack.pdf is open in another program")
        assert "somewhere" not in text and "editor" not in text
