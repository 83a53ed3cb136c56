"""Rules about a record that need the rest of the journal, checked before any save
(add, edit, the editor's save) after the record itself has validated:

- One current Wellness Action Plan: a second plan is refused, naming the current
  one; the worker edits that plan, and its earlier versions stay in its history.
  A plan in the trash is not current, so a new one may be written meanwhile (and
  the old one then stays in the trash: bringing it back is refused too).
- A training entry counts towards development goals by their ids (`fields.goals`):
  an id newly linked must name a goal in the journal. Ids linked before are kept
  as they are, so a goal deleted later never stops its training being edited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from journal_app.domain.fields import Field
from journal_app.domain.records import Record, RecordType
from journal_app.errors import ValidationError


def check_record_rules(
    record: Record, previous: Record | None, records: Callable[[], Iterable[Record]]
) -> None:
    """Raise ValidationError if saving `record` (replacing `previous`, None for a
    new record) would break a rule; `records()` gives the journal's records (not the
    trash), asked for only when a rule needs them (not on every autosave)."""
    if record.type is RecordType.WELLNESS_PLAN and previous is None:
        _check_one_plan(record, records)
    if record.type is RecordType.TRAINING:
        _check_goals(record, previous, records)


def check_restore_rules(record: Record, records: Callable[[], Iterable[Record]]) -> None:
    """Raise ValidationError if bringing `record` back from the trash would break a
    rule: a second current plan. (A training's goals are kept as they were.)"""
    if record.type is RecordType.WELLNESS_PLAN:
        _check_one_plan(record, records)


def _check_one_plan(record: Record, records: Callable[[], Iterable[Record]]) -> None:
    current = current_wellness_plan(records(), but=record.id)
    if current is not None:
        raise ValidationError(
            "type",
            f"there is already a Wellness Action Plan (entry {current.id}): edit it "
            "instead, and its earlier versions stay in its history",
            code="one_wellness_plan",
            record_id=current.id,
        )


def current_wellness_plan(records: Iterable[Record], but: str | None = None) -> Record | None:
    """The worker's current Wellness Action Plan (the latest dated, should there be
    more than one), or None."""
    plans = [r for r in records if r.type is RecordType.WELLNESS_PLAN and r.id != but]
    return max(plans, key=lambda r: (r.date, r.updated, r.id), default=None)


def _check_goals(
    record: Record, previous: Record | None, records: Callable[[], Iterable[Record]]
) -> None:
    linked = record.fields.get(Field.GOALS) or []
    before = set(previous.fields.get(Field.GOALS) or []) if previous is not None else set()
    new = [goal_id for goal_id in linked if goal_id not in before]
    if not new:
        return
    goals = {r.id for r in records() if r.type is RecordType.GOAL}
    for goal_id in new:
        if goal_id not in goals:
            raise ValidationError(
                f"fields.goals[{linked.index(goal_id)}]",
                f"no development goal has the id {goal_id}",
                code="no_such_goal",
                value=goal_id,
            )


def linked_training(goal: Record, records: Iterable[Record]) -> list[Record]:
    """The training entries that count towards `goal`, oldest first."""
    found = [
        r
        for r in records
        if r.type is RecordType.TRAINING and goal.id in (r.fields.get(Field.GOALS) or [])
    ]
    return sorted(found, key=lambda r: (r.date, r.created, r.id))


def total_hours(training: Iterable[Record]) -> float:
    """The hours of these training entries added up (entries without hours add 0)."""
    return sum(float(r.fields.get(Field.HOURS) or 0) for r in training)
