"""Small builders the record editors share: labelled rows and prompted sections that
give every input an object name, an accessible name and a buddy label, and bindings
for the common kinds of field (text, score, single and multiple choice)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.fields import Field
from journal_app.gui.date_text import EDIT_FORMAT
from journal_app.gui.widgets.choice_list import ChoiceList
from journal_app.gui.widgets.flow_layout import FlowLayout, fixed_height_for_width
from journal_app.gui.widgets.line_text import set_line_text
from journal_app.gui.widgets.score import ScoreSlider
from journal_app.gui.widgets.writing_column import TEXT_MARGIN, style_text_area

if TYPE_CHECKING:
    from journal_app.gui.editors.base import RecordEditor

BUDDY_LABEL = "buddy_label"  # property: the QLabel naming an input
TEXT_AREA_CHARACTERS = 20  # a text area's least width, in average characters of its font


def _heading_font(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    label.setFont(font)


class FittingCombo(QComboBox):
    """A drop-down as wide as its longest choice where there is room, and narrower
    (the choice shortened, the open list still showing it whole) where there is not:
    its least width is a few words of the font, never a whole long choice."""

    LEAST_CHARACTERS = 14

    def minimumSizeHint(self) -> QSize:
        full = super().minimumSizeHint()
        metrics = self.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
            default=0,
        )
        least = metrics.averageCharWidth() * self.LEAST_CHARACTERS
        if longest <= least:
            return full
        return QSize(full.width() - longest + least, full.height())


class FormBuilder:
    """Mixed into RecordEditor (a QWidget); the methods build inside `self.body`."""

    # --- layout ----------------------------------------------------------------

    def form_group(self: RecordEditor, title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self.body)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return box, form

    def column_group(self: RecordEditor, title: str, name: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title, self.body)
        box.setObjectName(name)
        return box, QVBoxLayout(box)

    def name_input(self, name: str, widget: QWidget, label: QLabel, accessible: str) -> None:
        if not widget.objectName():
            widget.setObjectName(f"field_{name}")
        widget.setAccessibleName(accessible)
        if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
            widget.lineEdit().setAccessibleName(accessible)  # what a screen reader types in
        label.setBuddy(widget)
        widget.setProperty(BUDDY_LABEL, label)

    def add_row(
        self: RecordEditor,
        form: QFormLayout,
        name: str,
        text: str,
        widget: QWidget,
        hint: str = "",
        shown: QWidget | None = None,
    ) -> QLabel:
        """A form row "text: widget", with `hint` in a line under the widget;
        `shown` is a container to lay out in place of the widget (input plus buttons)."""
        label = QLabel(text, form.parentWidget())
        self.name_input(name, widget, label, text)
        shown = shown or widget
        if not hint:
            form.addRow(label, shown)
            return label
        cell = QWidget(form.parentWidget())
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(shown)
        note = QLabel(hint, cell)
        note.setWordWrap(True)
        column.addWidget(note)
        widget.setAccessibleDescription(hint)
        form.addRow(label, cell)
        return label

    def prompted(
        self: RecordEditor,
        layout: QVBoxLayout,
        name: str,
        heading: str,
        prompt: str,
        widget: QWidget,
        shown: QWidget | None = None,
    ) -> QWidget:
        """A heading, a one-line guiding prompt under it, then the input (or `shown`,
        a container holding it); returns the block to show or hide as a whole."""
        block = QWidget(layout.parentWidget())
        column = QVBoxLayout(block)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(2)
        title = QLabel(heading, block)
        title.setWordWrap(True)  # a long question wraps at large text sizes
        set_heading_font(title)
        column.addWidget(title)
        if prompt:
            guide = QLabel(prompt, block)
            guide.setWordWrap(True)
            column.addWidget(guide)
            widget.setAccessibleDescription(prompt)
        shown = shown or widget
        if isinstance(shown, QComboBox | QAbstractSpinBox):
            column.addWidget(shown, 0, Qt.AlignmentFlag.AlignLeft)  # a list, not a text
        else:
            column.addWidget(shown)
        self.name_input(name, widget, title, heading)
        layout.addWidget(block)
        return block

    # --- inputs ----------------------------------------------------------------------

    def text_area(self: RecordEditor, name: str, lines: int = 4) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.body)
        edit.setObjectName(f"field_{name}")
        edit.setTabChangesFocus(True)  # Tab moves on; the form stays keyboard-operable
        edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        style_text_area(edit)  # the writing column's font, set before the height below
        margins = edit.contentsMargins()
        text_height = edit.fontMetrics().lineSpacing() * lines + 2 * TEXT_MARGIN + 4
        height = text_height + 2 * edit.frameWidth()
        edit.setFixedHeight(height + margins.top() + margins.bottom())
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A few words a line at the least: narrower, a form puts it under its label.
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * TEXT_AREA_CHARACTERS)
        return edit

    def choice_combo(
        self: RecordEditor, name: str, options: Sequence[tuple[str, str]], unset: str = ""
    ) -> QComboBox:
        """A drop-down of (id, label); `unset` adds a first "not chosen" entry."""
        combo = FittingCombo(self.body)
        combo.setObjectName(f"field_{name}")
        if unset:
            combo.addItem(unset, "")
        for value, label in options:
            combo.addItem(label, value)
        return combo

    # --- bindings ----------------------------------------------------------------------

    def bind_text(self: RecordEditor, name: str, widget: QPlainTextEdit | QLineEdit) -> None:
        if isinstance(widget, QPlainTextEdit):
            self.bind(
                name,
                widget,
                widget.toPlainText,
                lambda v: widget.setPlainText(v or ""),
                widget.textChanged,
            )
        else:
            self.bind(
                name,
                widget,
                widget.text,
                lambda v: set_line_text(widget, v or ""),
                widget.textChanged,
            )

    def bind_score(self: RecordEditor, name: str, widget: ScoreSlider) -> None:
        self.bind(name, widget, widget.value, widget.setValue, widget.valueChanged)

    def bind_choice(self: RecordEditor, name: str, combo: QComboBox) -> None:
        def set_(value: Any) -> None:
            index = combo.findData(value or "")
            if index < 0 and value:
                # A value this list does not offer: keep it rather than lose it.
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))

        self.bind(name, combo, lambda: combo.currentData() or "", set_, combo.currentIndexChanged)

    def bind_multi(self: RecordEditor, name: str, choices: ChoiceList) -> None:
        def focus(rest: str) -> None:
            index = int(rest[1:-1]) if rest.startswith("[") and rest.endswith("]") else None
            choices.focus_choice(index)

        self.bind(
            name,
            choices,
            choices.checked,
            lambda v: choices.set_checked(list(v or [])),
            choices.changed,
            focus,
        )

    def optional_date_row(
        self: RecordEditor,
        form: QFormLayout,
        name: str,
        text: str,
        set_text: str,
        default_days: int = 90,
    ) -> None:
        """A date that may be left unset: a "set" tick box, then the date (as the
        supervision note's next date). `default_days` from today is offered."""
        cell = QWidget(form.parentWidget())
        # Wraps (the date under the tick box) where a large text size leaves no room.
        row = FlowLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        check = QCheckBox(set_text, cell)
        check.setObjectName(f"field_{name}_set")
        edit = QDateEdit(cell)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(EDIT_FORMAT)
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        date_label = QLabel(self.tr("Date"), cell)
        row.addWidget(check)
        row.addWidget(date_label)
        row.addWidget(edit)
        fixed_height_for_width(cell)
        self.add_row(form, f"{name}_set", text, check, shown=cell)
        check.setAccessibleName(f"{text}: {set_text}")
        self.name_input(name, edit, date_label, text)

        def get() -> str:
            return edit.date().toString(Qt.DateFormat.ISODate) if check.isChecked() else ""

        def set_(value: Any) -> None:
            day = QDate.fromString(value or "", Qt.DateFormat.ISODate)
            check.setChecked(day.isValid())
            edit.setDate(day if day.isValid() else QDate.currentDate().addDays(default_days))

        def focus(_rest: str) -> None:
            (edit if check.isChecked() else check).setFocus(Qt.FocusReason.OtherFocusReason)

        self.bind(name, edit, get, set_, edit.dateChanged, focus)
        check.toggled.connect(self._user_changed)

    def add_competences(self: RecordEditor) -> QGroupBox:
        """HEE competence areas only (training and goals have no themes)."""
        box, form = self.form_group(self.tr("Competence areas"), "group_competences")
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._competence_list(box, form)
        self.body_layout.addWidget(box)
        return box

    def _competence_list(self: RecordEditor, box: QWidget, form: QFormLayout) -> None:
        competences = ChoiceList(box)
        groups: dict[str, list[tuple[str, str]]] = {}
        for area in self.vocabulary.competences.values():
            groups.setdefault(area.domain_name, []).append((area.id, area.name))
        competences.set_groups(list(groups.items()))
        self.add_row(
            form,
            Field.COMPETENCES,
            self.tr("Competence areas (HEE framework)"),
            competences,
            self.tr("Grouped by domain: Right arrow opens a domain, Space ticks an area."),
        )
        self.bind_multi(Field.COMPETENCES, competences)

    def add_themes_and_competences(self: RecordEditor) -> QGroupBox:
        """Themes from the research and HEE competence areas, grouped by domain."""
        box, form = self.form_group(self.tr("Themes and competence areas"), "group_themes")
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        themes = ChoiceList(box)
        themes.set_choices(list(self.vocabulary.themes.items()))
        self.add_row(
            form,
            Field.THEMES,
            self.tr("Themes"),
            themes,
            self.tr("Space ticks the highlighted theme."),
        )
        self.bind_multi(Field.THEMES, themes)
        self._competence_list(box, form)
        self.body_layout.addWidget(box)
        return box


def set_heading_font(label: QLabel) -> None:
    """Bold, at the user's own size: a section heading without colour."""
    _heading_font(label)
    label.setProperty("heading", True)
