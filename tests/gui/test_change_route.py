"""One route for every change (issue 16): a change made in a dialog or on the actions
board goes through Session.apply, and Session.changed alone brings it to the record
list and the open editor, while the dialog is still open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from journal_app.gui.dialogs.history import HistoryDialog
from journal_app.gui.dialogs.trash import TrashDialog
from journal_app.gui.main_window import MainWindow, section_row
from journal_app.gui.session import Session
from journal_app.services.changes import Changed, SaveSettings


@pytest.fixture
def window(session: Session, open_window) -> MainWindow:
    return open_window(session)


@pytest.fixture
def announced(session: Session) -> list[Changed]:
    seen: list[Changed] = []
    session.changed.connect(seen.append)
    return seen


def listed_title(window: MainWindow, record_id: str) -> str | None:
    model = window.records.model
    row = model.row_of(record_id)
    return None if row < 0 else model.record_at(row).title


def checkin(session: Session, title: str):
    return session.save(None, {"type": "checkin", "date": "2025-01-10", "title": title})


def test_a_restore_from_the_trash_reaches_the_list_while_the_dialog_is_open(
    session, window, announced, qtbot
):
    kept, binned = checkin(session, "Kept"), checkin(session, "Binned")
    window.records.refresh()
    session.delete(binned.id)
    assert listed_title(window, binned.id) is None
    announced.clear()

    dialog = TrashDialog(session, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    dialog.restore_selected()

    assert announced == [Changed(saved=frozenset({binned.id}), trash=True)]
    assert listed_title(window, binned.id) == "Binned"  # before the dialog closes
    assert listed_title(window, kept.id) == "Kept"
    assert dialog.list.count() == 0 and dialog.empty.isVisibleTo(dialog)  # its own list too


def test_without_the_changed_signal_the_list_would_not_know(session, window, qtbot):
    """The route is the signal: cut it and the restored entry is not listed."""
    binned = checkin(session, "Binned")
    window.records.refresh()
    session.delete(binned.id)
    session.changed.disconnect(window.records.show_changes)
    dialog = TrashDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.restore_selected()
    assert session.reader.get(binned.id).title == "Binned"
    assert listed_title(window, binned.id) is None


def test_a_revert_in_the_history_reaches_the_editor_and_the_list(
    session, window, announced, qtbot, monkeypatch
):
    record = checkin(session, "First title")
    session.save(record.id, {"title": "Second title"})
    window.records.refresh()
    window.records.open_record(session.reader.get(record.id))
    assert window.records.editor.data()["title"] == "Second title"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    announced.clear()

    dialog = HistoryDialog(session, record.id, window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(1)  # the first version
    dialog.restore_selected()

    ids = frozenset({record.id})
    assert announced == [Changed(saved=ids, history=ids)]
    assert window.records.editor.data()["title"] == "First title"
    assert window.records.current_record.title == "First title"
    assert listed_title(window, record.id) == "First title"
    assert dialog.list.count() == 3  # its versions were read again, on the same signal


def test_an_action_status_reaches_the_open_note_and_the_board(session, window, announced, qtbot):
    note = session.save(
        None,
        {
            "type": "supervision",
            "date": "2025-02-10",
            "fields": {"actions": [{"text": "Call the team", "status": "open"}]},
        },
    )
    window.records.refresh()
    window.records.open_record(session.reader.get(note.id))
    window.sidebar.setCurrentRow(section_row("actions"))
    announced.clear()

    window.actions_board._commit(note.id, 0, "done")

    ids = frozenset({note.id})
    assert announced == [Changed(saved=ids, history=ids)]
    status = window.records.editor.data()["fields"]["actions"][0]["status"]
    assert status == "done" == window.records.current_record.fields["actions"][0]["status"]
    qtbot.waitUntil(lambda: window.actions_board.model.items()[0].status == "done")


def test_a_change_that_touches_no_record_leaves_the_list_alone(session, window, announced):
    checkin(session, "Listed")
    window.records.refresh()
    calls = []
    window.records.refresh = lambda: calls.append(1)  # type: ignore[method-assign]
    session.apply(SaveSettings({"display_name": "Sam"}))
    assert announced[-1] == Changed(settings=True)
    assert calls == []


def test_nothing_is_announced_for_a_failed_change(session, announced):
    from journal_app.errors import RecordNotFound
    from journal_app.services.changes import RestoreFromTrash

    with pytest.raises(RecordNotFound):
        session.apply(RestoreFromTrash("no-such-id"))
    assert announced == []
