"""The journal use cases: create, unlock, add, edit, delete, list, search, verify.

`Journal` is the one object the command line, the GUI and the other services use; each
of its jobs has a module of its own, which it puts together:

- record_cache: the decrypted records, the trash's, their revisions, the search index;
- record_codec: the JSON that the vault seals;
- record_writer: the one path by which records reach the vault;
- meta_items: the worker's settings, a draft, other encrypted items that are not records;
- record_history: earlier versions, reverts, the history limit, the editor's versions;
- trash: deleted records, restorable for TRASH_DAYS.

While unlocked, every record is decrypted into memory and indexed for search;
`lock` drops the records, the index and the keys together.

Threads (the rule; docs/ARCHITECTURE.md): a Journal being opened belongs to the thread
opening it (the unlock's worker) until it is handed over; once open, any thread may
call it. Its in-memory state (records, trash, revisions, damaged ids, the meta items'
copies, the editor's versions) changes only under a lock, each change in one step, and
readers get copies taken under that lock, never the dicts themselves (record_cache).
Records handed out are shared: treat them as read-only (change one with `edit`, or
save a copy). The search index is built on its own worker from such a copy. Nothing
process-wide (the garbage collector, say) is switched from a worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from journal_app.domain.records import Record
from journal_app.domain.schema import record_from_input, record_with_changes
from journal_app.domain.vocabulary import Vocabulary
from journal_app.services.attachments import Attachments
from journal_app.services.meta_items import DISPLAY_NAME, HISTORY_LIMIT, SUPERVISORS, MetaItems
from journal_app.services.record_cache import RecordCache, RecordFilter
from journal_app.services.record_codec import decode_record, encode_record
from journal_app.services.record_history import (
    MAIN_EDITOR,
    MAX_HISTORY_LIMIT,
    EditorVersions,
    RecordHistory,
    Revision,
)
from journal_app.services.record_rules import check_record_rules
from journal_app.services.record_writer import RecordWriter
from journal_app.services.search_index import SearchHits
from journal_app.services.trash import TRASH_DAYS, Trash
from journal_app.services.vault_setup import (
    calibrated_kdf,
    kdf_settings,
    keeps_share_history_at,
    reset_passphrase_with_recovery_key,
)
from journal_app.services.vocabulary import load_vocabulary
from journal_app.vault import crypto
from journal_app.vault.crypto import KdfParams
from journal_app.vault.store import Problem, VaultStore

# Names the rest of the app imports from here.
__all__ = [
    "DISPLAY_NAME",
    "HISTORY_LIMIT",
    "MAX_HISTORY_LIMIT",
    "SUPERVISORS",
    "TRASH_DAYS",
    "Journal",
    "KdfParams",
    "RecordFilter",
    "Revision",
    "calibrated_kdf",
    "decode_record",
    "encode_record",
    "kdf_settings",
    "keeps_share_history_at",
    "reset_passphrase_with_recovery_key",
]

log = logging.getLogger(__name__)


class Journal:
    """An unlocked journal. Build one with `create`, `open` or `open_with_recovery_key`."""

    def __init__(self, store: VaultStore, vocabulary: Vocabulary) -> None:
        self.store = store
        self.vocabulary = vocabulary
        self.cache = RecordCache(vocabulary)
        self.meta_items = MetaItems(store, self.cache)
        self._writer = RecordWriter(store, self.cache, self.meta_items, vocabulary)
        self.history_rules = RecordHistory(store, self.cache, self.meta_items, self._writer)
        self.trash_rules = Trash(store, self.cache, self._writer, self.history_rules)
        self.attachments = Attachments(store, self.cache)  # evidence files of entries
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

        def unlock(store: VaultStore) -> None:
            if for_writing:
                store.require_writable()
            store.unlock(ask_passphrase())

        return cls._open_with(path, unlock)

    @classmethod
    def open(cls, path: Path, passphrase: str, background: bool = False) -> Journal:
        """`background`: return once every record is decrypted (authenticated), and
        decode them on a worker thread (see `loading`), as the app does."""
        return cls._open_with(path, lambda store: store.unlock(passphrase), background)

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_key: str) -> Journal:
        return cls._open_with(path, lambda store: store.unlock_with_recovery_key(recovery_key))

    @classmethod
    def _open_with(
        cls, path: Path, unlock: Callable[[VaultStore], None], background: bool = False
    ) -> Journal:
        store = VaultStore.open(path)
        try:
            unlock(store)
        except BaseException:
            store.close()
            raise
        return cls.from_store(store, background)

    @classmethod
    def from_store(cls, store: VaultStore, background: bool = False) -> Journal:
        """Decrypt every record of an unlocked store, each one authenticated, and
        decode them (`background`: on a worker thread, see `loading`)."""
        journal = cls(store, load_vocabulary())
        try:
            journal._load(background)
        except BaseException:
            journal.cache.close()
            store.close()
            raise
        return journal

    def _load(self, background: bool = False) -> None:
        report = self.cache.load(self.store, self.meta_items.loaded, background)
        self.changed_outside = sorted(report.changed_outside)
        self.state_problems = self.store.check_state(report)
        # No counts of entries: the log sits in plain text beside the journal, and a
        # count per unlock would tell how the journal grows (damage is worth saying;
        # records that do not decode are logged by the decoding).
        if report.damaged:
            log.info("unlocked; %d record(s) quarantined", len(report.damaged))
        else:
            log.info("unlocked")

    @property
    def loading(self) -> bool:
        """Whether the records are still being decoded after a background unlock:
        meanwhile every read and change waits for it (about a second at 100,000
        records), so the GUI holds what reads them until it ends (it looks again
        every few milliseconds: gui/after_load.py)."""
        return self.cache.loading

    @property
    def load_failed(self) -> bool:
        """Whether that decoding stopped on an error: every read then raises
        EntriesUnreadable, and the journal should be locked."""
        return self.cache.load_failed

    def wait_loaded(self, timeout: float | None = None) -> bool:
        """Wait until every record is decoded (`timeout` seconds at most); whether
        it is."""
        return self.cache.wait_loaded(timeout)

    @property
    def count_hint(self) -> int:
        """How many records the unlock decrypted (in the trash too), known at once."""
        return self.cache.count_hint

    def start_indexing(self) -> None:
        """Build the search index on a worker thread (the GUI calls this once its
        window is up after unlocking; without it, the first search builds the index)."""
        self.cache.start_indexing()

    @property
    def index_ready(self) -> bool:
        """Whether the search index is built (False before `start_indexing`, while the
        worker builds it, and once locked)."""
        return self.cache.index_ready

    def lock(self) -> None:
        """Forget every decrypted record, the search index and the keys."""
        self.cache.close()
        self.store.close()

    close = lock

    @property
    def damaged(self) -> list[str]:
        """Records that failed to authenticate or to decode: quarantined, not shown
        (after a background unlock, waits for the decoding, which may find more)."""
        return self.cache.damaged

    @property
    def schema_problems(self) -> list[Problem]:
        """Tables, indexes, views or triggers in the file that the format does not
        define, or tables it lacks or has changed (vault.file_schema): found when the
        journal opened or at a refused save. Nothing is saved while there are any."""
        return list(self.store.schema_problems)

    @property
    def is_open(self) -> bool:
        return self.cache.is_open

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

    # --- reading (record_cache) ------------------------------------------------

    def get(self, record_id: str) -> Record:
        return self.cache.get(record_id)

    def __len__(self) -> int:
        return len(self.cache)

    def records(self, where: RecordFilter | None = None, limit: int | None = None) -> list[Record]:
        """Records matching the filter, newest first; at most `limit` of them (the
        newest). Every record is decrypted at the unlock anyway (a record's date is
        encrypted, and the unlock checks them all), so a limit saves the sorting and
        whatever the caller does with each record, not the decryption."""
        return self.cache.records(where, limit)

    def search(
        self,
        text: str,
        where: RecordFilter | None = None,
        limit: int | None = None,
        *,
        wait: bool = True,
    ) -> SearchHits:
        """Records containing every word of `text` (words match as prefixes), newest
        first; at most `limit` of them. Uses the index once it is built or building
        (`start_indexing`); before that, one pass over the records finds the same
        ones for less than building the index would cost (the command line's case).
        During the build a search waits for it; with `wait` False it answers at once,
        perhaps partly (SearchHits.complete)."""
        return self.cache.search(text, where, limit, wait)

    def all_tags(self) -> list[str]:
        return self.cache.all_tags()

    # --- writing (record_writer) -------------------------------------------------

    def add(self, data: Any) -> Record:
        """Validate record JSON and store it as a new record."""
        record = self._record_from(None, data)
        self._writer.save(record)
        return record

    def edit(self, record_id: str, changes: Any) -> Record:
        record = self._record_from(record_id, changes)
        self.save(record)
        return record

    def save(self, record: Record) -> None:
        """Store a record (new or changed) in one transaction, then update memory.
        The version it replaces goes into the record's history."""
        self._writer.save(record)

    def save_editing(self, record_id: str | None, data: Any, editor: str = MAIN_EDITOR) -> Record:
        """An editor's save (`record_id` None: its new record's first): like `add` or
        `edit`, but its saves moments apart fold into one version (see
        `start_editing`). Every other save keeps every version."""
        record = self._record_from(record_id, data)
        saving = self.editor_versions.saving(record.id, record_id is None, editor)
        with saving as keep_history:
            self._writer.save(record, keep_history)
        return record

    def _record_from(self, record_id: str | None, data: Any) -> Record:
        """A new record from record JSON (`record_id` None), or a record changed by it;
        either way checked against the rest of the journal (services.record_rules)."""
        if record_id is None:
            previous, record = None, record_from_input(data, self.vocabulary)
        else:
            previous = self.get(record_id)
            record = record_with_changes(previous, data, self.vocabulary)
        check_record_rules(record, previous, self.cache.snapshot)
        return record

    def save_many(self, records: Iterable[Record]) -> None:
        """Store several records all-or-nothing (used by import)."""
        self._writer.save_many(records)

    def delete(self, record_id: str) -> None:
        """Delete a record at once, for good (the trash uses this when it is emptied);
        a quarantined (damaged) one can be deleted too."""
        self._writer.delete(record_id)

    @property
    def editor_versions(self) -> EditorVersions:
        return self.history_rules.editor

    def start_editing(self, record_id: str | None, editor: str = MAIN_EDITOR) -> None:
        """An editor (the entry pane's unless named: record_history) starts editing a
        record (None: a new one). Its saves, one at each pause in typing, keep the
        version the editing started from and then one every VERSION_EVERY_S; those in
        between replace each other (record_history)."""
        self.editor_versions.start(record_id, editor)

    # --- revision history (record_history) -------------------------------------------

    def history(self, record_id: str) -> list[Revision]:
        return self.history_rules.history(record_id)

    def revert(self, record_id: str, revision: int) -> Record:
        return self.history_rules.revert(record_id, revision)

    def last_good_version(self, record_id: str) -> Revision | None:
        return self.history_rules.last_good_version(record_id)

    def history_limit(self) -> int | None:
        return self.meta_items.history_limit()

    def set_history_limit(self, limit: int | None) -> int:
        return self.history_rules.set_history_limit(limit)

    def history_excess(self, limit: int | None) -> int:
        return self.history_rules.history_excess(limit)

    def delete_history(self, record_id: str) -> int:
        return self.history_rules.delete_history(record_id)

    def history_count(self) -> int:
        return self.history_rules.history_count()

    # --- the trash (trash) -----------------------------------------------------------

    def move_to_trash(self, record_id: str) -> Record | None:
        return self.trash_rules.move_to_trash(record_id)

    def trash(self) -> list[Record]:
        return self.trash_rules.records()

    def restore_from_trash(self, record_id: str) -> Record:
        return self.trash_rules.restore(record_id)

    def empty_trash(self, older_than: timedelta | None = None, now: datetime | None = None):
        return self.trash_rules.empty(older_than, now)

    # --- settings, a draft and other encrypted items (meta_items) ----------------------

    def settings(self) -> dict[str, Any]:
        return self.meta_items.settings()

    def save_settings(self, values: dict[str, Any]) -> None:
        self.meta_items.save_settings(values)

    def save_draft(self, draft: dict[str, Any]) -> None:
        self.meta_items.save_draft(draft)

    def draft(self) -> dict[str, Any] | None:
        return self.meta_items.draft()

    def clear_draft(self) -> None:
        self.meta_items.clear_draft()

    def meta_item(self, item_id: str) -> Any:
        return self.meta_items.item(item_id)

    def put_meta_item(self, item_id: str, value: Any) -> None:
        self.meta_items.put(item_id, value)

    def update_meta_item(self, item_id: str, change: Callable[[Any], Any]) -> Any:
        return self.meta_items.update(item_id, change)

    def delete_meta_item(self, item_id: str) -> None:
        self.meta_items.delete(item_id)

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
