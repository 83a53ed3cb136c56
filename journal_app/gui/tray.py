"""The system tray icon, where the desktop has one: Quick note, Open, Lock and Quit,
and the reminders' notifications. A notification never holds journal text (no title,
no name, no date): only what to do, in the words of `reminder_text`. Clicking it asks
for the reminder's place (`place_requested`); the controller (gui/app.py) unlocks
first when it must.

Without a tray (some desktops, CI), `JournalTray.available` is False, nothing is
shown and the rest of the app works as before."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from journal_app.services.reminders import Place, Reminder, Wording

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

NOTIFICATION_MS = 15_000


def reminder_text(wording: Wording) -> str:
    """A notification's words: what to do, never what was written."""
    return {
        Wording.REFLECT: translate("Reminders", "Time to reflect on today's sessions."),
        Wording.CHECKIN: translate("Reminders", "Time for your weekly check-in."),
        Wording.SUPERVISION_SOON: translate(
            "Reminders", "Your next supervision is coming up: a good time to get ready."
        ),
        Wording.SUPERVISION_NOT_BOOKED: translate(
            "Reminders", "No supervision is booked, and it has been a while since the last."
        ),
        Wording.SUPERVISION_CHECK: translate("Reminders", "Is your next supervision booked?"),
        Wording.ACTIONS_OVERDUE: translate("Reminders", "You have actions past their due date."),
        Wording.ACTIONS_CHECK: translate("Reminders", "Time to look over your actions."),
    }[wording]


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class JournalTray(QObject):
    """The tray icon and its menu; says what the worker chose, does none of it."""

    open_requested = Signal()
    quick_note_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()
    place_requested = Signal(object)  # a clicked reminder: its Place

    def __init__(
        self, icon: QIcon, parent: QObject | None = None, available: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.available = tray_available() if available is None else available
        self._place: Place | None = None  # of the last notification shown
        self.menu = QMenu()
        self.quick_note_action = self._add(self.tr("&Quick note…"), self.quick_note_requested)
        self.open_action = self._add(self.tr("&Open PSW Journal"), self.open_requested)
        self.lock_action = self._add(self.tr("&Lock"), self.lock_requested)
        self.menu.addSeparator()
        self._add(self.tr("&Quit"), self.quit_requested)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("PSW Journal"))  # the app's name only, locked or not
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self.set_unlocked(False)
        if self.available:
            self.icon.show()
        else:
            log.info("no system tray: no tray icon, and reminders cannot be shown")

    def _add(self, text: str, signal) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(signal.emit)
        self.menu.addAction(action)
        return action

    def set_unlocked(self, unlocked: bool) -> None:
        self.lock_action.setEnabled(unlocked)

    def show_reminder(self, reminder: Reminder) -> None:
        if not self.available:
            return
        self._place = reminder.place
        self.icon.showMessage(
            self.tr("PSW Journal"),
            reminder_text(reminder.wording),
            QSystemTrayIcon.MessageIcon.Information,
            NOTIFICATION_MS,
        )

    def _message_clicked(self) -> None:
        if self._place is not None:
            self.place_requested.emit(self._place)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def hide(self) -> None:
        self.icon.hide()
