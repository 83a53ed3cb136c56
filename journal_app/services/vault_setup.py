"""What is done with a vault file without an open journal: key-derivation settings for
a new vault, a passphrase reset with the recovery key, and whether a file will keep a
share history before it is opened."""

from __future__ import annotations

import logging
from pathlib import Path

from journal_app.errors import WeakKdfParameters
from journal_app.vault import crypto
from journal_app.vault.crypto import KdfParams
from journal_app.vault.store import VaultStore, can_write, in_wal_mode

log = logging.getLogger(__name__)


def kdf_settings(
    memory_kib: int | None = None, iterations: int | None = None, lanes: int | None = None
) -> KdfParams:
    """Key-derivation settings from what was given, the defaults for the rest, checked
    against the floor and ceiling (WeakKdfParameters names the problem)."""
    kdf = KdfParams(
        crypto.DEFAULT_MEMORY_KIB if memory_kib is None else memory_kib,
        crypto.DEFAULT_ITERATIONS if iterations is None else iterations,
        crypto.DEFAULT_LANES if lanes is None else lanes,
    )
    kdf.check()
    return kdf


def calibrated_kdf() -> KdfParams:
    """Settings for a new vault, measured on this computer (about half a second)."""
    return crypto.calibrate()


def keeps_share_history_at(path: Path) -> bool:
    """Journal.keeps_share_history, asked of a vault file before it is opened: the
    command line's export takes the journal's lock only when it will write to it."""
    return in_wal_mode(path) and can_write(path)


def unexpected_recovery_character(text: str) -> tuple[int, str] | None:
    """The first typed character a recovery key cannot hold, as (position from 1, the
    character); None when every one is an ASCII letter, a digit or a separator."""
    return crypto.unexpected_recovery_character(text)


def reset_passphrase_with_recovery_key(path: Path, recovery_key: str, new_passphrase: str) -> None:
    """Set a new passphrase using the recovery key. If the header's KDF settings are
    damaged (the likely reason the passphrase failed), new ones are measured."""
    store = VaultStore.open(path)
    try:
        store.require_writable()
        store.unlock_with_recovery_key(recovery_key)
        try:
            kdf = store.header.kdf
            kdf.check()
        except WeakKdfParameters:
            kdf = crypto.calibrate()
        store.rekey(new_passphrase, kdf)  # the recovery key opened it: it stays valid
    finally:
        store.close()
    log.info("passphrase reset with the recovery key")
