"""`verify`'s one pass over the manifest and the records rows (integrity.check_vault).

Each records row is read once and checked as it is read: it must authenticate as that
revision of that record and be what its manifest entry recorded. Its ciphertext is
then forgotten, so the journal's ciphertext is never held at once.

The command line's `verify` opens no journal first: given a LoadResult, the same pass
also finds what the unlock's read of the rows (records.iter_records) finds, row by row
by the same rules, and hands each record that authenticates to `on_record`, so every
record is decrypted once, not once for the unlock and once more for the check.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from journal_app.vault import crypto
from journal_app.vault.crypto import DecryptionFailed
from journal_app.vault.keyring import Keys
from journal_app.vault.manifest import (
    ATTACHMENT_PREFIX,
    Problem,
    blob_sql,
    entry_macs,
    id_sql,
    macs_equal,
    record_aad,
)
from journal_app.vault.records import LoadResult

log = logging.getLogger(__name__)

_REVISION = struct.Struct(">Q")  # as packed into record_aad

# What a load is handed, for each record that authenticates: id, revision, plaintext.
OnRecord = Callable[[str, int, bytes], None]


@dataclass
class Manifest:
    """The manifest as read: each entry whose id is readable, by id, as (revision,
    ct_hash, mac, the id's bytes); how many entries there are (unreadable ones too), the
    XOR of their well-formed MACs, and a finding for each unreadable id."""

    entries: dict[str, tuple] = field(default_factory=dict)
    listed: int = 0
    digest: int = 0
    unreadable: list[Problem] = field(default_factory=list)

    @property
    def digest_bytes(self) -> bytes:
        return self.digest.to_bytes(32, "big")


def read_manifest(conn: sqlite3.Connection) -> Manifest:
    """Every manifest entry (no ciphertext in them), counted and XORed as the unlock's
    quick check does (integrity.check_state)."""
    manifest = Manifest()
    entries, unreadable = manifest.entries, manifest.unreadable
    listed, digest = 0, 0
    for raw_id, revision, ct_hash, mac in conn.execute(
        f"SELECT {id_sql('record_id')}, revision, {blob_sql('ct_hash')}, "
        f"{blob_sql('mac')} FROM manifest"
    ):
        listed += 1
        if isinstance(mac, bytes) and len(mac) == 32:
            digest ^= int.from_bytes(mac, "big")
        try:  # manifest.decode_id, without a call per entry
            record_id = raw_id.decode("utf-8")
        except (UnicodeDecodeError, AttributeError):
            unreadable.append(
                Problem(
                    None, "manifest_forged", "a manifest entry's id is unreadable (not UTF-8 text)"
                )
            )
            continue
        entries[record_id] = (revision, ct_hash, mac, raw_id)
    manifest.listed, manifest.digest = listed, digest
    return manifest


def blob_fault(blob: object, stored_type: str) -> str | None:
    """Why a sealed blob read with `blob_sql` cannot be the app's, or None: a value of
    another type than BLOB, or a length `crypto.sealed_length_ok` refuses."""
    if not isinstance(blob, bytes):
        return f"its ciphertext is stored as {stored_type}, not as a blob"
    if not crypto.sealed_length_ok(len(blob)):
        return f"its ciphertext is {len(blob)} bytes long, not 28 + 512 x k"
    return None


def check_records(
    conn: sqlite3.Connection,
    keys: Keys,
    vault_id: bytes,
    manifest: Manifest,
    problems: list[Problem],
    load: LoadResult | None = None,
    on_record: OnRecord | None = None,
) -> tuple[dict[str, object], dict[str, Problem]]:
    """Read every records row once. Returns each named row's revision and its finding,
    if any (a row whose id is unreadable goes into `problems`). With `load`, also what
    the unlock finds (see the module) and `on_record` for each row that opens."""
    revisions: dict[str, object] = {}
    found: dict[str, Problem] = {}
    entries = manifest.entries
    opener = keys.records.open
    aad_prefix = record_aad(vault_id, "", 0)[: -_REVISION.size]
    pack_revision = _REVISION.pack
    hash_of = hashlib.sha256
    for raw_id, revision, blob, blob_type in conn.execute(
        f"SELECT {id_sql('id')}, revision, {blob_sql('blob')}, typeof(blob) FROM records"
    ):
        try:
            record_id = raw_id.decode("utf-8")
        except (UnicodeDecodeError, AttributeError):
            problems.append(
                Problem(None, "damaged", "a record's id is unreadable (not UTF-8 text)")
            )
            if load is not None:
                load.unnamed += 1
            continue
        revisions[record_id] = revision
        # A later row under the same id (possible only in a changed schema) stands
        # for the record, as the last one read always has.
        found.pop(record_id, None)
        fault = blob_fault(blob, blob_type)
        if fault is not None:
            found[record_id] = Problem(record_id, "damaged", f"{fault} (damaged or changed)")
            if load is not None:
                load.damaged.append(record_id)
            continue
        try:
            # record_aad(vault_id, record_id, revision), from the id's bytes as read: a
            # revision that is not a count (records.iter_records's rule) cannot be packed
            plain = opener(blob, aad_prefix + pack_revision(revision) + raw_id)
        except (DecryptionFailed, OverflowError, struct.error, TypeError, AttributeError):
            found[record_id] = Problem(
                str(record_id), "damaged", "does not authenticate (damaged or moved)"
            )
            if load is not None:
                load.damaged.append(record_id)
            continue
        entry = entries.get(record_id)
        if entry is None:
            found[record_id] = Problem(
                record_id, "not_in_manifest", "is not in the manifest (added outside the app)"
            )
        elif entry[0] != revision or entry[1] != hash_of(blob).digest():
            found[record_id] = Problem(
                record_id, "rolled_back", _not_as_recorded(revision, entry[0])
            )
        if load is not None:
            if entry is None or entry[0] != revision:
                load.changed_outside.append(record_id)
            if on_record is not None:
                on_record(record_id, revision, plain)
    if load is not None:
        _finish_load(load, manifest, revisions)
    return revisions, found


def _finish_load(load: LoadResult, manifest: Manifest, revisions: dict[str, object]) -> None:
    """What records.iter_records adds after its rows: the manifest's count and XOR, and
    each record the manifest lists but the file lost (an attachment's entry names no
    records row), as damaged."""
    load.manifest = (manifest.listed, manifest.digest_bytes)
    load.damaged.extend(
        sorted(
            i
            for i in manifest.entries
            if i not in revisions and not i.startswith(ATTACHMENT_PREFIX)
        )
    )
    if load.damaged or load.unnamed or load.changed_outside:
        log.warning(
            "unlock: %d record(s) quarantined, %d unreadable, %d changed outside the app",
            len(load.damaged),
            load.unnamed,
            len(load.changed_outside),
        )


def entry_problems(
    keys: Keys, vault_id: bytes, manifest: Manifest, revisions: dict[str, object]
) -> list[Problem]:
    """Each manifest entry's MAC is the app's, and its record is there; sorted by id."""
    problems = []
    entry_mac = entry_macs(keys.manifest, vault_id)
    for record_id, (m_rev, m_hash, mac, raw_id) in manifest.entries.items():
        if record_id.startswith(ATTACHMENT_PREFIX):
            continue  # an attachment's entry: vault.attachments.check checks it
        try:
            expected = entry_mac(raw_id, m_rev, m_hash)
        except (TypeError, struct.error, OverflowError, AttributeError):
            expected = None
        if not macs_equal(mac, expected):
            problems.append(
                Problem(record_id, "manifest_forged", "its manifest entry is not authentic")
            )
        elif record_id not in revisions:
            problems.append(Problem(record_id, "missing", "is missing (deleted outside the app)"))
    problems.sort(key=lambda p: p.record_id)
    return problems


def _not_as_recorded(revision: object, expected: object) -> str:
    """What differs between a record and its manifest entry: the revision, or (at the
    same revision) the content."""
    if revision != expected:
        return (
            f"is at revision {revision} but the manifest expects revision {expected} "
            "(rolled back or replaced outside the app)"
        )
    return (
        f"its content at revision {revision} is not what the manifest recorded for that "
        "revision (replaced outside the app)"
    )
