"""The app holds the journal while it is unlocked: a second window is told so in
words (never two windows saving over each other), and gets in once the first locks."""

from __future__ import annotations

import pytest
from conftest import FAST_KDF, PASSPHRASE
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
    first.create(PASSPHRASE)
    with pytest.raises(JournalInUse) as caught:
        second.unlock(PASSPHRASE)
    assert "already open in another PSW Journal window" in user_message(caught.value)
    assert not second.is_unlocked
    first.lock()
    second.unlock(PASSPHRASE)
    assert second.is_unlocked
    with pytest.raises(JournalInUse):
        first.unlock(PASSPHRASE)
    second.lock()
    first.unlock(PASSPHRASE)  # a failed try left nothing held
    first.lock()


def test_a_wrong_passphrase_does_not_keep_the_journal_held(qtbot, tmp_path):
    first, second = _session(tmp_path, "a"), _session(tmp_path, "b")
    first.create(PASSPHRASE)
    first.lock()
    with pytest.raises(Exception, match="passphrase"):
        first.unlock("not the passphrase at all")
    second.unlock(PASSPHRASE)
    second.lock()
