"""SQLite's errors as SQLite raises them, for tests that inject faults: the exception
carries SQLite's result code (`sqlite_errorcode`, `sqlite_errorname`), which is what
the app reads (journal_app/disk/storage_errors.py), never the message."""

from __future__ import annotations

import sqlite3


def sqlite_error(name: str, message: str) -> sqlite3.OperationalError:
    """An OperationalError as SQLite reports result code `name` (say, "SQLITE_FULL")."""
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = getattr(sqlite3, name)  # type: ignore[attr-defined]
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


def disk_full() -> sqlite3.OperationalError:
    return sqlite_error("SQLITE_FULL", "database or disk is full")


def disk_io_error() -> sqlite3.OperationalError:
    return sqlite_error("SQLITE_IOERR", "disk I/O error")


def cannot_open() -> sqlite3.OperationalError:
    return sqlite_error("SQLITE_CANTOPEN", "unable to open database file")
