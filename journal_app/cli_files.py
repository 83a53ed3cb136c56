"""The commands about files: export (a supervision pack), export-all, import,
backup, restore and verify."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journal_app.cli_io import OLDER_READING, passphrase_readings
from journal_app.cli_open import open_journal, unlock_store, vault_path, warn_on_open
from journal_app.cli_output import print_json, warn_if_synced, warn_not_encrypted
from journal_app.cli_parser import EXIT_DAMAGE, EXIT_OK
from journal_app.domain.schema import parse_date
from journal_app.domain.text import printable
from journal_app.errors import SchemaTampered, UsageError, WrongPassphrase


def cmd_export(args: argparse.Namespace) -> int:
    from journal_app.services.changes import ExportPack, apply
    from journal_app.services.identifiable import KIND_LABELS, check_texts, course_titles
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
    warn_if_synced(out, "the pack")
    journal = open_journal(args)
    try:
        settings = journal.settings()
        options = PackOptions(
            start,
            end,
            recipient=args.recipient or "",
            worker=str(settings.get(DISPLAY_NAME, "")),
            include_wellbeing=args.include_wellbeing,
            include_wellness_plan=args.include_wellness_plan,
            gap_weeks=gap_weeks(settings),
        )
        names = journal.attachments.names()
        records = journal.records()
        pack = build_pack(records, journal.vocabulary, options, names)
        people, phrases = identity_allow_lists(settings, options.recipient)
        findings = check_texts(pack.document.texts(), people, phrases, course_titles(records))
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
    warn_not_encrypted(f"{out} is", "it")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from journal_app.services.changes import ImportRecords, apply
    from journal_app.services.importers import parse_import
    from journal_app.services.importers.already_imported import leave_out_known
    from journal_app.services.vocabulary import load_vocabulary

    # Every entry is read and checked before the vault is even opened.
    parsed = parse_import(Path(args.file), args.format, load_vocabulary())
    journal = open_journal(args)
    try:
        stored, already = leave_out_known(journal, parsed)  # imported before: left out
        apply(journal, ImportRecords(stored))  # one transaction: all or nothing
    finally:
        journal.lock()
    if parsed.skipped:
        print(
            printable(
                f"skipped {len(parsed.skipped)} link(s) that lead out of the folder: "
                + ", ".join(parsed.skipped),
                multiline=False,
            ),
            file=sys.stderr,
        )
    if args.json:
        print_json(
            {
                "imported": len(stored),
                "ids": [r.id for r in stored],
                "skipped": parsed.skipped,
                "already_in_journal": already,
            }
        )
    else:
        print(import_summary(len(stored), already))
    return EXIT_OK


def import_summary(imported: int, already: int) -> str:
    """'Imported 3 entries; 12 were already in the journal and were skipped'."""
    said = f"Imported {imported} {'entry' if imported == 1 else 'entries'}"
    if already:
        were = "was" if already == 1 else "were"
        said += f"; {already} {were} already in the journal and {were} skipped"
    return said


def cmd_export_all(args: argparse.Namespace) -> int:
    from journal_app.services.export_all import export_all

    out = Path(args.out).expanduser()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"--out: {out} must be a new or empty folder")
    warn_if_synced(out / "psw-journal", "the export")
    journal = open_journal(args)
    try:
        count = export_all(journal, args.format, out)
    finally:
        journal.lock()
    print(f"wrote {count} record(s) to {out}", file=sys.stderr)
    warn_not_encrypted(f"the files in {out} are", "them")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    out = Path(args.out_file).expanduser()
    if out.exists():
        raise UsageError(f"{out} already exists; choose a new file name for the backup")
    journal = open_journal(args)
    try:
        journal.backup(out)
    finally:
        journal.lock()
    print(f"backup written to {out}", file=sys.stderr)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from journal_app.services.backup import restore_backup

    target = vault_path(args)
    readings = passphrase_readings(args.passphrase_file, "passphrase of the backup")
    backup = Path(args.in_file).expanduser()
    try:
        count, problems = restore_backup(backup, target, readings[0])
    except WrongPassphrase:
        if len(readings) < 2:
            raise
        # A passphrase set from this file before 3 December 2026 (FORMAT.md 5.1).
        count, problems = restore_backup(backup, target, readings[1])
        print(OLDER_READING, file=sys.stderr)
    print(f"restored {count} record(s) into {target}", file=sys.stderr)
    for p in problems:
        where = f"record {p.record_id}: " if p.record_id else ""
        print(f"warning: {where}{p.message}", file=sys.stderr)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from journal_app.services.integrity import unopened_report, verify_unloaded

    try:
        store = unlock_store(args)
    except SchemaTampered as exc:
        # The file cannot even be opened (its header table is gone, or an older
        # schema holds objects of its own and was not upgraded): that is damage found.
        # How many records and old revisions it holds is not known (null in JSON).
        return _print_verification(args, unopened_report(exc.findings))
    # No journal is loaded first: one pass reads each record once, checks it as the
    # unlock and the full check both do, and forgets it (services/integrity.py).
    try:
        unlock, report = verify_unloaded(store)
    finally:
        store.close()
    warn_on_open(unlock)
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
