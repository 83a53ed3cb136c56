"""Issue 17: after a search the editor kept showing an entry the list had filtered
out. Now a search, filter or section that hides the open entry saves it and closes
it, and the page shows its empty state; text that cannot be saved stays open."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from journal_app.domain.records import RecordType


def _two(session):
    allotment = session.save(
        None,
        {
            "type": "reflection",
            "date": "2026-11-16",
            "title": "Allotment",
            "fields": {"model": "free", "text": "We planted beans."},
        },
    )
    boundaries = session.save(
        None,
        {
            "type": "supervision",
            "date": "2026-11-14",
            "title": "Boundaries",
            "share": "full",
            "fields": {"discussed": "Saying no kindly."},
        },
    )
    return allotment, boundaries


def _closed(window) -> bool:
    page = window.records
    return (
        page.current_record is None
        and page.editor is None
        and page.editor_stack.currentWidget() is page.placeholder
        and page.entry.reading.toPlainText() == ""
        and not page.list.selectionModel().hasSelection()
    )


def test_a_search_that_hides_the_open_entry_closes_it(session, qtbot, open_window):
    allotment, _ = _two(session)
    window = open_window(session)
    window.show_section("timeline")
    window.records.open_record(session.reader.get(allotment.id))
    qtbot.keyClicks(window.records.search, "kindly")
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 1, timeout=3000)
    assert _closed(window)


def test_a_search_that_still_shows_it_keeps_it_open(session, qtbot, open_window):
    allotment, _ = _two(session)
    window = open_window(session)
    window.show_section("timeline")
    window.records.open_record(session.reader.get(allotment.id))
    qtbot.keyClicks(window.records.search, "beans")
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 1, timeout=3000)
    assert window.records.current_record.id == allotment.id
    assert window.records.list.currentIndex().row() == 0


def test_words_typed_before_the_search_are_saved_first(session, qtbot, open_window):
    allotment, _ = _two(session)
    window = open_window(session)
    window.show_section("timeline")
    window.records.open_record(session.reader.get(allotment.id))
    window.records.edit_current()
    field = window.findChild(QPlainTextEdit, "field_text")
    qtbot.keyClicks(field, " And peas.")
    window.records.search.setText("kindly")
    window.records.refresh()  # as the search does after a pause in typing
    assert _closed(window)
    assert session.reader.get(allotment.id).fields["text"] == "We planted beans. And peas."


def test_text_that_cannot_be_saved_stays_open(session, qtbot, monkeypatch, open_window):
    from journal_app.errors import StorageError

    allotment, _ = _two(session)
    window = open_window(session)
    window.show_section("timeline")
    window.records.open_record(session.reader.get(allotment.id))
    window.records.edit_current()
    field = window.findChild(QPlainTextEdit, "field_text")
    qtbot.keyClicks(field, " And peas.")

    def full(*_a, **_k):
        raise StorageError("the disk is full; nothing was changed")

    monkeypatch.setattr(session.journal.store, "put", full)
    window.records.search.setText("kindly")
    window.records.refresh()
    assert window.records.is_editing and field.toPlainText() == "We planted beans. And peas."
    assert "disk is full" in window.records.error.text()


def test_a_filter_or_a_section_that_hides_it_closes_it_too(session, qtbot, open_window):
    allotment, boundaries = _two(session)
    window = open_window(session)
    window.show_section("timeline")
    window.records.open_record(session.reader.get(allotment.id))
    full = window.records.share.findText("Full")
    window.records.share.setCurrentIndex(full)  # only "Boundaries" is shared in full
    assert window.records.model.rowCount() == 1
    assert _closed(window)

    window.records.share.setCurrentIndex(0)
    window.records.open_record(session.reader.get(boundaries.id))
    window.show_section("reflections")
    assert window.records.type_filter is RecordType.REFLECTION
    assert _closed(window)
