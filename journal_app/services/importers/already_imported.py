"""Recognising entries already imported, so that importing the same file twice (or a
later export of the same journal) does not double every entry.

An imported record keeps, inside its encrypted JSON, a fingerprint of the entry it
came from: HMAC-SHA256 over the entry's identity (importers.identity: source, date,
time of day and text) under the journal's own import key, a random key kept in the
encrypted meta item `meta:import_key` (docs/FORMAT.md, sections 9.1 and 9.3). Keyed,
so a fingerprint seen outside the vault (in `show --json` or an export) cannot be used
to confirm a guess at an entry's text, and the same entry has a different fingerprint
in another journal. Kept on the record itself, so an entry edited since, or in the
trash, is still recognised, and one deleted for good can be imported again.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING, Any

from journal_app.domain.records import Record
from journal_app.services.record_cache import META_PREFIX

if TYPE_CHECKING:
    from journal_app.services.importers import ParsedImport
    from journal_app.services.journal import Journal

IMPORT_KEY_ID = META_PREFIX + "import_key"
_KEY_BYTES = 32


def _valid_key(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 2 * _KEY_BYTES:
        return False
    try:
        bytes.fromhex(value)
    except ValueError:
        return False
    return True


def import_key(journal: Journal) -> bytes:
    """The journal's import key, made (and stored, encrypted) on its first import.
    Made in one read-and-write of the item, so two imports at once agree on one key."""
    value = journal.meta_item(IMPORT_KEY_ID)
    if not _valid_key(value):
        value = journal.update_meta_item(
            IMPORT_KEY_ID,
            lambda current: current if _valid_key(current) else secrets.token_hex(_KEY_BYTES),
        )
    return bytes.fromhex(value)


def fingerprint(key: bytes, identity: str) -> str:
    return hmac.new(key, identity.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def leave_out_known(journal: Journal, parsed: ParsedImport) -> tuple[list[Record], int]:
    """The parsed records the journal does not hold yet, each marked with its
    fingerprint, and how many were left out because it does (shown, or in the trash).
    Two identical entries in one file are both new the first time, and both known
    the next."""
    if not parsed:
        return [], 0
    key = import_key(journal)
    known = {r.imported for r in journal.records()} | {r.imported for r in journal.trash()}
    known.discard("")
    new: list[Record] = []
    for record, identity in zip(parsed, parsed.identities, strict=True):
        mark = fingerprint(key, identity)
        if mark not in known:
            record.imported = mark
            new.append(record)
    return new, len(parsed) - len(new)
