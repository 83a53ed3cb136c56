#!/usr/bin/env python3
"""Decrypt a PSW Journal vault, or a backup of one, to JSON: a stand-alone reader of
vault format 1 (schemas 1 to 4), to be read beside docs/FORMAT.md (whose sections the
comments name).
It needs only the Python standard library and `cryptography` (44 or later, for
Argon2id), never imports the app, and never writes to the vault.

    python tools/decrypt_vault.py VAULT (--passphrase-file F | --recovery-key-file F) [--out F]

'-' reads the secret from standard input. The output is UNENCRYPTED JSON:
{"format_version", "records" (sorted by id), "meta" (name: value), "history" (each
earlier version of a record: {"id", "revision", "record"}, sorted by id and revision),
"attachments" (each evidence file: {"id", "entry_id", "name", "size",
"added", "detached", "data_base64"}, sorted by entry and id)}.
Exit codes: 0 all read and authentic; 1 not a readable vault of this format, or its
header or manifest shows changes made outside the app (records are still written out);
2 usage; 3 wrong passphrase or recovery key; 4 a record is damaged or missing (each is
named on standard error, and every other record is still written out).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import getpass
import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import string
import struct
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

try:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
except ImportError:  # cryptography older than 44
    Argon2id = None

FORMAT_VERSION = 1  # vault_header.format_version
# PRAGMA user_version; schema 2 added the history tables, schema 3 the recovery box,
# schema 4 the attachments
SCHEMA_VERSIONS = (1, 2, 3, 4)
MAGIC = b"PSWJ"
KEY, NONCE, TAG, SALT, VAULT_ID, MAC = 32, 12, 16, 16, 16, 32
SLOT = NONCE + KEY + TAG  # a wrapped key: nonce || ciphertext || tag
SEALED = KEY + SLOT  # schema 3: ephemeral X25519 public key || wrapped master key
BOX = SEALED + MAC  # ... || HMAC under the recovery auth key
KDF_FLOOR = (19456, 2, 1)  # memory KiB, iterations, lanes: refused below (OWASP)
KDF_CEILING = (1024 * 1024, 64, 16)  # refused above: the header is damaged (FORMAT.md 13)
RECOVERY_BYTES = 25
META_PREFIX = "meta:"
ATTACHMENT_PREFIX = "attachment:"  # an attachment's manifest entry (section 18)
RECORD_TYPES = {"reflection", "disclosure", "supervision", "checkin"}
RECORD_TYPES |= {"training", "goal", "wellness_plan"}  # section 9.1, added later
SHARES = {"private", "summary", "full"}
HEADER = "version vault_id memory iterations lanes salt pslot rslot checksum mac".split()  # noqa: SIM905
HEADER_SQL = (
    "SELECT format_version, vault_id, kdf_memory_kib, kdf_iterations, kdf_lanes, kdf_salt, "
    "passphrase_slot, recovery_slot, checksum, header_mac FROM vault_header WHERE id = 1"
)


def as_id(column: str) -> str:
    """SQL reading an id column as bytes (FORMAT.md section 3): the UTF-8 bytes of its
    TEXT, NULL for any other type (its row's id is then unreadable)."""
    return f"CASE typeof({column}) WHEN 'text' THEN CAST({column} AS BLOB) END"


def as_blob(column: str) -> str:
    """SQL reading a BLOB column (section 3): its bytes, NULL for any other type (text,
    which need not even be UTF-8, an integer, a real, NULL): that row's damage."""
    return f"CASE typeof({column}) WHEN 'blob' THEN {column} END"


def sealed_length_ok(blob: bytes) -> bool:
    """Section 8: nonce (12) || 512 x k (k >= 1) || tag (16); any other length is damage."""
    body = len(blob) - NONCE - TAG
    return body >= 512 and body % 512 == 0


class Failure(Exception):
    """Stop: args are (exit code, message)."""


# --- The container --------------------------------------------------------------------


def connect_read_only(path: Path, stack: contextlib.ExitStack) -> sqlite3.Connection:
    """A closed vault or a backup is read as an immutable file (so no -wal or -shm is
    made beside it); one the app has open is read live and read-only. Anything else (a
    -wal without its -shm, a rollback journal) is copied with its journal to a private
    temporary folder and the copy is read: ciphertext goes there, never plaintext."""
    present = {s for s in ("-wal", "-shm", "-journal") if Path(f"{path}{s}").exists()}
    uri = path.resolve().as_uri()
    conn = None
    if not present:
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    elif present == {"-wal", "-shm"}:
        with contextlib.suppress(sqlite3.OperationalError):
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    if conn is None:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        for suffix in {"", *present} - {"-shm"}:
            shutil.copyfile(f"{path}{suffix}", folder / f"vault{suffix}")
        conn = sqlite3.connect(folder / "vault")
    stack.callback(conn.close)
    return conn


# --- The header row -------------------------------------------------------------------


def read_header(conn: sqlite3.Connection) -> dict:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'vault_header'").fetchone():
        raise Failure(1, "this is not a PSW Journal vault (it has no vault_header table)")
    schema = conn.execute("PRAGMA user_version").fetchone()[0]
    if schema not in SCHEMA_VERSIONS:
        raise Failure(1, f"vault schema {schema}: this reader knows schemas 1 to 4 only")
    box_sql = ", recovery_public, recovery_box, recovery_auth" if schema >= 3 else ", NULL" * 3
    row = conn.execute(HEADER_SQL.replace(" FROM", box_sql + " FROM")).fetchone()
    if row is None:
        raise Failure(1, "the vault header is missing")
    h = dict(zip([*HEADER, "public", "box", "auth"], row, strict=True)) | {"schema": schema}
    sizes = {"vault_id": VAULT_ID, "salt": SALT, "pslot": SLOT, "rslot": SLOT}
    sizes |= {"checksum": MAC, "mac": MAC}
    blobs_ok = all(isinstance(h[k], bytes) and len(h[k]) == n for k, n in sizes.items())
    # Section 17: all three or none (NULL in a header from before schema 3).
    box_fields = (("public", KEY), ("box", BOX), ("auth", SLOT))
    if any(h[k] is not None for k, _n in box_fields):
        blobs_ok = blobs_ok and all(
            isinstance(h[k], bytes) and len(h[k]) == n for k, n in box_fields
        )
    ints = ("version", "memory", "iterations", "lanes")
    if not blobs_ok or not all(type(h[k]) is int and 0 <= h[k] < 2**32 for k in ints):
        raise Failure(1, "the vault header is damaged (a field has the wrong type or size)")
    if h["version"] != FORMAT_VERSION:
        raise Failure(1, f"vault format {h['version']}: this reader knows format 1 only")
    return h


def passphrase_aad(h: dict) -> bytes:
    kdf = struct.pack(">III", h["memory"], h["iterations"], h["lanes"])
    return MAGIC + b"passphrase" + struct.pack(">H", h["version"]) + h["vault_id"] + kdf + h["salt"]


def recovery_aad(h: dict) -> bytes:
    base = struct.pack(">H", h["version"]) + h["vault_id"]
    if h["public"] is None:
        return MAGIC + b"recovery" + base
    return MAGIC + b"recovery-x25519" + base + h["public"]  # section 17


def box_aad(h: dict, label: bytes = b"recovery-box") -> bytes:
    return MAGIC + label + struct.pack(">H", h["version"]) + h["vault_id"] + h["public"]


def header_bytes(h: dict) -> bytes:
    """The input of both the header checksum (SHA-256) and the header MAC."""
    data = passphrase_aad(h) + recovery_aad(h) + h["pslot"] + h["rslot"]
    return data + (h["box"] + h["auth"] if h["public"] is not None else b"")


# --- Key derivation and key slots -----------------------------------------------------


def hkdf(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY, salt=salt, info=info).derive(key)


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def aead_open(key: bytes, blob: bytes, aad: bytes) -> bytes | None:
    """AES-256-GCM: blob is nonce (12) || ciphertext || tag (16); None if it fails."""
    try:
        return AESGCM(key).decrypt(blob[:NONCE], blob[NONCE:], aad)
    except InvalidTag:
        return None


def unlock_with_passphrase(h: dict, passphrase: str) -> bytes:
    kdf = (h["memory"], h["iterations"], h["lanes"])
    if any(v < low for v, low in zip(kdf, KDF_FLOOR, strict=True)):
        raise Failure(1, f"KDF settings {kdf} are below the floor {KDF_FLOOR}: refused")
    if any(v > high for v, high in zip(kdf, KDF_CEILING, strict=True)) or kdf[0] < 8 * kdf[2]:
        raise Failure(1, f"KDF settings {kdf} are implausible: the header is damaged")
    if hashlib.sha256(header_bytes(h)).digest() != h["checksum"]:
        raise Failure(1, "the vault header is damaged (checksum); try the recovery key")
    no_argon2 = "this `cryptography` has no Argon2id: install version 44 or later"
    if Argon2id is None:
        raise Failure(1, no_argon2)
    try:
        kek = Argon2id(
            salt=h["salt"], length=KEY, iterations=kdf[1], lanes=kdf[2], memory_cost=kdf[0]
        ).derive(passphrase.encode("utf-8"))
    except UnsupportedAlgorithm:  # built against an OpenSSL without Argon2
        raise Failure(1, no_argon2) from None
    except MemoryError:
        raise Failure(1, f"Argon2id needs {kdf[0]} KiB, more than this computer has") from None
    master = aead_open(kek, h["pslot"], passphrase_aad(h))
    if master is None:
        raise Failure(3, "wrong passphrase")
    return master


# Section 5.2: ASCII letters and digits, and between them only these separators.
KEY_CHARACTERS = frozenset(string.ascii_letters + string.digits)
KEY_SEPARATORS = frozenset(" \t\r\n-\u00a0\u202f\u2010\u2011\u2012\u2013\u2014\u2212")


def odd_key_character(text: str) -> str | None:
    """Where the first character that is neither (section 5.2) is, in words."""
    for position, c in enumerate(text, start=1):
        if c not in KEY_CHARACTERS and c not in KEY_SEPARATORS:
            shown = f"'{c}' " if c.isprintable() and not c.isspace() else ""
            return f"character {position}, {shown}(U+{ord(c):04X}),"
    return None


def parse_recovery_key(text: str) -> bytes | None:
    """RFC 4648 base32 of 25 bytes; ASCII case, separators and 0/1/8 for O/I/B forgiven."""
    if odd_key_character(text) is not None:
        return None
    cleaned = "".join(c for c in text if c in KEY_CHARACTERS).upper()
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        return None
    with contextlib.suppress(ValueError):
        return base64.b32decode(cleaned)
    return None


def unlock_with_recovery_key(h: dict, text: str) -> bytes:
    odd = odd_key_character(text)
    if odd is not None:
        raise Failure(3, f"that is not a recovery key: {odd} is not one a recovery key holds")
    raw = parse_recovery_key(text)
    if raw is None:
        raise Failure(3, "that is not a recovery key (expected 8 groups of 5 characters)")
    if h["public"] is None:  # before schema 3, or not yet upgraded: section 6
        master = aead_open(
            hkdf(raw, b"psw-journal/recovery", salt=h["vault_id"]), h["rslot"], recovery_aad(h)
        )
        if master is None:
            raise Failure(3, "wrong recovery key")
        return master
    # Section 17: the slot holds an X25519 private key; the master key is sealed to it.
    slot_key = hkdf(raw, b"psw-journal/v3/recovery-slot", salt=h["vault_id"])
    private = aead_open(slot_key, h["rslot"], recovery_aad(h))
    if private is None:
        raise Failure(3, "wrong recovery key")
    secret = X25519PrivateKey.from_private_bytes(private)
    if secret.public_key().public_bytes_raw() != h["public"]:
        raise Failure(1, "the recovery slot and its public key disagree: the header is damaged")
    auth = hkdf(private, b"psw-journal/v3/recovery-auth")
    sealed, mac = h["box"][:SEALED], h["box"][SEALED:]
    if not hmac.compare_digest(mac, hmac_sha256(auth, box_aad(h, b"recovery-box-mac") + sealed)):
        raise Failure(1, "the recovery box was not sealed by this journal: the header was changed")
    ephemeral = sealed[:KEY]
    try:
        shared = secret.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    except ValueError:
        raise Failure(1, "the recovery box is damaged") from None
    box_key = hkdf(shared, b"psw-journal/v3/recovery-box", salt=ephemeral + h["public"])
    master = aead_open(box_key, sealed[KEY:], box_aad(h))
    if master is None:
        raise Failure(1, "the recovery box is damaged: the recovery key cannot open this header")
    return master


# --- Records: AEAD, padding, plaintext JSON -------------------------------------------


def open_record(key: bytes, vault_id: bytes, raw_id: bytes, revision: object, blob: object):
    """The plaintext of one records row, or None if it does not authenticate."""
    if type(revision) is not int or not 0 <= revision < 2**63 or not isinstance(blob, bytes):
        return None
    aad = b"PSWJ-record" + vault_id + struct.pack(">Q", revision) + raw_id
    padded = aead_open(key, blob, aad) if sealed_length_ok(blob) else None
    end = (padded or b"").rstrip(b"\x00")  # ISO/IEC 7816-4: data || 0x80 || 0x00...
    return end[:-1] if end.endswith(b"\x80") else None


def as_record(record_id: str, plaintext: bytes) -> dict:
    """The record JSON exactly as the app shows it (its Record.to_dict())."""
    data = json.loads(plaintext.decode("utf-8"))
    share = data.get("share", "private")
    if data["id"] != record_id or data["type"] not in RECORD_TYPES or share not in SHARES:
        raise ValueError("not a record of this format")
    optional = {}  # only a record in the trash has "trashed" (the time it was deleted)
    if data.get("shared_title"):  # optional: absent from records older than it
        optional["shared_title"] = data["shared_title"]
    if data.get("trashed") is not None:
        optional["trashed"] = datetime.fromisoformat(data["trashed"]).isoformat()
    if data.get("imported"):  # only an imported entry has its fingerprint (section 9.1)
        optional["imported"] = data["imported"]
    return {
        "id": data["id"],
        "type": data["type"],
        "date": date.fromisoformat(data["date"]).isoformat(),
        "created": datetime.fromisoformat(data["created"]).isoformat(),
        "updated": datetime.fromisoformat(data["updated"]).isoformat(),
        "title": data.get("title", ""),
        "tags": list(data.get("tags", [])),
        "share": share,
        "for_supervision": bool(data.get("for_supervision", False)),
        "shared_summary": data.get("shared_summary", ""),
        "fields": dict(data.get("fields", {})),
        **optional,
    }


def decrypt(conn: sqlite3.Connection, h: dict, master: bytes):
    """Every record and meta item, and what failed: (output, damaged, warnings)."""
    warnings, damaged, records, meta, rows = [], [], [], {}, {}
    header_mac = hmac_sha256(hkdf(master, b"psw-journal/v1/header"), header_bytes(h))
    if not hmac.compare_digest(header_mac, h["mac"]):
        warnings.append("the header MAC does not match: a key slot was changed outside the app")
    elif hashlib.sha256(header_bytes(h)).digest() != h["checksum"]:
        warnings.append("the header checksum is damaged (the key slots are intact)")
    records_key = hkdf(master, b"psw-journal/v1/records")
    for raw_id, revision, blob in conn.execute(
        f"SELECT {as_id('id')}, revision, {as_blob('blob')} FROM records"
    ):
        try:
            record_id = raw_id.decode("utf-8")
        except (AttributeError, UnicodeDecodeError):
            damaged.append("a record whose id is unreadable")
            continue
        plain = open_record(records_key, h["vault_id"], raw_id, revision, blob)
        rows[record_id] = (revision, blob, plain is not None)
        try:
            if plain is None:
                damaged.append(f"record {record_id}: does not authenticate (damaged or moved)")
            elif record_id.startswith(META_PREFIX):
                meta[record_id[len(META_PREFIX) :]] = json.loads(plain.decode("utf-8"))
            else:
                records.append(as_record(record_id, plain))
        except (ValueError, KeyError, TypeError, AttributeError):
            damaged.append(f"record {record_id}: authentic, but not readable record JSON")
    manifest_key = hkdf(master, b"psw-journal/v1/manifest")
    state = check_manifest(conn, h["vault_id"], manifest_key, rows, damaged, warnings, h["schema"])
    history = []
    if h["schema"] >= 2:
        keys = (records_key, manifest_key)
        history = read_history(conn, h["vault_id"], keys, rows, state, damaged, warnings)
    attachments = []
    if h["schema"] >= 4:
        keys = (records_key, manifest_key)
        attachments = read_attachments(conn, h["vault_id"], keys, rows, damaged, warnings)
    records.sort(key=lambda r: r["id"])
    meta = dict(sorted(meta.items()))
    output = {"format_version": h["version"], "records": records, "meta": meta}
    return output | {"history": history, "attachments": attachments}, damaged, warnings


# --- The manifest ---------------------------------------------------------------------


def check_manifest(conn, vault_id, key, rows, damaged, warnings, schema):
    """What `psw-journal verify` checks beyond each record's own tag; returns the
    authentic manifest_state (see read_state), or None."""
    digest, entries, count = 0, {}, 0
    for raw_id, revision, ct_hash, entry_mac in conn.execute(
        f"SELECT {as_id('record_id')}, revision, {as_blob('ct_hash')}, {as_blob('mac')} "
        "FROM manifest"
    ):
        count += 1
        if isinstance(entry_mac, bytes) and len(entry_mac) == MAC:
            digest ^= int.from_bytes(entry_mac, "big")
        try:
            name = raw_id.decode("utf-8")
        except (AttributeError, UnicodeDecodeError):
            warnings.append("a manifest entry whose id is unreadable (not UTF-8 text)")
            continue
        entries[name] = (revision, ct_hash)
        try:
            data = b"PSWJ-manifest" + vault_id + struct.pack(">Q", revision) + ct_hash + raw_id
            authentic = hmac.compare_digest(hmac_sha256(key, data), entry_mac)
        except (TypeError, struct.error):
            authentic = False
        if not authentic:
            warnings.append(f"record {name}: its manifest entry is not authentic")
        if name not in rows and not name.startswith(ATTACHMENT_PREFIX):
            damaged.append(f"record {name}: missing (the manifest lists it; the file lost it)")
    for record_id, (revision, blob, authentic) in rows.items():
        listed = entries.get(record_id)
        if authentic and listed is None:
            warnings.append(f"record {record_id}: not in the manifest (added outside the app)")
        elif authentic and listed[0] != revision:
            expected = f"the manifest expects {listed[0]}"
            warnings.append(f"record {record_id}: at revision {revision}, {expected} (rolled back)")
        elif authentic and listed[1] != hashlib.sha256(blob).digest():
            warnings.append(
                f"record {record_id}: its content at revision {revision} is not what the "
                "manifest recorded for that revision (replaced)"
            )
    state = read_state(conn, vault_id, key, schema)
    if state is None or not state[4]:
        warnings.append("the manifest summary is missing or not authentic")
    # Compared whether or not its MAC is authentic (section 10, check 4).
    if state is not None and (state[0] != count or state[1] != digest.to_bytes(MAC, "big")):
        warnings.append("the manifest summary does not match: records were removed outside the app")
    return state


def read_state(conn, vault_id, key, schema):
    """The manifest_state row as (count, digest, history count, history digest,
    whether its MAC is authentic), or None when there is none. Schema 2's MAC also
    covers the history's count and digest; a vault migrated from schema 1 keeps schema
    1's MAC until its first save, which is accepted only while the history is empty."""
    columns = f"count, {as_blob('digest')}, {as_blob('mac')}"
    columns += f", history_count, {as_blob('history_digest')}" if schema >= 2 else ""
    row = conn.execute(f"SELECT {columns} FROM manifest_state WHERE id = 1").fetchone()
    if row is None:
        return None
    count, stored, mac, *history = row
    history_count, history_digest = history or (0, bytes(MAC))
    try:
        v1 = b"PSWJ-state" + vault_id + struct.pack(">Q", count) + stored
        v2 = b"PSWJ-state2" + vault_id + struct.pack(">Q", count) + stored
        v2 += struct.pack(">Q", history_count) + history_digest
        authentic = hmac.compare_digest(hmac_sha256(key, v2), mac) or (
            history_count == 0
            and history_digest == bytes(MAC)
            and hmac.compare_digest(hmac_sha256(key, v1), mac)
        )
    except (TypeError, ValueError, struct.error):
        authentic = False
    return (count, stored, history_count, history_digest, authentic)


# --- Revision history (schema 2) ------------------------------------------------------


def read_history(conn, vault_id, keys, rows, state, damaged, warnings) -> list[dict]:
    """Every earlier revision, checked as `psw-journal verify` checks it."""
    records_key, manifest_key = keys
    history, digest, count = [], 0, 0
    for raw_id, revision, blob, mac in conn.execute(
        f"SELECT {as_id('record_id')}, revision, {as_blob('blob')}, {as_blob('mac')} "
        "FROM history ORDER BY record_id, revision"
    ):
        count += 1
        well_formed = isinstance(mac, bytes) and len(mac) == MAC
        if well_formed:
            digest ^= int.from_bytes(mac, "big")
        try:
            name = raw_id.decode("utf-8")
        except (AttributeError, UnicodeDecodeError):
            damaged.append("an old revision whose id is unreadable (not UTF-8 text)")
            continue
        plain = open_record(records_key, vault_id, raw_id, revision, blob)
        if plain is None:
            damaged.append(f"record {name}: old revision {revision} does not authenticate")
            continue
        data = b"PSWJ-history" + vault_id + struct.pack(">Q", revision)
        data += hashlib.sha256(blob).digest() + raw_id
        if not well_formed or not hmac.compare_digest(hmac_sha256(manifest_key, data), mac):
            warnings.append(f"record {name}: old revision {revision} was not written by the app")
        current = rows.get(name)  # in the trash, or failing to decrypt, it still exists
        if current is None:
            warnings.append(f"record {name}: old revision {revision} of a record that is gone")
        elif type(current[0]) is not int or not revision < current[0]:
            warnings.append(f"record {name}: old revision {revision} is not older (rolled back)")
        try:
            version = as_record(name, plain)
        except (ValueError, KeyError, TypeError, AttributeError):
            damaged.append(f"record {name}: old revision {revision} is not readable record JSON")
            continue
        history.append({"id": name, "revision": revision, "record": version})
    # Compared whether or not the state's MAC is authentic (section 15, check 4).
    if state is not None and (state[2] != count or state[3] != digest.to_bytes(MAC, "big")):
        warnings.append(
            "the history summary does not match: old revisions were removed or put back "
            "outside the app"
        )
    return history


# --- Attachments (schema 4) ----------------------------------------------------------


def open_padded(key: bytes, blob: object, aad: bytes) -> bytes | None:
    padded = (
        aead_open(key, blob, aad) if isinstance(blob, bytes) and sealed_length_ok(blob) else None
    )
    end = (padded or b"").rstrip(b"\x00")
    return end[:-1] if end.endswith(b"\x80") else None


def read_attachments(conn, vault_id, keys, rows, damaged, warnings) -> list[dict]:
    """Every attachment (section 18), checked as `psw-journal verify` checks it."""
    records_key, manifest_key = keys
    entries = {}
    for raw_id, revision, ct_hash, mac in conn.execute(
        f"SELECT {as_id('record_id')}, revision, {as_blob('ct_hash')}, {as_blob('mac')} "
        "FROM manifest"
    ):
        name = raw_id.decode("utf-8", "replace") if isinstance(raw_id, bytes) else ""
        if name.startswith(ATTACHMENT_PREFIX):
            entries[name[len(ATTACHMENT_PREFIX) :]] = (revision, ct_hash, mac)
    found = []
    for att_id, entry_id, revision, meta_blob, data_blob in conn.execute(
        f"SELECT id, entry_id, revision, {as_blob('meta')}, {as_blob('data')} "
        "FROM attachments ORDER BY entry_id, id"
    ):
        if not isinstance(att_id, str) or not isinstance(entry_id, str):
            damaged.append("an attachment whose ids are unreadable")
            continue
        entry = entry_id.encode()
        ids = struct.pack(">H", len(entry)) + entry + att_id.encode()
        if type(revision) is not int or not 0 <= revision < 2**63:
            damaged.append(f"record {entry_id}: attachment {att_id} is damaged")
            continue
        rev = struct.pack(">Q", revision)
        meta = open_padded(records_key, meta_blob, b"PSWJ-attachment-meta" + vault_id + rev + ids)
        data = open_padded(records_key, data_blob, b"PSWJ-attachment-data" + vault_id + ids)
        listed = entries.pop(att_id, None)
        if meta is None or data is None:
            damaged.append(f"record {entry_id}: attachment {att_id} does not authenticate")
            continue
        sha = hashlib.sha256
        ct_hash = sha(sha(meta_blob).digest() + sha(data_blob).digest()).digest()
        if listed is None:
            warnings.append(f"record {entry_id}: attachment {att_id} is not in the manifest")
        else:
            data_mac = b"PSWJ-manifest" + vault_id + rev + ct_hash
            data_mac += (ATTACHMENT_PREFIX + att_id).encode()
            if not hmac.compare_digest(hmac_sha256(manifest_key, data_mac), listed[2] or b""):
                warnings.append(f"record {entry_id}: attachment {att_id} is not the manifest's")
        if entry_id not in rows:
            warnings.append(f"record {entry_id}: attachment {att_id} of an entry that is gone")
        try:
            details = json.loads(meta.decode("utf-8"))
            item = {"id": att_id, "entry_id": entry_id}
            item |= {k: details.get(k) for k in ("name", "size", "added", "detached")}
        except (ValueError, AttributeError):
            damaged.append(f"record {entry_id}: attachment {att_id} has unreadable details")
            continue
        found.append(item | {"data_base64": base64.b64encode(data).decode("ascii")})
    for att_id in sorted(entries):
        damaged.append(f"attachment {att_id}: missing (the manifest lists it; the file lost it)")
    return found


# --- The command line -----------------------------------------------------------------


OLDER_READING = (
    "the passphrase file opened this vault only as the app read such files before "
    "3 December 2026 (a byte-order mark kept, or the line ended at another line break)"
)


def read_secret(source: str, what: str) -> tuple[str, str | None]:
    """The first line of FILE (standard input for '-'), as the app reads it (section
    5.1), and the older reading of section 5.1 when it differs (else None)."""
    if source == "-" and sys.stdin.isatty():
        return getpass.getpass(f"{what.capitalize()}: "), None
    where = "standard input" if source == "-" else source
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise Failure(2, f"cannot read the {what} from {where} ({exc.strerror})") from None
    try:
        text = data.decode("utf-8")  # a byte-order mark, if any, is still its first character
    except UnicodeDecodeError:
        raise Failure(2, f"the {what} in {where} is not UTF-8 text") from None
    line = text.removeprefix("\ufeff").split("\n", 1)[0].removesuffix("\r")  # LF or CRLF
    if not line:
        raise Failure(2, f"the first line of the {what} in {where} is empty")
    older = text.splitlines()[0]  # every break str.splitlines() knows, the BOM kept
    return line, older if older and older != line else None


def run(args: argparse.Namespace) -> int:
    vault = Path(args.vault)
    if not vault.is_file():
        raise Failure(2, f"no vault file at {vault}")
    if args.out not in (None, "-") and os.path.lexists(args.out):
        raise Failure(2, f"{args.out} exists; refusing to overwrite it")
    with contextlib.ExitStack() as stack:
        conn = connect_read_only(vault, stack)
        h = read_header(conn)
        if args.passphrase_file is not None:
            passphrase, older = read_secret(args.passphrase_file, "passphrase")
            try:
                master = unlock_with_passphrase(h, passphrase)
            except Failure as exc:
                if exc.args[0] != 3 or older is None:
                    raise
                master = unlock_with_passphrase(h, older)  # section 5.1: the older reading
                print(f"decrypt_vault: {OLDER_READING}", file=sys.stderr)
        else:
            text, _ = read_secret(args.recovery_key_file, "recovery key")
            master = unlock_with_recovery_key(h, text)
        output, damaged, warnings = decrypt(conn, h, master)
    data = (json.dumps(output, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if args.out in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:  # plaintext: a new file readable by its owner only
        with os.fdopen(os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as fh:
            fh.write(data)
    for line in [*damaged, *warnings]:
        print(f"decrypt_vault: {line}", file=sys.stderr)
    counts = f"{len(output['records'])} records, {len(output['meta'])} meta items, "
    counts += f"{len(output['history'])} earlier versions, "
    counts += f"{len(output['attachments'])} attachments"
    print(f"decrypt_vault: {counts}", file=sys.stderr)
    return 4 if damaged else 1 if warnings else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("vault", help="a vault or backup file (only ever read)")
    secret = parser.add_mutually_exclusive_group(required=True)
    secret.add_argument("--passphrase-file", metavar="FILE", help="'-' for standard input")
    secret.add_argument("--recovery-key-file", metavar="FILE", help="'-' for standard input")
    parser.add_argument("--out", metavar="FILE", help="write the JSON here (default: stdout)")
    args = parser.parse_args(argv)
    try:
        return run(args)
    except Failure as exc:
        print(f"decrypt_vault: {exc.args[1]}", file=sys.stderr)
        return exc.args[0]
    except (sqlite3.DatabaseError, OSError) as exc:
        print(f"decrypt_vault: cannot read {args.vault} as a vault ({exc})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
