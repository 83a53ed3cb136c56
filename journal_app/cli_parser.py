"""The command line's contract (PRODUCT.md): its commands, options and help, and the
documented exit codes: 0 ok, 1 error, 2 bad input or usage, 3 wrong passphrase or
recovery key, 4 verify found damage or tampering."""

from __future__ import annotations

import argparse

from journal_app import __version__
from journal_app.domain.records import RecordType

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_AUTH, EXIT_DAMAGE = 0, 1, 2, 3, 4


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own exit 2, without the usage dump
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n(see '{self.prog} --help')\n")


def _global_options(suppress: bool) -> argparse.ArgumentParser:
    """Global options, accepted before or after the command."""
    default = argparse.SUPPRESS if suppress else None
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--vault",
        metavar="PATH",
        default=default,
        help="the vault file (default: in your user data folder)",
    )
    parent.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help="read the passphrase from FILE ('-' for standard input)",
    )
    return parent


DATE = "a date as YYYY-MM-DD"
RECORD_ID = "the record's id, as `list` prints it"
ATTACHMENT_ID = "the attachment's id, as `attachments` prints it"
JSON_IN = "read record JSON from FILE ('-' for standard input)"
JSON_OUT = "print a JSON list instead of text"
NEW_PASSPHRASE = "read the new passphrase from FILE ('-' for standard input)"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="psw-journal",
        parents=[_global_options(False)],
        description="PSW Journal: an encrypted reflective journal. With no command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"psw-journal {__version__}")
    parser.add_argument(
        "--tray",
        action="store_true",
        help="open the app locked, in the system tray (as it starts at login)",
    )
    sub = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        parser_class=_Parser,
        help="what to do; with none, the app opens",
    )
    common = [_global_options(True)]

    def cmd(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, parents=common, description=help_text)

    p = cmd("init", "create a new vault and print its recovery key once")
    kdf = "of the key derivation (Argon2id); without the three, measured on this computer"
    p.add_argument(
        "--kdf-memory", type=int, metavar="KIB", help=f"memory in KiB, 19456 to 1048576, {kdf}"
    )
    p.add_argument("--kdf-iterations", type=int, metavar="N", help=f"passes, 2 to 64, {kdf}")
    p.add_argument("--kdf-lanes", type=int, metavar="N", help=f"lanes, 1 to 16, {kdf}")

    p = cmd("add", "add a record from record JSON; prints its id")
    p.add_argument("--json", dest="json_in", required=True, metavar="FILE|-", help=JSON_IN)

    p = cmd("show", "show one record, its fields in words (--json: as stored)")
    p.add_argument("id", help=RECORD_ID)
    p.add_argument("--json", action="store_true", help="print the record JSON")

    p = cmd("edit", "change a record with (partial) record JSON")
    p.add_argument("id", help=RECORD_ID)
    p.add_argument(
        "--json",
        dest="json_in",
        required=True,
        metavar="FILE|-",
        help=JSON_IN + "; only the keys given change, null removes a field",
    )

    p = cmd(
        "delete",
        "move a record to the trash (restore-record brings it back; it is deleted for good "
        "after 30 days, or by empty-trash)",
    )
    p.add_argument("id", help=RECORD_ID)

    p = cmd(
        "list",
        "list records, newest first: date, kind, share level (private, summary or full) "
        "and title, with the id on the line under each",
    )
    p.add_argument("--type", choices=[t.value for t in RecordType], help="only this type")
    p.add_argument("--from", dest="date_from", metavar="DATE", help=f"from this day, {DATE}")
    p.add_argument("--to", dest="date_to", metavar="DATE", help=f"up to this day, {DATE}")
    p.add_argument("--tag", help="only records with this tag")
    _limit_option(p, "only the newest N records (after the other filters)")
    p.add_argument("--json", action="store_true", help=JSON_OUT)

    p = cmd("search", "find records containing every word (prefixes match), newest first")
    p.add_argument("text", help="the words to find (quote several)")
    _limit_option(p, "only the newest N records found")
    p.add_argument("--json", action="store_true", help=JSON_OUT)

    p = cmd(
        "note",
        "write a quick note: a private free-text reflection dated today, titled with "
        "its first line (cut at 60 characters); prints its id",
    )
    p.add_argument(
        "text",
        nargs="+",
        metavar="TEXT",
        help="the note's words (joined with spaces), or '-' to read it from standard input",
    )
    p.add_argument(
        "--tag",
        action="append",
        metavar="T",
        help="a tag for the note (give --tag again for more)",
    )

    p = cmd("attach", "attach a file (a certificate, a letter) to a record; prints its id")
    p.add_argument("id", help=RECORD_ID)
    p.add_argument("file", help="the file to attach (20 MB at most), encrypted in the vault")

    p = cmd("attachments", "list a record's attachments: id, size, date added and file name")
    p.add_argument("id", help=RECORD_ID)
    p.add_argument("--json", action="store_true", help="print a JSON list (id, name, size, added)")

    p = cmd("save-attachment", "write one of a record's attachments to a file (NOT encrypted)")
    p.add_argument("id", help=RECORD_ID)
    p.add_argument("attachment_id", metavar="ATT_ID", help=ATTACHMENT_ID)
    p.add_argument(
        "--out", required=True, metavar="FILE", help="a new file to write (never overwritten)"
    )

    p = cmd(
        "detach",
        "take an attachment off a record (it is kept, encrypted, until the trash is emptied)",
    )
    p.add_argument("id", help=RECORD_ID)
    p.add_argument("attachment_id", metavar="ATT_ID", help=ATTACHMENT_ID)

    p = cmd("export", "write a supervision pack (the file is NOT encrypted)")
    p.add_argument(
        "--from", dest="date_from", required=True, metavar="DATE", help=f"first day, {DATE}"
    )
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help=f"last day, {DATE}")
    p.add_argument(
        "--format", required=True, choices=["pdf", "odt", "html", "md"], help="the file type"
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write (NOT encrypted)")
    p.add_argument("--recipient", metavar="NAME", help="who it is for (kept in the share history)")
    p.add_argument(
        "--include-wellbeing",
        action="store_true",
        help="add the wellbeing chart of the check-ins you shared",
    )
    p.add_argument(
        "--include-wellness-plan",
        action="store_true",
        help="let your Wellness Action Plan in at its share level (left out otherwise)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="write nothing if a name or detail that may identify someone is found",
    )

    p = cmd("history", "list a record's versions, newest first (the current one, then older)")
    p.add_argument("id", help=RECORD_ID)
    p.add_argument("--json", action="store_true", help=JSON_OUT)

    p = cmd("revert", "make an earlier version of a record the current one again")
    p.add_argument("id", help=RECORD_ID)
    p.add_argument(
        "revision", type=revision_number, metavar="REVISION", help="as `history` lists it"
    )

    p = cmd("trash", "list the records in the trash (deleted, not yet purged)")
    p.add_argument("--json", action="store_true", help=JSON_OUT)

    p = cmd("restore-record", "bring a record back from the trash")
    p.add_argument("id", help="the record's id, as `trash` lists it")

    cmd("empty-trash", "delete every record in the trash for good")

    p = cmd(
        "export-all",
        "write the whole journal as plain JSON or Markdown files (NOT encrypted)",
    )
    p.add_argument("--format", required=True, choices=["json", "markdown"], help="the files' type")
    p.add_argument("--out", required=True, metavar="DIR", help="a new or empty folder")

    p = cmd("import", "import a jrnl JSON export, Markdown notes or a Day One JSON export")
    p.add_argument("file", help="the export file (a folder of notes for markdown)")
    p.add_argument(
        "--format",
        required=True,
        choices=["jrnl-json", "markdown", "dayone-json"],
        help="what made the file",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")

    p = cmd("backup", "write a consistent encrypted copy of the vault")
    p.add_argument("out_file", help="the backup file to write (in an existing folder)")

    p = cmd("restore", "restore a backup into an empty vault path")
    p.add_argument("in_file", help="the backup file")

    p = cmd("verify", "check every record and the manifest")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = cmd(
        "change-passphrase",
        "change the passphrase and encrypt everything again under a new key (the recovery "
        "key stays valid, or a new one is printed)",
    )
    p.add_argument("--new-passphrase-file", required=True, metavar="FILE", help=NEW_PASSPHRASE)

    p = cmd("recover", "set a new passphrase using the recovery key")
    p.add_argument(
        "--recovery-key-file",
        required=True,
        metavar="FILE",
        help="read the recovery key from FILE ('-' for standard input)",
    )
    p.add_argument("--new-passphrase-file", required=True, metavar="FILE", help=NEW_PASSPHRASE)
    return parser


def _limit_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument(
        "-n", "--limit", type=limit_number, metavar="N", help=f"{help_text}; N from 1 up"
    )


def limit_number(text: str) -> int:
    """-n/--limit's value: a whole number of 1 or more, written in the digits 0-9 only
    (int() would also take ' 3', '1_0', '+3' and other scripts' digits)."""
    if text.isascii() and text.isdigit() and int(text) >= 1:
        return int(text)
    raise argparse.ArgumentTypeError(
        f"N must be a whole number of 1 or more, such as 10 (got {text!r})"
    )


def revision_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"REVISION must be a revision number from 'psw-journal history' (got {text!r})"
        )
    return value
