"""The keys: the master key and the keys derived from it, the header's slots that
wrap it (under the passphrase, and for the recovery key, whose box the master key is
sealed to), opening them, and the check that a key is the one the entries were
written under (a header copied in from an older copy of the file opens, but is not)."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import struct
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace

from journal_app.errors import (
    KeysChanged,
    StaleHeader,
    VaultCorrupt,
    VaultLocked,
    WrongPassphrase,
    WrongRecoveryKey,
)
from journal_app.vault import crypto
from journal_app.vault.crypto import DecryptionFailed, KdfParams, RecordCipher
from journal_app.vault.header import (
    FORMAT_VERSION,
    HEADER_COLUMNS,
    VAULT_ID_BYTES,
    Header,
    header_from_row,
)
from journal_app.vault.manifest import (
    blob_sql,
    decode_id,
    id_sql,
    macs_equal,
    read_state_row,
    record_aad,
    sqlite_reason,
    state_authentic,
)

log = logging.getLogger(__name__)

FIT_SAMPLE = 64  # rows decrypted at each unlock to tell the key fits (key_fits)
FIT_SMALL = 4  # fewer rows than this: the state row's MAC may decide


@dataclass
class Keys:
    """Keys that exist only while the vault is unlocked."""

    master: bytes
    records: RecordCipher
    manifest: bytes
    header: bytes


def keys_for(master: bytes) -> Keys:
    return Keys(
        master=master,
        records=RecordCipher(crypto.subkey(master, "records")),
        manifest=crypto.subkey(master, "manifest"),
        header=crypto.subkey(master, "header"),
    )


def read_header_row(conn: sqlite3.Connection) -> tuple | None:
    """The header row, with the columns the file's schema has (a copy from before
    schema 3, read without migrating it, lacks the recovery box's two)."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(vault_header)")}
    names = [c.strip() for c in HEADER_COLUMNS.split(",") if c.strip() in have]
    return conn.execute(f"SELECT {', '.join(names)} FROM vault_header WHERE id = 1").fetchone()


