"""The page the worker lives in: the list of entries with its search and filters
(record_list_pane.py) beside the open entry, read or edited (entry_pane.py). This
module keeps the two in step: the entry chosen in the list opens, and an entry the
list no longer shows (after a search or a filter) is saved and closed."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from journal_app.domain.records import Record, RecordType
from journal_app.gui.entry_pane import EntryPane
from journal_app.gui.record_list_pane import RecordListPane
from journal_app.gui.session import Session
from journal_app.services.changes import Changed
from journal_app.services.record_rules import current_wellness_plan
from journal_app.services.search import query_terms

PARTIAL_SEARCH_AGAIN_MS = 300


class RecordsPage(QWidget):
    saved = Signal(str)  # status text for the window ("Saved", an error)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.type_filter: RecordType | None = None
        self.list_pane = RecordListPane(self)
        self.entry = EntryPane(session, self)
        # The parts other windows and tests reach for, by their old names.
        pane = self.list_pane
        self.search, self.model, self.list, self.empty = (
            pane.search,
            pane.model,
            pane.list,
            pane.empty,
        )
        self.tag, self.theme, self.share = pane.tag, pane.theme, pane.share
        self.use_dates, self.date_from, self.date_to = pane.use_dates, pane.date_from, pane.date_to
        self.log_view = pane.log_view
        self.editor_stack, self.placeholder = self.entry.editor_stack, self.entry.placeholder
        self.error, self.identity_hint = self.entry.error, self.entry.identity_hint

        splitter = QSplitter()
        splitter.addWidget(self.list_pane)
        splitter.addWidget(self.entry)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        # Asks for the list again while a search's answer is partial (see _refresh_list).
        self._ask_again = QTimer(self, singleShot=True, interval=PARTIAL_SEARCH_AGAIN_MS)
        self._ask_again.timeout.connect(self.refresh)
        self.entry.saved.connect(self.saved)
        self.entry.record_saved.connect(self._refresh_list)
        pane.filters_changed.connect(self.refresh)
        pane.chosen.connect(self._chosen)
        pane.edit_requested.connect(self.edit_current)
        session.changed.connect(self.show_changes)

    # --- the list ----------------------------------------------------------------------

    def fill_filters(self) -> None:
        reader = self.session.reader
        self.list_pane.fill_filters(reader.all_tags(), reader.vocabulary.themes)

    def refresh(self) -> None:
        """The list again, after a change of search, filter or section: an entry it no
        longer shows is saved and closed, so the editor never shows a hidden one (not
        on a partial answer: the open entry may be among the hits still to come)."""
        if not self._refresh_list():
            return
        current = self.entry.current_record
        if current is not None and self.model.row_of(current.id) < 0:
            self.entry.close_record()  # if its text cannot be saved, it stays open

    def _refresh_list(self) -> bool:
        """The list as the search and filters say; False when locked, or when the list
        holds a search's partial answer (the index still building) or nothing yet (the
        records still being decoded after the unlock)."""
        if not self.session.is_unlocked:
            return False
        self.entry.update_placeholder()
        reader = self.session.reader
        if reader.loading:  # the unlock's decoding: asked again rather than waited for
            self.list_pane.show_records([], [], False, complete=False)
            self._ask_again.start()
            return False
        text = self.search.text()
        where = self.list_pane.record_filter(self.type_filter)
        complete = True
        if text.strip():
            # Not waiting for the search index's build: until it is done the answer is
            # the newest entries' hits, and the list is asked again a moment later.
            records = reader.search(text, where, wait=False)
            complete = records.complete
            if not complete:
                self._ask_again.start()  # one pending ask, however many refreshes
        else:
            records = reader.records(where)
        share = self.list_pane.share_choice()
        if share is not None:
            records = [r for r in records if r.share is share]
        self.list_pane.show_records(records, query_terms(text), bool(text.strip()), complete)
        self.list_pane.show_log(reader, self.type_filter)
        self._select_current()
        return complete

    def _select_current(self) -> None:
        current = self.entry.current_record
        self.list_pane.select(current.id if current is not None else None)

    def _chosen(self, record: Record) -> None:
        current = self.entry.current_record
        if current is not None and record.id == current.id:
            return
        if not self.entry.open_record(record):
            self._select_current()  # the open entry could not be saved: it stays

    # --- the entry ------------------------------------------------------------------------

    def open_record(self, record: Record) -> None:
        """Show `record` to read (unless the open entry cannot be saved: it stays)."""
        self.entry.open_record(record)
        self._select_current()

    def new_record(
        self,
        record_type: RecordType,
        template: str | None = None,
        own_template: str | None = None,
        fields: dict | None = None,
    ) -> None:
        if record_type is RecordType.WELLNESS_PLAN:
            # One current plan: New opens it to edit (its versions keep the old ones).
            plan = current_wellness_plan(self.session.reader.records())
            if plan is not None:
                if self.entry.open_record(plan):
                    self._select_current()
                    self.entry.edit()
                return
        if self.entry.new_record(record_type, template, own_template, fields):
            self.list_pane.select(None)

    def edit_current(self) -> None:
        """Ctrl+E, Enter or a double-click: the open entry in its editor."""
        self.entry.edit()

    def done_editing(self) -> bool:
        return self.entry.done()

    def save_now(self) -> bool:
        return self.entry.save_now()

    def delete_current(self) -> Record | None:
        return self.entry.delete_current()

    def keep_unsaved_as_draft(self) -> None:
        """Before a lock: save, or keep what cannot be saved as an encrypted draft
        (save_now keeps it when the save fails)."""
        self.entry.save_now()

    def restore_draft(self) -> bool:
        return self.entry.restore_draft()

    def show_changes(self, changed: Changed) -> None:
        """Session.changed: a change made anywhere (a dialog, the actions board, undo)
        shows here, the open entry reloaded unless it holds unsaved typing. The page's
        own save or delete refreshes the list itself, once it is in step."""
        if self.entry.changing or not changed.records or not self.session.is_unlocked:
            return
        current = self.entry.current_record
        if current is not None and current.id in changed.saved:
            self.entry.record_changed_elsewhere(current.id)
        self._refresh_list()

    def record_changed_elsewhere(self, record_id: str) -> None:
        self.entry.record_changed_elsewhere(record_id)

    def clear(self) -> None:
        """Drop every decrypted thing this page shows (on lock)."""
        self.list_pane.clear()
        self.entry.clear()

    @property
    def read_only(self) -> bool:
        return self.entry.read_only

    @property
    def current_record(self) -> Record | None:
        return self.entry.current_record

    @property
    def editor(self):
        return self.entry.editor

    @property
    def is_editing(self) -> bool:
        return self.entry.is_editing
