"""The Today home: the date, and a few calm cards each offering one next step (write
after a session, a check-in, supervision coming up, overdue actions, an entry not yet
saved), each with one button that goes there.

What the cards say comes from services/today.py; they show counts, dates and at most
an entry's title, never its text, and everything is cleared when the journal locks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.gui.date_text import weekday_date_text
from journal_app.gui.fonts import relative_font
from journal_app.gui.widgets.chart_base import mix
from journal_app.gui.widgets.follow_through_line import FollowThroughLine
from journal_app.services.today import Step, Suggestion


class TodayCard(QFrame):
    """One suggestion: a heading, a line or two, and one button."""

    def __init__(self, heading: str, text: str, button: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("today_card")
        self.heading = QLabel(heading)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.text = QLabel(text)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        for label in (self.heading, self.text):
            label.setForegroundRole(QPalette.ColorRole.Text)  # drawn over a Base tint
        self.button = QPushButton(button) if button else None
        gap = self.fontMetrics().height()
        column = QVBoxLayout(self)
        column.setContentsMargins(gap, gap, gap, gap)
        column.setSpacing(gap // 3)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        if self.button is not None:
            # Below the words, not beside them: large text never squeezes either.
            self.button.setAccessibleDescription(heading)
            column.addSpacing(gap // 3)
            column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)

    def paintEvent(self, event) -> None:
        # A sheet of the field colour on the window, edged with a soft tint of the
        # highlight: the text keeps the field's contrast in every palette.
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        edge = mix(pal.color(QPalette.ColorRole.Highlight), base, 0.4)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(base)
        painter.setPen(QPen(edge, 1))
        radius = self.fontMetrics().height() * 0.6
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), radius, radius)
        painter.end()


class TodayView(QWidget):
    """`show_suggestions(found, today)` after a change or a new day; `clear()` on lock.
    A card's button emits `step_chosen` with its Step."""

    step_chosen = Signal(object)  # a services.today.Step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today")
        self.setAccessibleName(self.tr("Today"))
        self.title = QLabel(self.tr("Today"))
        relative_font(self.title, 1.5, bold=True)
        self.date_label = QLabel()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.follow_through = FollowThroughLine()
        self.cards: list[TodayCard] = []
        self._cards_box = QVBoxLayout()
        gap = self.fontMetrics().height()
        self._cards_box.setSpacing(gap)

        column = QWidget()
        column.setObjectName("today_column")
        self._column = column
        self._fit_measure()
        inner = QVBoxLayout(column)
        inner.setContentsMargins(gap * 2, gap * 2, gap * 2, gap * 2)
        inner.setSpacing(gap // 2)
        inner.addWidget(self.title)
        inner.addWidget(self.date_label)
        inner.addSpacing(gap // 2)
        inner.addWidget(self.intro)
        inner.addSpacing(gap // 2)
        inner.addWidget(self.follow_through)
        inner.addLayout(self._cards_box)
        inner.addStretch(1)
        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        centred.addWidget(column, 8)
        centred.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        scroll.setAccessibleName(self.tr("Next steps for today"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _fit_measure(self) -> None:
        # A readable measure: the cards do not stretch across a wide window.
        self._column.setMaximumWidth(self.fontMetrics().horizontalAdvance("m") * 48)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed
            self._fit_measure()

    def show_suggestions(self, found: list[Suggestion], today: date) -> None:
        self._drop_cards()
        self.date_label.setText(weekday_date_text(today))
        if found:
            self.intro.setText(self.tr("Here is what might help next. Take it at your own pace."))
        else:
            self.intro.setText(self.tr("Nothing is waiting for you. Write whenever you are ready."))
        for suggestion in found:
            heading, text, button = self._words(suggestion)
            card = TodayCard(heading, text, button, self)
            card.setProperty("step", suggestion.step.value)
            if card.button is not None:
                card.button.clicked.connect(
                    lambda _c=False, step=suggestion.step: self.step_chosen.emit(step)
                )
            self._cards_box.addWidget(card)
            self.cards.append(card)

    def show_opening(self, today: date) -> None:
        """The journal still opening (its entries being decoded after the unlock):
        said, until show_suggestions."""
        self._drop_cards()
        self.date_label.setText(weekday_date_text(today))
        self.intro.setText(self.tr("Opening your entries…"))

    def clear(self) -> None:
        """On lock: no card, title or count stays on screen."""
        self._drop_cards()
        self.date_label.clear()
        self.intro.clear()
        self.follow_through.clear()

    def card_for(self, step: Step) -> TodayCard | None:
        return next((c for c in self.cards if c.property("step") == step.value), None)

    def _drop_cards(self) -> None:
        for card in self.cards:
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self.cards = []

    def _words(self, s: Suggestion) -> tuple[str, str, str]:
        """(heading, a line, the button) for one suggestion."""
        if s.step is Step.FINISH_DRAFT:
            text = (
                self.tr("“{title}” is kept as a draft and has not been saved yet.").format(
                    title=s.title
                )
                if s.title
                else self.tr("An entry is kept as a draft and has not been saved yet.")
            )
            return self.tr("An entry is waiting"), text, self.tr("Go to the entry")
        if s.step is Step.OVERDUE_ACTIONS:
            heading = (
                self.tr("1 action is past its due date")
                if s.count == 1
                else self.tr("{n} actions are past their due date").format(n=s.count)
            )
            text = self.tr("Mark what is done, or bring it to your next supervision.")
            return heading, text, self.tr("Open actions")
        if s.step is Step.SUPERVISION_SOON:
            when = weekday_date_text(s.day) if s.day else ""
            if s.days == 0:
                heading = self.tr("Supervision is today")
            elif s.days == 1:
                heading = self.tr("Supervision is tomorrow")
            else:
                heading = self.tr("Supervision in {n} days").format(n=s.days)
            text = self.tr("{when}. Entries marked to bring: {n}.").format(when=when, n=s.count)
            return heading, text, self.tr("Prepare for supervision")
        if s.step is Step.WRITE_REFLECTION:
            return (
                self.tr("Had a session today?"),
                self.tr(
                    "A few lines while it is fresh: what happened, how it felt, what you learnt."
                ),
                self.tr("I just finished a session"),
            )
        if s.step is Step.CHECK_IN:
            text = (
                self.tr("You have not checked in yet. Mood, stress and energy take a minute.")
                if s.days is None
                else self.tr("Your last check-in was {n} days ago.").format(n=s.days)
            )
            return self.tr("How are you doing?"), text, self.tr("Check in")
        # Step.BOOK_SUPERVISION
        return (
            self.tr("No supervision is booked"),
            self.tr(
                "Note the date of your next supervision in a supervision note, and it will "
                "be shown here as it comes near."
            ),
            self.tr("Open supervision notes"),
        )
