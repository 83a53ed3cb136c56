"""The one path by which a journal's records reach the vault: each record is validated,
sealed and written at the revision it was read at (the store refuses the write if
another program wrote the record since), and only then does memory change."""

from __future__ import annotations

from collections.abc import Iterable

from journal_app.domain.records import Record
from journal_app.domain.schema import validate_fields
from journal_app.domain.vocabulary import Vocabulary
from journal_app.services.meta_items import MetaItems
from journal_app.services.record_cache import RecordCache
from journal_app.services.record_codec import encode_record
from journal_app.vault.store import VaultStore


class RecordWriter:
    """Stores, replaces and deletes the records of one unlocked journal."""

    def __init__(
        self, store: VaultStore, cache: RecordCache, items: MetaItems, vocabulary: Vocabulary
    ) -> None:
        self.store = store
        self._cache = cache
        self._items = items
        self._vocabulary = vocabulary

    def history_limit(self) -> int | None:
        return self._items.history_limit()

    def save(self, record: Record, keep_history: bool = True) -> None:
        """Store a record (new or changed) in one transaction, then update memory. The
        version it replaces goes into the record's history unless `keep_history` is
        False (see record_history.EditorVersions)."""
        self._cache.require_open()
        record.fields = validate_fields(record.type, record.fields, self._vocabulary)
        # The limit is read each time: another program may have set it.
        keep = self.history_limit() if keep_history else 0
        revision = self.store.put(
            record.id, encode_record(record), keep, self._cache.read_at([record.id])
        )
        self._cache.remember(record, revision)

    def save_many(self, records: Iterable[Record]) -> None:
        """Store several records all-or-nothing (used by import)."""
        self._cache.require_open()
        batch = list(records)
        for record in batch:
            record.fields = validate_fields(record.type, record.fields, self._vocabulary)
        revisions = self.store.put_many(
            [(r.id, encode_record(r)) for r in batch],
            keep_versions=self.history_limit(),
            expected=self._cache.read_at(r.id for r in batch),
        )
        self._cache.remember_many(batch, revisions)

    def save_unchanged(self, record: Record) -> None:
        """Store a record whose text is unchanged (into or out of the trash): the
        version it replaces is not kept twice."""
        revision = self.store.put(
            record.id, encode_record(record), 0, self._cache.read_at([record.id])
        )
        if record.trashed is None:
            self._cache.remember(record, revision)
        else:
            self._cache.remember_trashed(record, revision)

    def replace_damaged(self, record: Record) -> int:
        """Store `record` over its damaged row, keeping its history."""
        record.fields = validate_fields(record.type, record.fields, self._vocabulary)
        revision = self.store.put_over_damaged(record.id, encode_record(record))
        if record.trashed is not None:
            self._cache.remember_trashed(record, revision)
        else:
            self._cache.remember(record, revision)
        return revision

    def delete(self, record_id: str) -> None:
        """Delete a record at once, for good, with its history; a quarantined
        (damaged) one can be deleted too."""
        if record_id not in self._cache.damaged:
            self._cache.get(record_id)  # RecordNotFound
        self.store.delete(record_id)  # with its history
        self._cache.forget(record_id)

    def purge(self, record_id: str) -> None:
        """Delete a record from the trash for good, with its history."""
        self.store.delete(record_id)  # with its history
        self._cache.forget(record_id)
