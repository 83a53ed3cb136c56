"""Every worked value in docs/FORMAT.md, recomputed with the app's own code, so the
document cannot drift from what the app writes: section 14's (the golden vault of
schema 1) and section 15's (schema 2, from the fixed inputs of
tools/format_worked_values.py, whose output the document must hold exactly)."""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
from pathlib import Path

import pytest

from journal_app.services.record_codec import decode_record, encode_record
from journal_app.vault import crypto
from journal_app.vault.header import HEADER_COLUMNS, header_from_row
from journal_app.vault.keyring import keys_for
from journal_app.vault.manifest import (
    entry_mac,
    fold_macs,
    history_mac,
    record_aad,
    state_mac,
    state_mac_v2,
)

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "FORMAT.md").read_text("utf-8")
GOLDEN_VAULT = ROOT / "tests" / "fixtures" / "golden-v1.pswvault"
GOLDEN = json.loads((ROOT / "tests" / "fixtures" / "golden-v1.json").read_text("utf-8"))


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load("format_worked_values")
reader = _load("decrypt_vault")


def section(number: int) -> str:
    start = DOC.index(f"\n## {number}. ")
    return DOC[start : DOC.index("\n## ", start + 1)]


def value(text: str, label: str, after: str = "") -> bytes:
    """The hex after `label` (the first one after `after`): on its line after '= ', or
    on the indented lines that follow it."""
    text = text[text.index(after) :] if after else text
    start = text.index(label)
    rest = text[start:].split("\n")
    inline = re.search(r"= ([0-9a-f]{16,})(?:\s|$)", rest[0])
    if inline:
        return bytes.fromhex(inline.group(1))
    hex_lines = []
    for line in rest[1:]:
        if not re.fullmatch(r" {2}[0-9a-f]+", line):
            if not hex_lines and re.fullmatch(r" += ([0-9a-f]+)", line):
                return bytes.fromhex(line.split("= ")[1])
            break
        hex_lines.append(line.strip())
    assert hex_lines, f"no value after {label!r}"
    return bytes.fromhex("".join(hex_lines))


# --- section 15: schema 2, from fixed inputs -----------------------------------------


def test_the_document_holds_exactly_what_the_tool_prints():
    start, end = DOC.index(tool.BEGIN), DOC.index(tool.END) + len(tool.END)
    assert DOC[start:end] == tool.block(), "run: python tools/format_worked_values.py --write"
    assert start > DOC.index("\n## 15. ") and end < DOC.index("\n## 16. ")


def test_schema_2_worked_values_are_what_the_app_computes(monkeypatch: pytest.MonkeyPatch):
    text = section(15)
    text = text[text.index(tool.BEGIN) :]
    master = value(text, "master key =")
    vault_id = value(text, "vault_id   =")
    record_id = re.search(r"record id  = (\S+)", text).group(1)
    assert (master, vault_id, record_id) == (tool.MASTER_KEY, tool.VAULT_ID, tool.RECORD_ID)
    keys = keys_for(master)
    assert value(text, "records key  =") == crypto.subkey(master, "records")
    assert value(text, "manifest key =") == keys.manifest

    blobs, shas = {}, {}
    for revision, after in ((1, "Revision 1, sealed"), (2, "Revision 2, sealed")):
        plaintext = tool.PLAINTEXTS[revision]
        # The plaintext is record JSON exactly as the app writes it.
        assert encode_record(decode_record(record_id, plaintext)) == plaintext
        nonce = value(text, f"nonce, revision {revision} =")
        aad = record_aad(vault_id, record_id, revision)
        if revision == 1:
            assert value(text, "AAD (71 bytes)", after) == aad
            assert crypto.pad(plaintext) == plaintext + b"\x80" + bytes(512 - len(plaintext) - 1)
            assert f"00 x {512 - len(plaintext) - 1}" in text
        monkeypatch.setattr(crypto.os, "urandom", lambda n, nonce=nonce: nonce)
        blob = keys.records.seal(plaintext, aad)
        monkeypatch.undo()
        documented = (
            nonce + value(text, "ciphertext (512 bytes)", after) + value(text, "tag = ", after)
        )
        assert documented == blob
        assert keys.records.open(blob, aad) == plaintext
        assert (
            reader.open_record(
                reader.hkdf(master, b"psw-journal/v1/records"),
                vault_id,
                record_id.encode(),
                revision,
                blob,
            )
            == plaintext
        )
        blobs[revision], shas[revision] = blob, crypto.sha256(blob)
    assert value(text, "SHA-256(blob) =") == shas[1]
    assert value(text, "ct_hash = SHA-256(blob) =") == shas[2]

    old = history_mac(keys.manifest, vault_id, record_id, 1, shas[1])
    assert value(text, "history MAC = HMAC") == old
    current = entry_mac(keys.manifest, vault_id, record_id, 2, shas[2])
    assert value(text, "entry MAC = HMAC") == current
    assert value(text, "state MAC = HMAC") == state_mac_v2(
        keys.manifest, vault_id, 1, fold_macs([current]), 1, fold_macs([old])
    )
    for name in ("history MAC input", "entry MAC input", "state MAC input"):
        assert value(text, name) == tool.values()[name.split()[0] + " input"]


