"""Switching themes never deletes a style the app may still use (issue 17: a crash in
CalmStyle's painting, in _draw_check, was seen once after a test that switched the
style while editors were set aside). QApplication.setStyle deletes the style it
replaces when the application owns it, and every theme change made a new CalmStyle,
so the old one was deleted while widgets still existed. Now the app has one
CalmStyle and the platform's own style, both kept for its life.

The stress test switches between the two real styles (a non-Fusion "system" style,
as on Windows or KDE) while editors are made, painted with their boxes ticked and set
aside as the entry pane does, with Python's collector run inside CalmStyle's painting
(where the crash was seen). Run it under `python -X faulthandler -m pytest` to see a
crash's stack."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStackedWidget,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from journal_app.domain.records import RecordType
from journal_app.gui import calm_style, theme
from journal_app.gui.calm_style import CalmStyle
from journal_app.gui.editors.factory import editor_for
from journal_app.services.vocabulary import load_vocabulary

THEMES = ("light", "dark", "system")
KINDS = (RecordType.DISCLOSURE, RecordType.REFLECTION, RecordType.SUPERVISION)


@pytest.fixture
def windows_system_style(qapp, monkeypatch):
    """The platform's own style is not Fusion (as on Windows): "system" then really
    switches style. The app's look is the system's again afterwards."""
    theme.apply_theme(qapp, "system", 0)
    defaults = theme._defaults
    platform = QStyleFactory.create("Windows")
    platform.setParent(defaults.keeper)  # kept, like the app's own platform style
    monkeypatch.setattr(defaults, "style", platform)
    yield platform
    monkeypatch.undo()
    theme.apply_theme(qapp, "system", 0)


def test_theme_changes_keep_one_calm_style_alive(qapp, windows_system_style):
    used = []
    for name in THEMES * 3:
        theme.apply_theme(qapp, name, 0)
        used.append(QApplication.style())
    calm = [style for style in used if isinstance(style, CalmStyle)]
    assert calm and all(style is calm[0] for style in calm)  # the same object each time
    assert any(style is windows_system_style for style in used)  # "system" did switch
    assert all(Shiboken.isValid(style) for style in used)  # none was deleted
    assert Shiboken.isValid(calm[0].baseStyle())


def _ticked_editor(kind: RecordType, parent: QWidget, step: int) -> QWidget:
    editor = editor_for(kind, load_vocabulary(), parent)
    for box in editor.findChildren(QCheckBox):
        box.setChecked(step % 2 == 0)
    for radio in editor.findChildren(QRadioButton)[:1]:
        radio.setChecked(True)
    return editor


@pytest.mark.slow
def test_switching_styles_while_editors_come_and_go(qapp, qtbot, windows_system_style, monkeypatch):
    collections = []
    draw_check = CalmStyle._draw_check

    def collecting(self, option, painter):
        collections.append(gc.collect(0))  # the collector runs mid-paint, as it may
        draw_check(self, option, painter)

    monkeypatch.setattr(calm_style.CalmStyle, "_draw_check", collecting)
    window = QWidget()
    qtbot.addWidget(window)
    stack = QStackedWidget()
    QVBoxLayout(window).addWidget(stack)
    window.resize(900, 900)
    window.show()
    used, set_aside, editor = [], [], None
    with qtbot.capture_exceptions() as raised:
        for step in range(24):
            if editor is not None:  # as EntryPane._discard_editor does
                stack.removeWidget(editor)
                editor.setParent(None)
                editor.deleteLater()
                set_aside.append(editor)
            editor = _ticked_editor(KINDS[step % 3], window, step)
            stack.addWidget(editor)
            stack.setCurrentWidget(editor)
            theme.apply_theme(qapp, THEMES[step % 3], 0)
            used.append(QApplication.style())
            assert not window.grab().isNull()  # painted through the style now in use
            if step % 5 == 4:  # the editors set aside so far are deleted
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert raised == []
    assert collections  # CalmStyle painted check boxes
    assert all(Shiboken.isValid(style) for style in used)
    assert len({id(style) for style in used}) == 2  # CalmStyle and the platform's
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not any(Shiboken.isValid(old) for old in set_aside)  # freed by Qt, not leaked
