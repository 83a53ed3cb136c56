"""The Today home and the side bar: the home after unlock, its cards' buttons go to the
right place, counts follow changes, and nothing stays on screen after a lock."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from journal_app.domain.records import RecordType
from journal_app.gui.day_timer import DayTimer, ms_until_next_day
from journal_app.gui.widgets.sidebar import SECTIONS, section_row
from journal_app.services.changes import SaveDraft
from journal_app.services.today import Step

TODAY = date.today()


def overdue_note(session) -> None:
    session.save(
        None,
        {
            "type": "supervision",
            "date": (TODAY - timedelta(days=30)).isoformat(),
            "title": "October supervision",
            "fields": {
                "actions": [
                    {"text": "Book training", "status": "open",
                     "due": (TODAY - timedelta(days=2)).isoformat()},
                    {"text": "Read policy", "status": "open"},
                ],
                "next_date": (TODAY + timedelta(days=2)).isoformat(),
            },
        },
    )  # fmt: skip


def test_today_is_the_first_section_and_the_home_after_unlock(session, open_window):
    window = open_window(session)
    assert SECTIONS[0][0] == "today" and window.sidebar.currentRow() == 0
    assert window.pages.currentWidget() is window.today
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    shortcuts = {a.text(): a.shortcut().toString() for a in view_menu.actions()}
    assert shortcuts["Today"] == "Alt+1" and shortcuts["Timeline"] == "Alt+2"
    assert shortcuts["Insights"] == f"Alt+{len(SECTIONS)}"
    steps = [c.property("step") for c in window.today.cards]
    assert steps == [Step.WRITE_REFLECTION, Step.CHECK_IN, Step.BOOK_SUPERVISION]


def test_each_card_button_goes_where_its_step_is_done(session, open_window, qtbot):
    overdue_note(session)
    window = open_window(session)
    today = window.today
    assert today.card_for(Step.OVERDUE_ACTIONS).heading.text() == "1 action is past its due date"
    assert today.card_for(Step.SUPERVISION_SOON).heading.text() == "Supervision in 2 days"

    qtbot.mouseClick(today.card_for(Step.OVERDUE_ACTIONS).button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.actions_board

    window.show_section("today")
    qtbot.mouseClick(today.card_for(Step.CHECK_IN).button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.records
    assert window.records.editor.record_type is RecordType.CHECKIN

    window.show_section("today")
    qtbot.mouseClick(today.card_for(Step.SUPERVISION_SOON).button, Qt.MouseButton.LeftButton)
    assert window.records.editor.record_type is RecordType.REFLECTION
    assert window.records.editor.model() == "supervision_prep"

    window.show_section("today")
    qtbot.mouseClick(today.card_for(Step.WRITE_REFLECTION).button, Qt.MouseButton.LeftButton)
    window.finished_session_dialog.accept()  # the session's kind first (test_quick_note.py)
    assert window.records.editor.record_type is RecordType.REFLECTION
    assert window.records.editor.model() == "gibbs"


def test_a_waiting_draft_is_offered_by_title_and_leads_to_the_editor(session, open_window, qtbot):
    session.apply(
        SaveDraft({"record_id": "", "data": {"type": "reflection", "date": TODAY.isoformat(),
                                             "title": "After group", "fields": {"text": "Mine"}}})
    )  # fmt: skip
    window = open_window(session)
    card = window.today.card_for(Step.FINISH_DRAFT)
    assert window.today.cards[0] is card
    assert "After group" in card.text.text() and "Mine" not in card.text.text()
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.records
    assert window.records.editor.record_type is RecordType.REFLECTION


def test_counts_follow_changes_with_spoken_names_and_go_on_lock(session, open_window):
    overdue_note(session)
    window = open_window(session)
    bar = window.sidebar
    assert (bar.count_for("timeline"), bar.count_for("supervision")) == (1, 1)
    assert bar.count_for("reflections") == 0 and bar.count_for("actions") == 2
    assert bar.count_for("today") is None and bar.count_for("insights") is None
    session.save(None, {"type": "reflection", "date": TODAY.isoformat(), "title": "Group"})
    assert (bar.count_for("timeline"), bar.count_for("reflections")) == (2, 1)
    item = bar.item(section_row("actions"))
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Actions, 2 open"
    assert bar.item(section_row("reflections")).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Reflections, 1 entry"
    )
    # What a screen reader says for the row: the name and the count.
    from PySide6.QtGui import QAccessible

    list_view = QAccessible.queryAccessibleInterface(bar)
    spoken = {list_view.child(i).text(QAccessible.Text.Name) for i in range(list_view.childCount())}
    assert {"Actions, 2 open", "Reflections, 1 entry", "Timeline, 2 entries", "Today"} <= spoken
    assert Step.WRITE_REFLECTION.value not in [c.property("step") for c in window.today.cards]
    assert all(not bar.item(row).icon().isNull() for row in range(bar.count()))

    session.lock()
    assert all(bar.count_for(key) is None for key, *_ in SECTIONS)
    assert bar.item(section_row("actions")).data(Qt.ItemDataRole.AccessibleTextRole) == "Actions"
    assert window.today.cards == [] and window.today.date_label.text() == ""
    assert not window.day_timer.is_active


def test_a_new_day_refreshes_today(session, open_window, monkeypatch):
    window = open_window(session)
    assert window.day_timer.is_active
    # Due just after the coming midnight (a minute's slack for a slow machine).
    assert 0 < window.day_timer.remaining_ms() <= ms_until_next_day(datetime.now()) + 60_000
    session.save(None, {"type": "reflection", "date": TODAY.isoformat(), "title": "Group"})
    assert window.today.card_for(Step.WRITE_REFLECTION) is None
    tomorrow = TODAY + timedelta(days=1)

    class Tomorrow(date):
        @classmethod
        def today(cls):
            return tomorrow

    monkeypatch.setattr("journal_app.gui.main_window.date", Tomorrow)
    monkeypatch.setattr("journal_app.gui.main_side_views.date", Tomorrow)
    window.day_timer._timer.timeout.emit()  # as at midnight
    assert window.today.card_for(Step.WRITE_REFLECTION) is not None
    assert window.day_timer.is_active  # armed for the next midnight


def test_ms_until_next_day_lands_just_after_midnight(qapp):
    late = datetime(2026, 11, 16, 23, 59, 0)
    assert 60_000 < ms_until_next_day(late) < 65_000
    early = datetime(2026, 11, 16, 0, 0, 0)
    assert 24 * 3600 * 1000 <= ms_until_next_day(early) < 24 * 3600 * 1000 + 5000
    timer = DayTimer()
    timer.start(late)
    assert timer.is_active and timer.remaining_ms() <= 65_000
    days = []
    timer.new_day.connect(lambda: days.append(1))
    timer.catch_up(late)  # the same day: nothing to say
    assert days == []
    timer.catch_up(datetime(2026, 11, 17, 7, 30))  # woken the next morning
    assert days == [1] and timer.remaining_ms() > 16 * 3600 * 1000
    timer.stop()
    assert not timer.is_active
    timer.catch_up(datetime(2026, 11, 20, 7, 30))  # stopped (locked): nothing
    assert days == [1]


def test_view_menu_reaches_every_section_from_the_keyboard(session, open_window):
    window = open_window(session)
    actions = {a.text(): a for a in window.findChildren(QAction)}
    for key, label, *_ in SECTIONS:
        actions[label].trigger()
        assert window.sidebar.currentRow() == section_row(key)


def test_today_fits_large_text_on_a_small_screen(session, open_window, qtbot):
    from clipping import clipped, settle, sideways_scrolling

    from journal_app.gui.theme import apply_theme

    overdue_note(session)
    session.apply(SaveDraft({"record_id": "", "data": {"type": "checkin", "title": "Later"}}))
    app = QApplication.instance()
    size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10
    apply_theme(app, "system", round(size * 2))  # 200% text
    try:
        window = open_window(session)
        window.resize(1280, 720)
        settle()
        assert len(window.today.cards) == 5
        assert clipped(window) == [] and sideways_scrolling(window) == []
        for card in window.today.cards:  # the buttons sit under the words, whole
            assert card.button.width() >= card.button.sizeHint().width()
    finally:
        apply_theme(app, "system", 0)
