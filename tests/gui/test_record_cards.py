"""The record list's cards: title, "date · kind · share level", the entry's first line
(or the words a search matched), every card one height, and no text when locked."""

from __future__ import annotations

from conftest import PASSPHRASE
from long_work import finish
from PySide6.QtWidgets import QPlainTextEdit

from journal_app.domain.records import RecordType
from journal_app.gui.models.record_list import (
    EXCERPT_ROLE,
    META_ROLE,
    NOTHING_ROLE,
    TERMS_ROLE,
    TITLE_ROLE,
)
from journal_app.gui.widgets.record_card import card_height

LONG_TITLE = "A long title about the group session on Tuesday, what went well and what did not"


def _save(session, title: str, text: str = "", **extra) -> str:
    fields = {"model": "free", "text": text} if text else {}
    record = session.save(
        None,
        {"type": "reflection", "date": "2026-11-16", "title": title, "fields": fields, **extra},
    )
    return record.id


def _heights(window) -> set[int]:
    view, model = window.records.list, window.records.model
    return {view.visualRect(model.index(row, 0)).height() for row in range(model.rowCount())}


def test_a_card_shows_title_date_kind_share_and_the_first_line(session, open_window):
    _save(session, "Allotment group", "We met at the allotment.\nA second line", share="summary")
    session.save(None, {"type": "checkin", "date": "2026-11-15", "fields": {"mood": 6}})
    window = open_window(session)
    model = window.records.model
    rows = {model.data(model.index(r, 0), TITLE_ROLE): model.index(r, 0) for r in range(2)}
    card = rows["Allotment group"]
    assert model.data(card, META_ROLE) == "16 Nov 2026 · Reflection · Summary shared"
    assert model.data(card, EXCERPT_ROLE) == "We met at the allotment."
    checkin = next(index for title, index in rows.items() if title != "Allotment group")
    assert model.data(checkin, EXCERPT_ROLE) == ""  # no note (its name has the scores)
    assert model.data(checkin, NOTHING_ROLE) == "No note"
    assert model.data(card, NOTHING_ROLE) == "Nothing written yet"  # shown only if empty


def test_a_search_shows_the_matching_words_and_marks_them(session, qtbot, open_window):
    text = "First line.\n" + "Other words here, " * 6 + "and then the boundaries we agreed."
    _save(session, "Group", text)
    window = open_window(session)
    qtbot.keyClicks(window.records.search, "boundar")
    qtbot.waitUntil(
        lambda: (
            window.records.model.data(window.records.model.index(0, 0), TERMS_ROLE) == ["boundar"]
        ),
        timeout=3000,
    )
    excerpt = window.records.model.data(window.records.model.index(0, 0), EXCERPT_ROLE)
    assert excerpt.startswith("…") and "boundaries we agreed" in excerpt


def test_every_card_is_one_height_whatever_its_title(session, qtbot, open_window):
    """Issue 17: a row whose title wrapped when measured at 200 pixels was drawn at the
    list's width in two lines, leaving an empty third line under it."""
    _save(session, "Short")
    _save(session, LONG_TITLE, "Some text")
    window = open_window(session)
    window.resize(1280, 720)
    window.records.list.setCurrentIndex(window.records.model.index(1, 0))
    qtbot.wait(1)
    expected = card_height(window.records.list.font())
    assert _heights(window) == {expected}

    window.new_record(RecordType.REFLECTION)  # a just-saved row, with a long title
    window.records.editor.title_edit.setText(LONG_TITLE + " again, longer still")
    qtbot.keyClicks(window.findChild(QPlainTextEdit, "field_description"), "Words")
    assert window.records.save_now()
    assert window.records.model.rowCount() == 3
    assert _heights(window) == {expected}
    window.records.search.setText("group")
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 2, timeout=3000)
    assert _heights(window) == {expected}


def test_a_locked_journal_leaves_no_card_and_no_text(session, qtbot, open_window):
    _save(session, "Private title", "Private words")
    window = open_window(session)
    model = window.records.model
    assert model.rowCount() == 1
    session.lock()
    assert model.rowCount() == 0
    for role in (TITLE_ROLE, META_ROLE, EXCERPT_ROLE):
        assert model.data(model.index(0, 0), role) is None
    finish(qtbot, session.unlock(PASSPHRASE))
