"""Reading passphrases and JSON input, and printing records, for the CLI."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path
from typing import Any

from journal_app.domain.records import Record
from journal_app.errors import UsageError

_stdin_used_for: str | None = None


def _read_stdin(purpose: str) -> str:
    global _stdin_used_for
    if _stdin_used_for is not None:
        raise UsageError(
            f"standard input is already used for the {_stdin_used_for}; "
            f"give the {purpose} in a file"
        )
    _stdin_used_for = purpose
    return sys.stdin.read()


def reset_stdin_use() -> None:
    global _stdin_used_for
    _stdin_used_for = None


def read_text_source(source: str, purpose: str) -> str:
    """The text of FILE, or of standard input when FILE is '-'."""
    if source == "-":
        return _read_stdin(purpose)
    try:
        return Path(source).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{purpose}: no such file {source}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{purpose}: {source} is not UTF-8 text") from None
    except OSError as exc:
        raise UsageError(f"{purpose}: cannot read {source} ({exc.strerror})") from None


def read_secret(source: str | None, purpose: str, confirm: bool = False) -> str:
    """A passphrase or key from FILE/'-' (first line), or typed without echo."""
    if source is not None:
        text = read_text_source(source, purpose)
        secret = text.splitlines()[0] if text.splitlines() else ""
        if not secret:
            raise UsageError(f"{purpose}: the file is empty")
        return secret
    if not sys.stdin.isatty():
        raise UsageError(
            f"no {purpose} given and there is no terminal to ask on; "
            "use --passphrase-file FILE (or - for standard input)"
        )
    secret = getpass.getpass(f"{purpose.capitalize()}: ")
    if confirm and getpass.getpass(f"{purpose.capitalize()} again: ") != secret:
        raise UsageError(f"the two {purpose}s do not match")
    if not secret:
        raise UsageError(f"{purpose}: nothing was typed")
    return secret


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


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def format_record(record: Record) -> str:
    lines = [
        f"{record.title or '(untitled)'}",
        f"  id: {record.id}",
        f"  {record.type.value}, {record.date.isoformat()}"
        f"   share: {record.share.value}"
        f"   for supervision: {'yes' if record.for_supervision else 'no'}",
    ]
    if record.tags:
        lines.append(f"  tags: {', '.join(record.tags)}")
    if record.shared_summary:
        lines += ["", "Shared summary:", _indent(record.shared_summary)]
    for name, value in record.fields.items():
        lines += ["", f"{_label(name)}:", _indent(_format_value(value))]
    return "\n".join(lines)


def _format_value(value: Any) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        if "heading" in value[0]:
            return "\n".join(f"{s['heading']}: {s['text']}" for s in value)
        return "\n".join(
            f"[{a['status']}] {a['text']}"
            + (f" (owner: {a['owner']})" if a.get("owner") else "")
            + (f" due {a['due']}" if a.get("due") else "")
            for a in value
        )
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{_label(k)}: {v}" for k, v in value.items())
    return str(value)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def format_row(record: Record) -> str:
    return f"{record.date.isoformat()}  {record.type.value:<11} {record.id}  {record.title}"
