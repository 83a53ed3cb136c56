"""The disclosure editor offers the considerations that fit the setting: at work,
what adjustments I want, who needs to know and what the policy says."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from journal_app.domain.records import RecordType
from journal_app.domain.schema import record_from_input
from journal_app.gui.editors.factory import editor_for
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()


def make(qtbot, fields=None):
    editor = editor_for(RecordType.DISCLOSURE, VOCAB)
    qtbot.addWidget(editor)
    editor.load(None, {"type": "disclosure", "date": "2026-02-03", "fields": fields or {}})
    editor.resize(900, 1000)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def shown_prompts(editor) -> list[str]:
    return [key for key, edit in editor.consideration_edits.items() if edit.isVisibleTo(editor)]


def choose_setting(editor, value: str) -> None:
    combo = editor.findChild(QComboBox, "field_setting")
    combo.setCurrentIndex(combo.findData(value))


def test_the_prompts_follow_the_setting(qtbot):
    editor = make(qtbot)
    note = editor.findChild(QLabel, "work_note")
    assert shown_prompts(editor) == [
        "whose_needs",
        "relevant",
        "ready",
        "how_much",
        "focus_on_them",
        "fine_if_repeated",
        "policy_allows",
    ]
    assert not note.isVisibleTo(editor)
    choose_setting(editor, "team_employer")
    assert shown_prompts(editor) == [
        "ready",
        "how_much",
        "fine_if_repeated",
        "adjustments",
        "who_needs_to_know",
        "policy_says",
    ]
    assert note.isVisibleTo(editor)
    choose_setting(editor, "elsewhere")
    assert shown_prompts(editor) == ["whose_needs", "ready", "how_much", "fine_if_repeated"]


def test_work_answers_reach_the_record_and_stay_shown_in_another_setting(qtbot):
    editor = make(qtbot)
    choose_setting(editor, "team_employer")
    edit = editor.findChild(QLineEdit, "field_considerations_adjustments")
    qtbot.keyClicks(edit, "A later start")
    record = record_from_input(editor.data(), VOCAB)
    assert record.fields["setting"] == "team_employer"
    assert record.fields["considerations"] == {"adjustments": "A later start"}
    choose_setting(editor, "person_supported")
    assert edit.isVisibleTo(editor)  # an answer is never hidden
    fresh = make(qtbot)
    fresh.load(record)
    assert fresh.data()["fields"] == record.fields
    assert "who_needs_to_know" in shown_prompts(fresh)
