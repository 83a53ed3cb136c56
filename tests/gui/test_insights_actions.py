"""Actions board, supervision banner and Insights charts, headless."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from journal_app.errors import StorageError
from journal_app.gui.models.actions_model import ACTION, DUE, OVERDUE_ROLE, STATUS
from journal_app.gui.widgets.actions_board import ActionsBoard
from journal_app.gui.widgets.chart_base import contrast, readable
from journal_app.gui.widgets.charts import Bar, BarChart, LineChart, StackedBarChart
from journal_app.gui.widgets.insights_view import InsightsView
from journal_app.gui.widgets.supervision_banner import SupervisionBanner
from journal_app.services.actions import set_action_status
from journal_app.services.journal import Journal

TODAY = date(2025, 3, 10)  # a Monday


# Window, window text, base, text, highlight: enough for the widgets under test.
_COLOURS = {
    "light": ("#efefef", "#111111", "#ffffff", "#111111", "#3070c0"),
    "dark": ("#2b2b2b", "#eeeeee", "#1e1e1e", "#eeeeee", "#3d7fd9"),
}


def make_palette(mode: str) -> QPalette:
    pal = QPalette()
    roles = ("Window", "WindowText", "Base", "Text", "Highlight")
    for role, colour in zip(roles, _COLOURS[mode], strict=True):
        pal.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return pal


def add_note(journal: Journal, day: str, actions: list[tuple], next_date: str | None = None):
    return journal.add(
        {
            "type": "supervision",
            "date": day,
            "fields": {
                "supervisor": "Sam",
                "next_date": next_date,
                "actions": [
                    {"text": text, "owner": "me", "due": due, "status": status}
                    for text, due, status in actions
                ],
            },
        }
    )


def texts(board: ActionsBoard, column: int = ACTION) -> list[str]:
    model = board.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


# --- actions board ---------------------------------------------------------------------


def test_board_lists_overdue_first_and_says_so_in_words(qtbot, journal):
    add_note(
        journal,
        "2025-01-10",
        [
            ("Finished thing", "2025-01-01", "done"),
            ("Read the lone-working policy", "2025-02-01", "open"),
        ],
    )
    add_note(
        journal,
        "2025-02-10",
        [("Book a training day", "2025-04-01", "open"), ("Call the team", "2025-03-01", "open")],
    )
    board = ActionsBoard(lambda *args: set_action_status(journal, *args))
    qtbot.addWidget(board)
    board.refresh(journal, TODAY)
    assert texts(board) == [
        "Read the lone-working policy",
        "Call the team",
        "Book a training day",
        "Finished thing",
    ]
    due = texts(board, DUE)
    assert due[0].startswith("Overdue") and due[1].startswith("Overdue")
    assert not due[2].startswith("Overdue") and not due[3].startswith("Overdue")
    assert board.model.index(0, ACTION).data(OVERDUE_ROLE) is True
    assert board.model.index(2, ACTION).data(OVERDUE_ROLE) is False
    option = QStyleOptionViewItem()
    board.table.itemDelegate().initStyleOption(option, board.model.index(0, ACTION))
    assert option.font.bold()  # overdue rows are bold as well as saying "Overdue"
    assert "Sam" in board.model.index(0, 4).data()
    # Overdue actions are open ones: counted among them, as their rows say "Open".
    assert board.summary.text() == "3 open, 2 of them overdue; 1 done, 0 dropped"
    assert board.table.accessibleName()

    board.clear()
    assert board.model.rowCount() == 0


def test_board_counts_agree_with_the_rows(qtbot, journal):
    """Issue 17: "1 overdue, 0 open" was shown beside a row whose status is Open."""
    add_note(journal, "2025-01-10", [("Read the policy", "2025-02-01", "open")])
    board = ActionsBoard(lambda *args: set_action_status(journal, *args))
    qtbot.addWidget(board)
    board.refresh(journal, TODAY)
    assert texts(board, STATUS) == ["Open"]
    assert board.summary.text() == "1 open, 1 of them overdue; 0 done, 0 dropped"
    board.refresh(journal, date(2025, 1, 20))  # before it is due
    assert board.summary.text() == "1 open, 0 done, 0 dropped"


def test_board_without_actions_says_so(qtbot, journal):
    board = ActionsBoard(lambda *args: None)
    qtbot.addWidget(board)
    board.refresh(journal, TODAY)
    assert board._stack.currentWidget() is board.empty
    assert "No actions yet" in board.empty.text()


@pytest.mark.parametrize("host_refreshes", [False, True])
def test_status_edited_in_place_with_the_keyboard_persists(qtbot, vault_path, host_refreshes):
    journal, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    note = add_note(
        journal,
        "2025-02-10",
        [("Call the team", "2025-03-01", "open"), ("Book a training day", "2025-04-01", "open")],
    )

    def save_status(record_id: str, index: int, status: str) -> None:
        set_action_status(journal, record_id, index, status)
        if host_refreshes:  # as the main window does on Session.changed
            board.refresh(journal, TODAY)

    board = ActionsBoard(save_status)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitExposed(board)
    board.refresh(journal, TODAY)
    board.table.setFocus()
    board.table.setCurrentIndex(board.model.index(0, ACTION))  # "Call the team", overdue
    qtbot.keyClick(board.table, Qt.Key.Key_F2)
    combo = board.table.findChild(QComboBox)
    assert combo is not None and combo.isVisible()
    assert board.table.currentIndex().column() == STATUS
    combo.hidePopup()
    done = combo.findData("done")
    combo.setCurrentIndex(done)
    combo.activated.emit(done)
    qtbot.waitUntil(lambda: board.table.state() != board.table.State.EditingState)

    assert journal.get(note.id).fields["actions"][0]["status"] == "done"
    if host_refreshes:
        # the refresh waited until the editor closed, then re-sorted: done goes last
        qtbot.waitUntil(lambda: texts(board) == ["Book a training day", "Call the team"])
        current = board.table.currentIndex()
        assert board.model.item(current.row()).text == "Call the team"  # still selected
    else:
        assert texts(board, STATUS)[0] == "Done"
        assert not texts(board, DUE)[0].startswith("Overdue")
    journal.lock()

    reopened = Journal.open(vault_path, PASSPHRASE)
    try:
        actions = reopened.get(note.id).fields["actions"]
        assert [a["status"] for a in actions] == ["done", "open"]
    finally:
        reopened.lock()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2])
def test_keys_open_the_status_editor_from_any_column(qtbot, journal, key):
    add_note(journal, "2025-02-10", [("Call the team", "2025-03-01", "open")])
    board = ActionsBoard(lambda *args: set_action_status(journal, *args))
    qtbot.addWidget(board)
    board.show()
    board.refresh(journal, TODAY)
    board.table.setCurrentIndex(board.model.index(0, ACTION))
    qtbot.keyClick(board.table, key)
    assert board.table.state() == board.table.State.EditingState
    assert board.table.currentIndex().column() == STATUS
    board.table.findChild(QComboBox).hidePopup()


def test_a_failed_save_keeps_the_status_and_says_why(qtbot, journal):
    add_note(journal, "2025-02-10", [("Call the team", "2025-03-01", "open")])

    def failing(*_args) -> None:
        raise StorageError("the disk is full.")

    board = ActionsBoard(failing)
    qtbot.addWidget(board)
    board.refresh(journal, TODAY)
    assert not board.model.setData(board.model.index(0, STATUS), "done")
    assert texts(board, STATUS) == ["Open"]
    assert not board.message.isHidden() and "disk is full" in board.message.text()


# --- supervision banner ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "shown"), [("03-08", False), ("03-09", True), ("03-12", True), ("03-13", False)]
)
def test_banner_shows_only_within_three_days(qtbot, journal, today, shown):
    add_note(journal, "2025-02-12", [], next_date="2025-03-12")  # a Wednesday
    for day in ("2025-01-21", "2025-02-20", "2025-02-21"):  # the first is before the note
        journal.add({"type": "reflection", "date": day, "for_supervision": True})
    banner = SupervisionBanner()
    qtbot.addWidget(banner)
    banner.refresh(journal, date.fromisoformat("2025-" + today))
    assert (not banner.isHidden()) is shown
    if shown:
        assert "Wed 12 Mar 2025" in banner.label.text()
        assert banner.label.text().endswith("Entries marked to bring: 2")
        assert banner.accessibleDescription() == banner.label.text()


def test_banner_dismiss_and_clear(qtbot, journal):
    add_note(journal, "2025-02-12", [], next_date="2025-03-12")
    banner = SupervisionBanner()
    qtbot.addWidget(banner)
    banner.refresh(journal, date(2025, 3, 11))
    assert "tomorrow" in banner.label.text() and not banner.isHidden()
    banner.dismiss_button.click()
    assert banner.isHidden()
    banner.refresh(journal, date(2025, 3, 12))
    assert banner.isHidden()  # the same supervision: stays dismissed
    add_note(journal, "2025-03-12", [], next_date="2025-03-14")
    banner.refresh(journal, date(2025, 3, 12))
    assert not banner.isHidden() and banner.next_date == date(2025, 3, 14)
    banner.clear()
    assert banner.isHidden() and banner.label.text() == ""


# --- charts -------------------------------------------------------------------------------


def colours_in(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}


def charts_with_data() -> list:
    line = LineChart()
    line.set_data(
        [(TODAY + timedelta(days=i), 3 + i % 5, 8 - i % 4, None if i % 3 else 5) for i in range(30)]
    )
    stacked = StackedBarChart("Themes per month", "No themes recorded yet")
    stacked.set_data(
        ["2025-01", "2025-02", "2025-03"], [("Boundaries", [2, 0, 3]), ("Self-care", [1, 4, 0])]
    )
    bars = BarChart("Competence areas touched", "No competence areas recorded yet")
    bars.set_data([Bar("Core relational skills", 6), Bar("Meta-competences", 2)])
    return [line, stacked, bars]


@pytest.mark.parametrize("mode", _COLOURS)
def test_charts_draw_their_data_readably_in_light_and_dark(qtbot, mode):
    palette = make_palette(mode)
    base = palette.color(QPalette.ColorRole.Base)
    for chart in charts_with_data():
        qtbot.addWidget(chart)
        chart.setPalette(palette)
        image = chart.render_to_image(640, 300)
        assert not image.isNull() and image.width() == 640
        assert QColor(image.pixel(5, 150)) == base  # background follows the palette
        used = colours_in(image)
        assert len(used) > 20, f"{type(chart).__name__} looks blank"
        series = chart.colours(base)[0]
        assert series.rgb() in used  # the first series is drawn, in its readable colour
        assert contrast(series, base) >= 3.0
        description = chart.accessibleDescription()
        assert chart.accessibleName() and description and "yet" not in description


def test_chart_descriptions_summarise_the_data():
    line, stacked, bars = charts_with_data()
    assert "Mood: average" in line.accessibleDescription()
    assert "Boundaries 5" in stacked.accessibleDescription()
    assert "Busiest month" in stacked.accessibleDescription()
    assert bars.accessibleDescription() == "Core relational skills 6; Meta-competences 2."


@pytest.mark.parametrize("mode", _COLOURS)
def test_empty_charts_say_so(qtbot, mode):
    palette = make_palette(mode)
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.setPalette(palette)
    assert chart.accessibleDescription() == "No check-ins yet"
    image = chart.render_to_image(400, 200)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    used = colours_in(image)
    assert base.rgb() in used
    # the message is drawn in text colour (anti-aliased shades of it near the middle)
    middle = [QColor(image.pixel(x, y)) for x in range(100, 300) for y in range(90, 110)]
    assert max(contrast(c, base) for c in middle) > 4.5
    assert all(contrast(c, text) < contrast(base, text) + 0.01 for c in middle)
    chart.set_data([])
    assert not chart.has_data()


def test_every_readable_colour_stands_out_on_both_palettes():
    from journal_app.gui.widgets.chart_base import HUES, OTHER

    for mode in _COLOURS:
        base = make_palette(mode).color(QPalette.ColorRole.Base)
        for hue in (*HUES, OTHER):
            assert contrast(readable(hue, base), base) >= 3.0


# --- insights view --------------------------------------------------------------------------


def test_insights_view_refreshes_from_the_journal_and_clears(qtbot, journal):
    for i in range(20):
        day = (TODAY - timedelta(days=3 * i)).isoformat()
        journal.add({"type": "checkin", "date": day, "fields": {"mood": 5, "stress": 4}})
    journal.add(
        {
            "type": "reflection",
            "date": "2025-02-03",
            "fields": {
                "themes": ["boundaries"],
                "competences": [next(iter(journal.vocabulary.competences))],
            },
        }
    )
    journal.add({"type": "disclosure", "date": "2025-02-04", "fields": {"decision": "shared"}})
    view = InsightsView()
    qtbot.addWidget(view)
    assert not any(chart.has_data() for chart in view.charts())
    view.refresh(journal, TODAY)
    assert all(chart.has_data() for chart in view.charts())
    assert "Boundaries 1" in view.themes.accessibleDescription()
    assert "Shared 1" in view.disclosures.accessibleDescription()

    view.show_areas.setChecked(True)
    assert view.competences.has_data()
    view.period.setCurrentIndex(view.period.findData("3m"))
    assert view.wellbeing.has_data()

    view.clear()
    assert not any(chart.has_data() for chart in view.charts())
    assert view.wellbeing.accessibleDescription() == "No check-ins yet"


def test_insights_counts_the_areas_a_training_entry_names(qtbot, journal):
    """As on the coverage page: a training entry counts for its areas, a goal does not."""
    area = next(iter(journal.vocabulary.competences.values()))
    day = (TODAY - timedelta(days=5)).isoformat()
    fields = {"hours": 2, "competences": [area.id]}
    journal.add({"type": "training", "date": day, "fields": fields})
    journal.add({"type": "goal", "date": day, "fields": {"competences": [area.id]}})
    view = InsightsView()
    qtbot.addWidget(view)
    view.refresh(journal, TODAY)
    assert view.competences.accessibleDescription() == f"{area.domain_name} 1."


def test_insights_period_without_records_says_so(qtbot, journal):
    journal.add({"type": "checkin", "date": "2020-01-01", "fields": {"mood": 5}})
    view = InsightsView()
    qtbot.addWidget(view)
    view.refresh(journal, TODAY)  # the last 12 months by default
    assert not view.wellbeing.has_data()
    assert view.wellbeing.accessibleDescription() == "Nothing recorded in this period"
    view.period.setCurrentIndex(view.period.findData("all"))
    assert view.wellbeing.has_data()
