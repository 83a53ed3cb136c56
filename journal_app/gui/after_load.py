"""Work that reads the whole journal, held until the unlock's decoding ends.

The app unlocks with Journal.open(..., background=True): the window opens once every
record is decrypted, while a worker decodes them; every read meanwhile waits for it.
What the UI thread would run then (the side views, the old trash's purge) waits here
instead, and the window answers keys and clicks until it runs."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from journal_app.errors import JournalError

log = logging.getLogger(__name__)

# How often the UI thread looks whether the decoding is done.
POLL_MS = 20


def _run(fn: Callable[[], None]) -> None:
    try:
        fn()
    except JournalError as exc:  # one that cannot be done stops no other
        log.warning("after the unlock: %s", type(exc).__name__)


class AfterLoad(QObject):
    """Calls waiting for the open journal's decoding, run in the order they came.
    `loading()` says whether it goes on (None: the journal is locked)."""

    def __init__(self, loading: Callable[[], bool | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loading = loading
        self._waiting: list[Callable[[], None]] = []
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look)

    def call(self, fn: Callable[[], None]) -> None:
        """`fn` once the records are all decoded: at once when they are; never when
        the journal is locked (or locks first: see `clear`)."""
        loading = self._loading()
        if loading is None:
            return
        if not loading and not self._waiting:
            _run(fn)
            return
        self._waiting.append(fn)
        self._poll.start()

    def clear(self) -> None:
        """The journal locks: nothing waiting runs."""
        self._poll.stop()
        self._waiting = []

    def _look(self) -> None:
        loading = self._loading()
        if loading:
            return
        self._poll.stop()
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            if self._loading() is not False:
                return  # locked meanwhile (by one of them, say)
            _run(fn)
