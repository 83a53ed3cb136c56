"""The editor for each record type."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from journal_app.domain.records import RecordType
from journal_app.domain.vocabulary import Vocabulary
from journal_app.gui.editors.base import RecordEditor
from journal_app.gui.editors.checkin import CheckinEditor
from journal_app.gui.editors.disclosure import DisclosureEditor
from journal_app.gui.editors.goal import GoalEditor
from journal_app.gui.editors.reflection import ReflectionEditor
from journal_app.gui.editors.supervision import SupervisionEditor
from journal_app.gui.editors.training import TrainingEditor
from journal_app.gui.editors.wellness_plan import WellnessPlanEditor

EDITORS: dict[RecordType, type[RecordEditor]] = {
    RecordType.REFLECTION: ReflectionEditor,
    RecordType.DISCLOSURE: DisclosureEditor,
    RecordType.SUPERVISION: SupervisionEditor,
    RecordType.CHECKIN: CheckinEditor,
    RecordType.TRAINING: TrainingEditor,
    RecordType.GOAL: GoalEditor,
    RecordType.WELLNESS_PLAN: WellnessPlanEditor,
}


def editor_for(
    record_type: RecordType, vocabulary: Vocabulary, parent: QWidget | None = None
) -> RecordEditor:
    """A new, empty editor for records of `record_type`."""
    return EDITORS[RecordType(record_type)](vocabulary, parent)
