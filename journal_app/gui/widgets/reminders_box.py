"""Preferences' Reminders group: which reminders are on (none by default), their days
and times, and whether the app starts at login, locked, in the tray. The choices hold
no journal text and are kept in the app's settings (gui/settings.py); the login entry
is the platform's own (services/autostart.py)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.reminders import SOON_RANGE, WEEKDAYS, ReminderSettings

_INDENT = 24


def _day_name(day: int, short: bool) -> str:
    """Monday is 0 (date.weekday()); Qt counts Monday as 1. In the app's language."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day + 1, form)


class DayPicker(QWidget):
    """Seven tick boxes, Monday first: the days a reminder comes. (Tick boxes, not
    toggle buttons: a pressed button looked the same as a raised one in dark mode.)"""

    def __init__(self, days: frozenset[int], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QCheckBox] = []
        for day in WEEKDAYS:
            button = QCheckBox(_day_name(day, short=True), self)
            button.setChecked(day in days)
            button.setAccessibleName(f"{name}: {_day_name(day, short=False)}")
            row.addWidget(button)
            self.buttons.append(button)

    def days(self) -> frozenset[int]:
        return frozenset(
            day for day, button in zip(WEEKDAYS, self.buttons, strict=True) if button.isChecked()
        )


def _time_edit(value: time, name: str, parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute), parent)
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


def _time_of(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class RemindersBox(QGroupBox):
    def __init__(
        self,
        reminders: ReminderSettings,
        starts_at_login: bool,
        tray_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self.setObjectName("reminders_box")
        column = QVBoxLayout(self)
        r = reminders

        self.reflect = self._switch(self.tr("Remind me to &reflect after sessions"), r.reflect)
        self.reflect_days = DayPicker(r.reflect_days, self.tr("Reflect on"), self)
        self.reflect_time = _time_edit(r.reflect_time, self.tr("Reflect reminder time"), self)
        self._add(column, self.reflect, [self.reflect_days], self.reflect_time)

        self.checkin = self._switch(self.tr("Remind me of my weekly &check-in"), r.checkin)
        self.checkin_day = QComboBox(self)
        self.checkin_day.setAccessibleName(self.tr("Check-in day"))
        for day in WEEKDAYS:
            self.checkin_day.addItem(_day_name(day, short=False), day)
        self.checkin_day.setCurrentIndex(self.checkin_day.findData(r.checkin_day))
        self.checkin_time = _time_edit(r.checkin_time, self.tr("Check-in reminder time"), self)
        self._add(column, self.checkin, [self.checkin_day], self.checkin_time)

        self.supervision = self._switch(self.tr("Remind me about &supervision"), r.supervision)
        self.supervision_soon = QSpinBox(self)
        self.supervision_soon.setRange(*SOON_RANGE)
        self.supervision_soon.setValue(r.supervision_soon)
        self.supervision_soon.setSuffix(self.tr(" days"))
        self.supervision_soon.setAccessibleName(
            self.tr("Remind me when the next supervision is this many days away")
        )
        soon_row = QHBoxLayout()
        soon_row.setContentsMargins(_INDENT, 0, 0, 0)
        soon_label = QLabel(self.tr("When the next one is &within:"), self)
        soon_label.setBuddy(self.supervision_soon)
        soon_row.addWidget(soon_label)
        soon_row.addWidget(self.supervision_soon)
        soon_row.addStretch(1)
        soon_note = QLabel(
            self.tr("or when none is booked and your supervision gap (above) has passed."),
            self,
        )
        soon_note.setWordWrap(True)
        soon_note.setContentsMargins(_INDENT, 0, 0, 0)
        self.supervision_days = DayPicker(r.supervision_days, self.tr("Supervision check on"), self)
        self.supervision_time = _time_edit(
            r.supervision_time, self.tr("Supervision reminder time"), self
        )
        self._add(column, self.supervision, [self.supervision_days], self.supervision_time)
        column.insertLayout(column.count() - 1, soon_row)
        column.insertWidget(column.count() - 1, soon_note)
        self._follow(self.supervision, [self.supervision_soon, soon_label, soon_note])

        self.actions = self._switch(self.tr("Remind me of &actions past their due date"), r.actions)
        self.actions_days = DayPicker(r.actions_days, self.tr("Actions check on"), self)
        self.actions_time = _time_edit(r.actions_time, self.tr("Actions reminder time"), self)
        self._add(column, self.actions, [self.actions_days], self.actions_time)

        self.start_at_login = QCheckBox(
            self.tr("Start PSW Journal when I &log in, locked, in the system tray"), self
        )
        self.start_at_login.setObjectName("start_at_login")
        self.start_at_login.setAccessibleName(self.tr("Start at login"))
        self.start_at_login.setChecked(starts_at_login)
        column.addWidget(self.start_at_login)

        note = QLabel(
            self.tr(
                "A reminder shows a notification that never holds words from your journal; "
                "clicking it opens the right place (after the passphrase, if locked). "
                "Reminders come while the app is running, locked or not."
            )
            if tray_available
            else self.tr(
                "This desktop has no system tray, so reminders cannot be shown and the "
                "app cannot wait there at login."
            ),
            self,
        )
        note.setWordWrap(True)
        column.addWidget(note)
        if not tray_available:
            for widget in (self.reflect, self.checkin, self.supervision, self.actions):
                widget.setEnabled(False)
            self.start_at_login.setEnabled(starts_at_login)  # can still be turned off

    def _switch(self, text: str, on: bool) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setAccessibleName(text.replace("&", ""))
        box.setChecked(on)
        return box

    def _add(self, column: QVBoxLayout, switch: QCheckBox, choosers, at: QTimeEdit) -> None:
        """A reminder's switch, and under it its day(s) and time."""
        row = QHBoxLayout()
        row.setContentsMargins(_INDENT, 0, 0, 0)
        on_label = QLabel(self.tr("On"), self)
        on_label.setBuddy(choosers[0])  # a screen reader names the day chooser by it
        row.addWidget(on_label)
        for chooser in choosers:
            row.addWidget(chooser)
        at_label = QLabel(self.tr("at"), self)
        at_label.setBuddy(at)
        row.addWidget(at_label)
        row.addWidget(at)
        row.addStretch(1)
        column.addWidget(switch)
        column.addLayout(row)
        self._follow(switch, [on_label, *choosers, at_label, at])

    @staticmethod
    def _follow(switch: QCheckBox, widgets) -> None:
        for widget in widgets:
            widget.setEnabled(switch.isChecked())
            switch.toggled.connect(widget.setEnabled)

    def reminders(self) -> ReminderSettings:
        return ReminderSettings(
            reflect=self.reflect.isChecked(),
            reflect_days=self.reflect_days.days(),
            reflect_time=_time_of(self.reflect_time),
            checkin=self.checkin.isChecked(),
            checkin_day=int(self.checkin_day.currentData()),
            checkin_time=_time_of(self.checkin_time),
            supervision=self.supervision.isChecked(),
            supervision_days=self.supervision_days.days(),
            supervision_time=_time_of(self.supervision_time),
            supervision_soon=self.supervision_soon.value(),
            actions=self.actions.isChecked(),
            actions_days=self.actions_days.days(),
            actions_time=_time_of(self.actions_time),
        )
