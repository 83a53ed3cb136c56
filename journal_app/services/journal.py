"""The journal use cases: create, unlock, add, edit, delete, list, search, verify.

While unlocked, every record is decrypted into memory and indexed for search;
`lock` drops the records, the index and the keys together.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from journal_app.domain.records import Record, RecordType, utc_now
from journal_app.domain.schema import record_from_input, record_with_changes, validate_fields
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import (
    JournalError,
    RecordDamaged,
    RecordNotFound,
    UsageError,
    VaultLocked,
    WeakKdfParameters,
)
from journal_app.services.search import SearchIndex, scan
from journal_app.services.vocabulary import load_vocabulary
from journal_app.vault import crypto
from journal_app.vault.crypto import KdfParams
from journal_app.vault.store import LoadResult, Problem, VaultStore, can_write, in_wal_mode

log = logging.getLogger(__name__)


def encode_record(record: Record) -> bytes:
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":")).encode()


_DECODER = json.JSONDecoder()
# The decoder's C scanner without the whitespace checks around it: encode_record
# writes none, and anything else still goes through the full decoder.
_SCAN_ONCE = _DECODER.scan_once
# Vault items that are not journal records carry ids in this namespace (record ids
# are UUIDs), so they share the records' encryption and manifest.
META_PREFIX = "meta:"
SETTINGS_ID = META_PREFIX + "settings"
DRAFT_ID = META_PREFIX + "draft"
TRASH_DAYS = 30  # how long the trash keeps a deleted record before purging it
# Keys of Journal.settings() that the GUI and the supervision pack share.
DISPLAY_NAME = "display_name"
SUPERVISORS = "supervisors"
# How many earlier versions each record keeps (absent or None: all of them).
HISTORY_LIMIT = "history_limit"
MAX_HISTORY_LIMIT = 10_000


def _parse(plaintext: bytes) -> Any:
    """Record JSON as the standard library reads it: orjson for speed, and the json
    module for anything orjson refuses (lone surrogates, say). orjson reads integers
    beyond 64 bits as floats; records hold none (scores are 1 to 10, validated)."""
    try:
        return orjson.loads(plaintext)
    except orjson.JSONDecodeError:
        pass
    text = plaintext.decode("utf-8")
    try:
        data, end = _SCAN_ONCE(text, 0)
    except StopIteration:
        end = -1
    if end != len(text):
        data = _DECODER.decode(text)  # leading or trailing space, or not JSON
    return data


def _meta_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _meta_value(raw: bytes | None) -> Any:
    try:
        return json.loads(raw) if raw is not None else None
    except ValueError:
        return None


def _meta_change(change: Callable[[Any], Any]) -> Callable[[bytes | None], bytes]:
    """A change of a meta item's JSON value, as VaultStore.update applies it."""
    return lambda raw: _meta_json(change(_meta_value(raw)))


def _settings_with(values: dict[str, Any]) -> Callable[[Any], dict[str, Any]]:
    """A change setting `values` over the settings the file holds (kept otherwise)."""

    def change(current: Any) -> dict[str, Any]:
        return {**(current if isinstance(current, dict) else {}), **values}

    return change


def decode_record(record_id: str, plaintext: bytes) -> Record | None:
    """The record in `plaintext`, or None when it does not belong to `record_id`."""
    try:
        record = Record.from_stored(_parse(plaintext))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return record if record.id == record_id else None


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while every record is built. Records hold no
    reference cycles, but the collector kept walking the growing heap of their dicts
    and lists: about a tenth of unlock at 20,000 records."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class RecordFilter:
    type: RecordType | None = None
    date_from: date | None = None
    date_to: date | None = None
    tag: str | None = None
    theme: str | None = None

    def matches(self, record: Record) -> bool:
        if self.type is not None and record.type is not self.type:
            return False
        if self.date_from is not None and record.date < self.date_from:
            return False
        if self.date_to is not None and record.date > self.date_to:
            return False
        if self.tag is not None and self.tag.casefold() not in {t.casefold() for t in record.tags}:
            return False
        return self.theme is None or self.theme in record.fields.get("themes", [])


@dataclass(frozen=True)
class Revision:
    """One version of a record: its revision number and the record as it was then
    (None when that old revision is damaged and cannot be read)."""

    revision: int
    record: Record | None
    current: bool = False


