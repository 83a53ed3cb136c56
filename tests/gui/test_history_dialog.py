"""Edit > Version history: earlier versions listed, read, compared word by word,
restored into the editor, deleted for good; and the Preferences limit on them."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from long_work import finish
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QDialog, QMessageBox, QPlainTextEdit

from journal_app.errors import StorageError
from journal_app.gui.dialogs.history import HistoryDialog
from journal_app.gui.dialogs.preferences import PreferencesDialog
from journal_app.gui.main_window import MainWindow
from journal_app.gui.session import Session
from journal_app.gui.version_text import word_diff

FIRST = "We talked about hope and what next week could look like."
SECOND = "We talked about hope, planting and what next week might look like."

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def entry_with_two_versions(session: Session) -> str:
    record = session.save(
        None,
        {
            "type": "reflection",
            "date": "2026-11-20",
            "title": "Allotment group",
            "fields": {"model": "gibbs", "description": FIRST},
        },
    )
    session.save(record.id, {"fields": {"description": SECOND}})
    return record.id


def description(window: MainWindow) -> str:
    field = window.findChild(QPlainTextEdit, "field_description")
    assert field is not None
    return field.toPlainText()


def rows(dialog: HistoryDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def marked_words(document: QTextDocument) -> tuple[str, str, str]:
    """(struck through, underlined, plain) text of a rendered comparison."""
    struck, underlined, plain = [], [], []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.fontStrikeOut():
                struck.append(fragment.text())
            elif fmt.fontUnderline():
                underlined.append(fragment.text())
            else:
                plain.append(fragment.text())
            it += 1
        block = block.next()
    return " ".join(struck), " ".join(underlined), " ".join(plain)


def open_history(window: MainWindow, qtbot, monkeypatch, inside) -> None:
    """Edit > Version history, with `inside(dialog)` run while it is open."""
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: inside(dialog) or 0)
    qtbot.waitUntil(window.history_action.isEnabled, timeout=2000)
    window.history_action.trigger()


def test_opening_saves_the_editor_then_lists_its_versions(session, qtbot, monkeypatch, open_window):
    record_id = entry_with_two_versions(session)
    window = open_window(session)
    window.records.open_record(session.journal.get(record_id))
    field = window.findChild(QPlainTextEdit, "field_description")
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, " Typed just now.")  # not saved yet: opening saves it
    seen = {}

    def inside(dialog: HistoryDialog) -> None:
        seen["rows"] = rows(dialog)
        seen["current"] = dialog.text.toPlainText()
        dialog.list.setCurrentRow(2)
        seen["oldest"] = dialog.text.toPlainText()
        seen["restorable"] = dialog.restore_button.isEnabled()

    open_history(window, qtbot, monkeypatch, inside)
    assert len(seen["rows"]) == 3
    assert seen["rows"][0].startswith("Current version — saved ")
    assert seen["rows"][1].startswith("Saved ") and seen["rows"][1].endswith("· revision 2")
    assert seen["rows"][2].endswith("· revision 1")
    assert "Typed just now." in seen["current"]
    # The old version as labelled text, not record JSON.
    assert "Description\n" + FIRST in seen["oldest"]  # labelled as in the editor
    gibbs = "Six steps from what happened to an action plan (Gibbs)"
    assert "Reflective model\n" + gibbs in seen["oldest"]
    assert '"fields"' not in seen["oldest"] and "Typed just now" not in seen["oldest"]
    assert seen["restorable"]


def test_it_does_not_open_over_text_that_cannot_be_saved(session, qtbot, monkeypatch, open_window):
    from PySide6.QtWidgets import QLineEdit

    record_id = entry_with_two_versions(session)
    window = open_window(session)
    window.records.open_record(session.journal.get(record_id))
    qtbot.waitUntil(window.history_action.isEnabled, timeout=2000)
    qtbot.keyClicks(window.findChild(QLineEdit, "field_tags"), "x" * 80)  # too long a tag
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(HistoryDialog, "exec", lambda _d: pytest.fail("opened"))
    window.history_action.trigger()
    assert warned and "could not be saved" in warned[0]
    assert len(session.journal.history(record_id)) == 2


def test_compare_strikes_deleted_words_and_underlines_inserted_ones(session, qtbot, open_window):
    record_id = entry_with_two_versions(session)
    window = open_window(session)
    dialog = HistoryDialog(session, record_id, window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    assert not dialog.compare.isEnabled()  # the current version has nothing to compare
    dialog.list.setCurrentRow(1)
    dialog.compare.setChecked(True)
    assert dialog.legend.isVisibleTo(dialog)
    assert "Struck through" in dialog.legend.text() and "Underlined" in dialog.legend.text()
    struck, underlined, plain = marked_words(dialog.text.document())
    assert "could" in struck and "might" in underlined and "planting" in underlined
    assert "could" not in underlined and "might" not in struck
    assert "talked about hope" in plain and "look like." in plain
    dialog.compare.setChecked(False)
    struck, underlined, _plain = marked_words(dialog.text.document())
    assert (struck, underlined) == ("", "")
    assert not dialog.legend.isVisibleTo(dialog)


def test_every_control_is_named_and_the_list_has_the_focus(session, qtbot, open_window):
    from .test_accessibility import unnamed_focusable

    window = open_window(session)
    dialog = HistoryDialog(session, entry_with_two_versions(session), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.list.hasFocus, timeout=2000)  # arrows move through versions
    assert unnamed_focusable(dialog) == []
    assert dialog.restore_button.isDefault() and not dialog.delete_button.autoDefault()


def test_word_diff_joins_a_rewritten_phrase():
    assert word_diff("a big red ball", "a small blue ball") == [
        ("=", "a "),
        ("-", "big red"),
        ("+", "small blue"),
        ("=", " ball"),
    ]
    assert word_diff("same", "same") == [("=", "same")]


def test_restore_puts_the_old_text_in_the_editor_and_keeps_the_replaced_one(
    session, qtbot, monkeypatch, open_window
):
    record_id = entry_with_two_versions(session)
    window = open_window(session)
    window.records.open_record(session.journal.get(record_id))
    assert description(window) == SECOND
    answers = [NO, YES]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    seen = {}

    def inside(dialog: HistoryDialog) -> None:
        dialog.list.setCurrentRow(1)
        dialog.restore_selected()  # answered No: nothing changes
        seen["after_no"] = session.journal.get(record_id).fields["description"]
        dialog.restore_selected()  # answered Yes
        seen["editor_while_open"] = description(window)
        seen["rows"] = rows(dialog)
        seen["status"] = dialog.status.text()

    open_history(window, qtbot, monkeypatch, inside)
    assert answers == []
    assert seen["after_no"] == SECOND
    assert seen["editor_while_open"] == FIRST  # Session.changed reloaded the editor
    assert len(seen["rows"]) == 3 and "current one again" in seen["status"]
    assert description(window) == FIRST
    assert session.journal.get(record_id).fields["description"] == FIRST
    kept = [v.record.fields["description"] for v in session.journal.history(record_id)]
    assert kept == [FIRST, SECOND, FIRST]  # the replaced version is kept
    assert window.status.text() == "Earlier version restored"
    # Editing on after the restore saves over the restored text, not the old one.
    field = window.findChild(QPlainTextEdit, "field_description")
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, " More.")
    assert window.records.save_now()
    assert session.journal.get(record_id).fields["description"] == FIRST + " More."
    # ... and the restored text is kept as a version of its own.
    kept = [v.record.fields["description"] for v in session.journal.history(record_id)]
    assert kept == [FIRST + " More.", FIRST, SECOND, FIRST]


def test_a_failed_restore_is_said_in_words(session, qtbot, monkeypatch, open_window):
    record_id = entry_with_two_versions(session)
    window = open_window(session)
    dialog = HistoryDialog(session, record_id, window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: YES)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warned.append(text))

    def full(*_a, **_k):
        raise StorageError("the disk is full; nothing was changed")

    monkeypatch.setattr(session.journal, "revert", full)
    dialog.restore_selected()
    assert warned and "disk is full" in warned[0] and "Traceback" not in warned[0]
    assert not dialog.restored and dialog.list.count() == 2


def test_a_damaged_old_version_is_named_and_cannot_be_restored(
    session, qtbot, monkeypatch, open_window
):
    record_id = entry_with_two_versions(session)
    session.lock()
    with sqlite3.connect(session.vault_path) as conn:
        blob = conn.execute(
            "SELECT blob FROM history WHERE record_id = ? AND revision = 1", (record_id,)
        ).fetchone()[0]
        flipped = blob[:30] + bytes([blob[30] ^ 1]) + blob[31:]
        conn.execute(
            "UPDATE history SET blob = ? WHERE record_id = ? AND revision = 1",
            (flipped, record_id),
        )
    finish(qtbot, session.unlock(PASSPHRASE))
    window = open_window(session)
    dialog = HistoryDialog(session, record_id, window)
    qtbot.addWidget(dialog)
    assert rows(dialog)[1] == "Revision 1 · Damaged: cannot be read"
    dialog.list.setCurrentRow(1)
    assert not dialog.restore_button.isEnabled() and not dialog.compare.isEnabled()
    assert "cannot be read or restored" in dialog.text.toPlainText()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    dialog.restore_selected()
    assert session.journal.get(record_id).fields["description"] == SECOND
    assert not dialog.restored


def test_delete_older_versions_leaves_only_the_current_one(
    session, qtbot, monkeypatch, open_window
):
    record_id = entry_with_two_versions(session)
    session.save(record_id, {"title": "Allotment group, renamed"})
    window = open_window(session)
    dialog = HistoryDialog(session, record_id, window)
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or NO)
    dialog.delete_older()
    assert len(session.journal.history(record_id)) == 3 and dialog.list.count() == 3
    assert "2 earlier version(s)" in asked[0] and "for good" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: YES)
    dialog.delete_older()
    assert [v.current for v in session.journal.history(record_id)] == [True]
    assert session.journal.get(record_id).title == "Allotment group, renamed"
    assert rows(dialog)[0].startswith("Current version") and dialog.list.count() == 1
    assert "2 earlier version(s) deleted" in dialog.status.text()
    assert not dialog.delete_button.isEnabled()


def test_locking_closes_the_dialog_and_forgets_what_it_showed(session, qtbot, open_window):
    record_id = entry_with_two_versions(session)
    window = open_window(session)
    dialog = HistoryDialog(session, record_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(1)
    session.lock()
    assert not dialog.isVisible()
    assert dialog.list.count() == 0 and dialog.text.toPlainText() == ""


def test_the_action_needs_a_saved_entry_open(session, qtbot, monkeypatch, open_window):
    from journal_app.domain.records import RecordType

    record_id = entry_with_two_versions(session)
    window = open_window(session)
    action = window.history_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+H")
    assert ("Version history", action.shortcut().toString()) in window.shortcut_list
    assert not action.isEnabled()  # nothing open
    monkeypatch.setattr(HistoryDialog, "exec", lambda _d: pytest.fail("opened"))
    action.trigger()

    window.records.open_record(session.journal.get(record_id))
    qtbot.waitUntil(action.isEnabled, timeout=2000)
    window.new_record(RecordType.CHECKIN)
    qtbot.waitUntil(lambda: not action.isEnabled(), timeout=2000)  # not saved yet
    window.records.editor.title_edit.setText("Now saved")
    window.records.editor.edited.emit()
    assert window.records.save_now()
    qtbot.waitUntil(action.isEnabled, timeout=2000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: YES)
    window.delete_current()
    qtbot.waitUntil(lambda: not action.isEnabled(), timeout=2000)
    window.records.open_record(session.journal.get(record_id))
    qtbot.waitUntil(action.isEnabled, timeout=2000)
    session.lock()
    qtbot.waitUntil(lambda: not action.isEnabled(), timeout=2000)


def prefs_answering(monkeypatch, limit: int | None) -> None:
    def accept(dialog: PreferencesDialog) -> int:
        if limit is None:
            dialog.keep_all_versions.setChecked(True)
        else:
            dialog.keep_some_versions.setChecked(True)
            dialog.versions_kept.setValue(limit)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept)


def test_preferences_lower_the_limit_only_after_confirming(
    session, qtbot, monkeypatch, open_window
):
    record_id = entry_with_two_versions(session)
    for n in (3, 4):
        session.save(record_id, {"title": f"Title {n}"})
    journal = session.journal
    assert journal.history_count() == 3 and journal.history_limit() is None
    window = open_window(session)

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or NO)
    prefs_answering(monkeypatch, 1)
    window.show_preferences()
    assert "for good" in asked[0] and "deletes 2 older version(s)" in asked[0]
    assert journal.history_limit() is None and journal.history_count() == 3  # unchanged
    assert "not changed" in window.status.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: YES)
    finish(qtbot, window.show_preferences())
    assert journal.history_limit() == 1 and journal.history_count() == 1
    assert window.status.text() == "2 older version(s) deleted for good."

    # A lower limit that deletes nothing asks nothing.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    journal.set_history_limit(5)
    prefs_answering(monkeypatch, 2)
    finish(qtbot, window.show_preferences())
    assert journal.history_limit() == 2 and journal.history_count() == 1

    # Raising it, or keeping every version again, deletes nothing and asks nothing.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    prefs_answering(monkeypatch, None)
    finish(qtbot, window.show_preferences())
    assert journal.history_limit() is None and journal.history_count() == 1
    assert window.status.text() == "Version history setting saved."


def test_preferences_show_the_limit_and_keep_the_names(session, qtbot, monkeypatch, open_window):
    journal = session.journal
    journal.save_settings({"display_name": "Sam"})
    journal.set_history_limit(4)
    window = open_window(session)
    shown = {}

    def look(dialog: PreferencesDialog) -> int:
        shown["limit"] = dialog.history_limit()
        shown["spin"] = dialog.versions_kept.isEnabled()
        dialog.display_name.setText("Sam Lee")
        dialog.versions_kept.setValue(6)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", look)
    finish(qtbot, window.show_preferences())
    assert shown == {"limit": 4, "spin": True}
    # The names and the new limit are both kept: neither save undoes the other.
    assert journal.history_limit() == 6
    assert journal.settings()["display_name"] == "Sam Lee"


def test_words_the_check_leaves_alone_are_kept_in_the_vault(
    session, qtbot, monkeypatch, open_window
):
    """Preferences > Not names: stored encrypted with the journal's settings, used by
    the identifying-details check (and never in the app's plain settings file)."""
    from PySide6.QtWidgets import QPlainTextEdit

    from journal_app.services.vocabulary import ALLOWED_WORDS, identity_allow_lists

    window = open_window(session)

    def type_words(dialog: PreferencesDialog) -> int:
        field = dialog.findChild(QPlainTextEdit, "allowed_words")
        field.setPlainText("Penrose Ward\n  Oakwood   Lodge \n\nPenrose Ward\n")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", type_words)
    window.show_preferences()
    settings = session.journal.settings()
    assert settings[ALLOWED_WORDS] == ["Penrose Ward", "Oakwood Lodge"]
    _people, phrases = identity_allow_lists(settings)
    assert "Oakwood Lodge" in phrases and "Hearing Voices" in phrases
    session.settings.sync()
    for path in Path(session.settings._s.fileName()).parent.glob("*.ini"):
        assert "Penrose" not in path.read_text()


def test_the_supervision_gap_is_a_preference_the_pack_and_the_app_use(
    session, qtbot, monkeypatch, open_window
):
    from datetime import date, timedelta

    from PySide6.QtWidgets import QLabel, QSpinBox

    from journal_app.gui.dialogs.pack import PackDialog
    from journal_app.services.supervision_log import GAP_SETTING

    eight_weeks_ago = date.today() - timedelta(weeks=8)
    session.save(
        None,
        {"type": "supervision", "date": eight_weeks_ago.isoformat(), "share": "summary",
         "fields": {"next_date": (date.today() + timedelta(days=7)).isoformat()}},
    )  # fmt: skip
    window = open_window(session)
    window.show_section("supervision")
    log = window.findChild(QLabel, "supervision_log")
    assert "more than the 6 weeks" in log.text()

    def ten_weeks(dialog: PreferencesDialog) -> int:
        dialog.findChild(QSpinBox, "supervision_gap_weeks").setValue(10)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", ten_weeks)
    window.show_preferences()
    assert session.journal.settings()[GAP_SETTING] == 10
    window.records.refresh()
    assert "Please note" not in log.text()  # eight weeks is within ten
    dialog = PackDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.pack.options.gap_weeks == 10
    assert "more than the" not in dialog.pack.document.plain_text()


def test_version_text_writes_dates_in_the_apps_one_style(qapp):
    from journal_app.domain.schema import record_from_input
    from journal_app.gui.version_text import version_items
    from journal_app.services.vocabulary import load_vocabulary

    record = record_from_input(
        {
            "type": "supervision",
            "date": "2026-10-05",
            "fields": {
                "next_date": "2026-11-06",
                "actions": [{"text": "Book course", "due": "2026-10-20"}],
            },
        },
        None,
    )
    from journal_app.gui.date_text import date_text

    texts = {key: text for key, _label, text in version_items(record, load_vocabulary())}
    assert texts["next_date"] == date_text(date(2026, 11, 6))  # "6 Nov 2026"
    assert f"due {date_text(date(2026, 10, 20))}" in texts["actions"]
