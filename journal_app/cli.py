"""The command line: argument parsing and printing only. Errors are typed in the
core and mapped here, once, to one clear line and the documented exit codes
(cli_parser.py). The commands live in cli_records.py, cli_note.py, cli_files.py and
cli_keys.py; opening the journal in cli_open.py, what is printed in cli_output.py."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from journal_app.cli_attachments import (
    cmd_attach,
    cmd_attachments,
    cmd_detach,
    cmd_save_attachment,
)
from journal_app.cli_files import (
    cmd_backup,
    cmd_export,
    cmd_export_all,
    cmd_import,
    cmd_restore,
    cmd_verify,
)
from journal_app.cli_io import configure_stdio, reset_stdin_use
from journal_app.cli_keys import cmd_change_passphrase, cmd_init, cmd_recover
from journal_app.cli_note import cmd_note
from journal_app.cli_open import WRITE_COMMANDS, vault_path
from journal_app.cli_parser import EXIT_ERROR, EXIT_OK, build_parser
from journal_app.cli_records import (
    cmd_add,
    cmd_delete,
    cmd_edit,
    cmd_empty_trash,
    cmd_history,
    cmd_list,
    cmd_restore_record,
    cmd_revert,
    cmd_search,
    cmd_show,
    cmd_trash,
)
from journal_app.errors import JournalError
from journal_app.logsetup import configure_logging, content_free_traceback

__all__ = ["build_parser", "run"]

log = logging.getLogger(__name__)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "add": cmd_add,
    "show": cmd_show,
    "edit": cmd_edit,
    "delete": cmd_delete,
    "list": cmd_list,
    "search": cmd_search,
    "note": cmd_note,
    "attach": cmd_attach,
    "attachments": cmd_attachments,
    "save-attachment": cmd_save_attachment,
    "detach": cmd_detach,
    "export": cmd_export,
    "export-all": cmd_export_all,
    "trash": cmd_trash,
    "restore-record": cmd_restore_record,
    "history": cmd_history,
    "revert": cmd_revert,
    "empty-trash": cmd_empty_trash,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "verify": cmd_verify,
    "change-passphrase": cmd_change_passphrase,
    "recover": cmd_recover,
}


# A command that writes (cli_open.WRITE_COMMANDS) holds the journal's lock while it
# runs (services/instance_lock.py), waiting this long for another writer to finish.
LOCK_WAIT_SECONDS = 5.0


def _holds_lock(args: argparse.Namespace) -> bool:
    if args.command in WRITE_COMMANDS:
        return True
    if args.command != "export":
        return False
    # An export records itself in the journal's share history; not in a backup copy
    # or a journal on read-only media, which it only reads.
    from journal_app.services.journal import keeps_share_history_at

    return keeps_share_history_at(vault_path(args))


def _run_command(args: argparse.Namespace) -> int:
    if not _holds_lock(args):
        return COMMANDS[args.command](args)
    from journal_app.services.instance_lock import InstanceLock

    with InstanceLock(vault_path(args), kind="command line") as lock:
        lock.acquire(wait=LOCK_WAIT_SECONDS)
        return COMMANDS[args.command](args)


def _sweep_leftovers(args: argparse.Namespace) -> None:
    """Remove what killed runs left (a half-written backup or export), and name any
    unencrypted file among them that could not be removed."""
    from journal_app.services.leftovers import sweep_leftovers

    try:
        vault = vault_path(args)
    except (OSError, RuntimeError):  # a path the command itself will report
        return
    for path in sweep_leftovers(vault):
        print(
            f"warning: {path} is an unfinished export that a stopped run left and that "
            "could not be removed; it is not encrypted: delete it yourself",
            file=sys.stderr,
        )


def run(argv: list[str]) -> int:
    """Parse and run one command; returns the exit code. Never lets a traceback out."""
    reset_stdin_use()
    configure_stdio()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from journal_app.gui.launch import launch_gui

        return launch_gui(args)
    log_path = configure_logging()
    _sweep_leftovers(args)
    try:
        return _run_command(args)
    except JournalError as exc:
        log.info("%s failed: %s", args.command, type(exc).__name__)
        print(f"psw-journal: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("psw-journal: interrupted; nothing half-written was kept", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: keep the user's terminal free of tracebacks
        log.error("unexpected error in %s\n%s", args.command, content_free_traceback(exc))
        where = f" (details in {log_path})" if log_path else ""
        print(f"psw-journal: unexpected error {type(exc).__name__}{where}", file=sys.stderr)
        return EXIT_ERROR
