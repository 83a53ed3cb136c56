"""What the worker has shared: every supervision pack exported, newest first, and the
entries each one held (read-only)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import Record
from journal_app.errors import RecordDamaged, RecordNotFound
from journal_app.gui.date_text import date_text, moment_text
from journal_app.gui.models.pack_entries import short_date
from journal_app.gui.models.record_list import TYPE_NAMES
from journal_app.gui.models.share_contents import ShareContentsModel
from journal_app.gui.session import Session
from journal_app.gui.window_fit import keep_on_screen
from journal_app.services.share_history import DEVELOPMENT_RECORD, ShareEntry

# Marked for lupdate here; translated where shown.
FORMAT_NAMES = {
    "pdf": QT_TRANSLATE_NOOP("ShareHistoryDialog", "PDF"),
    "odt": QT_TRANSLATE_NOOP("ShareHistoryDialog", "ODT"),
    "html": QT_TRANSLATE_NOOP("ShareHistoryDialog", "HTML"),
    "md": QT_TRANSLATE_NOOP("ShareHistoryDialog", "Markdown"),
}


def local_time(when: datetime) -> str:
    """A UTC moment in the computer's time zone, e.g. "23 Nov 2026, 14:05"."""
    return moment_text(when)


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    _set_up(table, name)
    return table


def _set_up(table: QTableView, name: str) -> None:
    parent = table.parentWidget()
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _fill_row(table: QTableWidget, row: int, cells: list[str]) -> None:
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setToolTip(text)  # the whole text where a narrow column shortens it
        table.setItem(row, column, item)


class ShareHistoryDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share history"))
        self.setAccessibleName(self.tr("Share history"))
        self.session = session
        self.entries: list[ShareEntry] = session.reader.share_history()

        intro = QLabel(
            self.tr(
                "Every supervision pack and development record you exported, newest "
                "first. Only the file's name is kept here, not where you saved it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = _table(
            self,
            [
                self.tr("When"),
                self.tr("To"),
                self.tr("Period"),
                self.tr("Format"),
                self.tr("Entries"),
                self.tr("File"),
            ],
            self.tr("Packs shared"),
        )
        self.table.setObjectName("share_history")
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            _fill_row(self.table, row, self._cells(entry))
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)
        # The file's name takes the room that is left, shortened in the middle when
        # long, rather than pushing the table into a sideways scroll.
        last = self.table.columnCount() - 1
        self.table.horizontalHeader().setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        lower = QWidget(self)
        self.contents_label = QLabel(self.tr("Entries in the selected pack:"), lower)
        self.contents = QTableView(lower)
        self.contents_model = ShareContentsModel(
            [self.tr("Date"), self.tr("Type"), self.tr("Title"), self.tr("Shared as")], self
        )
        self.contents.setModel(self.contents_model)
        _set_up(self.contents, self.tr("Entries in the selected pack"))
        self.contents.setObjectName("share_contents")
        self._fit_contents_columns()
        self.contents_label.setBuddy(self.contents)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.contents_label)
        column.addWidget(self.contents, 1)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        self.split.addWidget(lower)

        self.empty = QLabel(
            self.tr("Nothing shared yet. Supervision packs you export are listed here."), self
        )
        self.empty.setObjectName("share_history_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        self.split.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        # Wide enough for the table's columns (and some of the file's name) at any
        # text size, tall enough for both tables, or the screen when that is smaller.
        columns = sum(self.table.columnWidth(c) for c in range(self.table.columnCount() - 1))
        line = self.fontMetrics().lineSpacing()
        needed = columns + 16 * self.fontMetrics().averageCharWidth() + 4 * line
        keep_on_screen(self, QSize(max(820, needed), max(560, 36 * line)))

        self.table.itemSelectionChanged.connect(self._show_contents)
        session.locking.connect(self._forget)
        if self.entries:
            self.table.selectRow(0)
            self.table.setFocus()

    def _cells(self, entry: ShareEntry) -> list[str]:
        period = self.tr("{start} to {end}").format(
            start=short_date(entry.start), end=short_date(entry.end)
        )
        fmt = self.tr(FORMAT_NAMES[entry.format]) if entry.format in FORMAT_NAMES else entry.format
        if entry.document == DEVELOPMENT_RECORD:
            fmt = self.tr("{format}, development record").format(format=fmt)
        return [
            local_time(entry.when),
            entry.recipient or self.tr("(not named)"),
            period,
            fmt,
            str(len(entry.record_ids)),
            entry.file_name,
        ]

    def _fit_contents_columns(self) -> None:
        """The date, type and level columns as wide as their widest possible value (not
        their rows': a pack can hold thousands); the title takes the rest."""
        metrics = self.contents.fontMetrics()
        values = (
            [date_text(date(2028, month, 28)) for month in range(1, 13)],
            [QCoreApplication.translate("RecordListModel", name) for name in TYPE_NAMES.values()],
            [],
            [self.tr("Summary"), self.tr("Full")],
        )
        header = self.contents.horizontalHeader()
        for column, texts in enumerate(values):
            if not texts:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            widest = max(map(metrics.horizontalAdvance, texts)) + 2 * metrics.averageCharWidth()
            header.resizeSection(column, max(widest, header.sectionSizeHint(column)))

    def _show_contents(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.entries[rows[0].row()] if rows else None
        found, missing = self._held(entry) if entry is not None else ([], [])
        level_of = (lambda record_id: self._level(entry, record_id)) if entry else None
        self.contents_model.show_rows(found, missing, level_of or (lambda _record_id: ""))

    def contents_of(self, entry: ShareEntry) -> list[list[str]]:
        """Date, type and title of each entry the pack held, by date; entries that no
        longer exist are listed as deleted (the history keeps their ids only)."""
        found, missing = self._held(entry)
        model = ShareContentsModel([""] * 4)
        model.show_rows(found, missing, lambda record_id: self._level(entry, record_id))
        return [model.cells(row) for row in range(model.rowCount())]

    def _held(self, entry: ShareEntry) -> tuple[list[Record], list[list[str]]]:
        """The entries `entry`'s pack held that still exist, by date, and the cells of
        those that do not."""
        reader = self.session.reader
        found, missing = [], []
        for record_id in entry.record_ids:
            try:
                record = reader.get(record_id)
            except RecordNotFound:
                missing.append(["", "", self.tr("(deleted)"), self._level(entry, record_id)])
                continue
            except RecordDamaged:
                missing.append(
                    ["", "", self.tr("(damaged, cannot be read)"), self._level(entry, record_id)]
                )
                continue
            found.append(record)
        found.sort(key=lambda r: (r.date, r.created))
        return found, missing

    def _level(self, entry: ShareEntry, record_id: str) -> str:
        """How much of the entry went out (older history entries did not say)."""
        names = {"summary": self.tr("Summary"), "full": self.tr("Full")}
        return names.get(entry.levels.get(record_id, ""), "")

    def _forget(self) -> None:
        """On lock: drop the titles shown, and close."""
        self.contents_model.show_rows([], [], lambda _record_id: "")
        self.table.setRowCount(0)
        self.entries = []
        self.reject()
