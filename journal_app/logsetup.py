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


def configure_logging(directory: Path | None = None) -> Path | None:
    """Log to a rotating file in the user log dir; returns its path (None if unwritable)."""
    try:
        directory = ensure_private_dir(directory or log_dir())
        path = directory / LOG_FILENAME
        handler = logging.handlers.RotatingFileHandler(
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
