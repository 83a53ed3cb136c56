"""The quick note and "I just finished a session" (issue 19). File > Quick note
(Ctrl+Shift+N) opens a small window whose one text box saves as every editor does
(autosave as a private free-text reflection dated today; text that cannot be saved
kept encrypted as its own draft, back at the next unlock); "Open as a full
reflection" carries the same entry into the reflection editor; locking saves it and
takes its words off screen. "I just finished a session" asks the session's kind and
opens a reflection with it and the model the worker used last."""

from __future__ import annotations

from datetime import date

from conftest import PASSPHRASE
from long_work import finish
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from journal_app.domain.records import RecordType
from journal_app.errors import DiskFull
from journal_app.gui.dialogs.finished_session import FinishedSessionDialog
from journal_app.gui.dialogs.quick_note import QuickNoteDialog
from journal_app.gui.reflection_model import LAST_OWN_TEMPLATE
from journal_app.services.changes import SaveTemplate
from journal_app.services.today import Step

WORDS = "After the group at the hub\nI noticed I rushed the ending again."


def _reflections(session) -> list:
    return [r for r in session.reader.records() if r.type is RecordType.REFLECTION]


def _type_note(qtbot, window, words: str = WORDS) -> QuickNoteDialog:
    note = window.show_quick_note()
    assert isinstance(note, QuickNoteDialog)
    qtbot.waitExposed(note)
    for line_number, line in enumerate(words.split("\n")):
        if line_number:
            qtbot.keyClick(note.text, Qt.Key.Key_Return)
        qtbot.keyClicks(note.text, line)
    return note


def _shown_texts() -> list[str]:
    """The words in every text box on screen, in every window."""
    shown = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for box in top.findChildren(QPlainTextEdit):
            if box.isVisible():
                shown.append(box.toPlainText())
        for line in top.findChildren(QLineEdit):
            if line.isVisible():
                shown.append(line.text())
    return shown


def test_ctrl_shift_n_opens_the_quick_note_and_the_shortcuts_list_it(session, qtbot, open_window):
    window = open_window(session)
    qtbot.waitExposed(window)
    actions = {a.text(): a for a in window.findChildren(QAction)}
    quick = actions["Q&uick note…"]
    assert quick.shortcut() == QKeySequence("Ctrl+Shift+N")
    native = QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText)
    assert dict(window.shortcut_list)["Quick note"] == native
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_N, shift_ctrl)
    note = window.quick_note
    assert isinstance(note, QuickNoteDialog) and note.isVisible()
    assert note.windowTitle() == "Quick note"
    assert note.text.accessibleName() == "Note"
    assert note.full_button.text().replace("&", "") == "Open as a full reflection"
    assert session.spelling.field(note.text) is not None  # spell checked as the editors are
    assert window.show_quick_note() is note  # one window, brought forward


def test_typing_autosaves_a_private_free_text_reflection_and_closing_keeps_it(
    session, qtbot, open_window
):
    window = open_window(session)
    note = _type_note(qtbot, window)
    qtbot.waitUntil(lambda: note.record is not None and note.status.text() == "Saved")
    record = session.reader.get(note.record.id)
    assert record.title == "After the group at the hub"
    assert record.fields == {"model": "free", "text": WORDS}
    assert record.share.value == "private" and record.for_supervision is False
    assert record.date == date.today()

    qtbot.keyClicks(note.text, " Next time, a warning.")  # typed, then closed at once
    record_id = note.record.id
    qtbot.keyClick(note.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.quick_note is None)
    assert not note.isVisible()
    kept = session.reader.get(record_id)
    assert kept.fields["text"] == WORDS + " Next time, a warning."
    assert len(_reflections(session)) == 1
    # Opened again from the journal, the note reads as it was written.
    window.records.open_record(kept)
    assert "Next time, a warning." in window.records.entry.reading.toPlainText()
    # Each pause in typing saved the note, but its history keeps no keystrokes.
    assert len(session.reader.history(record_id)) == 1


