"""A quick note: a few words written straight after a session, kept as a private
free-text reflection dated today (model "free", the words in `text`). Its title is
the note's first line, cut to at most NOTE_TITLE_MAX characters. The command line's
`note` and the app's Quick note window both make one from here.

While the Quick note window is open, text it could not save is kept, encrypted, as
its own draft (`meta:quick_note_draft`), apart from the editor's draft, so that
neither can overwrite or clear the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from journal_app.domain.fields import Field, RecordKey
from journal_app.domain.records import RecordType, Share
from journal_app.services.record_cache import META_PREFIX

NOTE_TITLE_MAX = 60
ELLIPSIS = "…"
FREE_MODEL = "free"
QUICK_NOTE_DRAFT_ID = META_PREFIX + "quick_note_draft"
# A cut at a word boundary keeps at least this share of the room; a first line
# with no space that late (one long word, a link) is cut mid-word instead.
_WORD_CUT_LEAST = NOTE_TITLE_MAX // 2


def note_text(text: str) -> str:
    """The note as it is kept: line ends made "\\n", no blank lines or spaces before
    the first word or after the last."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def is_blank(text: str) -> bool:
    return not note_text(text)


def note_title(text: str) -> str:
    """The first line with words in it, cut at a word boundary with an ellipsis when
    it is longer than NOTE_TITLE_MAX characters (the ellipsis counts)."""
    first = next((line.strip() for line in note_text(text).split("\n") if line.strip()), "")
    first = " ".join(first.split())  # tabs and runs of spaces read as one space
    if len(first) <= NOTE_TITLE_MAX:
        return first
    room = first[: NOTE_TITLE_MAX - len(ELLIPSIS) + 1]  # +1: a space just after the cut
    cut = room.rfind(" ")
    if cut < _WORD_CUT_LEAST:
        cut = NOTE_TITLE_MAX - len(ELLIPSIS)
    return first[:cut].rstrip(" ,;:-–—") + ELLIPSIS


def note_record_data(text: str, tags: Iterable[str] = (), today: date | None = None) -> dict:
    """Record JSON for a quick note: private, not for supervision, dated `today`."""
    kept = note_text(text)
    data: dict[str, Any] = {
        RecordKey.TYPE.value: RecordType.REFLECTION.value,
        RecordKey.DATE.value: (today or date.today()).isoformat(),
        RecordKey.TITLE.value: note_title(kept),
        RecordKey.SHARE.value: Share.PRIVATE.value,
        RecordKey.FOR_SUPERVISION.value: False,
        RecordKey.FIELDS.value: {Field.MODEL.value: FREE_MODEL, Field.TEXT.value: kept},
    }
    tags = list(tags)
    if tags:
        data[RecordKey.TAGS.value] = tags
    return data


def note_changes(text: str) -> dict:
    """What a save changes in a note already kept: its title and its text (the rest,
    tags and date and anything set in the full editor since, stays)."""
    kept = note_text(text)
    return {
        RecordKey.TITLE.value: note_title(kept),
        RecordKey.FIELDS.value: {Field.MODEL.value: FREE_MODEL, Field.TEXT.value: kept},
    }
