"""Validation errors shown where they belong: the input named by the error's field
("fields.actions[1].due") is framed, its label marked, the focus moved there, and
the message written in a line at the top of the editor."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.domain.fields import RecordKey
from journal_app.domain.schema import COMMON_KEYS
from journal_app.gui.editors.form_builder import BUDDY_LABEL
from journal_app.gui.widgets.score import ScoreSlider

if TYPE_CHECKING:
    from journal_app.gui.editors.base import RecordEditor

_FIELD_RE = re.compile(r"^(?:fields\.)?([a-z_]+)(.*)$")
_ITEM_RE = re.compile(r"\[(\d+)\](?:\.(\w+))?$")
# The record's own keys the header of every editor shows (all but type and fields).
_HEADER_FIELDS = tuple(sorted(COMMON_KEYS - {RecordKey.TYPE, RecordKey.FIELDS}))


class FieldErrors:
    """Mixed into RecordEditor."""

    # --- showing --------------------------------------------------------------------

    def widget_for(self: RecordEditor, field: str) -> QWidget | None:
        """The input that shows `field` ("title", "fields.actions[1].due", ...)."""
        match = _FIELD_RE.match(field)
        if match is None:
            return None
        name = match.group(1)
        if not field.startswith("fields.") and name in _HEADER_FIELDS:
            if name == RecordKey.SHARE:
                return next(r for r in self.share_radios.values() if r.isChecked())
            header = {
                RecordKey.DATE: self.date_edit,
                RecordKey.TITLE: self.title_edit,
                RecordKey.TAGS: self.tags_edit,
                RecordKey.FOR_SUPERVISION: self.supervision_check,
                RecordKey.SHARED_TITLE: self.shared_title_edit,
                RecordKey.SHARED_SUMMARY: self.summary_edit,
            }
            return header[name]
        binding = self._bindings.get(name)
        return binding.widget if binding else None

    def describe_field(self: RecordEditor, field: str) -> str:
        """The field as the form names it: "Actions, row 1, Due" for "fields.actions[0].due"."""
        widget = self.widget_for(field)
        label = widget.property(BUDDY_LABEL) if widget is not None else None
        if not isinstance(label, QLabel):
            return field
        text = label.property("saved_text") or label.text()
        item = _ITEM_RE.search(field)
        if item is None or field.startswith("fields.considerations."):
            return text
        parts = {
            "text": self.tr("Action") if field.startswith("fields.actions") else self.tr("Text"),
            "owner": self.tr("Owner"),
            "due": self.tr("Due"),
            "status": self.tr("Status"),
            "heading": self.tr("Heading"),
        }
        where = self.tr("{label}, item {n}").format(label=text, n=int(item.group(1)) + 1)
        part = parts.get(item.group(2) or "")
        return f"{where}, {part}" if part else where

    def show_error(self: RecordEditor, field: str, message: str, focus: bool = True) -> None:
        """Mark the input for `field`, show `message` and (unless `focus` is False,
        as for an autosave while typing elsewhere) move the focus there."""
        self.clear_error()
        message = message.replace(field, self.describe_field(field))
        self.error_label.setText(self.tr("⚠ {message}").format(message=message))
        self.error_label.show()
        widget = self.widget_for(field)
        if widget is None:
            return
        self._error_widget = widget
        self.mark_invalid(widget, message)
        if not focus:
            return
        match = _FIELD_RE.match(field)
        binding = self._bindings.get(match.group(1)) if field.startswith("fields.") else None
        if binding is not None and binding.focus is not None:
            binding.focus(match.group(2))
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(widget)

    def clear_error(self: RecordEditor) -> None:
        self.error_label.clear()
        self.error_label.hide()
        if self._error_widget is not None:
            self.unmark_invalid(self._error_widget)
            self._error_widget = None

    # --- marking ------------------------------------------------------------------------

    def mark_invalid(self, widget: QWidget, message: str) -> None:
        """Frame the input in the palette's highlight colour, mark its label in bold
        with a warning sign (seen without colour) and give it the message."""
        widget.setProperty("saved_description", widget.accessibleDescription())
        widget.setAccessibleDescription(message)
        if widget.objectName() and not isinstance(widget, ScoreSlider):
            widget.setStyleSheet(
                f"#{widget.objectName()} {{ border: 2px solid palette(highlight); }}"
            )
        label = widget.property(BUDDY_LABEL)
        if isinstance(label, QLabel):
            label.setProperty("saved_text", label.text())
            label.setText("⚠ " + label.text())
            font = label.font()
            font.setBold(True)
            label.setFont(font)

    def unmark_invalid(self, widget: QWidget) -> None:
        widget.setAccessibleDescription(widget.property("saved_description") or "")
        widget.setStyleSheet("")
        label = widget.property(BUDDY_LABEL)
        if isinstance(label, QLabel) and label.property("saved_text") is not None:
            label.setText(label.property("saved_text"))
            label.setProperty("saved_text", None)
            if label.parentWidget() is not None and not label.property("heading"):
                label.setFont(label.parentWidget().font())
