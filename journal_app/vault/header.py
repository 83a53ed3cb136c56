"""The vault header: format version, vault id, KDF parameters and the two key slots.

The header lives in a one-row table. Its canonical bytes are bound into the key
slots as associated data, and a plain SHA-256 checksum tells a damaged header
apart from a wrong passphrase.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, replace
from hmac import compare_digest

from journal_app.errors import VaultCorrupt
from journal_app.vault.crypto import (
    KEY_BYTES,
    NONCE_BYTES,
    SALT_BYTES,
    KdfParams,
    keyed_mac,
    sha256,
)

FORMAT_VERSION = 1
MAGIC = b"PSWJ"
SLOT_BYTES = NONCE_BYTES + KEY_BYTES + 16
VAULT_ID_BYTES = 16


@dataclass(frozen=True)
class Header:
    format_version: int
    vault_id: bytes
    kdf: KdfParams
    salt: bytes
    passphrase_slot: bytes
    recovery_slot: bytes
    checksum: bytes = b""
    mac: bytes = b""  # keyed by the master key: proves both slots are the app's own

    def passphrase_aad(self) -> bytes:
        """Binds the passphrase slot to this vault, version, KDF settings and salt:
        editing any of them makes the slot fail to open."""
        try:
            return (
                MAGIC
                + b"passphrase"
                + struct.pack(">H", self.format_version)
                + self.vault_id
                + struct.pack(">III", self.kdf.memory_kib, self.kdf.iterations, self.kdf.lanes)
                + self.salt
            )
        except struct.error:
            raise VaultCorrupt("the vault header is damaged") from None

    def recovery_aad(self) -> bytes:
        return MAGIC + b"recovery" + struct.pack(">H", self.format_version) + self.vault_id

    def compute_checksum(self) -> bytes:
        return sha256(
            self.passphrase_aad() + self.recovery_aad() + self.passphrase_slot + self.recovery_slot
        )

    def compute_mac(self, header_key: bytes) -> bytes:
        """A MAC under a key only the master key gives: a recovery slot replaced by
        someone with write access (who can recompute the plain checksum) shows."""
        return keyed_mac(
            header_key,
            self.passphrase_aad() + self.recovery_aad() + self.passphrase_slot + self.recovery_slot,
        )

    def sealed(self, header_key: bytes) -> Header:
        return replace(self, checksum=self.compute_checksum(), mac=self.compute_mac(header_key))

    def is_intact(self) -> bool:
        return compare_digest(self.checksum, self.compute_checksum())


def header_from_row(row: tuple | None) -> Header:
    """Build a Header from the stored row, checking types and sizes (never trusting them)."""
    if row is None:
        raise VaultCorrupt("the vault header is missing")
    version, vault_id, memory, iterations, lanes, salt, pslot, rslot, checksum, mac = row
    ints_ok = all(
        isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**32
        for v in (version, memory, iterations, lanes)
    )
    blobs_ok = (
        isinstance(vault_id, bytes)
        and len(vault_id) == VAULT_ID_BYTES
        and isinstance(salt, bytes)
        and len(salt) == SALT_BYTES
        and isinstance(pslot, bytes)
        and len(pslot) == SLOT_BYTES
        and isinstance(rslot, bytes)
        and len(rslot) == SLOT_BYTES
        and isinstance(checksum, bytes)
        and len(checksum) == 32
        and isinstance(mac, bytes)
        and len(mac) == 32
    )
    if not (ints_ok and blobs_ok):
        raise VaultCorrupt("the vault header is damaged")
    return Header(
        format_version=version,
        vault_id=vault_id,
        kdf=KdfParams(memory, iterations, lanes),
        salt=salt,
        passphrase_slot=pslot,
        recovery_slot=rslot,
        checksum=checksum,
        mac=mac,
    )


HEADER_COLUMNS = (
    "format_version, vault_id, kdf_memory_kib, kdf_iterations, kdf_lanes, "
    "kdf_salt, passphrase_slot, recovery_slot, checksum, header_mac"
)


def header_values(header: Header) -> tuple:
    return (
        header.format_version,
        header.vault_id,
        header.kdf.memory_kib,
        header.kdf.iterations,
        header.kdf.lanes,
        header.salt,
        header.passphrase_slot,
        header.recovery_slot,
        header.checksum,
        header.mac,
    )
