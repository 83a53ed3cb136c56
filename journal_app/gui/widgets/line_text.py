"""A one-line box's text shown from its first word (QLineEdit.setText leaves the
cursor at the end, so a text wider than the box would show only its end), without
the words typed next landing in front of it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit


class _CursorToEndOnFirstFocus(QObject):
    """Puts the cursor back at the end of a one-line box the first time the app (not
    the worker) gives it the focus after set_line_text: words typed then follow the
    text, as they did before it was shown from its start. Tab selects the whole text
    and a click places the cursor, so those are left alone, as are later focus
    changes (coming back to the window keeps the worker's cursor)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            watched.removeEventFilter(self)
            if event.reason() == Qt.FocusReason.OtherFocusReason:
                watched.end(False)
        return False


_CURSOR_TO_END = _CursorToEndOnFirstFocus()


def set_line_text(edit: QLineEdit, text: str) -> None:
    """Show `text` in a one-line box from its first word: setText leaves the cursor
    at the end, so a text wider than the box would show only its end."""
    edit.setText(text)
    edit.setCursorPosition(0)
    if not edit.hasFocus():
        edit.installEventFilter(_CURSOR_TO_END)
