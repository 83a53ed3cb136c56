"""The right of the pack dialog: the preview of exactly what will be written, and
below it the possible identifying details found in it, each leading to the entry it
is in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from journal_app.export.document import Document
from journal_app.export.html_parts import html_parts
from journal_app.gui.widgets.findings_list import FindingsList
from journal_app.gui.widgets.pack_preview import PackPreview
from journal_app.services.identifiable import Finding


class PackPreviewPanel(QSplitter):
    """The preview over the findings. Emits `entry_found` with the id of the entry an
    activated finding is in ("" when it is in no one entry), and `edit_requested` with
    the entry's id when "Edit this entry" is pressed."""

    entry_found = Signal(str)
    edit_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setChildrenCollapsible(False)
        self.findings: list[Finding] = []
        self.checking = False  # the check of the pack shown is still running
        self._document: Document | None = None
        top = QWidget(self)
        heading = QLabel(self.tr("Pre&view: exactly what will be written"), top)
        self.preview = PackPreview(top)
        self.preview.setObjectName("pack_preview")
        self.preview.setAccessibleName(self.tr("Preview of the pack"))
        heading.setBuddy(self.preview)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(self.preview, 1)
        self.findings_list = FindingsList(self)
        self.findings_list.finding_activated.connect(self._finding_activated)
        self.findings_list.current_changed.connect(self._finding_selected)
        self.edit_entry = QPushButton(self.tr("&Edit this entry"), self.findings_list)
        self.edit_entry.setObjectName("edit_entry")
        self.edit_entry.setAccessibleName(self.tr("Edit the entry this detail is in"))
        self.edit_entry.setEnabled(False)
        self.edit_entry.clicked.connect(self._edit_clicked)
        self.findings_list.layout().addWidget(self.edit_entry, 0, Qt.AlignmentFlag.AlignRight)
        self.addWidget(top)
        self.addWidget(self.findings_list)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setSizes([460, 180])

    def show_pack(self, document: Document, findings: list[Finding] | None) -> None:
        """Show the pack and its findings; None while the check is still running
        (`show_findings` gives them)."""
        self._document = document
        self.preview.show_parts(html_parts(document))
        if findings is None:
            self.findings, self.checking = [], True
            self.findings_list.show_checking()
            self.edit_entry.setEnabled(False)
        else:
            self.show_findings(findings)

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings, self.checking = findings, False
        self.findings_list.show_findings(findings)

    def show_problem(self, text: str) -> None:
        """No pack to show: `text` says why."""
        self._document, self.findings, self.checking = None, [], False
        self.preview.setPlainText(text)
        self.findings_list.clear()

    def clear(self) -> None:
        """Drop every piece of the pack's text (on lock)."""
        self._document, self.findings, self.checking = None, [], False
        self.preview.clear()
        self.findings_list.clear()

    def finding_record(self, row: int) -> str:
        """The id of the entry a finding is in ("" when it is in no one entry)."""
        if not 0 <= row < len(self.findings) or self._document is None:
            return ""
        finding = self.findings[row]
        for record_id, where, text in self._document.sources():
            if where == finding.where and finding.text in text:
                return record_id
        return ""

    def _finding_selected(self, row: int) -> None:
        self.edit_entry.setEnabled(bool(self.finding_record(row)))

    def _finding_activated(self, row: int) -> None:
        self.entry_found.emit(self.finding_record(row))
        self.preview.finish()  # the whole page, to find the detail in
        self.preview.moveCursor(QTextCursor.MoveOperation.Start)
        if 0 <= row < len(self.findings) and self.preview.find(self.findings[row].text):
            self.preview.setFocus()

    def _edit_clicked(self) -> None:
        record_id = self.finding_record(self.findings_list.tree.currentIndex().row())
        if record_id:
            self.edit_requested.emit(record_id)
