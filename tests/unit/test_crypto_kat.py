"""Known-answer tests for the vault's primitives, and the small pure pieces around them:
padding, the recovery key's written form and the KDF parameter floor."""

from __future__ import annotations

import base64

import pytest
from conftest import FAST_KDF
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from hypothesis import given
from hypothesis import strategies as st

from journal_app.errors import WeakKdfParameters
from journal_app.vault import crypto
from journal_app.vault.crypto import (
    CEILING_ITERATIONS,
    CEILING_LANES,
    CEILING_MEMORY_KIB,
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    KEY_BYTES,
    NONCE_BYTES,
    PAD_BLOCK,
    RECOVERY_BYTES,
    DecryptionFailed,
    KdfParams,
    RecordCipher,
    derive_passphrase_key,
    format_recovery_key,
    pad,
    parse_recovery_key,
    unpad,
)

# --- Argon2id: RFC 9106, section 5.3 -------------------------------------------------

RFC9106_PASSWORD = b"\x01" * 32
RFC9106_SALT = b"\x02" * 16
RFC9106_SECRET = b"\x03" * 8
RFC9106_AD = b"\x04" * 12
RFC9106_TAG = bytes.fromhex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659")


def test_argon2id_matches_rfc9106_vector():
    kdf = Argon2id(
        salt=RFC9106_SALT,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=RFC9106_AD,
        secret=RFC9106_SECRET,
    )
    assert kdf.derive(RFC9106_PASSWORD) == RFC9106_TAG


def test_argon2id_vector_depends_on_every_input():
    """Guards the vector test itself: changing any input changes the tag."""
    base = {
        "salt": RFC9106_SALT,
        "length": 32,
        "iterations": 3,
        "lanes": 4,
        "memory_cost": 32,
        "ad": RFC9106_AD,
        "secret": RFC9106_SECRET,
    }
    for key, other in (
        ("salt", b"\x05" * 16),
        ("iterations", 4),
        ("lanes", 2),
        ("memory_cost", 64),
        ("ad", b"\x05" * 12),
        ("secret", b"\x05" * 8),
    ):
        assert Argon2id(**{**base, key: other}).derive(RFC9106_PASSWORD) != RFC9106_TAG, key


@pytest.mark.parametrize("passphrase", ["correct horse battery staple", "café ✓ naïve Ω 12345"])
def test_derive_passphrase_key_is_plain_argon2id_of_the_utf8_passphrase(passphrase):
    salt = bytes(range(16))
    expected = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=FAST_KDF.iterations,
        lanes=FAST_KDF.lanes,
        memory_cost=FAST_KDF.memory_kib,
    ).derive(passphrase.encode("utf-8"))
    assert derive_passphrase_key(passphrase, salt, FAST_KDF) == expected
    assert len(expected) == KEY_BYTES


def test_derive_passphrase_key_uses_each_parameter():
    salt = bytes(range(16))
    key = derive_passphrase_key("pass phrase", salt, FAST_KDF)
    assert derive_passphrase_key("pass phrase", bytes(16), FAST_KDF) != key
    assert derive_passphrase_key("pass phrasE", salt, FAST_KDF) != key
    more = KdfParams(FAST_KDF.memory_kib, FAST_KDF.iterations + 1, FAST_KDF.lanes)
    assert derive_passphrase_key("pass phrase", salt, more) != key


def test_derive_passphrase_key_refuses_weak_parameters_before_deriving():
    with pytest.raises(WeakKdfParameters):
        derive_passphrase_key("pass phrase", bytes(16), KdfParams(1024, 1, 1))


# --- AES-256-GCM: the GCM specification's test case 16 -------------------------------
# (McGrew & Viega, "The Galois/Counter Mode of Operation", AES-256, 96-bit IV, with AAD)

GCM16_KEY = bytes.fromhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
GCM16_IV = bytes.fromhex("cafebabefacedbaddecaf888")
GCM16_PLAIN = bytes.fromhex(
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"
)
GCM16_AAD = bytes.fromhex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
GCM16_CIPHER = bytes.fromhex(
    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
)
GCM16_TAG = bytes.fromhex("76fc6ece0f4e1768cddf8853bb2d551b")


