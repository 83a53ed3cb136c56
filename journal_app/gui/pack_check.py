"""The pack dialog's identifying details check, on a worker when the pack is large.

A pack of more texts than CHECK_HERE is checked after the dialog shows (a 3-month pack
at 100,000 entries has some 10,000 texts, 5,000 of them different: a third of a
second): plain strings go to the worker and Findings come back, no Qt object crosses
threads. A later check or `forget` makes an answer still to come stale; `finish`
checks here and now when the worker has not answered (the export never waits for it
and never goes out unchecked)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from journal_app.gui.workers import Task
from journal_app.services.identifiable import Finding, check_texts

log = logging.getLogger(__name__)

CHECK_HERE = 2000
# Each check still running, held until its answer has arrived (the dialog may be gone
# by then: a runnable freed while its thread runs it would take the app down).
_running: set[Task] = set()


class PackCheck(QObject):
    """Emits `found` with the findings of the check `start` left to the worker."""

    found = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._number = 0  # which check is the latest (a later one replaces it)
        self._input: tuple = ()
        self.pending = False  # the latest check's answer is still to come

    def start(
        self,
        texts: list[tuple[str, str]],
        people: Sequence[str],
        phrases: Sequence[str],
        titles: Sequence[str],
    ) -> list[Finding] | None:
        """The findings at once for a small pack; None for a large one (`found` gives
        them later)."""
        self._number += 1
        self._input = (texts, people, phrases, titles)
        if len(texts) <= CHECK_HERE:
            self.pending = False
            return check_texts(*self._input)
        number, given = self._number, self._input
        task = Task(lambda: (number, check_texts(*given)))
        task.setAutoDelete(False)
        task.signals.finished.connect(self._answered)
        task.signals.failed.connect(self._failed)
        for signal in (task.signals.finished, task.signals.failed):
            # Let go only after the answer's slots have run: its signals are the sender.
            signal.connect(lambda _answer: QTimer.singleShot(0, lambda: _running.discard(task)))
        _running.add(task)
        self.pending = True
        QThreadPool.globalInstance().start(task)
        return None

    def finish(self) -> list[Finding] | None:
        """The latest check's findings here and now if its answer is still to come
        (None when it is not)."""
        if not self.pending or not self._input:
            return None
        self._number += 1  # the worker's answer, when it comes, is not needed
        self.pending = False
        return check_texts(*self._input)

    def forget(self) -> None:
        """Drop the texts, and any answer still to come (on lock)."""
        self._number += 1
        self._input, self.pending = (), False

    def _answered(self, answer: tuple[int, list[Finding]]) -> None:
        number, findings = answer
        if number == self._number and self.pending:
            self.pending = False
            self.found.emit(findings)

    def _failed(self, exc: BaseException) -> None:
        log.warning("the identifying details check failed: %s", type(exc).__name__)
        findings = self.finish()
        if findings is not None:
            self.found.emit(findings)
