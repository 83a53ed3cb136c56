"""The full-text search index of an unlocked journal: an in-memory SQLite FTS5 table
that exists only while the vault is unlocked (never on disk, no temp files).

Building it for a large journal takes seconds (100,000 entries), so it is built on a
worker thread in batches, newest entries first, and a search never waits for the whole
build: between two batches it answers from what is indexed so far and says that its
answer is partial (`SearchHits.complete`). Saves made meanwhile are indexed at once and
the build leaves the versions it read before them alone.

What keeps a search quick with tens of thousands of hits: the build gives the entries
their rowids newest first, so the index hands its hits back already in the order shown;
only entries saved since the build (a few) are put in their places. The table keeps no
copy of the text (contentless): a row that a save replaces is forgotten here, and its
tokens are left in the index, never returned again.
"""

from __future__ import annotations

import bisect
import itertools
import json
import logging
import re
import sqlite3  # the in-memory index only: the only sqlite3 in services/ (the file is vault/'s)
import threading
from collections.abc import Callable

from journal_app.domain.records import Record, collect_text
from journal_app.domain.vocabulary import Vocabulary

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"\w+", re.UNICODE)
# Entries written per step of the build: small enough that a search waiting for the
# index's lock waits a few milliseconds, large enough to keep the index's segments few.
BATCH = 250
SAVED_ROWIDS = 1 << 40  # rowids given by saves start here, after any build's


def index_row(record: Record, vocab: Vocabulary | None) -> tuple[str, str, str]:
    """The record's (title, tags, body) as indexed: every piece of text, with the
    names of its themes and competence areas."""
    body = [record.shared_summary]
    collect_text(record.fields, body)
    if vocab is not None:
        body.extend(vocab.themes.get(t, "") for t in record.fields.get("themes", []))
        body.extend(
            vocab.competences[c].name
            for c in record.fields.get("competences", [])
            if c in vocab.competences
        )
    return (record.title, " ".join(record.tags), "\n".join(b for b in body if b))


