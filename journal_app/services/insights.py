"""Numbers behind the Insights charts and the supervision reminder: pure functions
over records (no Qt, no I/O), so the GUI and the supervision pack count the same way."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import attrgetter

from journal_app.domain.fields import Field
from journal_app.domain.records import Record, RecordType
from journal_app.domain.vocabulary import Vocabulary

# (date, mood, stress, energy); a score the worker left out is None.
WellbeingPoint = tuple[date, float | None, float | None, float | None]

# A disclosure record saved before its decision was chosen.
DECISION_NOT_RECORDED = "not_recorded"

_TAGGED_TYPES = (RecordType.REFLECTION, RecordType.DISCLOSURE, RecordType.SUPERVISION)


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_keys(first: date, last: date) -> list[str]:
    """Every month from `first` to `last` inclusive, as 'YYYY-MM'."""
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


# The order of entries on one day and across days: the key of sorted(), oldest first.
OLDEST_FIRST = attrgetter("date", "created", "id")


def by_type(records: Iterable[Record]) -> dict[RecordType, list[Record]]:
    """The records of each type (every type a key), in the order given: one pass, so
    that what looks at a few types of a large journal does not walk all of it for
    each (the Today home and its follow-through line, at 100,000 entries)."""
    groups: dict[RecordType, list[Record]] = {t: [] for t in RecordType}
    for record in records:
        groups[record.type].append(record)
    return groups


def _oldest_first(records: Iterable[Record]) -> list[Record]:
    return sorted(records, key=OLDEST_FIRST)


def wellbeing_series(records: Iterable[Record]) -> list[WellbeingPoint]:
    """Every check-in's scores, oldest first."""
    return [
        (r.date, r.fields.get(Field.MOOD), r.fields.get(Field.STRESS), r.fields.get(Field.ENERGY))
        for r in _oldest_first(r for r in records if r.type is RecordType.CHECKIN)
    ]


def period_start(day: date, period: str) -> date:
    """The first day of the 'day', 'week' (Monday) or 'month' that holds `day`."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day


def choose_period(series: list[WellbeingPoint]) -> str:
    """How finely to average a series so its chart stays readable."""
    if not series:
        return "day"
    days = {point[0] for point in series}
    span = (series[-1][0] - series[0][0]).days
    if len(days) <= 62:
        return "day"
    return "week" if span <= 366 else "month"


@dataclass(frozen=True)
class PeriodScores:
    """The check-ins of one week or month: each score's mean (rounded to one decimal),
    lowest and highest, None where no check-in of the period gave that score."""

    start: date
    count: int
    mean: tuple[float | None, float | None, float | None]
    low: tuple[float | None, float | None, float | None]
    high: tuple[float | None, float | None, float | None]


def scores_by(series: list[WellbeingPoint], period: str) -> list[PeriodScores]:
    """The series gathered per period, dated at the period's start, oldest first."""
    buckets: dict[date, list[list[float]]] = {}
    counts: Counter = Counter()
    for day, *scores in series:
        start = period_start(day, period)
        bucket = buckets.setdefault(start, [[], [], []])
        counts[start] += 1
        for values, score in zip(bucket, scores, strict=True):
            if score is not None:
                values.append(score)
    return [
        PeriodScores(
            start,
            counts[start],
            tuple(round(sum(v) / len(v), 1) if v else None for v in bucket),  # type: ignore[arg-type]
            tuple(min(v) if v else None for v in bucket),  # type: ignore[arg-type]
            tuple(max(v) if v else None for v in bucket),  # type: ignore[arg-type]
        )
        for start, bucket in sorted(buckets.items())
    ]


def average_by(series: list[WellbeingPoint], period: str) -> list[WellbeingPoint]:
    """Mean of each score per period (rounded to one decimal), dated at the period's
    start; a score missing from every check-in of a period stays None."""
    return [(p.start, *p.mean) for p in scores_by(series, period)]


def themes_per_month(records: Iterable[Record]) -> dict[str, Counter]:
    """Per month ('YYYY-MM', in order): how many records named each theme id."""
    out: dict[str, Counter] = {}
    for r in _oldest_first(r for r in records if r.type in _TAGGED_TYPES):
        themes = r.fields.get(Field.THEMES) or []
        if themes:
            out.setdefault(month_key(r.date), Counter()).update(set(themes))
    return out