# --- section 14: the golden vault of schema 1 ------------------------------------------


def test_the_golden_vaults_worked_values_are_what_the_app_computes():
    text = section(14)
    conn = sqlite3.connect(f"{GOLDEN_VAULT.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        ten = ", ".join(c.strip() for c in HEADER_COLUMNS.split(",")[:10])
        header = header_from_row(
            conn.execute(f"SELECT {ten} FROM vault_header WHERE id = 1").fetchone()
        )
        rows = {i: (r, b) for i, r, b in conn.execute("SELECT id, revision, blob FROM records")}
        entries = dict(conn.execute("SELECT record_id, mac FROM manifest"))
        count, digest, mac = conn.execute(
            "SELECT count, digest, mac FROM manifest_state WHERE id = 1"
        ).fetchone()
    finally:
        conn.close()
    vault_id = header.vault_id
    assert re.search(r"`vault_id` \| `([0-9a-f]+)`", text).group(1) == vault_id.hex()
    assert re.search(r"`checksum` \| `([0-9a-f]+)`", text).group(1) == header.checksum.hex()
    kek = crypto.derive_passphrase_key(GOLDEN["passphrase"], header.salt, header.kdf)
    assert value(text, "passphrase KEK = Argon2id") == kek
    master = crypto.unwrap_key(kek, header.passphrase_slot, header.passphrase_aad())
    assert value(text, "master key     =") == master
    keys = keys_for(master)
    assert value(text, "records key  =") == crypto.subkey(master, "records")
    assert value(text, "manifest key =") == keys.manifest
    assert value(text, "header key   =") == keys.header
    assert re.search(r"`header_mac` \| `([0-9a-f]+)`", text).group(1) == header.mac.hex()

    record_id = "0b9c1f7e-1a2b-4c3d-8e4f-000000000004"
    revision, blob = rows[record_id]
    assert revision == 1 and len(blob) == 540
    assert re.search(r"nonce = ([0-9a-f]{24})", text).group(1) == blob[:12].hex()
    assert re.search(r"tag = ([0-9a-f]{32})", text).group(1) == blob[-16:].hex()
    aad = record_aad(vault_id, record_id, revision)
    assert len(aad) == 71 and aad[:11].hex() in text and aad[35:].hex() in text
    assert value(text, "ciphertext (512 bytes)", "One record") == blob[12:-16]
    plain = keys.records.open(blob, aad)
    assert plain.decode() in section(9)

    ct_hash = crypto.sha256(blob)
    assert value(text, "ct_hash = SHA-256(blob) =") == ct_hash
    assert value(text, "mac     = HMAC") == entry_mac(
        keys.manifest, vault_id, record_id, revision, ct_hash
    )
    assert entries[record_id] == entry_mac(keys.manifest, vault_id, record_id, revision, ct_hash)
    assert count == 5 and re.search(r"count  = (\d+)", text).group(1) == "5"
    assert value(text, "digest = ") == digest == fold_macs(entries.values())
    assert value(text, "mac    = HMAC") == mac == state_mac(keys.manifest, vault_id, count, digest)
