"""The top of the pack dialog: the period, whom the pack is for, the wellbeing chart
and the Wellness Action Plan ticks, a note when private check-ins leave the chart
bare, and the message when the period ends before it starts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.gui.date_text import period_date_edit
from journal_app.gui.widgets.period_error import PeriodError


class PackChoices(QWidget):
    """Emits `changed` when the period, the recipient or the chart tick changes; the
    Wellness Action Plan tick and the "Chart their scores" button have their own
    signals (`wellness_plan.toggled`, `chart_checkins.clicked`)."""

    changed = Signal()

    def __init__(
        self,
        start: date,
        end: date,
        supervisors: list[str],
        recipient: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.date_from = self._date_edit(start, self.tr("Period from"))
        self.date_to = self._date_edit(end, self.tr("Period to"))
        self.recipient = QComboBox(self)
        self.recipient.setEditable(True)
        self.recipient.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.recipient.addItems(supervisors)
        self.recipient.setCurrentText(recipient)
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.lineEdit().setAccessibleName(self.tr("Recipient"))
        self.recipient.lineEdit().setPlaceholderText(self.tr("Your supervisor's name"))
        self.recipient.setMinimumContentsLength(18)
        self.recipient.editTextChanged.connect(self.changed)
        self.wellbeing = QCheckBox(self.tr("Include the &wellbeing chart"), self)
        self.wellbeing.setAccessibleName(self.tr("Include the wellbeing chart"))
        self.wellbeing.toggled.connect(self.changed)
        # Shown only when there is a plan: it never reaches a pack unless ticked here.
        self.wellness_plan = QCheckBox(self.tr("Include my Wellness Action &Plan"), self)
        self.wellness_plan.setObjectName("include_wellness_plan")
        self.wellness_plan.setAccessibleName(self.tr("Include my Wellness Action Plan"))
        self.wellness_plan.hide()

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
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.checkin_hint, 1)
        hint_row.addWidget(self.chart_checkins)
        grid.addLayout(hint_row, 2, 0, 1, 6)
        self.checkin_hint.hide()
        self.chart_checkins.hide()
        grid.setColumnStretch(5, 1)

        self.period_error = PeriodError(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(grid)
        column.addWidget(self.period_error)

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = period_date_edit(self, day, name)
        edit.dateChanged.connect(self.changed)
        return edit

    def start(self) -> date:
        return self.date_from.date().toPython()

    def end(self) -> date:
        return self.date_to.date().toPython()

    def set_period(self, start: date, end: date) -> None:
        self.date_from.setDate(QDate(start))
        self.date_to.setDate(QDate(end))

    def check_period(self) -> bool:
        """Whether the period ends on or after its start; if not, say so beside it."""
        return self.period_error.check(self.date_from, self.date_to)

    def show_checkin_hint(self, private: int) -> None:
        """Say how many of the period's check-ins the chart leaves out (none: hidden)."""
        if private:
            self.checkin_hint.setText(
                self.tr(
                    "{n} check-in(s) in this period are private, so the chart leaves them "
                    "out. Shared as a summary, a check-in gives only its scores to the chart."
                ).format(n=private)
            )
        self.checkin_hint.setVisible(bool(private))
        self.chart_checkins.setVisible(bool(private))
