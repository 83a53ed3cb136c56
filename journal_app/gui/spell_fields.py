"""How one text field shows its spelling mistakes: a wavy underline under each word
services/spelling.py finds wrong. A text area (QPlainTextEdit, QTextEdit) gets a
QSyntaxHighlighter on its document, which Qt runs on each paragraph as it changes; a
one-line field (QLineEdit) has no document, so its underlines are handed to it as
input-method text formats, the one way Qt lets a QLineEdit draw formatted ranges.

Qt counts positions in UTF-16 code units and Python in code points; the two differ
only after a character outside the Basic Multilingual Plane (an emoji), and
`_utf16` converts between them.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from journal_app.services.spelling import WordSpan, words_in

if TYPE_CHECKING:
    from journal_app.gui.spelling import Spelling

TextWidget = QPlainTextEdit | QTextEdit | QLineEdit
UNDERLINE = QColor("#d0021b")  # red, clear on the light and the dark theme


def underline_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(UNDERLINE)
    return fmt


def _utf16(text: str) -> Callable[[int], int]:
    """A function from a Python index in `text` to Qt's UTF-16 index."""
    if all(ord(c) <= 0xFFFF for c in text):
        return lambda i: i
    offsets = [0]
    for c in text:
        offsets.append(offsets[-1] + (2 if ord(c) > 0xFFFF else 1))
    return offsets.__getitem__


class SpellField(QObject):
    """One text field the spell checker watches. `entry` gives the key of the entry
    it belongs to, whose ignored words pass in it."""

    def __init__(self, widget: TextWidget, spelling: Spelling, entry: Callable[[], str]) -> None:
        super().__init__(widget)
        self.widget = widget
        self._spelling = spelling
        self._entry = entry
        self._highlighter: _Highlighter | None = None
        self._line_timer: QTimer | None = None
        self._composing = False  # an input method is composing text in a QLineEdit
        if isinstance(widget, QLineEdit):
            self._line_timer = QTimer(self, singleShot=True, interval=0)
            self._line_timer.timeout.connect(self._underline_line)
            widget.textChanged.connect(self._line_timer.start)
            widget.installEventFilter(self)
            self._line_timer.start()
        else:
            self._highlighter = _Highlighter(widget.document(), self)

    @property
    def entry(self) -> str:
        return self._entry()

    # --- what is wrong ---------------------------------------------------------------

    def misspelt(self, text: str) -> list[tuple[int, int, WordSpan]]:
        """The words of `text` spelt wrong, with Qt's (start, end) for each."""
        if not self._spelling.enabled:
            return []
        checker = self._spelling.checker
        ignored = self._spelling.ignored_in(self.entry)
        wrong = [s for s in words_in(text) if not checker.is_correct(s.word, ignored)]
        if wrong:
            self._spelling.wrong_word_seen()
        at = _utf16(text)
        return [(at(s.start), at(s.end), s) for s in wrong]

    def word_at(self, position: int | None) -> tuple[int, int, WordSpan] | None:
        """The misspelt word at Qt position `position` (None: at the text cursor),
        with its place in the field's whole text, or None."""
        if isinstance(self.widget, QLineEdit):
            text = self.widget.text()
            where = self.widget.cursorPosition() if position is None else position
            offset = 0
        else:
            cursor = self.widget.textCursor()
            if position is not None:
                cursor.setPosition(position)
            block = cursor.block()
            text, where, offset = block.text(), cursor.positionInBlock(), block.position()
        for start, end, span in self.misspelt(text):
            if start <= where <= end:
                return offset + start, offset + end, span
        return None

    def replace(self, start: int, end: int, text: str) -> None:
        """Put `text` in place of Qt positions start..end, as typing would (undoable)."""
        widget = self.widget
        if isinstance(widget, QLineEdit):
            widget.setSelection(start, end - start)
            widget.insert(text)
            return
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        widget.setTextCursor(cursor)

    def show_menu(self, position: QPoint) -> None:
        """The right-click menu at `position` (the widget's customContextMenuRequested)."""
        self._spelling.show_menu(self.widget, position)

    # --- showing it ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Check the whole field again (words or the switch changed)."""
        if self._highlighter is not None:
            self._highlighter.rehighlight()
        elif self._line_timer is not None:
            self._line_timer.start()

    def _underline_line(self) -> None:
        widget = self.widget
        if not isinstance(widget, QLineEdit) or self._composing:
            return
        if widget.isReadOnly():  # a read-only QLineEdit takes no input-method event
            return
        fmt = underline_format()
        cursor = widget.cursorPosition()
        attributes = [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat, start - cursor, end - start, fmt
            )
            for start, end, _span in self.misspelt(widget.text())
        ]
        self._sending = True
        try:
            QApplication.sendEvent(widget, QInputMethodEvent("", attributes))
        finally:
            self._sending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While an input method composes a word, its own formats are shown; the
        # underlines come back when it is done.
        if event.type() == QEvent.Type.InputMethod and not getattr(self, "_sending", False):
            self._composing = bool(event.preeditString())
            if not self._composing and self._line_timer is not None:
                self._line_timer.start()
        return False


class _Highlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, field: SpellField) -> None:
        super().__init__(document)
        # Weakly: the field holds this highlighter, and no cycle of Python objects
        # should keep a closed window alive until the garbage collector runs.
        self._field = weakref.ref(field)
        self._format = underline_format()

    def highlightBlock(self, text: str) -> None:
        field = self._field()
        if field is None:
            return
        for start, end, _span in field.misspelt(text):
            self.setFormat(start, end - start, self._format)


def text_fields(root: QWidget) -> list[TextWidget]:
    """The fields of an editor that are checked: every text area, and the one-line
    fields that hold words to read rather than names or codes (titles and headings,
    object names ending in "title" or "heading")."""
    areas: list[TextWidget] = [*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)]
    lines = [
        w
        for w in root.findChildren(QLineEdit)
        if w.objectName().endswith(("title", "heading"))
        and w.echoMode() == QLineEdit.EchoMode.Normal
    ]
    return [*areas, *lines]
