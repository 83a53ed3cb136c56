"""The menus' keys (issue 17): one File > New submenu, where Ctrl+N makes a reflection
and every other kind has its own key; Preferences and Quit have a key on every
platform (Qt's standard key for them is empty on Linux); the shortcuts dialog lists
exactly what the menus do."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence

from journal_app.domain.records import RecordType
from journal_app.gui.menu_keys import FALLBACK_KEYS, key_for


def _file_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)


def test_one_new_submenu_and_ctrl_n_makes_a_reflection(session, qtbot, open_window):
    window = open_window(session)
    file_items = [a.text() for a in _file_menu(window).actions() if not a.isSeparator()]
    assert [t for t in file_items if t.replace("&", "").startswith("New")] == ["&New"]
    new_items = {
        a.text().replace("&", ""): _keys(a)
        for a in window.new_menu.actions()
        if not a.isSeparator()
    }
    assert new_items == {
        "Reflection": "Ctrl+N",
        "Disclosure decision": "Ctrl+Shift+D",
        "Supervision note": "Ctrl+Shift+S",
        "Check-in": "Ctrl+Shift+K",
        "Ending of a peer relationship": "Ctrl+Shift+R",  # Ctrl+Shift+N: the quick note
        "Training": "Ctrl+Shift+T",
        "Development goal": "",
        "Wellness Action Plan": "",
    }
    reflection = window.new_menu.actions()[0]
    reflection.trigger()
    assert window.records.editor is not None
    assert window.records.editor.record_type is RecordType.REFLECTION


def test_every_menu_action_with_a_key_is_in_the_shortcuts_list(session, qtbot, open_window):
    window = open_window(session)
    listed = dict(window.shortcut_list)
    assert listed["New reflection"] == QKeySequence("Ctrl+N").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert "New…" not in listed and "New" not in listed
    with_keys = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    shown = {keys for _name, keys in window.shortcut_list}
    native = QKeySequence.SequenceFormat.NativeText
    assert {a.shortcut().toString(native) for a in with_keys} <= shown
    keys = [keys for _name, keys in window.shortcut_list]
    assert all(keys) and len(keys) == len(set(keys)), "an empty or shared shortcut"


@pytest.mark.parametrize(
    ("standard", "fallback"),
    [(QKeySequence.StandardKey.Preferences, "Ctrl+,"), (QKeySequence.StandardKey.Quit, "Ctrl+Q")],
)
def test_preferences_and_quit_always_have_a_key(qapp, standard, fallback):
    assert FALLBACK_KEYS[standard] == fallback
    key = key_for(standard)
    assert not key.isEmpty()
    platform = QKeySequence(standard)
    assert key == (platform if not platform.isEmpty() else QKeySequence(fallback))


def test_the_window_gives_preferences_and_quit_their_keys(session, qtbot, open_window):
    window = open_window(session)
    actions = {a.text(): a for a in window.findChildren(QAction)}
    for text, standard in (
        ("&Preferences…", QKeySequence.StandardKey.Preferences),
        ("&Quit", QKeySequence.StandardKey.Quit),
    ):
        assert actions[text].shortcut() == key_for(standard)
        assert not actions[text].shortcut().isEmpty()
