"""The reminders' clock: one single-shot timer set for the next due time
(services/reminders.py says when that is and what is due), never a poll every few
seconds. It runs while the app does, locked or not.

A timer does not count time the machine spends asleep, so after a sleep it fires
late. `check()` is called again when the system says it woke (gui/system_lock.py),
when the journal unlocks and when the app comes to the front; and no wait is longer
than an hour, so where no wake is heard (macOS) a reminder comes at most an hour late."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from journal_app.gui.settings import AppSettings
from journal_app.services.reminders import JournalFacts, due_now, next_wake

log = logging.getLogger(__name__)

LONGEST_WAIT_MS = 60 * 60 * 1000
_PAST_DUE_MS = 1000  # a timer may fire a little early: wake just after the due time


class ReminderTimer(QObject):
    """Emits `remind(Reminder)` once for each reminder that comes due."""

    remind = Signal(object)

    def __init__(
        self,
        settings: AppSettings,
        facts: Callable[[], JournalFacts | None],
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._facts = facts
        self._clock = clock
        self._shown: set[str] = set()  # keys of the reminders shown by this run
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check)

    @property
    def is_active(self) -> bool:
        return self._timer.isActive()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def check(self) -> None:
        """Show what is due now (each once), then sleep until the next due time."""
        now = self._clock()
        settings = self._settings.reminders
        if settings.any_on:
            try:
                facts = self._facts()
            except Exception as exc:  # a reminder is never worth a crash dialog
                log.warning("reminders could not read the journal: %s", type(exc).__name__)
                facts = None
            for reminder in due_now(settings, now, facts, self._shown):
                self._shown.add(reminder.key)
                log.info("reminder due: %s", reminder.kind.value)
                self.remind.emit(reminder)
        wake = next_wake(settings, now)
        if wake is None:
            self._timer.stop()
            return
        wait = int((wake - now).total_seconds() * 1000) + _PAST_DUE_MS
        self._timer.start(max(0, min(wait, LONGEST_WAIT_MS)))

    def stop(self) -> None:
        self._timer.stop()
