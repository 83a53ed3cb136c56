"""The commands about evidence files attached to entries: attach, attachments,
save-attachment, detach (services/attachments.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journal_app.cli_open import open_journal
from journal_app.cli_output import print_json
from journal_app.cli_parser import EXIT_OK
from journal_app.domain.text import printable


def _read_file(path: Path) -> bytes:
    """The file to attach, read before the journal is unlocked: a file that cannot be
    read, or is too large, is refused before the passphrase is asked for."""
    from journal_app.services.attachments import read_attachment_file

    return read_attachment_file(path)


def cmd_attach(args: argparse.Namespace) -> int:
    from journal_app.services.attachment_changes import AttachBytes
    from journal_app.services.attachments import check_name
    from journal_app.services.changes import apply

    path = Path(args.file)
    data = _read_file(path)
    name = check_name(path.name)
    journal = open_journal(args)
    try:
        print(apply(journal, AttachBytes(args.id, name, data)).value.id)
    finally:
        journal.lock()
    return EXIT_OK


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def cmd_attachments(args: argparse.Namespace) -> int:
    journal = open_journal(args)
    try:
        found = journal.attachments.of_entry(args.id)
    finally:
        journal.lock()
    if args.json:
        print_json([a.to_dict() for a in found])
        return EXIT_OK
    for a in found:
        added = a.added.date().isoformat()
        print(f"{a.id}  {_size(a.size):>8}  {added}  {printable(a.name, multiline=False)}")
    return EXIT_OK


def cmd_save_attachment(args: argparse.Namespace) -> int:
    out = Path(args.out)
    journal = open_journal(args)
    try:
        journal.attachments.save_to(args.id, args.attachment_id, out)
    finally:
        journal.lock()
    print(f"wrote {out} (NOT encrypted)", file=sys.stderr)
    return EXIT_OK


def cmd_detach(args: argparse.Namespace) -> int:
    from journal_app.services.attachment_changes import Detach
    from journal_app.services.changes import apply

    journal = open_journal(args)
    try:
        attachment = apply(journal, Detach(args.id, args.attachment_id)).value
    finally:
        journal.lock()
    print(
        f"detached {attachment.id} from {args.id}; the file stays in the journal, "
        "encrypted, until the trash is emptied",
        file=sys.stderr,
    )
    return EXIT_OK
