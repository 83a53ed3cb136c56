"""Every window survives 150% and 200% text and a 1280x720 screen (issue 17): each
dialog and the main window are opened, in the states that add text to them (a
message after a wrong passphrase, the generated passphrase's note, the recovery key),
with the application font at 100%, 150% and 200% of its size and the screen's free
area 1280x720. Nothing may be clipped, nothing may need a sideways scroll, and every
window must fit the screen (the rules are in tests/clipping.py)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from clipping import layout_problems, settle, settle_watching
from conftest import PASSPHRASE
from long_work import finish, finish_running
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from journal_app.domain.records import RecordType
from journal_app.errors import WrongPassphrase, WrongRecoveryKey
from journal_app.gui import window_fit
from journal_app.gui.dialogs.about import AboutDialog
from journal_app.gui.dialogs.change_passphrase import ChangePassphraseDialog
from journal_app.gui.dialogs.create_vault import CreateVaultDialog
from journal_app.gui.dialogs.finished_session import FinishedSessionDialog
from journal_app.gui.dialogs.history import HistoryDialog
from journal_app.gui.dialogs.own_templates import OwnTemplatesDialog
from journal_app.gui.dialogs.pack import PackDialog
from journal_app.gui.dialogs.preferences import PreferencesDialog
from journal_app.gui.dialogs.quick_note import QuickNoteDialog
from journal_app.gui.dialogs.recovery import RecoveryDialog
from journal_app.gui.dialogs.share_history import ShareHistoryDialog
from journal_app.gui.dialogs.shortcuts import ShortcutsDialog
from journal_app.gui.dialogs.trash import TrashDialog
from journal_app.gui.dialogs.unlock import UnlockDialog
from journal_app.gui.main_window import MainWindow
from journal_app.gui.theme import apply_theme
from journal_app.gui.widgets.sidebar import SECTIONS
from journal_app.services.changes import MoveToTrash, SaveTemplate
from journal_app.services.journal import DISPLAY_NAME, SUPERVISORS
from journal_app.services.share_history import ShareEntry, record_share

ROOM = QSize(1280, 720)
SCALES = (1.0, 1.5, 2.0)
LONG_TEXT = (
    "A long afternoon on the ward. We talked about what helps when the voices get loud, "
    "and about pacing the end of a conversation so that nobody leaves feeling cut off. "
)


@pytest.fixture(params=SCALES, ids=[f"{round(s * 100)}%" for s in SCALES])
def scale(request, qapp, monkeypatch) -> Iterator[float]:
    """The app's own look with its font at this share of its size, on a 1280x720
    screen; the system's look again afterwards."""
    monkeypatch.setattr(window_fit, "screen_room", lambda _w: QRect(QRect(0, 0, 1280, 720)))
    apply_theme(qapp, "light", 0)
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * request.param)
    qapp.setFont(font)
    yield request.param
    apply_theme(qapp, "system", 0)


class Windows:
    """Shows windows one at a time and collects what is clipped in each."""

    def __init__(self, qtbot, scale: float) -> None:
        self.qtbot = qtbot
        self.scale = scale
        self.problems: dict[str, list[str]] = {}
        # LAYOUT_SHOTS=folder keeps a picture of each window as checked, to look at.
        self.shots = os.environ.get("LAYOUT_SHOTS", "")

    def show(self, window: QWidget) -> QWidget:
        self.qtbot.addWidget(window)
        window.show()
        settle()
        return window

    def check(self, name: str, window: QWidget) -> None:
        on_the_way = [f"on the way: {problem}" for problem in settle_watching(window, ROOM)]
        if self.shots:
            file = f"{round(self.scale * 100)}-{re.sub(r'[^a-z0-9]+', '-', name)}.png"
            window.grab().save(str(Path(self.shots) / file))
        if found := on_the_way + layout_problems(window, ROOM):
            self.problems[name] = found


def _with_records(session) -> dict[str, str]:
    """Entries of several kinds, one with an earlier version, one in the trash, and a
    pack in the share history."""
    session.journal.save_settings({DISPLAY_NAME: "Sam Lee", SUPERVISORS: ["Alex Morgan"]})
    save = session.save
    reflection = save(
        None,
        {
            "type": "reflection",
            "date": "2026-11-16",
            "title": "Group",
            "share": "full",
            "fields": {"model": "free", "text": LONG_TEXT},
        },
    )
    save(
        reflection.id,
        {
            "type": "reflection",
            "date": "2026-11-16",
            "title": "Group work",
            "share": "full",
            "fields": {"model": "free", "text": LONG_TEXT * 2},
        },
    )
    save(
        None,
        {
            "type": "checkin",
            "date": "2026-11-17",
            "fields": {"mood": 6, "stress": 3, "note": "Tired but steady."},
        },
    )
    gone = save(
        None,
        {
            "type": "reflection",
            "date": "2026-11-10",
            "title": "Draft: the first walk-and-talk session with a new peer, and what I learned",
            "fields": {"model": "free", "text": "Not needed."},
        },
    )
    session.apply(MoveToTrash(gone.id))  # journal.delete would delete it for good
    record_share(
        session.journal,
        ShareEntry(
            when=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
            recipient="Alex Morgan",
            format="pdf",
            start=date(2026, 11, 1),
            end=date(2026, 11, 20),
            record_ids=(reflection.id,),
            file_name="supervision-pack-2026-11-01-to-2026-11-20.pdf",
            levels={reflection.id: "full"},
        ),
    )
    return {"reflection": reflection.id}  # fmt: skip


