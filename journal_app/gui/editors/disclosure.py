"""The disclosure decision editor: a moment when sharing lived experience was
considered, the considerations weighed, and what came of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from journal_app.domain.fields import Field
from journal_app.domain.records import RecordType
from journal_app.domain.schema import CONSIDERATIONS, SETTING_CONSIDERATIONS
from journal_app.gui.editors.base import RecordEditor
from journal_app.gui.editors.form_builder import set_line_text
from journal_app.gui.widgets.choice_list import ChoiceList


class DisclosureEditor(RecordEditor):
    record_type = RecordType.DISCLOSURE

    def consideration_prompts(self) -> dict[str, str]:
        return {
            "whose_needs": self.tr("Whose needs does it serve?"),
            "relevant": self.tr("Is it relevant to them?"),
            "ready": self.tr("Am I ready and steady to share it?"),
            "how_much": self.tr("How much is enough?"),
            "focus_on_them": self.tr("Will the focus stay on them?"),
            "fine_if_repeated": self.tr("Would I be fine if it were repeated?"),
            "policy_allows": self.tr("Does policy allow it?"),
            "adjustments": self.tr("What adjustments do I want?"),
            "who_needs_to_know": self.tr("Who needs to know?"),
            "policy_says": self.tr("What does the policy say?"),
        }

    def build_fields(self) -> None:
        box, form = self.form_group(self.tr("The decision"), "group_decision")
        intro = QLabel(
            self.tr(
                "There is no pressure to share every time: not sharing is a choice "
                "worth recording too."
            ),
            box,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        decision = self.choice_combo(
            Field.DECISION,
            [
                ("shared", self.tr("Shared")),
                ("partly_shared", self.tr("Partly shared")),
                ("not_shared", self.tr("Not shared")),
            ],
            self.tr("Not recorded"),
        )
        self.add_row(form, Field.DECISION, self.tr("Decision"), decision)
        self.bind_choice(Field.DECISION, decision)
        self.setting_combo = self.choice_combo(
            Field.SETTING,
            [
                ("person_supported", self.tr("With someone I support")),
                ("team_employer", self.tr("With my team or employer")),
                ("elsewhere", self.tr("Elsewhere")),
            ],
            self.tr("Not recorded"),
        )
        self.add_row(
            form,
            Field.SETTING,
            self.tr("Setting"),
            self.setting_combo,
            self.tr("The considerations offered below follow the setting."),
        )
        self.bind_choice(Field.SETTING, self.setting_combo)
        self.setting_combo.currentIndexChanged.connect(self._show_considerations)
        what = self.text_area(Field.WHAT, lines=3)
        self.add_row(
            form,
            Field.WHAT,
            self.tr("What was or was not shared"),
            what,
            self.tr("In outline: the part of your story you shared or held back."),
        )
        self.bind_text(Field.WHAT, what)
        purposes = ChoiceList(box)
        purposes.set_choices(
            [
                ("build_trust", self.tr("Build trust")),
                ("instil_hope", self.tr("Instil hope")),
                ("normalise", self.tr("Normalise")),
                ("model_recovery", self.tr("Model recovery")),
                ("show_empathy", self.tr("Show empathy")),
                ("other", self.tr("Other")),
            ]
        )
        self.add_row(
            form, Field.PURPOSES, self.tr("Purpose"), purposes, self.tr("Tick any that apply.")
        )
        self.bind_multi(Field.PURPOSES, purposes)
        other = QLineEdit(box)
        other.setPlaceholderText(self.tr("If the purpose was something else"))
        self.add_row(form, Field.PURPOSE_OTHER, self.tr("Other purpose"), other)
        self.bind_text(Field.PURPOSE_OTHER, other)
        self.body_layout.addWidget(box)
        self._build_considerations()
        self._build_afterwards()
        self.add_themes_and_competences()

    def _build_considerations(self) -> None:
        box, form = self.form_group(self.tr("What I weighed"), "group_considerations")
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        intro = QLabel(self.tr("A short answer to any of these is enough."), box)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.work_note = QLabel(
            self.tr(
                "At work, sharing is your choice too: you decide what to share, with whom and when."
            ),
            box,
        )
        self.work_note.setWordWrap(True)
        self.work_note.setObjectName("work_note")
        form.addRow(self.work_note)
        self.considerations_form = form
        prompts = self.consideration_prompts()
        self.consideration_edits: dict[str, QLineEdit] = {}
        for key in CONSIDERATIONS:
            edit = QLineEdit(box)
            edit.setObjectName(f"field_considerations_{key}")
            edit.setMaxLength(5000)
            self.add_row(form, f"considerations_{key}", prompts[key], edit)
            edit.textChanged.connect(self._user_changed)
            self.consideration_edits[key] = edit
        self.bind(
            "considerations",
            self.consideration_edits[CONSIDERATIONS[0]],
            self._considerations,
            self._set_considerations,
            None,  # each prompt's edit reports its own changes, above
            self._focus_consideration,
        )
        self.body_layout.addWidget(box)

    def after_load(self) -> None:
        self._show_considerations()

    def _show_considerations(self, *_args: Any) -> None:
        """The prompts that fit the setting (with someone I support when none is
        chosen), and any other prompt that holds an answer: nothing is hidden."""
        setting = self.setting_combo.currentData() or "person_supported"
        offered = SETTING_CONSIDERATIONS.get(setting, CONSIDERATIONS)
        for key, edit in self.consideration_edits.items():
            shown = key in offered or bool(edit.text().strip())
            self.considerations_form.setRowVisible(edit, shown)
        self.considerations_form.setRowVisible(self.work_note, setting == "team_employer")

    def _considerations(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.consideration_edits.items() if e.text().strip()}

    def _set_considerations(self, value: Any) -> None:
        value = value or {}
        for key, edit in self.consideration_edits.items():
            set_line_text(edit, value.get(key, ""))

    def _focus_consideration(self, rest: str) -> None:
        edit = self.consideration_edits.get(rest.lstrip("."), None)
        (edit or self.consideration_edits[CONSIDERATIONS[0]]).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def widget_for(self, field: str):
        if field.startswith("fields.considerations."):
            key = field.removeprefix("fields.considerations.")
            if key in self.consideration_edits:
                return self.consideration_edits[key]
        return super().widget_for(field)

    def _build_afterwards(self) -> None:
        box, column = self.column_group(self.tr("Afterwards"), "group_afterwards")
        for name, heading, prompt in (
            (
                "received",
                self.tr("How it was received"),
                self.tr("What you noticed in them; keep it to the moment, not their story."),
            ),
            (
                "feelings_after",
                self.tr("How I felt after"),
                self.tr("Steady, exposed, relieved? Anything you need to look after yourself?"),
            ),
            (
                "learning",
                self.tr("What I learnt"),
                self.tr("What would you keep, or do differently, next time?"),
            ),
        ):
            edit = self.text_area(name, lines=3)
            self.prompted(column, name, heading, prompt, edit)
            self.bind_text(name, edit)
        self.body_layout.addWidget(box)
