"""Reminders in the app, with a fake clock and a tray said to be there: each reminder
shows once, holds none of the journal's words (records are written with marker text),
is silent once the worker acted, and a click goes to the right place, unlocking
first when the journal is locked. Also the Preferences group and the login entry."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from journal_app.gui.app import AppController
from journal_app.gui.editors.checkin import CheckinEditor
from journal_app.gui.editors.reflection import ReflectionEditor
from journal_app.gui.reminder_timer import LONGEST_WAIT_MS
from journal_app.services.journal import Journal
from journal_app.services.reminders import ReminderSettings

MARKER = "Zanzibarquill"  # in every title, note and action: never in a notification
FRIDAY = date(2026, 12, 4)


class Clock:
    def __init__(self, when: datetime) -> None:
        self.now = when

    def __call__(self) -> datetime:
        return self.now


def answer_unlock(seen: list) -> None:
    """Type the passphrase into the unlock window once it is up."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.findChild(QLineEdit, "passphraseEdit") is None:
            QTimer.singleShot(20, attempt)
            return
        seen.append(dialog.windowTitle())
        dialog.findChild(QLineEdit, "passphraseEdit").setText(PASSPHRASE)
        dialog.findChild(QPushButton, "unlockButton").click()

    QTimer.singleShot(0, attempt)


@pytest.fixture
def app_in_tray(first_run_session, settings, qtbot, monkeypatch):
    """A journal with marked records, and the app started at login: locked, in a tray."""
    session = first_run_session
    journal, _ = Journal.create(session.vault_path, PASSPHRASE, FAST_KDF)
    journal.add(
        {
            "type": "reflection",
            "date": "2026-12-01",
            "title": f"{MARKER} group",
            "fields": {"model": "free", "text": f"{MARKER} said a lot"},
        }
    )
    journal.add(
        {
            "type": "checkin",
            "date": "2026-11-20",
            "title": f"{MARKER} check-in",
            "fields": {"mood": 5, "note": MARKER},
        }
    )
    journal.add(
        {
            "type": "supervision",
            "date": "2026-11-02",
            "title": f"{MARKER} supervision",
            "fields": {
                "supervisor": f"{MARKER} Jones",
                "actions": [{"text": f"{MARKER} call", "owner": "me", "due": "2026-11-30"}],
                "next_date": "2026-12-07",
            },
        }
    )
    journal.lock()
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)
    clock = Clock(datetime(2026, 12, 4, 8, 0))
    controller = AppController(session, settings, clock)
    controller.start(in_tray=True, tray_available=True)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        controller.tray.icon, "showMessage", lambda title, text, *a: shown.append((title, text))
    )
    yield controller, clock, shown
    controller.quit()


def turn_on(controller, **choices) -> None:
    controller.settings.reminders = ReminderSettings(**choices)
    controller.session.settings_changed()  # as Preferences does: the timer looks again


def unlock(controller, qtbot) -> None:
    answer_unlock([])
    controller.open_journal()
    qtbot.waitUntil(lambda: controller.session.is_unlocked, timeout=5000)


def no_journal_words(shown) -> None:
    for title, text in shown:
        assert MARKER not in title and MARKER not in text
        assert "Jones" not in text and "group" not in text


def current_editor(window):
    return window.records.editor_stack.currentWidget()


def test_started_in_the_tray_nothing_asks_and_nothing_is_due(app_in_tray):
    controller, _clock, shown = app_in_tray
    assert not controller.session.is_unlocked and controller.window is None
    assert QApplication.activeModalWidget() is None  # no unlock window at login
    assert controller.tray.icon.isVisible() or not controller.tray.icon.isSystemTrayAvailable()
    controller.reminders.check()
    assert shown == []  # every reminder is off by default
    assert not controller.reminders.is_active  # nothing to wake for


def test_the_timer_waits_for_the_next_due_time_not_a_poll(app_in_tray):
    controller, _clock, _shown = app_in_tray
    turn_on(controller, reflect=True, reflect_time=time(8, 30))
    assert controller.reminders.is_active
    assert 29 * 60_000 < controller.reminders.remaining_ms() <= 31 * 60_000
    turn_on(controller, checkin=True, checkin_day=0)  # Monday: three days away
    assert controller.reminders.remaining_ms() <= LONGEST_WAIT_MS  # an hour at most


