"""The app's log file for a test: written to the test's own folder at every level (the
app logs from INFO; a debug line must hold no journal text either), and searched for
marker text typed into titles, bodies, file names and template prompts (STYLE.md:
never log journal text, titles, tags or passphrases)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from journal_app.logsetup import configure_logging

MARK = "Zq7Mark"  # every marker holds it; the search ignores case


def marker(what: str) -> str:
    return f"{MARK}-{what}"


def configure_every_level(folder: Path) -> Path:
    """configure_logging(folder), with the app's logger let through at DEBUG."""
    path = configure_logging(folder)
    assert path is not None, "the test's log folder cannot be written"
    logging.getLogger("journal_app").setLevel(logging.DEBUG)
    return path


@contextmanager
def app_log(folder: Path) -> Iterator[Path]:
    """The app's log in `folder` for the block; the logger is put back afterwards."""
    logger = logging.getLogger("journal_app")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    try:
        yield configure_every_level(folder)
    finally:
        for handler in logger.handlers:
            handler.close()
        logger.handlers[:], logger.level, logger.propagate = saved


def logged(folder: Path) -> str:
    """Every log file in `folder` (rotated ones too), as one text."""
    for handler in logging.getLogger("journal_app").handlers:
        handler.flush()
    return "\n".join(
        p.read_text("utf-8", errors="replace") for p in sorted(folder.glob("*")) if p.is_file()
    )


def marks_in(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """Each marker in `text` with the words around it, once `allowed` (what the worker
    typed on this command line, or asked to see) is taken out."""
    for shown in allowed:
        text = text.replace(shown, "")
    return [
        text[max(0, m.start() - 40) : m.end() + 40]
        for m in re.finditer(re.escape(MARK), text, re.IGNORECASE)
    ]