def test_aes256gcm_matches_gcm_spec_test_case_16():
    aead = AESGCM(GCM16_KEY)
    assert aead.encrypt(GCM16_IV, GCM16_PLAIN, GCM16_AAD) == GCM16_CIPHER + GCM16_TAG
    assert aead.decrypt(GCM16_IV, GCM16_CIPHER + GCM16_TAG, GCM16_AAD) == GCM16_PLAIN
    bad_tag = GCM16_TAG[:-1] + bytes([GCM16_TAG[-1] ^ 1])
    with pytest.raises(InvalidTag):
        aead.decrypt(GCM16_IV, GCM16_CIPHER + bad_tag, GCM16_AAD)


def test_record_cipher_is_aes256gcm_with_the_nonce_in_front(monkeypatch):
    """With the nonce pinned to the vector's IV, the record's ciphertext starts with the
    vector's ciphertext (GCM is a stream cipher: the padding only adds bytes after it)."""
    real_urandom = crypto.os.urandom
    monkeypatch.setattr(
        crypto.os, "urandom", lambda n: GCM16_IV if n == NONCE_BYTES else real_urandom(n)
    )
    cipher = RecordCipher(GCM16_KEY)
    blob = cipher.seal(GCM16_PLAIN, GCM16_AAD)
    assert blob[:NONCE_BYTES] == GCM16_IV
    assert blob[NONCE_BYTES : NONCE_BYTES + len(GCM16_CIPHER)] == GCM16_CIPHER
    assert len(blob) == NONCE_BYTES + PAD_BLOCK + 16
    expected = GCM16_IV + AESGCM(GCM16_KEY).encrypt(GCM16_IV, pad(GCM16_PLAIN), GCM16_AAD)
    assert blob == expected
    assert cipher.open(blob, GCM16_AAD) == GCM16_PLAIN


def test_record_cipher_uses_a_fresh_nonce_per_seal():
    cipher = RecordCipher(bytes(32))
    one, two = cipher.seal(b"same", b"aad"), cipher.seal(b"same", b"aad")
    assert one[:NONCE_BYTES] != two[:NONCE_BYTES]
    assert one != two
    assert cipher.open(one, b"aad") == cipher.open(two, b"aad") == b"same"


def test_record_cipher_rejects_other_aad_other_key_and_short_blobs():
    blob = RecordCipher(bytes(32)).seal(b"text", b"record-a")
    with pytest.raises(DecryptionFailed):
        RecordCipher(bytes(32)).open(blob, b"record-b")
    with pytest.raises(DecryptionFailed):
        RecordCipher(bytes(31) + b"\x01").open(blob, b"record-a")
    with pytest.raises(DecryptionFailed):
        RecordCipher(bytes(32)).open(blob[: NONCE_BYTES + 15], b"record-a")
    with pytest.raises(DecryptionFailed):
        RecordCipher(bytes(32)).open(None, b"record-a")  # type: ignore[arg-type]


def test_record_cipher_rejects_authentic_but_unpadded_plaintext():
    nonce = bytes(NONCE_BYTES)
    blob = nonce + AESGCM(bytes(32)).encrypt(nonce, b"no padding here", b"aad")
    with pytest.raises(DecryptionFailed):
        RecordCipher(bytes(32)).open(blob, b"aad")


def test_key_wrap_round_trip_and_aad_binding():
    kek, key = bytes(range(32)), bytes(range(32, 64))
    blob = crypto.wrap_key(kek, key, b"slot")
    assert len(blob) == NONCE_BYTES + KEY_BYTES + 16
    assert crypto.unwrap_key(kek, blob, b"slot") == key
    with pytest.raises(DecryptionFailed):
        crypto.unwrap_key(kek, blob, b"other slot")
    with pytest.raises(DecryptionFailed):
        crypto.unwrap_key(kek, blob[:-1], b"slot")


# --- padding -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "padded"),
    [
        (0, PAD_BLOCK),
        (1, PAD_BLOCK),
        (PAD_BLOCK - 1, PAD_BLOCK),
        (PAD_BLOCK, 2 * PAD_BLOCK),
        (3 * PAD_BLOCK + 7, 4 * PAD_BLOCK),
    ],
)
def test_pad_rounds_up_to_the_next_block(length, padded):
    data = b"\xaa" * length
    out = pad(data)
    assert len(out) == padded
    assert out[:length] == data
    assert out[length] == 0x80
    assert set(out[length + 1 :]) <= {0}


