"""Long work runs on a worker while the UI thread keeps to the application's own event
loop (issue 16): the call returns at once, timers on the UI thread go on firing, the
window is disabled meanwhile, and the outcome arrives through LongWork's callbacks.
An error nothing takes goes to the crash reporter's hook, never a traceback."""

from __future__ import annotations

import sys
import threading

import pytest
from conftest import PASSPHRASE
from long_work import finish, finish_running
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from journal_app.errors import Cancelled, StorageError, VaultLocked
from journal_app.gui.workers import LongWork
from journal_app.services.changes import EmptyTrash, SaveSettings

WAIT_S = 10  # a worker held longer than this means the test is stuck, not slow


@pytest.fixture
def window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def progress_dialog(parent: QWidget) -> QProgressDialog:
    [dialog] = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
    return dialog


def test_the_ui_threads_own_loop_runs_while_long_work_does(session, window, qtbot):
    release, started = threading.Event(), threading.Event()

    def work() -> int:
        started.set()
        assert release.wait(WAIT_S)
        return 42

    ticks: list[bool] = []  # per tick of a UI-thread timer: was the window disabled?
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(not window.isEnabled()))
    results = []

    running = session.run_long(window, "Working…", work)
    running.then(results.append)
    # The call came back while the worker still holds the work: nothing waited for it.
    assert started.wait(WAIT_S) and not release.is_set()
    assert not running.finished and results == []
    assert not window.isEnabled()  # no typing, and no autosave, into the work
    assert progress_dialog(window).labelText() == "Working…"
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3)
    assert all(ticks)
    release.set()
    qtbot.waitUntil(lambda: results == [42])
    timer.stop()
    assert window.isEnabled()
    assert [d for d in window.findChildren(QProgressDialog) if d.isVisible()] == []


def test_cancel_stays_usable_and_waits_for_the_work_to_stop_safely(session, window, qtbot):
    cancel = threading.Event()
    stopped_at_safe_point = threading.Event()

    def work() -> int:
        assert cancel.wait(WAIT_S)  # as an import checks before it commits
        stopped_at_safe_point.wait(WAIT_S)
        raise Cancelled("stopped; nothing was changed")

    outcome = []
    session.run_long(window, "Importing…", work, cancel).then(
        outcome.append, lambda exc: outcome.append(type(exc))
    )
    dialog = progress_dialog(window)
    [button] = dialog.findChildren(QPushButton)
    assert not window.isEnabled() and button.isEnabled()  # the window, not the dialog
    button.click()
    assert cancel.is_set()
    assert dialog.isVisible() and dialog.labelText() == "Stopping safely…"
    qtbot.wait(50)
    assert outcome == [] and not window.isEnabled()  # it waits for the work to stop
    stopped_at_safe_point.set()
    qtbot.waitUntil(lambda: outcome == [Cancelled])
    assert window.isEnabled()


def test_steps_show_on_the_bar(session, window, qtbot):
    go_on = threading.Event()

    def work(report) -> str:
        report(1, 4)
        go_on.wait(WAIT_S)
        return "done"

    running = session.run_long(window, "Encrypting…", work, steps=True)
    dialog = progress_dialog(window)
    qtbot.waitUntil(lambda: dialog.value() == 1)
    assert dialog.maximum() == 4
    go_on.set()
    assert finish(qtbot, running) == "done"


def test_an_error_reaches_the_callback_that_takes_it(session, window, qtbot, monkeypatch):
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: hooked.append(args[0]))

    def work():
        raise StorageError("the disk is full; nothing was changed")

    taken = []
    session.run_long(window, "Writing…", work).then(
        lambda _value: pytest.fail("no value"), taken.append, StorageError
    )
    finish_running(qtbot)
    assert [type(e) for e in taken] == [StorageError] and hooked == []
    assert window.isEnabled()


def test_a_crash_in_the_worker_goes_to_the_crash_reporter(session, window, qtbot, monkeypatch):
    """A bug (not a journal error) is not taken by a callback that handles journal
    errors: it reaches sys.excepthook, where the crash reporter shows its dialog."""
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: hooked.append(args[0]))

    def work():
        raise ZeroDivisionError("a bug")

    taken = []
    session.run_long(window, "Working…", work).then(None, taken.append, StorageError)
    finish_running(qtbot)
    assert taken == [] and hooked == [ZeroDivisionError]
    assert window.isEnabled() and session.is_unlocked  # the session is not stuck busy
    session.lock()
    assert not session.is_unlocked


def test_a_lock_asked_for_meanwhile_happens_when_the_work_is_done(session, window, qtbot):
    release = threading.Event()
    session.run_long(window, "Working…", lambda: release.wait(WAIT_S))
    session.lock()  # the screen locks while the work runs
    assert session.is_unlocked
    release.set()
    finish_running(qtbot)
    assert not session.is_unlocked


def test_steps_chain_and_each_waits_for_the_last(session, window, qtbot):
    order = []

    def second(first_value: int) -> LongWork[int]:
        order.append(("first", first_value))
        return session.run_long(window, "Second…", lambda: first_value + 1)

    result = finish(qtbot, session.run_long(window, "First…", lambda: 1).then(second))
    assert order == [("first", 1)] and result == 2


def test_a_slow_change_goes_to_a_worker_and_is_announced_when_done(session, window, qtbot):
    record = session.save(None, {"type": "checkin", "date": "2025-01-01"})
    session.delete(record.id)
    announced = []
    session.changed.connect(announced.append)
    with pytest.raises(TypeError, match="apply_long"):
        session.apply(EmptyTrash())  # never on the UI thread
    running = session.apply_long(EmptyTrash(), window, "Deleting for good…")
    assert not window.isEnabled() and announced == []
    assert finish(qtbot, running) == 1
    assert [c.trash for c in announced] == [True]
    assert window.isEnabled() and session.reader.trash() == []


def test_a_quick_change_through_apply_long_is_made_at_once_without_a_dialog(session, window, qtbot):
    announced = []
    session.changed.connect(announced.append)
    running = session.apply_long(SaveSettings({"display_name": "Sam"}), window)
    assert session.reader.settings()["display_name"] == "Sam" and len(announced) == 1
    assert window.isEnabled() and window.findChildren(QProgressDialog) == []
    assert finish(qtbot, running) is None


def test_work_that_cannot_start_says_why_through_the_callbacks(session, qtbot):
    session.lock()
    reasons = []
    running = session.change_passphrase(PASSPHRASE, PASSPHRASE + " and more")
    running.then(None, reasons.append)
    assert reasons == []  # not before the caller could attach its callbacks
    with pytest.raises(VaultLocked):
        finish(qtbot, running)
    assert [type(r) for r in reasons] == [VaultLocked]


def test_an_error_nobody_waits_for_is_not_lost(qtbot, monkeypatch):
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: hooked.append(args[0]))
    LongWork.failed_soon(RuntimeError("unexpected"))
    qtbot.waitUntil(lambda: hooked == [RuntimeError])


def test_a_callback_that_raises_passes_its_error_on(qtbot, monkeypatch):
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: hooked.append(args[0]))
    work: LongWork[int] = LongWork()
    passed_on = []
    work.then(lambda _v: 1 / 0).then(None, passed_on.append)
    work.then(lambda _v: 1 / 0)  # nothing waits for this one: the crash path
    work.succeed(1)
    assert [type(e) for e in passed_on] == [ZeroDivisionError]
    assert hooked == [ZeroDivisionError]
