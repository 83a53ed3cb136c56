"""The commands about the journal's keys: init, change-passphrase and recover."""

from __future__ import annotations

import argparse
import sys

from journal_app.cli_io import read_secret
from journal_app.cli_open import open_journal, vault_path
from journal_app.cli_parser import EXIT_OK
from journal_app.errors import UsageError, WeakKdfParameters


def cmd_init(args: argparse.Namespace) -> int:
    from journal_app.services.journal import Journal, calibrated_kdf, kdf_settings
    from journal_app.services.passphrase import require_acceptable

    path = vault_path(args)
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


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from journal_app.services.passphrase import require_acceptable

    if args.passphrase_file == "-" and args.new_passphrase_file == "-":
        raise UsageError("the current and new passphrase cannot both come from standard input")
    new = read_secret(args.new_passphrase_file, "new passphrase")
    require_acceptable(new, "new passphrase")
    journal = open_journal(args)
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
    reset_passphrase_with_recovery_key(vault_path(args), key, new)
    print("new passphrase set; your recovery key is unchanged", file=sys.stderr)
    return EXIT_OK
