"""Long work (key derivation, import, backup, restore) off the UI thread.

The rule: long work runs on a QThreadPool thread (`Task`); meanwhile the UI thread
keeps running the application's one event loop (never a nested QEventLoop, never a
processEvents wait), behind a window-modal progress dialog. The outcome comes back by
queued signal and continues on the UI thread in callbacks: `LongWork.then`.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")

_Handles = type[BaseException] | tuple[type[BaseException], ...]


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)  # done, total: from the worker, shown on the UI thread


class Task(QRunnable):
    """Run `fn()` on a worker thread; `signals.finished(result)` or `signals.failed(exc)`
    arrive on the thread that owns the signals object (the UI thread)."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the UI thread, which decides what to say
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class LongWork(Generic[T]):
    """The outcome of work that finishes later, delivered on the UI thread.

    `then(on_done, on_error)` continues with the value or the error and gives a new
    LongWork for what the callback returns (or raises; a LongWork returned is waited
    for), so steps chain. An error that
    no callback takes (none given, or not of the types in `handles`) goes to
    sys.excepthook: the crash dialog and the log (gui/crash.py), never a traceback."""

    def __init__(self) -> None:
        self._outcome: tuple[bool, Any] | None = None  # (succeeded, value or error)
        self._listeners: list[tuple[Any, Any, _Handles, LongWork]] = []

    @classmethod
    def failed_soon(cls, exc: BaseException) -> LongWork[Any]:
        """Work that could not start: its error arrives like any other, on the next
        turn of the event loop (after the caller has attached its callbacks)."""
        work: LongWork[Any] = cls()
        work._settle_soon((False, exc))
        return work

    @classmethod
    def done_soon(cls, value: T) -> LongWork[T]:
        """Work that was quick enough to do at once: its value arrives like any other,
        on the next turn of the event loop."""
        work: LongWork[T] = cls()
        work._settle_soon((True, value))
        return work

    def _settle_soon(self, outcome: tuple[bool, Any]) -> None:
        _running.add(self)

        def now() -> None:
            _running.discard(self)
            self._settle(outcome)

        QTimer.singleShot(0, now)

    @property
    def finished(self) -> bool:
        return self._outcome is not None

    def result(self) -> T:
        """Once finished: the value, or the error raised again."""
        if self._outcome is None:
            raise RuntimeError("the work has not finished yet")
        succeeded, value = self._outcome
        if not succeeded:
            raise value
        return value

    def then(
        self,
        on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[Any], Any] | None = None,
        handles: _Handles = Exception,
    ) -> LongWork[Any]:
        """Call `on_done(value)` when the work succeeds, or `on_error(exc)` when it fails
        with one of `handles`; either is called on the UI thread. Returns the LongWork
        of what the callback returns; errors it does not take are passed on to that."""
        derived: LongWork[Any] = LongWork()
        listener = (on_done, on_error, handles, derived)
        self._listeners.append(listener)
        if self._outcome is not None:
            self._tell(listener)
        return derived

    def succeed(self, value: T) -> None:
        self._settle((True, value))

    def fail(self, exc: BaseException) -> None:
        self._settle((False, exc))

    def _settle(self, outcome: tuple[bool, Any]) -> None:
        if self._outcome is not None:
            return
        self._outcome = outcome
        if not outcome[0] and not self._listeners:
            _unhandled(outcome[1])
        for listener in self._listeners:
            self._tell(listener)

    def _tell(self, listener: tuple[Any, Any, _Handles, LongWork]) -> None:
        assert self._outcome is not None
        on_done, on_error, handles, derived = listener
        succeeded, value = self._outcome
        if succeeded:
            callback = on_done
        elif on_error is not None and isinstance(value, handles):
            callback = on_error
        else:
            derived.fail(value)  # not taken here: on to whoever waits for `derived`
            return
        if callback is None:
            derived.succeed(value)
            return
        try:
            returned = callback(value)
        except BaseException as exc:
            derived.fail(exc)
            return
        if isinstance(returned, LongWork):  # a next step: `derived` ends when it ends
            returned.then(derived.succeed, derived.fail, BaseException)
        else:
            derived.succeed(returned)


def _unhandled(exc: BaseException) -> None:
    """An error no callback took: the same path as any uncaught error on the UI thread
    (the crash reporter's hook logs it without its message and shows the dialog)."""
    log.debug("long work failed and nothing took the error: %s", type(exc).__name__)
    sys.excepthook(type(exc), exc, exc.__traceback__)


# Each Task (or LongWork settled soon) until its outcome has reached the UI thread's
# callbacks: it keeps the Task alive, and tells `running` what is still under way.
_running: set[object] = set()


def running() -> int:
    """How many long works are under way (started, their callbacks not yet run)."""
    return len(_running)


def start_with_progress(
    parent: QWidget | None,
    label: str,
    fn: Callable[..., Any],
    cancel: threading.Event | None = None,
    steps: bool = False,
) -> LongWork[Any]:
    """Start `fn` on a worker behind a window-modal busy dialog, and return at once;
    its result or error arrives through the returned LongWork once the dialog has
    closed. The UI thread goes on with its own event loop (repaints, screen readers).
    With `cancel`, the dialog has a Cancel button that sets the event; `fn` decides
    when stopping is safe (by checking it) and the dialog stays until it returns.
    With `steps`, `fn` is called with a `report(done, total)` function and the dialog
    shows a bar."""
    task: Task
    if steps:
        task = Task(lambda: fn(task.signals.progress.emit))
    else:
        task = Task(fn)
    work: LongWork[Any] = LongWork()
    dialog = QProgressDialog(label, "", 0, 0, parent)
    if cancel is None:
        dialog.setCancelButton(None)
    else:
        dialog.setCancelButtonText(QCoreApplication.translate("ProgressDialog", "Cancel"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def cancelled() -> None:
            cancel.set()
            dialog.setLabelText(QCoreApplication.translate("ProgressDialog", "Stopping safely…"))
            dialog.show()

        dialog.canceled.connect(cancelled)
    if steps:

        def show(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        task.signals.progress.connect(show)
        dialog.setAutoClose(False)  # the commit still follows the last step
        dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)  # modal at once: nothing can be typed into the work
    dialog.setAccessibleName(label)

    def finish(settle: Callable[[Any], None], outcome: Any) -> None:
        # Let go of the task only after this slot: its signals object is the sender.
        QTimer.singleShot(0, lambda: _running.discard(task))
        try:
            if cancel is not None:
                dialog.canceled.disconnect(cancelled)  # closing is not cancelling
            dialog.close()
            dialog.deleteLater()
            if active is not None:  # focus goes back where it was (screen readers)
                active.activateWindow()
        except RuntimeError:  # deleted already, with the window it was over
            log.debug("the progress dialog went before its work was done")
        settle(outcome)

    task.signals.finished.connect(lambda result: finish(work.succeed, result))
    task.signals.failed.connect(lambda exc: finish(work.fail, exc))
    _running.add(task)
    task.setAutoDelete(False)  # _running holds it until its signals have arrived
    active = QApplication.activeWindow() or (parent.window() if parent is not None else None)
    dialog.show()
    QThreadPool.globalInstance().start(task)
    return work