def test_a_note_that_cannot_be_saved_is_kept_and_comes_back_after_unlock(
    session, qtbot, open_window, monkeypatch
):
    window = open_window(session)

    def disk_full(*_args, **_kwargs):
        raise DiskFull("the disk is full; nothing was changed")

    monkeypatch.setattr(session, "save_editing", disk_full)
    note = _type_note(qtbot, window)
    assert note.save_now() is False
    assert note.status.text().startswith("Not saved")
    assert session.reader.quick_note_draft() == {"record_id": None, "text": WORDS}
    assert session.reader.draft() is None  # the editor's draft is another

    # Closed anyway, the words are kept; Quick note opens with them again.
    note.reject()
    assert window.quick_note is None
    assert "could not be saved" in window.status.text()
    note = window.show_quick_note()
    assert note.note() == WORDS and "could not be saved" in note.status.text()
    assert note.save_now() is False  # the disk is still full

    session.lock()  # as a crash would leave it: the words only in the draft
    assert WORDS.split("\n")[0] not in "".join(_shown_texts())
    monkeypatch.undo()
    finish(qtbot, session.unlock(PASSPHRASE))
    back = window.quick_note
    assert back is not None and back is not note
    assert back.note() == WORDS
    assert "could not be saved" in back.status.text()
    assert back.save_now()
    assert session.reader.quick_note_draft() is None
    assert [r.fields["text"] for r in _reflections(session)] == [WORDS]


def test_open_as_a_full_reflection_carries_the_same_entry_into_the_editor(
    session, qtbot, open_window
):
    window = open_window(session)
    note = _type_note(qtbot, window)  # not yet autosaved: the button saves it
    qtbot.mouseClick(note.full_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.quick_note is None)
    assert not note.isVisible()
    [record] = _reflections(session)  # the note itself, not a copy
    assert window.records.current_record.id == record.id
    assert window.records.entry.is_editing
    editor = window.records.editor
    assert editor.model() == "free"
    assert editor.findChild(QPlainTextEdit, "field_text").toPlainText() == WORDS
    assert editor.title_edit.text() == "After the group at the hub"
    # Going on in the full editor changes that same entry.
    editor.findChild(QPlainTextEdit, "field_text").appendPlainText("More, later.")
    assert window.records.save_now()
    assert [r.id for r in _reflections(session)] == [record.id]
    assert session.reader.get(record.id).fields["text"] == WORDS + "\nMore, later."


def test_locking_saves_the_note_and_takes_its_words_off_screen(session, qtbot, open_window):
    window = open_window(session)
    note = _type_note(qtbot, window)
    assert note.record is None  # typed moments ago: not autosaved yet
    session.lock()
    assert not note.isVisible() and note.note() == ""
    assert window.quick_note is None
    assert not any("rushed the ending" in text for text in _shown_texts())
    finish(qtbot, session.unlock(PASSPHRASE))
    assert [r.fields["text"] for r in _reflections(session)] == [WORDS]
    assert window.quick_note is None  # saved: nothing to bring back


def test_a_note_emptied_before_closing_goes_to_the_trash(session, qtbot, open_window):
    window = open_window(session)
    note = _type_note(qtbot, window, "A false start")
    assert note.save_now()
    note_id = note.record.id
    note.text.selectAll()
    qtbot.keyClick(note.text, Qt.Key.Key_Delete)
    note.reject()
    assert _reflections(session) == []
    assert [r.id for r in session.reader.trash()] == [note_id]


def test_the_quick_note_is_not_offered_in_a_read_only_journal(session, qtbot, open_window):
    window = open_window(session)
    window._show_read_only(True)
    actions = {a.text(): a for a in window.findChildren(QAction)}
    assert not actions["Q&uick note…"].isEnabled()
    assert not actions["I &just finished a session…"].isEnabled()


# --- I just finished a session -----------------------------------------------------------


def _finished_session(window, qtbot, kind: str) -> None:
    actions = {a.text(): a for a in window.findChildren(QAction)}
    actions["I &just finished a session…"].trigger()
    dialog = window.finished_session_dialog
    assert isinstance(dialog, FinishedSessionDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowModality() != Qt.WindowModality.NonModal
    labels = [b.text().replace("&", "") for b in dialog.buttons.values()]
    assert labels == ["One-to-one", "Group", "Phone", "Crisis", "Other"]
    dialog.choose(kind)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.finished_session_dialog is None)


def _write_in(window, field: str, words: str) -> None:
    window.records.editor.findChild(QPlainTextEdit, f"field_{field}").setPlainText(words)
    assert window.records.save_now()


