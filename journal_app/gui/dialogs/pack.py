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
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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
from journal_app.gui.dialogs.pack_export import FORMAT_CHOICES, ask_where, confirm_findings
from journal_app.gui.file_written import tell_written
from journal_app.gui.messages import user_message, user_reason
from journal_app.gui.pack_check import PackCheck
from journal_app.gui.session import Session
from journal_app.gui.widgets.pack_choices import PackChoices
from journal_app.gui.widgets.pack_entries_panel import PackEntriesPanel
from journal_app.gui.widgets.pack_preview_panel import PackPreviewPanel
from journal_app.gui.widgets.vertical_scroll import VerticalScrollArea
from journal_app.gui.window_fit import keep_on_screen
from journal_app.gui.workers import LongWork
from journal_app.services.changes import Changed, ExportPack
from journal_app.services.identifiable import Finding, course_titles
from journal_app.services.journal import DISPLAY_NAME, SUPERVISORS
from journal_app.services.pack import (
    PackOptions,
    SupervisionPack,
    build_pack,
    in_period,
)
from journal_app.services.pack_source import PackSource
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
        self.edit_record_id = ""
        self.check = PackCheck(self)  # the identifying details check (gui/pack_check.py)
        self.check.found.connect(self._checked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)

        self._source: PackSource | None = None  # the journal, read once (see source)
        start, end = default_period(self.source().notes, self.today)
        self.choices = PackChoices(start, end, self.supervisors, self._last_recipient(), self)
        self.choices.changed.connect(self._changed)
        self.choices.wellness_plan.toggled.connect(self._wellness_plan_toggled)
        self.choices.chart_checkins.clicked.connect(self._chart_private_checkins)
        # The widgets the tests and the keyboard scenes reach by name.
        self.date_from, self.date_to = self.choices.date_from, self.choices.date_to
        self.recipient, self.wellbeing = self.choices.recipient, self.choices.wellbeing
        self.wellness_plan, self.period_error = (
            self.choices.wellness_plan,
            self.choices.period_error,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.choices)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.entries_panel = PackEntriesPanel(self)
        self.entries_panel.changed.connect(self._changed)
        self.entries, self.table = self.entries_panel.entries, self.entries_panel.table
        self.actions_list = self.entries_panel.actions_list
        # The notes and lists scroll up and down when large text fills the screen.
        split.addWidget(VerticalScrollArea(self.entries_panel))
        self.preview_panel = PackPreviewPanel(self)
        self.preview_panel.entry_found.connect(self.entries_panel.select_record)
        self.preview_panel.edit_requested.connect(self._edit_entry)
        self.preview, self.edit_entry = self.preview_panel.preview, self.preview_panel.edit_entry
        self.findings_list = self.preview_panel.findings_list
        split.addWidget(self.preview_panel)
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
        session.changed.connect(self._journal_changed)
        if state is not None:
            self._restore(state)
        self.rebuild()
        self.table.setFocus()

    # --- building ---------------------------------------------------------------------

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
            start=self.choices.start(),
            end=self.choices.end(),
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
        ok = self.choices.check_period()
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
        source = self.source()
        self.wellness_plan.setVisible(current_wellness_plan(source.plans) is not None)
        self.entries.set_records(in_period(source, options))
        try:
            pack = build_pack(source, reader.vocabulary, options, reader.attachment_names())
            self.actions_list.show_actions(pack.candidates, options.end)
        except JournalError as exc:
            self._show_pack(None, user_message(exc))
            return
        self._show_pack(pack)

    def source(self) -> PackSource:
        """The journal's records as the pack reads them: sorted out once, not at each
        rebuild (at 100,000 entries each walk over them all took a noticeable time)."""
        if self._source is None:
            self._source = PackSource(self.session.reader.records())
        return self._source

    def _journal_changed(self, changed: Changed) -> None:
        if changed.records or changed.settings or changed.attachments:
            self._source = None  # read again at the next rebuild
            self._timer.start()

    def _show_pack(self, pack: SupervisionPack | None, problem: str = "") -> None:
        self.pack = pack
        self.export_button.setEnabled(pack is not None)
        if pack is None:
            self.entries.set_records([])
            self.entries_panel.no_entries.hide()
            self.preview_panel.show_problem(
                problem or self.tr("Correct the period to see the pack.")
            )
            return
        self.entries_panel.no_entries.setVisible(self.entries.rowCount() == 0)
        self._show_checkin_hint()
        people, phrases = identity_allow_lists(self._personal, pack.options.recipient)
        titles = course_titles(self.source().courses)
        texts = list(pack.document.texts())
        # On a worker for a large pack: its findings follow (self.check.found).
        self.preview_panel.show_pack(
            pack.document, self.check.start(texts, people, phrases, titles)
        )

    def _checked(self, findings: list[Finding]) -> None:
        if self.pack is not None:
            self.preview_panel.show_findings(findings)

    def _finish_check(self) -> None:
        """The check of the pack shown, here and now, if the worker has not answered."""
        findings = self.check.finish()
        if findings is not None and self.pack is not None:
            self.preview_panel.show_findings(findings)

    @property
    def findings(self) -> list[Finding]:
        """The possible identifying details in the pack shown."""
        return self.preview_panel.findings

    def _show_checkin_hint(self) -> None:
        private = self.entries_panel.private_rows(RecordType.CHECKIN)
        self.choices.show_checkin_hint(len(private) if self.wellbeing.isChecked() else 0)

    def _wellness_plan_toggled(self, checked: bool) -> None:
        """Ticked, the plan joins the entries at once; a private plan is shared in full
        in this pack (the worker sees it in the list and can change it)."""
        self.rebuild()
        if checked:
            plans = self.entries_panel.private_rows(RecordType.WELLNESS_PLAN)
            self.entries_panel.share_rows(plans, Share.FULL)

    def _chart_private_checkins(self) -> None:
        private = self.entries_panel.private_rows(RecordType.CHECKIN)
        self.entries_panel.share_rows(private, Share.SUMMARY)

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
        self.choices.set_period(state.start, state.end)
        self.recipient.setCurrentText(state.recipient)
        self.wellbeing.setChecked(state.wellbeing)
        self.wellness_plan.setChecked(state.wellness_plan)
        self.entries.restore_choices(state.shares)
        self.actions_list.left_out = set(state.left_out_actions)
        self.actions_list.private_ticked = set(state.private_actions)
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(state.layout), 0))

    def _edit_entry(self, record_id: str) -> None:
        """Close, keeping this pack's choices, so the main window opens the entry."""
        self.edit_record_id = record_id
        self.done(EDIT_ENTRY)

    def state(self) -> PackState:
        """The worker's choices, to open the dialog again as it was."""
        return PackState(
            self.choices.start(),
            self.choices.end(),
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
        self._finish_check()  # never export unchecked
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
            note = self.tr("File > Share history lists what you have shared.")
        else:
            note = self.tr(
                "This journal is open read-only, so the pack is not in its share history."
            )
        tell_written(
            self,
            self.tr("Supervision pack written"),
            self.tr("The pack was written to this file:"),
            path,
            note,
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
        self.check.forget()  # and a check still running is not wanted now
        self.pack, self._source = None, None
        self.preview_panel.clear()
        self.entries.set_records([])
        self.reject()
