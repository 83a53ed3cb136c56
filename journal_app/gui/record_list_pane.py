"""The left side of the records page: search, filters, the supervision log (in the
Supervision section) and the list of entries as cards."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import Record, RecordType, Share
from journal_app.gui.date_text import EDIT_FORMAT
from journal_app.gui.models.record_list import TYPE_NAMES, RecordListModel
from journal_app.gui.widgets.flow_layout import FlowLayout, fixed_height_for_width
from journal_app.gui.widgets.record_card import RecordCardDelegate
from journal_app.gui.widgets.shown_text_combo import ShownTextCombo
from journal_app.gui.widgets.spoken_label import spoken_label
from journal_app.gui.widgets.supervision_log_view import SupervisionLogView
from journal_app.services.journal import RecordFilter
from journal_app.services.supervision_log import gap_weeks, supervision_log

SEARCH_DELAY_MS = 150


class RecordListPane(QWidget):
    """`filters_changed`: the search or a filter changed (the search after a pause in
    typing); `chosen`: the worker moved to another entry in the list;
    `edit_requested`: Enter or a double-click on an entry."""

    filters_changed = Signal()
    chosen = Signal(object)  # Record
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Search every word you wrote (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        # Each as wide as the choice it shows (never "Any kind of en…"), not as its
        # longest: the filter row below wraps, and the open list is wide enough to read.
        self.kind = ShownTextCombo(self, objectName="filter_kind")
        self.tag = ShownTextCombo(self, objectName="filter_tag")
        self.theme = ShownTextCombo(self, objectName="filter_theme")
        self.share = ShownTextCombo(self, objectName="filter_share")
        self.use_dates = QCheckBox(self.tr("Dates"), objectName="filter_use_dates")
        self.date_from = QDateEdit(objectName="filter_from", calendarPopup=True)
        self.date_to = QDateEdit(objectName="filter_to", calendarPopup=True)
        # No label on screen: a screen reader reads these (on Linux, from a hidden buddy).
        spoken_label(self.kind, self.tr("Filter by kind of entry"))
        spoken_label(self.tag, self.tr("Filter by tag"))
        spoken_label(self.theme, self.tr("Filter by theme"))
        spoken_label(self.share, self.tr("Filter by share level"))
        for widget, name in (
            (self.use_dates, self.tr("Filter by date range")),
            (self.date_from, self.tr("From date")),
            (self.date_to, self.tr("To date")),
        ):
            widget.setAccessibleName(name)
        # The Timeline's own filter; a section of one kind (Reflections) hides it.
        self.kind.addItem(self.tr("Any kind of entry"), None)
        for record_type, name in TYPE_NAMES.items():
            self.kind.addItem(QCoreApplication.translate("RecordListModel", name), record_type)
        self.share.addItem(self.tr("Any share level"), None)
        for share, label in (
            (Share.PRIVATE, self.tr("Private")),
            (Share.SUMMARY, self.tr("Summary")),
            (Share.FULL, self.tr("Full")),
        ):
            self.share.addItem(label, share)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(EDIT_FORMAT)  # as in the editors
        today = QDate.currentDate()
        self.date_from.setDate(today.addMonths(-3))
        self.date_to.setDate(today)

        # The filters wrap onto more lines as the text grows or the column narrows, so
        # the list column never needs more width than its widest filter.
        filters = QWidget(self, objectName="filters")
        flow = FlowLayout(filters)
        flow.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.kind,
            self.tag,
            self.theme,
            self.share,
            self.use_dates,
            self.date_from,
            QLabel("–"),
            self.date_to,
        ):
            flow.addWidget(widget)
        fixed_height_for_width(filters)

        self.model = RecordListModel(self)
        self.list = QListView(objectName="record_list")
        self.list.setAccessibleName(self.tr("Records"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(RecordCardDelegate(self.list))
        self.list.setUniformItemSizes(True)  # every card is one height
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.list.installEventFilter(self)
        self.list.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        self.empty = QLabel(objectName="empty_hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.log_view = SupervisionLogView()
        self.log_view.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(filters)
        layout.addWidget(self.log_view)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.kind, self.tag, self.theme, self.share):
            combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.use_dates.toggled.connect(lambda _b: self.filters_changed.emit())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(
                lambda _d: self.use_dates.isChecked() and self.filters_changed.emit()
            )
        self.list.selectionModel().currentChanged.connect(self._current_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on an entry in the list opens it for editing."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.key() in keys and self.list.currentIndex().isValid():
                self.edit_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.record_at(current.row())
        if record is not None:
            self.chosen.emit(record)

    # --- filters ----------------------------------------------------------------------

    def fill_filters(self, tags: list[str], themes: dict[str, str]) -> None:
        for combo, first, items in (
            (self.tag, self.tr("Any tag"), [(t, t) for t in tags]),
            (self.theme, self.tr("Any theme"), [(v, k) for k, v in themes.items()]),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.blockSignals(False)

    def record_filter(self, record_type: RecordType | None) -> RecordFilter:
        """The filters as chosen; `record_type` is the section's kind (None: the
        Timeline, where the kind filter chooses)."""
        if record_type is None and self.kind.currentData():
            # Qt hands the item's data back as a plain str, never as the type put in.
            record_type = RecordType(self.kind.currentData())
        where = RecordFilter(
            type=record_type, tag=self.tag.currentData(), theme=self.theme.currentData()
        )
        if self.use_dates.isChecked():
            where.date_from = self.date_from.date().toPython()
            where.date_to = self.date_to.date().toPython()
        return where

    def share_choice(self) -> Share | None:
        # Qt hands the item's data back as a plain str, never as the Share put in.
        value = self.share.currentData()
        return Share(value) if value else None

    # --- the list -----------------------------------------------------------------------

    def show_records(
        self, records: list[Record], terms: list[str], searching: bool, complete: bool = True
    ) -> None:
        """`complete` False: a search's partial answer (the newest entries' hits while
        the search index builds), said under the list until the whole answer comes;
        or, with no records and no search, the journal still opening."""
        self.model.set_records(records, terms)
        if not complete:
            self.empty.setText(
                self.tr("Searching older entries…") if records or searching
                else self.tr("Opening your entries…")
            )  # fmt: skip
            self.empty.show()
        elif records:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("Nothing matches.") if searching else self.tr("No records here yet.")
            )
            self.empty.show()

    def show_log(self, reader, record_type: RecordType | None) -> None:
        """The Supervision section shows the supervision log above its notes; only the
        Timeline (no kind of its own) shows the kind filter."""
        self.kind.setVisible(record_type is None)
        show = record_type is RecordType.SUPERVISION
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

    def select(self, record_id: str | None) -> None:
        """Mark `record_id` as the current entry (or none) without telling anyone."""
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        row = self.model.row_of(record_id) if record_id is not None else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())
        selection.blockSignals(False)

    def clear(self) -> None:
        """Drop every decrypted thing shown (on lock)."""
        self._search_timer.stop()
        self.model.clear()
        self.search.clear()
        self._search_timer.stop()  # clearing the search started it
        for combo in (self.tag, self.theme):
            combo.clear()
