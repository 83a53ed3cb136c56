"""The reflection editor's "Boundaries and safeguarding" group: two check boxes, each
revealing its own prompts. A boundary question asks what was asked of me, whether it
was within my role, what I did and who I talked to; a safeguarding concern asks
whether I followed the procedure, who it was reported to (by role, never a name) and
when, and whether I need a debrief. A block whose prompts hold anything stays shown
even with its box unticked, so nothing saved is ever hidden."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.fields import Field
from journal_app.domain.schema import SHORT_TEXT_LIMIT
from journal_app.gui.date_text import EDIT_FORMAT
from journal_app.gui.editors.base import is_empty

if TYPE_CHECKING:
    from journal_app.gui.editors.base import RecordEditor

BOUNDARY_PROMPTS = (
    Field.BOUNDARY_ASKED,
    Field.BOUNDARY_IN_ROLE,
    Field.BOUNDARY_DID,
    Field.BOUNDARY_TALKED_TO,
)
SAFEGUARDING_PROMPTS = (
    Field.SAFEGUARDING_PROCEDURE,
    Field.SAFEGUARDING_REPORTED_TO,
    Field.SAFEGUARDING_REPORTED_WHEN,
    Field.DEBRIEF_NEEDED,
)


class ConcernsGroup(QGroupBox):
    """The group, built inside `editor` (whose fields it binds); it keeps its blocks
    shown or hidden."""

    def __init__(self, editor: RecordEditor) -> None:
        super().__init__(editor.body)
        self.editor = editor
        self.setTitle(self.tr("Boundaries and safeguarding"))
        self.setObjectName("group_concerns")
        column = QVBoxLayout(self)
        box = self.box = self
        intro = QLabel(
            self.tr(
                "Tick a box if this came up: each opens a few short prompts. Roles, not names."
            ),
            box,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)

        self.boundary = self._flag(
            column,
            Field.BOUNDARY,
            self.tr("Boundaries"),
            self.tr("This involved a boundary question"),
        )
        self.boundary_block, form = self._block(column, "boundary_prompts")
        self._text(
            form,
            Field.BOUNDARY_ASKED,
            self.tr("What was asked of me"),
            self.tr("In outline: what you were asked or offered, without names."),
        )
        self._choice(form, Field.BOUNDARY_IN_ROLE, self.tr("Was it within my role?"))
        self._text(
            form,
            Field.BOUNDARY_DID,
            self.tr("What I did"),
            self.tr("What you said or did, and how you held the boundary."),
        )
        talked = QLineEdit(box)
        talked.setPlaceholderText(self.tr("By role: my supervisor, the team lead"))
        editor.add_row(form, Field.BOUNDARY_TALKED_TO, self.tr("Who I talked to"), talked)
        editor.bind_text(Field.BOUNDARY_TALKED_TO, talked)

        self.safeguarding = self._flag(
            column,
            Field.SAFEGUARDING,
            self.tr("Safeguarding"),
            self.tr("This involved a safeguarding concern"),
        )
        self.safeguarding_block, form = self._block(column, "safeguarding_prompts")
        note = QLabel(
            self.tr(
                "Follow your organisation's safeguarding procedure first. Here, note only "
                "roles and dates: no names of the person or anyone else."
            ),
            self.safeguarding_block,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self._choice(form, Field.SAFEGUARDING_PROCEDURE, self.tr("Did I follow the procedure?"))
        reported_to = QLineEdit(box)
        reported_to.setMaxLength(SHORT_TEXT_LIMIT)
        reported_to.setPlaceholderText(self.tr("A role: safeguarding lead, team manager"))
        editor.add_row(
            form, Field.SAFEGUARDING_REPORTED_TO, self.tr("Reported to (role)"), reported_to
        )
        editor.bind_text(Field.SAFEGUARDING_REPORTED_TO, reported_to)
        self._reported_when(form)
        self.debrief = QCheckBox(self.tr("I need a debrief"), self.safeguarding_block)
        editor.add_row(form, Field.DEBRIEF_NEEDED, self.tr("Debrief"), self.debrief)
        hint = self.tr("Offered on the first page of a supervision pack this entry is shared in.")
        self.debrief.setAccessibleDescription(hint)
        debrief_note = QLabel(hint, self.safeguarding_block)
        debrief_note.setWordWrap(True)
        form.addRow(debrief_note)
        editor.bind(
            Field.DEBRIEF_NEEDED,
            self.debrief,
            lambda: True if self.debrief.isChecked() else None,
            lambda v: self.debrief.setChecked(bool(v)),
            self.debrief.toggled,
        )
        editor.body_layout.addWidget(box)
        self.boundary.toggled.connect(self.show_blocks)
        self.safeguarding.toggled.connect(self.show_blocks)

    # --- building ---------------------------------------------------------------------

    def _flag(self, column: QVBoxLayout, name: str, heading: str, text: str) -> QCheckBox:
        check = QCheckBox(text, self.box)
        self.editor.prompted(column, name, heading, "", check)
        check.setAccessibleName(text)
        self.editor.bind(
            name,
            check,
            lambda: True if check.isChecked() else None,  # unticked: left out
            lambda v: check.setChecked(bool(v)),
            check.toggled,
        )
        return check

    def _block(self, column: QVBoxLayout, name: str) -> tuple[QWidget, QFormLayout]:
        block = QWidget(self.box)
        block.setObjectName(name)
        form = QFormLayout(block)
        form.setContentsMargins(self.box.fontMetrics().height(), 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        column.addWidget(block)
        return block, form

    def _text(self, form: QFormLayout, name: str, label: str, hint: str) -> None:
        edit = self.editor.text_area(name, lines=3)
        self.editor.add_row(form, name, label, edit, hint)
        self.editor.bind_text(name, edit)

    def _choice(self, form: QFormLayout, name: str, label: str) -> None:
        combo = self.editor.choice_combo(
            name,
            [
                ("yes", self.tr("Yes")),
                ("partly", self.tr("Partly")),
                ("no", self.tr("No")),
                ("unsure", self.tr("Not sure")),
            ],
            self.tr("Not recorded"),
        )
        self.editor.add_row(form, name, label, combo)
        self.editor.bind_choice(name, combo)

    def _reported_when(self, form: QFormLayout) -> None:
        cell = QWidget(self.safeguarding_block)
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        self.reported = QCheckBox(self.tr("Reported"), cell)
        self.reported.setObjectName("field_safeguarding_reported")
        self.reported_when = QDateEdit(cell)
        self.reported_when.setCalendarPopup(True)
        self.reported_when.setDisplayFormat(EDIT_FORMAT)
        self.reported_when.setEnabled(False)
        self.reported.toggled.connect(self.reported_when.setEnabled)
        date_label = QLabel(self.tr("On"), cell)
        row.addWidget(self.reported)
        row.addSpacing(12)
        row.addWidget(date_label)
        row.addWidget(self.reported_when)
        row.addStretch(1)
        self.editor.add_row(
            form, "safeguarding_reported", self.tr("When"), self.reported, shown=cell
        )
        self.reported.setAccessibleName(self.tr("The concern was reported"))
        self.editor.name_input(
            Field.SAFEGUARDING_REPORTED_WHEN, self.reported_when, date_label, self.tr("Reported on")
        )
        self.editor.bind(
            Field.SAFEGUARDING_REPORTED_WHEN,
            self.reported_when,
            self._when,
            self._set_when,
            self.reported_when.dateChanged,
            lambda _rest: self._focus_when(),
        )
        self.reported.toggled.connect(self.editor._user_changed)

    # --- values -----------------------------------------------------------------------

    def _when(self) -> str:
        if not self.reported.isChecked():
            return ""
        return self.reported_when.date().toString(Qt.DateFormat.ISODate)

    def _set_when(self, value: Any) -> None:
        day = QDate.fromString(value or "", Qt.DateFormat.ISODate)
        self.reported.setChecked(day.isValid())
        self.reported_when.setDate(day if day.isValid() else self.editor.date_edit.date())

    def _focus_when(self) -> None:
        target = self.reported_when if self.reported.isChecked() else self.reported
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _holds(self, names: tuple[str, ...]) -> bool:
        bindings = self.editor._bindings
        return any(not is_empty(bindings[n].get()) for n in names)

    def show_blocks(self, *_args: Any) -> None:
        """A block shows while its box is ticked or while any of its prompts holds
        something."""
        self.boundary_block.setVisible(self.boundary.isChecked() or self._holds(BOUNDARY_PROMPTS))
        self.safeguarding_block.setVisible(
            self.safeguarding.isChecked() or self._holds(SAFEGUARDING_PROMPTS)
        )