def test_every_window_fits_at_this_text_size(scale, qtbot, first_run_session):
    session = first_run_session
    windows = Windows(qtbot, scale)

    # First run: the passphrase page, with a generated passphrase and its note, then
    # the recovery key with a wrong group typed back.
    create = windows.show(CreateVaultDialog(session))
    windows.check("create: passphrase", create)
    create.fields.generate_button.click()
    windows.check("create: generated passphrase", create)
    create.fields.fill(PASSPHRASE)
    create.continue_button.click()
    finish_running(qtbot)
    key = create.recovery_key_shown()
    qtbot.keyClicks(create.key_panel.last_group_edit, key.split("-")[0])
    windows.check("create: recovery key", create)
    create.key_panel.last_group_edit.clear()
    qtbot.keyClicks(create.key_panel.last_group_edit, key.split("-")[-1])
    create.finish_button.click()
    assert session.is_unlocked

    ids = _with_records(session)
    session.apply(
        SaveTemplate(
            None,
            "After a group session with a long name",
            [
                {"heading": "What stayed with me", "prompt": LONG_TEXT},
                {"heading": "What I noticed in myself", "prompt": "Body, thoughts, feelings."},
                {"heading": "What I need now", "prompt": ""},
            ],
        )
    )

    window = windows.show(MainWindow(session))
    for section, *_ in SECTIONS:
        window.show_section(section)
        windows.check(f"main window: {section}", window)
    # The calendar on the month of the entries, a day with two listed.
    window.show_section("calendar")
    window.calendar.select_day(date(2026, 11, 16))
    windows.check("main window: calendar, a day with entries", window)

    for name, dialog in (
        ("about", AboutDialog(session.vault_path, session.settings, window)),
        ("shortcuts", ShortcutsDialog(window.shortcut_list, window)),
        ("trash", TrashDialog(session, window)),
        ("history", HistoryDialog(session, ids["reflection"], window)),
        ("share history", ShareHistoryDialog(session, window)),
        ("pack", PackDialog(session, window)),
        ("preferences, first opening", PreferencesDialog(session.settings, {}, window, None)),
        ("preferences", PreferencesDialog(session.settings, session.reader.settings(), window, 20)),
        ("make a new recovery key", ChangePassphraseDialog(session, True, window)),
        ("my templates", OwnTemplatesDialog(session, window)),
        ("I just finished a session", FinishedSessionDialog(window)),
    ):
        windows.check(name, windows.show(dialog))
        dialog.reject()

    # The quick note as it comes back after a lock, with its longest message. Not
    # given to qtbot to close: closing deletes it.
    note = QuickNoteDialog(session, window)
    note.show()
    note.restore({"record_id": None, "text": LONG_TEXT})
    windows.check("quick note", note)
    note.reject()

    # The reflection editor with the longest model name, and one to the worker's own
    # template.
    window.new_record(RecordType.REFLECTION, "nmc")
    windows.check("main window: the four questions", window)
    window.new_record(RecordType.REFLECTION, own_template="After a group session with a long name")
    windows.check("main window: a reflection from my template", window)

    change = windows.show(ChangePassphraseDialog(session, False, window))
    change.fields.generate_button.click()
    change._refused(WrongPassphrase())  # as after a wrong current passphrase
    windows.check("change passphrase: wrong passphrase", change)
    change._rekeyed(key)  # the page showing a new recovery key
    windows.check("change passphrase: new recovery key", change)
    change.key_panel.clear()
    change.reject()

    qtbot.addWidget(window, before_close_func=lambda _w: session.lock())
    session.lock()
    unlock = windows.show(UnlockDialog(session))
    unlock._refused(WrongPassphrase(), "typed")  # as after a wrong passphrase
    windows.check("unlock: wrong passphrase", unlock)
    recovery = windows.show(RecoveryDialog(session, unlock))
    recovery.fields.generate_button.click()
    recovery._refused(WrongRecoveryKey())  # as after a wrong recovery key
    windows.check("recovery: wrong key", recovery)
    recovery.reject()
    finish(qtbot, session.unlock(PASSPHRASE))

    report = [f"{name}: {problem}" for name, found in windows.problems.items() for problem in found]
    assert report == [], "\n".join(report)


@pytest.mark.parametrize("size", [1.5, 2.0], ids=["150%", "200%"])
def test_the_actions_board_fits_its_width_at_large_text(size, qapp, monkeypatch, qtbot, session):
    """The board in a 1280x720 window needs no sideways scroll at 150% and 200% text,
    and the action itself keeps the widest column (issue 17: it was cut to a few words
    while the other columns pushed "From supervision" out of sight)."""
    monkeypatch.setattr(window_fit, "screen_room", lambda _w: QRect(0, 0, 1280, 720))
    apply_theme(qapp, "light", 0)
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * size)
    qapp.setFont(font)
    try:
        session.journal.save_settings({SUPERVISORS: ["Alex Morgan-Whitfield"]})
        actions = [
            {"text": "Book the lone working refresher course with the trust's team " * 2,
             "owner": "supervisor", "due": "2026-11-30", "status": "open"},
            {"text": "Draft a one-page guide to the peer group", "owner": "me",
             "due": "2026-12-18", "status": "dropped"},
        ]  # fmt: skip
        session.save(
            None,
            {
                "type": "supervision",
                "date": "2026-10-05",
                "fields": {"supervisor": "Alex Morgan-Whitfield", "actions": actions},
            },
        )
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.resize(ROOM)
        window.show()
        window.show_section("actions")
        settle()
        table = window.actions_board.table
        assert table.model().rowCount() == 2
        assert table.horizontalScrollBar().maximum() == 0
        widths = [table.columnWidth(column) for column in range(table.model().columnCount())]
        assert max(widths) == widths[0], widths
    finally:
        apply_theme(qapp, "system", 0)
