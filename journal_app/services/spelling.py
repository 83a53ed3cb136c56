"""Spell checking in UK English, for the editors (the GUI underlines what this finds).

The words: resources/spelling/en_GB-ise.txt (SCOWL's British list, -ise spellings, so
"organise", "behaviour", "colour" and "programme" pass and "organize", "behavior" and
"color" do not), resources/spelling/journal-words.txt (words of the work that list
lacks), and the worker's own dictionary (services/personal_dictionary.py keeps it
encrypted in the vault; the GUI hands it in after the unlock and takes it back at the
lock). A British spelling is offered first for an American one
(resources/spelling/us-to-uk.txt); the other suggestions come from symspellpy
(Symmetric Delete, pure Python) over the same words, closest first and then the most
common, by symspellpy's own English word counts.

Checking is a set lookup, remembered per word. The suggestion index takes a few
seconds to build, once per process and from the shipped words only, so
`prepare_suggestions` can build it on a worker thread before the first right-click.
Nothing here is written anywhere, and no word the worker typed is logged.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)

SUGGESTIONS = 6  # at most, in the right-click menu
MAX_DISTANCE = 2  # edits between a misspelling and a suggestion
_PREFIX = 6  # symspellpy's prefix length: 47 MB of index, lookups in a few ms
_CACHE_LIMIT = 50_000  # words remembered before the cache starts again
_OWN_FIRST = -(10**15)  # a rank above any word count: the worker's words come first
_BUILD_SLICE = 2_000  # words indexed between pauses that let the UI thread run

_TOKEN = re.compile(r"[\w'’]+")
_LINK = re.compile(r"\S*(?:://|@|www\.)\S*", re.IGNORECASE)
_APOSTROPHES = "'’"
_LATIN_END = 0x24F  # beyond Latin Extended-B: another script, not checked


@dataclass(frozen=True, slots=True)
class WordSpan:
    """A word of a text and where it is: text[start:end] == word."""

    start: int
    end: int
    word: str


def _checkable(word: str) -> bool:
    if len(word) < 2 or word.isupper():  # single letters; capitals: NHS, WRAP, CMHT
        return False
    letters = word.replace("'", "")
    if letters.isascii():
        return letters.isalpha()  # no digit or underscore
    letters = letters.replace("’", "")
    return letters.isalpha() and all(ord(c) <= _LATIN_END for c in letters)


def words_in(text: str) -> list[WordSpan]:
    """The words of `text` a checker looks at: letters with apostrophes inside them
    (each part of a hyphenated word on its own), leaving out anything with a digit,
    words in capitals, single letters, other scripts, and web and email addresses."""
    lowered = text.lower()
    links = (
        [m.span() for m in _LINK.finditer(text)]
        if "@" in text or "://" in text or "www." in lowered
        else []
    )
    out = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        word = raw.strip(_APOSTROPHES)  # quotes around a word are not part of it
        if not _checkable(word):
            continue
        start = match.start() + len(raw) - len(raw.lstrip(_APOSTROPHES))
        if links and any(a <= start < b for a, b in links):
            continue
        out.append(WordSpan(start, start + len(word), word))
    return out


def normalised(word: str) -> str:
    """`word` with a typographic apostrophe made plain, as the word lists have it."""
    return word.replace("’", "'")


# --- the shipped words ---------------------------------------------------------------


def _lines(name: str) -> Iterable[str]:
    text = resources.files("journal_app.resources").joinpath("spelling", name).read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


@cache
def shipped_words() -> frozenset[str]:
    """The British word list and the journal's own words (read once per process)."""
    return frozenset(_lines("en_GB-ise.txt")) | frozenset(_lines("journal-words.txt"))


@cache
def british_forms() -> dict[str, tuple[str, ...]]:
    """American spelling -> its British forms."""
    out = {}
    for line in _lines("us-to-uk.txt"):
        us, _, uk = line.partition("\t")
        out[us] = tuple(uk.split(","))
    return out


