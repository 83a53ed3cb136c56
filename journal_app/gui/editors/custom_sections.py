"""The sections of the worker's own reflection template: a heading and a text each."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.fields import SectionField
from journal_app.gui.editors.form_builder import set_line_text


class _Section(QWidget):
    def __init__(self, number: int, parent: QWidget) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.heading = QLineEdit(self)
        self.heading.setObjectName(f"field_sections_{number}_heading")
        heading_label = QLabel(self.tr("Heading {n}").format(n=number), self)
        heading_label.setBuddy(self.heading)
        self.heading.setAccessibleName(heading_label.text())
        self.text = QPlainTextEdit(self)
        self.text.setObjectName(f"field_sections_{number}_text")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 16)
        text_label = QLabel(self.tr("Text {n}").format(n=number), self)
        text_label.setBuddy(self.text)
        self.text.setAccessibleName(text_label.text())
        self.remove = QPushButton(self.tr("Remove section {n}").format(n=number), self)
        self.remove.setAccessibleName(self.remove.text())
        form.addRow(heading_label, self.heading)
        form.addRow(text_label, self.text)
        form.addRow("", self.remove)


class CustomSections(QWidget):
    """Value: [{"heading", "text"}]; rows with neither are left out."""

    changed = Signal()
    section_added = Signal(QWidget)  # a new heading and text (the spell checker joins in)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Section] = []
        self._prompt_for: Callable[[str], str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout = QVBoxLayout()
        layout.addLayout(self._rows_layout)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a section"), self)
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.clicked.connect(self._add_clicked)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.add_button)

    def value(self) -> list[dict[str, str]]:
        out = []
        for row in self._rows:
            heading, text = row.heading.text(), row.text.toPlainText()
            if heading.strip() or text.strip():
                out.append({SectionField.HEADING.value: heading, SectionField.TEXT.value: text})
        return out

    def set_value(self, sections: Any) -> None:
        while self._rows:
            self._drop(self._rows[-1])
        for section in sections or []:
            row = self._add()
            set_line_text(row.heading, section.get(SectionField.HEADING, ""))
            row.text.setPlainText(section.get(SectionField.TEXT, ""))

    def set_prompts(self, prompt_for: Callable[[str], str] | None) -> None:
        """Show each section's prompt (from the worker's template, by its heading) as
        the placeholder of its text; None: no template, no prompts."""
        self._prompt_for = prompt_for
        for row in self._rows:
            self._show_prompt(row)

    def _show_prompt(self, row: _Section) -> None:
        prompt = self._prompt_for(row.heading.text()) if self._prompt_for else ""
        row.text.setPlaceholderText(prompt)
        row.text.setAccessibleDescription(prompt)

    def focus_part(self, rest: str) -> None:
        """Focus the part named like "[1].text" (from a validation error)."""
        target: QWidget = self.add_button
        if rest.startswith("[") and "]" in rest:
            index = int(rest[1 : rest.index("]")])
            filled = [r for r in self._rows if r.heading.text().strip() or r.text.toPlainText()]
            if 0 <= index < len(filled):
                row = filled[index]
                target = row.heading if rest.endswith("heading") else row.text
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_clicked(self) -> None:
        row = self._add()
        row.heading.setFocus(Qt.FocusReason.TabFocusReason)
        self.changed.emit()

    def _add(self) -> _Section:
        before = self.add_button.previousInFocusChain()
        row = _Section(len(self._rows) + 1, self)
        row.heading.textChanged.connect(self.changed)
        row.heading.textChanged.connect(lambda _t: self._show_prompt(row))
        row.text.textChanged.connect(self.changed)
        row.remove.clicked.connect(lambda: self._remove_clicked(row))
        self._rows_layout.addWidget(row)
        self._rows.append(row)
        self._show_prompt(row)
        self.section_added.emit(row)
        # A new widget joins the end of the window's Tab chain; put it back in
        # reading order, just before the Add button.
        chain = [before, row.heading, row.text, row.remove, self.add_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        return row

    def _remove_clicked(self, row: _Section) -> None:
        self._drop(row)
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _drop(self, row: _Section) -> None:
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
