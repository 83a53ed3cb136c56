"""What an unlocked journal holds in memory: every record decrypted (those shown and
those in the trash), the revision each was read or written at, the ids of damaged
ones, and the search index over the records shown.

Threads: any thread may read or change this state. It changes only under the cache's
lock, each change in one step (a record never shows in two places, or in none);
readers copy what they need under the same lock and work on the copy, so a reader
never sees a dict change under it. The search index has its own lock and may wait
for its build: it is never taken while the cache's lock is held (the build takes the
cache's lock under its own, for its snapshot).

The load: every record is decrypted, and so authenticated, before `load` returns;
turning each one's JSON into a Record (most of a large journal's unlock) may then go
on in the background (`load(..., background=True)`, as the app does): on a worker
thread, while the window opens (services/record_load.py). Until it is done, every read and every
change waits for it (outside the cache's lock), so what any of them sees is the
whole journal, as before; only `loading`, `load_failed`, `count_hint`, `is_open`,
`require_open`, `index`, `index_ready`, `start_indexing` and `wait_loaded(timeout)`
answer at once. Locking during it stops the worker first.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
import threading
from collections.abc import Callable, Iterable

from journal_app.domain.records import Record
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import EntriesUnreadable, RecordDamaged, RecordNotFound, VaultLocked
from journal_app.services.record_codec import SharedChoices
from journal_app.services.record_load import (
    META_PREFIX,
    Decrypted,
    decode_rows,
    decrypt_all,
    records_only,
)
from journal_app.services.record_order import RecordFilter, newest_first_sorted, reordered
from journal_app.services.search import SearchHits, SearchIndex, newest_first_key, scan
from journal_app.vault.store import LoadResult, VaultStore

log = logging.getLogger(__name__)

__all__ = ["META_PREFIX", "RecordCache", "RecordFilter"]


_newest_first = newest_first_key

# Python's switch interval while the decoding runs beside the UI thread. The worker
# holds Python's lock between switches; the UI thread, building the window, lets go
# of it at every call into Qt and must wait for it again each time: with the usual
# 5 ms, the window's 0.16 s of work took 1.1 s at 100,000 records.
_SWITCH_WHILE_DECODING_S = 0.0005
_switching = {"decoders": 0, "interval": 0.005}
_switching_lock = threading.Lock()


def _quick_switching(on: bool) -> None:
    """The short switch interval while any decoding runs (counted: loads of two
    journals may overlap); the one before it once the last ends."""
    with _switching_lock:
        if on:
            if _switching["decoders"] == 0:
                _switching["interval"] = sys.getswitchinterval()
                sys.setswitchinterval(_SWITCH_WHILE_DECODING_S)
            _switching["decoders"] += 1
        else:
            _switching["decoders"] -= 1
            if _switching["decoders"] == 0:
                sys.setswitchinterval(_switching["interval"])


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
        # The records shown, newest first: sorted once (by the decoding's worker, or when
        # first asked for), then kept in order as they change (services/record_order.py),
        # a new list each time.
        self._ordered: list[Record] | None = None
        # Failed to authenticate or to decode: quarantined, not shown. Replaced whole,
        # never changed in place, so a reader may iterate it without the lock.
        self._damaged: list[str] = []
        # The load's decoding (see the module's doc): set once every record is decoded,
        # the load failed (`_load_error`) or the lock stopped it; set while locked.
        self._loaded = threading.Event()
        self._loaded.set()
        # What stopped the decoding: its kind's name only (the exception itself would
        # keep the worker's frames, and through them decrypted text, alive).
        self._load_error: str | None = None
        self._decoder: threading.Thread | None = None
        self._stop_decoding = False
        self._count_hint = 0
        self._index_wanted = False  # start_indexing was asked for while loading

    # --- filled at the unlock, emptied at the lock ---------------------------------

    def load(
        self,
        store: VaultStore,
        meta_item: Callable[[str, bytes], None],
        background: bool = False,
    ) -> LoadResult:
        """Decrypt, and so authenticate, every record of an unlocked store (and hand
        each meta item to `meta_item`), and decode them; returns what the store's
        checks found, with the damaged records (those that failed to authenticate or
        to decode) named. `background`: return once every record is decrypted, its
        `damaged` naming those that failed to authenticate, and decode them on a
        worker thread (see the module's doc); `damaged` gives them all then."""
        report = LoadResult()
        rows = store.iter_records(report)
        if background:
            chunks = decrypt_all(rows, meta_item)
            self._start(sum(len(c) for c in chunks), report.damaged, loaded=False)
            self._decoder = threading.Thread(
                target=self._decode, args=(chunks,), name="record-decoding", daemon=True
            )
            self._decoder.start()
            return report
        try:
            loaded = decode_rows(records_only(rows, meta_item), report, self._choices)
        except BaseException:
            gc.unfreeze()  # the part loaded goes; nothing stays frozen
            raise
        finally:
            self._choices.forget_tags()
        self._start(sum(map(len, loaded)), report.damaged, loaded=True)
        self._add(*loaded)
        return report

    def _start(self, count: int, damaged: list[str], loaded: bool) -> None:
        """A new load's state: no record yet, `count` on their way."""
        index = SearchIndex(self.vocabulary)
        done = threading.Event()
        if loaded:
            done.set()
        with self._lock:
            self._records, self._trash, self._revisions = {}, {}, {}
            self._ordered = None
            self._damaged = sorted(damaged)
            self._index = index
            self._count_hint = count
            self._load_error, self._stop_decoding, self._index_wanted = None, False, False
            self._loaded = done

    def _add(
        self, records: dict[str, Record], trash: dict[str, Record], revisions: dict[str, int]
    ) -> bool:
        """Records decoded, made visible in one step; False once locked."""
        with self._lock:
            shown = self._records
            if shown is None:
                return False
            shown.update(records)
            self._trash.update(trash)
            self._revisions.update(revisions)
            self._ordered = None
        return True

    def _decode(self, chunks: list[Decrypted]) -> None:
        """The worker of a background load: decode `chunks`, the last decrypted first
        (most often the newest written), a chunk at a time, each dropped once decoded;
        then let every waiting reader go (see `_ready`)."""
        report = LoadResult()  # what does not decode
        _quick_switching(True)
        try:
            while chunks and not self._stop_decoding:
                rows = chunks.pop().rows()
                if not self._add(*decode_rows(rows, report, self._choices)):
                    break
            self._sort_shown()  # here, not in the first view that asks for it
        except BaseException as exc:  # said to every reader: none of them goes on
            self._load_error = type(exc).__name__
            log.error("the journal's entries could not all be decoded (%s)", self._load_error)
        finally:
            _quick_switching(False)
            chunks.clear()  # what was not decoded goes now
            self._choices.forget_tags()
            with self._lock:  # so start_indexing either sees it done or asks first
                if report.damaged:
                    self._damaged = sorted({*self._damaged, *report.damaged})
                    log.warning("unlock: %d record(s) do not decode", len(report.damaged))
                index_wanted = self._index_wanted and self._load_error is None
                if self._stop_decoding:  # the lock lets the readers go
                    index_wanted = False
                else:
                    self._loaded.set()
            if index_wanted:
                with contextlib.suppress(VaultLocked):  # locked meanwhile
                    self.start_indexing()

    def _sort_shown(self) -> None:
        """The decoding's last step: the records shown, newest first. Sorted outside
        the lock: until the decoding ends nothing else changes them."""
        shown = self._records
        if shown is None or self._stop_decoding:
            return
        ordered = sorted(shown.values(), key=_newest_first, reverse=True)
        with self._lock:
            if self._records is shown:
                self._ordered = ordered

    def _ready(self) -> None:
        """Wait, outside the lock, until the load's decoding is done (at once when it
        is, or when locked); raise what stopped it, if anything did."""
        loaded = self._loaded
        if not loaded.is_set():
            loaded.wait()
        self._raise_load_error()

    def _raise_load_error(self) -> None:
        """A new error for each reader (none shares another's frames)."""
        kind = self._load_error
        if kind is not None:
            raise EntriesUnreadable(f"{kind} while decoding them")

    @property
    def load_failed(self) -> bool:
        """Whether the unlock's decoding stopped on an error (every read raises
        EntriesUnreadable then: the journal should be locked)."""
        return self._loaded.is_set() and self._load_error is not None

    @property
    def loading(self) -> bool:
        """Whether the records are still being decoded after the unlock (every read
        waits for it meanwhile; see the module's doc)."""
        return not self._loaded.is_set()

    def wait_loaded(self, timeout: float | None = None) -> bool:
        """Wait until every record is decoded, `timeout` seconds at most; whether it
        is (or the cache is locked, or the load failed: the next read says which)."""
        return self._loaded.wait(timeout)

    @property
    def count_hint(self) -> int:
        """How many records are shown, at once: while they are still being decoded,
        how many the unlock decrypted (those in the trash too)."""
        with self._lock:
            shown = self._records
            if shown is not None and self._loaded.is_set():
                return len(shown)
            return self._count_hint

    @property
    def damaged(self) -> list[str]:
        """Records that failed to authenticate or to decode: quarantined, not shown
        (waits for the decoding, which may find more)."""
        self._ready()
        return self._damaged

    def start_indexing(self) -> None:
        """Build the search index on a worker thread (without it, the first search
        builds the index); while the records are decoded, once they are."""
        with self._lock:
            if not self._loaded.is_set():
                self._index_wanted = True  # the decoding's worker starts it when done
                return
        self.index.build_in_background(self._newest_first)

    @property
    def index_ready(self) -> bool:
        """Whether the search index is built (searches no longer wait for it or scan)."""
        index = self._index
        return index is not None and index.ready

    def close(self) -> None:
        """Forget every decrypted record and the search index (stopping the load's
        decoding first, if it still runs)."""
        decoder, self._decoder = self._decoder, None
        started = decoder is not None and decoder.ident is not None
        if started and decoder is not threading.current_thread():
            self._stop_decoding = True
            decoder.join()
        index = self._index
        if index is not None:
            index.close()
        with self._lock:
            self._records, self._index, self._ordered = None, None, None
            self._trash, self._revisions = {}, {}
            self._count_hint = 0
            self._load_error = None
            loaded = self._loaded
        loaded.set()  # readers still waiting find the cache locked
        gc.unfreeze()  # what the load froze (see FREEZE_EVERY) is the collector's again

    @property
    def is_open(self) -> bool:
        return self._records is not None

    def _shown(self) -> dict[str, Record]:
        records = self._records
        if records is None:
            raise VaultLocked("the journal is locked")
        return records

    def require_open(self) -> None:
        """Raise VaultLocked once the journal is locked (at once: what is not a record,
        such as a meta item, needs no record decoded)."""
        if self._records is None:
            raise VaultLocked("the journal is locked")

    @property
    def index(self) -> SearchIndex:
        index = self._index
        if index is None:
            raise VaultLocked("the journal is locked")
        return index

    # --- reading: copies taken under the lock --------------------------------------

    def get(self, record_id: str) -> Record:
        self._ready()
        with self._lock:
            record = self._shown().get(record_id)
        if record is not None:
            return record
        if record_id in self._damaged:
            raise RecordDamaged(f"record {record_id} is damaged and quarantined")
        raise RecordNotFound(f"no record with id {record_id}")

    def __len__(self) -> int:
        self._ready()
        with self._lock:
            return len(self._shown())

    def snapshot(self) -> list[Record]:
        """The records shown, in no particular order."""
        self._ready()
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
        self._ready()
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
            hits = SearchHits(newest_first_sorted(found, where, limit))
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
        self._ready()
        with self._lock:
            self._shown()
            return list(self._trash.values())

    def in_trash(self, record_id: str) -> Record | None:
        self._ready()
        with self._lock:
            self._shown()
            return self._trash.get(record_id)

    def current(self, record_id: str) -> tuple[Record, int] | None:
        """The record as it is now (shown or in the trash) and its revision, or None
        (no such record, or a damaged one)."""
        self._ready()
        with self._lock:
            record = self._shown().get(record_id) or self._trash.get(record_id)
            return None if record is None else (record, self._revisions[record_id])

    def knows(self, record_id: str) -> bool:
        """Whether the journal has this record: shown, in the trash or damaged."""
        self._ready()
        with self._lock:
            if record_id in self._shown() or record_id in self._trash:
                return True
        return record_id in self._damaged

    def read_at(self, record_ids: Iterable[str]) -> dict[str, int]:
        """The revision each record was read or last written at here, for the store to
        check that no other program wrote it since (a new record: none to check)."""
        self._ready()
        with self._lock:
            revisions = self._revisions
            return {i: revisions[i] for i in record_ids if i in revisions}

    # --- changing: each in one step under the lock ----------------------------------

    def remember(self, record: Record, revision: int) -> None:
        """`record` was stored at `revision` and is shown (saved, out of the trash, or
        a damaged one stored again from a readable version)."""
        self._ready()
        with self._lock:
            shown = self._shown()
            self._reorder(shown.get(record.id), record)
            shown[record.id] = record
            self._trash.pop(record.id, None)
            self._revisions[record.id] = revision
            self._drop_damaged(record.id)
        self.index.update(record)

    def remember_many(self, records: list[Record], revisions: list[int]) -> None:
        self._ready()
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
        self._ready()
        with self._lock:
            self._reorder(self._shown().pop(record.id, None), None)
            self._trash[record.id] = record
            self._revisions[record.id] = revision
            self._drop_damaged(record.id)
        self.index.remove(record.id)

    def forget(self, record_id: str) -> None:
        """The record was deleted for good (shown, trashed or damaged)."""
        self._ready()
        with self._lock:
            self._reorder(self._shown().pop(record_id, None), None)
            self._trash.pop(record_id, None)
            self._revisions.pop(record_id, None)
            self._drop_damaged(record_id)
        self.index.remove(record_id)

    def _reorder(self, old: Record | None, new: Record | None) -> None:
        """The shown records' order after one changes (under the lock): `old` leaves
        it, `new` takes its place (see services/record_order.py)."""
        if self._ordered is not None and (old is not None or new is not None):
            self._ordered = reordered(self._ordered, old, new)

    def _drop_damaged(self, record_id: str) -> None:
        if record_id in self._damaged:  # a new list: readers may be iterating the old one
            self._damaged = [i for i in self._damaged if i != record_id]
