"""The training editor: what kind of learning, who provided it, the hours (in
halves), what I learnt and how I will use it, the competence areas, and the
development goals it counts towards."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from journal_app.domain.fields import Field
from journal_app.domain.records import RecordType
from journal_app.gui.editors.base import RecordEditor
from journal_app.gui.widgets.choice_list import ChoiceList
from journal_app.gui.widgets.hours_box import HoursBox


class TrainingEditor(RecordEditor):
    record_type = RecordType.TRAINING

    def build_fields(self) -> None:
        box, form = self.form_group(self.tr("The training"), "group_training")
        kind = self.choice_combo(
            Field.KIND,
            [
                ("course", self.tr("Course")),
                ("shadowing", self.tr("Shadowing")),
                ("reading", self.tr("Reading")),
                ("e_learning", self.tr("E-learning")),
                ("conference", self.tr("Conference")),
                ("other", self.tr("Other")),
            ],
            self.tr("Not recorded"),
        )
        self.add_row(form, Field.KIND, self.tr("Kind of training"), kind)
        self.bind_choice(Field.KIND, kind)
        provider = QLineEdit(box)
        provider.setPlaceholderText(self.tr("Who ran it, or where it came from"))
        self.add_row(form, Field.PROVIDER, self.tr("Provider"), provider)
        self.bind_text(Field.PROVIDER, provider)
        # The box and its note side by side: under a narrow box the note would wrap
        # into a column a word wide.
        hours_cell = QWidget(box)
        beside = QHBoxLayout(hours_cell)
        beside.setContentsMargins(0, 0, 0, 0)
        self.hours = HoursBox(self.tr("Not recorded"), hours_cell)
        note = self.tr("in whole or half hours, up to 1000")
        beside.addWidget(self.hours)
        beside.addWidget(QLabel(note, hours_cell), 1)
        self.add_row(form, Field.HOURS, self.tr("Hours"), self.hours, shown=hours_cell)
        self.hours.setAccessibleDescription(note)
        self.bind(
            Field.HOURS,
            self.hours,
            self.hours.hours,
            self.hours.set_hours,
            self.hours.valueChanged,
        )
        self.body_layout.addWidget(box)

        box, column = self.column_group(self.tr("What I take from it"), "group_learning")
        for name, heading, prompt in (
            (
                Field.LEARNING,
                self.tr("What I learnt"),
                self.tr("The ideas or skills you want to keep."),
            ),
            (
                Field.USE_IN_PRACTICE,
                self.tr("How I will use it in practice"),
                self.tr("One thing you will do differently, and when."),
            ),
        ):
            edit = self.text_area(name, lines=4)
            self.prompted(column, name, heading, prompt, edit)
            self.bind_text(name, edit)
        self.body_layout.addWidget(box)
        self.add_competences()
        self._build_goals()

    def _build_goals(self) -> None:
        box, form = self.form_group(self.tr("Development goals"), "group_goals")
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.goals = ChoiceList(box)
        self.add_row(
            form,
            Field.GOALS,
            self.tr("Counts towards"),
            self.goals,
            self.tr("Tick the goals this training helps with; its hours count towards them."),
        )
        self.bind_multi(Field.GOALS, self.goals)
        self.no_goals = QLabel(
            self.tr("No development goals yet: File, New, Development goal adds one."), box
        )
        self.no_goals.setObjectName("no_goals")
        self.no_goals.setWordWrap(True)
        form.addRow(self.no_goals)
        self.set_goals([])
        self.body_layout.addWidget(box)

    def set_goals(self, goals: list[tuple[str, str]]) -> None:
        """The development goals offered, as (id, name): active ones, and any the
        entry already counts towards. Ticks already made are kept."""
        was_loading, self._loading = self._loading, True
        try:
            ticked = self.goals.checked()
            self.goals.set_choices(goals)
            self.goals.set_checked(ticked)
        finally:
            self._loading = was_loading
        self.goals.setVisible(bool(goals))
        self.no_goals.setVisible(not goals)

    def clear_private(self) -> None:
        self.set_goals([])
