"""The Calendar section (gui/widgets/calendar_view.py): each day's marks match the
journal, a booked supervision and actions due show, a click or Enter lists a day and
an entry opens to read, the keys move between days and months, and a lock leaves
nothing on screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from journal_app.gui.models.calendar_model import DAY_ROLE, MARKS_ROLE
from journal_app.gui.widgets.calendar_grid import place_marks
from journal_app.gui.widgets.calendar_view import ID_ROLE
from journal_app.services.changes import MoveToTrash

Y = date.today().year + 1  # a March to come: its actions are due, not yet overdue
PAST = date(2025, 3, 3)  # long past: an action due then and still open is overdue


def d(day: int, month: int = 3) -> date:
    return date(Y, month, day)


def add(session, type_: str, day: date, title: str = "", **fields):
    data = {"type": type_, "date": day.isoformat(), "title": title, "fields": fields}
    return session.save(None, data)


def spoken_day(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


@pytest.fixture
def journal(session):
    """Next year's March with two reflections and a check-in on the 3rd, a supervision
    held on the 4th that books the next on the 18th and agrees three actions: one due
    on the 3rd, one on the 18th, and one due on a day long past, still open."""
    add(session, "reflection", d(3), "Group work", model="free", text="Notes")
    add(session, "reflection", d(3), "", model="free", text="More notes")
    add(session, "checkin", d(3), mood=6, stress=3)
    note = add(
        session,
        "supervision",
        d(4),
        supervisor="Alex",
        next_date=d(18).isoformat(),
        actions=[
            {"text": "Book the course", "owner": "me", "due": d(3).isoformat(), "status": "open"},
            {"text": "Read the policy", "owner": "me", "due": d(18).isoformat(), "status": "open"},
            {"text": "Old one", "owner": "me", "due": PAST.isoformat(), "status": "open"},
        ],
    )
    return {"note": note.id}


def calendar_on(window, day: date):
    window.show_section("calendar")
    view = window.calendar
    view.select_day(day)
    return view


def cell(view, day: date):
    index = view.model.index_of(day)
    assert index.isValid(), day
    return index


def marks(view, day: date) -> list[tuple[str, int | None, bool]]:
    return [(m.key, m.count, m.alert) for m in cell(view, day).data(MARKS_ROLE)]


def listed(view) -> list[str]:
    return [view.day_list.item(row).text() for row in range(view.day_list.count())]


def test_the_calendar_is_a_section_with_its_icon(session, open_window):
    window = open_window(session)
    window.show_section("calendar")
    assert window.pages.currentWidget() is window.calendar
    row = window.sidebar.currentRow()
    assert window.sidebar.item(row).text() == "Calendar"
    assert not window.sidebar.item(row).icon().isNull()


def test_each_days_marks_match_the_records(session, open_window, journal):
    view = calendar_on(open_window(session), d(3))
    assert view.month_label.text() == f"March {Y}"
    assert view.model.rowCount() == 6 and view.model.columnCount() == 7
    first = view.model.index(0, 0).data(DAY_ROLE).day  # the locale's first weekday
    assert first.weekday() == QLocale().firstDayOfWeek().value - 1
    assert first <= d(1) and (d(1) - first).days < 7
    assert marks(view, d(3)) == [
        ("reflection", 2, False),
        ("checkin", 1, False),
        ("actions", 1, False),
    ]
    assert marks(view, d(4)) == [("supervision", 1, False)]
    assert marks(view, d(18)) == [("booked", None, False), ("actions", 1, False)]
    # Every other day of the six weeks has no marks.
    marked = {
        view.model.index(r, c).data(DAY_ROLE).day
        for r in range(6)
        for c in range(7)
        if view.model.index(r, c).data(MARKS_ROLE)
    }
    assert marked == {d(3), d(4), d(18)}


def test_an_open_action_whose_day_has_passed_is_marked_overdue(session, open_window, journal):
    view = calendar_on(open_window(session), PAST)
    assert marks(view, PAST) == [("actions", 1, True)]
    spoken = cell(view, PAST).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == f"{spoken_day(PAST)}, 1 action overdue"
    assert listed(view) == ["Action overdue: Old one"]


def test_a_screen_reader_hears_each_day(session, open_window, journal):
    view = calendar_on(open_window(session), d(3))
    spoken = Qt.ItemDataRole.AccessibleTextRole
    assert cell(view, d(3)).data(spoken) == (
        f"{spoken_day(d(3))}, 2 reflections, 1 check-in, 1 action due"
    )
    assert cell(view, d(4)).data(spoken) == f"{spoken_day(d(4))}, supervision held"
    assert cell(view, d(18)).data(spoken) == (
        f"{spoken_day(d(18))}, supervision booked, 1 action due"
    )
    assert cell(view, d(5)).data(spoken) == spoken_day(d(5))
    assert cell(view, d(5)).data(Qt.ItemDataRole.ToolTipRole) == spoken_day(d(5))
    first = view.model.index(0, 0).data(DAY_ROLE).day
    last = view.model.index(0, 6).data(DAY_ROLE).day
    assert view.model.headerData(0, Qt.Orientation.Horizontal, spoken) == f"{first:%A}"
    assert view.model.headerData(6, Qt.Orientation.Horizontal) == f"{last:%a}"


def test_today_is_spoken_and_the_today_button_returns_to_it(session, open_window):
    window = open_window(session)
    view = calendar_on(window, d(3))
    view.today_button.click()
    today = date.today()
    assert view.chosen_day() == today
    assert view.shown_month() == (today.year, today.month)
    assert cell(view, today).data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"{spoken_day(today)}, today"
    )


def test_clicking_a_day_lists_its_entries_and_enter_opens_one_to_read(
    session, open_window, journal
):
    window = open_window(session)
    view = calendar_on(window, d(10))
    assert listed(view) == [] and view.empty.isVisible() and not view.day_list.isVisible()
    grid = view.grid
    rect = grid.visualRect(cell(view, d(3)))
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.chosen_day() == d(3)
    assert view.day_heading.text() == f"{d(3):%a} 3 Mar {Y}"
    # In the order written (the two reflections within the same second: either first).
    shown = listed(view)
    assert sorted(shown[:2]) == [f"Reflection · 3 Mar {Y}", "Reflection: Group work"]
    assert shown[2:] == ["Check-in · mood 6, stress 3", "Action due: Book the course"]
    assert not view.empty.isVisible() and view.day_list.isVisible()
    first = view.day_list.item(0).data(ID_ROLE)

    # Enter on the day moves to its list; Enter there opens the entry in the reading view.
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert view.day_list.currentRow() == 0
    QTest.keyClick(view.day_list, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.records
    assert window.records.current_record.id == first
    assert not window.records.entry.is_editing
    assert window.records.entry.editor_stack.currentWidget() is window.records.entry.reading


def test_booked_supervision_and_actions_due_are_listed(session, open_window, journal):
    window = open_window(session)
    view = calendar_on(window, d(18))
    assert listed(view) == ["Supervision booked with Alex", "Action due: Read the policy"]
    # Each opens the supervision note that booked or agreed it.
    assert {view.day_list.item(r).data(ID_ROLE) for r in range(2)} == {journal["note"]}
    view.day_list.itemActivated.emit(view.day_list.item(1))
    assert window.records.current_record.id == journal["note"]


def test_arrow_keys_move_between_days_and_across_the_months_edge(session, open_window, journal):
    view = calendar_on(open_window(session), d(5))
    grid = view.grid
    grid.setFocus()
    for key, expected in (
        (Qt.Key.Key_Right, d(6)),
        (Qt.Key.Key_Down, d(13)),
        (Qt.Key.Key_Left, d(12)),
        (Qt.Key.Key_Up, d(5)),
        (Qt.Key.Key_Up, d(26, 2)),  # into February: the month turns
    ):
        QTest.keyClick(grid, key)
        assert view.chosen_day() == expected, key
        assert grid.current_day() == expected
    assert view.shown_month() == (Y, 2)
    assert view.month_label.text() == f"February {Y}"
    assert view.day_heading.text() == f"{d(26, 2):%a} 26 Feb {Y}"
    QTest.keyClick(grid, Qt.Key.Key_End)
    last = d(29, 2) if Y % 4 == 0 else d(28, 2)
    assert view.chosen_day() == last
    QTest.keyClick(grid, Qt.Key.Key_Right)
    assert view.chosen_day() == d(1) and view.shown_month() == (Y, 3)
    QTest.keyClick(grid, Qt.Key.Key_Down)
    QTest.keyClick(grid, Qt.Key.Key_Home)
    assert view.chosen_day() == d(1)


def test_page_keys_and_buttons_change_month(session, open_window, journal):
    view = calendar_on(open_window(session), d(31, 1))
    grid = view.grid
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_PageDown)
    feb_last = 29 if Y % 4 == 0 else 28
    assert view.chosen_day() == d(feb_last, 2)  # 31 February does not exist
    QTest.keyClick(grid, Qt.Key.Key_PageDown)
    assert view.chosen_day() == d(feb_last) and view.shown_month() == (Y, 3)
    assert marks(view, d(3))[0] == ("reflection", 2, False)
    QTest.keyClick(grid, Qt.Key.Key_PageUp)
    assert view.shown_month() == (Y, 2)
    view.next_button.click()
    assert view.shown_month() == (Y, 3) and view.chosen_day() == d(feb_last)
    view.previous_button.click()
    view.previous_button.click()
    assert view.shown_month() == (Y, 1) and view.month_label.text() == f"January {Y}"


def test_clicking_a_day_of_the_next_month_turns_to_it(session, open_window, journal):
    view = calendar_on(open_window(session), d(3))
    last_shown = view.model.index(5, 6).data(DAY_ROLE).day
    assert last_shown.month == 4
    rect = view.grid.visualRect(cell(view, last_shown))
    QTest.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.shown_month() == (Y, 4) and view.chosen_day() == last_shown


def test_tab_and_escape_between_the_grid_and_the_days_list(session, open_window, qtbot, journal):
    window = open_window(session)
    window.activateWindow()
    view = calendar_on(window, d(3))
    view.grid.setFocus()
    qtbot.waitUntil(view.grid.hasFocus)
    QTest.keyClick(view.grid, Qt.Key.Key_Tab)
    qtbot.waitUntil(view.day_list.hasFocus)
    QTest.keyClick(view.day_list, Qt.Key.Key_Escape)
    qtbot.waitUntil(view.grid.hasFocus)
    QTest.keyClick(view.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(view.day_list.hasFocus)


def test_a_change_shows_at_once(session, open_window, journal):
    view = calendar_on(open_window(session), d(5))
    assert listed(view) == []
    training = add(session, "training", d(5), "Lone working", kind="course", hours=3)
    assert marks(view, d(5)) == [("training", 1, False)]
    assert listed(view) == ["Training: Lone working"]
    session.apply(MoveToTrash(training.id))  # an entry in the trash is not on the calendar
    assert marks(view, d(5)) == [] and listed(view) == []


def test_lock_clears_every_title_and_mark(session, open_window, journal):
    window = open_window(session)
    view = calendar_on(window, d(3))
    assert listed(view)
    session.lock()
    assert view.model.rowCount() == 0
    assert view.day_list.count() == 0
    assert view.day_heading.text() == "" and view.month_label.text() == ""


def _advance(text: str) -> int:
    return 10 * len(text)  # "+2" is 20 wide, "…" 10


def test_marks_that_fit_are_all_shown_in_rows():
    assert place_marks([30, 30, 30], 100, 2, _advance) == ([(0, 0), (32, 0), (64, 0)], "", (0, 0))
    # The fourth goes to the second row.
    spots, token, _ = place_marks([30, 30, 30, 30], 100, 2, _advance)
    assert spots == [(0, 0), (32, 0), (64, 0), (0, 1)] and token == ""


def test_marks_beyond_the_room_give_way_to_a_count_of_the_rest():
    # Room for three in one row; five marks: two shown, then "+3" beside them.
    assert place_marks([30] * 5, 100, 1, _advance) == ([(0, 0), (32, 0)], "+3", (64, 0))
    # One mark and no room for "+1" beside it: "…" after it.
    assert place_marks([40, 40], 55, 1, _advance) == ([(0, 0)], "…", (42, 0))
    # Not even that: "+2" alone, never nothing.
    assert place_marks([40, 40], 45, 1, _advance) == ([], "+2", (0, 0))
    assert place_marks([], 45, 1, _advance) == ([], "", (0, 0))
