"""Full-text search over decrypted records, held in an in-memory SQLite FTS5 index
that exists only while the vault is unlocked (never on disk, no temp files)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from journal_app.domain.records import Record, collect_text
from journal_app.domain.vocabulary import Vocabulary

_TOKEN = re.compile(r"\w+", re.UNICODE)


def query_terms(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


class SearchIndex:
    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self._vocabulary = vocabulary
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute("PRAGMA temp_store=MEMORY")
        self._db.execute(
            "CREATE VIRTUAL TABLE idx USING fts5("
            "rid UNINDEXED, title, tags, body, "
            "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )

    def _row(self, record: Record) -> tuple[str, str, str, str]:
        body = [record.shared_summary]
        collect_text(record.fields, body)
        vocab = self._vocabulary
        if vocab is not None:
            body.extend(vocab.themes.get(t, "") for t in record.fields.get("themes", []))
            body.extend(
                vocab.competences[c].name
                for c in record.fields.get("competences", [])
                if c in vocab.competences
            )
        return (record.id, record.title, " ".join(record.tags), "\n".join(b for b in body if b))

    def add_many(self, records: Iterable[Record]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT INTO idx (rid, title, tags, body) VALUES (?,?,?,?)",
                (self._row(r) for r in records),
            )

    def update(self, record: Record) -> None:
        with self._db:
            self._db.execute("DELETE FROM idx WHERE rid = ?", (record.id,))
            self._db.execute(
                "INSERT INTO idx (rid, title, tags, body) VALUES (?,?,?,?)", self._row(record)
            )

    def remove(self, record_id: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM idx WHERE rid = ?", (record_id,))

    def search(self, text: str, limit: int | None = None) -> list[str]:
        """Ids of records containing every word of `text`, each also matching as a
        prefix (search as you type), best match first."""
        terms = query_terms(text)
        if not terms:
            return []
        match = " AND ".join('"' + t.replace('"', '""') + '"*' for t in terms)
        sql = "SELECT rid FROM idx WHERE idx MATCH ? ORDER BY rank"
        params: tuple = (match,)
        if limit is not None:
            sql += " LIMIT ?"
            params = (match, limit)
        return [row[0] for row in self._db.execute(sql, params)]

    def close(self) -> None:
        self._db.close()
