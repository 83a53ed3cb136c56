"""The Wellness Action Plan editor, after the workplace plans that UK mental-health
charities publish: what keeps me well, early signs, triggers, the support I would
like from my manager, what to do if I become unwell, who to contact, and when to
review it. One current plan: File, New opens it when there is one."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

from journal_app.domain.fields import Field
from journal_app.domain.records import RecordType
from journal_app.gui.editors.base import RecordEditor


class WellnessPlanEditor(RecordEditor):
    record_type = RecordType.WELLNESS_PLAN

    def build_fields(self) -> None:
        box, column = self.column_group(self.tr("My Wellness Action Plan"), "group_wellness_plan")
        intro = QLabel(
            self.tr(
                "Yours to write and to keep: it never goes into a supervision pack unless "
                "you tick it for that pack."
            ),
            box,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        for name, heading, prompt in (
            (
                Field.KEEPS_ME_WELL,
                self.tr("What keeps me well at work"),
                self.tr("Routines, breaks, people or things that help you stay well."),
            ),
            (
                Field.EARLY_SIGNS,
                self.tr("Early signs that I am not coping"),
                self.tr("What you, or others, might notice first."),
            ),
            (
                Field.TRIGGERS,
                self.tr("Triggers at work"),
                self.tr("Situations that can make things harder for you."),
            ),
            (
                Field.SUPPORT_FROM_MANAGER,
                self.tr("Support I would like from my manager"),
                self.tr("What would help, and how you would like to be asked."),
            ),
            (
                Field.IF_UNWELL,
                self.tr("If I become unwell"),
                self.tr("What you would like to happen, and what you would rather did not."),
            ),
            (
                Field.MY_CONTACTS,
                self.tr("Who to contact"),
                self.tr("People and services you would like contacted, by role or name."),
            ),
        ):
            edit = self.text_area(name, lines=3)
            self.prompted(column, name, heading, prompt, edit)
            self.bind_text(name, edit)
        self.body_layout.addWidget(box)
        box, form = self.form_group(self.tr("Review"), "group_review")
        # The date under its label: beside it, at twice the text size, the date box
        # was squeezed below its own width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.optional_date_row(
            form, Field.REVIEW_DATE, self.tr("Review date"), self.tr("Set"), default_days=182
        )
        self.body_layout.addWidget(box)
