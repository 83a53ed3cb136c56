"""The worker's own reflection templates (issue 18): made, changed, renamed and deleted
in the vault, encrypted like the records and carried by backups; bad input is refused
naming the field, with nothing written; `add` of a reflection written to one names a
template the worker has (`fields.template`, exit 2, otherwise)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from journal_app.cli import run
from journal_app.errors import ValidationError
from journal_app.services.backup import restore_backup
from journal_app.services.changes import Changed, DeleteTemplate, SaveRecord, SaveTemplate, apply
from journal_app.services.journal import Journal
from journal_app.services.own_templates import (
    MAX_HEADINGS,
    MAX_NAME,
    MAX_TEMPLATES,
    TEMPLATES_ID,
    TemplateHeading,
    create_template,
    delete_template,
    find_template,
    own_templates,
    rename_template,
    update_template,
)

DEBRIEF = [
    {"heading": "What stayed with me", "prompt": "A moment, a word, a feeling."},
    {"heading": "What I need now", "prompt": ""},
]


def test_make_change_rename_and_delete_a_template(journal, vault_path):
    made = create_template(journal, "  After a  group ", DEBRIEF)
    assert made.name == "After a group"  # spaces tidied
    assert made.headings == (
        TemplateHeading("What stayed with me", "A moment, a word, a feeling."),
        TemplateHeading("What I need now", ""),
    )
    create_template(journal, "Endings", [{"heading": "How it ended"}])
    assert [t.name for t in own_templates(journal)] == ["After a group", "Endings"]

    update_template(journal, "after a group", "After a group", [{"heading": "One thing"}])
    assert own_templates(journal)[0].headings == (TemplateHeading("One thing"),)
    rename_template(journal, "After a group", "Group debrief")
    assert [t.name for t in own_templates(journal)] == ["Group debrief", "Endings"]
    assert own_templates(journal)[0].headings == (TemplateHeading("One thing"),)

    gone = delete_template(journal, "ENDINGS")
    assert gone.name == "Endings"
    journal.lock()
    again = Journal.open(vault_path, PASSPHRASE)
    try:
        assert [t.name for t in own_templates(again)] == ["Group debrief"]
    finally:
        again.lock()


def test_templates_are_encrypted_in_the_vault_and_carried_by_a_backup(journal, tmp_path):
    create_template(journal, "Quietword template", [{"heading": "Hiddenheading", "prompt": "x"}])
    backup = tmp_path / "journal.bak"
    journal.backup(backup)
    files = [p for p in journal.store.path.parent.iterdir() if p.is_file()] + [backup]
    for file in files:
        data = file.read_bytes()
        assert b"Quietword" not in data and b"Hiddenheading" not in data, file.name
    journal.lock()
    target = tmp_path / "restored" / "journal.pswvault"
    restore_backup(backup, target, PASSPHRASE)
    restored = Journal.open(target, PASSPHRASE)
    try:
        assert [t.name for t in own_templates(restored)] == ["Quietword template"]
        assert own_templates(restored)[0].prompt_for("hiddenheading") == "x"
    finally:
        restored.lock()


@pytest.mark.parametrize(
    ("name", "headings", "field", "code"),
    [
        ("", DEBRIEF, "template_name", "required"),
        ("   ", DEBRIEF, "template_name", "required"),
        ("x" * (MAX_NAME + 1), DEBRIEF, "template_name", "too_long"),
        (3, DEBRIEF, "template_name", "shape"),
        ("Bad\x00name", DEBRIEF, "template_name", "bad_character"),
        ("Mine", [], "headings", "no_headings"),
        ("Mine", "Heading", "headings", "shape"),
        ("Mine", [{"heading": f"H{i}"} for i in range(MAX_HEADINGS + 1)], "headings", "too_many"),
        ("Mine", [{"heading": "A"}, {"heading": " "}], "headings[1].heading", "empty"),
        ("Mine", [{"heading": "A"}, {"heading": "a"}], "headings[1].heading", "duplicate_heading"),
        ("Mine", [{"heading": "x" * 301}], "headings[0].heading", "too_long"),
        ("Mine", [{"heading": "A", "prompt": "p" * 501}], "headings[0].prompt", "too_long"),
        ("Mine", [{"heading": "A", "prompt": 5}], "headings[0].prompt", "shape"),
        ("Mine", [{"heading": "A", "colour": "red"}], "headings[0]", "shape"),
        ("Mine", ["A"], "headings[0]", "shape"),
        ("Existing", DEBRIEF, "template_name", "duplicate_name"),
        ("EXISTING ", DEBRIEF, "template_name", "duplicate_name"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(journal, name, headings, field, code):
    create_template(journal, "Existing", DEBRIEF)
    before = journal.store.read_item(TEMPLATES_ID)
    with pytest.raises(ValidationError) as caught:
        apply(journal, SaveTemplate(None, name, headings))
    assert (caught.value.field, caught.value.code) == (field, code)
    assert journal.store.read_item(TEMPLATES_ID) == before


def test_a_name_can_keep_its_own_case_change_but_not_take_anothers(journal):
    create_template(journal, "Debrief", DEBRIEF)
    create_template(journal, "Endings", DEBRIEF)
    assert update_template(journal, "Debrief", "debrief", DEBRIEF).name == "debrief"
    with pytest.raises(ValidationError) as caught:
        rename_template(journal, "debrief", "endings")
    assert (caught.value.field, caught.value.code) == ("template_name", "duplicate_name")
    for change in (SaveTemplate("Nothing", "New", DEBRIEF), DeleteTemplate("Nothing")):
        with pytest.raises(ValidationError) as caught:
            apply(journal, change)
        assert (caught.value.field, caught.value.code) == ("template_name", "unknown_template")


def test_at_most_so_many_templates(journal):
    journal.put_meta_item(
        TEMPLATES_ID, [{"name": f"T{i}", "headings": DEBRIEF} for i in range(MAX_TEMPLATES)]
    )
    with pytest.raises(ValidationError) as caught:
        create_template(journal, "One more", DEBRIEF)
    assert caught.value.code == "too_many_templates"
    assert len(own_templates(journal)) == MAX_TEMPLATES


def test_changes_say_they_touched_the_templates(journal):
    outcome = apply(journal, SaveTemplate(None, "Debrief", DEBRIEF))
    assert outcome.changed == Changed(templates=True) and outcome.value.name == "Debrief"
    assert apply(journal, DeleteTemplate("debrief")).changed == Changed(templates=True)


def test_an_unreadable_template_is_skipped_not_fatal(journal):
    journal.put_meta_item(TEMPLATES_ID, [{"name": "Good", "headings": DEBRIEF}, {"oops": 1}, 7])
    assert [t.name for t in own_templates(journal)] == ["Good"]
    assert find_template(own_templates(journal), " good ").name == "Good"


def _custom(template: str | None) -> dict:
    fields = {"model": "custom", "sections": [{"heading": "What stayed with me", "text": "Hope"}]}
    if template is not None:
        fields["template"] = template
    return {"type": "reflection", "date": "2026-11-16", "fields": fields}


def test_adding_an_entry_written_to_a_template_needs_one_by_that_name(journal):
    create_template(journal, "Group debrief", DEBRIEF)
    record = apply(journal, SaveRecord(None, _custom("Group debrief"))).value
    assert record.fields["template"] == "Group debrief"
    assert record.fields["sections"] == [{"heading": "What stayed with me", "text": "Hope"}]
    with pytest.raises(ValidationError) as caught:
        apply(journal, SaveRecord(None, _custom("No such one")))
    assert caught.value.field == "fields.template" and caught.value.code == "unknown_template"
    assert "Group debrief" in caught.value.message
    assert len(journal.records()) == 1
    # Sections without a template's name are still the worker's own headings.
    apply(journal, SaveRecord(None, _custom(None)))
    # An entry outlives its template: it stays whole and can still be changed.
    delete_template(journal, "Group debrief")
    edited = apply(journal, SaveRecord(record.id, {"title": "Still here"})).value
    assert edited.fields["template"] == "Group debrief" and edited.title == "Still here"


def _cli(vault: Path, tmp_path: Path, capsys, monkeypatch, *argv: str, stdin: str = ""):
    import io
    import sys

    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run(["--vault", str(vault), "--passphrase-file", str(passfile), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_add_with_a_template_and_its_error(journal, vault_path, tmp_path, capsys, monkeypatch):
    create_template(journal, "Group debrief", DEBRIEF)
    journal.lock()
    before = vault_path.read_bytes()
    code, out, err = _cli(
        vault_path, tmp_path, capsys, monkeypatch, "add", "--json", "-",
        stdin=json.dumps(_custom("Missing")),
    )  # fmt: skip
    assert code == 2 and out == ""
    assert "fields.template:" in err and "'Missing'" in err and "Traceback" not in err
    assert vault_path.read_bytes() == before
    code, out, err = _cli(
        vault_path, tmp_path, capsys, monkeypatch, "add", "--json", "-",
        stdin=json.dumps(_custom("group debrief")),
    )  # fmt: skip
    assert code == 0, err
    code, shown, err = _cli(vault_path, tmp_path, capsys, monkeypatch, "show", out.strip())
    assert code == 0, err
    assert "Template:\n  Group debrief" in shown  # as the template has it
    assert "Sections:\n  What stayed with me: Hope" in shown
