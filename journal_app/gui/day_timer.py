"""A signal when the day changes, so views that say "today" (the Today home, the
supervision reminder) move on at midnight without waiting for a change."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

# A little past midnight: a timer may fire a few milliseconds early.
_PAST_MIDNIGHT_MS = 2000


def ms_until_next_day(now: datetime) -> int:
    """Milliseconds from `now` to just after the next midnight (local time)."""
    tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return int((tomorrow - now).total_seconds() * 1000) + _PAST_MIDNIGHT_MS


class DayTimer(QObject):
    """`start()` while the journal is open, `stop()` on lock; `new_day` at each midnight."""

    new_day = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may fire up to 5% early: an hour before midnight, for a day.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._midnight)
        self._day = date.today()

    @property
    def is_active(self) -> bool:
        return self._timer.isActive()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def start(self, now: datetime | None = None) -> None:
        now = now or datetime.now()
        self._day = now.date()
        self._timer.start(ms_until_next_day(now))

    def catch_up(self, now: datetime | None = None) -> None:
        """A timer does not count time asleep: after a suspend past midnight it fires
        late. Called when the window comes back to the front, this says so at once."""
        now = now or datetime.now()
        if self._timer.isActive() and now.date() != self._day:
            self.start(now)
            self.new_day.emit()

    def stop(self) -> None:
        self._timer.stop()

    def _midnight(self) -> None:
        self.start()
        self.new_day.emit()
