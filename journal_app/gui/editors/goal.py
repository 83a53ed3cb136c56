"""The development goal editor: status and target date, the steps and the progress
so far, the competence areas, and the training entries that count towards it with
their hours added up (shown, not edited here: a training entry names its goals)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from journal_app.domain.fields import Field
from journal_app.domain.records import RecordType
from journal_app.gui.date_text import date_text
from journal_app.gui.editors.base import RecordEditor


class GoalEditor(RecordEditor):
    record_type = RecordType.GOAL

    def build_fields(self) -> None:
        box, form = self.form_group(self.tr("The goal"), "group_goal")
        status = self.choice_combo(
            Field.STATUS,
            [
                ("active", self.tr("Active")),
                ("achieved", self.tr("Achieved")),
                ("dropped", self.tr("Dropped")),
            ],
            self.tr("Not recorded"),
        )
        self.add_row(form, Field.STATUS, self.tr("Status"), status)
        self.bind_choice(Field.STATUS, status)
        self.optional_date_row(form, Field.TARGET_DATE, self.tr("Target date"), self.tr("Set"))
        self.body_layout.addWidget(box)

        box, column = self.column_group(self.tr("Getting there"), "group_steps")
        for name, heading, prompt in (
            (
                Field.STEPS,
                self.tr("Steps"),
                self.tr("What you will do to get there, one step a line."),
            ),
            (
                Field.PROGRESS,
                self.tr("Progress"),
                self.tr("What you have done so far, and what helped."),
            ),
        ):
            edit = self.text_area(name, lines=4)
            self.prompted(column, name, heading, prompt, edit)
            self.bind_text(name, edit)
        self.body_layout.addWidget(box)
        self.add_competences()

        box, column = self.column_group(self.tr("Training towards it"), "group_linked_training")
        self.training_label = QLabel(box)
        self.training_label.setObjectName("linked_training")
        self.training_label.setWordWrap(True)
        self.training_label.setAccessibleName(self.tr("Training towards this goal"))
        column.addWidget(self.training_label)
        self.body_layout.addWidget(box)
        self.set_linked_training([])

    def set_linked_training(self, training: list[tuple[date, str, float]]) -> None:
        """The training entries that count towards this goal: (date, name, hours)."""
        if not training:
            self.training_label.setText(
                self.tr(
                    "No training counts towards this goal yet. In a training entry, "
                    "tick this goal under Development goals."
                )
            )
            return
        total = sum(hours for _day, _name, hours in training)
        lines = [
            self.tr("{day}: {name} ({hours} h)").format(
                day=date_text(day), name=name, hours=f"{hours:g}"
            )
            for day, name, hours in training
        ]
        summary = self.tr("{count} training entries, {hours} hours in all").format(
            count=len(training), hours=f"{total:g}"
        )
        if len(training) == 1:
            summary = self.tr("1 training entry, {hours} hours in all").format(hours=f"{total:g}")
        self.training_label.setText("\n".join([summary, *lines]))

    def linked_training_text(self) -> str:
        """What the editor says of the training towards this goal, for reading."""
        return self.training_label.text()

    def clear_private(self) -> None:
        self.set_linked_training([])
