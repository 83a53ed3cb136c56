"""File > Export development record: training, development goals and competence
coverage for any period, for an appraisal or a job application. The period, who it
is for and the format; what it will hold, in a line; the identifiable-information
check as the pack has it; a note that the file is not encrypted; then the export
(services.development_record, recorded in the share history like a pack). Entries
show at their own share level: a private entry never appears."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import RecordType
from journal_app.errors import JournalError
from journal_app.gui.confirm import go_on_anyway
from journal_app.gui.date_text import period_date_edit
from journal_app.gui.dialogs.pack_export import FORMAT_CHOICES, ask_where
from journal_app.gui.file_written import tell_written
from journal_app.gui.messages import user_message, user_reason
from journal_app.gui.session import Session
from journal_app.gui.widgets.period_error import PeriodError
from journal_app.gui.window_fit import keep_on_screen
from journal_app.gui.workers import LongWork
from journal_app.services.changes import ExportDevelopmentRecord
from journal_app.services.coverage import year_before
from journal_app.services.development_record import (
    DevelopmentOptions,
    DevelopmentRecord,
    build_development_record,
)
from journal_app.services.identifiable import (
    KIND_LABELS,
    Finding,
    check_texts,
    course_titles,
)
from journal_app.services.journal import DISPLAY_NAME
from journal_app.services.pack_source import PackSource
from journal_app.services.vocabulary import identity_allow_lists

log = logging.getLogger(__name__)


class DevelopmentRecordDialog(QDialog):
    def __init__(
        self, session: Session, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        # The title never carries journal content (SECURITY.md).
        self.setWindowTitle(self.tr("Development record"))
        self.setAccessibleName(self.tr("Development record"))
        self.session = session
        self.today = today or date.today()
        self._personal = session.reader.settings()
        self.worker = " ".join(str(self._personal.get(DISPLAY_NAME) or "").split())
        self.record: DevelopmentRecord | None = None
        self.findings: list[Finding] = []
        # The journal sorted out once (services/pack_source.py): at 100,000 entries
        # each rebuild walked them all twice.
        self._source: PackSource | None = None
        # Typing who it is for rebuilds once the typing stops, not at each key.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.rebuild)

        intro = QLabel(
            self.tr(
                "Your training, development goals and competence coverage for any period, "
                "for an appraisal or a job application. Each entry shows at its own share "
                "level (Summary or Full); private entries are never included (private "
                "training is only counted)."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._choices())
        self.period_error = PeriodError(self)
        layout.addWidget(self.period_error)
        self.contents = QLabel(self, objectName="record_contents")
        self.contents.setWordWrap(True)
        self.contents.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.contents)
        self.findings_heading = QLabel(self, objectName="findings_heading")
        self.findings_heading.setWordWrap(True)
        self.findings_list = QListWidget(self)
        self.findings_list.setObjectName("findings")
        self.findings_list.setAccessibleName(self.tr("Possible identifying details"))
        self.findings_list.setWordWrap(True)  # each finding read whole, no sideways scroll
        self.findings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.findings_heading)
        layout.addWidget(self.findings_list, 1)
        note = QLabel(
            self.tr(
                "The file you export is not encrypted: anyone who has it can read it. "
                "Keep it somewhere safe, and delete it when it has done its job."
            ),
            self,
            objectName="not_encrypted_note",
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(self._buttons())
        keep_on_screen(self, QSize(640, 460))

        session.locking.connect(self._forget)
        session.changed.connect(self._journal_changed)
        self.rebuild()

    def _choices(self) -> QGridLayout:
        start = year_before(self.today)
        self.date_from = self._date_edit(start, self.tr("Period from"))
        self.date_to = self._date_edit(self.today, self.tr("Period to"))
        self.recipient = QLineEdit(self)
        self.recipient.setAccessibleName(self.tr("Prepared for"))
        self.recipient.setPlaceholderText(self.tr("For example: my appraisal"))
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for fmt, (label, _filter, _suffix) in FORMAT_CHOICES.items():
            self.format.addItem(self.tr(label), fmt)
        self.recipient.textChanged.connect(self._typing.start)
        grid = QGridLayout()
        for row, (text, field) in enumerate(
            (
                (self.tr("&From:"), self.date_from),
                (self.tr("&To:"), self.date_to),
                (self.tr("&Prepared for:"), self.recipient),
                (self.tr("F&ormat:"), self.format),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = period_date_edit(self, day, name)
        edit.dateChanged.connect(self.rebuild)
        return edit

    def _buttons(self) -> QHBoxLayout:
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("export_development_record")
        self.export_button.setAccessibleName(self.tr("Export the development record"))
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.export_button, close):
            button.setAutoDefault(False)  # Enter in a field must not export
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(close)
        return row

    # --- the record -------------------------------------------------------------------

    def options(self) -> DevelopmentOptions:
        return DevelopmentOptions(
            start=self.date_from.date().toPython(),
            end=self.date_to.date().toPython(),
            worker=self.worker,
            recipient=" ".join(self.recipient.text().split()),
            prepared_on=self.today,
        )

    def _check_period(self) -> bool:
        return self.period_error.check(self.date_from, self.date_to)

    def rebuild(self, *_args: object) -> None:
        """Build the record from the choices, say what it holds and check its text."""
        self._typing.stop()
        self.record, self.findings = None, []
        self.findings_list.clear()
        self.findings_heading.clear()
        if not self.session.is_unlocked or not self._check_period():
            self.contents.setText("")
            self.export_button.setEnabled(False)
            return
        reader = self.session.reader
        if self._source is None:
            self._source = PackSource(reader.records())
        options = self.options()
        try:
            # Only the period's records count (build_development_record's rule).
            period = self._source.dated(options.start, options.end)
            record = build_development_record(period, reader.vocabulary, options)
        except JournalError as exc:
            self.contents.setText(user_message(exc))
            self.export_button.setEnabled(False)
            return
        self.record = record
        self.export_button.setEnabled(True)
        self.contents.setText(self._contents_line(record))
        people, phrases = identity_allow_lists(self._personal, record.options.recipient)
        titles = course_titles(self._source.courses)
        self.findings = check_texts(record.document.texts(), people, phrases, titles)
        self._show_findings()

    def _contents_line(self, record: DevelopmentRecord) -> str:
        reader = self.session.reader
        kinds = {}
        for record_id in record.levels:
            try:
                kinds[record_id] = reader.get(record_id).type
            except JournalError:
                continue
        training = sum(1 for k in kinds.values() if k is RecordType.TRAINING)
        goals = sum(1 for k in kinds.values() if k is RecordType.GOAL)
        others = len(kinds) - training - goals
        if not kinds:
            return self.tr(
                "Nothing is shared from this period yet: the record will say so. Share a "
                "training entry or a goal as Summary or Full to include it."
            )
        parts = [
            self.tr("1 training entry")
            if training == 1
            else self.tr("{n} training entries").format(n=training),
            self.tr("1 development goal")
            if goals == 1
            else self.tr("{n} development goals").format(n=goals),
        ]
        line = self.tr("It will hold {training} and {goals}.").format(
            training=parts[0], goals=parts[1]
        )
        if others:
            line += " " + self.tr(
                "The competence coverage also counts the areas named by {n} other shared entries."
            ).format(n=others)
        return line

    def _show_findings(self) -> None:
        count = len(self.findings)
        if not count:
            self.findings_heading.setText(self.tr("No identifying details found."))
            self.findings_list.hide()
            return
        if count == 1:
            self.findings_heading.setText(self.tr("1 possible identifying detail:"))
        else:
            self.findings_heading.setText(
                self.tr("{n} possible identifying details:").format(n=count)
            )
        for finding in self.findings:
            self.findings_list.addItem(
                self.tr("{kind}: {text}, in {where}. Instead: {suggestion}").format(
                    kind=KIND_LABELS.get(finding.kind, finding.kind),
                    text=finding.text,
                    where=finding.where,
                    suggestion=finding.suggestion,
                )
            )
        self.findings_list.show()

    # --- export -----------------------------------------------------------------------

    def export(self) -> LongWork[Path | None] | None:
        """Check, ask where, write and record; the LongWork gives the file written."""
        self.rebuild()  # export exactly what the choices now say
        record = self.record
        if record is None:
            return None
        if self.findings and not self._go_on_despite_findings():
            return None
        fmt = str(self.format.currentData())
        path = ask_where(self, fmt, record.options)
        if path is None or not self.session.is_unlocked:
            return None
        reader = self.session.reader

        def failed(exc: JournalError) -> None:
            QMessageBox.warning(
                self,
                self.tr("The development record was not written"),
                self.tr("{reason}\n\nYour journal is unchanged; you can try again.").format(
                    reason=user_reason(exc)
                ),
            )

        work = self.session.apply_long(
            ExportDevelopmentRecord(record, fmt, path),
            self,
            self.tr("Writing the development record…"),
        )
        return work.then(lambda _entry: self._written(path, reader), failed, JournalError)

    def _go_on_despite_findings(self) -> bool:
        count = len(self.findings)
        if count == 1:
            text = self.tr("1 possible identifying detail")
        else:
            text = self.tr("{n} possible identifying details").format(n=count)
        return go_on_anyway(
            self,
            self.tr("Possible identifying details"),
            text,
            self.tr(
                "They are listed in this window, each with a stand-in you could use. "
                "Export anyway only if you are sure they are safe to share."
            ),
            self.tr("&Go back and edit"),
            self.tr("Export &anyway"),
        )

    def _written(self, path: Path, reader) -> Path:
        if reader.keeps_share_history:
            note = self.tr("File > Share history lists what you have shared.")
        else:
            note = self.tr(
                "This journal is open read-only, so the development record is not in "
                "its share history."
            )
        tell_written(
            self,
            self.tr("Development record written"),
            self.tr("The development record was written to this file:"),
            path,
            note,
        )
        self.accept()
        return path

    def _journal_changed(self, _changed: object) -> None:
        self._source = None  # read again at the next rebuild
        self._typing.start()

    def _forget(self) -> None:
        """On lock: drop every piece of journal text this dialog holds, and close."""
        self._typing.stop()
        self.record, self.findings, self._source = None, [], None
        self.findings_list.clear()
        self.findings_heading.clear()
        self.contents.clear()
        self.reject()