def _word_counts() -> dict[str, int]:
    """symspellpy's English word counts, to rank suggestions (empty if unreadable)."""
    try:
        text = resources.files("symspellpy").joinpath("frequency_dictionary_en_82_765.txt")
        pairs = (line.split() for line in text.read_text("utf-8").splitlines())
        return {p[0]: int(p[1]) for p in pairs if len(p) == 2 and p[1].isdigit()}
    except (OSError, ModuleNotFoundError):
        log.warning("symspellpy's word counts could not be read; suggestions unranked")
        return {}


# --- checking ---------------------------------------------------------------------------


def _in(word: str, words: Collection[str]) -> bool:
    """Hunspell's rule: a word in lower case is right with a capital first letter too
    (at the start of a sentence), or in capitals; a name must keep its capital."""
    if word in words:
        return True
    if word[:1].isupper() and (word[:1].lower() + word[1:]) in words:
        return True
    return word.isupper() and (word.lower() in words or word.capitalize() in words)


class SpellChecker:
    """Checks words and suggests others. One per process (the index is costly); the
    worker's own words come and go with the unlock (`set_personal`, `forget`)."""

    def __init__(self, words: Collection[str] | None = None) -> None:
        self._words = frozenset(words) if words is not None else shipped_words()
        self._personal: frozenset[str] = frozenset()
        self._cache: dict[str, bool] = {}  # words checked: journal words, dropped by forget
        self._index = None  # symspellpy.SymSpell, built by prepare_suggestions
        self._forms: dict[str, str] = {}  # lower case -> a name's form ("london": "London")
        self._index_lock = threading.Lock()
        self._builder: threading.Thread | None = None
        self._lower: frozenset[str] | None = None  # the words in lower case
        self._lock = threading.Lock()  # the personal words and the cache

    # --- the worker's own words -------------------------------------------------------

    def set_personal(self, words: Iterable[str]) -> None:
        """The worker's own dictionary (after the unlock, and after each change)."""
        personal = frozenset(normalised(w) for w in words)
        with self._lock:
            self._personal = personal
            self._cache = {}

    def forget(self) -> None:
        """Drop the worker's words and every word checked (at the lock)."""
        self.set_personal(())

    @property
    def personal(self) -> frozenset[str]:
        return self._personal

    # --- checking ---------------------------------------------------------------------

    def is_correct(self, word: str, ignored: Collection[str] = ()) -> bool:
        """True if `word` is spelt right: in the word lists (a possessive 's
        allowed), the worker's dictionary, or `ignored` (words ignored in one entry)."""
        word = normalised(word)
        known = self._cache.get(word)
        if known is None:
            known = self._known(word)
            with self._lock:
                if len(self._cache) >= _CACHE_LIMIT:
                    self._cache = {}
                self._cache[word] = known
        return known or word in ignored

    def _known(self, word: str) -> bool:
        personal = self._personal
        for form in (word, word[:-2] if word.endswith("'s") and len(word) > 3 else None):
            if form and (_in(form, self._words) or _in(form, personal)):
                return True
        return False

    def misspelt(self, text: str, ignored: Collection[str] = ()) -> list[WordSpan]:
        """The words of `text` spelt wrong, in order."""
        return [span for span in words_in(text) if not self.is_correct(span.word, ignored)]

    # --- suggestions ------------------------------------------------------------------

    def prepare_suggestions(self) -> None:
        """Build the suggestion index if it is not built (a few seconds, once; safe to
        call from a worker thread, and again: later calls wait for the first)."""
        with self._index_lock:
            if self._index is not None:
                return
            from symspellpy import SymSpell

            started = time.perf_counter()
            counts = _word_counts()
            index = SymSpell(max_dictionary_edit_distance=MAX_DISTANCE, prefix_length=_PREFIX)
            for n, lower in enumerate(self._lower_words()):
                index.create_dictionary_entry(lower, counts.get(lower, 1))
                if n % _BUILD_SLICE == 0:
                    time.sleep(0)  # let another thread (the UI) run
            self._index = index
            log.info("suggestion index built in %.1f s", time.perf_counter() - started)

    def prepare_suggestions_in_background(self) -> None:
        """Start building the suggestion index on a daemon thread, once (it reads only
        the shipped word lists, never the worker's words)."""
        with self._lock:
            if self._index is not None or self._builder is not None:
                return
            # Imported here, not on the thread: a thread still importing when the app
            # quits fails with the interpreter half torn down.
            import symspellpy  # noqa: F401

            self._builder = threading.Thread(
                target=self.prepare_suggestions, name="spelling-index", daemon=True
            )
        self._builder.start()

    @property
    def suggestions_ready(self) -> bool:
        """The suggestion index is built: suggestions come at once."""
        return self._index is not None

    def suggestions(self, word: str, limit: int = SUGGESTIONS, wait: bool = True) -> list[str]:
        """Words to offer instead of `word`: its British spelling first if it is an
        American one, then the closest words, the most common first; in the word's
        case (a capital first letter kept) and with its possessive 's kept. With
        `wait` False and the index not built yet, only the words one edit away are
        offered (found without the index, unranked) rather than wait for it."""
        word = normalised(word)
        ending = ""
        if word.endswith("'s") and len(word) > 3:
            word, ending = word[:-2], "'s"
        lower = word.lower()
        ranked: dict[str, tuple[int, int]] = {}
        for uk in british_forms().get(lower, ()) + british_forms().get(word, ()):
            ranked.setdefault(uk.lower(), (-1, 0))
        if wait:
            self.prepare_suggestions()
        index = self._index
        if index is not None:
            from symspellpy import Verbosity

            for item in index.lookup(lower, Verbosity.ALL, max_edit_distance=MAX_DISTANCE):
                ranked.setdefault(item.term, (item.distance, -item.count))
        else:
            for near in sorted(_one_edit(lower) & self._lower_words()):
                ranked.setdefault(near, (1, 0))
        own_forms: dict[str, str] = {}
        for own in self._personal:
            distance = _distance(lower, own.lower())
            if 0 <= distance <= MAX_DISTANCE:
                own_forms[own.lower()] = own
                ranked[own.lower()] = (distance, _OWN_FIRST)  # before other words as close
        best = sorted(ranked, key=lambda w: (ranked[w], w))
        out: list[str] = []
        for term in best:
            shown = self._shown(own_forms.get(term, term), word) + ending
            if shown != word + ending and shown not in out:
                out.append(shown)
            if len(out) == limit:
                break
        return out

    def _lower_words(self) -> frozenset[str]:
        """The words in lower case (what suggestions are looked up among), and the
        form of each that is only written with capitals ("london": "London")."""
        if self._lower is None:
            forms: dict[str, str] = {}
            for word in self._words:
                lower = word.lower()
                if lower != word and lower not in self._words:
                    forms.setdefault(lower, word)
            self._forms = forms
            self._lower = frozenset(w.lower() for w in self._words)
        return self._lower

    def _shown(self, term: str, typed: str) -> str:
        """A suggestion as it should be written: a name with its capital, and a word
        with a capital first letter when the worker gave it one."""
        if term not in self._words and term not in self._personal:
            term = self._forms.get(term, term)
        if typed[:1].isupper() and not term[:1].isupper():
            term = term[:1].upper() + term[1:]
        return term


_LETTERS = "abcdefghijklmnopqrstuvwxyz'"


def _one_edit(word: str) -> set[str]:
    """Every string one edit from `word`: a letter dropped, swapped with the next,
    changed or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    return out


def _distance(a: str, b: str) -> int:
    """The edits (insert, delete, replace, swap two letters) between `a` and `b`,
    or -1 if more than MAX_DISTANCE."""
    from symspellpy.editdistance import DistanceAlgorithm, EditDistance

    return EditDistance(DistanceAlgorithm.DAMERAU_OSA).compare(a, b, MAX_DISTANCE)
