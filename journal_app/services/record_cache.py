"""What an unlocked journal holds in memory: every record decrypted (those shown and
those in the trash), the revision each was read or written at, the ids of damaged
ones, and the search index over the records shown.

Threads: any thread may read or change this state. It changes only under the cache's
lock, each change in one step (a record never shows in two places, or in none);
readers copy what they need under the same lock and work on the copy, so a reader
never sees a dict change under it. The search index has its own lock and may wait
for its build: it is never taken while the cache's lock is held (the build takes the
cache's lock under its own, for its snapshot).
"""

from __future__ import annotations

import gc
import heapq
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from journal_app.domain.records import Record, RecordType
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import RecordDamaged, RecordNotFound, VaultLocked
from journal_app.services.record_codec import SharedChoices, decode_record
from journal_app.services.search import SearchHits, SearchIndex, newest_first_key, scan
from journal_app.vault.store import LoadResult, VaultStore

# Ids of vault items that are not records (services.meta_items) start with this.
META_PREFIX = "meta:"

# The records loaded at the unlock live until the lock and hold no reference cycles,
# so Python's cycle collector is kept from walking them: they are frozen (gc.freeze)
# a batch at a time as they load, and let go at the lock. At 100,000 records a full
# collection walked about half a million of their dicts and lists (0.3 s with the
# interpreter held: a stall of the whole app), several times during the unlock itself.
# A batch adds fewer containers (about 5 a record) than the collector's first
# threshold (700), so no collection runs while they load. Freezing neither starts nor
# stops the collector (no switch for another thread to race, unlike gc.disable); what
# it also freezes (any garbage cycle of another thread's waiting to be collected) is
# let go at the lock too.
_FREEZE_EVERY = 100


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


_newest_first = newest_first_key


def _newest_first_sorted(
    records: list[Record], where: RecordFilter | None, limit: int | None = None
) -> list[Record]:
    """The records that match, newest first; only the newest `limit` of them when a
    limit is given, picked in one pass (a heap of `limit`) rather than by sorting all."""
    unfiltered = where is None or where == RecordFilter()  # `list` with no options
    found = records if unfiltered else [r for r in records if where.matches(r)]
    if limit is not None and limit < len(found):
        return heapq.nlargest(limit, found, key=_newest_first)
    found.sort(key=_newest_first, reverse=True)
    return found


def _decode_all(
    rows: Iterable[tuple[str, int, bytes]],
    meta_item: Callable[[str, bytes], None],
    report: LoadResult,
    choices: SharedChoices,
) -> tuple[dict[str, Record], dict[str, Record], dict[str, int]]:
    """The records shown, those in the trash, and each one's revision, from the rows the
    store decrypts; frozen for the collector as they come (see _FREEZE_EVERY)."""
    records: dict[str, Record] = {}
    trash: dict[str, Record] = {}
    revisions: dict[str, int] = {}
    loaded = 0
    for record_id, revision, plaintext in rows:
        loaded += 1
        if loaded % _FREEZE_EVERY == 0:
            gc.freeze()
        if record_id.startswith(META_PREFIX):
            meta_item(record_id, plaintext)
            continue
        record = decode_record(record_id, plaintext, choices)
        if record is None:
            report.damaged.append(record_id)
            continue
        # Keyed by the record's own id (equal to the row's, checked in decoding), so
        # one string per record is kept, not two (8 MiB at 100,000 records).
        record_id = record.id
        if record.trashed is not None:
            trash[record_id] = record
        else:
            records[record_id] = record
        revisions[record_id] = revision
    gc.freeze()
    return records, trash, revisions


