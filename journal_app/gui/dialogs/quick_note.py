"""File > Quick note (Ctrl+Shift+N): a small window with one text box for a few words
straight after a session, spell checked as the editors are. It saves as every editor
does: at each pause in typing, as a private free-text reflection dated today, titled
with its first line (services/quick_note.py); text that cannot be saved is kept,
encrypted, as the quick note's own draft and comes back at the next unlock. "Open as
a full reflection" saves it and hands that same entry to the main window's editor.
When the journal locks, the note is saved (or kept as a draft) and the window closes
with its text."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import Record
from journal_app.errors import JournalError
from journal_app.gui.messages import user_message
from journal_app.gui.session import Session
from journal_app.gui.widgets.writing_column import column_width, style_text_area
from journal_app.services.changes import ClearQuickNoteDraft, MoveToTrash, SaveQuickNoteDraft
from journal_app.services.quick_note import is_blank, note_changes, note_record_data
from journal_app.services.record_history import QUICK_NOTE_EDITOR

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1200  # as the entry pane's editors (gui/entry_pane.py)
NOTE_COLUMNS = 48  # the text box's width in average characters
NOTE_LINES = 8


class QuickNoteDialog(QDialog):
    """Not modal: the worker can go on in the main window while it is open.
    `open_full_requested` carries the saved note's id ("" for none: nothing written)
    when the worker asks to go on in the full reflection editor."""

    open_full_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._record: Record | None = None  # the note once saved
        self._made_here = False  # this window made the note's entry
        self._dirty = False
        self._draft_kept = False  # a draft of this note waits in the vault
        self._left = False  # closed, its words gone from screen
        self.setObjectName("quick_note")
        self.setWindowTitle(self.tr("Quick note"))  # never the note's own words
        self.setAccessibleName(self.tr("Quick note"))
        self.setModal(False)

        self.intro = QLabel(
            self.tr(
                "A few words while it is fresh. Saved as you type, as a private reflection "
                "dated today; the first line is its title."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("quick_note_text")
        self.text.setAccessibleName(self.tr("Note"))
        self.text.setAccessibleDescription(
            self.tr("Saved as you type, as a private reflection dated today.")
        )
        self.text.setTabChangesFocus(True)  # Tab moves on to the buttons
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlaceholderText(self.tr("What happened, how it felt, what you noticed…"))
        style_text_area(self.text)
        lines = self.text.fontMetrics().lineSpacing() * NOTE_LINES
        self.text.setMinimumSize(column_width(self.text.font(), NOTE_COLUMNS), lines)
        self.text.textChanged.connect(self._on_edited)
        self.intro.setBuddy(self.text)
        # Spelling as in every editor; words ignored here belong to the note's entry
        # once it is saved (the full reflection editor then ignores them too).
        self._unsaved_key = f"quick-note-{id(self)}"
        session.spelling.attach(
            self.text,
            lambda: self._record.id if self._record is not None else self._unsaved_key,
        )

        self.status = QLabel(self)
        self.status.setObjectName("quick_note_status")
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QDialogButtonBox(self)
        self.full_button = QPushButton(self.tr("&Open as a full reflection"), self)
        self.full_button.setObjectName("quick_note_open_full")
        self.full_button.setToolTip(
            self.tr("Go on in the reflection editor, with models, context and themes")
        )
        self.full_button.setAutoDefault(False)
        self.full_button.clicked.connect(self.open_full)
        buttons.addButton(self.full_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(self.tr("Save and close (Escape)"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        session.locking.connect(self._on_locking)
        session.start_editing(None, QUICK_NOTE_EDITOR)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what it holds ------------------------------------------------------------------

    @property
    def record(self) -> Record | None:
        """The note's entry, once saved."""
        return self._record

    def note(self) -> str:
        return self.text.toPlainText()

    def restore(self, draft: dict[str, Any]) -> None:
        """Put back a draft kept at a lock or close when the note could not be saved:
        its words, and the entry it belongs to if it had been saved before."""
        record_id = draft.get("record_id")
        if isinstance(record_id, str) and record_id:
            try:
                self._record = self.session.reader.get(record_id)
            except JournalError:
                self._record = None  # deleted meanwhile: the words make a new note
        if self._record is not None:
            self.session.start_editing(self._record.id, QUICK_NOTE_EDITOR)
        text = draft.get("text")
        self.text.setPlainText(text if isinstance(text, str) else "")
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        self._draft_kept = True
        self.status.setText(
            self.tr(
                "This note could not be saved before the journal locked or closed. "
                "It is back here, and is saved again as you type."
            )
        )

    # --- saving -------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._autosave.start()

    def save_now(self) -> bool:
        """Save the note if it changed; on failure its words stay here and are kept,
        encrypted, as the quick note's draft."""
        self._autosave.stop()
        if not self._dirty or not self.session.is_unlocked:
            return not self._dirty
        text = self.note()
        try:
            if self._record is None:
                if is_blank(text):  # nothing written yet: nothing to keep
                    self._dirty = False
                    self.status.clear()
                    self._drop_draft()
                    return True
                self._record = self.session.save_editing(
                    None, note_record_data(text), QUICK_NOTE_EDITOR
                )
                self._made_here = True
                # Words ignored before the first save go on being ignored in it.
                self.session.spelling.entry_saved(self._unsaved_key, self._record.id)
            else:
                self._record = self.session.save_editing(
                    self._record.id, note_changes(text), QUICK_NOTE_EDITOR
                )
        except JournalError as exc:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=user_message(exc)))
            self._keep_draft()
            return False
        self._dirty = False
        self._drop_draft()
        self.status.setText(self.tr("Saved"))
        return True

    def _keep_draft(self) -> bool:
        if not self.session.is_unlocked:
            return False
        draft = {
            "record_id": self._record.id if self._record is not None else None,
            "text": self.note(),
        }
        try:
            self.session.apply(SaveQuickNoteDraft(draft))
        except JournalError as exc:
            log.error("could not keep the quick note's draft: %s", type(exc).__name__)
            return False
        self._draft_kept = True
        return True

    def _drop_draft(self) -> None:
        if not self._draft_kept:
            return
        try:
            self.session.apply(ClearQuickNoteDraft())
            self._draft_kept = False
        except JournalError as exc:
            log.error("could not clear the quick note's draft: %s", type(exc).__name__)

    # --- leaving ------------------------------------------------------------------------

    def open_full(self) -> None:
        """Save, then hand the note to the full reflection editor (the same entry, not
        a copy) and close."""
        if not self.save_now():
            return
        record_id = self._record.id if self._record is not None else ""
        self._leave()
        self.open_full_requested.emit(record_id)

    def reject(self) -> None:
        """Close (the Close button, Escape, the window's close box, whose close event
        QDialog turns into this and ignores while the window stays): save first. Text
        that cannot be saved is kept as a draft; only if even that fails does the
        window stay, so no word is lost."""
        if not self.save_now() and not self._draft_kept:
            return
        self._put_away_if_empty()
        self._leave()

    def _put_away_if_empty(self) -> None:
        """A note this window made and then emptied is moved to the trash rather than
        left as an empty entry (the trash keeps it, should it be wanted)."""
        if self._record is None or not self._made_here or not is_blank(self.note()):
            return
        try:
            self.session.apply(MoveToTrash(self._record.id))
        except JournalError as exc:
            log.warning("could not put an empty quick note away: %s", type(exc).__name__)

    def _on_locking(self) -> None:
        """The journal locks: save what can be saved (or keep it as a draft), then
        close, taking the words off screen."""
        if self.save_now() is False:
            self._keep_draft()
        self._leave()

    def _leave(self) -> None:
        self._autosave.stop()
        if not self._left:
            self._left = True
            self.session.locking.disconnect(self._on_locking)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self._record = None
        self._dirty = False
        self.status.clear()
        self.done(QDialog.DialogCode.Rejected)
        self.deleteLater()
