"""The trash rules: a record the worker deletes goes into the trash, leaves every view,
search and pack, and can be restored until it is purged (after TRASH_DAYS, or when the
worker empties the trash). Purging deletes it for good, with its history and its
attachments; files detached from entries are purged by the same rule."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from journal_app.domain.records import Record, utc_now
from journal_app.errors import RecordNotFound
from journal_app.services.attachments import Attachments
from journal_app.services.record_cache import RecordCache
from journal_app.services.record_history import RecordHistory
from journal_app.services.record_rules import check_restore_rules
from journal_app.services.record_writer import RecordWriter
from journal_app.vault.store import VaultStore

TRASH_DAYS = 30  # how long the trash keeps a deleted record before purging it


class Trash:
    """The trash of one unlocked journal."""

    def __init__(
        self, store: VaultStore, cache: RecordCache, writer: RecordWriter, history: RecordHistory
    ) -> None:
        self.store = store
        self._cache = cache
        self._writer = writer
        self._history = history

    def move_to_trash(self, record_id: str) -> Record | None:
        """Delete a record the way the worker does: into the trash, from which it can
        be restored until it is purged. It leaves every view, search and pack. A
        quarantined (damaged) record cannot be read back, so it is deleted for good
        at once (None is returned)."""
        if record_id in self._cache.damaged:
            good = self._history.last_good_version(record_id)
            if good is None or good.record is None:
                self._writer.delete(record_id)
                return None
            # Its last good version goes to the trash with its history, so deleting a
            # damaged record never throws away words that can still be read.
            trashed = dataclasses.replace(good.record, trashed=utc_now())
            self._writer.replace_damaged(trashed)
            return trashed
        record = self._cache.get(record_id)
        trashed = dataclasses.replace(record, trashed=utc_now())
        self._writer.save_unchanged(trashed)
        return trashed

    def records(self) -> list[Record]:
        """The records in the trash, most recently deleted first."""
        return sorted(self._cache.trashed(), key=lambda r: r.trashed or r.updated, reverse=True)

    def restore(self, record_id: str) -> Record:
        record = self._cache.in_trash(record_id)
        if record is None:
            raise RecordNotFound(f"no record {record_id} in the trash")
        check_restore_rules(record, self._cache.snapshot)
        restored = dataclasses.replace(record, trashed=None)
        self._writer.save_unchanged(restored)
        return restored

    def empty(self, older_than: timedelta | None = None, now: datetime | None = None) -> int:
        """Purge records from the trash for good (all, or those trashed longer ago than
        `older_than`); SQLite's secure_delete and a checkpoint leave no trace of them in
        the file. Returns the number purged."""
        now = now or utc_now()
        doomed = [
            r.id
            for r in self._cache.trashed()
            if older_than is None or (r.trashed is not None and now - r.trashed >= older_than)
        ]
        for record_id in doomed:
            self._writer.purge(record_id)  # with its attachments
        # Files detached from entries are kept as deleted entries are, and go with them.
        detached = Attachments(self.store, self._cache).purge_detached(older_than, now)
        if doomed or detached:
            self.store.checkpoint()
        return len(doomed)
