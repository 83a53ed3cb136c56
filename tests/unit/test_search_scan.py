"""The one-pass search (`search.scan`, what the command line uses) finds exactly what
the full-text index finds, and the journal uses it only until the index is started."""

from __future__ import annotations

import random
import re
import sqlite3
from datetime import date

import pytest

from journal_app.domain.records import Record, RecordType, collect_text
from journal_app.services import search
from journal_app.services.search import SearchIndex, fold, scan
from journal_app.services.vocabulary import load_vocabulary

# Words in the shapes that matter to a tokenizer: plain, capitalised, accented (both
# composed and with combining marks), joined by underscores, hyphens and apostrophes,
# digits, ligatures, other scripts, and characters the tokenizer drops or keeps.
_WORD_TEXT = (
    "hope boundaries boundary session supervision recovery allotment café Café cafe "
    "CAFÉ cafe\u0301 naïve Naïve naive résumé resume Zoë zoe straße STRASSE ﬁle file "
    "self_care well-being it's it’s 1:1 2024 A.B. J. K9 x2 Øresund oresund Łódź lodz "
    "İstanbul istanbul ǅemal dzemal Ωmega ωmega μ µ Ｆull full ㎏ kg 東京 Москва москва "
    "e\u0301 \u0301 _ __ - ' ’ — … x ab abc"
)
WORDS = tuple(_WORD_TEXT.split())


SEPARATORS = (" ", " ", " ", "\n", ", ", ". ", "_", "-", "'", "’", "(", ")", "—", "\t")
ASCII_WORDS = tuple(w for w in WORDS if w.isascii())
ASCII_SEPARATORS = tuple(s for s in SEPARATORS if s.isascii())


def _text(rng: random.Random, n: int, ascii_only: bool = False) -> str:
    """Half the records are ASCII only: `scan` decides those without the tokenizer."""
    words, separators = (ASCII_WORDS, ASCII_SEPARATORS) if ascii_only else (WORDS, SEPARATORS)
    out = []
    for _ in range(n):
        out.append(rng.choice(words))
        out.append(rng.choice(separators))
    return "".join(out).strip()


def _records(rng: random.Random, count: int) -> list[Record]:
    vocab = load_vocabulary()
    themes, competences = sorted(vocab.themes), sorted(vocab.competences)
    records = []
    for _ in range(count):
        plain = rng.random() < 0.5

        def text(n: int, plain: bool = plain) -> str:
            return _text(rng, n, plain)

        fields = {
            "model": "free",
            "text": text(rng.randint(0, 30)),
            "themes": rng.sample(themes, rng.randint(0, 2)),
            "competences": rng.sample(competences, rng.randint(0, 2)),
            "actions": [{"text": text(3), "status": "open"}] if rng.random() < 0.2 else [],
            "mood_after": rng.randint(1, 10),
        }
        records.append(
            Record(
                type=RecordType.REFLECTION,
                date=date(2025, 1, rng.randint(1, 28)),
                title=text(rng.randint(0, 4)),
                tags=[text(1) for _ in range(rng.randint(0, 2))],
                shared_summary=text(rng.randint(0, 5)) if rng.random() < 0.3 else "",
                fields=fields,
            )
        )
    return records


def _queries(rng: random.Random, records: list[Record], count: int) -> list[str]:
    pieces: list[str] = []
    for record in records:
        texts = [record.title, *record.tags, record.shared_summary]
        collect_text(record.fields, texts)
        pieces += [w for t in texts for w in re.split(r"\s+", t) if w]
    queries = ["", "   ", '"', "*", "AND", "NEAR(", "_", "self_care", "é", "ÉCOLE"]
    while len(queries) < count:
        words = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            word = rng.choice(pieces) if rng.random() < 0.8 else rng.choice(WORDS)
            if len(word) > 1 and rng.random() < 0.5:
                word = word[: rng.randint(1, len(word) - 1)]  # a prefix, as while typing
            if rng.random() < 0.2:
                word = word.upper()
            words.append(word)
        queries.append(" ".join(words))
    return queries


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("positions", [True, False], ids=["fts5-phrases", "journal-index"])
def test_scan_finds_exactly_what_the_index_finds(seed, positions):
    """With positions FTS5 itself decides every query, phrases (`self_care`) too;
    without (the journal's index) it gives the candidates for those."""
    rng = random.Random(seed)
    records = _records(rng, 150)
    vocab = load_vocabulary()
    index = SearchIndex(vocab, positions=positions)
    try:
        index.ensure_built(lambda: records)
        for query in _queries(rng, records, 150):
            found = [r.id for r in index.search(query)]
            assert sorted(scan(records, query, vocab)) == sorted(found), query
    finally:
        index.close()


def test_scan_decides_ascii_text_itself_and_checks_the_rest_with_the_tokenizer(monkeypatch):
    ascii_record = Record(RecordType.CHECKIN, date(2025, 1, 1), fields={"note": "Hopeful day"})
    accented = Record(RecordType.CHECKIN, date(2025, 1, 2), fields={"note": "Hôpital visit"})
    other = Record(RecordType.CHECKIN, date(2025, 1, 3), fields={"note": "Café"})
    checked: list[list[str]] = []
    real = search._indexed_search

    def spy(records, text, vocab):
        checked.append(sorted(r.id for r in records))
        return real(records, text, vocab)

    monkeypatch.setattr(search, "_indexed_search", spy)
    found = scan([ascii_record, accented, other], "hop")
    assert sorted(found) == sorted([ascii_record.id, accented.id])
    assert checked == [[accented.id]]  # only the accented text that may match


@pytest.mark.slow  # every code point through FTS5: about 10 s
def test_every_ascii_word_the_tokenizer_finds_is_in_the_fold():
    """The property `scan` relies on, for every character there is: put between two
    letters, whatever ASCII start of a word the index's tokenizer makes of it is a
    substring of `fold` of the same text (the tokenizer works a character at a time,
    and so does `fold`)."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    docs = {cp: f"a{chr(cp)}b" for cp in range(0x80, 0x110000) if not 0xD800 <= cp < 0xE000}
    with db:
        db.executemany("INSERT INTO t (rowid, body) VALUES (?, ?)", docs.items())
    ascii_start = re.compile(r"[a-z0-9]*")
    missed = []
    for term, doc in db.execute("SELECT term, doc FROM v"):
        start = ascii_start.match(term).group()
        if start and start not in fold(docs[doc]):
            missed.append((hex(doc), term))
    db.close()
    assert missed == []


def test_journal_scans_until_the_index_is_started(journal, monkeypatch):
    kept = journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"note": "zebra"}})
    built: list[bool] = []
    real_add = SearchIndex._add_part

    def counting_add(self, table, part, start):
        built.append(True)
        return real_add(self, table, part, start)

    monkeypatch.setattr(SearchIndex, "_add_part", counting_add)
    assert [r.id for r in journal.search("zeb")] == [kept.id]
    assert built == []  # one pass over the records, no index
    journal.start_indexing()
    assert [r.id for r in journal.search("zeb")] == [kept.id]
    assert built  # the index, from then on
    later = journal.add({"type": "checkin", "date": "2025-01-02", "fields": {"note": "zebras"}})
    assert [r.id for r in journal.search("zebra")] == [later.id, kept.id]
