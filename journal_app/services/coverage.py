"""Competence coverage: for each area of the HEE competence framework, what the worker
recorded in a period (by default the last 12 months): entries that name the area,
hours of training that name it, and development goals that name it, by status; and
the areas nothing touched. Counts only, never a score: the Insights page says them
in words. Pure functions over records (no Qt, no I/O), shared by the GUI and CLI.

Rules, stated once:
- An entry is any record that names the area in its `competences`, except a goal
  (a goal is a plan, counted under goals). A training record is an entry too.
- Training hours: the `hours` of `training` records that name the area. A course
  that names two areas counts its hours in each (an area's hours are not a share).
- Goals: `goal` records that name the area, counted by `status` (active, achieved,
  dropped). A goal dated before the period still counts while it is active.
- Ids no longer in the list (it is editable; older records keep their ids) are
  reported apart, by id, so nothing a worker recorded disappears.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from journal_app.domain.fields import Field
from journal_app.domain.records import Record, RecordType
from journal_app.domain.vocabulary import Vocabulary

TRAINING = RecordType.TRAINING.value
GOAL = RecordType.GOAL.value
HOURS = Field.HOURS.value
STATUS = Field.STATUS.value
ACTIVE = "active"  # a goal saved without a status is still being worked on
LAST_12_MONTHS: Literal["12m"] = "12m"  # coverage()'s default period


@dataclass
class AreaCoverage:
    """One area's counts in the period. `code` is "3.2" ('' for an unknown id)."""

    area_id: str
    name: str
    code: str = ""
    entries: int = 0
    training_hours: float = 0.0
    goals: Counter = field(default_factory=Counter)  # status -> goals

    @property
    def touched(self) -> bool:
        return bool(self.entries or self.training_hours or sum(self.goals.values()))


@dataclass
class DomainCoverage:
    domain_id: str
    domain_name: str
    areas: list[AreaCoverage] = field(default_factory=list)

    @property
    def touched(self) -> list[AreaCoverage]:
        return [a for a in self.areas if a.touched]

    @property
    def not_touched(self) -> list[AreaCoverage]:
        return [a for a in self.areas if not a.touched]


@dataclass
class Coverage:
    """Every domain in the framework's order, each with all its areas; `start` is the
    period's first day (None: all time) and `end` its last."""

    start: date | None
    end: date
    domains: list[DomainCoverage] = field(default_factory=list)
    unknown: list[AreaCoverage] = field(default_factory=list)  # ids not in the list

    @property
    def not_touched(self) -> list[AreaCoverage]:
        return [a for d in self.domains for a in d.not_touched]

    @property
    def any_touched(self) -> bool:
        return bool(self.unknown) or any(d.touched for d in self.domains)


def year_before(today: date) -> date:
    """The first day of "the last 12 months" that end today: the day after the same
    date a year earlier (29 February falls back to the 28th)."""
    try:
        same = today.replace(year=today.year - 1)
    except ValueError:
        same = today.replace(year=today.year - 1, day=28)
    return date.fromordinal(same.toordinal() + 1)


def _kind(record: Record) -> str:
    return str(getattr(record.type, "value", record.type))


def _hours(value: object) -> float:
    try:
        hours = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return hours if hours > 0 else 0.0


def _in_period(record: Record, start: date | None, end: date) -> bool:
    if record.date > end:
        return False
    if start is None or record.date >= start:
        return True
    # An older goal still being worked on belongs to the period too.
    return _kind(record) == GOAL and record.fields.get(STATUS, ACTIVE) == ACTIVE


def coverage(
    records: Iterable[Record],
    vocabulary: Vocabulary,
    today: date,
    start: date | Literal["12m"] | None = LAST_12_MONTHS,
) -> Coverage:
    """Coverage of every area from `start` to `today` inclusive. `start` defaults to
    the last 12 months (year_before(today)); None means all time."""
    if start == LAST_12_MONTHS:
        start = year_before(today)
    assert start is None or isinstance(start, date)
    areas: dict[str, AreaCoverage] = {}
    domains: dict[str, DomainCoverage] = {}
    for area_id, competence in vocabulary.competences.items():
        domain = domains.setdefault(
            competence.domain_id, DomainCoverage(competence.domain_id, competence.domain_name)
        )
        area = AreaCoverage(area_id, competence.name, competence.code)
        domain.areas.append(area)
        areas[area_id] = area
    unknown: dict[str, AreaCoverage] = {}
    for record in records:
        if not _in_period(record, start, today):
            continue
        named = record.fields.get(Field.COMPETENCES) or []
        kind = _kind(record)
        for area_id in dict.fromkeys(named):  # once per record, in its order
            area = areas.get(area_id) or unknown.setdefault(area_id, AreaCoverage(area_id, area_id))
            if kind == GOAL:
                area.goals[str(record.fields.get(STATUS) or ACTIVE)] += 1
                continue
            area.entries += 1
            if kind == TRAINING:
                area.training_hours += _hours(record.fields.get(HOURS))
    return Coverage(
        start=start,
        end=today,
        domains=list(domains.values()),
        unknown=[unknown[i] for i in sorted(unknown)],
    )
