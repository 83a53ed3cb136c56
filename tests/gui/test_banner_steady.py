"""The supervision banner never appears or goes while the worker types: it changes only
on unlock, on a change of section and when another entry is opened (issue 17: it
appeared mid-edit and pushed the page down)."""

from __future__ import annotations

from datetime import date, timedelta

from conftest import PASSPHRASE
from long_work import finish
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from journal_app.domain.records import RecordType


def _supervision_soon() -> dict:
    soon = (date.today() + timedelta(days=1)).isoformat()
    return {
        "type": "supervision",
        "date": date.today().isoformat(),
        "fields": {"supervisor": "Sam", "next_date": soon},
    }


def _type_reflection(window, qtbot, text: str) -> QPlainTextEdit:
    window.new_record(RecordType.REFLECTION)
    field = window.findChild(QPlainTextEdit, "field_description")
    qtbot.keyClicks(field, text)
    QApplication.processEvents()  # whatever opening the entry queued has run
    return field


def test_banner_does_not_appear_while_typing(session, qtbot, open_window):
    window = open_window(session)
    assert window.banner.isHidden()
    field = _type_reflection(window, qtbot, "Thinking about the group")
    top = field.mapTo(window, field.rect().topLeft()).y()
    # A supervision booked elsewhere (another dialog, the command line) while typing.
    session.save(None, _supervision_soon())
    assert window.records.save_now()  # the autosave of what was typed
    qtbot.keyClicks(field, " and what comes next")
    assert window.records.save_now()
    QApplication.processEvents()  # queued signals delivered
    assert window.banner.isHidden()
    assert field.mapTo(window, field.rect().topLeft()).y() == top  # nothing moved

    # Another entry opened: now it may say so.
    window.new_record(RecordType.CHECKIN)
    qtbot.waitUntil(lambda: not window.banner.isHidden(), timeout=2000)


def test_banner_shows_on_unlock_and_section_change(session, qtbot, open_window):
    session.save(None, _supervision_soon())
    session.lock()
    finish(qtbot, session.unlock(PASSPHRASE))
    window = open_window(session)
    assert not window.banner.isHidden()  # on unlock
    window.banner.dismiss()
    assert window.banner.isHidden()
    window.show_section("supervision")
    assert window.banner.isHidden()  # dismissed stays dismissed


def test_banner_stays_while_typing_when_supervision_moves_away(session, qtbot, open_window):
    record = session.save(None, _supervision_soon())
    window = open_window(session)
    assert not window.banner.isHidden()
    _type_reflection(window, qtbot, "A first line")
    later = (date.today() + timedelta(days=20)).isoformat()
    session.save(record.id, {"fields": {"next_date": later}})
    assert window.records.save_now()
    QApplication.processEvents()
    assert not window.banner.isHidden()  # no jump while typing
    window.show_section("reflections")
    assert window.banner.isHidden()
