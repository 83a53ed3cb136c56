"""Key derivation, key wrapping, record sealing and the recovery key.

Only `cryptography` is used. Python cannot reliably wipe memory: keys live in
`bytes` objects until the garbage collector frees them (see docs in README).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import string
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal_app.errors import WeakKdfParameters

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
PAD_BLOCK = 512  # ciphertext sizes are rounded up to this, so lengths leak little

# OWASP's floor for Argon2id; anything weaker in a header is refused on open.
FLOOR_MEMORY_KIB = 19456
FLOOR_ITERATIONS = 2
FLOOR_LANES = 1
# What a new vault starts from before calibration raises it.
DEFAULT_MEMORY_KIB = 65536
DEFAULT_ITERATIONS = 3
DEFAULT_LANES = 4
# A header claiming more than this is damaged or hostile (it would exhaust memory).
# Above these, one derivation takes minutes to hours on a laptop: a header asking for
# it is damage or an attack, and the recovery key resets it to measured settings.
CEILING_MEMORY_KIB = 1024 * 1024  # 1 GiB
CEILING_ITERATIONS = 64  # what calibration may reach
CEILING_LANES = 16
CALIBRATION_TARGET_S = 0.5


class DecryptionFailed(Exception):
    """Authentication failed: wrong key, or the bytes were changed."""


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def check(self) -> None:
        """Refuse parameters below the floor or absurdly above any sane setting."""
        for value in (self.memory_kib, self.iterations, self.lanes):
            if isinstance(value, bool) or not isinstance(value, int):
                raise WeakKdfParameters("the vault's key-derivation settings are damaged")
        if (
            self.memory_kib < FLOOR_MEMORY_KIB
            or self.iterations < FLOOR_ITERATIONS
            or self.lanes < FLOOR_LANES
        ):
            raise WeakKdfParameters(
                "the vault's key-derivation settings are below the safe minimum "
                f"(memory {FLOOR_MEMORY_KIB} KiB, {FLOOR_ITERATIONS} iterations); "
                "refusing to open it"
            )
        if self.memory_kib < 8 * self.lanes:
            raise WeakKdfParameters("the vault's key-derivation settings are inconsistent")
        if (
            self.memory_kib > CEILING_MEMORY_KIB
            or self.iterations > CEILING_ITERATIONS
            or self.lanes > CEILING_LANES
        ):
            raise WeakKdfParameters(
                "the vault's key-derivation settings are far too high to open in practice "
                f"(at most {CEILING_MEMORY_KIB // 1024} MiB, {CEILING_ITERATIONS} iterations, "
                f"{CEILING_LANES} lanes); the header looks damaged: open it with the recovery "
                "key, which sets new ones"
            )


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase) -> 32-byte key-encryption key."""
    params.check()
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    try:
        return kdf.derive(passphrase.encode("utf-8"))
    except MemoryError:
        raise WeakKdfParameters(
            "the vault's key-derivation settings need more memory than this computer has; "
            "the header may be damaged (the recovery key still opens the vault)"
        ) from None


def calibrate(target_s: float = CALIBRATION_TARGET_S) -> KdfParams:
    """Start from the default cost and raise iterations until one derivation takes
    about `target_s` on this machine."""
    params = KdfParams(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_LANES)
    salt = os.urandom(SALT_BYTES)
    for _ in range(4):
        start = time.perf_counter()
        derive_passphrase_key("calibration", salt, params)
        elapsed = time.perf_counter() - start
        if elapsed >= target_s * 0.85:
            break
        per_iteration = elapsed / params.iterations
        wanted = max(params.iterations + 1, round(target_s / max(per_iteration, 1e-4)))
        params = KdfParams(params.memory_kib, min(wanted, 64), params.lanes)
    return params


