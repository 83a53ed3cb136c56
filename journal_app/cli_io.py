"""Reading passphrases and JSON input for the CLI (what it prints: cli_output.py)."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path
from typing import Any

from journal_app.errors import UsageError

_stdin_used_for: str | None = None


def _read_stdin(purpose: str, keep_bom: bool = False) -> str:
    global _stdin_used_for
    if _stdin_used_for is not None:
        raise UsageError(
            f"standard input is already used for the {_stdin_used_for}; "
            f"give the {purpose} in a file"
        )
    _stdin_used_for = purpose
    # Bytes, decoded as UTF-8: on Windows a pipe would otherwise be read in the ANSI
    # code page (cp1252), turning "café" typed into a UTF-8 file into "cafÃ©".
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # replaced by a test or an embedding program: already text
        return sys.stdin.read()
    return decode_utf8(stream.read(), f"{purpose} on standard input", keep_bom)


def decode_utf8(data: bytes, what: str, keep_bom: bool = False) -> str:
    """UTF-8 text, with or without the byte-order mark Windows editors write (dropped
    unless `keep_bom`)."""
    try:
        return data.decode("utf-8" if keep_bom else "utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{what} is not UTF-8 text") from None


def configure_stdio() -> None:
    """Write UTF-8 to pipes and files on every platform (Windows would use the ANSI
    code page and fail on any character outside it), and never fail on a console
    that cannot show a character: it is replaced instead."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            if stream.isatty():
                reconfigure(errors="replace")
            elif (stream.encoding or "").lower().replace("-", "") != "utf8":
                reconfigure(encoding="utf-8")
        except (OSError, ValueError):
            pass  # a closed or unusual stream: leave it as it is


def reset_stdin_use() -> None:
    global _stdin_used_for
    _stdin_used_for = None


def read_text_source(source: str, purpose: str, keep_bom: bool = False) -> str:
    """The text of FILE, or of standard input when FILE is '-'."""
    if source == "-":
        return _read_stdin(purpose, keep_bom)
    try:
        data = Path(source).read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{purpose}: no such file {source}") from None
    except OSError as exc:
        raise UsageError(f"{purpose}: cannot read {source} ({exc.strerror})") from None
    return decode_utf8(data, f"{purpose}: {source}", keep_bom)


def read_secret(source: str | None, purpose: str, confirm: bool = False) -> str:
    """A passphrase or key from FILE/'-' (first line), or typed without echo."""
    if source is not None:
        return first_line(read_text_source(source, purpose), purpose, source)
    if not sys.stdin.isatty():
        raise UsageError(
            f"no {purpose} given and there is no terminal to ask on; "
            "use --passphrase-file FILE (or - for standard input)"
        )
    try:
        secret = getpass.getpass(f"{purpose.capitalize()}: ")
        if confirm and getpass.getpass(f"{purpose.capitalize()} again: ") != secret:
            raise UsageError(f"the two {purpose}s do not match")
    except EOFError:  # Ctrl+D (Ctrl+Z then Enter on Windows) at the prompt
        print(file=sys.stderr)
        raise UsageError(f"no {purpose} was typed; nothing was done") from None
    if not secret:
        raise UsageError(f"{purpose}: nothing was typed")
    return secret


def first_line(text: str, purpose: str, source: str = "-") -> str:
    """The secret in a file: everything before the first LF or CRLF (a UTF-8 BOM is
    already gone). Other characters, spaces and tabs included, are the secret's own:
    a passphrase may hold any of them, so only the two line ends people's editors
    write are taken away. A blank first line is refused, never skipped."""
    line = text.split("\n", 1)[0].removesuffix("\r")
    if not line:
        where = "standard input" if source == "-" else source
        raise UsageError(
            f"{purpose}: {where} is empty"
            if not text.strip("\r\n")
            else f"{purpose}: the first line of {where} is empty (nothing after it is read)"
        )
    return line


def passphrase_readings(source: str | None, purpose: str = "passphrase") -> tuple[str, ...]:
    """The passphrase to open a journal with (read_secret), then, if it differs, the
    one the command line read from the same file before 3 December 2026: a byte-order
    mark kept as the first character, and the line ended at any break Python's
    str.splitlines() knows (a lone CR, a form feed, U+2028...). A journal whose
    passphrase was set from such a file then still opens (FORMAT.md section 5.1)."""
    if source is None:
        return (read_secret(None, purpose),)
    text = read_text_source(source, purpose, keep_bom=True)
    line = first_line(text.removeprefix("\ufeff"), purpose, source)
    lines = text.splitlines()
    older = lines[0] if lines else ""
    return (line, older) if older and older != line else (line,)


OLDER_READING = (
    "note: the passphrase file opened this journal only as versions before "
    "3 December 2026 read it (a byte-order mark kept, or the line ended at a break "
    "other than LF or CRLF); to type it in the app, or to read the file as now, set it "
    "again with 'psw-journal change-passphrase'"
)


def read_json(source: str, purpose: str = "record JSON") -> Any:
    text = read_text_source(source, purpose)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"{purpose}: not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})"
        ) from None
    except RecursionError:
        raise UsageError(f"{purpose}: JSON is nested too deeply") from None
    except ValueError:  # e.g. an integer with thousands of digits
        raise UsageError(f"{purpose}: JSON holds a value too large to read") from None
