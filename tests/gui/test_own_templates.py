"""My templates (issue 18): the worker makes, changes, renames and deletes their own
reflection templates in a dialog reached from the Edit menu, by keyboard; File > New
offers each beside the built-in models, and a reflection made from one shows its
headings with the prompts as placeholders. The model chooser names models by what
they ask."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPlainTextEdit

from journal_app.domain.records import RecordType
from journal_app.gui.dialogs.own_templates import OwnTemplatesDialog
from journal_app.gui.editors.reflection import ReflectionEditor
from journal_app.services.changes import SaveTemplate
from journal_app.services.own_templates import TemplateHeading

DEBRIEF = [
    {"heading": "What stayed with me", "prompt": "A moment, a word, a feeling."},
    {"heading": "What I need now", "prompt": ""},
]


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A dialog closed by the test's end never waits on a question box."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


def _menu_texts(window) -> list[str]:
    return [a.text() for a in window.new_menu.actions() if not a.isSeparator()]


def test_make_a_template_by_keyboard_and_it_joins_the_new_menu(session, open_window, qtbot):
    window = open_window(session)
    assert not any("(my template)" in t for t in _menu_texts(window))
    dialog = OwnTemplatesDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 0 and dialog.empty.isVisible()
    assert dialog.focusWidget() is dialog.name_edit
    qtbot.keyClicks(dialog.name_edit, "Group debrief")
    row = dialog.headings.rows[0]
    qtbot.keyClicks(row.heading, "What stayed with me")
    qtbot.keyClicks(row.prompt, "A moment, a word, a feeling.")
    qtbot.mouseClick(dialog.headings.add_button, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is dialog.headings.rows[1].heading
    qtbot.keyClicks(dialog.headings.rows[1].heading, "What I need now")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible()
    [template] = session.reader.own_templates()
    assert template.name == "Group debrief"
    assert template.headings == (
        TemplateHeading("What stayed with me", "A moment, a word, a feeling."),
        TemplateHeading("What I need now", ""),
    )
    assert dialog.list.count() == 1 and dialog.list.currentItem().text() == "Group debrief"
    assert "Group debrief (my template)" in _menu_texts(window)
    for widget in (dialog.list, dialog.name_edit, row.heading, row.prompt, row.remove):
        assert widget.accessibleName(), widget.objectName()
    dialog.reject()


def test_bad_input_is_named_and_focused_and_nothing_is_saved(session, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    session.apply(SaveTemplate(None, "Group debrief", DEBRIEF))
    dialog = OwnTemplatesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_new()
    qtbot.keyClicks(dialog.name_edit, "group DEBRIEF")
    qtbot.keyClicks(dialog.headings.rows[0].heading, "Anything")
    assert not dialog.save()
    assert dialog.error.isVisible() and "Group debrief" in dialog.error.text()
    assert dialog.focusWidget() is dialog.name_edit
    dialog.name_edit.setText("Endings")
    dialog.headings.rows[0].heading.clear()
    assert not dialog.save()
    assert "Headings, item 1, Heading" in dialog.error.text()
    assert dialog.focusWidget() is dialog.headings.rows[0].heading
    assert [t.name for t in session.reader.own_templates()] == ["Group debrief"]
    # Closing with what cannot be saved asks first; staying is the default.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.reject()
    assert not dialog.isVisible()


def test_change_rename_and_delete(session, open_window, qtbot, monkeypatch):
    session.apply(SaveTemplate(None, "Group debrief", DEBRIEF))
    session.apply(SaveTemplate(None, "Endings", [{"heading": "How it ended"}]))
    window = open_window(session)
    dialog = OwnTemplatesDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_edit.text() == "Group debrief"
    dialog.headings.rows[1].prompt.setText("Rest, a walk, a word with someone?")
    dialog.list.setCurrentRow(1)  # choosing another saves first
    assert dialog.name_edit.text() == "Endings"
    assert session.reader.own_templates()[0].headings[1].prompt == (
        "Rest, a walk, a word with someone?"
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("Ending well", True))
    dialog.rename_current()
    assert [t.name for t in session.reader.own_templates()] == ["Group debrief", "Ending well"]
    assert dialog.list.currentItem().text() == "Ending well"
    assert "Ending well (my template)" in _menu_texts(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.delete_current()
    assert [t.name for t in session.reader.own_templates()] == ["Group debrief"]
    assert not any("Ending well" in t for t in _menu_texts(window))
    dialog.reject()


def test_a_reflection_from_a_template_shows_its_headings_and_prompts(session, open_window):
    session.apply(SaveTemplate(None, "Group debrief", DEBRIEF))
    window = open_window(session)
    action = next(a for a in window.new_menu.actions() if a.text().startswith("Group debrief"))
    action.trigger()
    editor = window.records.editor
    assert isinstance(editor, ReflectionEditor) and editor.model() == "custom"
    rows = editor.custom_sections._rows
    assert [r.heading.text() for r in rows] == ["What stayed with me", "What I need now"]
    assert rows[0].text.placeholderText() == "A moment, a word, a feeling."
    assert rows[0].text.accessibleDescription() == "A moment, a word, a feeling."
    assert rows[0].text.isVisibleTo(editor)
    editor.custom_sections._rows[0].text.setPlainText("Hope in the room.")
    assert window.records.save_now()
    [record] = session.reader.records()
    assert record.fields["template"] == "Group debrief"
    assert record.fields["sections"][0] == {
        "heading": "What stayed with me",
        "text": "Hope in the room.",
    }


def test_the_template_menu_is_emptied_on_lock(session, open_window):
    session.apply(SaveTemplate(None, "Group debrief", DEBRIEF))
    window = open_window(session)
    assert "Group debrief (my template)" in _menu_texts(window)
    session.lock()
    assert not any("Group debrief" in t for t in _menu_texts(window))


def test_the_model_chooser_names_models_by_what_they_ask(session, open_window):
    window = open_window(session)
    window.new_record(RecordType.REFLECTION)
    combo = window.records.editor.model_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Six steps from what happened to an action plan (Gibbs)" in labels
    assert "What? So what? Now what? (Driscoll)" in labels
    assert (
        "Four questions: what happened, what I learnt, what I will change, how it fits my role"
        in labels
    )
    assert not any("NMC" in label or "revalidation" in label for label in labels)
    prompts = [w.placeholderText() for w in window.records.editor.findChildren(QPlainTextEdit)]
    assert prompts is not None


def test_a_read_only_journal_offers_its_templates_disabled(session, open_window, monkeypatch):
    from journal_app.services.reader import JournalReader

    session.apply(SaveTemplate(None, "Group debrief", DEBRIEF))
    window = open_window(session)
    monkeypatch.setattr(JournalReader, "read_only", property(lambda _self: True))
    window.refresh_template_menu()
    [action] = [a for a in window.new_menu.actions() if a.text().startswith("Group debrief")]
    assert not action.isEnabled()


def test_a_long_prompt_shows_from_its_start(session, qtbot):
    """A heading or prompt wider than its box is shown from its first word, not
    scrolled to its end (as setText leaves a line edit), when a template is shown and
    after a heading above it is removed."""
    long_prompt = "Anything I do not want to carry on my own, " * 4
    headings = [{"heading": "What happened", "prompt": ""}, *DEBRIEF]
    headings[1] = {"heading": "How it left me " * 8, "prompt": long_prompt}
    session.apply(SaveTemplate(None, "After a hard call", headings))
    dialog = OwnTemplatesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.headings.rows[1]
    assert row.prompt.width() < row.prompt.fontMetrics().horizontalAdvance(long_prompt)
    for edit in (dialog.name_edit, row.heading, row.prompt):
        assert edit.cursorPosition() == 0, edit.objectName()
    dialog.headings.rows[0].remove.click()
    row = dialog.headings.rows[0]
    assert row.prompt.text() == long_prompt.strip()
    assert row.heading.cursorPosition() == 0 and row.prompt.cursorPosition() == 0
    dialog.reject()
