"""The worker's own dictionary for the spell checker: names of the people they work
with, places, and their own words. Names are exactly what must never sit in a plain
file beside the vault, so it is kept encrypted in the vault like the records (one
meta item, `meta:dictionary`, so backups and restores carry it), never in the app's
settings or a file of its own.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from journal_app.domain.field_values import text_value
from journal_app.errors import ValidationError
from journal_app.services.record_cache import META_PREFIX
from journal_app.services.spelling import normalised

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

log = logging.getLogger(__name__)

DICTIONARY_ID = META_PREFIX + "dictionary"
MAX_WORD = 60  # characters in one word
MAX_WORDS = 5_000  # words in the dictionary


def _parse(raw: Any) -> list[str]:
    words = [w for w in raw if isinstance(w, str) and w] if isinstance(raw, list) else []
    if isinstance(raw, list) and len(words) != len(raw):
        log.warning("skipped unreadable words in the personal dictionary")  # never the words
    return words


def _sorted(words: list[str]) -> list[str]:
    return sorted(dict.fromkeys(words), key=lambda w: (w.casefold(), w))


def personal_words(journal: Journal) -> list[str]:
    """The worker's own words, in alphabetical order."""
    return _parse(journal.meta_item(DICTIONARY_ID))


def checked_word(word: Any, field: str = "word") -> str:
    """`word` as the dictionary keeps it (spaces at the ends dropped, a typographic
    apostrophe made plain); errors name `field`."""
    if not isinstance(word, str):
        raise ValidationError(field, "must be text", code="shape")
    word = normalised(word.strip())
    if not word:
        raise ValidationError(field, "is empty", code="empty")
    if any(c.isspace() for c in word):
        raise ValidationError(field, "must be one word, without spaces", code="one_word")
    return text_value(word, field, MAX_WORD)  # NUL, lone surrogates, length


def add_word(journal: Journal, word: Any) -> str:
    """Add `word` to the worker's dictionary (already there: nothing changes), in one
    read-modify-write of the vault's item. Returns the word as kept."""
    word = checked_word(word)

    def change(current: Any) -> list[str]:
        words = _parse(current)
        if word in words:
            return _sorted(words)
        if len(words) >= MAX_WORDS:
            raise ValidationError(
                "word",
                f"your dictionary holds at most {MAX_WORDS} words: remove some first",
                code="too_many_words",
                limit=MAX_WORDS,
            )
        return _sorted([*words, word])

    journal.update_meta_item(DICTIONARY_ID, change)
    return word


def remove_word(journal: Journal, word: Any) -> str:
    """Take `word` out of the worker's dictionary (not there: nothing changes)."""
    word = checked_word(word)
    journal.update_meta_item(
        DICTIONARY_ID, lambda current: [w for w in _parse(current) if w != word]
    )
    return word


def replace_words(journal: Journal, words: Any) -> list[str]:
    """Make the dictionary exactly `words` (the Preferences list); each is checked,
    and the first bad one is named (`words[3]`)."""
    if not isinstance(words, list | tuple):
        raise ValidationError("words", "must be a list of words", code="shape")
    clean = [checked_word(word, f"words[{i}]") for i, word in enumerate(words)]
    if len(set(clean)) > MAX_WORDS:
        raise ValidationError(
            "words",
            f"your dictionary holds at most {MAX_WORDS} words",
            code="too_many_words",
            limit=MAX_WORDS,
        )
    result = _sorted(clean)
    journal.update_meta_item(DICTIONARY_ID, lambda _current: result)
    return result