def _newest_first(record: Record) -> tuple:
    return (record.date, record.created, record.id)


class Journal:
    """An unlocked journal. Build one with `create`, `open` or `open_with_recovery_key`."""

    def __init__(self, store: VaultStore, vocabulary: Vocabulary) -> None:
        self.store = store
        self.vocabulary = vocabulary
        self._records: dict[str, Record] | None = None
        self._index: SearchIndex | None = None
        # Encrypted items that are not records, as last read or written here: only a
        # fallback, for the file is read again where they are used (meta_item).
        self._meta: dict[str, bytes] = {}
        self._trash: dict[str, Record] = {}  # records in the trash: kept, never shown
        self._revisions: dict[str, int] = {}  # each record's current revision
        self.damaged: list[str] = []  # failed to authenticate: quarantined, not shown
        # What the unlock's state check found (records removed or put back outside
        # the app, which no record's own check can see); `verify` names them.
        self.state_problems: list[Problem] = []
        self.changed_outside: list[str] = []  # shown, but not at the manifest's revision

    # --- opening ---------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[Journal, str]:
        """A new vault; returns the open journal and the recovery key to show once."""
        store, recovery_key = VaultStore.create(path, passphrase, kdf or crypto.calibrate())
        journal = cls(store, load_vocabulary())
        journal._load()
        log.info("created a vault")
        return journal, recovery_key

    @classmethod
    def open_asking(
        cls, path: Path, ask_passphrase: Callable[[], str], for_writing: bool = False
    ) -> Journal:
        """Open `path` as the command line does: fail fast (no vault there) and, for
        a write, refuse read-only media before the passphrase is asked for."""
        store = VaultStore.open(path)
        try:
            if for_writing:
                store.require_writable()
            store.unlock(ask_passphrase())
        except BaseException:
            store.close()
            raise
        return cls.from_store(store)

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Journal:
        return cls._open_with(path, lambda store: store.unlock(passphrase))

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_key: str) -> Journal:
        return cls._open_with(path, lambda store: store.unlock_with_recovery_key(recovery_key))

    @classmethod
    def _open_with(cls, path: Path, unlock: Callable[[VaultStore], None]) -> Journal:
        store = VaultStore.open(path)
        try:
            unlock(store)
        except BaseException:
            store.close()
            raise
        return cls.from_store(store)

    @classmethod
    def from_store(cls, store: VaultStore) -> Journal:
        """Decrypt and index every record of an unlocked store."""
        journal = cls(store, load_vocabulary())
        try:
            journal._load()
        except BaseException:
            store.close()
            raise
        return journal

    def _load(self) -> None:
        records: dict[str, Record] = {}
        report = LoadResult()
        with _cycle_collector_paused():
            revisions = self._revisions
            for record_id, revision, plaintext in self.store.iter_records(report):
                if record_id.startswith(META_PREFIX):
                    self._meta[record_id] = plaintext
                    continue
                record = decode_record(record_id, plaintext)
                if record is None:
                    report.damaged.append(record_id)
                    continue
                if record.trashed is not None:
                    self._trash[record_id] = record
                else:
                    records[record_id] = record
                revisions[record_id] = revision
        self._records = records
        self.damaged = sorted(report.damaged)
        self.changed_outside = sorted(report.changed_outside)
        self.state_problems = self.store.check_state(report)
        self._index = SearchIndex(self.vocabulary)
        # No counts of entries: the log sits in plain text beside the journal, and a
        # count per unlock would tell how the journal grows (damage is worth saying).
        if self.damaged:
            log.info("unlocked; %d record(s) quarantined", len(self.damaged))
        else:
            log.info("unlocked")

    def start_indexing(self) -> None:
        """Build the search index on a worker thread (the GUI calls this right after
        unlocking; without it, the first search builds the index)."""
        self._idx().build_in_background(lambda: list(self._recs().values()))

    def lock(self) -> None:
        """Forget every decrypted record, the search index and the keys."""
        if self._index is not None:
            self._index.close()
        self._records, self._index = None, None
        self._trash, self._revisions = {}, {}
        self.store.close()

    close = lock

    @property
    def schema_problems(self) -> list[Problem]:
        """Tables, indexes, views or triggers in the file that the format does not
        define, or tables it lacks or has changed (vault.file_schema): found when the
        journal opened or at a refused save. Nothing is saved while there are any."""
        return list(self.store.schema_problems)

    @property
    def is_open(self) -> bool:
        return self._records is not None

    @property
    def read_only(self) -> bool:
        """The vault's file or folder cannot be written (read-only media, or no
        permission): it is read as it is, and every save refuses in words."""
        return self.store.read_only

    @property
    def keeps_share_history(self) -> bool:
        """Whether an export is recorded in this vault's share history: not in a
        read-only journal, nor in a backup copy, which reading leaves as it was made."""
        return not self.store.read_only and not self.store.is_copy

    def _recs(self) -> dict[str, Record]:
        if self._records is None:
            raise VaultLocked("the journal is locked")
        return self._records

    def _idx(self) -> SearchIndex:
        if self._index is None:
            raise VaultLocked("the journal is locked")
        return self._index

    # --- reading ---------------------------------------------------------------

    def get(self, record_id: str) -> Record:
        records = self._recs()
        if record_id in records:
            return records[record_id]
        if record_id in self.damaged:
            raise RecordDamaged(f"record {record_id} is damaged and quarantined")
        raise RecordNotFound(f"no record with id {record_id}")

    def __len__(self) -> int:
        return len(self._recs())

    def records(self, where: RecordFilter | None = None) -> list[Record]:
        """Records matching the filter, newest first."""
        found = [r for r in self._recs().values() if where is None or where.matches(r)]
        found.sort(key=_newest_first, reverse=True)
        return found

    def search(
        self, text: str, where: RecordFilter | None = None, limit: int | None = None
    ) -> list[Record]:
        """Records containing every word of `text` (words match as prefixes), newest
        first; at most `limit` of them. Uses the index once it is built or building
        (`start_indexing`); before that, one pass over the records finds the same
        ones for less than building the index would cost (the command line's case)."""
        records = self._recs()
        index = self._idx()
        if index.started:
            ids = index.search(text)
        else:
            ids = scan(list(records.values()), text, self.vocabulary)
        hits = [records[i] for i in ids if i in records]
        if where is not None:
            hits = [r for r in hits if where.matches(r)]
        hits.sort(key=_newest_first, reverse=True)
        return hits if limit is None else hits[:limit]

    def all_tags(self) -> list[str]:
        tags: dict[str, str] = {}
        for record in self._recs().values():
            for tag in record.tags:
                tags.setdefault(tag.casefold(), tag)
        return sorted(tags.values(), key=str.casefold)

    # --- writing ---------------------------------------------------------------

    def add(self, data: Any) -> Record:
        """Validate record JSON and store it as a new record."""
        record = record_from_input(data, self.vocabulary)
        self.save(record)
        return record

    def edit(self, record_id: str, changes: Any, keep_history: bool = True) -> Record:
        record = record_with_changes(self.get(record_id), changes, self.vocabulary)
        self.save(record, keep_history)
        return record

    def save(self, record: Record, keep_history: bool = True) -> None:
        """Store a record (new or changed) in one transaction, then update memory.
        The version it replaces goes into the record's history, unless
        `keep_history` is False (the editor's autosave, moments after its last save,
        folds its keystrokes into one version this way)."""
        self._recs()
        record.fields = validate_fields(record.type, record.fields, self.vocabulary)
        keep = self.history_limit() if keep_history else 0  # another program may have set it
        revision = self.store.put(
            record.id, encode_record(record), keep, self._read_at([record.id])
        )
        self._remember(record, revision)

    def save_many(self, records: Iterable[Record]) -> None:
        """Store several records all-or-nothing (used by import)."""
        self._recs()
        batch = list(records)
        for record in batch:
            record.fields = validate_fields(record.type, record.fields, self.vocabulary)
        revisions = self.store.put_many(
            [(r.id, encode_record(r)) for r in batch],
            keep_versions=self.history_limit(),
            expected=self._read_at(r.id for r in batch),
        )
        for record, revision in zip(batch, revisions, strict=True):
            self._remember(record, revision)

    def _read_at(self, record_ids: Iterable[str]) -> dict[str, int]:
        """The revision each record was read or last written at here, for the store to
        check that no other program wrote it since (a new record: none to check)."""
        return {i: self._revisions[i] for i in record_ids if i in self._revisions}

    def _remember(self, record: Record, revision: int) -> None:
        self._recs()[record.id] = record
        self._revisions[record.id] = revision
        self._idx().update(record)

    # --- revision history: earlier versions of each record -----------------------

    def history(self, record_id: str) -> list[Revision]:
        """A record's versions, newest first: the current one, then each earlier one
        kept in the history. A record in the trash has a history too, and so has a
        damaged (quarantined) one, whose current version reads as None."""
        current = self._recs().get(record_id) or self._trash.get(record_id)
        if current is not None:
            versions = [Revision(self._revisions[record_id], current, current=True)]
        elif record_id in self.damaged:
            revision = self.store.revision_of(record_id)
            versions = [] if revision is None else [Revision(revision, None, current=True)]
        else:
            raise RecordNotFound(f"no record with id {record_id}")
        for old in self.store.history(record_id):
            record = None if old.plaintext is None else decode_record(record_id, old.plaintext)
            versions.append(Revision(old.revision, record))
        return versions

    def revert(self, record_id: str, revision: int) -> Record:
        """Make an earlier version the current one again. The version it replaces is
        kept in the history, so a revert can itself be undone. A damaged record is
        brought back this way from a version that can still be read."""
        if record_id in self._trash:
            raise UsageError(
                f"record {record_id} is in the trash; restore it first, then revert it"
            )
        damaged = record_id in self.damaged
        current = None if damaged else self.get(record_id)
        for version in self.history(record_id):
            if version.revision != revision:
                continue
            if version.current and current is not None:
                return current
            if version.record is None:
                raise RecordDamaged(
                    f"revision {revision} of record {record_id} is damaged and cannot be restored"
                )
            now = utc_now() if current is None else max(utc_now(), current.updated)
            restored = dataclasses.replace(version.record, trashed=None, updated=now)
            if damaged:
                self._replace_damaged(restored)
            else:
                self.save(restored)
            return restored
        raise RecordNotFound(f"record {record_id} has no revision {revision} in its history")

    def last_good_version(self, record_id: str) -> Revision | None:
        """The newest earlier version of a damaged record that can still be read."""
        return next(
            (v for v in self.history(record_id) if not v.current and v.record is not None),
            None,
        )

    def _replace_damaged(self, record: Record) -> int:
        """Store `record` over its damaged row, keeping its history."""
        record.fields = validate_fields(record.type, record.fields, self.vocabulary)
        revision = self.store.put_over_damaged(record.id, encode_record(record))
        self.damaged.remove(record.id)
        if record.trashed is not None:
            self._trash[record.id] = record
            self._revisions[record.id] = revision
        else:
            self._remember(record, revision)
        return revision

    def history_limit(self) -> int | None:
        """How many earlier versions each record keeps (None: all, the default)."""
        value = self.settings().get(HISTORY_LIMIT)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        return None

    def set_history_limit(self, limit: int | None) -> int:
        """Keep at most `limit` earlier versions of each record (None: all). Versions
        beyond a new limit are deleted for good at once; returns how many."""
        if limit is not None and (
            isinstance(limit, bool)
            or not isinstance(limit, int)
            or not 0 <= limit <= MAX_HISTORY_LIMIT
        ):
            raise UsageError(f"history_limit: a whole number from 0 to {MAX_HISTORY_LIMIT}, or all")
        removed = 0
        if limit is None:
            self.save_settings({HISTORY_LIMIT: limit})
        else:  # the setting and the versions it deletes, in one transaction
            change = _meta_change(_settings_with({HISTORY_LIMIT: limit}))
            removed = self.store.prune_history(limit, also=(SETTINGS_ID, change))
            self._meta.pop(SETTINGS_ID, None)  # read again from the file when next used
        return removed

    def history_excess(self, limit: int | None) -> int:
        """How many earlier versions `set_history_limit(limit)` would delete."""
        self._recs()
        return 0 if limit is None else self.store.history_excess(limit)

    def delete_history(self, record_id: str) -> int:
        """Delete every earlier version of one record for good (the current one stays):
        for text the worker wants gone, such as a name written by mistake."""
        if not (record_id in self._recs() or record_id in self._trash or record_id in self.damaged):
            raise RecordNotFound(f"no record with id {record_id}")
        return self.store.prune_history(0, record_id)

    def history_count(self) -> int:
        """How many earlier versions the vault keeps in all."""
        self._recs()
        return self.store.history_count()

    # --- the trash: deleted records, restorable for TRASH_DAYS -------------------

    def move_to_trash(self, record_id: str) -> Record | None:
        """Delete a record the way the worker does: into the trash, from which it can
        be restored until it is purged. It leaves every view, search and pack. A
        quarantined (damaged) record cannot be read back, so it is deleted for good
        at once (None is returned)."""
        if record_id in self.damaged:
            good = self.last_good_version(record_id)
            if good is None or good.record is None:
                self.delete(record_id)
                return None
            # Its last good version goes to the trash with its history, so deleting a
            # damaged record never throws away words that can still be read.
            trashed = dataclasses.replace(good.record, trashed=utc_now())
            self._replace_damaged(trashed)
            return trashed
        record = self.get(record_id)
        trashed = dataclasses.replace(record, trashed=utc_now())
        # The text is unchanged, so the version it replaces is not kept twice.
        self._revisions[record_id] = self.store.put(
            record_id, encode_record(trashed), 0, self._read_at([record_id])
        )
        del self._recs()[record_id]
        self._idx().remove(record_id)
        self._trash[record_id] = trashed
        return trashed

    def trash(self) -> list[Record]:
        """The records in the trash, most recently deleted first."""
        self._recs()
        return sorted(self._trash.values(), key=lambda r: r.trashed or r.updated, reverse=True)

    def restore_from_trash(self, record_id: str) -> Record:
        self._recs()
        record = self._trash.get(record_id)
        if record is None:
            raise RecordNotFound(f"no record {record_id} in the trash")
        restored = dataclasses.replace(record, trashed=None)
        revision = self.store.put(record_id, encode_record(restored), 0, self._read_at([record_id]))
        del self._trash[record_id]
        self._remember(restored, revision)
        return restored

    def empty_trash(self, older_than: timedelta | None = None, now: datetime | None = None):
        """Purge records from the trash for good (all, or those trashed longer ago than
        `older_than`); SQLite's secure_delete and a checkpoint leave no trace of them in
        the file. Returns the number purged."""
        self._recs()
        now = now or utc_now()
        doomed = [
            r.id
            for r in self._trash.values()
            if older_than is None or (r.trashed is not None and now - r.trashed >= older_than)
        ]
        for record_id in doomed:
            self.store.delete(record_id)  # with its history
            del self._trash[record_id]
            self._revisions.pop(record_id, None)
        if doomed:
            self.store.checkpoint()
        return len(doomed)

    def delete(self, record_id: str) -> None:
        """Delete a record at once, for good (the trash uses this when it is emptied);
        a quarantined (damaged) one can be deleted too."""
        if record_id in self.damaged:
            self.store.delete(record_id)
            self.damaged.remove(record_id)
            return
        self.get(record_id)
        self.store.delete(record_id)  # with its history
        del self._recs()[record_id]
        self._revisions.pop(record_id, None)
        self._idx().remove(record_id)

    # --- the worker's own settings (names etc.): encrypted in the vault ----------

    def settings(self) -> dict[str, Any]:
        """Settings that can identify the worker or others (their display name,
        supervisors' names), kept encrypted in the vault, never in Qt settings. Read
        from the file each time: another program may have changed them."""
        value = self.meta_item(SETTINGS_ID)
        return value if isinstance(value, dict) else {}

    def save_settings(self, values: dict[str, Any]) -> None:
        """Set the settings in `values` over those the file holds now, in one
        transaction: the others stay as they are, even if another program changed
        them since this journal read them. Pass only what changed."""
        self.update_meta_item(SETTINGS_ID, _settings_with(values))

    # --- a draft that could not be saved as a record (kept encrypted) ----------

    def save_draft(self, draft: dict[str, Any]) -> None:
        """Keep editor content that failed validation, so a lock never loses it."""
        self.put_meta_item(DRAFT_ID, draft)

    def draft(self) -> dict[str, Any] | None:
        value = self.meta_item(DRAFT_ID)
        return value if isinstance(value, dict) else None

    def clear_draft(self) -> None:
        self._meta.pop(DRAFT_ID, None)
        if self.store.read_item(DRAFT_ID) is not None:
            self.store.delete(DRAFT_ID)

    # --- encrypted items that are not records (settings, draft, share history) ----

    def meta_item(self, item_id: str) -> Any:
        """The JSON value the file holds under `item_id` (META_PREFIX + name) now, or
        None. Read from the file, not from memory: another program (the command line
        beside the app) may have written it since the unlock. Should the file refuse
        the read, the value last read or written here is given."""
        self._recs()
        try:
            raw = self.store.read_item(item_id)
        except JournalError:
            raw = self._meta.get(item_id)
        else:
            if raw is None:
                self._meta.pop(item_id, None)
            else:
                self._meta[item_id] = raw
        return _meta_value(raw)

    def put_meta_item(self, item_id: str, value: Any) -> None:
        """Store `value` under `item_id` whatever the file holds (a draft); to change
        a value that others may change too, use `update_meta_item`."""
        self._recs()
        plaintext = _meta_json(value)
        self.store.put(item_id, plaintext, keep_versions=0)  # only records keep history
        self._meta[item_id] = plaintext

    def update_meta_item(self, item_id: str, change: Callable[[Any], Any]) -> Any:
        """Read-modify-write: `change` gets the JSON value the file holds under
        `item_id` now (None: none) and returns the new one, stored in the same write
        transaction, so a change another program makes at the same time is never
        lost. Returns the value stored."""
        self._recs()
        plaintext = self.store.update(item_id, _meta_change(change))
        self._meta[item_id] = plaintext
        return _meta_value(plaintext)

    # --- vault-wide --------------------------------------------------------------

    def verify(self) -> list[Problem]:
        return self.store.verify()

    def change_passphrase(
        self,
        new_passphrase: str,
        kdf: KdfParams | None = None,
        new_recovery_key: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> str | None:
        """A new passphrase and a new master key: everything is sealed again, so an
        older copy of the file and the passphrase of its day open nothing written
        from now on (they still open that copy). Returns a new recovery key, formatted
        for the worker, when one was made (asked for, or the old one could not be
        kept: see VaultStore.rekey); None when the recovery key stays valid."""
        recovery_key = self.store.rekey(
            new_passphrase, kdf or self.store.header.kdf, new_recovery_key, progress
        )
        log.info("passphrase changed and keys rotated")
        if recovery_key is not None:
            log.info("a new recovery key was made")
        return recovery_key

    def header_authentic(self) -> bool:
        """Whether the key slots are as the app last wrote them (see `verify`)."""
        return self.store.header_authentic()

    def keeps_recovery_key(self) -> bool:
        """Whether a passphrase change keeps the worker's recovery key working (if not,
        it makes a new one: see VaultStore.rekey)."""
        return self.store.keeps_recovery_key()

    def passphrase_opens(self, passphrase: str) -> bool:
        return self.store.passphrase_opens(passphrase)

    def backup(self, out_path: Path) -> None:
        self.store.backup_to(out_path)
        log.info("backup written")


def kdf_settings(
    memory_kib: int | None = None, iterations: int | None = None, lanes: int | None = None
) -> KdfParams:
    """Key-derivation settings from what was given, the defaults for the rest, checked
    against the floor and ceiling (WeakKdfParameters names the problem)."""
    kdf = KdfParams(
        crypto.DEFAULT_MEMORY_KIB if memory_kib is None else memory_kib,
        crypto.DEFAULT_ITERATIONS if iterations is None else iterations,
        crypto.DEFAULT_LANES if lanes is None else lanes,
    )
    kdf.check()
    return kdf


def calibrated_kdf() -> KdfParams:
    """Settings for a new vault, measured on this computer (about half a second)."""
    return crypto.calibrate()


def keeps_share_history_at(path: Path) -> bool:
    """Journal.keeps_share_history, asked of a vault file before it is opened: the
    command line's export takes the journal's lock only when it will write to it."""
    return in_wal_mode(path) and can_write(path)


def reset_passphrase_with_recovery_key(path: Path, recovery_key: str, new_passphrase: str) -> None:
    """Set a new passphrase using the recovery key. If the header's KDF settings are
    damaged (the likely reason the passphrase failed), new ones are measured."""
    store = VaultStore.open(path)
    try:
        store.require_writable()
        store.unlock_with_recovery_key(recovery_key)
        try:
            kdf = store.header.kdf
            kdf.check()
        except WeakKdfParameters:
            kdf = crypto.calibrate()
        store.rekey(new_passphrase, kdf)  # the recovery key opened it: it stays valid
    finally:
        store.close()
    log.info("passphrase reset with the recovery key")