@given(st.binary(max_size=3 * PAD_BLOCK))
def test_pad_unpad_round_trip(data):
    padded = pad(data)
    assert len(padded) % PAD_BLOCK == 0
    assert len(padded) > len(data)
    assert unpad(padded) == data


@pytest.mark.parametrize(
    "bad",
    [
        b"",
        bytes(PAD_BLOCK),
        b"abc" + bytes(PAD_BLOCK - 3),
        b"abc\x01" + bytes(PAD_BLOCK - 4),
        b"\x80abc",
    ],
)
def test_unpad_rejects_bad_padding(bad):
    with pytest.raises(DecryptionFailed):
        unpad(bad)


# --- recovery key ----------------------------------------------------------------------

# 40 base32 characters that include the letters O, I and B, so look-alikes are exercised.
KNOWN_TEXT = "OIBOI-BABCD-EFGHI-JKLMN-OPQRS-TUVWX-YZ234-567IO"
KNOWN_RAW = base64.b32decode(KNOWN_TEXT.replace("-", ""))


def test_recovery_key_is_eight_groups_of_five_base32_characters():
    text = format_recovery_key(crypto.new_recovery_key())
    groups = text.split("-")
    assert len(groups) == 8
    assert all(len(g) == 5 for g in groups)
    assert set("".join(groups)) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def test_recovery_key_formats_known_bytes():
    assert len(KNOWN_RAW) == RECOVERY_BYTES
    assert format_recovery_key(KNOWN_RAW) == KNOWN_TEXT


@given(st.binary(min_size=RECOVERY_BYTES, max_size=RECOVERY_BYTES))
def test_recovery_key_round_trip(raw):
    assert parse_recovery_key(format_recovery_key(raw)) == raw


@pytest.mark.parametrize(
    "typed",
    [
        KNOWN_TEXT,
        KNOWN_TEXT.lower(),
        KNOWN_TEXT.replace("-", " "),
        KNOWN_TEXT.replace("-", ""),
        "  " + KNOWN_TEXT.replace("-", " - ") + "\n",
        KNOWN_TEXT.replace("O", "0").replace("I", "1").replace("B", "8"),
        KNOWN_TEXT.lower().replace("o", "0").replace("i", "1").replace("b", "8"),
    ],
)
def test_parse_recovery_key_forgives_case_separators_and_look_alikes(typed):
    assert parse_recovery_key(typed) == KNOWN_RAW


@pytest.mark.parametrize(
    "typed",
    [
        "",
        KNOWN_TEXT[:-1],  # 39 characters
        KNOWN_TEXT + "A",  # 41 characters
        KNOWN_TEXT + "-ABCDE",
        KNOWN_TEXT[:-1] + "9",  # 9 is not base32 and has no look-alike
        "correct horse battery staple",
    ],
)
def test_parse_recovery_key_returns_none_for_what_cannot_be_a_key(typed):
    assert parse_recovery_key(typed) is None


# --- KDF parameter floor and ceiling -----------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1),
        FAST_KDF,
        KdfParams(65536, 3, 4),
        KdfParams(CEILING_MEMORY_KIB, CEILING_ITERATIONS, CEILING_LANES),
    ],
)
def test_kdf_params_accepted(params):
    assert params.check() is None  # refused parameters raise WeakKdfParameters


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(19455, 2, 4),
        KdfParams(19456, 1, 4),
        KdfParams(19456, 2, 0),
        KdfParams(1024, 1, 1),
        KdfParams(0, 0, 0),
        KdfParams(-65536, 3, 4),
        KdfParams(CEILING_MEMORY_KIB + 1, 3, 4),
        KdfParams(65536, CEILING_ITERATIONS + 1, 4),
        KdfParams(65536, 3, CEILING_LANES + 1),
        KdfParams(2**32 - 1, 2**32 - 1, 2**24 - 1),
        KdfParams(65536.0, 3, 4),  # type: ignore[arg-type]
        KdfParams(65536, True, 4),  # type: ignore[arg-type]
        KdfParams(65536, 3, "4"),  # type: ignore[arg-type]
    ],
)
def test_kdf_params_refused(params):
    with pytest.raises(WeakKdfParameters):
        params.check()