class RecordCache:
    """The decrypted state of one unlocked journal (see the module's threading rule)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._choices = SharedChoices(vocabulary)
        self._lock = threading.Lock()
        self._records: dict[str, Record] | None = None  # None: locked
        self._trash: dict[str, Record] = {}  # records in the trash: kept, never shown
        self._revisions: dict[str, int] = {}  # each record's current revision
        self._index: SearchIndex | None = None
        # The records shown, newest first: sorted once when first asked for, dropped at
        # every change (so a list of 100,000 entries is not sorted on every refresh).
        self._ordered: list[Record] | None = None
        # Failed to authenticate: quarantined, not shown. Replaced whole, never changed
        # in place, so a reader may iterate it without the lock.
        self.damaged: list[str] = []

    # --- filled at the unlock, emptied at the lock ---------------------------------

    def load(self, store: VaultStore, meta_item: Callable[[str, bytes], None]) -> LoadResult:
        """Decrypt every record of an unlocked store (and hand each meta item to
        `meta_item`); returns what the store's checks found, with the damaged records
        (those that failed to authenticate or to decode) named."""
        report = LoadResult()
        try:
            rows = store.iter_records(report)
            records, trash, revisions = _decode_all(rows, meta_item, report, self._choices)
        except BaseException:
            gc.unfreeze()  # the part loaded goes; nothing stays frozen
            raise
        finally:
            self._choices.forget_tags()
        index = SearchIndex(self.vocabulary)
        with self._lock:
            self._records, self._trash, self._revisions = records, trash, revisions
            self._ordered = None
            self.damaged = sorted(report.damaged)
            self._index = index
        return report

    def start_indexing(self) -> None:
        """Build the search index on a worker thread (without it, the first search
        builds the index)."""
        self.index.build_in_background(self._newest_first)

    @property
    def index_ready(self) -> bool:
        """Whether the search index is built (searches no longer wait for it or scan)."""
        index = self._index
        return index is not None and index.ready

    def close(self) -> None:
        """Forget every decrypted record and the search index."""
        index = self._index
        if index is not None:
            index.close()
        with self._lock:
            self._records, self._index, self._ordered = None, None, None
            self._trash, self._revisions = {}, {}
        gc.unfreeze()  # what the load froze (see _FREEZE_EVERY) is the collector's again

    @property
    def is_open(self) -> bool:
        return self._records is not None

    def _shown(self) -> dict[str, Record]:
        records = self._records
        if records is None:
            raise VaultLocked("the journal is locked")
        return records

    def require_open(self) -> None:
        """Raise VaultLocked once the journal is locked."""
        self._shown()

    @property
    def index(self) -> SearchIndex:
        index = self._index
        if index is None:
            raise VaultLocked("the journal is locked")
        return index

    # --- reading: copies taken under the lock --------------------------------------

    def get(self, record_id: str) -> Record:
        with self._lock:
            record = self._shown().get(record_id)
        if record is not None:
            return record
        if record_id in self.damaged:
            raise RecordDamaged(f"record {record_id} is damaged and quarantined")
        raise RecordNotFound(f"no record with id {record_id}")

    def __len__(self) -> int:
        with self._lock:
            return len(self._shown())

    def snapshot(self) -> list[Record]:
        """The records shown, in no particular order."""
        with self._lock:
            return list(self._shown().values())

    def records(self, where: RecordFilter | None = None, limit: int | None = None) -> list[Record]:
        """Records matching the filter, newest first; at most `limit` of them."""
        ordered = self._newest_first()
        if where is not None and where != RecordFilter():
            ordered = [r for r in ordered if where.matches(r)]
        return ordered[:limit] if limit is not None else list(ordered)

    def _newest_first(self) -> list[Record]:
        """Every record shown, newest first (the cache's own list: never changed, and
        replaced whole when a record changes, so a reader may keep it)."""
        with self._lock:
            ordered, shown = self._ordered, self._shown()
            if ordered is None:
                ordered = sorted(shown.values(), key=_newest_first, reverse=True)
                self._ordered = ordered
        return ordered

    def search(
        self,
        text: str,
        where: RecordFilter | None = None,
        limit: int | None = None,
        wait: bool = True,
    ) -> SearchHits:
        """See Journal.search."""
        index = self.index
        if not index.started:
            ids = scan(self.snapshot(), text, self.vocabulary)
            with self._lock:
                records = self._shown()
                found = [records[i] for i in ids if i in records]
            hits = SearchHits(_newest_first_sorted(found, where, limit))
            return hits
        hits = index.search(text, wait)  # not under the cache's lock (see the module's rule)
        if (where is None or where == RecordFilter()) and limit is None:
            return hits
        kept = SearchHits(r for r in hits if where is None or where.matches(r))
        kept.complete = hits.complete
        if limit is not None:
            del kept[limit:]
        return kept

    def all_tags(self) -> list[str]:
        tags: dict[str, str] = {}
        for record in self.snapshot():
            for tag in record.tags:
                tags.setdefault(tag.casefold(), tag)
        return sorted(tags.values(), key=str.casefold)

    def trashed(self) -> list[Record]:
        """The records in the trash, in no particular order."""
        with self._lock:
            self._shown()
            return list(self._trash.values())

    def in_trash(self, record_id: str) -> Record | None:
        with self._lock:
            self._shown()
            return self._trash.get(record_id)

    def current(self, record_id: str) -> tuple[Record, int] | None:
        """The record as it is now (shown or in the trash) and its revision, or None
        (no such record, or a damaged one)."""
        with self._lock:
            record = self._shown().get(record_id) or self._trash.get(record_id)
            return None if record is None else (record, self._revisions[record_id])

    def knows(self, record_id: str) -> bool:
        """Whether the journal has this record: shown, in the trash or damaged."""
        with self._lock:
            if record_id in self._shown() or record_id in self._trash:
                return True
        return record_id in self.damaged

    def read_at(self, record_ids: Iterable[str]) -> dict[str, int]:
        """The revision each record was read or last written at here, for the store to
        check that no other program wrote it since (a new record: none to check)."""
        with self._lock:
            revisions = self._revisions
            return {i: revisions[i] for i in record_ids if i in revisions}

    # --- changing: each in one step under the lock ----------------------------------

    def remember(self, record: Record, revision: int) -> None:
        """`record` was stored at `revision` and is shown (saved, out of the trash, or
        a damaged one stored again from a readable version)."""
        with self._lock:
            self._ordered = None
            self._shown()[record.id] = record
            self._trash.pop(record.id, None)
            self._revisions[record.id] = revision
            self._drop_damaged(record.id)
        self.index.update(record)

    def remember_many(self, records: list[Record], revisions: list[int]) -> None:
        with self._lock:
            self._ordered = None
            shown = self._shown()
            for record, revision in zip(records, revisions, strict=True):
                shown[record.id] = record
                self._trash.pop(record.id, None)
                self._revisions[record.id] = revision
        index = self.index
        for record in records:
            index.update(record)

    def remember_trashed(self, record: Record, revision: int) -> None:
        """`record` was stored at `revision` in the trash: it leaves every view."""
        with self._lock:
            self._ordered = None
            self._shown().pop(record.id, None)
            self._trash[record.id] = record
            self._revisions[record.id] = revision
            self._drop_damaged(record.id)
        self.index.remove(record.id)

    def forget(self, record_id: str) -> None:
        """The record was deleted for good (shown, trashed or damaged)."""
        with self._lock:
            self._ordered = None
            self._shown().pop(record_id, None)
            self._trash.pop(record_id, None)
            self._revisions.pop(record_id, None)
            self._drop_damaged(record_id)
        self.index.remove(record_id)

    def _drop_damaged(self, record_id: str) -> None:
        if record_id in self.damaged:  # a new list: readers may be iterating the old one
            self.damaged = [i for i in self.damaged if i != record_id]
