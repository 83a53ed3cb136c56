"""The supervision log above the Supervision section's list: how many sessions in the
last year, how regular they have been, how many were restorative, the last and the
next one, and the same alerts the pack gives (none booked, the last too long ago).
The worker's own view: private notes count here (they never do in a pack)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.gui.date_text import date_text
from journal_app.services.supervision_log import LOG_MONTHS, SupervisionLog


class SupervisionLogView(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervision_log")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Supervision log"))
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setMargin(6)

    def show_log(self, log: SupervisionLog) -> None:
        lines = [self.summary(log)]
        lines += [self.tr("Please note: {alert}").format(alert=a) for a in log.alerts()]
        self.setText("\n".join(lines))
        self.setAccessibleDescription(self.text())

    def summary(self, log: SupervisionLog) -> str:
        count = len(log.entries)
        if not count:
            return self.tr("No supervision recorded in the last {months} months.").format(
                months=LOG_MONTHS
            )
        parts = [
            (
                self.tr("1 supervision session in the last {months} months")
                if count == 1
                else self.tr("{n} supervision sessions in the last {months} months")
            ).format(n=count, months=LOG_MONTHS)
        ]
        gaps = log.weeks_between()
        if gaps:
            average = round(sum(gaps) / len(gaps))
            parts.append(
                self.tr("about every {weeks} weeks (longest gap {longest} weeks)").format(
                    weeks=average, longest=max(gaps)
                )
            )
        parts.append(
            self.tr("restorative in {r} of {n}").format(r=log.restorative_count(), n=count)
        )
        last = self.tr("last on {day}").format(day=date_text(log.last)) if log.last else ""
        booked = (
            self.tr("next booked for {day}").format(day=date_text(log.next_booked))
            if log.next_booked
            else self.tr("next not booked")
        )
        return "; ".join([*parts, last, booked]) + "."
