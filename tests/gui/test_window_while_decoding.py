"""Issue 20: the app unlocks as soon as every record is decrypted (authenticated) and
decodes them on a worker while its window opens. The window shows and answers before
the decoding ends, reading nothing of the records (each read would wait for it);
the side bar, Today, the records list, the search index and the old trash's purge
follow once it is done; a lock meanwhile leaves nothing to run."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from conftest import PASSPHRASE
from held_decoding import hold_decoding
from long_work import finish
from PySide6.QtCore import QTimer

from journal_app.gui import session as session_module
from journal_app.services import changes, record_load

TODAY = date.today()


@pytest.fixture
def held(monkeypatch):
    """The worker's decoding held at its first record until the event is set."""
    _started, go = hold_decoding(monkeypatch)
    yield go
    go.set()


def note(session, days_ago: int, title: str):
    return session.save(
        None,
        {"type": "reflection", "date": (TODAY - timedelta(days=days_ago)).isoformat(),
         "title": title},
    )  # fmt: skip


def test_the_window_opens_and_answers_while_the_records_decode(session, open_window, qtbot, held):
    note(session, 0, "Group")
    note(session, 1, "Drop-in")
    session.lock()
    finish(qtbot, session.unlock(PASSPHRASE))
    assert session.journal.loading  # held: nothing decoded yet
    window = open_window(session)
    qtbot.waitExposed(window)
    answered = []
    QTimer.singleShot(0, lambda: answered.append(True))
    qtbot.waitUntil(lambda: answered == [True], timeout=2000)  # the event loop runs
    qtbot.wait(100)
    assert session.journal.loading  # still held: the window read no record
    assert window.sidebar.count_for("timeline") is None
    assert window.records.model.rowCount() == 0
    assert not session.journal.cache.index.started
    assert window.today.intro.text() == "Opening your entries…"

    held.set()
    qtbot.waitUntil(lambda: window.sidebar.count_for("timeline") == 2, timeout=5000)
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: session.journal.cache.index.started, timeout=5000)
    assert window.today.intro.text() != "Opening your entries…"
    assert [r.title for r in session.reader.search("Drop", wait=True)] == ["Drop-in"]


def test_the_old_trash_is_purged_once_decoded_and_the_views_are_told(
    session, open_window, qtbot, held, monkeypatch
):
    old = note(session, 0, "Long gone")
    kept = note(session, 1, "Still here")
    session.apply(changes.MoveToTrash(old.id))
    monkeypatch.setattr(session_module, "TRASH_DAYS", 0)  # what is in the trash is old
    session.lock()
    finish(qtbot, session.unlock(PASSPHRASE))
    told = []
    session.changed.connect(told.append)
    window = open_window(session)
    qtbot.wait(50)
    assert told == []  # waiting for the decoding
    held.set()
    qtbot.waitUntil(lambda: any(c.trash for c in told), timeout=5000)
    assert session.reader.trash() == []
    assert [r.id for r in session.reader.records()] == [kept.id]
    qtbot.waitUntil(lambda: window.sidebar.count_for("timeline") == 1, timeout=5000)


def test_a_lock_while_decoding_leaves_nothing_to_run(session, open_window, qtbot, held):
    note(session, 0, "Group")
    session.lock()
    finish(qtbot, session.unlock(PASSPHRASE))
    window = open_window(session)
    qtbot.wait(50)
    locker = threading.Timer(0.1, held.set)  # the lock waits for the record in hand
    locker.start()
    session.lock()
    locker.join()
    assert not session.is_unlocked
    qtbot.wait(100)  # the poll would have fired: nothing ran on a locked session
    assert window.sidebar.count_for("timeline") is None


def test_the_timeline_while_decoding_says_so_and_fills_in_after(session, open_window, qtbot, held):
    note(session, 0, "Group")
    note(session, 1, "Drop-in")
    session.lock()
    finish(qtbot, session.unlock(PASSPHRASE))
    window = open_window(session)
    qtbot.waitExposed(window)
    qtbot.wait(50)  # painted: what waits for the window now waits for the records
    window.show_section("timeline")  # returns at once: the list does not wait
    assert session.journal.loading
    pane = window.records.list_pane
    assert window.records.model.rowCount() == 0
    assert pane.empty.text() == "Opening your entries…" and not pane.empty.isHidden()
    window.records.search.setText("Drop")  # nor does a search
    assert session.journal.loading
    assert pane.empty.text() == "Opening your entries…"
    window.show_section("supervision")  # nor the banner, the log or Today
    window.show_section("today")
    window.show_section("timeline")
    assert session.journal.loading

    held.set()
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 1, timeout=5000)
    assert pane.empty.isHidden()


def test_a_decoding_that_fails_after_the_window_opens_locks_it_and_says_why(
    session, open_window, qtbot, held, monkeypatch
):
    from journal_app.gui.dialogs.unlock import UnlockDialog

    note(session, 0, "Group")
    note(session, 1, "Drop-in")  # the one after the record in hand fails
    session.lock()
    finish(qtbot, session.unlock(PASSPHRASE))
    window = open_window(session)
    qtbot.waitExposed(window)

    def fails(*_args):
        raise MemoryError

    monkeypatch.setattr(record_load, "decode_record", fails)
    held.set()  # the record in hand goes on with the decoding that fails
    qtbot.waitUntil(lambda: not session.is_unlocked, timeout=5000)
    assert window.sidebar.count_for("timeline") is None  # nothing was shown
    dialog = UnlockDialog(session)
    qtbot.addWidget(dialog)
    assert "could not all be opened (MemoryError while decoding them)" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    assert session.unlock_problem == ""  # said once


def test_a_decoding_that_fails_before_the_window_fails_the_unlock(
    first_run_session, qtbot, monkeypatch
):
    from journal_app.errors import EntriesUnreadable

    session = first_run_session
    finish(qtbot, session.create(PASSPHRASE))
    note(session, 0, "Group")
    session.lock()

    def fails(*_args):
        raise MemoryError

    monkeypatch.setattr(record_load, "decode_record", fails)
    opened = session_module.Session._opened

    def after_the_decoding(self, journal):  # its failure comes first, for certain
        assert journal.wait_loaded(10)
        opened(self, journal)

    monkeypatch.setattr(session_module.Session, "_opened", after_the_decoding)
    with pytest.raises(EntriesUnreadable, match="MemoryError"):
        finish(qtbot, session.unlock(PASSPHRASE))
    assert not session.is_unlocked
    monkeypatch.undo()  # the lock was let go: the next unlock opens the journal
    finish(qtbot, session.unlock(PASSPHRASE))
    assert session.is_unlocked
