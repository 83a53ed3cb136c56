#!/usr/bin/env python3
"""The worked values of docs/FORMAT.md section 15 (schema 2), from fixed inputs: a
master key, a vault id, one record saved twice with fixed nonces. It prints every
intermediate value (sub-keys, associated data, padded plaintext, ciphertext in hex,
blob hashes, the entry MAC, the history MAC, the schema 2 state MAC), so a reader
with only the document can test each step of their own code.

Like tools/decrypt_vault.py it needs only the standard library and `cryptography`,
and follows the document, not the app: tests/unit/test_format_worked_values.py
recomputes every value with the app's code and checks that the document holds
exactly this output.

    python tools/format_worked_values.py            # print the block
    python tools/format_worked_values.py --write    # put it in docs/FORMAT.md
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import struct
import sys
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DOC = Path(__file__).resolve().parent.parent / "docs" / "FORMAT.md"
BEGIN = "<!-- worked values: written by tools/format_worked_values.py; do not edit by hand -->"
END = "<!-- end of the worked values -->"

# The fixed inputs. Not from any vault: they protect nothing.
MASTER_KEY = bytes(range(0x00, 0x20))
VAULT_ID = bytes(range(0xA0, 0xB0))
RECORD_ID = "5f1e0c2a-3b4d-4e6f-8a9b-0c1d2e3f4a5b"
NONCES = {1: bytes(range(0x10, 0x1C)), 2: bytes(range(0x20, 0x2C))}
PLAINTEXTS = {
    revision: (
        f'{{"id":"{RECORD_ID}","type":"checkin","date":"2025-01-06",'
        f'"created":"2025-01-06T09:00:00+00:00","updated":"2025-01-06T{hour}:00:00+00:00",'
        f'"title":"","tags":[],"share":"private","for_supervision":false,'
        f'"shared_summary":"","fields":{{"mood":{mood}}}}}'
    ).encode()
    for revision, hour, mood in ((1, "09", 5), (2, "10", 7))
}


def hkdf(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


def mac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def pad(plaintext: bytes) -> bytes:
    """Section 8: ISO/IEC 7816-4 to the next multiple of 512 (at least one byte)."""
    length = (len(plaintext) // 512 + 1) * 512
    return plaintext + b"\x80" + b"\x00" * (length - len(plaintext) - 1)


def record_aad(revision: int) -> bytes:
    return b"PSWJ-record" + VAULT_ID + struct.pack(">Q", revision) + RECORD_ID.encode()


def values() -> dict[str, bytes | int]:
    """Every worked value by name."""
    out: dict[str, bytes | int] = {}
    records_key = out["records key"] = hkdf(MASTER_KEY, b"psw-journal/v1/records")
    manifest_key = out["manifest key"] = hkdf(MASTER_KEY, b"psw-journal/v1/manifest")
    for revision in (1, 2):
        aad = out[f"aad {revision}"] = record_aad(revision)
        padded = out[f"padded {revision}"] = pad(PLAINTEXTS[revision])
        sealed = AESGCM(records_key).encrypt(NONCES[revision], padded, aad)
        out[f"ciphertext {revision}"], out[f"tag {revision}"] = sealed[:-16], sealed[-16:]
        blob = out[f"blob {revision}"] = NONCES[revision] + sealed
        out[f"sha {revision}"] = hashlib.sha256(blob).digest()
    rev = struct.pack(">Q", 1)
    out["history input"] = b"PSWJ-history" + VAULT_ID + rev + out["sha 1"] + RECORD_ID.encode()
    out["history mac"] = mac(manifest_key, out["history input"])
    rev = struct.pack(">Q", 2)
    out["entry input"] = b"PSWJ-manifest" + VAULT_ID + rev + out["sha 2"] + RECORD_ID.encode()
    out["entry mac"] = mac(manifest_key, out["entry input"])
    one = struct.pack(">Q", 1)
    out["state input"] = (
        b"PSWJ-state2" + VAULT_ID + one + out["entry mac"] + one + out["history mac"]
    )
    out["state mac"] = mac(manifest_key, out["state input"])
    return out


def lines(data: bytes, indent: str = "  ", width: int = 32) -> str:
    """Hex, `width` bytes a line."""
    return "\n".join(indent + data[i : i + width].hex() for i in range(0, len(data), width))


def block() -> str:
    """The Markdown that goes between BEGIN and END in docs/FORMAT.md."""
    v = values()
    p1, p2 = PLAINTEXTS[1], PLAINTEXTS[2]
    return f"""{BEGIN}

**Worked values for schema 2.** Fixed inputs, not from a real vault (so the nonces are
not random): one record saved at revision 1, then at revision 2, the app keeping
revision 1 in `history`. Every value below follows from the inputs by sections 5.3,
8, 10 and this section; `tools/format_worked_values.py` prints them, and
`tests/unit/test_format_worked_values.py` recomputes each one with the app's code.

```
master key = {MASTER_KEY.hex()}
vault_id   = {VAULT_ID.hex()}
record id  = {RECORD_ID}
nonce, revision 1 = {NONCES[1].hex()}
nonce, revision 2 = {NONCES[2].hex()}
plaintext, revision 1 ({len(p1)} bytes) =
  {p1.decode()}
plaintext, revision 2 ({len(p2)} bytes): the same with "updated" 10:00 and "mood":7

records key  = {v["records key"].hex()}
manifest key = {v["manifest key"].hex()}
```

Revision 1, sealed (the row `history` keeps):

```
AAD ({len(v["aad 1"])} bytes) = "PSWJ-record" || vault_id || u64(1) || utf8(record id) =
{lines(v["aad 1"])}
padded (512 bytes) = plaintext || 80 || 00 x {512 - len(p1) - 1}
ciphertext (512 bytes) = AES-256-GCM(records key, nonce, padded, AAD) without its tag =
{lines(v["ciphertext 1"])}
tag = {v["tag 1"].hex()}
blob = nonce || ciphertext || tag ({len(v["blob 1"])} bytes)
SHA-256(blob) = {v["sha 1"].hex()}
history MAC input ({len(v["history input"])} bytes) =
{lines(v["history input"])}
history MAC = HMAC-SHA256(manifest key, that input)
            = {v["history mac"].hex()}
```

Revision 2, sealed (the row `records` holds, and its manifest entry):

```
AAD = the same with u64(2) = ...{v["aad 2"][27:35].hex()}...
ciphertext (512 bytes) =
{lines(v["ciphertext 2"])}
tag = {v["tag 2"].hex()}
ct_hash = SHA-256(blob) = {v["sha 2"].hex()}
entry MAC input ({len(v["entry input"])} bytes) =
{lines(v["entry input"])}
entry MAC = HMAC-SHA256(manifest key, that input)
          = {v["entry mac"].hex()}
```

The state row (one manifest entry, one old revision): `count` = 1, `digest` = the entry
MAC, `history_count` = 1, `history_digest` = the history MAC.

```
state MAC input ({len(v["state input"])} bytes) =
{lines(v["state input"])}
state MAC = HMAC-SHA256(manifest key, that input)
          = {v["state mac"].hex()}
```

{END}"""


def with_block(document: str) -> str:
    """The document with its worked values replaced by `block()`."""
    start, end = document.index(BEGIN), document.index(END) + len(END)
    return document[:start] + block() + document[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"update {DOC.name} in place")
    args = parser.parse_args(argv)
    if not args.write:
        print(block())
        return 0
    text = DOC.read_text("utf-8")
    DOC.write_text(with_block(text), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