def subkey(master_key: bytes, purpose: str) -> bytes:
    """An independent key for one purpose, from the master key (HKDF-SHA256)."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=f"psw-journal/v1/{purpose}".encode(),
    ).derive(master_key)


def wrap_key(kek: bytes, key: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(kek).encrypt(nonce, key, aad)


def unwrap_key(kek: bytes, blob: bytes, aad: bytes) -> bytes:
    if not isinstance(blob, bytes) or len(blob) != NONCE_BYTES + KEY_BYTES + 16:
        raise DecryptionFailed("key slot has the wrong size")
    try:
        return AESGCM(kek).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except InvalidTag:
        raise DecryptionFailed("key slot did not authenticate") from None


def pad(plaintext: bytes, block: int = PAD_BLOCK) -> bytes:
    """ISO/IEC 7816-4 padding up to a multiple of `block`."""
    padded_len = (len(plaintext) // block + 1) * block
    return plaintext + b"\x80" + b"\x00" * (padded_len - len(plaintext) - 1)


def unpad(padded: bytes) -> bytes:
    """The plaintext before the padding: the last 0x80 byte must have only zeros after
    it. Found in place and sliced once (on the unlock path for every record)."""
    mark = padded.rfind(0x80)
    if mark < 0 or padded.count(0, mark + 1) != len(padded) - mark - 1:
        raise DecryptionFailed("bad padding")
    return padded[:mark]


def sealed_length_ok(length: int) -> bool:
    """Whether a sealed blob's length is one `RecordCipher.seal` gives: nonce (12),
    padded plaintext (512 x k, k >= 1) and tag (16). Any other is damage (FORMAT.md 8)."""
    body = length - NONCE_BYTES - 16
    return body >= PAD_BLOCK and body % PAD_BLOCK == 0


class RecordCipher:
    """AES-256-GCM over padded plaintext with a fresh random nonce per seal."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, pad(plaintext), aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        # sealed_length_ok, written out: this runs for every record at the unlock.
        body = len(blob) - NONCE_BYTES - 16 if isinstance(blob, bytes) else -1
        if body < PAD_BLOCK or body % PAD_BLOCK:
            raise DecryptionFailed("ciphertext of the wrong type or length")
        view = memoryview(blob)  # the nonce and the rest read in place, not copied
        try:
            padded = self._aead.decrypt(view[:NONCE_BYTES], view[NONCE_BYTES:], aad)
        except InvalidTag:
            raise DecryptionFailed("record did not authenticate") from None
        return unpad(padded)


_SHA256_BLOCK = 64  # bytes: HMAC pads its key to this


def keyed_mac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def keyed_macs(key: bytes) -> Callable[[bytes], bytes]:
    """`keyed_mac(key, data)` for many `data` under one key (verify checks one MAC per
    record): HMAC-SHA256 as RFC 2104 defines it, with the inner and outer hashes of the
    padded key computed once and copied for each MAC. The same MACs, at less than
    half the cost of setting HMAC up anew each time."""
    if len(key) > _SHA256_BLOCK:
        key = hashlib.sha256(key).digest()
    key = key.ljust(_SHA256_BLOCK, b"\x00")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in key)).copy
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in key)).copy

    def mac(data: bytes) -> bytes:
        first = inner()
        first.update(data)
        second = outer()
        second.update(first.digest())
        return second.digest()

    return mac


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


# --- recovery key ------------------------------------------------------------

RECOVERY_BYTES = 25  # 200 bits -> 40 base32 characters, shown as 8 groups of 5
_B32_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_key() -> bytes:
    return secrets.token_bytes(RECOVERY_BYTES)


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


# What may be typed between the groups (FORMAT.md section 5.2): spaces (also the
# no-break spaces a copy from a document brings), tabs, line ends and dashes.
RECOVERY_SEPARATORS = frozenset(" \t\r\n-\u00a0\u202f\u2010\u2011\u2012\u2013\u2014\u2212")
_ASCII_LETTERS_AND_DIGITS = frozenset(string.ascii_letters + string.digits)


