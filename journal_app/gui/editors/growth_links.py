"""What the training and goal editors show of each other: the goals a training entry
can count towards, and the training that counts towards a goal with its hours."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from journal_app.domain.fields import Field
from journal_app.domain.records import Record, RecordType
from journal_app.gui.record_names import record_name_text
from journal_app.services.record_rules import linked_training

_STATUS_WORDS = {
    "achieved": QT_TRANSLATE_NOOP("GoalChoices", "{name} (achieved)"),
    "dropped": QT_TRANSLATE_NOOP("GoalChoices", "{name} (dropped)"),
}


def goal_choices(records: Iterable[Record]) -> list[tuple[str, str]]:
    """(id, name) of every development goal, active ones first, each group newest
    first; a goal achieved or dropped says so."""
    goals = [r for r in records if r.type is RecordType.GOAL]
    goals.sort(key=lambda r: (r.date, r.created, r.id), reverse=True)
    goals.sort(key=lambda r: r.fields.get(Field.STATUS) in _STATUS_WORDS)
    out = []
    for goal in goals:
        name = record_name_text(goal)
        words = _STATUS_WORDS.get(goal.fields.get(Field.STATUS, ""))
        if words:
            name = QCoreApplication.translate("GoalChoices", words).format(name=name)
        out.append((goal.id, name))
    return out


def training_rows(goal: Record, records: Iterable[Record]) -> list[tuple[date, str, float]]:
    """(date, name, hours) of each training entry that counts towards `goal`."""
    return [
        (r.date, record_name_text(r), float(r.fields.get(Field.HOURS) or 0))
        for r in linked_training(goal, records)
    ]
