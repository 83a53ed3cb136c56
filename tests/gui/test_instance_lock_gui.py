"""The app holds the journal while it is unlocked: a second window is told so in
words (never two windows saving over each other), and gets in once the first locks."""

from __future__ import annotations

import pytest
from conftest import FAST_KDF, PASSPHRASE
from long_work import finish, finish_running
from PySide6.QtCore import QSettings

from journal_app.errors import JournalInUse
from journal_app.gui.messages import user_message
from journal_app.gui.session import Session
from journal_app.gui.settings import AppSettings


def _session(tmp_path, name: str) -> Session:
    settings = AppSettings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    settings.auto_backup = False
    return Session(tmp_path / "v.pswvault", settings, kdf=FAST_KDF)


def test_a_second_window_waits_for_the_first_to_lock(qtbot, tmp_path):
    first, second = _session(tmp_path, "a"), _session(tmp_path, "b")
    finish(qtbot, first.create(PASSPHRASE))
    with pytest.raises(JournalInUse) as caught:
        finish(qtbot, second.unlock(PASSPHRASE))
    assert "already open in another PSW Journal window" in user_message(caught.value)
    assert not second.is_unlocked
    first.lock()
    finish(qtbot, second.unlock(PASSPHRASE))
    assert second.is_unlocked
    with pytest.raises(JournalInUse):
        finish(qtbot, first.unlock(PASSPHRASE))
    second.lock()
    finish(qtbot, first.unlock(PASSPHRASE))  # a failed try left nothing held
    first.lock()


def test_a_wrong_passphrase_does_not_keep_the_journal_held(qtbot, tmp_path):
    first, second = _session(tmp_path, "a"), _session(tmp_path, "b")
    finish(qtbot, first.create(PASSPHRASE))
    first.lock()
    with pytest.raises(Exception, match="passphrase"):
        finish(qtbot, first.unlock("not the passphrase at all"))
    finish(qtbot, second.unlock(PASSPHRASE))
    second.lock()


def test_a_passphrase_typed_in_the_app_opens_from_a_notepad_file(qtbot, tmp_path):
    """Typed into the first-run window (accents, a dash, an emoji), then given to the
    command line in a UTF-8 file with a byte-order mark and CRLF: the same journal."""
    import subprocess
    import sys

    from PySide6.QtWidgets import QLineEdit, QPushButton

    from journal_app.gui.dialogs.create_vault import CreateVaultDialog

    typed = "Grüße Zoë – tea ☕ and 🌱 growth"
    session = _session(tmp_path, "a")
    dialog = CreateVaultDialog(session)
    qtbot.addWidget(dialog)
    fields = [
        e for e in dialog.findChildren(QLineEdit) if e.echoMode() == QLineEdit.EchoMode.Password
    ]
    for field in fields[:2]:
        field.setFocus()
        for ch in typed:  # keys for ASCII; the rest as a keyboard layout or IME commits it
            if ch.isascii():
                qtbot.keyClicks(field, ch)
            else:
                field.insert(ch)
    assert fields[0].text() == typed
    next(b for b in dialog.findChildren(QPushButton) if b.objectName() == "continueButton").click()
    finish_running(qtbot)
    assert session.is_unlocked
    session.lock()
    passfile = tmp_path / "pass.txt"
    passfile.write_bytes(b"\xef\xbb\xbf" + typed.encode("utf-8") + b"\r\n")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "journal_app",
            "--vault",
            str(session.vault_path),
            "--passphrase-file",
            str(passfile),
            "verify",
        ],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")


def test_a_new_journal_is_held_from_the_start(qtbot, tmp_path):
    """On a first run the journal's folder does not exist yet: the lock makes it."""
    settings = AppSettings(QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    first = Session(tmp_path / "new folder" / "v.pswvault", settings, kdf=FAST_KDF)
    finish(qtbot, first.create(PASSPHRASE))
    second = Session(first.vault_path, settings, kdf=FAST_KDF)
    with pytest.raises(JournalInUse):
        finish(qtbot, second.unlock(PASSPHRASE))
    first.lock()