def disclosures_per_month(records: Iterable[Record]) -> dict[str, Counter]:
    """Per month: disclosure records by decision (DECISION_NOT_RECORDED when unset)."""
    out: dict[str, Counter] = {}
    for r in _oldest_first(r for r in records if r.type is RecordType.DISCLOSURE):
        decision = r.fields.get(Field.DECISION) or DECISION_NOT_RECORDED
        out.setdefault(month_key(r.date), Counter())[decision] += 1
    return out


def competences_touched(records: Iterable[Record], vocabulary: Vocabulary) -> Counter:
    """How many entries touched each competence area, by id, in the vocabulary's
    order. An entry is any record that names the area, training included, except a
    goal (a plan: the coverage page counts goals apart), the rule services.coverage
    states. Ids no longer in the vocabulary (the list is editable) still count, last."""
    seen: Counter = Counter()
    for r in records:
        if r.type is not RecordType.GOAL:
            seen.update(set(r.fields.get(Field.COMPETENCES) or []))
    ordered = Counter({i: seen[i] for i in vocabulary.competences if i in seen})
    ordered.update({i: n for i, n in sorted(seen.items()) if i not in ordered})
    return ordered


@dataclass
class DomainCount:
    """One competence domain's areas touched; `domain_id` '' holds unknown ids."""

    domain_id: str
    domain_name: str
    total: int = 0
    areas: list[tuple[str, str, int]] = field(default_factory=list)  # (id, name, count)


def competences_by_domain(counts: Counter, vocabulary: Vocabulary) -> list[DomainCount]:
    """The touched areas grouped by domain, domains in the vocabulary's order and areas
    most-touched first; unknown ids last, in a domain with an empty id and name."""
    domains: dict[str, DomainCount] = {}
    for competence in vocabulary.competences.values():
        domains.setdefault(
            competence.domain_id, DomainCount(competence.domain_id, competence.domain_name)
        )
    unknown = DomainCount("", "")
    for area_id, count in counts.items():
        if count <= 0:
            continue
        competence = vocabulary.competences.get(area_id)
        group = domains[competence.domain_id] if competence else unknown
        group.areas.append((area_id, competence.name if competence else area_id, count))
        group.total += count
    out = [d for d in [*domains.values(), unknown] if d.total]
    for d in out:
        d.areas.sort(key=lambda area: (-area[2], area[1].casefold()))
    return out


def _supervision_notes(records: Iterable[Record]) -> list[Record]:
    return _oldest_first(r for r in records if r.type is RecordType.SUPERVISION)


def next_supervision(records: Iterable[Record], today: date) -> date | None:
    """The next supervision date: the `next_date` of the latest supervision note that
    gives one, if it is today or later. A newer note's date replaces an older one's,
    so a rescheduled supervision is not announced twice. (The latest is found in one
    pass, without sorting the notes: the side views ask for it at every change.)"""
    notes = [
        r for r in records if r.type is RecordType.SUPERVISION and r.fields.get(Field.NEXT_DATE)
    ]
    if not notes:
        return None
    next_date = date.fromisoformat(max(notes, key=OLDEST_FIRST).fields[Field.NEXT_DATE])
    return next_date if next_date >= today else None


def supervision_due_soon(records: Iterable[Record], today: date, days: int = 3) -> date | None:
    """The next supervision date when it is within `days` days of today, else None."""
    next_date = next_supervision(records, today)
    if next_date is not None and (next_date - today).days <= days:
        return next_date
    return None


def marked_for_supervision(records: Iterable[Record], today: date) -> list[Record]:
    """Records marked "bring to supervision" since the last supervision note dated
    today or earlier (the ones an agenda would be filled from), oldest first."""
    records = list(records)
    held = [n for n in _supervision_notes(records) if n.date <= today]
    last = (held[-1].date, held[-1].created) if held else None
    return _oldest_first(
        r
        for r in records
        if r.for_supervision
        and r.type is not RecordType.SUPERVISION
        and (last is None or (r.date, r.created) > last)
    )
