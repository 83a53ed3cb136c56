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
  once titles and a stop list of common non-name words are taken out, unless the words
  are an allowed name or run in sequence inside one. Names in lower case or a single
  word are missed; title-cased phrases of uncommon words ("Difficult Conversation") and
  capitalised place names are flagged. A run that names an organisation (it ends in
  "NHS", "Trust", "Council", "College", "Network"... or is an allowed phrase: the
  shipped list of services and laws, and the worker's own words) is not a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

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


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PARTICLES = _word_set("de da del della di du van von der den la le bin al ter dos")
_TITLES = _word_set("mr mrs ms miss mx dr doctor prof professor sir dame rev revd st")
# A capitalised run followed by one of these names an organisation, not a person.
_ORG_SUFFIXES = _word_set(
    """
    nhs trust council college university hospital centre center network service services
    team society charity foundation partnership group clinic practice surgery unit
    association alliance project
    """
)
# Capitalised words that are not (parts of) names: calendar words, words that start
# sentences, the app's own headings and the vocabulary of mental-health services.
# First names that are also words (Will, Hope, Grace, Mark) are left out on purpose.
_STOP = _TITLES | _word_set(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday mon tue tues wed thu thur thurs fri sat sun today tonight
    yesterday tomorrow morning afternoon evening night day days week weekend month year
    christmas easter bank holiday new i me my we us our you your he him his she her they
    them their it its this that these those there here the a an some any all each every
    both no not none other another what which who whom whose when where why how and or but
    so yet if then than because as since while although though after before until unless
    once at by for from in into of off on onto out over to up with within without about
    above across against along among around behind below between beyond during inside
    near outside past through under upon via also just still even only really very again
    already always never often sometimes maybe perhaps however overall later afterwards
    next finally first second last lastly meanwhile instead anyway hopefully luckily sadly
    thankfully unfortunately is was were are am be been do did does have has had can could
    would should might must let met saw spoke talked called visited went came felt told
    asked gave got took made helped supported shared discussed noticed thought think feel
    want wanted used tried agreed planned please thanks thank dear hi hello yes ok okay
    well good great difficult peer support supporting worker workers supervision
    supervisor supervisee line manager management lead nhs trust foundation mental health
    recovery college team service services ward hospital infirmary general royal clinic
    centre center unit community crisis care home house street road lane avenue close
    drive square park court gardens hill station library church school university council
    department office board group groups meeting session sessions notes note reflection
    reflections reflective gibbs driscoll cycle model framework competence competences area
    areas training need needs wellbeing check checks disclosure disclosures decision
    decisions summary action actions plan title page footer confidential pack journal
    entry entries record records description learning feelings goals review report agenda
    preparation template mood stress energy self safeguarding boundaries endings advocacy
    teamwork lived experience person people client patient user carer family friend mum
    dad mother father brother sister son daughter partner england scotland wales ireland
    britain british english
    """
)


def check_texts(
    texts: Iterable[tuple[str, str]],
    allowed_names: Iterable[str] = (),
    allowed_phrases: Iterable[str] = (),
) -> list[Finding]:
    """Findings in reading order; the same text found twice in one place is listed once.
    `allowed_names` are people who may be named (the worker, their supervisors);
    `allowed_phrases` are words and phrases never to flag as names (services,
    organisations, the worker's own list): a one-word phrase blocks that word."""
    phrases = list(allowed_phrases)
    allowed = _allowed_sequences([*allowed_names, *phrases])
    allowed += [w for w in (_folded_words(p) for p in phrases) if len(w) == 1]
    people: dict[str, str] = {}  # a name, folded, -> its "Person X" letter(s)
    seen: set[tuple[str, str, str]] = set()
    findings: list[Finding] = []
    for where, text in texts:
        for start, end, kind in _scan(text, allowed):
            matched = text[start:end]
            if (where, kind, matched) in seen:
                continue
            seen.add((where, kind, matched))
            findings.append(Finding(kind, matched, where, _suggest(kind, matched, people)))
    return findings


def _scan(text: str, allowed: list[tuple[str, ...]]) -> list[tuple[int, int, str]]:
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
    for start, end in _names(text, allowed):
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


def _names(text: str, allowed: list[tuple[str, ...]]) -> Iterator[tuple[int, int]]:
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
                yield from _split_run(run, allowed)
                run = []
            run.append((start, end, word))
        elif joined and not bridged and word in _PARTICLES:
            bridged, last_end = True, end
            continue
        else:
            yield from _split_run(run, allowed)
            run = []
        bridged, last_end = False, end
        if possessive:  # "John Smith's Mum": the name ends here
            yield from _split_run(run, allowed)
            run = []
    yield from _split_run(run, allowed)


def _split_run(
    run: list[tuple[int, int, str]], allowed: list[tuple[str, ...]]
) -> Iterator[tuple[int, int]]:
    words = [w.casefold() for _s, _e, w in run]
    blocked = [w in _STOP or any(p in _STOP for p in w.split("-")) for w in words]
    for name in allowed:
        for i in range(len(words) - len(name) + 1):
            if tuple(words[i : i + len(name)]) == name:
                blocked[i : i + len(name)] = [True] * len(name)
    segment: list[int] = []
    for i, is_blocked in enumerate([*blocked, True]):  # a final block ends the last segment
        if not is_blocked:
            segment.append(i)
            continue
        # "Leeds Partnership (NHS Trust)", "Bradford District Council": not a person.
        organisation = (i < len(words) and words[i] in _ORG_SUFFIXES) or (
            bool(segment) and words[segment[-1]] in _ORG_SUFFIXES
        )
        if (
            len(segment) >= 2
            and not organisation
            and not _inside_allowed(tuple(words[j] for j in segment), allowed)
        ):
            yield run[segment[0]][0], run[segment[-1]][1]
        segment = []


def _inside_allowed(words: tuple[str, ...], allowed: list[tuple[str, ...]]) -> bool:
    n = len(words)
    return any(name[i : i + n] == words for name in allowed for i in range(len(name) - n + 1))


def _folded_words(name: str) -> tuple[str, ...]:
    words = tuple(m.group().casefold() for m in _TOKEN.finditer(name or ""))
    return tuple(w for w in words if w not in _TITLES and w not in _PARTICLES)


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
