"""The log file the app and command-line runs share: a rotation that Windows refuses
(another process has the file open) is tried again later, and nothing is printed on
the user's terminal."""

from __future__ import annotations

import logging

from journal_app.logsetup import SharedRotatingFileHandler


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger("journal_app.test_shared_log")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger


def test_a_rotation_refused_by_windows_keeps_logging_quietly(windows_rules, tmp_path, capsys):
    path = tmp_path / "psw-journal.log"
    handler = SharedRotatingFileHandler(path, maxBytes=200, backupCount=2, encoding="utf-8")
    handler.retry_after_bytes = 300
    logger = _logger(handler)
    try:
        with windows_rules.hold(path):  # the app, in another process, has it open
            for n in range(20):
                logger.info("event %02d happened", n)
        assert ("rename", "psw-journal.log") in windows_rules.refused
        _, err = capsys.readouterr()
        assert err == ""  # no "--- Logging error ---", no traceback
        text = path.read_text("utf-8")
        assert all(f"event {n:02d}" in text for n in range(20))  # nothing dropped
        for n in range(20, 40):  # let go: rotation works again
            logger.info("event %02d happened", n)
        assert (tmp_path / "psw-journal.log.1").exists()
    finally:
        handler.close()


def test_a_line_that_cannot_be_written_is_dropped_silently(tmp_path, capsys):
    handler = SharedRotatingFileHandler(tmp_path / "x.log", encoding="utf-8")
    logger = _logger(handler)
    try:
        logger.info("a %d format that fails", "not a number")
        _, err = capsys.readouterr()
        assert err == ""
    finally:
        handler.close()
