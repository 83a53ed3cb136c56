"""The headings of one of the worker's own templates, each with its optional prompt,
as the My templates dialog (gui/dialogs/own_templates.py) edits them."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from journal_app.services.own_templates import MAX_HEADING, MAX_PROMPT, OwnTemplate


class _HeadingRow(QWidget):
    def __init__(self, number: int, parent: QWidget) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 6)
        self.heading = QLineEdit(self)
        self.heading.setMaxLength(MAX_HEADING)
        self.heading.setObjectName(f"template_heading_{number}")
        heading_label = QLabel(self.tr("Heading {n}").format(n=number), self)
        heading_label.setBuddy(self.heading)
        self.heading.setAccessibleName(heading_label.text())
        self.prompt = QLineEdit(self)
        self.prompt.setMaxLength(MAX_PROMPT)
        self.prompt.setObjectName(f"template_prompt_{number}")
        self.prompt.setPlaceholderText(self.tr("A question to start from (optional)"))
        prompt_label = QLabel(self.tr("Prompt {n}").format(n=number), self)
        prompt_label.setBuddy(self.prompt)
        self.prompt.setAccessibleName(prompt_label.text())
        self.remove = QPushButton(self.tr("Remove heading {n}").format(n=number), self)
        self.remove.setAccessibleName(self.remove.text())
        self.remove.setAutoDefault(False)
        grid.addWidget(heading_label, 0, 0)
        grid.addWidget(self.heading, 0, 1)
        grid.addWidget(prompt_label, 1, 0)
        grid.addWidget(self.prompt, 1, 1)
        grid.addWidget(self.remove, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)

    def fill(self, heading: str, prompt: str) -> None:
        """Show a heading and its prompt from their first word (setText leaves a line
        edit scrolled to the end of a text wider than it)."""
        for edit, text in ((self.heading, heading), (self.prompt, prompt)):
            edit.setText(text)
            edit.setCursorPosition(0)


class HeadingsEdit(QWidget):
    """The headings of one template, each with its prompt; Add and Remove buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_HeadingRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout = QVBoxLayout()
        layout.addLayout(self._rows_layout)
        self.add_button = QPushButton(self.tr("Add a &heading"), self)
        self.add_button.setObjectName("template_add_heading")
        self.add_button.setAccessibleName(self.tr("Add a heading"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def value(self) -> list[dict[str, str]]:
        """Every row, blank ones too (the service names a blank heading)."""
        return [{"heading": r.heading.text(), "prompt": r.prompt.text()} for r in self.rows]

    def set_value(self, template: OwnTemplate | None) -> None:
        while self.rows:
            self._drop(self.rows[-1])
        for heading in template.headings if template else ((),):
            row = self._add()
            if heading:
                row.fill(heading.heading, heading.prompt)

    def focus_part(self, field: str) -> None:
        """Focus the part a validation error names ("headings[1].prompt")."""
        target: QWidget = self.add_button
        if field.startswith("headings[") and "]" in field:
            index = int(field[len("headings[") : field.index("]")])
            if 0 <= index < len(self.rows):
                row = self.rows[index]
                target = row.prompt if field.endswith(".prompt") else row.heading
        elif self.rows:
            target = self.rows[0].heading
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_clicked(self) -> None:
        self._add().heading.setFocus(Qt.FocusReason.TabFocusReason)
        self.changed.emit()

    def _add(self) -> _HeadingRow:
        before = self.add_button.previousInFocusChain()
        row = _HeadingRow(len(self.rows) + 1, self)
        row.heading.textChanged.connect(self.changed)
        row.prompt.textChanged.connect(self.changed)
        row.remove.clicked.connect(lambda: self._remove_clicked(row))
        self._rows_layout.addWidget(row)
        self.rows.append(row)
        # A new row joins the end of the window's Tab chain: put it back in reading
        # order, before the Add button.
        for first, second in itertools.pairwise(
            [before, row.heading, row.prompt, row.remove, self.add_button]
        ):
            QWidget.setTabOrder(first, second)
        return row

    def _remove_clicked(self, row: _HeadingRow) -> None:
        index = self.rows.index(row)
        values = self.value()
        del values[index]
        # Renumber by rebuilding, so labels and accessible names stay "Heading 1..n".
        while self.rows:
            self._drop(self.rows[-1])
        for value in values:
            self._add().fill(value["heading"], value["prompt"])
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].heading.setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def _drop(self, row: _HeadingRow) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
