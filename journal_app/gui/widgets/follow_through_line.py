"""The Today home's gentle follow-through: one calm line, when recent check-ins stay
low or after a crisis session, naming the worker's own next steps (from
services/follow_through.py), with a button to open their Wellness Action Plan when
they have one and one to hide the line. Never alarmist; nothing here leaves the
computer; cleared on lock."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal_app.gui.date_text import weekday_date_text
from journal_app.services.follow_through import FollowThrough, Reason


class FollowThroughLine(QFrame):
    """`show_line(found, today)`; `hide_requested` carries the FollowThrough hidden,
    `plan_requested` the plan's record id."""

    hide_requested = Signal(object)
    plan_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_through")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.found: FollowThrough | None = None
        self.text = QLabel(self)
        self.text.setObjectName("follow_through_text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setForegroundRole(QPalette.ColorRole.WindowText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan_button = QPushButton(self.tr("Open my Wellness Action Plan"), self)
        self.plan_button.setObjectName("follow_through_plan")
        self.plan_button.clicked.connect(self._open_plan)
        self.hide_button = QPushButton(self.tr("Hide this for now"), self)
        self.hide_button.setObjectName("follow_through_hide")
        self.hide_button.setAccessibleDescription(
            self.tr("It comes back only if things change. Preferences can turn it off.")
        )
        self.hide_button.clicked.connect(self._hide)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, self.fontMetrics().height() // 2)
        column.setSpacing(self.fontMetrics().height() // 3)
        column.addWidget(self.text)
        column.addLayout(buttons)
        self.setAccessibleName(self.tr("A gentle reminder"))
        self.hide()

    def show_line(self, found: FollowThrough | None, today: date) -> None:
        self.found = found
        if found is None:
            self.clear()
            return
        self.text.setText(self.words(found))
        self.setAccessibleDescription(self.text.text())
        self.plan_button.setVisible(bool(found.plan_id))
        self.show()

    def clear(self) -> None:
        """On lock, or when there is nothing to offer: no name or number stays."""
        self.found = None
        self.text.clear()
        self.setAccessibleDescription("")
        self.hide()

    def words(self, found: FollowThrough) -> str:
        """One calm sentence or two: what it is about, then the worker's own steps."""
        reasons = set(found.reasons)
        if reasons == {Reason.LOW_CHECKINS}:
            opening = self.tr("Your last few check-ins have been hard ones.")
        elif reasons == {Reason.CRISIS_SESSION}:
            opening = self.tr("A crisis session can stay with you for a while.")
        else:
            opening = self.tr("A crisis session and some hard check-ins: go gently.")
        steps = []
        if found.next_supervision is not None:
            steps.append(
                self.tr("ask for restorative time at your supervision on {day}").format(
                    day=weekday_date_text(found.next_supervision)
                )
            )
        else:
            steps.append(self.tr("ask for restorative time in your next supervision"))
        if found.alternative_contact:
            steps.append(
                self.tr("talk to {name}, your alternative contact").format(
                    name=found.alternative_contact
                )
            )
        if found.plan_id:
            steps.append(self.tr("look at your Wellness Action Plan"))
        if found.assistance_line:
            steps.append(
                self.tr("call your employer's assistance line ({line})").format(
                    line=found.assistance_line
                )
            )
        if len(steps) == 1:
            listed = steps[0]
        else:
            listed = self.tr("{some} or {last}").format(some=", ".join(steps[:-1]), last=steps[-1])
        return self.tr("{opening} If it would help, you could {steps}.").format(
            opening=opening, steps=listed
        )

    def _open_plan(self) -> None:
        if self.found is not None and self.found.plan_id:
            self.plan_requested.emit(self.found.plan_id)

    def _hide(self) -> None:
        found = self.found
        self.clear()
        if found is not None:
            self.hide_requested.emit(found)
