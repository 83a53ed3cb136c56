"""Spell checking in the editors (issue 19): misspellings in text areas, titles and
headings are found as the worker types; the right-click menu's suggestion replaces
the word, "Add to my dictionary" clears the underline everywhere (the word kept
encrypted in the vault), "Ignore in this entry" clears it in that entry only; the
Preferences switch turns it all off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from journal_app.domain.records import RecordType
from journal_app.gui.spelling import shared_checker


@pytest.fixture(scope="module", autouse=True)
def suggestions_ready():
    """Build the process's suggestion index once, before the tests time anything."""
    shared_checker().prepare_suggestions()


def _underlined(field: QPlainTextEdit) -> list[str]:
    """The words the field's highlighter underlines, read from its layout's formats."""
    words = []
    block = field.document().begin()
    while block.isValid():
        for fmt_range in block.layout().formats():
            words.append(block.text()[fmt_range.start : fmt_range.start + fmt_range.length])
        block = block.next()
    return words


def _menu_actions(menu) -> dict[str, object]:
    return {a.objectName() or a.text(): a for a in menu.actions() if not a.isSeparator()}


def _word_point(field: QPlainTextEdit, word: str) -> QPoint:
    """A point on `word` in the field's viewport."""
    cursor = field.textCursor()
    cursor.setPosition(field.toPlainText().index(word) + 1)
    return field.cursorRect(cursor).center()


@pytest.fixture
def window(session, open_window):
    made = open_window(session)
    made.new_record(RecordType.REFLECTION)
    return made


def test_misspellings_are_underlined_as_the_worker_types(window, qtbot):
    description = window.findChild(QPlainTextEdit, "field_description")
    qtbot.keyClicks(description, "I recieve good supervision and organise my behavior")
    assert _underlined(description) == ["recieve", "behavior"]
    spelling = window.session.spelling
    title = window.findChild(QLineEdit, "field_title")
    shared_title = window.findChild(QLineEdit, "field_shared_title")
    tags = window.findChild(QLineEdit, "field_tags")
    assert spelling.field(title) and spelling.field(shared_title)
    assert spelling.field(tags) is None  # tags are labels, not prose
    qtbot.keyClicks(title, "A hard dya")
    field = spelling.field(title)
    assert [s.word for _a, _b, s in field.misspelt(title.text())] == ["dya"]
    # The underline is handed to the title without touching what the worker typed.
    title.setSelection(2, 4)
    field.refresh()
    qtbot.wait(5)
    assert title.text() == "A hard dya" and title.selectedText() == "hard"
    title.undo()
    assert title.text() == ""  # one undo step: the typing, nothing of ours


def test_a_suggestion_replaces_the_word(window, qtbot):
    description = window.findChild(QPlainTextEdit, "field_description")
    qtbot.keyClicks(description, "I recieve good supervison.")
    spelling = window.session.spelling
    menu = spelling.menu_for(description, _word_point(description, "supervison"))
    actions = _menu_actions(menu)
    offered = [a.text() for a in menu.actions() if a.objectName() == "spellSuggestion"]
    assert "supervision" in offered[:2]  # with "supervisor", as close and more common
    assert "spellAddToDictionary" in actions and "spellIgnore" in actions
    assert any(a.text().startswith("&Copy") or "Copy" in a.text() for a in menu.actions())
    # Three groups, each set off by a line: the words, what to do with this word, editing.
    kinds = ["line" if a.isSeparator() else a.objectName() or "edit" for a in menu.actions()]
    ours = kinds.index("spellAddToDictionary")
    assert kinds[ours - 1] == "line" and kinds[ours + 2] == "line"
    assert kinds[: ours - 1] == ["spellSuggestion"] * (ours - 1)
    next(a for a in menu.actions() if a.text() == "supervision").trigger()
    assert description.toPlainText() == "I recieve good supervision."
    assert _underlined(description) == ["recieve"]
    description.undo()  # the replacement is one undoable step
    assert description.toPlainText() == "I recieve good supervison."


def test_an_american_spelling_offers_the_british_one_first(window, qtbot):
    title = window.findChild(QLineEdit, "field_title")
    qtbot.keyClicks(title, "Color and behavior")
    spelling = window.session.spelling
    menu = spelling.menu_for(title, None)  # from the keyboard: the word at the cursor
    offered = [a.text() for a in menu.actions() if a.objectName() == "spellSuggestion"]
    assert offered[0] == "behaviour"
    next(a for a in menu.actions() if a.text() == "behaviour").trigger()
    assert title.text() == "Color and behaviour"


def test_a_correct_word_gets_the_usual_menu_only(window, qtbot):
    description = window.findChild(QPlainTextEdit, "field_description")
    qtbot.keyClicks(description, "Supervision helped")
    menu = window.session.spelling.menu_for(description, _word_point(description, "helped"))
    names = _menu_actions(menu)
    assert "spellAddToDictionary" not in names and "spellIgnore" not in names
    assert menu.actions()  # the standard edit actions are still there


def test_add_to_my_dictionary_clears_the_underline_everywhere(window, session, qtbot, open_window):
    description = window.findChild(QPlainTextEdit, "field_description")
    summary = window.findChild(QPlainTextEdit, "field_shared_summary")
    qtbot.keyClicks(description, "Talked with Quillonbrae today")
    qtbot.keyClicks(summary, "Quillonbrae")
    assert _underlined(description) == ["Quillonbrae"] and _underlined(summary) == ["Quillonbrae"]
    menu = session.spelling.menu_for(description, _word_point(description, "Quillonbrae"))
    _menu_actions(menu)["spellAddToDictionary"].trigger()
    assert session.reader.personal_words() == ["Quillonbrae"]
    assert _underlined(description) == [] and _underlined(summary) == []
    # Kept encrypted in the vault, and known again after a lock and unlock.
    assert b"Quillonbrae" not in session.vault_path.read_bytes()
    session.lock()
    assert not session.spelling.checker.is_correct("Quillonbrae")  # forgotten at the lock
    from conftest import PASSPHRASE
    from long_work import finish

    finish(qtbot, session.unlock(PASSPHRASE))
    assert session.spelling.checker.is_correct("Quillonbrae")