def unexpected_recovery_character(text: str) -> tuple[int, str] | None:
    """The first character (its position, counted from 1, and itself) that is neither
    an ASCII letter or digit nor a separator; None when there is none. Other letters
    and digits (a dotless 'ı', a full-width 'Ａ', an Arabic-Indic digit) are refused,
    never mapped to ASCII ones: the rule is the same in every language."""
    for position, ch in enumerate(text, start=1):
        if ch not in _ASCII_LETTERS_AND_DIGITS and ch not in RECOVERY_SEPARATORS:
            return position, ch
    return None


def describe_character(ch: str) -> str:
    """'ı' (U+0131): the character as shown, and its code point for the invisible."""
    shown = f"'{ch}' " if ch.isprintable() and not ch.isspace() else ""
    return f"{shown}(U+{ord(ch):04X})"


def parse_recovery_key(text: str) -> bytes | None:
    """The raw key from what the worker typed (ASCII case, separators and 0/1/8
    look-alikes forgiven); None if it cannot be a recovery key."""
    if unexpected_recovery_character(text) is not None:
        return None
    cleaned = "".join(ch for ch in text if ch in _ASCII_LETTERS_AND_DIGITS)
    cleaned = cleaned.upper().translate(_B32_CONFUSABLE)  # ASCII only: no other mapping
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        return None
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        return None
    return raw if len(raw) == RECOVERY_BYTES else None


def recovery_wrapping_key(raw: bytes, vault_id: bytes) -> bytes:
    """The recovery key has 200 random bits, so HKDF (not Argon2) is enough."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=vault_id, info=b"psw-journal/recovery"
    ).derive(raw)


def recovery_slot_key(raw: bytes, vault_id: bytes) -> bytes:
    """Schema 3: the key that wraps the recovery private key (see `recovery_wrapping_key`;
    another label, so a slot of one kind can never be read as the other)."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=vault_id,
        info=b"psw-journal/v3/recovery-slot",
    ).derive(raw)


# --- the recovery box (schema 3) ------------------------------------------------
# The recovery key opens an X25519 private key; the master key is sealed to its public
# key. Sealing needs only the public key, so a passphrase change can give the recovery
# key the new master key without knowing the recovery key, and nothing an older copy
# and its passphrase reveal opens the new master key.

PUBLIC_BYTES = 32
SEALED_BYTES = PUBLIC_BYTES + NONCE_BYTES + KEY_BYTES + 16
# The box ends with an HMAC under the recovery auth key: an X25519 box alone does not
# say who sealed it, and anyone who can write to the file could seal a key of their
# own to the public key.
BOX_BYTES = SEALED_BYTES + 32


def recovery_auth_key(private: bytes) -> bytes:
    """The key that MACs the recovery box: the recovery key's holder derives it from
    the private key; the app keeps it wrapped under the master key (recovery_auth)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"psw-journal/v3/recovery-auth"
    ).derive(private)


def new_recovery_pair() -> tuple[bytes, bytes]:
    """A fresh X25519 key pair: (private, public), 32 raw bytes each."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def public_of(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def _box_key(shared: bytes, ephemeral_public: bytes, public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=ephemeral_public + public,
        info=b"psw-journal/v3/recovery-box",
    ).derive(shared)


def seal_to(public: bytes, key: bytes, aad: bytes) -> bytes:
    """`key` sealed to an X25519 public key: ephemeral public || AES-256-GCM wrap."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    return ephemeral_public + wrap_key(_box_key(shared, ephemeral_public, public), key, aad)


def open_sealed(private: bytes, box: bytes, aad: bytes) -> bytes:
    if not isinstance(box, bytes) or len(box) != SEALED_BYTES:
        raise DecryptionFailed("recovery box has the wrong size")
    ephemeral_public = box[:PUBLIC_BYTES]
    try:
        secret = X25519PrivateKey.from_private_bytes(private)
        shared = secret.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:  # a low-order point gives no shared secret
        raise DecryptionFailed("recovery box did not authenticate") from None
    public = secret.public_key().public_bytes_raw()
    return unwrap_key(_box_key(shared, ephemeral_public, public), box[PUBLIC_BYTES:], aad)
