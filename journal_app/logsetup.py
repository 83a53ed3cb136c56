"""The app's log file. Only event names, counts, ids and error types are logged:
never journal text, titles, tags or passphrases (see STYLE.md)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

from journal_app.paths import ensure_private_dir, log_dir

LOG_FILENAME = "psw-journal.log"


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log that the app and command-line runs share. On Windows a file
    another process has open cannot be renamed, so a rotation can fail: then this
    one keeps writing to the current file and tries again later, instead of printing
    "--- Logging error ---" and a traceback on the command line's stderr. Nothing a
    log record fails on ever reaches the user's terminal."""

    retry_after_bytes = 100_000  # how much more to write before trying again

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._next_try = 0  # file size below which no rotation is tried

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        try:
            if self.stream is not None and self.stream.tell() < self._next_try:
                return False
        except (OSError, ValueError):
            pass
        return bool(super().shouldRollover(record))

    def doRollover(self) -> None:
        try:
            super().doRollover()
            self._next_try = 0
        except OSError:
            # Another process holds the file: keep appending, try again later.
            if self.stream is None or self.stream.closed:
                self.stream = self._open()
            try:
                self._next_try = self.stream.tell() + self.retry_after_bytes
            except (OSError, ValueError):
                self._next_try = self.maxBytes + self.retry_after_bytes

    def handleError(self, record: logging.LogRecord) -> None:
        """A log line that cannot be written is dropped, silently (see the class)."""


def configure_logging(directory: Path | None = None) -> Path | None:
    """Log to a rotating file in the user log dir; returns its path (None if unwritable)."""
    try:
        directory = ensure_private_dir(directory or log_dir())
        path = directory / LOG_FILENAME
        handler = SharedRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        if os.name == "posix" and path.exists():
            os.chmod(path, 0o600)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("journal_app")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False
    return path


def content_free_traceback(exc: BaseException) -> str:
    """The traceback of `exc` with exception messages removed: a message may quote
    the data being processed, the frames (file, line, function) cannot."""
    lines = []
    for item in traceback.extract_tb(exc.__traceback__):
        lines.append(f'  File "{item.filename}", line {item.lineno}, in {item.name}')
    lines.append(f"{type(exc).__module__}.{type(exc).__qualname__}")
    return "Traceback (most recent call last):\n" + "\n".join(lines)
