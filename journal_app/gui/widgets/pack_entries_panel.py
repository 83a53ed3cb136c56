"""The left of the pack dialog: the period's entries, each with the level it has in
this pack (a change here is for this pack only, never the entry), and the
supervision actions the pack will carry."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journal_app.domain.records import RecordType, Share
from journal_app.gui.models.pack_entries import PackEntriesModel
from journal_app.gui.widgets.pack_actions_list import PackActionsList
from journal_app.gui.widgets.pack_entries_table import PackEntriesTable


class PackEntriesPanel(QWidget):
    """Emits `changed` when a level or an action's tick changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading, note = self._heading(
            self.tr("&Entries in this period"),
            self.tr(
                "Private entries never appear. Summary shows the date, type, title, themes, "
                "competence areas and your shared summary. Full shows everything, with a "
                "supervision note's actions. Disclosure decisions shared as a summary appear "
                "only as counts, check-ins only as scores in the chart. A change here applies "
                "to this pack only, never to the entry: press F2 (or P, S, F) to change a row."
            ),
        )
        self.entries = PackEntriesModel(self)
        self.entries.levels_changed.connect(self.changed)
        self.table = PackEntriesTable(self.entries, self)
        self.table.setObjectName("pack_entries")
        self.table.setAccessibleName(self.tr("Entries in this period"))
        heading.setBuddy(self.table)
        self.no_entries = QLabel(self.tr("No entries in this period."), self)
        self.no_entries.hide()

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(note)
        column.addWidget(self.table, 1)
        column.addWidget(self.no_entries)
        actions_heading, actions_note = self._heading(
            self.tr("&Actions in this pack"),
            self.tr(
                "Open actions from every supervision note you share, from any period, and "
                "those done in this one. Untick one to leave it out of this pack; a private "
                "note's actions appear only if you tick them."
            ),
        )
        self.actions_list = PackActionsList(self)
        self.actions_list.setAccessibleName(self.tr("Actions in this pack"))
        self.actions_list.choices_changed.connect(self.changed)
        actions_heading.setBuddy(self.actions_list)
        column.addWidget(actions_heading)
        column.addWidget(actions_note)
        column.addWidget(self.actions_list)

    def _heading(self, heading: str, note: str) -> tuple[QLabel, QLabel]:
        """A list's heading (its buddy set later) and the note under it."""
        label = QLabel(heading, self)
        below = QLabel(note, self)
        below.setWordWrap(True)
        return label, below

    def private_rows(self, record_type: RecordType) -> list[int]:
        """The rows of `record_type` that are private in this pack."""
        rows = []
        for row in range(self.entries.rowCount()):
            record = self.entries.record_at(row)
            if (
                record is not None
                and record.type is record_type
                and self.entries.level(record) is Share.PRIVATE
            ):
                rows.append(row)
        return rows

    def share_rows(self, rows: list[int], level: Share) -> None:
        for row in rows:
            self.entries.set_level(row, level)

    def select_record(self, record_id: str) -> None:
        for row in range(self.entries.rowCount()):
            record = self.entries.record_at(row)
            if record is not None and record.id == record_id:
                self.table.selectRow(row)
