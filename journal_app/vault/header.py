"""The vault header: format version, vault id, KDF parameters and the two key slots.

The header lives in a one-row table. Its canonical bytes are bound into the key
slots as associated data, and a plain SHA-256 checksum tells a damaged header
apart from a wrong passphrase.

Since schema 3 a header may also hold a recovery *box*: the recovery slot then wraps
an X25519 private key, and the master key is sealed to its public key (see
crypto.seal_to), so a passphrase change can rotate the master key and still hand it
to the recovery key. A header migrated from schema 2 keeps the older recovery slot
(the master key wrapped directly) until the recovery key is next used or replaced.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, replace
from hmac import compare_digest

from journal_app.errors import VaultCorrupt
from journal_app.vault.crypto import (
    BOX_BYTES,
    KEY_BYTES,
    NONCE_BYTES,
    PUBLIC_BYTES,
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
    recovery_public: bytes | None = None  # schema 3: the recovery key's X25519 public key
    recovery_box: bytes | None = None  # schema 3: the master key sealed to it, and a MAC
    recovery_auth: bytes | None = None  # schema 3: the box's MAC key, under the master key

    @property
    def has_recovery_box(self) -> bool:
        return self.recovery_public is not None

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
        """The recovery slot's associated data: in a header with a recovery box, the
        slot holds the private key of `recovery_public`, and says so."""
        base = struct.pack(">H", self.format_version) + self.vault_id
        if self.recovery_public is None:
            return MAGIC + b"recovery" + base
        return MAGIC + b"recovery-x25519" + base + self.recovery_public

    def box_aad(self) -> bytes:
        assert self.recovery_public is not None
        return (
            MAGIC
            + b"recovery-box"
            + struct.pack(">H", self.format_version)
            + self.vault_id
            + self.recovery_public
        )

    def box_mac_aad(self) -> bytes:
        assert self.recovery_public is not None
        return MAGIC + b"recovery-box-mac" + self.box_aad()[len(MAGIC + b"recovery-box") :]

    def auth_aad(self) -> bytes:
        assert self.recovery_public is not None
        return MAGIC + b"recovery-auth" + self.box_aad()[len(MAGIC + b"recovery-box") :]

    def _material(self) -> bytes:
        """What the checksum and the MAC cover: every field but themselves."""
        material = (
            self.passphrase_aad() + self.recovery_aad() + self.passphrase_slot + self.recovery_slot
        )
        if self.recovery_public is not None:
            material += (self.recovery_box or b"") + (self.recovery_auth or b"")
        return material

    def compute_checksum(self) -> bytes:
        return sha256(self._material())

    def compute_mac(self, header_key: bytes) -> bytes:
        """A MAC under a key only the master key gives: a recovery slot replaced by
        someone with write access (who can recompute the plain checksum) shows."""
        return keyed_mac(header_key, self._material())

    def sealed(self, header_key: bytes) -> Header:
        return replace(self, checksum=self.compute_checksum(), mac=self.compute_mac(header_key))

    def is_intact(self) -> bool:
        return compare_digest(self.checksum, self.compute_checksum())


def header_from_row(row: tuple | None) -> Header:
    """Build a Header from the stored row, checking types and sizes (never trusting them)."""
    if row is None:
        raise VaultCorrupt("the vault header is missing")
    version, vault_id, memory, iterations, lanes, salt, pslot, rslot, checksum, mac = row[:10]
    public, box, auth = row[10:13] if len(row) >= 13 else (None, None, None)
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
    # All three or none: a box without its public key (or the like) is damage.
    box_ok = (public is None and box is None and auth is None) or (
        isinstance(public, bytes)
        and len(public) == PUBLIC_BYTES
        and isinstance(box, bytes)
        and len(box) == BOX_BYTES
        and isinstance(auth, bytes)
        and len(auth) == SLOT_BYTES
    )
    if not (ints_ok and blobs_ok and box_ok):
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
        recovery_public=public,
        recovery_box=box,
        recovery_auth=auth,
    )


HEADER_COLUMNS = (
    "format_version, vault_id, kdf_memory_kib, kdf_iterations, kdf_lanes, "
    "kdf_salt, passphrase_slot, recovery_slot, checksum, header_mac, "
    "recovery_public, recovery_box, recovery_auth"
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
        header.recovery_public,
        header.recovery_box,
        header.recovery_auth,
    )
