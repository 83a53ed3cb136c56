"""The command line: argument parsing and printing only. Errors are typed in the
core and mapped here, once, to one clear line and the documented exit codes:
0 ok, 1 error, 2 bad input or usage, 3 wrong passphrase or recovery key,
4 verify found damage or tampering."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from journal_app import __version__
from journal_app.cli_io import (
    configure_stdio,
    format_record,
    format_row,
    print_json,
    read_json,
    read_secret,
    reset_stdin_use,
)
from journal_app.domain.records import RecordType
from journal_app.domain.schema import parse_date
from journal_app.domain.text import printable
from journal_app.errors import JournalError, SchemaTampered, UsageError, WeakKdfParameters
from journal_app.logsetup import configure_logging, content_free_traceback
from journal_app.paths import default_vault_path

log = logging.getLogger(__name__)

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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
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

    p = cmd("show", "show one record")
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

    p = cmd("list", "list records, newest first")
    p.add_argument("--type", choices=[t.value for t in RecordType], help="only this type")
    p.add_argument("--from", dest="date_from", metavar="DATE", help=f"from this day, {DATE}")
    p.add_argument("--to", dest="date_to", metavar="DATE", help=f"up to this day, {DATE}")
    p.add_argument("--tag", help="only records with this tag")
    p.add_argument("--json", action="store_true", help=JSON_OUT)

    p = cmd("search", "find records containing every word (prefixes match)")
    p.add_argument("text", help="the words to find (quote several)")
    p.add_argument("--json", action="store_true", help=JSON_OUT)

    p = cmd("export", "write a supervision pack")
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
        "revision", type=_revision_number, metavar="REVISION", help="as `history` lists it"
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


# --- commands -------------------------------------------------------------------


def _vault(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_path()


def _warn_if_synced(path: Path, what: str) -> None:
    """Say so when a plain file is about to go into a folder the cloud copies."""
    from journal_app.services.synced_folders import sync_service

    service = sync_service(path)
    if service:
        print(
            f"warning: {path.parent} is a folder that {service} copies to the cloud (on a "
            f"work laptop, often your employer's account); {what} is not encrypted",
            file=sys.stderr,
        )


def _open(args: argparse.Namespace):
    from journal_app.services.integrity import check_on_unlock
    from journal_app.services.journal import Journal

    # Fails fast (no vault, or read-only media for a write) before asking for a passphrase.
    journal = Journal.open_asking(
        _vault(args),
        lambda: read_secret(args.passphrase_file, "passphrase"),
        for_writing=args.command in WRITE_COMMANDS,
    )
    report = check_on_unlock(journal)
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
    return journal


def cmd_init(args: argparse.Namespace) -> int:
    from journal_app.services.journal import Journal, calibrated_kdf, kdf_settings
    from journal_app.services.passphrase import require_acceptable

    path = _vault(args)
    if path.exists() and path.stat().st_size > 0:
        from journal_app.errors import VaultExists

        raise VaultExists(f"a vault already exists at {path}; refusing to overwrite it")
    kdf = None
    if any(v is not None for v in (args.kdf_memory, args.kdf_iterations, args.kdf_lanes)):
        try:
            kdf = kdf_settings(args.kdf_memory, args.kdf_iterations, args.kdf_lanes)
        except WeakKdfParameters as exc:
            raise UsageError(f"--kdf-memory/--kdf-iterations/--kdf-lanes: {exc.message}") from None
    passphrase = read_secret(args.passphrase_file, "passphrase", confirm=True)
    require_acceptable(passphrase)
    if kdf is None:
        print("Measuring this computer to set the key-derivation cost...", file=sys.stderr)
        kdf = calibrated_kdf()
    journal, recovery_key = Journal.create(path, passphrase, kdf)
    journal.lock()
    print(f"Created a vault at {path}.", file=sys.stderr)
    print(
        "Your recovery key is below. It is shown only this once: print it or write it "
        "down and keep it somewhere safe. It opens the journal if you forget your passphrase.",
        file=sys.stderr,
    )
    print(recovery_key)
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from journal_app.services.changes import SaveRecord, apply

    data = read_json(args.json_in)  # read and parse before unlocking: nothing to write on error
    journal = _open(args)
    try:
        print(apply(journal, SaveRecord(None, data)).value.id)
    finally:
        journal.lock()
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    journal = _open(args)
    try:
        record = journal.get(args.id)
        print_json(record.to_dict()) if args.json else print(format_record(record))
    finally:
        journal.lock()
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    from journal_app.services.changes import SaveRecord, apply

    changes = read_json(args.json_in)
    journal = _open(args)
    try:
        apply(journal, SaveRecord(args.id, changes))
    finally:
        journal.lock()
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from journal_app.services.changes import MoveToTrash, apply

    journal = _open(args)
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
                f"moved {args.id} to the trash; 'psw-journal restore-record {args.id}' "
                "brings it back, 'psw-journal empty-trash' deletes it for good",
                file=sys.stderr,
            )
    finally:
        journal.lock()
    return EXIT_OK


def _revision_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"REVISION must be a revision number from 'psw-journal history' (got {text!r})"
        )
    return value


def cmd_history(args: argparse.Namespace) -> int:
    journal = _open(args)
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
        print(printable(f"{v.revision:>5}  {mark:<7}  saved {saved}  {v.record.title}", False))
    return EXIT_OK


def cmd_revert(args: argparse.Namespace) -> int:
    from journal_app.services.changes import Revert, apply

    journal = _open(args)
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
    journal = _open(args)
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

    journal = _open(args)
    try:
        apply(journal, RestoreFromTrash(args.id))
        print(f"restored {args.id} from the trash", file=sys.stderr)
    finally:
        journal.lock()
    return EXIT_OK


def cmd_empty_trash(args: argparse.Namespace) -> int:
    from journal_app.services.changes import EmptyTrash, apply

    journal = _open(args)
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
    journal = _open(args)
    try:
        _print_records(journal.records(where), args.json)
    finally:
        journal.lock()
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    journal = _open(args)
    try:
        _print_records(journal.search(args.text), args.json)
    finally:
        journal.lock()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from journal_app.services.changes import ExportPack, apply
    from journal_app.services.identifiable import KIND_LABELS, check_texts
    from journal_app.services.journal import DISPLAY_NAME
    from journal_app.services.pack import PackOptions, build_pack
    from journal_app.services.supervision_log import gap_weeks
    from journal_app.services.vocabulary import identity_allow_lists

    start = parse_date(args.date_from, "--from")
    end = parse_date(args.date_to, "--to")
    if start > end:
        raise UsageError("--from is after --to")
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise UsageError(f"--out: {out} is a folder; give a file name")
    _warn_if_synced(out, "the pack")
    journal = _open(args)
    try:
        settings = journal.settings()
        options = PackOptions(
            start,
            end,
            recipient=args.recipient or "",
            worker=str(settings.get(DISPLAY_NAME, "")),
            include_wellbeing=args.include_wellbeing,
            gap_weeks=gap_weeks(settings),
        )
        pack = build_pack(journal.records(), journal.vocabulary, options)
        people, phrases = identity_allow_lists(settings, options.recipient)
        findings = check_texts(pack.document.texts(), people, phrases)
        for finding in findings:
            line = (
                f"check: {finding.where}: {KIND_LABELS[finding.kind]} "
                f'"{finding.text}" (use {finding.suggestion})'
            )
            print(printable(line, multiline=False), file=sys.stderr)
        if findings and args.strict:
            raise UsageError(
                f"{len(findings)} possible identifying detail(s) found; "
                "nothing was written (--strict)"
            )
        entry = apply(journal, ExportPack(pack, args.format, out)).value
        recorded, read_only = journal.keeps_share_history, journal.read_only
    finally:
        journal.lock()
    count = len(entry.record_ids)
    if recorded:
        where = "recorded in the share history"
    elif read_only:
        where = "not recorded in the share history: this journal is read-only"
    else:
        where = (
            "not recorded in the share history: this vault is a backup copy, "
            "which stays as it was made"
        )
    print(
        f"wrote {out} ({count} {'entry' if count == 1 else 'entries'} shared; {where})",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from journal_app.services.changes import ImportRecords, apply
    from journal_app.services.importers import parse_import
    from journal_app.services.vocabulary import load_vocabulary

    # Every entry is read and checked before the vault is even opened.
    stored = parse_import(Path(args.file), args.format, load_vocabulary())
    journal = _open(args)
    try:
        apply(journal, ImportRecords(stored))  # one transaction: all or nothing
    finally:
        journal.lock()
    skipped = getattr(stored, "skipped", [])
    if skipped:
        print(
            printable(
                f"skipped {len(skipped)} link(s) that lead out of the folder: "
                + ", ".join(skipped),
                multiline=False,
            ),
            file=sys.stderr,
        )
    if args.json:
        print_json({"imported": len(stored), "ids": [r.id for r in stored], "skipped": skipped})
    else:
        print(f"imported {len(stored)} record(s)")
    return EXIT_OK


def cmd_export_all(args: argparse.Namespace) -> int:
    from journal_app.services.export_all import export_all

    out = Path(args.out).expanduser()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"--out: {out} must be a new or empty folder")
    _warn_if_synced(out / "psw-journal", "the export")
    journal = _open(args)
    try:
        count = export_all(journal, args.format, out)
    finally:
        journal.lock()
    print(
        f"wrote {count} record(s) to {out}; these files are NOT encrypted: keep them safe "
        "or delete them when done",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    out = Path(args.out_file).expanduser()
    if out.exists():
        raise UsageError(f"{out} already exists; choose a new file name for the backup")
    journal = _open(args)
    try:
        journal.backup(out)
    finally:
        journal.lock()
    print(f"backup written to {out}", file=sys.stderr)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from journal_app.services.backup import restore_backup

    target = _vault(args)
    passphrase = read_secret(args.passphrase_file, "passphrase of the backup")
    count, problems = restore_backup(Path(args.in_file).expanduser(), target, passphrase)
    print(f"restored {count} record(s) into {target}", file=sys.stderr)
    for p in problems:
        where = f"record {p.record_id}: " if p.record_id else ""
        print(f"warning: {where}{p.message}", file=sys.stderr)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from journal_app.services.integrity import unopened_report, verify

    try:
        journal = _open(args)
    except SchemaTampered as exc:
        # The file cannot even be opened (its header table is gone, or an older
        # schema holds objects of its own and was not upgraded): that is damage found.
        # How many records and old revisions it holds is not known (null in JSON).
        return _print_verification(args, unopened_report(exc.findings))
    try:
        report = verify(journal)
    finally:
        journal.lock()
    return _print_verification(args, report)


def _print_verification(args: argparse.Namespace, report) -> int:
    """verify's output (services/integrity.py's report): exit 4 on any finding."""
    problems = report.findings
    if args.json:
        print_json(
            {
                "ok": not problems,
                "records": report.records,
                "old_revisions": report.old_revisions,
                "problems": [
                    {"record_id": p.record_id, "kind": p.kind, "message": p.message}
                    for p in problems
                ],
            }
        )
    else:
        for p in problems:
            print(f"record {p.record_id}: {p.message}" if p.record_id else p.message)
        if not problems:
            print(
                f"ok: {report.records} record(s), {report.old_revisions} earlier version(s) "
                "and the manifest check out"
            )
    return EXIT_DAMAGE if problems else EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from journal_app.services.passphrase import require_acceptable

    if args.passphrase_file == "-" and args.new_passphrase_file == "-":
        raise UsageError("the current and new passphrase cannot both come from standard input")
    new = read_secret(args.new_passphrase_file, "new passphrase")
    require_acceptable(new, "new passphrase")
    journal = _open(args)
    try:
        recovery_key = journal.change_passphrase(new)
    finally:
        journal.lock()
    older = (
        "Copies made before now (backups) still open with the passphrase and recovery key "
        "they had when they were made."
    )
    if recovery_key is None:
        print(
            "passphrase changed and the journal encrypted again under a new key; your "
            f"recovery key is unchanged. {older}",
            file=sys.stderr,
        )
        return EXIT_OK
    print(
        "passphrase changed and the journal encrypted again under a new key. This journal "
        "was set up by an earlier version (or its recovery key was changed outside the "
        "app), so the old recovery key could not be carried over: your NEW recovery key is "
        "below. It is shown only this once: print it or write it down and keep it "
        f"somewhere safe. {older}",
        file=sys.stderr,
    )
    print(recovery_key)
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from journal_app.services.journal import reset_passphrase_with_recovery_key
    from journal_app.services.passphrase import require_acceptable

    if args.recovery_key_file == "-" and args.new_passphrase_file == "-":
        raise UsageError("the recovery key and new passphrase cannot both come from standard input")
    key = read_secret(args.recovery_key_file, "recovery key")
    new = read_secret(args.new_passphrase_file, "new passphrase")
    require_acceptable(new, "new passphrase")
    reset_passphrase_with_recovery_key(_vault(args), key, new)
    print("new passphrase set; your recovery key is unchanged", file=sys.stderr)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "add": cmd_add,
    "show": cmd_show,
    "edit": cmd_edit,
    "delete": cmd_delete,
    "list": cmd_list,
    "search": cmd_search,
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


# Commands that write to the journal: they hold the journal's lock while they run
# (services/instance_lock.py), waiting this long for another writer to finish, and
# refuse a journal that cannot be written. Every other command only reads: it opens
# the vault without changing a byte of it (SECURITY.md), and works on read-only media.
WRITE_COMMANDS = frozenset(
    {
        "init",
        "add",
        "edit",
        "delete",
        "revert",
        "restore-record",
        "empty-trash",
        "import",
        "restore",
        "change-passphrase",
        "recover",
    }
)
LOCK_WAIT_SECONDS = 5.0


def _holds_lock(args: argparse.Namespace) -> bool:
    if args.command in WRITE_COMMANDS:
        return True
    if args.command != "export":
        return False
    # An export records itself in the journal's share history; not in a backup copy
    # or a journal on read-only media, which it only reads.
    from journal_app.services.journal import keeps_share_history_at

    return keeps_share_history_at(_vault(args))


def _run_command(args: argparse.Namespace) -> int:
    if not _holds_lock(args):
        return COMMANDS[args.command](args)
    from journal_app.services.instance_lock import InstanceLock

    with InstanceLock(_vault(args), kind="command line") as lock:
        lock.acquire(wait=LOCK_WAIT_SECONDS)
        return COMMANDS[args.command](args)


def _sweep_leftovers(args: argparse.Namespace) -> None:
    """Remove what killed runs left (a half-written backup or export), and name any
    unencrypted file among them that could not be removed."""
    from journal_app.services.leftovers import sweep_leftovers

    try:
        vault = _vault(args)
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
