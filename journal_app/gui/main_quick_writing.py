"""The main window's quick ways to write: File > Quick note (a small window of its
own, gui/dialogs/quick_note.py) and "I just finished a session" (the session's kind,
then a reflection with the model used last). A mixin of MainWindow
(gui/main_window.py), which owns the records page they open entries in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal_app.domain.fields import Field
from journal_app.domain.records import RecordType
from journal_app.errors import JournalError
from journal_app.gui.reflection_model import last_reflection_model

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from journal_app.gui.dialogs.finished_session import FinishedSessionDialog
    from journal_app.gui.dialogs.quick_note import QuickNoteDialog
    from journal_app.gui.records_page import RecordsPage
    from journal_app.gui.session import Session


class QuickWritingMixin:
    session: Session
    records: RecordsPage
    status: QLabel
    quick_note: QuickNoteDialog | None = None
    finished_session_dialog: FinishedSessionDialog | None = None

    def show_quick_note(self) -> QuickNoteDialog | None:
        """File > Quick note: the open Quick note window brought forward, or a new one
        (holding the words a note could not save, if a draft of them is kept)."""
        from journal_app.gui.dialogs.quick_note import QuickNoteDialog

        if not self.session.is_unlocked or self.session.reader.read_only:
            return None
        note = self.quick_note
        if note is None:
            note = QuickNoteDialog(self.session, self)
            note.open_full_requested.connect(self._open_note_in_full)
            note.finished.connect(self._quick_note_closed)
            note.destroyed.connect(self._quick_note_forgotten)
            self.quick_note = note
            draft = self.session.reader.quick_note_draft()
            if draft:
                note.restore(draft)
        note.show()
        note.raise_()
        note.activateWindow()
        return note

    def restore_quick_note(self) -> QuickNoteDialog | None:
        """After unlock: a note that could not be saved before the lock comes back in
        its window, unsaved, with a word about why (a read-only journal keeps the
        draft in the file until it can be written)."""
        if not self.session.is_unlocked or not self.session.reader.quick_note_draft():
            return None
        return self.show_quick_note()

    def _quick_note_closed(self, *_: object) -> None:
        self.quick_note = None
        if self.session.is_unlocked and self.session.reader.quick_note_draft():
            self.status.setText(
                self.tr(
                    "Your quick note could not be saved. It is kept, encrypted, and "
                    "opens again with File > Quick note."
                )
            )

    def _quick_note_forgotten(self, *_: object) -> None:
        self.quick_note = None

    def _open_note_in_full(self, record_id: str) -> None:
        """The note goes on in the reflection editor: the same entry, opened to edit
        (a note with no words yet: a new free-text reflection)."""
        if not self.session.is_unlocked:
            return
        self.activateWindow()
        if not record_id:
            self.new_record(RecordType.REFLECTION, "free")
            return
        try:
            record = self.session.reader.get(record_id)
        except JournalError:
            return  # deleted meanwhile
        self.show_section("timeline")
        self.records.open_record(record)
        if self.records.current_record is not None and self.records.current_record.id == record_id:
            self.records.edit_current()

    def finished_session(self) -> FinishedSessionDialog | None:
        """I just finished a session: ask its kind (window-modal, not waited for), then
        a new reflection with that kind and the model used last."""
        from journal_app.gui.dialogs.finished_session import FinishedSessionDialog

        if not self.session.is_unlocked or self.session.reader.read_only:
            return None
        dialog = FinishedSessionDialog(self)
        dialog.accepted.connect(lambda: self._write_after_session(dialog.session_kind()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._finished_session_closed)
        dialog.destroyed.connect(self._finished_session_closed)
        self.finished_session_dialog = dialog
        dialog.open()
        return dialog

    def _finished_session_closed(self, *_: object) -> None:
        self.finished_session_dialog = None

    def _write_after_session(self, kind: str) -> None:
        if not self.session.is_unlocked:
            return
        template, own_template = last_reflection_model(self.session)
        self.new_record(
            RecordType.REFLECTION, template, own_template, {Field.SESSION_KIND.value: kind}
        )
