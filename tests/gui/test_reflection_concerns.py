"""The reflection editor's boundaries and safeguarding prompts: each box reveals its
prompts, what is filled in reaches record JSON that validates and reads back, and a
prompt holding an answer stays shown even with its box unticked."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from journal_app.domain.records import RecordType
from journal_app.domain.schema import record_from_input
from journal_app.gui.editors.factory import editor_for
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()


def make(qtbot, fields=None):
    editor = editor_for(RecordType.REFLECTION, VOCAB)
    qtbot.addWidget(editor)
    editor.load(
        None, {"type": "reflection", "date": "2026-02-03", "fields": fields or {"model": "free"}}
    )
    editor.resize(900, 1000)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def find(editor, kind, name):
    found = editor.findChild(kind, name)
    assert found is not None, name
    return found


def test_each_box_reveals_its_prompts(qtbot):
    editor = make(qtbot)
    asked = find(editor, QPlainTextEdit, "field_boundary_asked")
    reported_to = find(editor, QLineEdit, "field_safeguarding_reported_to")
    assert not asked.isVisibleTo(editor) and not reported_to.isVisibleTo(editor)
    boundary = find(editor, QCheckBox, "field_boundary")
    qtbot.mouseClick(boundary, Qt.MouseButton.LeftButton, pos=QPoint(8, boundary.height() // 2))
    assert asked.isVisibleTo(editor) and not reported_to.isVisibleTo(editor)
    find(editor, QCheckBox, "field_safeguarding").setFocus()
    qtbot.keyClick(find(editor, QCheckBox, "field_safeguarding"), Qt.Key.Key_Space)
    assert reported_to.isVisibleTo(editor)
    find(editor, QCheckBox, "field_boundary").click()
    assert not asked.isVisibleTo(editor)


def test_the_prompts_filled_in_reach_record_json_and_read_back(qtbot):
    editor = make(qtbot)
    find(editor, QCheckBox, "field_boundary").click()
    qtbot.keyClicks(find(editor, QPlainTextEdit, "field_boundary_asked"), "To meet outside")
    combo = find(editor, QComboBox, "field_boundary_in_role")
    combo.setCurrentIndex(combo.findData("no"))
    qtbot.keyClicks(find(editor, QPlainTextEdit, "field_boundary_did"), "Said no kindly")
    qtbot.keyClicks(find(editor, QLineEdit, "field_boundary_talked_to"), "My supervisor")
    find(editor, QCheckBox, "field_safeguarding").click()
    combo = find(editor, QComboBox, "field_safeguarding_procedure_followed")
    combo.setCurrentIndex(combo.findData("yes"))
    qtbot.keyClicks(find(editor, QLineEdit, "field_safeguarding_reported_to"), "Safeguarding lead")
    find(editor, QCheckBox, "field_safeguarding_reported").click()
    find(editor, QDateEdit, "field_safeguarding_reported_when").setDate(QDate(2026, 2, 4))
    find(editor, QCheckBox, "field_debrief_needed").click()
    record = record_from_input(editor.data(), VOCAB)
    assert record.fields == {
        "model": "free",
        "boundary": True,
        "boundary_asked": "To meet outside",
        "boundary_in_role": "no",
        "boundary_did": "Said no kindly",
        "boundary_talked_to": "My supervisor",
        "safeguarding": True,
        "safeguarding_procedure_followed": "yes",
        "safeguarding_reported_to": "Safeguarding lead",
        "safeguarding_reported_when": "2026-02-04",
        "debrief_needed": True,
    }
    fresh = make(qtbot)
    fresh.load(record)
    assert fresh.data()["fields"] == record.fields
    assert find(fresh, QPlainTextEdit, "field_boundary_asked").isVisibleTo(fresh)


def test_unticking_sends_the_flag_away_and_keeps_answers_in_view(qtbot):
    record = record_from_input(
        {
            "type": "reflection",
            "date": "2026-02-03",
            "fields": {"model": "free", "boundary": True, "boundary_did": "Held it"},
        },
        VOCAB,
    )
    editor = make(qtbot)
    editor.load(record)
    find(editor, QCheckBox, "field_boundary").click()
    changes = editor.changes()["fields"]
    assert changes["boundary"] is None  # removed from the stored record
    assert changes["boundary_did"] == "Held it"
    # The answer is still there to see (nothing saved is ever hidden).
    assert find(editor, QPlainTextEdit, "field_boundary_did").isVisibleTo(editor)


def test_an_unreported_concern_has_no_date(qtbot):
    editor = make(qtbot)
    find(editor, QCheckBox, "field_safeguarding").click()
    when = find(editor, QDateEdit, "field_safeguarding_reported_when")
    assert not when.isEnabled()
    assert "safeguarding_reported_when" not in editor.data()["fields"]


def test_the_reading_view_names_each_answer_by_its_label(qtbot):
    from journal_app.gui.widgets.reading_view import ReadingView

    record = record_from_input(
        {
            "type": "reflection",
            "date": "2026-02-03",
            "fields": {
                "model": "free",
                "boundary": True,
                "boundary_in_role": "unsure",
                "boundary_asked": "For my number",
                "safeguarding": True,
                "safeguarding_reported_to": "Safeguarding lead",
                "safeguarding_reported_when": "2026-02-04",
                "debrief_needed": True,
            },
        },
        VOCAB,
    )
    view = ReadingView()
    qtbot.addWidget(view)
    view.show_record(record, VOCAB)
    text = view.toPlainText()
    for shown in (
        "A boundary question: Yes",
        "Was it within my role?: Not sure",
        "What was asked of me\nFor my number",
        "A safeguarding concern: Yes",
        "Reported to (role): Safeguarding lead",
        "Reported on: 4 Feb 2026",
        "I need a debrief: Yes",
    ):
        assert shown in text, shown
