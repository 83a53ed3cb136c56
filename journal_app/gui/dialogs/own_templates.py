"""My templates: the worker's own reflection templates (a name and headings, each with
an optional prompt), made, changed, renamed and deleted here; File > New offers them
beside the built-in models. The rules and the storage are services/own_templates.py."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.errors import JournalError, ValidationError
from journal_app.gui.messages import user_message
from journal_app.gui.session import Session
from journal_app.gui.widgets.template_headings import HeadingsEdit
from journal_app.gui.widgets.vertical_scroll import VerticalScrollArea
from journal_app.gui.window_fit import keep_fitted
from journal_app.services.changes import Changed, DeleteTemplate, SaveTemplate
from journal_app.services.own_templates import MAX_NAME, OwnTemplate


class OwnTemplatesDialog(QDialog):
    """Edit > My templates: the list on the left, the chosen one's name and headings
    on the right. Save keeps the form; choosing another template or closing saves
    first, and stays put (saying why) if that fails, so nothing typed is lost."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._editing: str | None = None  # the name of the template shown (None: a new one)
        self._dirty = False
        self.setWindowTitle(self.tr("My templates"))
        self.setAccessibleName(self.tr("My templates"))
        note = QLabel(
            self.tr(
                "Your own headings for a reflection, each with a prompt if you like. "
                "File > New offers them beside the built-in ones. Entries written with a "
                "template keep their headings if you change, rename or delete it."
            ),
            self,
        )
        note.setWordWrap(True)

        self.list = QListWidget(self)
        self.list.setObjectName("templates_list")
        self.list.setAccessibleName(self.tr("Your templates"))
        # A long name wraps rather than scrolling the list sideways.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self.tr("No templates yet: make one with New template."), self)
        self.empty.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New template"), self)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        left = QVBoxLayout()
        list_label = QLabel(self.tr("&Templates"), self)
        list_label.setBuddy(self.list)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        for button in (self.new_button, self.rename_button, self.delete_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            left.addWidget(button)

        form = QWidget(self)
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        name_label = QLabel(self.tr("Na&me"), form)
        self.name_edit = QLineEdit(form)
        self.name_edit.setObjectName("template_name")
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setAccessibleName(self.tr("Template name"))
        name_label.setBuddy(self.name_edit)
        self.headings = HeadingsEdit(form)
        # Room for a heading and its prompt to be read whole, at any text size.
        self.name_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        form_layout.addWidget(name_label)
        form_layout.addWidget(self.name_edit)
        form_layout.addWidget(QLabel(self.tr("Headings and their prompts"), form))
        form_layout.addWidget(self.headings, 1)

        self.error = QLabel(self)
        self.error.setObjectName("template_error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save template"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.setObjectName("template_save")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)

        body = QHBoxLayout()
        body.addLayout(left, 1)  # names are short; headings and prompts need the room
        body.addWidget(VerticalScrollArea(form, self), 2)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.new_button.clicked.connect(self.start_new)
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        self.list.currentRowChanged.connect(self._chosen)
        self.name_edit.textChanged.connect(self._edited)
        self.headings.changed.connect(self._edited)
        session.locking.connect(self._forget)
        session.changed.connect(self._changed)
        keep_fitted(self)
        self.refresh()
        if self._templates:
            self.list.setCurrentRow(0)
        else:
            self.start_new()

    # --- the list ---------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        self._templates = self.session.reader.own_templates()
        self.list.blockSignals(True)
        self.list.clear()
        for template in self._templates:
            self.list.addItem(template.name)
        row = next((i for i, t in enumerate(self._templates) if t.name == select), -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self.empty.setVisible(not self._templates)
        self._update_buttons()

    def _changed(self, changed: Changed) -> None:
        if changed.templates and not self._dirty:
            self.refresh(self._editing)

    def _chosen(self, row: int) -> None:
        if self._dirty and not self.save():
            self._select(self._editing)  # stay on what could not be saved
            return
        if 0 <= row < len(self._templates):
            self._show(self._templates[row])

    def _select(self, name: str | None) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(
            next((i for i, t in enumerate(self._templates) if t.name == name), -1)
        )
        self.list.blockSignals(False)

    def _show(self, template: OwnTemplate | None) -> None:
        self._editing = template.name if template else None
        self.name_edit.blockSignals(True)
        self.headings.blockSignals(True)
        self.name_edit.setText(template.name if template else "")
        self.name_edit.setCursorPosition(0)  # a long name shows from its start
        self.headings.set_value(template)
        self.name_edit.blockSignals(False)
        self.headings.blockSignals(False)
        self._dirty = False
        self.error.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self._editing is not None
        self.rename_button.setEnabled(shown)
        self.delete_button.setEnabled(shown)

    def _edited(self) -> None:
        self._dirty = True

    # --- commands ---------------------------------------------------------------------

    def start_new(self) -> None:
        if self._dirty and not self.save():
            return
        self._select(None)
        self._show(None)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Save the form (a new template, or the one shown); False, saying why, if not."""
        try:
            saved = self.session.apply(
                SaveTemplate(self._editing, self.name_edit.text(), self.headings.value())
            )
        except JournalError as exc:
            self._refused(exc)
            return False
        self._dirty = False
        self.refresh(saved.name)
        self._show(saved)
        return True

    def rename_current(self) -> None:
        if self._editing is None or (self._dirty and not self.save()):
            return
        current = self._editing
        template = next(t for t in self._templates if t.name == current)
        new_name, ok = QInputDialog.getText(
            self,
            self.tr("Rename template"),
            self.tr("New name for “{name}”:").format(name=current),
            QLineEdit.EchoMode.Normal,
            current,
        )
        if not ok:
            return
        try:
            saved = self.session.apply(SaveTemplate(current, new_name, list(template.headings)))
        except JournalError as exc:
            self._refused(exc)
            return
        self.refresh(saved.name)
        self._show(saved)

    def delete_current(self) -> None:
        if self._editing is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr(
                "Delete the template “{name}”? Entries written with it keep their "
                "headings and text."
            ).format(name=self._editing),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.apply(DeleteTemplate(self._editing))
        except JournalError as exc:
            self._refused(exc)
            return
        self._dirty = False
        self.refresh()
        if self._templates:
            self.list.setCurrentRow(0)
        else:
            self._show(None)

    def _refused(self, exc: JournalError) -> None:
        self.error.setText(user_message(exc))
        self.error.show()
        if isinstance(exc, ValidationError):
            if exc.field == "template_name":
                self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            elif exc.field.startswith("headings"):
                self.headings.focus_part(exc.field)

    def reject(self) -> None:
        """Close: save what was typed first; if it cannot be saved, say why and ask
        (staying is the default), so a half-made template is never lost unasked."""
        if self._dirty and self.session.is_unlocked and not self.save():
            answer = QMessageBox.question(
                self,
                self.tr("Template not saved"),
                self.tr("{reason}\n\nClose without saving this template?").format(
                    reason=self.error.text()
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def _forget(self) -> None:
        """Locking: what was typed is saved if it can be; nothing stays on screen."""
        if self._dirty:
            # Not a template yet (a heading missing, say): then there is nothing to keep.
            with contextlib.suppress(JournalError):
                self.session.apply(
                    SaveTemplate(self._editing, self.name_edit.text(), self.headings.value())
                )
        self._dirty = False
        self.list.clear()
        self.name_edit.clear()
        self.headings.set_value(None)
        super().reject()
