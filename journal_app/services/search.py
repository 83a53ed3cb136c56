"""Full-text search over decrypted records, held in an in-memory SQLite FTS5 index
that exists only while the vault is unlocked (never on disk, no temp files).

Building the index for a large journal takes longer than decrypting it, so the
journal opens first and the index can be built on a worker thread; searches and
updates wait for it. A single search (the command line's) is cheaper as one pass over
the records (`scan`), which finds exactly what the index would.
"""

from __future__ import annotations

import logging
import re
import sqlite3  # the in-memory index only: the only sqlite3 in services/ (the file is vault/'s)
import threading
import unicodedata
from collections.abc import Callable, Iterable

from journal_app.domain.records import Record, collect_text
from journal_app.domain.vocabulary import Vocabulary

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"\w+", re.UNICODE)
_BATCH = 500


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


class SearchIndex:
    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self._vocabulary = vocabulary
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute("PRAGMA temp_store=MEMORY")
        # No prefix indexes: prefix queries scan the sorted term list instead, which
        # is fast enough here and halves the index's build time and memory.
        self._db.execute(
            "CREATE VIRTUAL TABLE idx USING fts5("
            "title, tags, body, tokenize='unicode61 remove_diacritics 2')"
        )
        # Rows are addressed by integer rowid: FTS5 cannot look up an unindexed column
        # without scanning every row, which made each save cost O(journal).
        self._rowid_of: dict[str, int] = {}
        self._id_of: dict[int, str] = {}
        self._next_rowid = 1
        # A plain Lock, because a build started on one thread releases it on another.
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._cancelled = False
        self.started = False

    @property
    def ready(self) -> bool:
        """Whether the index is built: started, and its worker (if any) has finished."""
        thread = self._thread
        return self.started and (thread is None or not thread.is_alive())

    def _row(self, record: Record) -> tuple[str, str, str]:
        return index_row(record, self._vocabulary)

    def _insert_many(self, records: Iterable[Record]) -> None:
        batch: list[tuple[int, str, str, str]] = []
        for record in records:
            if self._cancelled:
                return
            rowid = self._next_rowid
            self._next_rowid += 1
            self._rowid_of[record.id] = rowid
            self._id_of[rowid] = record.id
            batch.append((rowid, *self._row(record)))
            if len(batch) >= _BATCH:
                self._write(batch)
                batch = []
        if batch:
            self._write(batch)

    def _write(self, batch: list[tuple[int, str, str, str]]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT INTO idx (rowid, title, tags, body) VALUES (?,?,?,?)", batch
            )

    def ensure_built(self, snapshot: Callable[[], list[Record]]) -> None:
        """Index the journal now, on this thread, unless a build has started."""
        with self._lock:
            if not self.started:
                self.started = True
                self._insert_many(snapshot())

    def build_in_background(self, snapshot: Callable[[], list[Record]]) -> None:
        """Index the journal on a worker thread; searches and updates wait for it.
        The lock is taken before the snapshot and handed to the worker, so no save
        can fall between the snapshot and the build."""
        self._lock.acquire()
        if self.started:
            self._lock.release()
            return
        try:
            records = snapshot()
            self.started = True
            self._thread = threading.Thread(
                target=self._build_then_release, args=(records,), name="search-index", daemon=True
            )
            self._thread.start()
        except BaseException:
            self.started = False
            self._lock.release()
            raise

    def _build_then_release(self, records: list[Record]) -> None:
        try:
            self._insert_many(records)
        except Exception as exc:  # leave an empty index; searches scan until a rebuild
            log.error("search index build failed: %s", type(exc).__name__)
            self._reset()
        finally:
            self._lock.release()

    def _reset(self) -> None:
        with self._db:
            self._db.execute("DELETE FROM idx")
        self._rowid_of.clear()
        self._id_of.clear()
        self.started = False

    def update(self, record: Record) -> None:
        with self._lock:
            if self.started:  # otherwise the build, when it starts, reads the journal then
                self._delete(record.id)
                self._insert_many([record])

    def remove(self, record_id: str) -> None:
        with self._lock:
            if self.started:
                self._delete(record_id)

    def _delete(self, record_id: str) -> None:
        rowid = self._rowid_of.pop(record_id, None)
        if rowid is not None:
            del self._id_of[rowid]
            with self._db:
                self._db.execute("DELETE FROM idx WHERE rowid = ?", (rowid,))

    def search(self, text: str) -> list[str]:
        """Ids of records containing every word of `text` (in no particular order)."""
        match = fts_query(text)
        if match is None:
            return []
        with self._lock:
            rows = self._db.execute("SELECT rowid FROM idx WHERE idx MATCH ?", (match,))
            id_of = self._id_of
            return [id_of[r[0]] for r in rows]

    def close(self) -> None:
        self._cancelled = True
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            self._db.close()
            self._rowid_of.clear()
            self._id_of.clear()


# --- one search without the index --------------------------------------------------

_PLAIN_TERM = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """The ASCII left of `text` once it is lower-cased and its diacritics are taken
    off. Wherever the index's tokenizer (unicode61, remove_diacritics 2) makes an
    ASCII letter or digit of a character, this makes the same one of it, and where the
    tokenizer drops a character (a combining mark), so does this; everything else
    that is not ASCII goes. So an ASCII word that the tokenizer finds in a text is
    always a substring of its fold (not the other way round: dropping characters
    can join words)."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return text.encode("ascii", "ignore").decode("ascii")


def scan(records: Iterable[Record], text: str, vocab: Vocabulary | None = None) -> list[str]:
    """Ids of the records containing every word of `text` (each also as a prefix), in
    no particular order: exactly what `SearchIndex.search` finds once the records are
    indexed, in one pass and without building the index.

    Records whose text is ASCII are decided here: the tokenizer's words in ASCII text
    are the runs of letters and digits, so a word matches where a query word starts
    a run. The rest (accents, other scripts) that may match go through a small index
    of just those records, so the tokenizer decides them; so do queries with words
    other than ASCII letters and digits."""
    terms = query_terms(text)
    if not terms:
        return []
    if not all(_PLAIN_TERM.fullmatch(t) for t in terms):
        maybe = list(records)
        return _indexed_search(maybe, text, vocab) if maybe else []
    found: list[str] = []
    maybe: list[Record] = []
    for record in records:
        row = "\n".join(index_row(record, vocab))  # a newline keeps columns apart
        if row.isascii():
            lowered = row.lower()
            if all(_starts_a_word(lowered, t) for t in terms):
                found.append(record.id)
        else:
            folded = fold(row)
            if all(t in folded for t in terms):
                maybe.append(record)
    if maybe:
        found.extend(_indexed_search(maybe, text, vocab))
    return found


_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _starts_a_word(text: str, term: str) -> bool:
    """Whether `term` starts a run of letters and digits in lower-case ASCII `text`
    (str.find rather than a regular expression: a look-behind makes those slow)."""
    at = text.find(term)
    while at > 0 and text[at - 1] in _ASCII_WORD_CHARS:
        at = text.find(term, at + 1)
    return at >= 0


def _indexed_search(records: list[Record], text: str, vocab: Vocabulary | None) -> list[str]:
    index = SearchIndex(vocab)
    try:
        index.ensure_built(lambda: records)
        return index.search(text)
    finally:
        index.close()
