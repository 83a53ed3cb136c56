"""The message under a period's date boxes (the pack, the development record) when
the period ends before it starts; hidden while the period is right."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QLabel, QWidget


class PeriodError(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_error")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def check(self, date_from: QDateEdit, date_to: QDateEdit) -> bool:
        """Whether the period ends on or after its start; if not, say so here and to a
        screen reader on the "To" box."""
        ok = date_to.date() >= date_from.date()
        problem = self.tr(
            '"To" is before "From": choose a "To" date on or after the start of the period.'
        )
        self.setText("" if ok else problem)
        self.setVisible(not ok)
        date_to.setAccessibleDescription("" if ok else problem)
        return ok
