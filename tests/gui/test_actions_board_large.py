"""Issue 20: the actions board at 25,000 actions. Rows as tall as their wrapped text
made Qt measure every cell of every row at each layout (half a minute at 100,000
entries); above ROWS_FIT_UP_TO every row is two lines tall instead."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from journal_app.gui.widgets import actions_board


def _note(session, count: int) -> None:
    actions = [
        {"text": f"Action {n} " + "with more words " * 8, "owner": "me", "status": "open"}
        for n in range(count)
    ]
    session.save(
        None,
        {"type": "supervision", "date": "2026-11-10", "fields": {"supervisor": "Sam",
         "actions": actions}},
    )  # fmt: skip


def _board(window, qtbot):
    window.show_section("actions")
    board = window.actions_board
    qtbot.waitUntil(lambda: board.model.rowCount() > 0, timeout=3000)
    return board


def test_a_few_actions_are_as_tall_as_their_text(session, open_window, qtbot):
    _note(session, 3)
    board = _board(open_window(session), qtbot)
    rows = board.table.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents


def test_many_actions_are_two_lines_each(session, open_window, qtbot, monkeypatch):
    monkeypatch.setattr(actions_board, "ROWS_FIT_UP_TO", 2)
    _note(session, 3)
    board = _board(open_window(session), qtbot)
    rows = board.table.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    line = board.table.fontMetrics().lineSpacing()
    heights = {board.table.rowHeight(r) for r in range(3)}
    assert len(heights) == 1 and heights.pop() >= 2 * line
    assert board.model.rowCount() == 3 and board.summary.text().startswith("3 open")
