"""The right side of the records page: the open entry, shown to read until the worker
asks to edit it (Edit, Enter, Ctrl+E or a double-click), then in its editor with
autosave while typing; Done or Escape saves and goes back to reading. A new entry
opens straight in the editor. Text that cannot be saved stays in the editor, and is
kept as an encrypted draft, so no typed word is lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import Record, RecordType
from journal_app.errors import JournalError, ValidationError
from journal_app.gui.editors.factory import editor_for
from journal_app.gui.editors.growth_links import goal_choices, training_rows
from journal_app.gui.entry_drafts import EntryDrafts
from journal_app.gui.messages import user_message
from journal_app.gui.reflection_model import remember_reflection_model
from journal_app.gui.session import Session
from journal_app.gui.widgets.attachments_panel import AttachmentsPanel
from journal_app.gui.widgets.identity_note import IdentityNote
from journal_app.gui.widgets.reading_view import ReadingView
from journal_app.services.agenda import agenda_text

AUTOSAVE_MS = 1200


def _make_read_only(editor: QWidget) -> None:
    """A read-only journal: the editor shows the entry (its text can be selected and
    copied) and nothing in it can be changed."""
    for child in editor.findChildren(QWidget):
        if isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            child.setReadOnly(True)
        elif isinstance(child, QScrollBar):
            continue  # scrolling still works
        elif isinstance(child, QAbstractButton | QComboBox | QAbstractSlider | QAbstractItemView):
            child.setEnabled(False)


class EntryPane(EntryDrafts, QWidget):
    """`saved`: status text for the window ("Saved", an error); `record_saved`: this
    pane saved or deleted an entry, so the list is out of step."""

    saved = Signal(str)
    record_saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._current: Record | None = None  # the saved record shown
        self._draft_type: RecordType | None = None  # a new record not saved yet
        self._editor = None
        self._dirty = False
        self.changing = False  # this pane's own save or delete is under way

        self.error = QLabel(objectName="save_error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.identity_hint = IdentityNote(self)
        self.placeholder = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.reading = ReadingView(self)
        self.reading.edit_requested.connect(self.edit)
        self.editor_stack = QStackedWidget(objectName="editor_area")
        self.editor_stack.addWidget(self.placeholder)
        self.editor_stack.addWidget(self.reading)
        self.edit_button = QPushButton(self.tr("&Edit"), objectName="edit_entry")
        self.edit_button.setToolTip(self.tr("Edit this entry (Ctrl+E, Enter or a double-click)"))
        self.edit_button.clicked.connect(self.edit)
        self.done_button = QPushButton(self.tr("&Done"), objectName="done_editing")
        self.done_button.setToolTip(self.tr("Save and go back to reading (Escape)"))
        self.done_button.clicked.connect(self.done)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.identity_hint)
        layout.addLayout(bar)
        layout.addWidget(self.editor_stack, 1)
        self.attachments = AttachmentsPanel(session, self)  # the entry's evidence files
        layout.addWidget(self.attachments)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.editor_stack)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.done)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self.update_placeholder()
        self._show_placeholder()

    # --- what is shown -------------------------------------------------------------------

    @property
    def current_record(self) -> Record | None:
        return self._current

    @property
    def editor(self):
        return self._editor

    @property
    def is_editing(self) -> bool:
        return self._editor is not None and self.editor_stack.currentWidget() is self._editor

    @property
    def read_only(self) -> bool:
        """The journal is open read-only: entries are shown, never changed."""
        return self.session.is_unlocked and self.session.reader.read_only

    def update_placeholder(self) -> None:
        self.placeholder.setText(
            self.tr("Choose a record to read it.")
            if self.read_only
            else self.tr(
                "Choose a record, or press Ctrl+N to write a reflection "
                "(File > New for the others)."
            )
        )

    def _show_placeholder(self) -> None:
        self.reading.clear()
        self.editor_stack.setCurrentWidget(self.placeholder)
        self.edit_button.hide()
        self.done_button.hide()
        self.attachments.show_entry(None)

    def _show_reading(self) -> None:
        assert self._current is not None
        also = []
        if hasattr(self._editor, "linked_training_text"):  # a goal: its training
            also.append((self.tr("Training towards it"), self._editor.linked_training_text()))
        self.reading.show_record(self._current, self.session.reader.vocabulary, also)
        self.editor_stack.setCurrentWidget(self.reading)
        self.edit_button.setVisible(not self.read_only)
        self.done_button.hide()
        self.attachments.show_entry(self._current.id)
        self.updateGeometry()

    def _show_editing(self) -> None:
        self.editor_stack.setCurrentWidget(self._editor)
        self.edit_button.hide()
        self.done_button.setVisible(not self.read_only)
        self.attachments.show_entry(self._current.id if self._current is not None else None)
        self.updateGeometry()  # the editor's form may need more width than reading

    def minimumSizeHint(self) -> QSize:
        """At least as wide as the open editor's form needs, so it never scrolls
        sideways: the list beside it gives way (its filters wrap) instead."""
        least = super().minimumSizeHint()
        if not self.is_editing:
            return least
        scroll = self._editor.scroll
        form = scroll.widget().minimumSizeHint().width()
        bar = scroll.verticalScrollBar().sizeHint().width()
        frame = 2 * scroll.frameWidth()
        return QSize(max(least.width(), form + bar + frame), least.height())

    # --- opening, editing, closing ---------------------------------------------------------

    def _discard_editor(self) -> None:
        editor, self._editor = self._editor, None
        self.identity_hint.hide()
        if editor is not None:
            self.editor_stack.removeWidget(editor)
            editor.setParent(None)  # gone from the window at once, freed soon after
            editor.deleteLater()

    def _make_editor(self, record_type: RecordType):
        if self._editor is not None:
            self._discard_editor()
        reader = self.session.reader
        editor = editor_for(record_type, reader.vocabulary, self)
        editor.set_known_tags(reader.all_tags())
        if hasattr(editor, "set_supervisors"):
            editor.set_supervisors(list(reader.settings().get("supervisors", [])))
        if hasattr(editor, "set_goals"):
            editor.set_goals(goal_choices(reader.records()))
        if hasattr(editor, "set_own_templates"):
            editor.set_own_templates(reader.own_templates())
        editor.edited.connect(self._on_edited)
        if self.read_only:
            _make_read_only(editor)
        editor.use_spelling(self.session.spelling)
        self.editor_stack.addWidget(editor)
        self._editor = editor
        return editor

    def _show_links(self, editor, record: Record | None) -> None:
        """A saved goal's editor lists the training that counts towards it."""
        if record is not None and hasattr(editor, "set_linked_training"):
            editor.set_linked_training(training_rows(record, self.session.reader.records()))

    def can_leave(self) -> bool:
        """Save before the pane shows something else; if that fails the editor stays
        as it is (with the reason shown) so no typed text is dropped."""
        return self.save_now()

    def open_record(self, record: Record) -> bool:
        """Show `record` to read (its editor ready behind it); False if the entry open
        now could not be saved, and so stays."""
        if not self.can_leave():
            return False
        editor = self._make_editor(record.type)
        editor.load(record, record.to_dict())
        if record.type is RecordType.SUPERVISION:
            editor.set_agenda_source(self._agenda_for, prefill=False)
        self._show_links(editor, record)
        self._current, self._draft_type, self._dirty = record, None, False
        self.session.start_editing(record.id)
        self.error.hide()
        self._show_reading()
        self._note_identifying_details(record)
        return True

    def new_record(
        self,
        record_type: RecordType,
        template: str | None = None,
        own_template: str | None = None,
        fields: dict | None = None,
    ) -> bool:
        """A new entry in its editor: `fields` are filled in beforehand (a session's
        kind), and saved with the first words written."""
        if self.read_only:
            self._refuse_read_only()
            return False
        if not self.can_leave():
            return False
        editor = self._make_editor(record_type)
        data = self.session.new_record_data(record_type, template, own_template, fields)
        editor.load(None, data)
        if record_type is RecordType.SUPERVISION:
            # The agenda starts from what the worker marked "bring to supervision"
            # since the note before this one's date.
            editor.set_agenda_source(self._agenda_for, prefill=True)
        self._current, self._draft_type, self._dirty = None, record_type, False
        self.session.start_editing(None)
        self.error.hide()
        self._note_identifying_details(None)
        self._show_editing()
        # The cursor waits in the title, where a new entry starts (not on the editor's frame).
        editor.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def edit(self) -> None:
        """From reading to the editor (Edit, Enter, Ctrl+E, a double-click)."""
        if self._editor is None or self.is_editing:
            return
        if self.read_only:
            self._refuse_read_only()
            return
        if self._current is not None:  # each turn at editing keeps the version before it
            self.session.start_editing(self._current.id)
        self._show_editing()
        fields = [
            f for f in self._editor.findChildren(QPlainTextEdit) if f.isVisibleTo(self._editor)
        ]
        if fields:  # the first text, to go on writing where it ends
            fields[0].moveCursor(QTextCursor.MoveOperation.End)
            fields[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self._editor.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def done(self) -> bool:
        """Save and go back to reading; False (still editing) when the save failed."""
        if not self.is_editing:
            return True
        if not self.save_now():
            return False
        if self._current is None:  # a new entry with nothing written: nothing to read
            self.close_record()
        else:
            self._show_reading()
            self.reading.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def close_record(self) -> bool:
        """Save, then show no entry; False (nothing closed) when the save failed."""
        if not self.save_now():
            return False
        if self._editor is not None:
            self._editor.clear()
            self._discard_editor()
        self._current, self._draft_type, self._dirty = None, None, False
        self._note_identifying_details(None)
        self._show_placeholder()
        return True

    def _agenda_for(self, day: date) -> str:
        return agenda_text(self.session.reader.records(), on=day)

    def _refuse_read_only(self) -> None:
        self._show_error(
            self.tr("This journal is open read-only: nothing you change here can be saved.")
        )

    # --- saving -----------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self.read_only:  # nothing can be changed; should a change get through, say so
            self._refuse_read_only()
            return
        self._dirty = True
        self.saved.emit(self.tr("Editing…"))
        self._autosave.start()

    def save_now(self) -> bool:
        """Save what is in the editor if it changed; on failure the text stays put."""
        self._autosave.stop()
        if not self._dirty or self._editor is None or not self.session.is_unlocked:
            return True
        record_id = self._current.id if self._current is not None else None
        editor = self._editor
        # A new record sends everything; an edit sends changes, with emptied fields as
        # null so the merge removes them.
        data = editor.data() if record_id is None else editor.changes()
        try:
            self.changing = True  # the list is refreshed below, once the pane is in step
            record = self.session.save_editing(record_id, data)
        except ValidationError as exc:
            # Autosave must not pull the cursor away from where the worker is typing.
            message = user_message(exc, field=editor.describe_field(exc.field))
            editor.show_error(exc.field, message, focus=False)
            self._show_error(message)
            self._keep_draft()  # in the vault, so a crash or kill loses nothing either
            return False
        except JournalError as exc:
            self._show_error(user_message(exc))
            self._keep_draft()
            return False
        finally:
            self.changing = False
        self._drop_draft()
        remember_reflection_model(self.session, record, data)
        editor.mark_saved(record)
        self._current, self._draft_type, self._dirty = record, None, False
        self.error.hide()
        self._note_identifying_details(record)
        self.saved.emit(self.tr("Saved"))
        self.record_saved.emit()
        return True

    def _note_identifying_details(self, record: Record | None) -> None:
        settings = self.session.reader.settings() if record is not None else None
        self.identity_hint.show_for(record, settings)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.saved.emit(self.tr("Not saved"))

    def delete_current(self) -> Record | None:
        record = self._current
        if record is None:
            return None
        self.save_now()  # so Undo brings back the last words too
        self._dirty = False
        self.changing = True
        try:
            self.session.delete(record.id)
        finally:
            self.changing = False
        self._drop_draft()  # text that could not be saved goes with the entry
        self._current = None
        self._show_placeholder()
        self.record_saved.emit()
        return record

    def record_changed_elsewhere(self, record_id: str) -> None:
        """Another view (the actions board) saved the record on show: reload it
        unless the editor holds unsaved changes."""
        if self._current is None or record_id != self._current.id or self._dirty:
            return
        try:
            record = self.session.reader.get(record_id)
        except JournalError:
            return
        if record is not self._current and self._editor is not None:
            self._editor.load(record, record.to_dict())
            self._current = record
            if not self.is_editing:
                self._show_reading()

    def clear(self) -> None:
        """Drop every decrypted thing this pane shows (on lock)."""
        self._autosave.stop()
        if self._editor is not None:
            self._editor.clear()
            self._discard_editor()
        self._show_placeholder()
        self.identity_hint.show_for(None, None)
        self._current, self._draft_type, self._dirty = None, None, False
        self.error.hide()
