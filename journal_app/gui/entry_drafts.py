"""The open entry's draft: what is in the editor but could not be saved, kept
encrypted in the vault so that the next unlock puts it back (after a lock, a crash
or a kill). Mixed into EntryPane."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from journal_app.domain.records import RecordType
from journal_app.errors import JournalError
from journal_app.services.changes import ClearDraft, SaveDraft

if TYPE_CHECKING:
    from journal_app.gui.entry_pane import EntryPane

log = logging.getLogger(__name__)


class EntryDrafts:
    def _keep_draft(self: EntryPane) -> None:
        """What is in the editor but could not be saved, encrypted in the vault as the
        draft that the next unlock puts back (after a lock, a crash or a kill)."""
        if self._editor is None or not self.session.is_unlocked:
            return
        draft = {
            "record_id": self._current.id if self._current is not None else None,
            "data": self._editor.data(),
        }
        try:
            self.session.apply(SaveDraft(draft))
        except JournalError as exc:
            log.error("could not keep a draft: %s", type(exc).__name__)

    def _drop_draft(self: EntryPane) -> None:
        """The editor's text is saved: a draft kept of it is no longer needed."""
        try:
            self.session.apply(ClearDraft())
        except JournalError as exc:
            log.error("could not clear the draft: %s", type(exc).__name__)

    def restore_draft(self: EntryPane) -> bool:
        """After unlock: put a kept draft back in the editor, unsaved, with a note."""
        reader = self.session.reader
        draft = reader.draft()
        if reader.read_only or not draft or not isinstance(draft.get("data"), dict):
            return False  # read-only: the draft waits in the file for a writable journal
        data = draft["data"]
        try:
            record_type = RecordType(data.get("type"))
        except ValueError:
            return False
        record = None
        if draft.get("record_id"):
            try:
                record = reader.get(draft["record_id"])
            except JournalError:
                record = None
        editor = self._make_editor(record_type)
        editor.load(record, data)
        if record_type is RecordType.SUPERVISION:
            editor.set_agenda_source(self._agenda_for, prefill=False)
        self._show_links(editor, record)
        self._current, self._draft_type = record, record_type
        self._dirty = True
        self.session.start_editing(record.id if record is not None else None)
        self._show_editing()
        # The draft stays in the vault until the text is saved (save_now drops it),
        # so a second crash before then loses nothing either.
        self._show_error(
            self.tr(
                "This text could not be saved before the journal locked or closed. "
                "It is back in the editor: check the highlighted field."
            )
        )
        return True
