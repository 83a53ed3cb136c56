"""Preferences on its first opening (issue 17): the backup explanation was cut off
mid-sentence and the Supervisors list, empty, was zero rows tall, so a name added
there could not be seen; a second opening (with names) looked fine. Now the groups
scroll up and down when the screen is short, never sideways."""

from __future__ import annotations

import pytest
from clipping import layout_problems, settle
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLabel, QScrollArea

from journal_app.gui import window_fit
from journal_app.gui.dialogs.preferences import PreferencesDialog


@pytest.fixture
def room(monkeypatch) -> QSize:
    """A 1280x720 screen's free area, as on a small laptop."""
    monkeypatch.setattr(window_fit, "screen_room", lambda _widget: QRect(0, 0, 1280, 720))
    return QSize(1280, 720)


def _first_opening(qtbot, settings) -> PreferencesDialog:
    dialog = PreferencesDialog(settings, {})  # no names yet: the first opening
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def test_the_first_opening_shows_every_line(qtbot, settings, room):
    dialog = _first_opening(qtbot, settings)
    note = next(
        label
        for label in dialog.findChildren(QLabel)
        if label.text().startswith("Backups are encrypted")
    )
    assert note.height() >= note.heightForWidth(note.width())
    assert layout_problems(dialog, room) == []


def test_a_name_added_on_the_first_opening_shows(qtbot, settings, room):
    dialog = _first_opening(qtbot, settings)
    names = dialog.supervisors
    assert names.viewport().height() >= 3 * names.fontMetrics().height()
    qtbot.keyClicks(dialog.supervisor_entry, "Jo Peer")
    dialog.supervisors_edit.add_typed()
    settle()
    shown = names.visualItemRect(names.item(0))
    assert shown.height() > 0
    assert names.viewport().rect().contains(shown)
    assert dialog.personal_settings()["supervisors"] == ["Jo Peer"]


def test_a_short_screen_scrolls_the_groups_up_and_down(qtbot, settings, monkeypatch):
    room = QSize(1280, 480)
    monkeypatch.setattr(window_fit, "screen_room", lambda _widget: QRect(0, 0, 1280, 480))
    dialog = _first_opening(qtbot, settings)
    area = dialog.findChild(QScrollArea)
    assert area.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    assert layout_problems(dialog, room) == []
