"""File > Change passphrase and File > Make a new recovery key (issue 15, finding 1):
before, a passphrase could be changed only through recovery, and a change never
rotated the key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from long_work import finish, finish_running
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QPushButton

from journal_app.errors import WrongPassphrase, WrongRecoveryKey
from journal_app.gui.dialogs.change_passphrase import ChangePassphraseDialog
from journal_app.gui.session import Session
from journal_app.services.journal import Journal

NEW_PASSPHRASE = "lantern orchard pebble meadow quietly"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def session(first_run_session, qtbot):
    """Unlocked on a journal of one check-in; its recovery key is `session.recovery_key`."""
    journal, key = Journal.create(first_run_session.vault_path, PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2026-11-01", "fields": {"note": "kept"}})
    journal.lock()
    finish(qtbot, first_run_session.unlock(PASSPHRASE))
    first_run_session.recovery_key = key  # type: ignore[attr-defined]
    return first_run_session


def _child(dialog: QDialog, kind: type, name: str):
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def _fill(dialog: ChangePassphraseDialog, current: str, new: str | None = NEW_PASSPHRASE):
    _child(dialog, QLineEdit, "currentPassphraseEdit").setText(current)
    if new is not None:
        dialog.fields.passphrase.setText(new)
        dialog.fields.confirmation.setText(new)


def _notes(journal: Journal) -> list:
    return [r.fields.get("note") for r in journal.records()]


def test_the_file_menu_offers_both(session, open_window):
    window = open_window(session)
    texts = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
    assert "Change passphrase…" in texts and "Make a new recovery key…" in texts


def test_a_wrong_current_passphrase_changes_nothing(qtbot, session):
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    _fill(dialog, PASSPHRASE + " typo")
    _child(dialog, QPushButton, "changeButton").click()
    finish_running(qtbot)
    error = _child(dialog, QLabel, "changeErrorLabel")
    assert not error.isHidden() and "passphrase" in error.text().lower()
    assert dialog.result() != QDialog.DialogCode.Accepted
    session.lock()
    finish(qtbot, session.unlock(PASSPHRASE))  # still the old one
    assert _notes(session.journal) == ["kept"]


def test_a_change_rotates_and_keeps_the_recovery_key(qtbot, session, tmp_path):
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    assert _child(dialog, QCheckBox, "newRecoveryKeyCheck").isEnabled()
    assert "still open with the passphrase" in _child(dialog, QLabel, "olderCopiesNote").text()
    _fill(dialog, PASSPHRASE)
    _child(dialog, QPushButton, "changeButton").click()
    finish_running(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted and session.is_unlocked
    assert _notes(session.journal) == ["kept"]
    session.journal.add({"type": "checkin", "date": "2026-11-02", "fields": {"note": "after"}})
    session.lock()
    with pytest.raises(WrongPassphrase):
        finish(qtbot, session.unlock(PASSPHRASE))
    finish(qtbot, session.unlock(NEW_PASSPHRASE))
    session.lock()
    by_key = Journal.open_with_recovery_key(session.vault_path, session.recovery_key)
    assert sorted(_notes(by_key)) == ["after", "kept"]
    by_key.lock()


def test_a_new_recovery_key_is_shown_once_and_must_be_kept(qtbot, session):
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    _fill(dialog, PASSPHRASE)
    _child(dialog, QCheckBox, "newRecoveryKeyCheck").setChecked(True)
    _child(dialog, QPushButton, "changeButton").click()
    finish_running(qtbot)
    key = dialog.recovery_key_shown()
    assert key and key != session.recovery_key
    done = _child(dialog, QPushButton, "doneButton")
    assert not done.isEnabled()
    _child(dialog, QLineEdit, "lastGroupEdit").setText(key[-5:])
    assert done.isEnabled()
    done.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.recovery_key_shown() == ""
    session.lock()
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(session.vault_path, session.recovery_key)
    Journal.open_with_recovery_key(session.vault_path, key).lock()


def test_make_a_new_recovery_key_keeps_the_passphrase(qtbot, session):
    dialog = ChangePassphraseDialog(session, recovery_only=True)
    qtbot.addWidget(dialog)
    assert dialog.fields.isHidden()
    _fill(dialog, PASSPHRASE, None)
    _child(dialog, QPushButton, "changeButton").click()
    finish_running(qtbot)
    key = dialog.recovery_key_shown()
    assert key and key != session.recovery_key
    session.lock()
    finish(qtbot, session.unlock(PASSPHRASE))
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(session.vault_path, session.recovery_key)


def test_a_journal_from_before_the_recovery_box_must_take_a_new_key(qtbot, tmp_path, settings):
    spec = json.loads((FIXTURES / "golden-v2.json").read_text("utf-8"))
    vault = tmp_path / "legacy.pswvault"
    shutil.copyfile(FIXTURES / spec["vault"], vault)
    session = Session(vault, settings, kdf=FAST_KDF)
    finish(qtbot, session.unlock(spec["passphrase"]))
    try:
        dialog = ChangePassphraseDialog(session)
        qtbot.addWidget(dialog)
        check = _child(dialog, QCheckBox, "newRecoveryKeyCheck")
        assert check.isChecked() and not check.isEnabled()
        assert "earlier version" in _child(dialog, QLabel, "recoveryKeyNote").text()
        _fill(dialog, spec["passphrase"])
        _child(dialog, QPushButton, "changeButton").click()
        finish_running(qtbot)
        key = dialog.recovery_key_shown()
        assert key
    finally:
        session.lock()
    Journal.open_with_recovery_key(vault, key).lock()
