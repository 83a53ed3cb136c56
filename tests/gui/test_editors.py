"""The record editors: every field filled through its widget reaches record JSON that
validates, records read back unchanged, `edited` means the user, errors point at the
right input, and disclosure and supervision notes survive a real vault."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from journal_app.domain.records import RecordType
from journal_app.domain.schema import CONSIDERATIONS, SCHEMAS, record_from_input
from journal_app.gui.editors.base import RecordEditor
from journal_app.gui.editors.factory import editor_for
from journal_app.gui.widgets.choice_list import ChoiceList
from journal_app.gui.widgets.score import ScoreSlider
from journal_app.gui.widgets.tag_edit import TagEdit, split_tags
from journal_app.services.journal import Journal
from journal_app.services.vocabulary import load_vocabulary

READ_ONLY = ("id", "created", "updated")


@pytest.fixture
def make(qtbot):
    def make_editor(record_type: RecordType) -> RecordEditor:
        editor = editor_for(record_type, load_vocabulary())
        qtbot.addWidget(editor)
        fields = {"model": "gibbs"} if record_type is RecordType.REFLECTION else {}
        editor.load(None, {"type": record_type.value, "date": "2024-05-01", "fields": fields})
        editor.resize(900, 1000)
        return editor

    return make_editor


# --- filling through the widgets ---------------------------------------------------


def child(editor: QWidget, kind: type, name: str) -> Any:
    found = editor.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def type_text(qtbot, editor: QWidget, name: str, text: str) -> str:
    widget = editor.findChild(QPlainTextEdit, f"field_{name}") or child(
        editor, QLineEdit, f"field_{name}"
    )
    qtbot.keyClicks(widget, text)
    return text


def choose(editor: QWidget, name: str, value: str) -> str:
    combo = child(editor, QComboBox, f"field_{name}")
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    return value


def tick(qtbot, editor: QWidget, name: str, ids: list[str]) -> list[str]:
    """Tick choices with the keyboard: move to each, press Space."""
    choices = child(editor, ChoiceList, f"field_{name}")
    for choice_id in ids:
        item = choices._items[choice_id]
        if item.parent() is not None:
            item.parent().setExpanded(True)
        choices.setCurrentItem(item)
        qtbot.keyClick(choices, Qt.Key.Key_Space)
    assert choices.checked() == ids
    return ids


def score(editor: QWidget, name: str, value: int) -> int:
    child(editor, ScoreSlider, f"field_{name}").setValue(value)
    return value


def fill_header(qtbot, editor: RecordEditor) -> dict[str, Any]:
    editor.date_edit.setDate(QDate(2024, 5, 7))
    qtbot.keyClicks(editor.title_edit, "After the Tuesday group")
    qtbot.keyClicks(editor.tags_edit, "group, hope")
    child(editor, QWidget, "field_share_summary").click()
    editor.supervision_check.click()
    qtbot.keyClicks(editor.summary_edit, "Silence gave people room.")
    return {
        "date": "2024-05-07",
        "title": "After the Tuesday group",
        "tags": ["group", "hope"],
        "share": "summary",
        "for_supervision": True,
        "shared_summary": "Silence gave people room.",
    }


def fill_reflection(qtbot, editor: RecordEditor) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    texts = {
        "gibbs": ["description", "feelings", "evaluation", "analysis", "conclusion", "action_plan"],
        "driscoll": ["what", "so_what", "now_what"],
        "free": ["text"],
        "nmc": ["nmc_what_happened", "nmc_learning", "nmc_practice_change", "nmc_code_relevance"],
        "supervision_prep": ["prep_bring", "prep_going_well", "prep_support_needed"],
        "ending": ["ending_marked", "ending_next_support", "ending_feelings"],
    }
    for model, names in texts.items():
        choose(editor, "model", model)
        for name in names:
            widget = child(editor, QPlainTextEdit, f"field_{name}")
            assert widget.isVisibleTo(editor), f"{name} is hidden under {model}"
            fields[name] = type_text(qtbot, editor, name, f"My {name.replace('_', ' ')}.")
    fields["ending_planned"] = choose(editor, "ending_planned", "partly")
    fields["model"] = choose(editor, "model", "custom")
    fields["template"] = type_text(qtbot, editor, "template", "Short debrief")
    qtbot.mouseClick(editor.custom_sections.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(child(editor, QLineEdit, "field_sections_1_heading"), "Good moment")
    qtbot.keyClicks(child(editor, QPlainTextEdit, "field_sections_1_text"), "A laugh shared.")
    fields["sections"] = [{"heading": "Good moment", "text": "A laugh shared."}]
    fields["session_kind"] = choose(editor, "session_kind", "group")
    fields["setting"] = type_text(qtbot, editor, "setting", "Community hub")
    fields["themes"] = tick(qtbot, editor, "themes", ["hope_recovery", "boundaries"])
    fields["competences"] = tick(
        qtbot, editor, "competences", ["relational.active-listening", "meta.self-reflection"]
    )
    fields["mood_after"] = score(editor, "mood_after", 7)
    return fields


def fill_disclosure(qtbot, editor: RecordEditor) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "decision": choose(editor, "decision", "partly_shared"),
        "what": type_text(qtbot, editor, "what", "That I waited months for help too."),
        "purposes": tick(qtbot, editor, "purposes", ["instil_hope", "other"]),
        "purpose_other": type_text(qtbot, editor, "purpose_other", "To slow things down"),
        "considerations": {},
        "received": type_text(qtbot, editor, "received", "They nodded, then asked how."),
        "feelings_after": type_text(qtbot, editor, "feelings_after", "A little exposed."),
        "learning": type_text(qtbot, editor, "learning", "One sentence was enough."),
        "themes": tick(qtbot, editor, "themes", ["lived_experience"]),
        "competences": tick(qtbot, editor, "competences", ["relational.sharing-lived-experience"]),
    }
    for key in CONSIDERATIONS:
        answer = f"Answer to {key}"
        type_text(qtbot, editor, f"considerations_{key}", answer)
        fields["considerations"][key] = answer
    return fields


def fill_supervision(qtbot, editor: RecordEditor) -> dict[str, Any]:
    editor.set_supervisors(["R. Supervisor", "A. Manager"])
    qtbot.keyClicks(child(editor, QComboBox, "field_supervisor").lineEdit(), "A. Manager")
    fields: dict[str, Any] = {
        "supervisor": "A. Manager",
        "supervisor_role": choose(editor, "supervisor_role", "alternative_contact"),
        "functions": tick(qtbot, editor, "functions", ["restorative", "normative"]),
        "wellbeing_before": score(editor, "wellbeing_before", 3),
        "wellbeing_after": score(editor, "wellbeing_after", 6),
        "discussed": type_text(qtbot, editor, "discussed", "Planning endings earlier."),
        "support_offered": type_text(qtbot, editor, "support_offered", "A course place."),
        "themes": tick(qtbot, editor, "themes", ["endings", "training_need"]),
        "competences": tick(qtbot, editor, "competences", ["self-care.using-supervision"]),
    }
    qtbot.keyClicks(child(editor, QPlainTextEdit, "field_agenda"), "Endings.")
    editor.set_agenda_suggestion("- Reflection: After the Tuesday group")
    fill = child(editor, QPushButton, "fill_agenda")
    assert fill.isVisibleTo(editor)
    qtbot.mouseClick(fill, Qt.MouseButton.LeftButton)
    fields["agenda"] = "Endings.\n- Reflection: After the Tuesday group"
    add_action(qtbot, editor, "Book the safeguarding course", "Me", QDate(2024, 6, 1), "done")
    add_action(qtbot, editor, "Send the ending template", "A. Manager", None, "open")
    fields["actions"] = [
        {
            "text": "Book the safeguarding course",
            "owner": "Me",
            "due": "2024-06-01",
            "status": "done",
        },
        {"text": "Send the ending template", "owner": "A. Manager", "due": None, "status": "open"},
    ]
    child(editor, QWidget, "field_next_booked").click()
    child(editor, QDateEdit, "field_next_date").setDate(QDate(2024, 6, 3))
    fields["next_date"] = "2024-06-03"
    return fields


def add_action(qtbot, editor, text: str, owner: str, due: QDate | None, status: str) -> None:
    """Add a row with the button and fill its cells with the keyboard and cell editors."""
    table = editor.actions.table
    qtbot.mouseClick(editor.actions.add_button, Qt.MouseButton.LeftButton)
    row = table.rowCount() - 1
    assert (table.currentRow(), table.currentColumn()) == (row, 0)
    for column, value in ((0, text), (1, owner)):
        table.setCurrentCell(row, column)
        qtbot.keyClick(table, value[0])  # typing starts editing the cell
        cell_editor = table.indexWidget(table.currentIndex())
        qtbot.keyClicks(cell_editor, value[1:])
        qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    if due is not None:
        table.setCurrentCell(row, 2)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        date_editor = table.indexWidget(table.currentIndex())
        assert isinstance(date_editor, QDateEdit)
        date_editor.setDate(due)
        qtbot.keyClick(date_editor, Qt.Key.Key_Return)
    table.setCurrentCell(row, 3)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    status_editor = table.indexWidget(table.currentIndex())
    assert isinstance(status_editor, QComboBox)
    status_editor.setCurrentIndex(status_editor.findData(status))
    qtbot.keyClick(status_editor, Qt.Key.Key_Return)


def fill_checkin(qtbot, editor: RecordEditor) -> dict[str, Any]:
    mood = child(editor, ScoreSlider, "field_mood")
    mood.slider.setFocus()
    qtbot.keyClick(mood.slider, Qt.Key.Key_Right)  # from "not set" at the middle: 6
    return {
        "mood": mood.value(),
        "stress": score(editor, "stress", 8),
        "energy": score(editor, "energy", 2),
        "note": type_text(qtbot, editor, "note", "Long day; walked home."),
    }


GOAL_ID = "0b9c1f7e-1a2b-4c3d-8e4f-000000000011"


def fill_training(qtbot, editor: RecordEditor) -> dict[str, Any]:
    editor.set_goals([(GOAL_ID, "Lead a peer group")])
    hours = child(editor, QWidget, "field_hours")
    hours.setFocus()
    hours.lineEdit().selectAll()
    qtbot.keyClicks(hours, "6.5")
    qtbot.keyClick(hours, Qt.Key.Key_Tab)
    return {
        "kind": choose(editor, "kind", "e_learning"),
        "provider": type_text(qtbot, editor, "provider", "Recovery college"),
        "hours": 6.5,
        "learning": type_text(qtbot, editor, "learning", "Grounding before a hard call."),
        "use_in_practice": type_text(qtbot, editor, "use_in_practice", "Offer choice first."),
        "competences": tick(qtbot, editor, "competences", ["relational.active-listening"]),
        "goals": tick(qtbot, editor, "goals", [GOAL_ID]),
    }


def fill_goal(qtbot, editor: RecordEditor) -> dict[str, Any]:
    child(editor, QWidget, "field_target_date_set").click()
    child(editor, QDateEdit, "field_target_date").setDate(QDate(2025, 3, 31))
    return {
        "status": choose(editor, "status", "achieved"),
        "target_date": "2025-03-31",
        "steps": type_text(qtbot, editor, "steps", "Co-facilitate three groups."),
        "progress": type_text(qtbot, editor, "progress", "One done."),
        "competences": tick(qtbot, editor, "competences", ["meta.self-reflection"]),
    }


def fill_wellness_plan(qtbot, editor: RecordEditor) -> dict[str, Any]:
    fields: dict[str, Any] = {
        name: type_text(qtbot, editor, name, f"My {name.replace('_', ' ')}.")
        for name in (
            "keeps_me_well",
            "early_signs",
            "triggers",
            "support_from_manager",
            "if_unwell",
            "my_contacts",
        )
    }
    child(editor, QWidget, "field_review_date_set").click()
    child(editor, QDateEdit, "field_review_date").setDate(QDate(2024, 11, 1))
    fields["review_date"] = "2024-11-01"
    return fields


FILLERS = {
    RecordType.TRAINING: fill_training,
    RecordType.GOAL: fill_goal,
    RecordType.WELLNESS_PLAN: fill_wellness_plan,
    RecordType.REFLECTION: fill_reflection,
    RecordType.DISCLOSURE: fill_disclosure,
    RecordType.SUPERVISION: fill_supervision,
    RecordType.CHECKIN: fill_checkin,
}


def filled(qtbot, make, record_type: RecordType) -> tuple[RecordEditor, dict, dict]:
    editor = make(record_type)
    editor.show()
    qtbot.waitExposed(editor)
    header = fill_header(qtbot, editor)
    fields = FILLERS[record_type](qtbot, editor)
    return editor, header, fields


def without_read_only(record_json: dict) -> dict:
    return {k: v for k, v in record_json.items() if k not in READ_ONLY}


# --- tests -------------------------------------------------------------------------


@pytest.mark.parametrize("record_type", list(RecordType))
def test_every_field_filled_through_widgets_validates(qtbot, make, record_type):
    editor, header, fields = filled(qtbot, make, record_type)
    data = editor.data()
    record = record_from_input(data, load_vocabulary())
    assert record.type is record_type
    assert {k: data[k] for k in header} == header
    assert record.fields == fields
    # Every schema field of the type has a widget (nothing only the CLI can write).
    assert set(SCHEMAS[record_type]) <= set(editor._bindings)


@pytest.mark.parametrize("record_type", list(RecordType))
def test_a_record_reads_back_unchanged(qtbot, make, record_type):
    editor, _header, _fields = filled(qtbot, make, record_type)
    record = record_from_input(editor.data(), load_vocabulary())
    fresh = make(record_type)
    fresh.load(record)
    assert fresh.record_id == record.id
    assert fresh.data() == without_read_only(record.to_dict())


@pytest.mark.parametrize("record_type", list(RecordType))
def test_edited_fires_on_user_change_not_on_load(qtbot, make, record_type):
    editor, _header, _fields = filled(qtbot, make, record_type)
    record = record_from_input(editor.data(), load_vocabulary())
    fresh = make(record_type)
    with qtbot.assertNotEmitted(fresh.edited):
        fresh.load(record)
        fresh.set_known_tags(["alpha"])
        fresh.clear()
        fresh.load(record)
    with qtbot.waitSignal(fresh.edited, timeout=1000):
        qtbot.keyClicks(fresh.title_edit, "!")


def test_edited_fires_for_ticks_scores_and_table_rows(qtbot, make):
    editor = make(RecordType.SUPERVISION)
    editor.show()
    qtbot.waitExposed(editor)
    with qtbot.waitSignal(editor.edited, timeout=1000):
        tick(qtbot, editor, "themes", ["endings"])
    with qtbot.waitSignal(editor.edited, timeout=1000):
        slider = child(editor, ScoreSlider, "field_wellbeing_after").slider
        qtbot.keyClick(slider, Qt.Key.Key_Home)
    with qtbot.waitSignal(editor.edited, timeout=1000):
        qtbot.mouseClick(editor.actions.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.edited, timeout=1000):
        child(editor, QWidget, "field_next_booked").click()


def test_typing_does_not_drain_references_from_true(qtbot, make):
    """PySide6 6.12.0 drops a reference to True on every Python-side emit(); the
    interpreter aborts once it reaches zero (a few hundred keystrokes)."""
    editor = make(RecordType.CHECKIN)
    note = child(editor, QPlainTextEdit, "field_note")
    before = sys.getrefcount(True)
    qtbot.keyClicks(note, "x" * 400)
    assert sys.getrefcount(True) >= before - 20


def test_show_error_focuses_the_mood_slider(qtbot, make):
    editor = make(RecordType.REFLECTION)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    message = "Please check fields.mood_after: must be from 1 to 10, not 11"
    editor.show_error("fields.mood_after", message)
    mood = child(editor, ScoreSlider, "field_mood_after")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is mood.slider)
    assert editor.error_label.isVisible()
    assert "Please check Mood after: must be from 1 to 10" in editor.error_label.text()
    assert mood.accessibleDescription() == "Please check Mood after: must be from 1 to 10, not 11"
    label = mood.property("buddy_label")
    assert label.text().startswith("⚠")
    editor.clear_error()
    assert not editor.error_label.isVisible()
    assert not label.text().startswith("⚠")


def test_show_error_puts_the_cursor_on_the_action_due_cell(qtbot, make):
    editor = make(RecordType.SUPERVISION)
    editor.actions.set_value(
        [
            {"text": "First", "owner": "", "due": None, "status": "open"},
            {"text": "Second", "owner": "", "due": None, "status": "open"},
        ]
    )
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.show_error("fields.actions[0].due", "Please check fields.actions[0].due: must be a date")
    table = editor.actions.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert (table.currentRow(), table.currentColumn()) == (0, 2)
    # The message names the field as the form does, not as the JSON does.
    assert "Please check Actions, item 1, Due: must be a date" in editor.error_label.text()
    editor.show_error("fields.actions[1].text", "an action needs its text")
    assert (table.currentRow(), table.currentColumn()) == (1, 0)


def test_show_error_without_focus_leaves_the_cursor_alone(qtbot, make):
    editor = make(RecordType.DISCLOSURE)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.title_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title_edit)
    editor.show_error("fields.considerations.ready", "is too long", focus=False)
    assert QApplication.focusWidget() is editor.title_edit
    assert editor.error_label.isVisible()
    editor.show_error("fields.considerations.ready", "is too long")
    ready = child(editor, QLineEdit, "field_considerations_ready")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ready)


def test_reflection_model_switches_sections_and_keeps_text(qtbot, make):
    editor = make(RecordType.REFLECTION)
    feelings = child(editor, QPlainTextEdit, "field_feelings")
    so_what = child(editor, QPlainTextEdit, "field_so_what")
    assert feelings.isVisibleTo(editor) and not so_what.isVisibleTo(editor)
    choose(editor, "model", "driscoll")
    assert so_what.isVisibleTo(editor) and not feelings.isVisibleTo(editor)
    choose(editor, "model", "gibbs")
    qtbot.keyClicks(feelings, "Anxious")
    choose(editor, "model", "driscoll")
    assert feelings.isVisibleTo(editor), "text in another model's section stays in view"
    assert editor.kept_note.isVisibleTo(editor)
    assert editor.data()["fields"]["feelings"] == "Anxious"
    choose(editor, "model", "ending")
    assert child(editor, QComboBox, "field_ending_planned").isVisibleTo(editor)
    assert editor.findChild(QLabel, "privilege_note").text()


def test_clear_drops_everything_shown(qtbot, make):
    editor, _header, _fields = filled(qtbot, make, RecordType.SUPERVISION)
    editor.set_known_tags(["secret tag"])
    editor.clear()
    data = editor.data()
    assert data["fields"] == {} and data["title"] == "" and data["tags"] == []
    assert data["share"] == "private" and data["shared_summary"] == ""
    assert editor.record_id is None
    assert editor.tags_edit.known() == []
    assert child(editor, QComboBox, "field_supervisor").count() == 0
    assert not child(editor, QPushButton, "fill_agenda").isVisibleTo(editor)
    assert editor.actions.table.rowCount() == 0


def test_every_input_has_an_accessible_name_and_a_buddy(qtbot, make):
    for record_type in RecordType:
        editor = make(record_type)
        buddies = {label.buddy() for label in editor.findChildren(QLabel) if label.buddy()}
        for widget in editor.findChildren(QWidget):
            if widget.objectName().startswith("field_") and widget.isVisibleTo(editor):
                assert widget.accessibleName(), widget.objectName()
                if not widget.objectName().startswith("field_share_"):
                    assert widget in buddies, widget.objectName()


def test_tab_order_follows_the_form(qtbot, make):
    editor = make(RecordType.DISCLOSURE)
    order: list[str] = []
    widget = editor.date_edit
    for _ in range(400):
        name = widget.objectName()
        if name.startswith("field_") and name not in order:
            order.append(name)
        widget = widget.nextInFocusChain()
        if widget is editor.date_edit:
            break
    expected = ["field_date", "field_title", "field_tags", "field_decision", "field_what"]
    assert [n for n in order if n in expected] == expected
    assert order.index("field_learning") < order.index("field_themes")
    assert order.index("field_themes") < order.index("field_shared_summary")


def test_changes_remove_a_field_the_user_emptied(qtbot, make):
    editor = make(RecordType.CHECKIN)
    record = record_from_input(
        {"type": "checkin", "date": "2024-05-01", "fields": {"mood": 4, "note": "x"}},
        load_vocabulary(),
    )
    editor.load(record)
    child(editor, ScoreSlider, "field_mood").clear_button.click()
    assert "mood" not in editor.data()["fields"]
    assert editor.changes()["fields"]["mood"] is None


def test_score_slider_starts_unset_and_a_key_sets_it(qtbot):
    slider = ScoreSlider()
    qtbot.addWidget(slider)
    assert slider.value() is None and slider.value_label.text() == "Not set"
    with qtbot.waitSignal(slider.valueChanged):
        qtbot.keyClick(slider.slider, Qt.Key.Key_End)
    assert slider.value() == 10
    slider.clear()
    assert slider.value() is None


def test_tag_edit_completes_the_last_tag(qtbot):
    tags = TagEdit()
    qtbot.addWidget(tags)
    tags.set_known(["boundaries", "endings", "group"])
    tags.show()
    qtbot.keyClicks(tags, "group, end")
    assert tags.completer_popup_visible()
    tags._insert_completion("endings")
    assert tags.tags() == ["group", "endings"]
    assert split_tags(" a ,A, b,, ") == ["a", "b"]


def test_disclosure_and_supervision_survive_the_vault(qtbot, make, tmp_path: Path):
    journal, _key = Journal.create(tmp_path / "v.pswvault", PASSPHRASE, FAST_KDF)
    saved = {}
    for record_type in (RecordType.DISCLOSURE, RecordType.SUPERVISION):
        editor, header, fields = filled(qtbot, make, record_type)
        record = journal.add(editor.data())
        saved[record.id] = (record_type, header, fields)
    journal.lock()
    reopened = Journal.open(tmp_path / "v.pswvault", PASSPHRASE)
    try:
        for record_id, (record_type, header, fields) in saved.items():
            record = reopened.get(record_id)
            assert record.fields == fields
            shown = make(record_type)
            shown.load(record)
            data = shown.data()
            assert {k: data[k] for k in header} == header
            assert data["fields"] == fields
            assert data == without_read_only(record.to_dict())
    finally:
        reopened.lock()


def test_session_save_adds_then_edits_with_the_editor(qtbot, make, session):
    editor, _header, fields = filled(qtbot, make, RecordType.SUPERVISION)
    record = session.save(editor.record_id, editor.data())
    editor.mark_saved(record)
    child(editor, QPlainTextEdit, "field_discussed").clear()
    again = session.save(editor.record_id, editor.changes())
    assert again.id == record.id
    assert "discussed" not in again.fields
    assert again.fields["actions"] == fields["actions"]
