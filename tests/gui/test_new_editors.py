"""The editors of the growth records (issue 18) in the main window: each is made from
File > New, typed into and saved into the vault, then reopened and edited; the
training hours take halves; a goal lists the training that counts towards it with
the hours added up; New on a Wellness Action Plan opens the current one; the
Timeline's kind filter shows one kind; the reading view shows the new fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QPlainTextEdit

from journal_app.domain.records import RecordType
from journal_app.gui.widgets.choice_list import ChoiceList
from journal_app.gui.widgets.hours_box import HoursBox


def _menu_action(window, words: str):
    return next(a for a in window.new_menu.actions() if a.text().replace("&", "") == words)


def _window(session, open_window, qtbot):
    window = open_window(session)
    window.show_section("timeline")
    qtbot.waitExposed(window)
    return window


def _type(qtbot, editor, name: str, text: str) -> None:
    qtbot.keyClicks(editor.findChild(QPlainTextEdit, f"field_{name}"), text)


def _saved(window, qtbot):
    assert window.records.save_now()
    record = window.records.current_record
    assert record is not None
    return record


def test_training_is_made_from_the_menu_saved_and_edited(session, qtbot, open_window):
    window = _window(session, open_window, qtbot)
    goal = session.save(None, {"type": "goal", "date": "2026-09-01", "title": "Lead a group"})
    _menu_action(window, "Training").trigger()
    editor = window.records.editor
    assert editor.record_type is RecordType.TRAINING
    goals = editor.findChild(ChoiceList, "field_goals")
    assert goals.isVisibleTo(editor) and list(goals._items) == [goal.id]
    kind = editor.findChild(QComboBox, "field_kind")
    kind.setCurrentIndex(kind.findData("conference"))
    hours = editor.findChild(HoursBox, "field_hours")
    hours.setFocus()
    hours.lineEdit().selectAll()
    qtbot.keyClicks(hours, "3.5")
    qtbot.keyClick(hours, Qt.Key.Key_Tab)
    _type(qtbot, editor, "learning", "Grounding before a hard call.")
    goals.set_checked([goal.id])
    goals.changed.emit()
    record = _saved(window, qtbot)
    stored = session.reader.get(record.id)
    assert stored.fields == {
        "kind": "conference",
        "hours": 3.5,
        "learning": "Grounding before a hard call.",
        "goals": [goal.id],
    }
    # Reopened, then edited: up a step is half an hour more.
    window.records.open_record(stored)
    window.records.edit_current()
    editor = window.records.editor
    hours = editor.findChild(HoursBox, "field_hours")
    assert hours.hours() == 3.5
    hours.stepUp()
    assert _saved(window, qtbot).fields["hours"] == 4


@pytest.mark.parametrize(("typed", "kept"), [("7.3", 7.5), ("7.2", 7), ("0", 0), ("12", 12)])
def test_the_hours_box_keeps_whole_and_half_hours(qtbot, typed, kept):
    box = HoursBox("Not recorded")
    qtbot.addWidget(box)
    assert box.hours() is None and box.text() == "Not recorded"
    box.show()
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, typed)
    box.interpretText()
    box.lineEdit().editingFinished.emit()
    box.clearFocus()
    assert box.hours() == kept
    assert type(box.hours()) is type(kept)


def test_a_goal_shows_its_training_and_their_hours(session, qtbot, open_window):
    window = _window(session, open_window, qtbot)
    _menu_action(window, "Development goal").trigger()
    editor = window.records.editor
    assert editor.record_type is RecordType.GOAL
    status = editor.findChild(QComboBox, "field_status")
    status.setCurrentIndex(status.findData("active"))
    editor.findChild(QComboBox, "field_status")
    editor.findChild(type(editor.supervision_check), "field_target_date_set").click()
    editor.findChild(QDateEdit, "field_target_date").setDate(QDate(2027, 3, 31))
    _type(qtbot, editor, "steps", "Co-facilitate three groups.")
    goal = _saved(window, qtbot)
    assert session.reader.get(goal.id).fields == {
        "status": "active",
        "target_date": "2027-03-31",
        "steps": "Co-facilitate three groups.",
    }
    assert "No training counts towards this goal yet" in editor.training_label.text()
    for day, hours in (("2026-10-01", 6.5), ("2026-10-08", 2)):
        session.save(
            None,
            {
                "type": "training",
                "date": day,
                "title": f"Course {day}",
                "fields": {"hours": hours, "goals": [goal.id]},
            },
        )
    session.save(None, {"type": "training", "date": "2026-10-09", "fields": {"hours": 50}})
    window.records.open_record(session.reader.get(goal.id))
    shown = window.records.editor.training_label.text()
    assert "2 training entries, 8.5 hours in all" in shown
    assert "1 Oct 2026: Course 2026-10-01 (6.5 h)" in shown
    assert "8 Oct 2026: Course 2026-10-08 (2 h)" in shown and "50" not in shown
    reading = window.records.entry.reading.toPlainText()  # it opens to read: there too
    assert "Training towards it\n2 training entries, 8.5 hours in all" in reading


def test_new_wellness_plan_opens_the_current_one_to_edit(session, qtbot, open_window):
    window = _window(session, open_window, qtbot)
    _menu_action(window, "Wellness Action Plan").trigger()
    editor = window.records.editor
    assert editor.record_type is RecordType.WELLNESS_PLAN and editor.record_id is None
    _type(qtbot, editor, "keeps_me_well", "A walk at lunch.")
    editor.findChild(type(editor.supervision_check), "field_review_date_set").click()
    editor.findChild(QDateEdit, "field_review_date").setDate(QDate(2027, 2, 1))
    plan = _saved(window, qtbot)
    assert plan.fields == {"keeps_me_well": "A walk at lunch.", "review_date": "2027-02-01"}
    window.records.done_editing()

    _menu_action(window, "Wellness Action Plan").trigger()
    assert window.records.is_editing
    editor = window.records.editor
    assert editor.record_id == plan.id  # the same plan, not a second one
    _type(qtbot, editor, "triggers", "Back-to-back crisis calls.")
    _saved(window, qtbot)
    plans = session.reader.records()
    assert [r.id for r in plans if r.type is RecordType.WELLNESS_PLAN] == [plan.id]
    assert len(session.reader.history(plan.id)) >= 2  # the first plan is in its history


def test_the_timeline_kind_filter_shows_one_kind(session, qtbot, open_window):
    session.save(None, {"type": "training", "date": "2026-10-01", "title": "Course A"})
    session.save(None, {"type": "goal", "date": "2026-10-02", "title": "Goal B"})
    session.save(None, {"type": "checkin", "date": "2026-10-03", "fields": {"mood": 5}})
    window = _window(session, open_window, qtbot)
    kind = window.records.list_pane.kind
    assert kind.isVisibleTo(window)
    assert window.records.model.rowCount() == 3
    kind.setCurrentIndex(kind.findData(RecordType.TRAINING))
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 1)
    kind.setCurrentIndex(kind.findData(RecordType.GOAL))
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 1)
    window.show_section("checkins")  # a section of one kind hides the kind filter
    assert not kind.isVisibleTo(window)


def test_the_reading_view_shows_the_new_fields_by_their_labels(session, qtbot, open_window):
    record = session.save(
        None,
        {
            "type": "training",
            "date": "2026-11-16",
            "title": "Trauma-informed day",
            "fields": {
                "kind": "e_learning",
                "provider": "Recovery college",
                "hours": 6.5,
                "use_in_practice": "Offer choice first.",
            },
        },
    )
    window = _window(session, open_window, qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.records.open_record(session.reader.get(record.id))
    shown = window.records.entry.reading.toPlainText()
    assert "16 Nov 2026 · Training · Private" in shown
    assert "Kind of training: E-learning" in shown and "Hours: 6.5 hours" in shown
    assert "How I will use it in practice\n" in shown and "Offer choice first." in shown
    assert "e_learning" not in shown


def test_the_pack_leaves_the_plan_out_until_it_is_ticked_for_that_pack(session, qtbot):
    from journal_app.gui.dialogs.pack import PackDialog

    dialog = PackDialog(session, today=date(2025, 3, 31))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rebuild()
    assert not dialog.wellness_plan.isVisibleTo(dialog)  # no plan yet: nothing to tick
    session.save(
        None,
        {
            "type": "training",
            "date": "2025-02-01",
            "title": "Safeguarding course",
            "share": "full",
            "fields": {"hours": 3},
        },
    )
    plan = session.save(
        None,
        {
            "type": "wellness_plan",
            "date": "2024-06-01",  # written before the period, still the current plan
            "fields": {"keeps_me_well": "WALK-AT-LUNCH"},
        },
    )
    dialog.rebuild()
    assert dialog.wellness_plan.isVisibleTo(dialog) and not dialog.wellness_plan.isChecked()
    text = dialog.preview.toPlainText()
    assert "Safeguarding course" in text and "3 hours" in text
    assert "WALK-AT-LUNCH" not in text
    ids = [dialog.entries.record_at(r).id for r in range(dialog.entries.rowCount())]
    assert plan.id not in ids

    dialog.wellness_plan.setChecked(True)  # private: shared in full in this pack
    qtbot.waitUntil(lambda: "WALK-AT-LUNCH" in dialog.preview.toPlainText())
    ids = [dialog.entries.record_at(r).id for r in range(dialog.entries.rowCount())]
    assert plan.id in ids
    assert dialog.state().wellness_plan
    dialog.wellness_plan.setChecked(False)
    qtbot.waitUntil(lambda: "WALK-AT-LUNCH" not in dialog.preview.toPlainText())


def test_an_untitled_training_is_named_by_its_hours(qapp):
    from journal_app.domain.schema import record_from_input
    from journal_app.gui.record_names import record_name_text

    def name(**fields) -> str:
        record = record_from_input(
            {"type": "training", "date": "2026-11-16", "fields": fields}, None
        )
        return record_name_text(record)

    assert name(hours=6.5) == "Training · 6.5 hours"
    assert name(hours=1) == "Training · 1 hour"
    assert name() == "Training · 16 Nov 2026"


def test_a_goal_back_from_a_draft_still_lists_its_training(session, qtbot, open_window):
    from journal_app.services.changes import SaveDraft

    goal = session.save(None, {"type": "goal", "date": "2026-09-01", "title": "Lead a group"})
    session.save(
        None,
        {"type": "training", "date": "2026-10-01", "fields": {"hours": 4, "goals": [goal.id]}},
    )
    data = {**goal.to_dict(), "fields": {"steps": "Unsaved steps"}}
    session.apply(SaveDraft({"record_id": goal.id, "data": data}))
    window = _window(session, open_window, qtbot)
    assert window.records.restore_draft()
    editor = window.records.editor
    assert editor.record_id == goal.id
    assert "1 training entry, 4 hours in all" in editor.training_label.text()


def test_one_line_boxes_show_their_text_from_the_start(session, qtbot, open_window):
    """An entry opened to edit shows a title, tags, shared title or provider wider
    than its box from the first word, not scrolled to its end (as QLineEdit.setText
    leaves it): 'rust learning and development team' was seen at 150%."""
    from PySide6.QtWidgets import QLineEdit

    window = _window(session, open_window, qtbot)
    long = "Trust learning and development team, " * 6
    record = session.save(
        None,
        {
            "type": "training",
            "date": "2026-11-10",
            "title": "Trauma-informed practice " * 8,
            "tags": [f"course {n}" for n in range(12)],
            "share": "summary",
            "shared_title": "A day's course on trauma-informed practice " * 4,
            "fields": {"provider": long.strip()},
        },
    )
    window.records.open_record(session.reader.get(record.id))
    window.records.edit_current()
    editor = window.records.editor
    boxes = [
        editor.title_edit,
        editor.tags_edit,
        editor.shared_title_edit,
        editor.findChild(QLineEdit, "field_provider"),
    ]
    for box in boxes:
        assert box.width() < box.fontMetrics().horizontalAdvance(box.text()), box.objectName()
        assert box.cursorPosition() == 0, box.objectName()


def test_a_long_consideration_shows_from_its_start(session, qtbot, open_window):
    """The same for a disclosure decision's one-line considerations."""
    window = _window(session, open_window, qtbot)
    answer = "Theirs: R. asked whether anyone really gets better, and I wanted to say yes. " * 3
    record = session.save(
        None,
        {
            "type": "disclosure",
            "date": "2026-11-10",
            "title": "Sharing about the bus",
            "fields": {"considerations": {"whose_needs": answer.strip()}},
        },
    )
    window.records.open_record(session.reader.get(record.id))
    window.records.edit_current()
    box = window.records.editor.consideration_edits["whose_needs"]
    assert box.width() < box.fontMetrics().horizontalAdvance(box.text())
    assert box.cursorPosition() == 0
