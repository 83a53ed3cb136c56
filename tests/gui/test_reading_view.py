"""An entry opens to read (labels as headings, choices by their labels), with Edit,
Enter, Ctrl+E or a double-click to edit it and Done or Escape to save and read it
again; a new entry opens straight in the editor (issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from journal_app.domain.records import RecordType

TEXT = "We met at the allotment and talked about hope."


def _reflection(session, **fields):
    data = {"model": "gibbs", "session_kind": "one_to_one", "description": TEXT, **fields}
    return session.save(
        None, {"type": "reflection", "date": "2026-11-16", "title": "Allotment", "fields": data}
    )


def _opened(session, open_window, qtbot):
    record = _reflection(session)
    window = open_window(session)
    window.show_section("timeline")
    qtbot.waitExposed(window)
    window.activateWindow()  # keys reach shortcuts in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.records.open_record(session.reader.get(record.id))
    return window, record


def test_an_entry_opens_to_read_with_labels_not_keys(session, qtbot, open_window):
    window, _record = _opened(session, open_window, qtbot)
    entry = window.records.entry
    assert entry.reading.isVisible() and not window.records.is_editing
    assert entry.edit_button.isVisible() and not entry.done_button.isVisible()
    shown = entry.reading.toPlainText()
    assert "Allotment" in shown and "16 Nov 2026 · Reflection · Private" in shown
    gibbs = "Six steps from what happened to an action plan (Gibbs)"
    assert "Reflective model: " + gibbs in shown and "Kind of session: One to one" in shown
    assert "Description\n" in shown and TEXT in shown
    assert "gibbs" not in shown and "one_to_one" not in shown


def _edit_by(how: str, window, qtbot) -> None:
    reading, view = window.records.entry.reading, window.records.list
    if how == "button":
        qtbot.mouseClick(window.records.entry.edit_button, Qt.MouseButton.LeftButton)
    elif how == "enter":
        reading.setFocus()
        qtbot.keyClick(reading, Qt.Key.Key_Return)
    elif how == "ctrl+e":
        window.records.list.setFocus()  # from anywhere in the window
        qtbot.keyClick(window.records.list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    elif how == "double-click":
        qtbot.mouseDClick(reading.viewport(), Qt.MouseButton.LeftButton)
    elif how == "enter in the list":
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    elif how == "double-click in the list":
        spot = view.visualRect(view.currentIndex()).center()
        # A double-click is a click and then the second press (QTest sends only that).
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)


@pytest.mark.parametrize(
    "how",
    ["button", "enter", "ctrl+e", "double-click", "enter in the list", "double-click in the list"],
)
def test_each_way_to_edit_opens_the_editor_on_its_text(session, qtbot, open_window, how):
    window, record = _opened(session, open_window, qtbot)
    _edit_by(how, window, qtbot)
    assert window.records.is_editing
    assert window.records.editor.isVisible() and window.records.entry.done_button.isVisible()
    field = window.findChild(QPlainTextEdit, "field_description")
    assert field.toPlainText() == TEXT
    assert window.records.current_record.id == record.id


@pytest.mark.parametrize("how", ["escape", "done"])
def test_done_or_escape_saves_and_goes_back_to_reading(session, qtbot, open_window, how):
    window, record = _opened(session, open_window, qtbot)
    window.records.edit_current()
    field = window.findChild(QPlainTextEdit, "field_description")
    assert field.hasFocus() or window.records.editor.isAncestorOf(field)
    field.setFocus()
    qtbot.keyClicks(field, " Then we planted beans.")
    if how == "escape":
        qtbot.keyClick(field, Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(window.records.entry.done_button, Qt.MouseButton.LeftButton)
    assert not window.records.is_editing
    assert "Then we planted beans." in window.records.entry.reading.toPlainText()
    saved = session.reader.get(record.id).fields["description"]
    assert saved == TEXT + " Then we planted beans."


def test_escape_from_a_one_line_field_or_a_list_is_done_too(session, qtbot, open_window):
    window, record = _opened(session, open_window, qtbot)
    window.records.edit_current()
    title = window.records.editor.title_edit
    title.setFocus()
    qtbot.keyClicks(title, " again")
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert not window.records.is_editing
    assert session.reader.get(record.id).title == "Allotment again"
    window.records.edit_current()
    model = window.records.editor.model_combo
    model.setFocus()
    qtbot.keyClick(model, Qt.Key.Key_Escape)
    assert not window.records.is_editing


def test_a_supervision_note_reads_with_its_choices_named(session, qtbot, open_window):
    note = session.save(
        None,
        {
            "type": "supervision",
            "date": "2026-11-14",
            "fields": {
                "supervisor": "Sam",
                "supervisor_role": "line_manager",
                "functions": ["restorative"],
                "agenda": "Boundaries\nEndings",
                "actions": [{"text": "Read the policy", "owner": "me", "status": "open"}],
            },
        },
    )
    window = open_window(session)
    window.show_section("timeline")
    window.records.open_record(session.reader.get(note.id))
    shown = window.records.entry.reading.toPlainText()
    assert "Supervisor's role: Line manager" in shown and "line_manager" not in shown
    assert "Functions covered: Restorative" in shown
    assert "Agenda\nBoundaries\nEndings" in shown
    assert "Read the policy (me, Open)" in shown


def test_each_turn_at_editing_keeps_the_version_before_it(session, qtbot, open_window):
    window, record = _opened(session, open_window, qtbot)
    for words in (" First turn.", " Second turn."):
        window.records.edit_current()
        field = window.findChild(QPlainTextEdit, "field_description")
        qtbot.keyClicks(field, words)
        assert window.records.done_editing()
    kept = [v.record.fields["description"] for v in session.journal.history(record.id)]
    assert TEXT + " First turn." in kept  # not replaced by the second turn's save


def test_a_failed_save_keeps_the_editor_open(session, qtbot, monkeypatch, open_window):
    from journal_app.errors import StorageError

    window, _record = _opened(session, open_window, qtbot)
    window.records.edit_current()
    field = window.findChild(QPlainTextEdit, "field_description")
    qtbot.keyClicks(field, " More.")

    def full(*_a, **_k):
        raise StorageError("the disk is full; nothing was changed")

    monkeypatch.setattr(session.journal.store, "put", full)
    assert window.records.done_editing() is False
    assert window.records.is_editing and field.toPlainText() == TEXT + " More."


def test_a_new_entry_opens_in_the_editor(session, qtbot, open_window):
    window = open_window(session)
    window.new_record(RecordType.CHECKIN)
    assert window.records.is_editing and window.records.editor.isVisible()
    assert window.records.done_editing()  # nothing written: nothing to read
    assert window.records.editor is None
    assert window.records.editor_stack.currentWidget() is window.records.placeholder


def test_edit_and_done_are_in_the_menu_and_the_shortcuts_list(session, open_window):
    window = open_window(session)
    listed = dict(window.shortcut_list)
    native = QKeySequence.SequenceFormat.NativeText
    assert listed["Edit entry"] == QKeySequence("Ctrl+E").toString(native)
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert "&Edit entry" in [a.text() for a in edit_menu.actions()]
    assert listed["Done editing: save and read the entry"] == QKeySequence("Esc").toString(native)


def test_a_locked_journal_leaves_nothing_to_read(session, qtbot, open_window):
    window, _record = _opened(session, open_window, qtbot)
    assert TEXT in window.records.entry.reading.toPlainText()
    session.lock()
    assert window.records.entry.reading.toPlainText() == ""
    assert window.records.editor is None


def test_words_typed_after_the_app_focuses_the_tags_follow_them(session, qtbot, open_window):
    """Tags are shown from their first tag (a long list would show only its end); the
    app then giving the box the focus (after an error, say) must not leave the cursor
    in front of them, or a new tag lands before the first."""
    window, record = _opened(session, open_window, qtbot)
    session.save(record.id, {"tags": ["garden", "group"]})
    window.records.edit_current()
    tags = window.records.editor.tags_edit
    assert tags.text() == "garden, group" and tags.cursorPosition() == 0
    tags.setFocus()
    qtbot.keyClicks(tags, ", outdoors")
    assert tags.text() == "garden, group, outdoors"
