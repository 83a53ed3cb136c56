"""A real kill while the worker types (SECURITY.md: "a killed process loses at most the
edit being typed"): text autosave has stored is in the vault, encrypted, and the next
unlock puts it back. The app runs in its own process (kill_typing_child.py), which
types with real key events and is sent SIGKILL mid-typing, never locked or closed.

    valid    the text is a record after the kill;
    note     the same, typed in the Quick note window (issue 19);
    invalid  the text cannot be saved (a tag too long): the kept draft is back in the
             editor after unlock, and gone from the vault once put back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from long_work import finish
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from journal_app.domain.records import RecordType
from journal_app.gui.main_window import MainWindow
from journal_app.gui.session import Session
from journal_app.services.journal import Journal

from .kill_typing_child import INITIAL, typed_after

pytestmark = [
    pytest.mark.slow,  # a child app typing until killed: about 5 s a test
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
]

# Run as a module of the tests' gui package, so that its `from conftest import` finds
# tests/conftest.py, not this folder's (which a script's own folder on sys.path would).
CHILD = "gui.kill_typing_child"
TESTS_DIR = Path(__file__).resolve().parents[1]  # conftest.py, for the child's imports
READY_TIMEOUT_S = 60
KILL_AFTER_S = 2.0  # after READY: mid-word, past one more autosave (see the child)


def _run_and_kill(vault: Path, tmp_path: Path, mode: str) -> None:
    """Start the app in a child process, wait for READY, let it type, SIGKILL it."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(
            [str(TESTS_DIR), str(TESTS_DIR.parent), os.environ.get("PYTHONPATH", "")]
        ),
    }
    stderr_path = tmp_path / f"child-{mode}.err"
    said_ready = False
    done = threading.Event()  # READY, or the child's stdout closed (it died)
    with open(stderr_path, "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", CHILD, str(vault), str(tmp_path / "child.ini"), mode],
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
            cwd=TESTS_DIR,
        )

        def read() -> None:
            nonlocal said_ready
            assert proc.stdout is not None
            for line in proc.stdout:
                if line == b"READY\n":
                    said_ready = True
                    done.set()
            done.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            done.wait(READY_TIMEOUT_S)
            if said_ready:
                time.sleep(KILL_AFTER_S)  # the child types on meanwhile
                os.kill(proc.pid, signal.SIGKILL)  # not reaped yet: still this pid
        finally:
            if not said_ready:
                proc.kill()
            proc.wait(timeout=30)
        reader.join(timeout=30)
    stderr = stderr_path.read_text(errors="replace")
    assert said_ready, f"the app never said READY (exit {proc.returncode}):\n{stderr}"
    assert proc.returncode == -signal.SIGKILL, f"the app exited by itself:\n{stderr}"


def _kill_while_typing(tmp_path: Path, mode: str) -> Path:
    """A vault made and locked here, then typed into by the child until SIGKILL."""
    vault = tmp_path / "v.pswvault"
    Journal.create(vault, PASSPHRASE, FAST_KDF)[0].lock()
    _run_and_kill(vault, tmp_path, mode)
    return vault


@pytest.fixture
def reopen(settings, open_window, qtbot):
    """After the kill: unlock in a fresh Session and open the window, as the app does
    (MainWindow populates on an unlocked session, restoring a kept draft)."""
    sessions: list[Session] = []

    def open_(vault: Path) -> tuple[Session, MainWindow]:
        session = Session(vault, settings, kdf=FAST_KDF)
        finish(qtbot, session.unlock(PASSPHRASE))
        sessions.append(session)
        return session, open_window(session)

    yield open_
    for session in sessions:
        session.lock()


def _assert_typed(text: str | None) -> None:
    """INITIAL, then at most what the child typed after READY, in order: no garbling."""
    assert text is not None and text.startswith(INITIAL), repr(text)
    assert text[len(INITIAL) :] == typed_after(len(text) - len(INITIAL)), repr(text)


def _assert_encrypted(vault: Path) -> None:
    """The typed words are nowhere in the files in plain text (WAL included)."""
    for path in vault.parent.glob(vault.name + "*"):
        assert INITIAL.encode() not in path.read_bytes(), path.name


def test_killed_while_typing_a_valid_record_keeps_it(tmp_path, reopen):
    vault = _kill_while_typing(tmp_path, "valid")
    _assert_encrypted(vault)
    session, _window = reopen(vault)
    journal = session.journal
    reflections = [r for r in journal.records() if r.type is RecordType.REFLECTION]
    assert len(reflections) == 1
    _assert_typed(reflections[0].fields.get("description"))
    assert journal.draft() is None
    assert journal.verify() == []


def test_killed_while_typing_a_quick_note_keeps_it(tmp_path, reopen):
    """Issue 19: the Quick note window saves as the editors do, so a kill loses at
    most the words typed since the last pause."""
    vault = _kill_while_typing(tmp_path, "note")
    _assert_encrypted(vault)
    session, _window = reopen(vault)
    journal = session.journal
    [note] = [r for r in journal.records() if r.type is RecordType.REFLECTION]
    assert note.fields["model"] == "free" and note.share.value == "private"
    _assert_typed(note.fields.get("text"))
    assert note.title.startswith(INITIAL)
    assert journal.verify() == []


def test_killed_while_typing_unsaveable_text_puts_the_draft_back(tmp_path, reopen, qtbot):
    vault = _kill_while_typing(tmp_path, "invalid")
    _assert_encrypted(vault)
    session, window = reopen(vault)
    field = window.findChild(QPlainTextEdit, "field_description")
    assert field is not None, "no editor open: the draft was not put back"
    _assert_typed(field.toPlainText())
    assert not window.records.error.isHidden()  # with a note to check the field
    assert session.journal.records() == []  # never a record: the tag is still too long
    # The draft stays in the vault until the text is saved, so a second crash right
    # after this unlock would lose nothing either.
    kept = session.journal.draft()
    assert kept is not None
    _assert_typed(kept["data"]["fields"]["description"])
    again = Journal.open(vault, PASSPHRASE)
    try:
        assert again.draft() == kept
        assert again.verify() == []
    finally:
        again.lock()

    # Once the text is put right and saved, the draft goes.
    tags = window.findChild(QLineEdit, "field_tags")
    tags.clear()
    qtbot.keyClicks(tags, "fine")
    assert window.records.save_now()
    assert session.journal.draft() is None
    assert len(session.journal.records()) == 1
