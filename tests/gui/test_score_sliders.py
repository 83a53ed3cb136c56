"""The check-in's score sliders (issue 17): an unset score looks unset (no handle on
the track, "Not set" beside it) and the three sliders line up, whatever the words at
their ends and at a larger text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont

from journal_app.domain.records import RecordType
from journal_app.gui.editors.factory import editor_for
from journal_app.gui.widgets.score import ScoreSlider
from journal_app.services.vocabulary import load_vocabulary

SCORES = ("mood", "stress", "energy")


def _checkin(qtbot, point_size: int | None = None):
    editor = editor_for(RecordType.CHECKIN, load_vocabulary())
    qtbot.addWidget(editor)
    if point_size:
        font = QFont(editor.font())
        font.setPointSize(point_size)
        editor.setFont(font)
    editor.load(None, {"type": "checkin", "date": "2026-11-16", "fields": {}})
    editor.resize(900, 900)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, [editor.findChild(ScoreSlider, f"field_{name}") for name in SCORES]


@pytest.mark.parametrize("point_size", [None, 15, 20])
def test_the_three_sliders_line_up(qtbot, point_size):
    editor, scores = _checkin(qtbot, point_size)
    tracks = [s.slider for s in scores]
    lefts = {t.mapTo(editor, QPoint(0, 0)).x() for t in tracks}
    rights = {t.mapTo(editor, QPoint(t.width(), 0)).x() for t in tracks}
    assert len(lefts) == 1, f"the sliders start at different x: {sorted(lefts)}"
    assert len(rights) == 1, f"the sliders end at different x: {sorted(rights)}"
    for score in scores:  # the words at the ends are not clipped
        for end in score.end_labels():
            assert end.width() >= end.sizeHint().width()


def test_an_unset_score_shows_no_handle(qtbot):
    score = ScoreSlider("Low", "Good")
    qtbot.addWidget(score)
    score.resize(400, score.sizeHint().height())
    score.show()
    qtbot.waitExposed(score)
    assert score.value() is None and score.value_label.text() == "Not set"
    assert not score.slider.handle_shown()
    unset = score.slider.grab().toImage()
    score.setValue(5)  # the handle's resting place: only the handle differs
    assert score.slider.handle_shown() and score.value_label.text() == "5"
    assert score.slider.grab().toImage() != unset
    score.clear()
    assert not score.slider.handle_shown() and score.value_label.text() == "Not set"


def test_a_key_sets_an_unset_score_and_shows_the_handle(qtbot):
    score = ScoreSlider("Low", "Good")
    qtbot.addWidget(score)
    qtbot.keyClick(score.slider, Qt.Key.Key_Right)
    assert score.value() is not None and score.slider.handle_shown()