def test_finished_a_session_opens_a_reflection_with_its_kind_and_the_last_model(
    session, qtbot, open_window, settings_ini
):
    window = open_window(session)
    _finished_session(window, qtbot, "group")  # nothing chosen before: Gibbs
    editor = window.records.editor
    assert editor.record_type is RecordType.REFLECTION
    assert editor.model() == "gibbs"
    assert editor.data()["fields"]["session_kind"] == "group"

    window.new_record(RecordType.REFLECTION, "driscoll")
    _write_in(window, "what", "A hard phone call")
    _finished_session(window, qtbot, "crisis")
    assert window.records.editor.model() == "driscoll"
    _write_in(window, "so_what", "I stayed steady")
    [saved] = [r for r in _reflections(session) if r.fields.get("session_kind")]
    assert saved.fields["session_kind"] == "crisis" and saved.fields["model"] == "driscoll"

    # An ending is one occasion, not how the worker writes: it is not remembered.
    window.new_record(RecordType.REFLECTION, "ending")
    _write_in(window, "ending_marked", "A last walk")
    _finished_session(window, qtbot, "one_to_one")
    assert window.records.editor.model() == "driscoll"
    session.settings.sync()
    assert "driscoll" in settings_ini.read_text()


def test_the_last_own_template_is_remembered_inside_the_vault(
    session, qtbot, open_window, settings_ini
):
    name = "Debrief after a group"
    session.apply(SaveTemplate(None, name, [{"heading": "What stayed with me", "prompt": ""}]))
    window = open_window(session)
    window.new_record(RecordType.REFLECTION, own_template=name)
    sections = window.records.editor.custom_sections
    sections.findChildren(QPlainTextEdit)[0].setPlainText("The quiet one spoke")
    assert window.records.save_now()
    assert session.reader.settings()[LAST_OWN_TEMPLATE] == name
    session.settings.sync()
    assert "custom" in settings_ini.read_text()
    assert name not in settings_ini.read_text()  # the template's name is the worker's words

    _finished_session(window, qtbot, "phone")
    editor = window.records.editor
    assert editor.model() == "custom"
    assert editor.data()["fields"]["template"] == name
    assert editor.data()["fields"]["session_kind"] == "phone"


def test_the_today_card_asks_about_the_session_first(session, qtbot, open_window):
    window = open_window(session)
    card = window.today.card_for(Step.WRITE_REFLECTION)
    assert card.heading.text() == "Had a session today?"
    assert card.button.text() == "I just finished a session"
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    dialog = window.finished_session_dialog
    assert isinstance(dialog, FinishedSessionDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: window.finished_session_dialog is None)
    assert window.records.editor is None  # cancelled: nothing opened


def test_the_new_windows_are_named_for_a_screen_reader(session, qtbot, open_window):
    window = open_window(session)
    note = window.show_quick_note()
    dialog = window.finished_session()
    for top in (note, dialog):
        assert top.accessibleName()
        for control in top.findChildren(QWidget):
            if control.focusPolicy() & Qt.FocusPolicy.TabFocus and control.isVisibleTo(top):
                named = control.accessibleName() or getattr(control, "text", lambda: "")()
                assert named, type(control).__name__
    dialog.reject()
    note.reject()


def test_the_notes_words_never_reach_a_file_in_plain(
    session, qtbot, open_window, monkeypatch, vault_path
):
    """Saved, and kept as a draft when a save fails: the words are encrypted in the
    vault, and neither the app's settings nor any file beside the vault holds them."""
    canary = "CANARY quick note about JT's sister"
    window = open_window(session)
    note = _type_note(qtbot, window, canary)
    assert note.save_now()
    qtbot.keyClicks(note.text, " and more")

    def disk_full(*_args, **_kwargs):
        raise DiskFull("the disk is full; nothing was changed")

    monkeypatch.setattr(session, "save_editing", disk_full)
    assert note.save_now() is False  # kept as the quick note's draft instead
    assert session.reader.quick_note_draft()["text"] == canary + " and more"
    session.lock()
    session.settings.sync()
    files = [p for p in vault_path.parent.rglob("*") if p.is_file()]  # the settings too
    assert vault_path in files
    for path in files:
        assert b"CANARY" not in path.read_bytes(), path.name


def test_a_word_ignored_before_the_first_save_stays_ignored_in_the_note(
    session, qtbot, open_window
):
    window = open_window(session)
    note = _type_note(qtbot, window, "Spoke with JT about recieving help")
    field = session.spelling.field(note.text)
    assert field is not None
    unsaved = field.entry
    session.spelling.ignore(unsaved, "JT")
    assert note.save_now()
    assert field.entry == note.record.id  # the note's own entry from now on
    assert "jt" in {w.casefold() for w in session.spelling.ignored_in(note.record.id)}