def test_ignore_in_this_entry_leaves_other_entries_alone(window, session, qtbot):
    description = window.findChild(QPlainTextEdit, "field_description")
    qtbot.keyClicks(description, "Zorblat helped")
    menu = session.spelling.menu_for(description, _word_point(description, "Zorblat"))
    _menu_actions(menu)["spellIgnore"].trigger()
    assert _underlined(description) == []
    assert window.records.save_now()
    first = window.records.entry.current_record
    assert first is not None

    window.new_record(RecordType.REFLECTION)  # another entry: the word is wrong there
    other = window.findChild(QPlainTextEdit, "field_description")
    assert other is not description
    qtbot.keyClicks(other, "Zorblat again")
    assert _underlined(other) == ["Zorblat"]
    assert window.records.save_now()

    window.records.open_record(first)  # the first entry keeps it ignored
    window.records.entry.edit()
    again = window.findChild(QPlainTextEdit, "field_description")
    assert again.toPlainText() == "Zorblat helped"
    assert _underlined(again) == []
    assert session.reader.personal_words() == []  # never added to the dictionary


def test_the_preferences_switch_turns_checking_off_and_on(window, session, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from journal_app.gui.dialogs.preferences import PreferencesDialog

    assert session.settings.spell_check  # on by default
    description = window.findChild(QPlainTextEdit, "field_description")
    qtbot.keyClicks(description, "I recieve")
    assert _underlined(description) == ["recieve"]

    def untick(dialog):
        assert dialog.spell_check.isChecked()
        dialog.spell_check.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", untick)
    window.show_preferences()
    assert session.settings.spell_check is False
    assert _underlined(description) == []
    menu = session.spelling.menu_for(description, _word_point(description, "recieve"))
    assert "spellIgnore" not in _menu_actions(menu)

    def tick(dialog):
        assert not dialog.spell_check.isChecked()
        dialog.spell_check.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", tick)
    window.show_preferences()
    assert _underlined(description) == ["recieve"]


def test_the_quick_note_is_checked_too(session, qtbot, open_window):
    window = open_window(session)
    note = window.show_quick_note()
    qtbot.waitExposed(note)
    qtbot.keyClicks(note.text, "The group was hard, I recieve")
    assert _underlined(note.text) == ["recieve"]
    menu = session.spelling.menu_for(note.text, _word_point(note.text, "recieve"))
    next(a for a in menu.actions() if a.text() == "receive").trigger()
    assert note.text.toPlainText() == "The group was hard, I receive"
    note.close()


def test_preferences_shows_the_dictionary_and_a_word_taken_out_is_underlined_again(
    window, session, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QDialog

    from journal_app.gui.dialogs.preferences import PreferencesDialog
    from journal_app.services.changes import AddToDictionary

    session.apply(AddToDictionary("Quillonbrae"))
    session.apply(AddToDictionary("Tamsin"))
    description = window.findChild(QPlainTextEdit, "field_description")
    qtbot.keyClicks(description, "Quillonbrae and Tamsin")
    assert _underlined(description) == []

    def take_one_out(dialog):
        box = dialog.writing.dictionary
        assert box.toPlainText() == "Quillonbrae\nTamsin"
        box.setPlainText("Tamsin\nAisha Begum")  # a line of two words gives both
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", take_one_out)
    window.show_preferences()
    assert session.reader.personal_words() == ["Aisha", "Begum", "Tamsin"]
    assert _underlined(description) == ["Quillonbrae"]

    def leave_it(dialog):
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", leave_it)
    changes = []
    session.changed.connect(changes.append)
    window.show_preferences()
    assert not any(c.dictionary for c in changes)  # unchanged: nothing written


def test_a_section_added_to_an_entry_is_checked_too(window, qtbot):
    from PySide6.QtCore import Qt

    editor = window.records.entry.editor
    sections = editor.custom_sections
    before = len(sections.findChildren(QPlainTextEdit))
    qtbot.mouseClick(sections.add_button, Qt.MouseButton.LeftButton)
    text = sections.findChild(QPlainTextEdit, f"field_sections_{before + 1}_text")
    heading = sections.findChild(QLineEdit, f"field_sections_{before + 1}_heading")
    spelling = window.session.spelling
    assert spelling.field(text) is not None and spelling.field(heading) is not None
    qtbot.keyClicks(text, "What I recieve from it")
    assert _underlined(text) == ["recieve"]


def test_the_right_click_opens_the_menu_without_waiting_and_a_lock_takes_it_away(
    window, session, qtbot
):
    from PySide6.QtWidgets import QMenu

    description = window.findChild(QPlainTextEdit, "field_description")
    qtbot.keyClicks(description, "I recieve")
    description.customContextMenuRequested.emit(_word_point(description, "recieve"))
    menus = [m for m in description.findChildren(QMenu) if m.isVisible()]
    assert len(menus) == 1  # shown, and this test goes on: no second event loop
    assert any(a.text() == "receive" for a in menus[0].actions())
    gone = []
    menus[0].destroyed.connect(lambda *_a: gone.append(True))
    session.lock()
    qtbot.waitUntil(lambda: bool(gone))  # closed with the editor, its word with it
