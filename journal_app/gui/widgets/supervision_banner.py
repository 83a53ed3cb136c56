"""A banner shown when the next supervision is within three days, with how many
records are marked to bring to it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from journal_app.gui.date_text import weekday_date_text
from journal_app.gui.widgets.chart_base import mix
from journal_app.services.insights import marked_for_supervision, supervision_due_soon
from journal_app.services.reader import JournalReader

DAYS_AHEAD = 3


class SupervisionBanner(QWidget):
    """Hidden unless supervision is near; `refresh(reader, today)` after changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Supervision reminder"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setForegroundRole(QPalette.ColorRole.Text)  # drawn over a Base tint
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the supervision reminder"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button)
        self._date: date | None = None
        self._dismissed: date | None = None
        self.hide()

    @property
    def next_date(self) -> date | None:
        """The supervision date the banner is about (None when hidden)."""
        return self._date

    def refresh(self, reader: JournalReader, today: date | None = None) -> None:
        today = today or date.today()
        records = reader.records()
        due = supervision_due_soon(records, today, DAYS_AHEAD)
        if due is None or due == self._dismissed:
            self.clear()
            return
        count = len(marked_for_supervision(records, today))
        when = weekday_date_text(due)
        days = (due - today).days
        if days == 0:
            text = self.tr("Your next supervision is today, {when}. Entries marked to bring: {n}")
        elif days == 1:
            text = self.tr(
                "Your next supervision is tomorrow, {when}. Entries marked to bring: {n}"
            )
        else:
            text = self.tr("Your next supervision is on {when}. Entries marked to bring: {n}")
        text = text.format(when=when, n=count)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        was_hidden = self._date is None
        self._date = due
        self.show()
        if was_hidden:
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def clear(self) -> None:
        """Hide and forget (the journal is locking, or nothing is near)."""
        self._date = None
        self.label.clear()
        self.setAccessibleDescription("")
        self.hide()

    def dismiss(self) -> None:
        """Hide until another supervision date comes near."""
        self._dismissed = self._date
        self.clear()

    def paintEvent(self, event) -> None:
        # A tint of the highlight colour over the base: text keeps the base's contrast
        # in light, dark and high-contrast palettes.
        pal = self.palette()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(mix(highlight, pal.color(QPalette.ColorRole.Base), 0.15))
        painter.setPen(QPen(highlight, 1.5))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)
        painter.end()
