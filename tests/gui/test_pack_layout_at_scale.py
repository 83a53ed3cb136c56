"""The supervision pack dialog at 150% text (issue 17), on a 1920x1080 and a 1280x720
screen, with entries and possible identifying details: the dialog uses a larger
screen, every word-wrapped label gets the height its text needs, the entries table
shows at least three rows and the findings table at least two, and nothing scrolls
sideways."""

from __future__ import annotations

from datetime import date

import pytest
from clipping import clipped, settle, sideways_scrolling
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView

from journal_app.gui import window_fit
from journal_app.gui.dialogs.pack import PackDialog
from journal_app.gui.theme import apply_theme
from journal_app.services.journal import DISPLAY_NAME, SUPERVISORS

TODAY = date(2026, 12, 4)
SCREENS = ((1920, 1080), (1280, 720))


@pytest.fixture(params=SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def screen(request, qapp, monkeypatch):
    """Text at 150% in the app's own look, on a screen of this size."""
    width, height = request.param
    monkeypatch.setattr(window_fit, "screen_room", lambda _w: QRect(0, 0, width, height))
    apply_theme(qapp, "light", 0)
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(font)
    yield width, height
    apply_theme(qapp, "system", 0)


def _entries_with_findings(session) -> None:
    session.journal.save_settings({DISPLAY_NAME: "Sam Lee", SUPERVISORS: ["Alex Morgan"]})
    details = ("jo.bloggs@example.org", "07700 900123", "sam.k@example.org")
    for day in range(1, 11):
        text = f"A shared reflection on day {day}."
        if day <= len(details):
            text += f" Their contact was {details[day - 1]}."
        session.save(
            None,
            {
                "type": "reflection",
                "date": f"2026-11-{day:02d}",
                "title": f"Reflection with a title long enough to wrap {day}",
                "share": "full",
                "fields": {"model": "free", "text": text},
            },
        )


def _rows_shown(view: QAbstractItemView) -> float:
    row = view.sizeHintForRow(0)
    return view.viewport().height() / row if row > 0 else 0.0


def test_the_pack_dialog_at_150_percent(screen, qtbot, session):
    width, height = screen
    _entries_with_findings(session)
    dialog = PackDialog(session, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert len(dialog.findings) >= 3

    problems = clipped(dialog) + sideways_scrolling(dialog)
    frame = dialog.frameGeometry()
    # Room to grow: more than the 1100x720 made for 100% text.
    if width >= 1920 and (frame.width() < 1400 or frame.height() < 900):
        problems.append(f"the dialog stays {frame.width()}x{frame.height()}")
    if frame.width() > width or frame.height() > height:
        problems.append(f"the dialog is {frame.width()}x{frame.height()}")
    entries = _rows_shown(dialog.table)
    if entries < 3:
        problems.append(f"the entries table shows {entries:.1f} rows")
    findings = _rows_shown(dialog.findings_list.tree)
    if findings < 2:
        problems.append(f"the findings table shows {findings:.1f} rows")
    dialog.reject()
    assert problems == [], "\n".join(problems)
