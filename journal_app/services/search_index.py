"""The full-text search index of an unlocked journal: in-memory SQLite FTS5 tables
that exist only while the vault is unlocked (never on disk, no temp files).

Building it for a large journal takes seconds (100,000 entries), so it is built on a
worker thread in parts, newest entries first (PART entries, then twice as many each
time), each part a table of its own that the worker fills without holding the
index's lock and then adds to the index in one step. A search never waits for the
build: it answers from the parts added so far and says that its answer is partial
(`SearchHits.complete`), or, asked to, waits for the rest. Saves go to one more
table and are seen at once; the build leaves alone the versions it read before them.

What keeps a search quick with tens of thousands of hits: the build gives the entries
their rowids newest first, so the parts hand their hits back already in the order
shown; only entries saved since the build began (a few) are put in their places. The
tables keep no copy of the text (contentless): a row that a save replaces is
forgotten here, and its tokens are left in its table, never returned again; the
table of saves is written afresh once such rows pile up (`STALE_SAVES`), and a part
of the build holds at most one such row per entry.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3  # the in-memory index only: the only sqlite3 in services/ (the file is vault/'s)
import threading
from collections.abc import Callable

from journal_app.domain.records import Record, collect_text
from journal_app.domain.vocabulary import Vocabulary

log = logging.getLogger(__name__)

# A query's words: runs of letters and digits. `_` separates them, as the tokenizer
# (unicode61) and a hyphen do: `self_care` is `self care` and `self-care`. (Joined by
# it, a word would be a phrase to FTS5, which the tables, keeping no positions, cannot
# answer; each record holding both words was then read again: 0.4 s at 100,000.)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# Entries in the build's first part; each next part is twice as big. A search sees
# the newest entries' hits soon (the first part takes a tenth of a second) and has few
# tables to ask (six at 100,000 entries).
PART = 2000
SAVED_ROWIDS = 1 << 40  # rowids given by saves start here, after any build's
# The table of saves is written afresh once it holds this many old versions (and as
# many as those in use): saves would grow it without end (per old version of a
# 2,000-character note, 1.5 KiB and 5 us a search, measured at 100,000 entries).
STALE_SAVES = 256


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


def _new_table(detail: str) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute("PRAGMA temp_store=MEMORY")
    # No prefix indexes: prefix queries scan the sorted term list instead, which is
    # fast enough here and halves the index's build time and memory. No content
    # (content=''): the text is in the records already.
    db.execute(
        "CREATE VIRTUAL TABLE idx USING fts5(title, tags, body, content='', "
        f"detail={detail}, tokenize='unicode61 remove_diacritics 2')"
    )
    return db


_INSERT = "INSERT INTO idx (rowid, title, tags, body) VALUES (?,?,?,?)"
# The rowids of the hits, in order, as one JSON array: much cheaper than a row each.
_MATCH = (
    "SELECT json_group_array(rowid) FROM (SELECT rowid FROM idx WHERE idx MATCH ? ORDER BY rowid)"
)


class SearchIndex:
    def __init__(self, vocabulary: Vocabulary | None = None, positions: bool = False) -> None:
        """`positions`: keep where each word is (twice the memory), so a query word that
        the tokenizer splits in two (a rare word of other scripts: `_` is not in query
        words) is matched as a phrase by FTS5; without them, by `search.scan` over the
        records holding its tokens."""
        self._vocabulary = vocabulary
        self._detail = "full" if positions else "column"
        self._published = 0  # the build's records in the tables so far
        self._parts: list[sqlite3.Connection] = []  # the build's, newest entries first
        self._saves = _new_table(self._detail)
        # Rows are addressed by integer rowid: the build's from 1, newest entry first;
        # saves' from SAVED_ROWIDS up, in no useful order.
        self._rowid_of: dict[str, int] = {}
        self._built: list[Record | None] = [None]  # by rowid: the build's snapshot
        self._saved: dict[int, Record] = {}  # by rowid: records indexed by saves
        self._next_rowid = SAVED_ROWIDS
        self._dead_rows = 0  # rows whose record was saved again or removed since
        self._dead_saves = 0  # of those, the rows in the table of saves
        # Held for one step at a time (adding a part, a save, a search), never while a
        # part is filled. A plain Lock: any thread may take it.
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
            start, size = 0, PART
            while start < len(records) and not self._cancelled:
                part = records[start : start + size]
                table = _new_table(self._detail)
                with table:  # rows made as they are written (a generator)
                    table.executemany(
                        _INSERT, ((start + i, *index_row(r, vocab)) for i, r in enumerate(part, 1))
                    )
                self._add_part(table, part, start)
                start, size = start + size, size * 2
        except Exception as exc:  # leave an empty index; searches scan until a rebuild
            log.error("search index build failed: %s", type(exc).__name__)
            with self._lock:
                self._forget_all()
        finally:
            with self._lock:
                self._building = False
                self._saved_during_build.clear()
                self._build_done.set()

    def _add_part(self, table: sqlite3.Connection, part: list[Record], start: int) -> None:
        with self._lock:
            if self._cancelled:
                table.close()
                return
            saved, rowid_of = self._saved_during_build, self._rowid_of
            for rowid, record in enumerate(part, start + 1):
                if record.id in saved:  # its row stays in the table, never returned
                    self._built[rowid] = None
                    self._dead_rows += 1
                else:
                    rowid_of[record.id] = rowid
            self._parts.append(table)
            self._published = start + len(part)

    def _forget_all(self) -> None:
        for table in self._parts:
            table.close()
        self._parts = []
        self._published = 0
        with self._saves:
            self._saves.execute("INSERT INTO idx (idx) VALUES ('delete-all')")
        self._rowid_of.clear()
        self._built = [None]
        self._saved.clear()
        self._saved_during_build.clear()
        self._dead_rows = self._dead_saves = 0
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
            with self._saves:
                self._saves.execute(_INSERT, (rowid, *row))
            self._rowid_of[record.id] = rowid
            self._saved[rowid] = record
            self._compact_saves()

    def remove(self, record_id: str) -> None:
        with self._lock:
            if self.started:
                self._drop(record_id)
                self._compact_saves()

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
                self._dead_saves += 1
            self._dead_rows += 1

    def _compact_saves(self) -> None:
        """The table of saves afresh, with the versions in use (same rowids), once it
        holds as many old ones (STALE_SAVES at least). Not deleted from: a contentless
        table deletes a row only given the text it indexed (SQLite < 3.43)."""
        if self._dead_saves < max(STALE_SAVES, len(self._saved)):
            return
        table = _new_table(self._detail)
        vocab = self._vocabulary
        with table:
            table.executemany(
                _INSERT, ((rowid, *index_row(r, vocab)) for rowid, r in self._saved.items())
            )
        self._saves.close()
        self._saves = table
        self._dead_rows -= self._dead_saves
        self._dead_saves = 0

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
            try:
                built = [json.loads(t.execute(_MATCH, (match,)).fetchone()[0]) for t in self._parts]
                rowids = json.loads(self._saves.execute(_MATCH, (match,)).fetchone()[0])
            except sqlite3.OperationalError:  # a word FTS5 would match as a phrase
                built, rowids = self._scan(text)
            hits.complete = not self._building
            found: list[Record | None] = []
            for part in built:  # newest first already
                found.extend(map(self._built.__getitem__, part))
            saved = [self._saved.get(r) for r in rowids]
            dead = self._dead_rows
        if dead:
            found = [r for r in found if r is not None]
            saved = [r for r in saved if r is not None]
        hits.extend(_merged(found, saved) if saved else found)
        return hits

    def _scan(self, text: str) -> tuple[list[list[int]], list[int]]:
        """The rowids `search` asks FTS5 for when a query word is a phrase to it:
        the rows with every token of every word (each word's last also as a prefix),
        decided by `search.scan`, which matches phrases as FTS5 would (under the lock)."""
        from journal_app.services.search import scan  # search imports this module

        match = _every_token(text)
        if match is None:  # no word has a token: whatever FTS5 makes of it, scan decides
            built = [list(range(1, self._published + 1))]
            rowids = list(self._saved)
        else:
            built = [json.loads(t.execute(_MATCH, (match,)).fetchone()[0]) for t in self._parts]
            rowids = json.loads(self._saves.execute(_MATCH, (match,)).fetchone()[0])
        records = [self._built[i] for part in built for i in part]
        records += [self._saved.get(r) for r in rowids]
        found = set(scan([r for r in records if r is not None], text, self._vocabulary))

        def kept(record: Record | None) -> bool:
            return record is not None and record.id in found

        built = [[i for i in part if kept(self._built[i])] for part in built]
        return built, [r for r in rowids if kept(self._saved.get(r))]

    def size_bytes(self) -> int:
        """Memory the index's tables take (SQLite pages, not the Python mappings)."""
        with self._lock:
            return sum(_pages(t) for t in (*self._parts, self._saves))

    def close(self) -> None:
        self._cancelled = True
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            for table in (*self._parts, self._saves):
                table.close()
            self._parts = []
            self._rowid_of.clear()
            self._built = [None]
            self._saved.clear()


def _every_token(text: str) -> str | None:
    """An FTS5 query (no phrases) for the rows holding every token of every word of
    `text` as the tokenizer makes them, each word's last token also as a prefix: all
    that `fts_query(text)` matches and perhaps more. None when no word has a token."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
        db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        parts = []
        for word in query_terms(text):
            with db:
                db.execute("DELETE FROM t")
                db.execute("INSERT INTO t (x) VALUES (?)", (word,))
            tokens = [row[0] for row in db.execute("SELECT term FROM v ORDER BY offset")]
            parts += ['"' + t.replace('"', '""') + '"' for t in tokens[:-1]]
            parts += ['"' + t.replace('"', '""') + '"*' for t in tokens[-1:]]
        return " AND ".join(parts) or None
    finally:
        db.close()


def _pages(table: sqlite3.Connection) -> int:
    count = table.execute("PRAGMA page_count").fetchone()[0]
    return count * table.execute("PRAGMA page_size").fetchone()[0]


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