def is_count(value: object) -> bool:
    """A revision or a count as the format stores them: a whole number, 0 to 2**63."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


def with_passphrase(header: Header, passphrase: str, kdf: KdfParams, master: bytes) -> Header:
    """`header` with a new salt and KDF settings, and `master` wrapped under the
    passphrase (its slot's AAD binds the settings and the salt)."""
    draft = replace(header, kdf=kdf, salt=os.urandom(crypto.SALT_BYTES))
    kek = crypto.derive_passphrase_key(passphrase, draft.salt, kdf)
    return replace(draft, passphrase_slot=crypto.wrap_key(kek, master, draft.passphrase_aad()))


def with_recovery(header: Header, master: bytes, slot_key: bytes) -> Header:
    """`header` with a new recovery key pair: its private key wrapped under `slot_key`
    (from the recovery key), and `master` sealed to its public key."""
    private, public = crypto.new_recovery_pair()
    draft = replace(header, recovery_public=public)
    draft = replace(draft, recovery_slot=crypto.wrap_key(slot_key, private, draft.recovery_aad()))
    return with_box(draft, master, crypto.recovery_auth_key(private))


def with_box(header: Header, master: bytes, auth: bytes) -> Header:
    """`header` with `master` sealed to its recovery public key, MACed under the auth
    key (so only someone who held it, the app or the recovery key, can make a box the
    recovery key accepts), and the auth key wrapped under the new master key."""
    assert header.recovery_public is not None
    sealed = crypto.seal_to(header.recovery_public, master, header.box_aad())
    return replace(
        header,
        recovery_box=sealed + crypto.keyed_mac(auth, header.box_mac_aad() + sealed),
        recovery_auth=crypto.wrap_key(
            crypto.subkey(master, "recovery-auth"), auth, header.auth_aad()
        ),
    )


def open_box(header: Header, private: bytes) -> bytes:
    """The master key from a recovery box, once its MAC proves who sealed it."""
    box = header.recovery_box or b""
    sealed, mac = box[: crypto.SEALED_BYTES], box[crypto.SEALED_BYTES :]
    auth = crypto.recovery_auth_key(private)
    if not macs_equal(mac, crypto.keyed_mac(auth, header.box_mac_aad() + sealed)):
        raise DecryptionFailed("the recovery box was not sealed by this journal")
    return crypto.open_sealed(private, sealed, header.box_aad())


def new_vault_header(passphrase: str, kdf: KdfParams) -> tuple[Header, bytes, bytes]:
    """A new vault's header (its id, the passphrase slot and the recovery key's),
    sealed; its master key; and the recovery key, raw."""
    master = os.urandom(crypto.KEY_BYTES)
    vault_id = os.urandom(VAULT_ID_BYTES)
    recovery_raw = crypto.new_recovery_key()
    blank = Header(FORMAT_VERSION, vault_id, kdf, b"", b"", b"")
    header = with_passphrase(blank, passphrase, kdf, master)
    header = with_recovery(header, master, crypto.recovery_slot_key(recovery_raw, vault_id))
    return header.sealed(crypto.subkey(master, "header")), master, recovery_raw


def header_authentic(header: Header, keys: Keys) -> bool:
    """Whether both key slots are as the app last wrote them."""
    return macs_equal(header.mac, header.compute_mac(keys.header))


def passphrase_master(header: Header, passphrase: str, kek_cache: dict | None) -> bytes:
    """The master key the passphrase slot wraps. `kek_cache`, when given, keeps each
    derived key by salt and settings (see VaultStore.unlock)."""
    header.kdf.check()
    if not header.is_intact():
        raise VaultCorrupt(
            "the vault header is damaged; open it with the recovery key or restore a backup"
        )
    cached = (header.salt, header.kdf)
    kek = None if kek_cache is None else kek_cache.get(cached)
    if kek is None:
        kek = crypto.derive_passphrase_key(passphrase, header.salt, header.kdf)
        if kek_cache is not None:
            kek_cache[cached] = kek
    try:
        return crypto.unwrap_key(kek, header.passphrase_slot, header.passphrase_aad())
    except DecryptionFailed:
        raise WrongPassphrase() from None


def recovery_master(header: Header, raw: bytes) -> bytes:
    """The master key the recovery key `raw` opens (through the box, or the older slot)."""
    try:
        if header.has_recovery_box:
            private = crypto.unwrap_key(
                crypto.recovery_slot_key(raw, header.vault_id),
                header.recovery_slot,
                header.recovery_aad(),
            )
            if not macs_equal(crypto.public_of(private), header.recovery_public or b""):
                raise DecryptionFailed("the recovery slot and its public key disagree")
            return open_box(header, private)
        return crypto.unwrap_key(
            crypto.recovery_wrapping_key(raw, header.vault_id),
            header.recovery_slot,
            header.recovery_aad(),
        )
    except DecryptionFailed:
        raise WrongRecoveryKey() from None


def recovery_auth(header: Header, keys: Keys, recovery_slot_key: bytes | None) -> bytes:
    """The recovery box's MAC key: from the recovery slot when the recovery key
    opened the vault this time, else as the app keeps it under the master key."""
    if recovery_slot_key is not None:
        private = crypto.unwrap_key(recovery_slot_key, header.recovery_slot, header.recovery_aad())
        return crypto.recovery_auth_key(private)
    return crypto.unwrap_key(
        crypto.subkey(keys.master, "recovery-auth"),
        header.recovery_auth or b"",
        header.auth_aad(),
    )


def key_fits(conn: sqlite3.Connection, keys: Keys, vault_id: bytes) -> bool:
    """Whether the unlocked key is the one the entries were written under. A key
    from an older copy's header opens that header, and its holder can forge any
    MAC under it (the state row's included), but cannot make the entries sealed
    since the change decrypt. So the entries decide: of a random sample of rows
    (records and old revisions), at least half must open; damage to a few never
    locks the worker out. A journal of fewer than FIT_SMALL rows (one damaged entry
    may be all it has) fits when any row opens or its state row authenticates;
    one with no rows at all has nothing to tell by."""
    sample = []
    try:
        for table, column in (("records", "id"), ("history", "record_id")):
            sample += conn.execute(
                f"SELECT {id_sql(column)}, revision, {blob_sql('blob')} FROM {table} "
                "WHERE rowid IN "
                f"(SELECT rowid FROM {table} ORDER BY random() LIMIT ?)",
                (FIT_SAMPLE,),
            ).fetchall()
        state = read_state_row(conn)
    except sqlite3.DatabaseError as exc:
        raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
    if not sample:
        return True
    opened = 0
    for raw_id, revision, blob in sample:
        record_id = decode_id(raw_id)
        if record_id is None or not is_count(revision):
            continue
        with contextlib.suppress(DecryptionFailed, OverflowError, struct.error, TypeError):
            keys.records.open(blob, record_aad(vault_id, record_id, revision))
            opened += 1
    if len(sample) < FIT_SMALL:
        return opened > 0 or (state is not None and state_authentic(keys.manifest, vault_id, state))
    return 2 * opened >= len(sample)


def rekeyed_header(
    header: Header,
    old: Keys,
    new: Keys,
    new_passphrase: str,
    kdf: KdfParams,
    keep_recovery_key: bool,
    recovery_slot_key: bytes | None,
) -> tuple[Header, str | None]:
    """The header for a new master key (`new`): the passphrase slot under
    `new_passphrase`, and the recovery key kept (sealed to its box, or its slot made
    anew from `recovery_slot_key`) or a new one made. Returns the header, sealed, and
    the new recovery key, formatted for the worker, or None when the old one stays."""
    master = new.master
    recovery_text = None
    if keep_recovery_key and header.has_recovery_box:
        header = with_box(header, master, recovery_auth(header, old, recovery_slot_key))
    elif keep_recovery_key and recovery_slot_key is not None:  # from before the box
        header = with_recovery(header, master, recovery_slot_key)
    else:
        raw = crypto.new_recovery_key()
        recovery_text = crypto.format_recovery_key(raw)
        header = with_recovery(header, master, crypto.recovery_slot_key(raw, header.vault_id))
    return with_passphrase(header, new_passphrase, kdf, master).sealed(new.header), recovery_text


class Keyring:
    """An open vault's header and, while it is unlocked, its keys. The header is read
    again at each unlock (another process may have changed the passphrase), through
    `use`, which lends the store's connection (vault.store's rule: one thread at a
    time)."""

    def __init__(
        self, header: Header, use: Callable[[], AbstractContextManager[sqlite3.Connection]]
    ) -> None:
        self.header = header
        self._use = use
        self.keys: Keys | None = None
        # Once the recovery key opened the vault: the key that opens its slot, which
        # proves the slot genuine, so a key change may keep the recovery key working
        # even if the header's MAC was damaged or it predates the recovery box.
        self._recovery_slot_key: bytes | None = None

    def set_master(self, master: bytes) -> None:
        self.keys = keys_for(master)

    def lock(self) -> None:
        """Drop the keys (Python cannot wipe memory; the bytes go with the GC)."""
        self.keys = None
        self._recovery_slot_key = None

    def require(self) -> Keys:
        if self.keys is None:
            raise VaultLocked("the vault is locked")
        return self.keys

    def _reread_header(self) -> Header:
        """The header as the file holds it now: another process may have changed the
        passphrase (and the keys) since this one opened the file."""
        try:
            with self._use() as conn:
                row = read_header_row(conn)
        except sqlite3.DatabaseError as exc:
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
        self.header = header_from_row(row)
        return self.header

    def unlock(self, master_of: Callable[[Header], bytes]) -> None:
        """Unlock with the master key `master_of(header)` gives for the header as the
        file holds it now. Should another process change the keys between reading
        the header and checking the key against the entries, read it again, once."""
        for attempt in (1, 2):
            header = self._reread_header()
            master = master_of(header)
            try:
                self._unlock_with_master(master)
                return
            except StaleHeader:
                if attempt == 2 or macs_equal(self.stored_header_mac(), header.mac):
                    raise

    def unlock_with_recovery_key(self, recovery_text: str) -> None:
        odd = crypto.unexpected_recovery_character(recovery_text)
        if odd is not None:
            raise WrongRecoveryKey(
                f"that is not a recovery key: character {odd[0]}, "
                f"{crypto.describe_character(odd[1])}, is not one a recovery key holds "
                "(the letters A to Z, the digits, spaces and hyphens)"
            )
        raw = crypto.parse_recovery_key(recovery_text)
        if raw is None:
            raise WrongRecoveryKey("that is not a recovery key (expected 8 groups of 5 characters)")
        self.unlock(lambda header: recovery_master(header, raw))
        # The recovery key is proven genuine: a passphrase change may keep it working
        # even where the header's own MAC was damaged, or it predates the box.
        self._recovery_slot_key = crypto.recovery_slot_key(raw, self.header.vault_id)

    def stored_header_mac(self) -> bytes:
        with self._use() as conn:
            row = conn.execute("SELECT header_mac FROM vault_header WHERE id = 1").fetchone()
        return row[0] if row is not None and isinstance(row[0], bytes) else b""

    def _unlock_with_master(self, master: bytes) -> None:
        keys = keys_for(master)
        with self._use() as conn:
            fits = key_fits(conn, keys, self.header.vault_id)
        if not fits:
            raise StaleHeader(
                "most of the journal's entries do not open with the key this header gives: "
                "the header may have been copied in from an older copy of the file (its "
                "passphrase cannot open what was written since), or the entries are "
                "damaged. Nothing was changed; restore a backup, or ask for help."
            )
        self.keys = keys

    def header_authentic(self) -> bool:
        """Whether both key slots are as the app last wrote them (needs the keys)."""
        return header_authentic(self.header, self.require())

    def keeps_recovery_key(self) -> bool:
        """Whether a key change can hand the new master key to the recovery key the
        worker has: its slot is proven (it opened the vault this time) or the header
        is the app's own and has a recovery box to seal to."""
        self.require()
        if self._recovery_slot_key is not None:
            return True
        return self.header.has_recovery_box and self.header_authentic()

    def require_current(self) -> None:
        """Inside a write transaction: the header is still the one these keys came
        from. Another process that changed the passphrase changed the keys too, and
        a write under the old ones would be readable with the old passphrase."""
        if self.keys is None:
            return
        if not macs_equal(self.stored_header_mac(), self.header.mac):
            log.warning("a write found the journal's keys changed elsewhere; nothing was written")
            raise KeysChanged(
                "the journal's passphrase was changed elsewhere since it was unlocked here; "
                "nothing was saved: lock it and unlock it with the new passphrase"
            )

    def next_keys(
        self, new_passphrase: str, kdf: KdfParams, new_recovery_key: bool
    ) -> tuple[Keys, Header, str | None]:
        """For a key change: a new master key's keys, the header for them, and the new
        recovery key (None when the old one stays; see VaultStore.rekey)."""
        old = self.require()
        kdf.check()
        new = keys_for(os.urandom(crypto.KEY_BYTES))
        keep = not new_recovery_key and self.keeps_recovery_key()
        header, recovery_text = rekeyed_header(
            self.header, old, new, new_passphrase, kdf, keep, self._recovery_slot_key
        )
        return new, header, recovery_text

    def changed_to(self, keys: Keys, header: Header) -> None:
        """After a key change was committed: its keys and header are the ones now."""
        self.header = header
        self.keys = keys
        self._recovery_slot_key = None  # the header is the app's own now: its MAC says so
