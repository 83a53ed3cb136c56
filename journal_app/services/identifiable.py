"""The identifiable-information check run before a supervision pack is written: it scans
each piece of the pack's text and lists what could identify someone, with a stand-in.

The heuristics lean towards flagging: a finding is a prompt for the worker, not a verdict.
- NHS number: ten digits (3-3-4 with spaces or hyphens, or run together) whose mod-11
  check digit is valid, not part of a longer run of digits.
- Phone: UK numbers starting 01, 02, 03, 05, 07 or 08 (or +44, +44 (0), (0113)),
  grouped as people write them, ten or eleven digits in all.
- Postcode: the full UK pattern, outward and inward code, any case, space optional
  (lower-case "2nd", "4th" as an inward code is read as an ordinal, not a postcode).
- Email address: the usual local@domain.tld shape.
- Date of birth: a date only right after "DOB", "date of birth", "birth date" or "born".
- Address: a house number (with "Flat N," before it if written) and capitalised words
  ending in a street word: "14 Oak Road", "Flat 2, 9 Mill Lane", "3a St John's Close".
- Name: two or more adjacent capitalised words (a particle such as "de" may join them)
  once titles and words that are not names are taken out (services/name_words.py:
  everyday words, the words of course titles and their topics, "Understanding",
  "Anxiety", "Awareness", and nouns ending "-tion", "-ology"...), unless the words are
  an allowed name or run in sequence inside one. Names in lower case or a single word
  are missed; title-cased phrases of uncommon words ("Kindred Circle") and capitalised
  place names are flagged. A run that names an organisation (it ends in "NHS",
  "Trust", "Council", "College", "Network"... or is an allowed phrase: the shipped list
  of services, laws and courses, the competence areas and themes, and the worker's own
  words) is not a name; nor is one inside the title of a training entry or development
  goal (`course_titles`), unless it starts with a common first name ("Shadowing Sarah
  Jones" still names Sarah Jones).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from journal_app.domain.records import Record, RecordType
from journal_app.services.name_words import (
    COURSE_WORDS,
    FIRST_NAMES,
    NAMES_WITH_THOSE_ENDINGS,
    NOT_NAME_ENDINGS,
    ORG_SUFFIXES,
    PARTICLES,
    STOP,
    TITLES,
)

KINDS = ("nhs_number", "phone", "postcode", "email", "date_of_birth", "address", "name")
KIND_LABELS = {
    "nhs_number": "NHS number",
    "phone": "Phone number",
    "postcode": "Postcode",
    "email": "Email address",
    "date_of_birth": "Date of birth",
    "address": "Street address",
    "name": "Full name",
}
STAND_INS = {
    "nhs_number": "[NHS number]",
    "phone": "[phone number]",
    "postcode": "[postcode]",
    "email": "[email address]",
    "date_of_birth": "[date of birth]",
    "address": "[address]",
}

# Street words (and their usual short forms) that end a UK street name.
_STREET = (
    r"(?:(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Grove|Terrace|Place|Court|"
    r"Gardens|Hill|Walk|Row|Square|Mews|Rise|Park|Green|View|Parade|Boulevard|Approach|"
    r"Croft|Fold|Gate|Wharf|Yard)\b|(?:Rd|St|Ln|Ave|Dr|Cres|Tce|Pl|Ct|Gdns|Sq)\b\.?)"
)
_ADDRESS = re.compile(
    r"(?:\b(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+)?"
    r"\b\d{1,4}[A-Za-z]?,?\s+"
    r"(?:(?:St\.?\s+)?[A-Z][a-z]+(?:['’]s)?(?:-[A-Z][a-z]+)?\s+){1,3}" + _STREET
)


@dataclass(frozen=True)
class Finding:
    kind: str  # one of KINDS
    text: str  # exactly the matched text
    where: str  # the `where` of the piece it was found in
    suggestion: str  # a stand-in to use instead: "Person A (or J. S.)", "[phone number]"


_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])"
)
_NHS = re.compile(r"(?<![\d+])\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")
_PHONE = re.compile(
    r"(?<![\w+/.])"
    r"(?:\+44[ -]?(?:\(0\)[ -]?)?[1-35789]\d{1,3}|\(0[1-35789]\d{1,3}\)|0[1-35789]\d{1,3})"
    r"[ -]?\d{3,4}[ -]?\d{3,4}(?![\w/])"
)
_POSTCODE = re.compile(
    r"\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?(\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE
)
_ORDINALS = {"st", "nd", "rd", "th"}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}"
    rf"|{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?)(?!\d)"
)
_DOB = re.compile(
    r"(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth\b|\bbirth\s?date\b|\bborn\b)"
    rf"[\s:=–-]*(?:(?:is|was|on|the)\s+)*(?P<date>{_DATE})",
    re.IGNORECASE,
)

# A word of letters, possibly with inner apostrophes or hyphens (O'Neill, Mary-Jane).
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_JOIN = re.compile(r"[ \t\u00a0]+")  # words joined by this (no line break) make one run


def check_texts(
    texts: Iterable[tuple[str, str]],
    allowed_names: Iterable[str] = (),
    allowed_phrases: Iterable[str] = (),
    titles: Iterable[str] = (),
) -> list[Finding]:
    """Findings in reading order; the same text found twice in one place is listed once.
    `allowed_names` are people who may be named (the worker, their supervisors);
    `allowed_phrases` are words and phrases never to flag as names (services,
    organisations, the worker's own list): a one-word phrase blocks that word;
    `titles` are the worker's course titles (`course_titles`): words in sequence
    inside one are not a name unless they start with a common first name."""
    phrases = list(allowed_phrases)
    one_word = [w for w in (_folded_words(p) for p in phrases) if len(w) == 1]
    allowed = _Sequences([*_allowed_sequences([*allowed_names, *phrases]), *one_word])
    courses = _Sequences(_allowed_sequences(titles))
    people: dict[str, str] = {}  # a name, folded, -> its "Person X" letter(s)
    seen: set[tuple[str, str, str]] = set()
    findings: list[Finding] = []
    # A pack repeats many texts (dates, owners, an action in two tables): each is
    # scanned once.
    scanned: dict[str, list[tuple[int, int, str]]] = {}
    for where, text in texts:
        spans = scanned.get(text)
        if spans is None:
            spans = scanned[text] = _scan(text, allowed, courses)
        for start, end, kind in spans:
            matched = text[start:end]
            if (where, kind, matched) in seen:
                continue
            seen.add((where, kind, matched))
            findings.append(Finding(kind, matched, where, _suggest(kind, matched, people)))
    return findings


def course_titles(records: Iterable[Record]) -> list[str]:
    """The titles of training entries and development goals: course names and the
    like, which `check_texts` does not take for people's names."""
    kinds = (RecordType.TRAINING, RecordType.GOAL)
    return [r.title.strip() for r in records if r.type in kinds and r.title.strip()]


class _Sequences:
    """Allowed sequences of folded words, found by their words: a run of capitalised
    words is compared with the few sequences that share a word with it, not with every
    one (a pack of thousands of texts against hundreds of allowed names and phrases
    took seconds at 100,000 entries when each run was compared with them all)."""

    def __init__(self, sequences: Iterable[tuple[str, ...]] = ()) -> None:
        self.starting: dict[str, list[tuple[str, ...]]] = {}  # by their first word
        self.having: dict[str, list[tuple[str, ...]]] = {}  # by each of their words
        for sequence in sequences:
            self.starting.setdefault(sequence[0], []).append(sequence)
            for word in set(sequence):
                self.having.setdefault(word, []).append(sequence)

    def holds(self, words: tuple[str, ...]) -> bool:
        """Whether `words` (two or more) occur in sequence inside an allowed one."""
        n = len(words)
        return any(
            name[i : i + n] == words
            for name in self.having.get(words[0], ())
            for i in range(len(name) - n + 1)
        )


def _scan(
    text: str, allowed: _Sequences, courses: _Sequences | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each finding in one text, in order; the first claim to a
    span wins, so an NHS number is never also a phone number."""
    spans: list[tuple[int, int, str]] = []

    def claim(start: int, end: int, kind: str) -> None:
        if all(end <= s or start >= e for s, e, _k in spans):
            spans.append((start, end, kind))

    for m in _EMAIL.finditer(text):
        claim(*m.span(), "email")
    for m in _NHS.finditer(text):
        if nhs_number_is_valid(m.group()):
            claim(*m.span(), "nhs_number")
    for m in _DOB.finditer(text):
        claim(*m.span("date"), "date_of_birth")
    for m in _PHONE.finditer(text):
        if _is_uk_phone(m.group()):
            claim(*m.span(), "phone")
    for m in _ADDRESS.finditer(text):
        claim(*m.span(), "address")
    for m in _POSTCODE.finditer(text):
        if m.group(1)[1:] not in _ORDINALS:  # "y10 2nd" is not a postcode; "B33 8TH" is
            claim(*m.span(), "postcode")
    for start, end in _names(text, allowed, courses or _Sequences()):
        claim(start, end, "name")
    return sorted(spans)


def nhs_number_is_valid(text: str) -> bool:
    """True when the ten digits in `text` end with a valid mod-11 check digit."""
    digits = [int(c) for c in text if c.isdigit()]
    if len(digits) != 10:
        return False
    check = 11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    if check == 11:
        check = 0
    return check != 10 and check == digits[9]


def _is_uk_phone(text: str) -> bool:
    national = "0" + text[3:].replace("(0)", "", 1) if text.startswith("+44") else text
    return len([c for c in national if c.isdigit()]) in (10, 11)


def _names(text: str, allowed: _Sequences, courses: _Sequences) -> Iterator[tuple[int, int]]:
    """Spans of likely full names: runs of capitalised words split at stop words."""
    run: list[tuple[int, int, str]] = []
    last_end = 0
    bridged = False  # a particle ("de") sits between the run and the next word
    for m in _TOKEN.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        possessive = word.endswith(("'s", "’s")) and len(word) > 2
        if possessive:
            word, end = word[:-2], end - 2
        joined = bool(run) and _JOIN.fullmatch(text[last_end:start]) is not None
        if _is_capitalised(word):
            if not joined:
                yield from _split_run(run, allowed, courses)
                run = []
            run.append((start, end, word))
        elif joined and not bridged and word in PARTICLES:
            bridged, last_end = True, end
            continue
        else:
            yield from _split_run(run, allowed, courses)
            run = []
        bridged, last_end = False, end
        if possessive:  # "John Smith's Mum": the name ends here
            yield from _split_run(run, allowed, courses)
            run = []
    yield from _split_run(run, allowed, courses)


def _split_run(
    run: list[tuple[int, int, str]],
    allowed: _Sequences,
    courses: _Sequences,
) -> Iterator[tuple[int, int]]:
    words = [w.casefold() for _s, _e, w in run]
    blocked = [any(_not_a_name(p) for p in w.split("-")) for w in words]
    for i, word in enumerate(words):
        for name in allowed.starting.get(word, ()):
            if tuple(words[i : i + len(name)]) == name:
                blocked[i : i + len(name)] = [True] * len(name)
    segment: list[int] = []
    for i, is_blocked in enumerate([*blocked, True]):  # a final block ends the last segment
        if not is_blocked:
            segment.append(i)
            continue
        # "Leeds Partnership (NHS Trust)", "Bradford District Council": not a person.
        organisation = (i < len(words) and words[i] in ORG_SUFFIXES) or (
            bool(segment) and words[segment[-1]] in ORG_SUFFIXES
        )
        found = tuple(words[j] for j in segment)
        if (
            len(segment) >= 2
            and not organisation
            and not allowed.holds(found)
            and (found[0] in FIRST_NAMES or not courses.holds(found))
        ):
            yield run[segment[0]][0], run[segment[-1]][1]
        segment = []


def _not_a_name(word: str) -> bool:
    """`word` (folded, one part of a hyphenated word) is not part of a person's name."""
    if word in STOP or word in COURSE_WORDS:
        return True
    return word not in NAMES_WITH_THOSE_ENDINGS and any(
        word.endswith(e) and len(word) >= len(e) + 3 for e in NOT_NAME_ENDINGS
    )


def _folded_words(name: str) -> tuple[str, ...]:
    words = tuple(m.group().casefold() for m in _TOKEN.finditer(name or ""))
    return tuple(w for w in words if w not in TITLES and w not in PARTICLES)


def _allowed_sequences(names: Iterable[str]) -> list[tuple[str, ...]]:
    """Allowed names as folded words without titles; one-word names never match a run."""
    return [words for words in map(_folded_words, names) if len(words) >= 2]


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word)


def _suggest(kind: str, matched: str, people: dict[str, str]) -> str:
    if kind != "name":
        return STAND_INS[kind]
    key = " ".join(matched.split()).casefold()
    if key not in people:
        people[key] = _letters(len(people))
    initials = " ".join(f"{w[0]}." for w in _TOKEN.findall(matched) if _is_capitalised(w))
    return f"Person {people[key]} (or {initials})"


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, as spreadsheet columns are named."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out