def query_terms(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def fts_query(text: str) -> str | None:
    """Every word must match, each also as a prefix (search as you type)."""
    terms = query_terms(text)
    if not terms:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"*' for t in terms)


def newest_first_key(record: Record) -> tuple:
    """Sort key of the order the journal shows entries in (reversed: newest first)."""
    return (record.date, record.created, record.id)


class SearchHits(list):
    """Records found, newest first. `complete` is False while the index is still being
    built: then they are the hits among the newest entries indexed so far, and a
    search once `SearchIndex.ready` finds them all."""

    complete: bool = True


class SearchIndex:
    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self._vocabulary = vocabulary
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute("PRAGMA temp_store=MEMORY")
        # No prefix indexes: prefix queries scan the sorted term list instead, which
        # is fast enough here and halves the index's build time and memory. No content
        # (content=''): the text is in the records already.
        self._db.execute(
            "CREATE VIRTUAL TABLE idx USING fts5(title, tags, body, content='', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        # Rows are addressed by integer rowid: the build's from 1, newest entry first;
        # saves' from SAVED_ROWIDS up, in no useful order.
        self._rowid_of: dict[str, int] = {}
        self._built: list[Record | None] = [None]  # by rowid: the build's snapshot
        self._saved: dict[int, Record] = {}  # by rowid: records indexed by saves
        self._next_rowid = SAVED_ROWIDS
        self._dead_rows = 0  # rows whose record was saved again or removed since
        # Held for one step at a time (a batch of the build, a save, a search), never
        # while Python prepares a batch. A plain Lock: `build_in_background` takes it on
        # one thread and its worker may release it on another.
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._building = False
        self._build_done = threading.Event()  # set when no build runs any more
        self._build_done.set()
        self._saved_during_build: set[str] = set()  # the build skips these
        self._cancelled = False
        self.started = False

    @property
    def ready(self) -> bool:
        """Whether the index is built: started, and its worker (if any) has finished."""
        return self.started and not self._building

    # --- the build ---------------------------------------------------------------------

    def ensure_built(self, snapshot: Callable[[], list[Record]]) -> None:
        """Index the journal now, on this thread, unless a build has started.
        `snapshot` gives the records newest first."""
        if self._start():
            self._build(snapshot)

    def build_in_background(self, snapshot: Callable[[], list[Record]]) -> None:
        """Index the journal on a worker thread; `snapshot` gives the records newest
        first. The worker takes it under the index's lock, so a save is either in it
        or indexed by `update` (which the build then leaves alone)."""
        if not self._start():
            return
        self._thread = threading.Thread(
            target=self._build, args=(snapshot,), name="search-index", daemon=True
        )
        try:
            self._thread.start()
        except BaseException:
            with self._lock:
                self._forget_all()
                self._building = False
                self._build_done.set()
            raise

    def _start(self) -> bool:
        with self._lock:
            if self.started:
                return False
            self.started, self._building = True, True
            self._build_done.clear()
            return True

    def _build(self, snapshot: Callable[[], list[Record]]) -> None:
        vocab = self._vocabulary
        try:
            with self._lock:
                records = snapshot()
                self._built = [None, *records]
            for start in range(0, len(records), BATCH):
                batch = records[start : start + BATCH]
                rows = [(start + i, *index_row(r, vocab)) for i, r in enumerate(batch, 1)]
                with self._lock:
                    if self._cancelled:
                        return
                    self._write_batch(batch, rows)
        except Exception as exc:  # leave an empty index; searches scan until a rebuild
            log.error("search index build failed: %s", type(exc).__name__)
            with self._lock:
                self._forget_all()
        finally:
            with self._lock:
                self._building = False
                self._saved_during_build.clear()
                self._build_done.set()

    def _write_batch(self, batch: list[Record], rows: list[tuple[int, str, str, str]]) -> None:
        saved = self._saved_during_build
        if saved:
            kept = [(r, row) for r, row in zip(batch, rows, strict=True) if r.id not in saved]
            for record, row in zip(batch, rows, strict=True):
                if record.id in saved:
                    self._built[row[0]] = None
            batch, rows = [r for r, _ in kept], [row for _, row in kept]
        with self._db:
            self._db.executemany(
                "INSERT INTO idx (rowid, title, tags, body) VALUES (?,?,?,?)", rows
            )
        for record, row in zip(batch, rows, strict=True):
            self._rowid_of[record.id] = row[0]

    def _forget_all(self) -> None:
        with self._db:
            self._db.execute("INSERT INTO idx (idx) VALUES ('delete-all')")
        self._rowid_of.clear()
        self._built = [None]
        self._saved.clear()
        self._saved_during_build.clear()
        self._dead_rows = 0
        self.started = False

    # --- saves -------------------------------------------------------------------------

    def update(self, record: Record) -> None:
        """Index a saved record (new or changed) in place of its older version."""
        row = index_row(record, self._vocabulary)
        with self._lock:
            if not self.started:  # the build, when it starts, reads the journal then
                return
            self._drop(record.id)
            rowid = self._next_rowid
            self._next_rowid += 1
            with self._db:
                self._db.execute(
                    "INSERT INTO idx (rowid, title, tags, body) VALUES (?,?,?,?)", (rowid, *row)
                )
            self._rowid_of[record.id] = rowid
            self._saved[rowid] = record

    def remove(self, record_id: str) -> None:
        with self._lock:
            if self.started:
                self._drop(record_id)

    def _drop(self, record_id: str) -> None:
        """Forget the record's row (its tokens stay in the table, never returned)."""
        if self._building:
            self._saved_during_build.add(record_id)
        rowid = self._rowid_of.pop(record_id, None)
        if rowid is not None:
            if rowid < SAVED_ROWIDS:
                self._built[rowid] = None
            else:
                del self._saved[rowid]
            self._dead_rows += 1

    # --- searching ---------------------------------------------------------------------

    def search(self, text: str, wait: bool = True) -> SearchHits:
        """Records containing every word of `text` (each also as a prefix), newest
        first. While the build runs, waits for it, or with `wait` False answers at once
        from what is indexed so far (then `complete` is False, see SearchHits)."""
        hits = SearchHits()
        match = fts_query(text)
        if match is None:
            return hits
        if wait:
            self._build_done.wait()
        with self._lock:
            # Rowids in order as one JSON array: much cheaper than a row each.
            (found,) = self._db.execute(
                "SELECT json_group_array(rowid) FROM "
                "(SELECT rowid FROM idx WHERE idx MATCH ? ORDER BY rowid)",
                (match,),
            ).fetchone()
            rowids = json.loads(found)
            hits.complete = not self._building
            # Those the build wrote come first, newest first already.
            split = bisect.bisect_left(rowids, SAVED_ROWIDS)
            found = list(map(self._built.__getitem__, itertools.islice(rowids, split)))
            saved = [self._saved.get(r) for r in itertools.islice(rowids, split, None)]
            dead = self._dead_rows
        if dead:
            found = [r for r in found if r is not None]
            saved = [r for r in saved if r is not None]
        hits.extend(_merged(found, saved) if saved else found)
        return hits

    def size_bytes(self) -> int:
        """Memory the index's table takes (SQLite pages, not the Python mappings)."""
        with self._lock:
            pages = self._db.execute("PRAGMA page_count").fetchone()[0]
            return pages * self._db.execute("PRAGMA page_size").fetchone()[0]

    def close(self) -> None:
        self._cancelled = True
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            self._db.close()
            self._rowid_of.clear()
            self._built = [None]
            self._saved.clear()


def _merged(ordered: list[Record], others: list[Record]) -> list[Record]:
    """`ordered` (newest first) with `others` (any order, usually few) put in their
    places: a binary search each, then one pass of slices."""
    others.sort(key=newest_first_key, reverse=True)
    out: list[Record] = []
    at = 0
    for record in others:
        key = newest_first_key(record)
        lo, hi = at, len(ordered)
        while lo < hi:  # the first of `ordered` older than `record`
            mid = (lo + hi) // 2
            if newest_first_key(ordered[mid]) > key:
                lo = mid + 1
            else:
                hi = mid
        out.extend(ordered[at:lo])
        out.append(record)
        at = lo
    out.extend(ordered[at:])
    return out
