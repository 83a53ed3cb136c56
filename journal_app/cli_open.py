"""Opening the journal for a command: which vault, the passphrase, and the warnings
the checks on opening found (services/integrity.py), said once on standard error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journal_app.cli_io import OLDER_READING, passphrase_readings
from journal_app.errors import WrongPassphrase
from journal_app.paths import default_vault_path

# Commands that write to the journal: they hold the journal's lock while they run
# (services/instance_lock.py, see cli.py), and refuse a journal that cannot be
# written. Every other command only reads: it opens the vault without changing a byte
# of it (SECURITY.md), and works on read-only media.
WRITE_COMMANDS = frozenset(
    {
        "init",
        "add",
        "note",
        "edit",
        "delete",
        "attach",
        "detach",
        "revert",
        "restore-record",
        "empty-trash",
        "import",
        "restore",
        "change-passphrase",
        "recover",
    }
)


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_path()


def open_journal(args: argparse.Namespace):
    from journal_app.services.integrity import check_on_unlock
    from journal_app.services.journal import Journal

    readings: list[str] = []

    def ask() -> str:
        readings.extend(passphrase_readings(args.passphrase_file))
        return readings[0]

    # Fails fast (no vault, or read-only media for a write) before asking for a passphrase.
    writing = args.command in WRITE_COMMANDS
    try:
        journal = Journal.open_asking(vault_path(args), ask, for_writing=writing)
    except WrongPassphrase:
        if len(readings) < 2:
            raise
        # A passphrase set from this file before 3 December 2026 (FORMAT.md 5.1).
        journal = Journal.open_asking(vault_path(args), lambda: readings[1], for_writing=writing)
        print(OLDER_READING, file=sys.stderr)
    warn_on_open(check_on_unlock(journal))
    return journal


def unlock_store(args: argparse.Namespace):
    """The vault unlocked but not loaded into a journal (for `verify`, which reads every
    record once itself), with the same passphrase rules as `open_journal`. The caller
    closes it and says what the unlock found with `warn_on_open`."""
    from journal_app.services.integrity import open_unloaded

    readings: list[str] = []

    def ask() -> str:
        readings.extend(passphrase_readings(args.passphrase_file))
        return readings[0]

    try:
        return open_unloaded(vault_path(args), ask)
    except WrongPassphrase:
        if len(readings) < 2:
            raise
        # A passphrase set from this file before 3 December 2026 (FORMAT.md 5.1).
        store = open_unloaded(vault_path(args), lambda: readings[1])
        print(OLDER_READING, file=sys.stderr)
        return store


def warn_on_open(report) -> None:
    """What the checks on opening found (services/integrity.py's report), said once on
    standard error."""
    if report.damaged:
        print(
            f"warning: {len(report.damaged)} record(s) are damaged and quarantined; "
            "run 'psw-journal verify'",
            file=sys.stderr,
        )
    if report.changed_outside:
        print(
            f"warning: {len(report.changed_outside)} record(s) were changed outside the app "
            "(rolled back or replaced); run 'psw-journal verify'",
            file=sys.stderr,
        )
    if report.state_problems:
        print(
            "warning: the journal was changed outside the app (entries or old versions "
            "removed, or put back from an older copy); run 'psw-journal verify'",
            file=sys.stderr,
        )
    if not report.header_authentic:
        print(
            "warning: the vault's key slots were changed outside the app; run 'psw-journal verify'",
            file=sys.stderr,
        )
    if report.saving_refused:
        for p in report.schema_problems:
            print(f"warning: {p.message}", file=sys.stderr)
        print(
            "warning: nothing can be saved to this journal file until that is put right; "
            "run 'psw-journal verify' (a backup leaves out what the format does not define)",
            file=sys.stderr,
        )
