"""Full-text search over decrypted records: the in-memory index (search_index.py,
whose names this module offers too) and, for a single search (the command line's), one
pass over the records (`scan`), cheaper than building the index, which finds exactly
what the index would.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from journal_app.domain.records import Record
from journal_app.domain.vocabulary import Vocabulary
from journal_app.services.search_index import (  # noqa: F401 (the names search offers)
    SearchHits,
    SearchIndex,
    fts_query,
    index_row,
    newest_first_key,
    query_terms,
)

# --- one search without the index --------------------------------------------------


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
    if not all(t.isascii() for t in terms):
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
    index = SearchIndex(vocab, positions=True)  # decides the tokenizer's phrases itself
    try:
        index.ensure_built(lambda: records)  # any order: the caller orders the ids
        return [r.id for r in index.search(text)]
    finally:
        index.close()