def test_checkin_while_locked_then_clicked_unlocks_into_a_new_checkin(app_in_tray, qtbot):
    controller, clock, shown = app_in_tray
    turn_on(controller, checkin=True, checkin_day=4, checkin_time=time(16))
    clock.now = datetime(2026, 12, 4, 16, 0, 5)
    controller.reminders.check()
    assert shown == [("PSW Journal", "Time for your weekly check-in.")]
    controller.reminders.check()  # the next tick: shown once per due time
    assert len(shown) == 1

    answer_unlock([])
    controller.tray._message_clicked()  # the notification clicked
    qtbot.waitUntil(lambda: controller.session.is_unlocked, timeout=5000)
    window = controller.window
    assert window is not None and window.isVisible()
    # Once the records are decoded (on a worker after the unlock): its editor reads them.
    qtbot.waitUntil(lambda: isinstance(current_editor(window), CheckinEditor), timeout=5000)
    no_journal_words(shown)


def test_checkin_written_this_week_is_silent(app_in_tray, qtbot):
    controller, clock, shown = app_in_tray
    unlock(controller, qtbot)
    controller.session.journal.add({"type": "checkin", "date": "2026-12-02", "fields": {"mood": 7}})
    turn_on(controller, checkin=True, checkin_day=4, checkin_time=time(16))
    clock.now = datetime(2026, 12, 4, 17, 0)
    controller.reminders.check()
    assert shown == []


def test_reflect_reminder_opens_a_new_reflection(app_in_tray, qtbot):
    controller, clock, shown = app_in_tray
    unlock(controller, qtbot)
    turn_on(controller, reflect=True, reflect_time=time(17))
    clock.now = datetime(2026, 12, 4, 17, 0)
    controller.reminders.check()
    assert shown == [("PSW Journal", "Time to reflect on today's sessions.")]
    controller.tray._message_clicked()
    assert isinstance(current_editor(controller.window), ReflectionEditor)
    no_journal_words(shown)


def test_overdue_actions_unlocked_and_locked(app_in_tray, qtbot):
    controller, clock, shown = app_in_tray
    turn_on(controller, actions=True, actions_time=time(9))
    clock.now = datetime(2026, 12, 4, 9, 0)
    controller.reminders.check()  # locked: cannot tell, so the generic words
    assert shown == [("PSW Journal", "Time to look over your actions.")]
    unlock(controller, qtbot)
    clock.now = datetime(2026, 12, 7, 9, 0)  # Monday, unlocked: it can tell
    controller.reminders.check()
    assert shown[-1] == ("PSW Journal", "You have actions past their due date.")
    controller.window.show_section("today")
    controller.tray._message_clicked()
    assert controller.window.pages.currentWidget() is controller.window.actions_board
    no_journal_words(shown)


def test_supervision_soon_goes_to_today(app_in_tray, qtbot):
    controller, clock, shown = app_in_tray
    unlock(controller, qtbot)
    turn_on(controller, supervision=True, supervision_soon=3)
    clock.now = datetime(2026, 12, 4, 9, 30)  # booked for Monday 7 December
    controller.reminders.check()
    assert shown == [
        ("PSW Journal", "Your next supervision is coming up: a good time to get ready.")
    ]
    controller.window.show_section("actions")
    controller.tray._message_clicked()
    assert controller.window.pages.currentWidget() is controller.window.today
    clock.now = datetime(2026, 12, 7, 9, 30)
    controller.reminders.check()  # the same booking: not again
    assert len(shown) == 1
    no_journal_words(shown)


def test_tray_lock_and_open(app_in_tray, qtbot):
    controller, _clock, _shown = app_in_tray
    assert not controller.tray.lock_action.isEnabled()
    unlock(controller, qtbot)
    assert controller.tray.lock_action.isEnabled()
    controller.tray.lock_action.trigger()
    assert not controller.session.is_unlocked and controller.window is None
    assert QApplication.activeModalWidget() is None  # back to waiting in the tray
    unlock(controller, qtbot)
    assert controller.window.isVisible()


