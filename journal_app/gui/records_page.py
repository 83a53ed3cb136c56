"""The page the worker lives in: search and filters, the record list, and the editor
beside it, with autosave while typing."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollBar,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import Record, RecordType, Share
from journal_app.errors import JournalError, ValidationError
from journal_app.gui.date_text import EDIT_FORMAT
from journal_app.gui.editors.factory import editor_for
from journal_app.gui.messages import user_message
from journal_app.gui.models.record_list import RecordListModel
from journal_app.gui.session import Session
from journal_app.gui.widgets.record_card import RecordCardDelegate
from journal_app.gui.widgets.supervision_log_view import SupervisionLogView
from journal_app.services.agenda import agenda_text
from journal_app.services.changes import Changed, ClearDraft, SaveDraft
from journal_app.services.identifiable import KIND_LABELS, check_texts
from journal_app.services.journal import RecordFilter
from journal_app.services.search import query_terms
from journal_app.services.supervision_log import gap_weeks, supervision_log
from journal_app.services.vocabulary import identity_allow_lists

log = logging.getLogger(__name__)
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


class RecordsPage(QWidget):
    saved = Signal(str)  # status text for the window ("Saved", an error)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.type_filter: RecordType | None = None
        self._current: Record | None = None  # the saved record being edited
        self._draft_type: RecordType | None = None  # a new record not saved yet
        self._editor = None
        self._dirty = False
        self._changing = False  # this page's own save or delete is under way

        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Search every word you wrote (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.tag = QComboBox(objectName="filter_tag")
        self.theme = QComboBox(objectName="filter_theme")
        self.share = QComboBox(objectName="filter_share")
        self.use_dates = QCheckBox(self.tr("Dates"), objectName="filter_use_dates")
        self.date_from = QDateEdit(objectName="filter_from", calendarPopup=True)
        self.date_to = QDateEdit(objectName="filter_to", calendarPopup=True)
        for widget, name in (
            (self.tag, self.tr("Filter by tag")),
            (self.theme, self.tr("Filter by theme")),
            (self.share, self.tr("Filter by share level")),
            (self.use_dates, self.tr("Filter by date range")),
            (self.date_from, self.tr("From date")),
            (self.date_to, self.tr("To date")),
        ):
            widget.setAccessibleName(name)
        for combo in (self.tag, self.theme, self.share):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
        self.share.addItem(self.tr("Any share level"), None)
        for share, label in (
            (Share.PRIVATE, self.tr("Private")),
            (Share.SUMMARY, self.tr("Summary")),
            (Share.FULL, self.tr("Full")),
        ):
            self.share.addItem(label, share)
        self.share.setMinimumContentsLength(len(self.share.itemText(0)))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(EDIT_FORMAT)  # as in the editors
        today = QDate.currentDate()
        self.date_from.setDate(today.addMonths(-3))
        self.date_to.setDate(today)

        # Two rows, so the list column stays narrow enough for the editor beside it.
        filters = QVBoxLayout()
        choices, dates = QHBoxLayout(), QHBoxLayout()
        for widget in (self.tag, self.theme, self.share):
            choices.addWidget(widget)
        choices.addStretch(1)
        for widget in (self.use_dates, self.date_from, QLabel("–"), self.date_to):
            dates.addWidget(widget)
        dates.addStretch(1)
        filters.addLayout(choices)
        filters.addLayout(dates)

        self.model = RecordListModel(self)
        self.list = QListView(objectName="record_list")
        self.list.setAccessibleName(self.tr("Records"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(RecordCardDelegate(self.list))
        self.list.setUniformItemSizes(True)  # every card is one height
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.empty = QLabel(objectName="empty_hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.editor_stack = QStackedWidget(objectName="editor_area")
        self.placeholder = QLabel(
            self.tr(
                "Choose a record, or press Ctrl+N to write a reflection "
                "(File > New for the others)."
            ),
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        self.placeholder.setWordWrap(True)
        self.editor_stack.addWidget(self.placeholder)
        self.error = QLabel(objectName="save_error")
        self.error.setWordWrap(True)
        self.error.hide()
        # A gentle note, not an error: the entry may name or identify someone.
        self.identity_hint = QLabel(objectName="identity_hint")
        self.identity_hint.setWordWrap(True)
        self.identity_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.identity_hint.setAccessibleName(self.tr("Identifying details note"))
        self.identity_hint.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        self.log_view = SupervisionLogView()
        self.log_view.hide()
        left_layout.addWidget(self.log_view)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.identity_hint)
        right_layout.addWidget(self.editor_stack, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.refresh)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.tag, self.theme, self.share):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.use_dates.toggled.connect(lambda _b: self.refresh())
        self.date_from.dateChanged.connect(lambda _d: self.use_dates.isChecked() and self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.use_dates.isChecked() and self.refresh())
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        session.changed.connect(self.show_changes)

    # --- filters and list ---------------------------------------------------------------

    def fill_filters(self) -> None:
        reader = self.session.reader
        for combo, first, items in (
            (self.tag, self.tr("Any tag"), [(t, t) for t in reader.all_tags()]),
            (
                self.theme,
                self.tr("Any theme"),
                [(v, k) for k, v in reader.vocabulary.themes.items()],
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.blockSignals(False)

    def _filter(self) -> RecordFilter:
        where = RecordFilter(
            type=self.type_filter, tag=self.tag.currentData(), theme=self.theme.currentData()
        )
        if self.use_dates.isChecked():
            where.date_from = self.date_from.date().toPython()
            where.date_to = self.date_to.date().toPython()
        return where

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        self.placeholder.setText(
            self.tr("Choose a record to read it.")
            if self.read_only
            else self.tr(
                "Choose a record, or press Ctrl+N to write a reflection "
                "(File > New for the others)."
            )
        )
        reader = self.session.reader
        where = self._filter()
        text = self.search.text()
        records = reader.search(text, where) if text.strip() else reader.records(where)
        share = self.share.currentData()
        if share is not None:
            records = [r for r in records if r.share is share]
        self.model.set_records(records, query_terms(text))
        self._show_log(reader)
        if records:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("Nothing matches.") if text.strip() else self.tr("No records here yet.")
            )
            self.empty.show()
        if self._current is not None:
            row = self.model.row_of(self._current.id)
            if row >= 0:
                self.list.selectionModel().blockSignals(True)
                self.list.setCurrentIndex(self.model.index(row))
                self.list.selectionModel().blockSignals(False)

    def _show_log(self, reader) -> None:
        """The Supervision section shows the supervision log above its notes."""
        show = self.type_filter is RecordType.SUPERVISION
        if show:
            self.log_view.show_log(
                supervision_log(
                    reader.records(),
                    date.today(),
                    include_private=True,
                    gap_weeks=gap_weeks(reader.settings()),
                )
            )
        self.log_view.setVisible(show)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.record_at(current.row())
        if record is not None and (self._current is None or record.id != self._current.id):
            self.open_record(record)

    # --- editing ------------------------------------------------------------------------

    def _discard_editor(self) -> None:
        editor, self._editor = self._editor, None
        self.identity_hint.hide()
        if editor is not None:
            self.editor_stack.removeWidget(editor)
            editor.setParent(None)  # gone from the window at once, freed soon after
            editor.deleteLater()

    def _show_editor(self, record_type: RecordType):
        if self._editor is not None:
            self._discard_editor()
        reader = self.session.reader
        editor = editor_for(record_type, reader.vocabulary, self)
        editor.set_known_tags(reader.all_tags())
        if hasattr(editor, "set_supervisors"):
            editor.set_supervisors(list(reader.settings().get("supervisors", [])))
        editor.edited.connect(self._on_edited)
        if self.read_only:
            _make_read_only(editor)
        self.editor_stack.addWidget(editor)
        self.editor_stack.setCurrentWidget(editor)
        self._editor = editor
        return editor

    def _can_leave(self) -> bool:
        """Save before the editor shows something else; if that fails the editor
        stays as it is (with the reason shown) so no typed text is dropped."""
        if self.save_now():
            return True
        self._reselect_current()
        return False

    def _reselect_current(self) -> None:
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        row = self.model.row_of(self._current.id) if self._current is not None else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.list.clearSelection()
        selection.blockSignals(False)

    def open_record(self, record: Record) -> None:
        if not self._can_leave():
            return
        editor = self._show_editor(record.type)
        editor.load(record, record.to_dict())
        if record.type is RecordType.SUPERVISION:
            editor.set_agenda_source(self._agenda_for, prefill=False)
        self._current, self._draft_type, self._dirty = record, None, False
        self.session.start_editing(record.id)
        self.error.hide()
        self._note_identifying_details(record)

    @property
    def read_only(self) -> bool:
        """The journal is open read-only: entries are shown, never changed."""
        return self.session.is_unlocked and self.session.reader.read_only

    def _refuse_read_only(self) -> None:
        self._show_error(
            self.tr("This journal is open read-only: nothing you change here can be saved.")
        )

    def new_record(self, record_type: RecordType, template: str | None = None) -> None:
        if self.read_only:
            self._refuse_read_only()
            return
        if not self._can_leave():
            return
        editor = self._show_editor(record_type)
        data = self.session.new_record_data(record_type, template)
        editor.load(None, data)
        if record_type is RecordType.SUPERVISION:
            # The agenda starts from what the worker marked "bring to supervision"
            # since the note before this one's date.
            editor.set_agenda_source(self._agenda_for, prefill=True)
        self._current, self._draft_type, self._dirty = None, record_type, False
        self.session.start_editing(None)
        self.list.clearSelection()
        self.error.hide()
        self._note_identifying_details(None)
        editor.setFocus()

    def _agenda_for(self, day: date) -> str:
        return agenda_text(self.session.reader.records(), on=day)

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
            self._changing = True  # the list is refreshed below, once the page is in step
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
            self._changing = False
        self._drop_draft()
        editor.mark_saved(record)
        self._current, self._draft_type, self._dirty = record, None, False
        self.error.hide()
        self._note_identifying_details(record)
        self.saved.emit(self.tr("Saved"))
        self.refresh()
        return True

    def _note_identifying_details(self, record: Record | None) -> None:
        """PRODUCT.md: people supported are named by initials or a pseudonym, and the
        editor says when an entry looks as if it names or identifies someone."""
        findings = []
        if record is not None:
            people, phrases = identity_allow_lists(self.session.reader.settings())
            texts = [("entry", text) for text in record.text_parts()]
            findings = check_texts(texts, people, phrases)
        if not findings:
            self.identity_hint.hide()
            self.identity_hint.clear()
            return
        shown = ", ".join(
            self.tr("“{text}” ({kind})").format(text=f.text, kind=KIND_LABELS[f.kind].lower())
            for f in findings[:3]
        )
        if len(findings) > 3:
            shown += " " + self.tr("and {n} more").format(n=len(findings) - 3)
        self.identity_hint.setText(
            self.tr(
                "This entry may identify someone: {found}. People you support are best "
                "named by initials or a pseudonym; a supervision pack checks again."
            ).format(found=shown)
        )
        self.identity_hint.show()

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
        self._changing = True
        try:
            self.session.delete(record.id)
        finally:
            self._changing = False
        self._drop_draft()  # text that could not be saved goes with the entry
        self._current = None
        self.editor_stack.setCurrentWidget(self.placeholder)
        self.refresh()
        return record

    def keep_unsaved_as_draft(self) -> None:
        """Before a lock: save, or keep what cannot be saved as an encrypted draft
        (save_now keeps it when the save fails)."""
        self.save_now()

    def _keep_draft(self) -> None:
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

    def _drop_draft(self) -> None:
        """The editor's text is saved: a draft kept of it is no longer needed."""
        try:
            self.session.apply(ClearDraft())
        except JournalError as exc:
            log.error("could not clear the draft: %s", type(exc).__name__)

    def restore_draft(self) -> bool:
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
        editor = self._show_editor(record_type)
        editor.load(record, data)
        if record_type is RecordType.SUPERVISION:
            editor.set_agenda_source(self._agenda_for, prefill=False)
        self._current, self._draft_type = record, record_type
        self._dirty = True
        self.session.start_editing(record.id if record is not None else None)
        # The draft stays in the vault until the text is saved (save_now drops it),
        # so a second crash before then loses nothing either.
        self._show_error(
            self.tr(
                "This text could not be saved before the journal locked or closed. "
                "It is back in the editor: check the highlighted field."
            )
        )
        return True

    def show_changes(self, changed: Changed) -> None:
        """Session.changed: a change made anywhere (a dialog, the actions board, undo)
        shows here, the open entry reloaded unless it holds unsaved typing. The page's
        own save or delete refreshes the list itself, once it is in step."""
        if self._changing or not changed.records or not self.session.is_unlocked:
            return
        if self._current is not None and self._current.id in changed.saved:
            self.record_changed_elsewhere(self._current.id)
        self.refresh()

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

    def clear(self) -> None:
        """Drop every decrypted thing this page shows (on lock)."""
        self._autosave.stop()
        self._search_timer.stop()
        self.model.clear()
        if self._editor is not None:
            self._editor.clear()
            self._discard_editor()
        self.editor_stack.setCurrentWidget(self.placeholder)
        self._note_identifying_details(None)
        self.search.clear()
        for combo in (self.tag, self.theme):
            combo.clear()
        self._current, self._draft_type, self._dirty = None, None, False
        self.error.hide()

    @property
    def current_record(self) -> Record | None:
        return self._current

    @property
    def editor(self):
        return self._editor
