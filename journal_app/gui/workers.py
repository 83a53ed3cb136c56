"""Long work (key derivation, import, backup, restore) off the UI thread.

`Task` runs a plain function on a QThreadPool thread and reports back on the UI
thread through signals; `run_with_progress` shows a modal busy dialog meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget


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


def run_with_progress(
    parent: QWidget | None,
    label: str,
    fn: Callable[..., Any],
    cancel: threading.Event | None = None,
    steps: bool = False,
) -> Any:
    """Run `fn` on a worker with a busy dialog; returns its result or raises its error.
    The UI stays responsive (repaints, screen readers) while it runs. With `cancel`,
    the dialog has a Cancel button that sets the event; `fn` decides when stopping is
    safe (by checking it) and the dialog waits for it to return. With `steps`, `fn`
    is called with a `report(done, total)` function and the dialog shows a bar."""
    task: Task
    if steps:
        task = Task(lambda: fn(task.signals.progress.emit))
    else:
        task = Task(fn)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    task.signals.finished.connect(lambda r: (outcome.__setitem__("result", r), loop.quit()))
    task.signals.failed.connect(lambda e: (outcome.__setitem__("error", e), loop.quit()))
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
    QThreadPool.globalInstance().start(task)
    loop.exec()
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
