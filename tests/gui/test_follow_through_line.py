"""The gentle follow-through line on the Today home: shown after three low check-ins
with the worker's own next steps, opening the Wellness Action Plan, hidden until the
condition changes (remembered in the vault), turned off in Preferences, and gone on
lock."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt

from journal_app.domain.records import RecordType
from journal_app.gui.dialogs.preferences import PreferencesDialog
from journal_app.services.changes import SaveSettings
from journal_app.services.follow_through import ASSISTANCE_LINE, FOLLOW_THROUGH, HIDDEN

TODAY = date.today()


def day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


def low_week(session) -> None:
    for days_ago, mood in ((4, 3), (2, 2), (1, 3)):
        session.save(None, {"type": "checkin", "date": day(days_ago), "fields": {"mood": mood}})


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(4, button.height() // 2))


def test_three_low_check_ins_bring_the_line_with_the_workers_own_steps(session, open_window, qtbot):
    session.save(
        None,
        {
            "type": "supervision",
            "date": day(20),
            "fields": {"supervisor": "Sam", "supervisor_role": "alternative_contact"},
        },
    )
    session.save(
        None, {"type": "wellness_plan", "date": day(30), "fields": {"keeps_me_well": "Walks"}}
    )
    session.apply(SaveSettings({ASSISTANCE_LINE: "EAP 0800 000 0000"}))
    window = open_window(session)
    line = window.today.follow_through
    assert not line.isVisibleTo(window)
    low_week(session)
    assert line.isVisibleTo(window)
    text = line.text.text()
    assert text.startswith("Your last few check-ins have been hard ones.")
    for step in (
        "restorative time in your next supervision",
        "talk to Sam, your alternative contact",
        "look at your Wellness Action Plan",
        "assistance line (EAP 0800 000 0000)",
    ):
        assert step in text, step
    click(qtbot, line.plan_button)
    assert window.pages.currentWidget() is window.records
    assert window.records.current_record.type is RecordType.WELLNESS_PLAN
    window.show_section("today")
    session.lock()
    assert not line.isVisibleTo(window) and line.text.text() == ""


def test_hidden_it_stays_hidden_and_comes_back_when_things_change(session, open_window, qtbot):
    low_week(session)
    window = open_window(session)
    line = window.today.follow_through
    assert line.isVisibleTo(window)
    assert not line.plan_button.isVisibleTo(window)  # no plan yet: no button
    click(qtbot, line.hide_button)
    assert not line.isVisibleTo(window)
    assert session.reader.settings()[HIDDEN]  # remembered in the vault
    session.save(None, {"type": "checkin", "date": TODAY.isoformat(), "fields": {"mood": 1}})
    assert not line.isVisibleTo(window)  # the same run of low days
    session.save(
        None,
        {"type": "reflection", "date": TODAY.isoformat(), "fields": {"session_kind": "crisis"}},
    )
    assert line.isVisibleTo(window)
    assert "A crisis session and some hard check-ins" in line.text.text()


def test_preferences_turn_it_off_and_keep_the_assistance_line(session, open_window, qtbot):
    low_week(session)
    window = open_window(session)
    dialog = PreferencesDialog(session.settings, session.reader.settings(), window)
    qtbot.addWidget(dialog)
    assert dialog.follow_through.isChecked()
    dialog.follow_through.setChecked(False)
    qtbot.keyClicks(dialog.assistance_line, "  Staff line   0800 ")
    values = dialog.personal_settings()
    assert values[FOLLOW_THROUGH] is False
    assert values[ASSISTANCE_LINE] == "Staff line 0800"
    session.apply(SaveSettings({k: values[k] for k in (FOLLOW_THROUGH, ASSISTANCE_LINE)}))
    assert not window.today.follow_through.isVisibleTo(window)
    again = PreferencesDialog(session.settings, session.reader.settings(), window)
    qtbot.addWidget(again)
    assert not again.follow_through.isChecked()
    assert again.assistance_line.text() == "Staff line 0800"


def test_a_worker_who_never_touched_it_gets_no_new_settings(session, open_window, qtbot):
    window = open_window(session)
    dialog = PreferencesDialog(session.settings, session.reader.settings(), window)
    qtbot.addWidget(dialog)
    values = dialog.personal_settings()
    assert FOLLOW_THROUGH not in values and ASSISTANCE_LINE not in values
