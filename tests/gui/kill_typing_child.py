"""The app process test_kill_while_typing.py kills: the real GUI, typing until SIGKILL.

    cd tests && QT_QPA_PLATFORM=offscreen python -m gui.kill_typing_child VAULT SETTINGS_INI MODE

It unlocks VAULT (made by the test with PASSPHRASE), shows the main window, starts a
new reflection and types INITIAL into its description one key at a time, with the
Qt event loop running between keys, as a user types. MODE is

    valid    plain text only: autosave stores it as a record;
    invalid  first a tag too long to save: autosave fails and keeps a draft instead;
    note     in File > Quick note's window instead: autosave stores it as a note.

Once its own journal holds INITIAL (the record, or the draft) it prints ``READY``
and goes on typing WORDS over and over (`typed_after`), with an autosave pause now
and then, so the kill lands while the app is live and mid-typing. It never locks or
quits: nothing but autosave can have put the text in the vault.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from journal_app.domain.records import RecordType
from journal_app.gui.entry_pane import AUTOSAVE_MS
from journal_app.gui.main_window import MainWindow
from journal_app.gui.session import Session
from journal_app.gui.settings import AppSettings

INITIAL = "Typed while the app was killed"
BAD_TAG = "x" * 80  # longer than a tag may be: the save fails validation
KEY_MS = 15  # between two keys, well under AUTOSAVE_MS: no autosave mid-word
# Typed after READY, over and over: each word, then a pause; the long pause lets
# autosave run, so a kill ~2 s after READY lands mid-word after one more autosave.
WORDS = ((" and", 40), (" then", 40), (" some", 40), (" more", AUTOSAVE_MS + 150))
READY_WITHIN_S = 20  # autosave runs AUTOSAVE_MS after the last key; this is ample
GIVE_UP_AFTER_S = 120  # never outlive a parent that forgot to kill


def typed_after(n: int) -> str:
    """The first `n` characters typed after READY."""
    cycle = "".join(word for word, _pause in WORDS)
    return (cycle * (n // len(cycle) + 1))[:n]


def type_text(widget, text: str) -> None:
    """Real key events, one key at a time, the event loop running in between."""
    for char in text:
        QTest.keyClicks(widget, char)
        QTest.qWait(KEY_MS)


def stored_text(session: Session, mode: str) -> str | None:
    """The description autosave has put in the vault, as this process's journal has it."""
    journal = session.journal
    if mode in ("valid", "note"):
        field = "text" if mode == "note" else "description"
        for record in journal.records():
            if record.type is RecordType.REFLECTION:
                return record.fields.get(field)
        return None
    draft = journal.draft()
    return draft["data"]["fields"].get("description") if draft else None


def main(vault: Path, settings_ini: Path, mode: str) -> None:
    if mode not in ("valid", "invalid", "note"):
        raise SystemExit(f"unknown mode {mode!r}")
    _app = QApplication(sys.argv[:1])  # lives until the kill
    settings = AppSettings(QSettings(str(settings_ini), QSettings.Format.IniFormat))
    session = Session(vault, settings)
    unlocking = session.unlock(PASSPHRASE)
    while not unlocking.finished:  # the test's own wait: the app continues in callbacks
        QTest.qWait(20)
    unlocking.result()  # raises if it failed
    window = MainWindow(session)
    window.show()
    if mode == "note":
        description = window.show_quick_note().text
    else:
        window.new_record(RecordType.REFLECTION)
        description = window.findChild(QPlainTextEdit, "field_description")
    if mode == "invalid":
        type_text(window.findChild(QLineEdit, "field_tags"), BAD_TAG)
    type_text(description, INITIAL)

    # Wait, event loop running, until autosave has written INITIAL to the vault.
    deadline = time.monotonic() + READY_WITHIN_S
    while stored_text(session, mode) != INITIAL:
        if time.monotonic() > deadline:
            raise SystemExit(
                f"autosave never stored the text ({mode}): {stored_text(session, mode)!r}"
            )
        QTest.qWait(20)
    print("READY", flush=True)

    # Go on typing until the kill.
    give_up = time.monotonic() + GIVE_UP_AFTER_S
    for word, pause in itertools.cycle(WORDS):
        type_text(description, word)
        QTest.qWait(pause)
        if time.monotonic() > give_up:
            raise SystemExit("never killed")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
