"""Entries without a title are named by what they are on screen too (issue 17): the
record list, the trash and the pack's table, in the app's date style."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from journal_app.gui.date_text import date_text
from journal_app.gui.dialogs.trash import TrashDialog
from journal_app.gui.models.record_list import TITLE_ROLE


def test_the_list_and_the_trash_name_untitled_entries(session, qtbot, open_window):
    checkin = session.save(
        None, {"type": "checkin", "date": "2026-11-16", "fields": {"mood": 6, "stress": 3}}
    )
    session.save(None, {"type": "reflection", "date": "2026-11-15"})
    window = open_window(session)
    model = window.records.model
    shown = [model.index(row).data(Qt.ItemDataRole.DisplayRole) for row in range(2)]
    assert "Check-in · mood 6, stress 3" in shown[0]
    assert f"Reflection · {date_text(date(2026, 11, 15))}" in shown[1]
    assert "Check-in · mood 6, stress 3" in model.index(0).data(TITLE_ROLE)
    assert not any("untitled" in text for text in shown)

    session.save(
        None, {"type": "supervision", "date": "2026-11-14", "fields": {"supervisor": "Sam"}}
    )
    session.save(
        None, {"type": "disclosure", "date": "2026-11-13", "fields": {"decision": "partly_shared"}}
    )
    window.records.refresh()
    titles = [model.index(row).data(TITLE_ROLE) for row in range(model.rowCount())]
    assert "Supervision · with Sam" in titles
    assert "Disclosure decision · partly shared" in titles

    session.delete(checkin.id)
    dialog = TrashDialog(session, window)
    qtbot.addWidget(dialog)
    assert "Check-in · mood 6, stress 3" in dialog.list.item(0).text()
