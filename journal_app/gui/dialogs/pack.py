"""Build a supervision pack: the period, who it is for and what each entry shows in
it; a preview of exactly what will be written, the identifiable-information check,
then the export. Nothing here changes an entry: a level chosen in the table belongs
to this pack only."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import Record, RecordType, Share
from journal_app.errors import JournalError
from journal_app.export.html import render_html
from journal_app.gui.date_text import period_date_edit
from journal_app.gui.dialogs.pack_export import FORMAT_CHOICES, ask_where, confirm_findings
from journal_app.gui.messages import user_message, user_reason
from journal_app.gui.models.pack_entries import PackEntriesModel
from journal_app.gui.session import Session
from journal_app.gui.widgets.findings_list import FindingsList
from journal_app.gui.widgets.pack_actions_list import PackActionsList
from journal_app.gui.widgets.pack_entries_table import PackEntriesTable
from journal_app.gui.widgets.pack_preview import PackPreview
from journal_app.gui.widgets.vertical_scroll import VerticalScrollArea
from journal_app.gui.window_fit import keep_on_screen
from journal_app.gui.workers import LongWork
from journal_app.services.changes import ExportPack
from journal_app.services.identifiable import Finding, check_texts
from journal_app.services.journal import DISPLAY_NAME, SUPERVISORS
from journal_app.services.pack import (
    PackOptions,
    SupervisionPack,
    build_pack,
    in_period,
    pack_action_candidates,
)
from journal_app.services.record_rules import current_wellness_plan
from journal_app.services.supervision_log import gap_weeks
from journal_app.services.vocabulary import identity_allow_lists

log = logging.getLogger(__name__)

REBUILD_DELAY_MS = 250


def _clean(name: object) -> str:
    return " ".join(str(name or "").split())


def _months_before(day: date, months: int) -> date:
    return QDate(day.year, day.month, day.day).addMonths(-months).toPython()


def default_period(records: list[Record], today: date) -> tuple[date, date]:
    """From the day after the last supervision note (if one is within six months),
    else three months back; to today."""
    recent = _months_before(today, 6)
    notes = [r.date for r in records if r.type is RecordType.SUPERVISION and recent <= r.date]
    notes = [d for d in notes if d < today]
    start = max(notes) + timedelta(days=1) if notes else _months_before(today, 3)
    return start, today


EDIT_ENTRY = 2  # the dialog's result when the worker chose to edit an entry


@dataclass(frozen=True)
class PackState:
    start: date
    end: date
    recipient: str
    wellbeing: bool
    shares: dict[str, Share]
    left_out_actions: frozenset = frozenset()
    private_actions: frozenset = frozenset()
    layout: str = "compact"
    wellness_plan: bool = False


class PackDialog(QDialog):
    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        today: date | None = None,
        state: PackState | None = None,
    ) -> None:
        super().__init__(parent)
        # The title never carries journal content (SECURITY.md).
        self.setWindowTitle(self.tr("Supervision pack"))
        self.setAccessibleName(self.tr("Supervision pack"))
        self.session = session
        self.today = today or date.today()
        reader = session.reader
        personal = reader.settings()
        self._personal = personal
        self.worker = _clean(personal.get(DISPLAY_NAME))
        self.supervisors = [n for n in map(_clean, personal.get(SUPERVISORS) or []) if n]
        self.pack: SupervisionPack | None = None
        self.findings: list[Finding] = []
        self.edit_record_id = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)

        layout = QVBoxLayout(self)
        layout.addLayout(self._choices_row(reader.records(), self._last_recipient()))
        self.period_error = QLabel(self, objectName="period_error")
        self.period_error.setStyleSheet("color: #b00020;")
        self.period_error.setWordWrap(True)
        self.period_error.hide()
        layout.addWidget(self.period_error)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        # The notes and lists scroll up and down when large text fills the screen.
        split.addWidget(VerticalScrollArea(self._entries_panel()))
        split.addWidget(self._preview_panel())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([500, 600])
        layout.addWidget(split, 1)
        layout.addLayout(self._export_row())
        # About 1100x720 at the usual text size, larger with larger text: the tables
        # and the preview keep their rows. Or the screen, when that is smaller.
        line = self.fontMetrics().height()
        keep_on_screen(self, QSize(80 * line, 52 * line))

        session.locking.connect(self._forget)
        if state is not None:
            self._restore(state)
        self.rebuild()
        self.table.setFocus()

    # --- building ---------------------------------------------------------------------

    def _choices_row(self, records: list[Record], recipient: str) -> QGridLayout:
        start, end = default_period(records, self.today)
        self.date_from = self._date_edit(start, self.tr("Period from"))
        self.date_to = self._date_edit(end, self.tr("Period to"))
        self.recipient = QComboBox(self)
        self.recipient.setEditable(True)
        self.recipient.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.recipient.addItems(self.supervisors)
        self.recipient.setCurrentText(recipient)
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.lineEdit().setAccessibleName(self.tr("Recipient"))
        self.recipient.lineEdit().setPlaceholderText(self.tr("Your supervisor's name"))
        self.recipient.setMinimumContentsLength(18)
        self.recipient.editTextChanged.connect(self._changed)
        self.wellbeing = QCheckBox(self.tr("Include the &wellbeing chart"), self)
        self.wellbeing.setAccessibleName(self.tr("Include the wellbeing chart"))
        self.wellbeing.toggled.connect(self._changed)
        # Shown only when there is a plan: it never reaches a pack unless ticked here.
        self.wellness_plan = QCheckBox(self.tr("Include my Wellness Action &Plan"), self)
        self.wellness_plan.setObjectName("include_wellness_plan")
        self.wellness_plan.setAccessibleName(self.tr("Include my Wellness Action Plan"))
        self.wellness_plan.hide()
        self.wellness_plan.toggled.connect(self._wellness_plan_toggled)

        grid = QGridLayout()
        for column, (text, field) in enumerate(
            (
                (self.tr("&From:"), self.date_from),
                (self.tr("&To:"), self.date_to),
                (self.tr("&Recipient:"), self.recipient),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(field, 0, column * 2 + 1)
        # On a row of its own: beside the fields it made the dialog wider than a
        # 1280-pixel screen at twice the text size.
        ticks = QHBoxLayout()
        ticks.addWidget(self.wellbeing)
        ticks.addWidget(self.wellness_plan)
        ticks.addStretch(1)
        grid.addLayout(ticks, 1, 1, 1, 5)
        # The chart uses shared check-ins only; say so when private ones leave it bare.
        self.checkin_hint = QLabel(self, objectName="checkin_hint")
        self.checkin_hint.setWordWrap(True)
        self.chart_checkins = QPushButton(self.tr("&Chart their scores"), self)
        self.chart_checkins.setObjectName("chart_checkins")
        self.chart_checkins.setAccessibleName(
            self.tr("Share the private check-ins of this period as scores in the chart")
        )
        self.chart_checkins.clicked.connect(self._chart_private_checkins)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.checkin_hint, 1)
        hint_row.addWidget(self.chart_checkins)
        grid.addLayout(hint_row, 2, 0, 1, 6)
        self.checkin_hint.hide()
        self.chart_checkins.hide()
        grid.setColumnStretch(5, 1)
        return grid

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = period_date_edit(self, day, name)
        edit.dateChanged.connect(self._changed)
        return edit

    def _entries_panel(self) -> QWidget:
        panel = QWidget(self)
        heading = QLabel(self.tr("&Entries in this period"), panel)
        note = QLabel(
            self.tr(
                "Private entries never appear. Summary shows the date, type, title, themes, "
                "competence areas and your shared summary. Full shows everything, with a "
                "supervision note's actions. Disclosure decisions shared as a summary appear "
                "only as counts, check-ins only as scores in the chart. A change here applies "
                "to this pack only, never to the entry: press F2 (or P, S, F) to change a row."
            ),
            panel,
        )
        note.setWordWrap(True)
        self.entries = PackEntriesModel(self)
        self.entries.levels_changed.connect(self._changed)
        self.table = PackEntriesTable(self.entries, panel)
        self.table.setObjectName("pack_entries")
        self.table.setAccessibleName(self.tr("Entries in this period"))
        heading.setBuddy(self.table)
        self.no_entries = QLabel(self.tr("No entries in this period."), panel)
        self.no_entries.hide()

        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(note)
        column.addWidget(self.table, 1)
        column.addWidget(self.no_entries)
        actions_heading = QLabel(self.tr("&Actions in this pack"), panel)
        actions_note = QLabel(
            self.tr(
                "Open actions from every supervision note you share, from any period, and "
                "those done in this one. Untick one to leave it out of this pack; a private "
                "note's actions appear only if you tick them."
            ),
            panel,
        )
        actions_note.setWordWrap(True)
        self.actions_list = PackActionsList(panel)
        self.actions_list.setAccessibleName(self.tr("Actions in this pack"))
        self.actions_list.choices_changed.connect(self._changed)
        actions_heading.setBuddy(self.actions_list)
        column.addWidget(actions_heading)
        column.addWidget(actions_note)
        column.addWidget(self.actions_list)
        return panel

    def _preview_panel(self) -> QWidget:
        panel = QSplitter(Qt.Orientation.Vertical, self)
        panel.setChildrenCollapsible(False)
        top = QWidget(panel)
        heading = QLabel(self.tr("Pre&view: exactly what will be written"), top)
        self.preview = PackPreview(top)
        self.preview.setObjectName("pack_preview")
        self.preview.setAccessibleName(self.tr("Preview of the pack"))
        heading.setBuddy(self.preview)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(self.preview, 1)
        self.findings_list = FindingsList(panel)
        self.findings_list.finding_activated.connect(self._finding_activated)
        self.findings_list.current_changed.connect(self._finding_selected)
        self.edit_entry = QPushButton(self.tr("&Edit this entry"), self.findings_list)
        self.edit_entry.setObjectName("edit_entry")
        self.edit_entry.setAccessibleName(self.tr("Edit the entry this detail is in"))
        self.edit_entry.setEnabled(False)
        self.edit_entry.clicked.connect(self._edit_entry)
        self.findings_list.layout().addWidget(self.edit_entry, 0, Qt.AlignmentFlag.AlignRight)
        panel.addWidget(top)
        panel.addWidget(self.findings_list)
        panel.setStretchFactor(0, 3)
        panel.setStretchFactor(1, 1)
        panel.setSizes([460, 180])
        return panel

    def _export_row(self) -> QHBoxLayout:
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for fmt, (label, _filter, _suffix) in FORMAT_CHOICES.items():
            self.format.addItem(self.tr(label), fmt)
        format_label = QLabel(self.tr("F&ormat:"), self)
        format_label.setBuddy(self.format)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("export_pack")
        self.export_button.setAccessibleName(self.tr("Export the pack"))
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.export_button, close):
            button.setAutoDefault(False)  # Enter in a field must not export
        self.layout_choice = QComboBox(self)
        self.layout_choice.setObjectName("pack_layout")
        self.layout_choice.setAccessibleName(self.tr("Layout"))
        self.layout_choice.addItem(self.tr("Compact: each thing once"), "compact")
        self.layout_choice.addItem(self.tr("Complete: every detail"), "complete")
        self.layout_choice.currentIndexChanged.connect(self._changed)
        layout_label = QLabel(self.tr("La&yout:"), self)
        layout_label.setBuddy(self.layout_choice)
        row = QHBoxLayout()
        row.addWidget(layout_label)
        row.addWidget(self.layout_choice)
        row.addWidget(format_label)
        row.addWidget(self.format)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(close)
        return row

    # --- the pack ---------------------------------------------------------------------

    def options(self) -> PackOptions:
        return PackOptions(
            start=self.date_from.date().toPython(),
            end=self.date_to.date().toPython(),
            recipient=_clean(self.recipient.currentText()),
            worker=self.worker,
            include_wellbeing=self.wellbeing.isChecked(),
            include_wellness_plan=self.wellness_plan.isChecked(),
            shares=self.entries.shares(),
            prepared_on=self.today,
            layout=self.layout_choice.currentData() or "compact",
            gap_weeks=gap_weeks(self._personal),
            left_out_actions=frozenset(self.actions_list.left_out),
            private_actions=frozenset(self.actions_list.private_ticked),
        )

    def _changed(self, *_args: object) -> None:
        self._check_period()
        self._timer.start()  # restarts: one rebuild after the typing stops

    def _check_period(self) -> bool:
        ok = self.date_to.date() >= self.date_from.date()
        problem = self.tr(
            '"To" is before "From": choose a "To" date on or after the start of the period.'
        )
        self.period_error.setText("" if ok else problem)
        self.period_error.setVisible(not ok)
        self.date_to.setAccessibleDescription("" if ok else problem)
        self.export_button.setEnabled(ok and self.pack is not None)
        return ok

    def rebuild(self) -> None:
        """Rebuild the pack, its preview and the check from the current choices."""
        self._timer.stop()
        if not self.session.is_unlocked:
            return
        if not self._check_period():
            self._show_pack(None)
            return
        reader = self.session.reader
        options = self.options()
        records = reader.records()
        self.wellness_plan.setVisible(current_wellness_plan(records) is not None)
        self.entries.set_records(in_period(records, options))
        try:
            pack = build_pack(records, reader.vocabulary, options, reader.attachment_names())
            self.actions_list.show_actions(pack_action_candidates(records, options), options.end)
        except JournalError as exc:
            self._show_pack(None, user_message(exc))
            return
        self._show_pack(pack)

    def _show_pack(self, pack: SupervisionPack | None, problem: str = "") -> None:
        self.pack = pack
        self.export_button.setEnabled(pack is not None)
        if pack is None:
            self.entries.set_records([])
            self.no_entries.hide()
            self.preview.setPlainText(problem or self.tr("Correct the period to see the pack."))
            self.findings = []
            self.findings_list.clear()
            return
        self.no_entries.setVisible(self.entries.rowCount() == 0)
        self._show_checkin_hint()
        self.preview.show_page(render_html(pack.document))
        people, phrases = identity_allow_lists(self._personal, pack.options.recipient)
        self.findings = check_texts(pack.document.texts(), people, phrases)
        self.findings_list.show_findings(self.findings)

    def _private_checkin_rows(self) -> list[int]:
        records = [(row, self.entries.record_at(row)) for row in range(self.entries.rowCount())]
        return [
            row
            for row, record in records
            if record is not None
            and record.type is RecordType.CHECKIN
            and self.entries.level(record) is Share.PRIVATE
        ]

    def _show_checkin_hint(self) -> None:
        private = len(self._private_checkin_rows()) if self.wellbeing.isChecked() else 0
        if private:
            self.checkin_hint.setText(
                self.tr(
                    "{n} check-in(s) in this period are private, so the chart leaves them "
                    "out. Shared as a summary, a check-in gives only its scores to the chart."
                ).format(n=private)
            )
        self.checkin_hint.setVisible(bool(private))
        self.chart_checkins.setVisible(bool(private))

    def _wellness_plan_toggled(self, checked: bool) -> None:
        """Ticked, the plan joins the entries at once; a private plan is shared in full
        in this pack (the worker sees it in the list and can change it)."""
        self.rebuild()
        if not checked:
            return
        for row in range(self.entries.rowCount()):
            record = self.entries.record_at(row)
            if (
                record is not None
                and record.type is RecordType.WELLNESS_PLAN
                and self.entries.level(record) is Share.PRIVATE
            ):
                self.entries.set_level(row, Share.FULL)

    def _chart_private_checkins(self) -> None:
        for row in self._private_checkin_rows():
            self.entries.set_level(row, Share.SUMMARY)

    def _last_recipient(self) -> str:
        """Whom the last pack went to, else the first supervisor."""
        try:
            history = self.session.reader.share_history()
        except JournalError:
            history = []
        if history and history[0].recipient:
            return history[0].recipient
        return self.supervisors[0] if self.supervisors else ""

    def _restore(self, state: PackState) -> None:
        self.date_from.setDate(QDate(state.start))
        self.date_to.setDate(QDate(state.end))
        self.recipient.setCurrentText(state.recipient)
        self.wellbeing.setChecked(state.wellbeing)
        self.wellness_plan.setChecked(state.wellness_plan)
        self.entries.restore_choices(state.shares)
        self.actions_list.left_out = set(state.left_out_actions)
        self.actions_list.private_ticked = set(state.private_actions)
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(state.layout), 0))

    def _finding_record(self, row: int) -> str:
        """The id of the entry a finding is in ("" when it is in no one entry)."""
        if not 0 <= row < len(self.findings) or self.pack is None:
            return ""
        finding = self.findings[row]
        for record_id, where, text in self.pack.document.sources():
            if where == finding.where and finding.text in text:
                return record_id
        return ""

    def _finding_selected(self, row: int) -> None:
        self.edit_entry.setEnabled(bool(self._finding_record(row)))

    def _finding_activated(self, row: int) -> None:
        record_id = self._finding_record(row)
        for table_row in range(self.entries.rowCount()):
            record = self.entries.record_at(table_row)
            if record is not None and record.id == record_id:
                self.table.selectRow(table_row)
        self.preview.moveCursor(QTextCursor.MoveOperation.Start)
        if 0 <= row < len(self.findings) and self.preview.find(self.findings[row].text):
            self.preview.setFocus()

    def _edit_entry(self) -> None:
        """Close, keeping this pack's choices, so the main window opens the entry."""
        record_id = self._finding_record(self.findings_list.tree.currentIndex().row())
        if record_id:
            self.edit_record_id = record_id
            self.done(EDIT_ENTRY)

    def state(self) -> PackState:
        """The worker's choices, to open the dialog again as it was."""
        return PackState(
            self.date_from.date().toPython(),
            self.date_to.date().toPython(),
            self.recipient.currentText(),
            self.wellbeing.isChecked(),
            self.entries.shares(),
            frozenset(self.actions_list.left_out),
            frozenset(self.actions_list.private_ticked),
            self.layout_choice.currentData() or "compact",
            wellness_plan=self.wellness_plan.isChecked(),
        )

    # --- export -----------------------------------------------------------------------

    def export(self) -> LongWork[Path | None] | None:
        """Check, ask where, write and record the pack; the LongWork gives the file
        written (None when it was not). None when nothing was started."""
        if self._timer.isActive():
            self.rebuild()  # export exactly what the choices now say
        pack = self.pack
        if pack is None or not self._check_period():
            return None
        if self.findings and not confirm_findings(self, len(self.findings)):
            return None
        fmt = str(self.format.currentData())
        path = ask_where(self, fmt, pack.options) if self.session.is_unlocked else None
        if path is None or not self.session.is_unlocked:
            return None
        reader = self.session.reader

        def failed(exc: JournalError) -> None:
            QMessageBox.warning(self, self.tr("The pack was not written"), self._failure(exc))

        work = self.session.apply_long(
            ExportPack(pack, fmt, path), self, self.tr("Writing the supervision pack…")
        )
        return work.then(lambda _entry: self._written(path, reader), failed, JournalError)

    def _written(self, path: Path, reader) -> Path:
        if reader.keeps_share_history:
            done = self.tr(
                "The pack was written to {name}. File > Share history lists what you have shared."
            )
        else:
            done = self.tr(
                "The pack was written to {name}. This journal is open read-only, so the "
                "pack is not in its share history."
            )
        QMessageBox.information(
            self, self.tr("Supervision pack written"), done.format(name=path.name)
        )
        self.accept()
        return path

    def _failure(self, exc: JournalError) -> str:
        return self.tr("{reason}\n\nYour journal is unchanged; you can try again.").format(
            reason=user_reason(exc)
        )

    def _forget(self) -> None:
        """On lock: drop every piece of journal text this dialog holds, and close."""
        self._timer.stop()
        self.pack, self.findings = None, []
        self.preview.clear()
        self.findings_list.clear()
        self.entries.set_records([])
        self.reject()
