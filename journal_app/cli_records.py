"""The commands about records: add, show, edit, delete, list, search, history,
revert, and the trash (trash, restore-record, empty-trash)."""

from __future__ import annotations

import argparse
import sys

from journal_app.cli_io import read_json
from journal_app.cli_open import open_journal
from journal_app.cli_output import format_record, format_row, print_json
from journal_app.cli_parser import EXIT_OK
from journal_app.domain.record_name import record_name
from journal_app.domain.records import RecordType
from journal_app.domain.schema import parse_date
from journal_app.domain.text import printable
from journal_app.errors import UsageError


def cmd_add(args: argparse.Namespace) -> int:
    from journal_app.services.changes import SaveRecord, apply

    data = read_json(args.json_in)  # read and parse before unlocking: nothing to write on error
    journal = open_journal(args)
    try:
        print(apply(journal, SaveRecord(None, data)).value.id)
    finally:
        journal.lock()
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    try:
        record = journal.get(args.id)
        print_json(record.to_dict()) if args.json else print(
            format_record(record, journal.vocabulary)
        )
    finally:
        journal.lock()
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    from journal_app.services.changes import SaveRecord, apply

    changes = read_json(args.json_in)
    journal = open_journal(args)
    try:
        apply(journal, SaveRecord(args.id, changes))
    finally:
        journal.lock()
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from journal_app.services.changes import MoveToTrash, apply
    from journal_app.services.trash import TRASH_DAYS

    journal = open_journal(args)
    try:
        was_damaged = args.id in journal.damaged
        if apply(journal, MoveToTrash(args.id)).value is None:  # damaged, unreadable: gone
            print(f"deleted {args.id}", file=sys.stderr)
        else:
            if was_damaged:
                print(
                    f"{args.id} was damaged; its last good version is what went to the trash",
                    file=sys.stderr,
                )
            print(
                f"moved {args.id} to the trash, where it is kept for {TRASH_DAYS} days; "
                f"'psw-journal restore-record {args.id}' brings it back, 'psw-journal "
                "empty-trash' deletes it for good",
                file=sys.stderr,
            )
    finally:
        journal.lock()
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    try:
        versions = journal.history(args.id)
    finally:
        journal.lock()
    if args.json:
        print_json(
            [
                {
                    "revision": v.revision,
                    "current": v.current,
                    "damaged": v.record is None,
                    "record": v.record.to_dict() if v.record is not None else None,
                }
                for v in versions
            ]
        )
        return EXIT_OK
    for v in versions:
        if v.record is None:
            print(f"{v.revision:>5}  damaged: this old version cannot be read")
            continue
        saved = v.record.updated.astimezone().strftime("%Y-%m-%d %H:%M")
        mark = "current" if v.current else ""
        name = record_name(v.record)
        print(printable(f"{v.revision:>5}  {mark:<7}  saved {saved}  {name}", False))
    return EXIT_OK


def cmd_revert(args: argparse.Namespace) -> int:
    from journal_app.services.changes import Revert, apply

    journal = open_journal(args)
    try:
        apply(journal, Revert(args.id, args.revision))
    finally:
        journal.lock()
    print(
        f"record {args.id} now holds the text of revision {args.revision} again, saved as a "
        f"new revision; the version it replaced is kept ('psw-journal history {args.id}')",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_trash(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    try:
        records = journal.trash()
        if args.json:
            print_json([r.to_dict() for r in records])
        else:
            for record in records:
                print(format_row(record))
    finally:
        journal.lock()
    return EXIT_OK


def cmd_restore_record(args: argparse.Namespace) -> int:
    from journal_app.services.changes import RestoreFromTrash, apply

    journal = open_journal(args)
    try:
        apply(journal, RestoreFromTrash(args.id))
        print(f"restored {args.id} from the trash", file=sys.stderr)
    finally:
        journal.lock()
    return EXIT_OK


def cmd_empty_trash(args: argparse.Namespace) -> int:
    from journal_app.services.changes import EmptyTrash, apply

    journal = open_journal(args)
    try:
        count = apply(journal, EmptyTrash()).value
    finally:
        journal.lock()
    print(
        f"deleted {count} record(s) from the trash for good; backups made before now "
        "still hold them (encrypted)",
        file=sys.stderr,
    )
    return EXIT_OK


def _filter(args: argparse.Namespace):
    from journal_app.services.journal import RecordFilter

    return RecordFilter(
        type=RecordType(args.type) if args.type else None,
        date_from=parse_date(args.date_from, "--from") if args.date_from else None,
        date_to=parse_date(args.date_to, "--to") if args.date_to else None,
        tag=args.tag,
    )


def _print_records(records, as_json: bool) -> None:
    if as_json:
        print_json([r.to_dict() for r in records])
    else:
        for record in records:
            print(format_row(record))


def cmd_list(args: argparse.Namespace) -> int:
    where = _filter(args)
    if where.date_from and where.date_to and where.date_from > where.date_to:
        raise UsageError("--from is after --to")
    journal = open_journal(args)
    try:
        _print_records(journal.records(where, args.limit), args.json)
    finally:
        journal.lock()
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    try:
        _print_records(journal.search(args.text, limit=args.limit), args.json)
    finally:
        journal.lock()
    return EXIT_OK