def test_tray_quick_note_opens_after_the_unlock(app_in_tray, qtbot):
    controller, _clock, _shown = app_in_tray
    opened = []
    answer_unlock([])
    from journal_app.gui.main_window import MainWindow

    original = MainWindow.show_quick_note

    def spy(self):
        opened.append("quick_note")
        return original(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(MainWindow, "show_quick_note", spy)
        controller.tray.quick_note_action.trigger()
        qtbot.waitUntil(lambda: controller.session.is_unlocked, timeout=5000)
    assert opened == ["quick_note"]


# --- Preferences ---------------------------------------------------------------------


def test_preferences_keep_the_reminders_and_the_login_entry(qtbot, settings, tmp_path, monkeypatch):
    from journal_app.gui.dialogs.preferences import PreferencesDialog
    from journal_app.services import autostart

    # The XDG writer in a temporary folder, whatever the platform (never the real
    # registry or LaunchAgents).
    monkeypatch.setattr(
        autostart, "for_this_platform", lambda platform=None: autostart.XdgAutostart(tmp_path)
    )

    dialog = PreferencesDialog(settings, {}, tray_available=True)
    qtbot.addWidget(dialog)
    box = dialog.reminders_box
    assert not any(b.isChecked() for b in (box.reflect, box.checkin, box.supervision, box.actions))
    assert not box.start_at_login.isChecked() and not box.reflect_days.isEnabled()
    box.reflect.setChecked(True)
    box.reflect_days.buttons[5].setChecked(True)  # Saturday too
    box.supervision.setChecked(True)
    box.supervision_soon.setValue(5)
    box.start_at_login.setChecked(True)
    dialog.apply(settings)
    chosen = settings.reminders
    assert chosen.reflect and chosen.reflect_days == {0, 1, 2, 3, 4, 5}
    assert chosen.supervision and chosen.supervision_soon == 5
    assert not chosen.checkin and not chosen.actions
    assert dialog.start_at_login() is True
    settings.set_start_at_login(True)
    entry = tmp_path / "autostart" / "org.pswjournal.PSWJournal.desktop"
    assert entry.is_file() and "--tray" in entry.read_text(encoding="utf-8")

    again = PreferencesDialog(settings, {}, tray_available=True)
    qtbot.addWidget(again)
    assert again.reminders_box.start_at_login.isChecked()
    assert again.reminders_box.reflect_days.buttons[5].isChecked()
    again.reminders_box.start_at_login.setChecked(False)
    assert again.start_at_login() is False
    settings.set_start_at_login(False)
    assert not entry.exists()


def test_without_a_tray_the_reminders_cannot_be_turned_on(qtbot, settings):
    from journal_app.gui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, {}, tray_available=False)
    qtbot.addWidget(dialog)
    box = dialog.reminders_box
    assert not box.reflect.isEnabled() and not box.start_at_login.isEnabled()


# --- after a sleep, and with no tray ----------------------------------------------------


def test_waking_from_sleep_checks_at_once(app_in_tray):
    """A timer does not count time asleep: the wake from sleep checks straight away."""
    controller, clock, shown = app_in_tray
    turn_on(controller, reflect=True, reflect_time=time(17))
    clock.now = datetime(2026, 12, 4, 19, 30)  # slept through 5 pm
    controller.system_lock._on_prepare_for_sleep(False)  # logind: back from sleep
    assert shown == [("PSW Journal", "Time to reflect on today's sessions.")]
    controller.system_lock._on_prepare_for_sleep(False)
    assert len(shown) == 1


def test_started_for_the_tray_without_one_asks_for_the_passphrase(
    first_run_session, settings, qtbot, monkeypatch
):
    session = first_run_session
    Journal.create(session.vault_path, PASSPHRASE, FAST_KDF)[0].lock()
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)
    controller = AppController(session, settings, Clock(datetime(2026, 12, 4, 8)))
    seen: list[str] = []
    answer_unlock(seen)
    controller.start(in_tray=True, tray_available=False)
    assert session.is_unlocked and controller.window.isVisible() and seen
    assert not controller.tray.icon.isVisible()
    controller.quit()


def test_a_closed_unlock_window_quits_unless_reminders_need_the_app(
    first_run_session, settings, qtbot, monkeypatch
):
    session = first_run_session
    Journal.create(session.vault_path, PASSPHRASE, FAST_KDF)[0].lock()
    quits: list[int] = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(1))

    def close_unlock() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_unlock)
            return
        dialog.reject()

    controller = AppController(session, settings, Clock(datetime(2026, 12, 4, 8)))
    settings.reminders = ReminderSettings(checkin=True)
    QTimer.singleShot(0, close_unlock)
    controller.start(tray_available=True)
    assert quits == []  # a reminder is on: the app waits in the tray
    settings.reminders = ReminderSettings()
    QTimer.singleShot(0, close_unlock)
    controller.open_journal()
    assert quits == [1]  # nothing needs it: closing the unlock window quits, as before


def test_just_after_unlocking_reminders_wait_for_the_records(app_in_tray, qtbot, monkeypatch):
    """The app unlocks before the records are decoded (on a worker): the reminders,
    which read them, are looked at once they are, not holding the window meanwhile."""
    from held_decoding import hold_decoding

    controller, clock, shown = app_in_tray
    _started, go = hold_decoding(monkeypatch)
    turn_on(controller, actions=True, actions_time=time(9))
    clock.now = datetime(2026, 12, 7, 9, 0)  # Monday: an action is past its date
    unlock(controller, qtbot)
    assert controller.session.journal.loading  # the check did not wait for it
    assert shown == []
    go.set()
    qtbot.waitUntil(lambda: shown != [], timeout=5000)
    assert shown == [("PSW Journal", "You have actions past their due date.")]
