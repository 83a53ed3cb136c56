"""The supervision note editor: who with, the functions covered (after Proctor),
wellbeing before and after, agenda, what was discussed, support offered, agreed
actions and the next date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.fields import Field
from journal_app.domain.records import RecordType
from journal_app.gui.date_text import EDIT_FORMAT
from journal_app.gui.editors.actions_table import ActionsTable
from journal_app.gui.editors.base import RecordEditor
from journal_app.gui.editors.form_builder import BUDDY_LABEL
from journal_app.gui.widgets.choice_list import ChoiceList
from journal_app.gui.widgets.score import ScoreSlider


class SupervisionEditor(RecordEditor):
    record_type = RecordType.SUPERVISION

    def build_fields(self) -> None:
        self._agenda_suggestion = ""
        self._agenda_source: Callable[[date], str] | None = None
        self._auto_agenda: str | None = None  # agenda text filled in, not yet touched
        self._build_who()
        self._build_session()
        self._build_actions()
        self.add_themes_and_competences()

    def _build_who(self) -> None:
        box, form = self.form_group(self.tr("Supervision"), "group_supervision")
        self.supervisor_combo = QComboBox(box)
        self.supervisor_combo.setObjectName("field_supervisor")
        self.supervisor_combo.setEditable(True)
        self.supervisor_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.supervisor_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.supervisor_combo.setMinimumContentsLength(24)
        self.supervisor_combo.lineEdit().setPlaceholderText(self.tr("Name or initials"))
        self.add_row(form, Field.SUPERVISOR, self.tr("Supervisor"), self.supervisor_combo)
        self.bind(
            "supervisor",
            self.supervisor_combo,
            self.supervisor_combo.currentText,
            lambda v: self.supervisor_combo.setEditText(v or ""),
            self.supervisor_combo.editTextChanged,
        )
        role = self.choice_combo(
            Field.SUPERVISOR_ROLE,
            [
                ("line_manager", self.tr("Line manager")),
                ("alternative_contact", self.tr("Alternative contact")),
                ("peer_supervisor", self.tr("Peer supervisor")),
                ("external", self.tr("External supervisor")),
            ],
            self.tr("Not recorded"),
        )
        self.add_row(form, Field.SUPERVISOR_ROLE, self.tr("Their role"), role)
        self.bind_choice(Field.SUPERVISOR_ROLE, role)
        functions = ChoiceList(box)
        functions.set_choices(
            [
                ("restorative", self.tr("Restorative: support for you")),
                ("formative", self.tr("Formative: learning and skills")),
                ("normative", self.tr("Normative: standards and accountability")),
            ],
            {
                "restorative": self.tr(
                    "Looking after you: the emotional impact of the work, your wellbeing."
                ),
                "formative": self.tr(
                    "Learning and development: skills, knowledge, training needs."
                ),
                "normative": self.tr("Standards, policy, boundaries and the quality of the work."),
            },
        )
        self.add_row(
            form,
            Field.FUNCTIONS,
            self.tr("Functions covered"),
            functions,
            self.tr("After Proctor's model; tick any the session covered."),
        )
        self.bind_multi(Field.FUNCTIONS, functions)
        before = ScoreSlider(self.tr("Low"), self.tr("Good"), box)
        self.add_row(form, Field.WELLBEING_BEFORE, self.tr("My wellbeing before"), before)
        self.bind_score(Field.WELLBEING_BEFORE, before)
        after = ScoreSlider(self.tr("Low"), self.tr("Good"), box)
        self.add_row(form, Field.WELLBEING_AFTER, self.tr("My wellbeing after"), after)
        self.bind_score(Field.WELLBEING_AFTER, after)
        self.body_layout.addWidget(box)

    def _build_session(self) -> None:
        box, layout = self.column_group(self.tr("The session"), "group_session")
        self.agenda_edit = self.text_area(Field.AGENDA, lines=4)
        agenda_cell = QWidget(box)
        # The button under the agenda, not beside it: beside, the two would need more
        # width than a narrow window at a large text size has.
        under = QVBoxLayout(agenda_cell)
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.agenda_edit)
        self.fill_agenda_button = QPushButton(
            self.tr("Fill from records marked for supervision"), agenda_cell
        )
        self.fill_agenda_button.setObjectName("fill_agenda")
        self.fill_agenda_button.setAccessibleName(self.fill_agenda_button.text())
        self.fill_agenda_button.clicked.connect(self._fill_agenda)
        self.fill_agenda_button.hide()
        under.addWidget(self.fill_agenda_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.prompted(
            layout,
            "agenda",
            self.tr("Agenda"),
            self.tr("What you want to bring; records marked for supervision can fill it."),
            self.agenda_edit,
            shown=agenda_cell,
        )
        self.bind_text(Field.AGENDA, self.agenda_edit)
        self.date_edit.dateChanged.connect(self._date_changed)
        for name, heading, hint in (
            (
                "discussed",
                self.tr("What was discussed"),
                self.tr("The main points, and what you take from them."),
            ),
            (
                "support_offered",
                self.tr("Support offered"),
                self.tr("Support, training or time offered to you."),
            ),
        ):
            edit = self.text_area(name, lines=4)
            self.prompted(layout, name, heading, hint, edit)
            self.bind_text(name, edit)
        self.body_layout.addWidget(box)

    def _build_actions(self) -> None:
        box, form = self.form_group(self.tr("Agreed actions"), "group_actions")
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.actions = ActionsTable(box)
        self.actions.setObjectName("actions_editor")
        label = self.add_row(form, Field.ACTIONS, self.tr("Actions"), self.actions)
        label.setBuddy(self.actions.table)
        self.actions.table.setProperty(BUDDY_LABEL, label)
        self.bind(
            "actions",
            self.actions.table,
            self.actions.value,
            self.actions.set_value,
            self.actions.changed,
            self.actions.focus_part,
        )
        next_cell = QWidget(box)
        row = QHBoxLayout(next_cell)
        row.setContentsMargins(0, 0, 0, 0)
        self.next_booked = QCheckBox(self.tr("Booked"), next_cell)
        self.next_booked.setObjectName("field_next_booked")
        self.next_date = QDateEdit(next_cell)
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat(EDIT_FORMAT)
        self.next_date.setEnabled(False)
        self.next_booked.toggled.connect(self.next_date.setEnabled)
        date_label = QLabel(self.tr("Date"), next_cell)
        row.addWidget(self.next_booked)
        row.addSpacing(12)
        row.addWidget(date_label)
        row.addWidget(self.next_date)
        row.addStretch(1)
        label = self.add_row(
            form, "next_booked", self.tr("Next supervision"), self.next_booked, shown=next_cell
        )
        self.next_booked.setAccessibleName(self.tr("Next supervision is booked"))
        self.name_input(
            Field.NEXT_DATE, self.next_date, date_label, self.tr("Next supervision date")
        )
        self.bind(
            Field.NEXT_DATE,
            self.next_date,
            self._next_date,
            self._set_next_date,
            self.next_date.dateChanged,
            lambda _rest: self._focus_next_date(),
        )
        self.next_booked.toggled.connect(self._user_changed)
        self.body_layout.addWidget(box)

    # --- values ----------------------------------------------------------------------

    def _next_date(self) -> str:
        if not self.next_booked.isChecked():
            return ""
        return self.next_date.date().toString(Qt.DateFormat.ISODate)

    def _set_next_date(self, value: Any) -> None:
        day = QDate.fromString(value or "", Qt.DateFormat.ISODate)
        self.next_booked.setChecked(day.isValid())
        self.next_date.setDate(day if day.isValid() else QDate.currentDate().addDays(28))

    def _focus_next_date(self) -> None:
        target = self.next_date if self.next_booked.isChecked() else self.next_booked
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_supervisors(self, names: list[str]) -> None:
        """Names offered in the supervisor box (from the worker's settings)."""
        current = self.supervisor_combo.currentText()
        was_loading, self._loading = self._loading, True
        try:
            self.supervisor_combo.clear()
            self.supervisor_combo.addItems(names)
            self.supervisor_combo.setEditText(current)
        finally:
            self._loading = was_loading

    def set_agenda_suggestion(self, text: str) -> None:
        """Offer `text` (built from records marked for supervision) for the agenda."""
        self._agenda_suggestion = text
        present = self.agenda_edit.toPlainText()
        missing = [line for line in text.splitlines() if line.strip() and line not in present]
        self.fill_agenda_button.setVisible(bool(missing))

    def set_agenda_source(self, source: Callable[[date], str] | None, prefill: bool) -> None:
        """`source(day)` builds the agenda for a note dated `day`. With `prefill` (a new
        note) an empty agenda is filled in, and refilled while untouched when the date
        changes (a note written after the session is dated back); otherwise what is
        missing from the agenda is offered with the fill button."""
        self._agenda_source = source
        self._auto_agenda = None
        suggestion = self._suggestion_for_date()
        if prefill and suggestion and not self.agenda_edit.toPlainText().strip():
            was_loading, self._loading = self._loading, True
            try:
                self.agenda_edit.setPlainText(suggestion)
            finally:
                self._loading = was_loading
            self._auto_agenda = suggestion
        self.set_agenda_suggestion(suggestion)

    def _suggestion_for_date(self) -> str:
        if self._agenda_source is None:
            return ""
        return self._agenda_source(self.date_edit.date().toPython())

    def _date_changed(self) -> None:
        if self._loading or self._agenda_source is None:
            return
        suggestion = self._suggestion_for_date()
        if self._auto_agenda is not None and self.agenda_edit.toPlainText() == self._auto_agenda:
            self.agenda_edit.setPlainText(suggestion)  # still as filled in: follow the date
            self._auto_agenda = suggestion
        self.set_agenda_suggestion(suggestion)

    def _fill_agenda(self) -> None:
        present = self.agenda_edit.toPlainText()
        missing = [
            line
            for line in self._agenda_suggestion.splitlines()
            if line.strip() and line not in present
        ]
        cursor = self.agenda_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if present.strip():
            cursor.insertText("\n")
        cursor.insertText("\n".join(missing))
        self.agenda_edit.setTextCursor(cursor)
        self.agenda_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.fill_agenda_button.hide()

    def clear_private(self) -> None:
        self.set_supervisors([])
        self._agenda_source = None
        self._auto_agenda = None
        self.set_agenda_suggestion("")
