"""Dialogs grow when something appears in them after they opened (issue 17): the
generated passphrase's note and strength line in the first-run wizard, and the
message after a wrong passphrase or recovery key. Before, the dialog kept its size
and the layout squashed the fields to a sliver and cut the notes off."""

from __future__ import annotations

from clipping import layout_problems, settle
from conftest import PASSPHRASE
from long_work import finish_running
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from journal_app.gui import window_fit
from journal_app.gui.dialogs.change_passphrase import ChangePassphraseDialog
from journal_app.gui.dialogs.create_vault import CreateVaultDialog
from journal_app.gui.dialogs.recovery import RecoveryDialog
from journal_app.gui.dialogs.unlock import UnlockDialog

NEW_PASSPHRASE = "lantern orchard pebble meadow quietly"


def problems(dialog: QDialog) -> list[str]:
    """What is clipped in the dialog, or scrolls though the screen has room."""
    return layout_problems(dialog, window_fit.screen_room(dialog).size())


def _shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _note(dialog: QDialog) -> QLabel:
    note = dialog.findChild(QLabel, "generatedNote")
    assert note is not None
    return note


def test_the_wizard_grows_to_show_the_generated_passphrase_note(qtbot, first_run_session):
    dialog = _shown(qtbot, CreateVaultDialog(first_run_session))
    dialog.fields.generate_button.click()
    settle()
    assert _note(dialog).isVisible()
    assert "Write this passphrase down" in _note(dialog).text()
    assert problems(dialog) == []


def test_the_note_goes_once_the_worker_types_their_own_passphrase(qtbot, first_run_session):
    dialog = _shown(qtbot, CreateVaultDialog(first_run_session))
    dialog.fields.generate_button.click()
    assert _note(dialog).isVisible()
    dialog.fields.passphrase.clear()
    qtbot.keyClicks(dialog.fields.passphrase, NEW_PASSPHRASE)
    assert not _note(dialog).isVisible()
    # Generating again brings it back; editing the generated one makes it theirs.
    dialog.fields.generate_button.click()
    assert _note(dialog).isVisible()
    qtbot.keyClicks(dialog.fields.passphrase, "x")
    assert not _note(dialog).isVisible()
    settle()
    assert problems(dialog) == []


def test_a_wrong_passphrase_message_does_not_squash_the_field(qtbot, session):
    session.lock()
    dialog = _shown(qtbot, UnlockDialog(session))
    field = dialog.findChild(QLineEdit, "passphraseEdit")
    qtbot.keyClicks(field, "not the passphrase at all")
    dialog.unlock_button.click()
    finish_running(qtbot)
    settle()
    assert dialog.findChild(QLabel, "unlockErrorLabel").isVisible()
    assert field.height() >= field.minimumSizeHint().height()
    assert problems(dialog) == []


def test_a_wrong_recovery_key_message_fits(qtbot, session):
    session.lock()
    dialog = _shown(qtbot, RecoveryDialog(session))
    dialog.key_edit.setText("A" * 40)
    dialog.fields.fill(NEW_PASSPHRASE)
    dialog.ok_button.click()
    finish_running(qtbot)
    settle()
    assert dialog.findChild(QLabel, "recoveryErrorLabel").isVisible()
    assert problems(dialog) == []


def test_a_wrong_current_passphrase_message_fits(qtbot, session):
    dialog = _shown(qtbot, ChangePassphraseDialog(session))
    dialog.current_edit.setText(PASSPHRASE + " typo")
    dialog.fields.fill(NEW_PASSPHRASE)
    dialog.ok_button.click()
    finish_running(qtbot)
    settle()
    assert dialog.findChild(QLabel, "changeErrorLabel").isVisible()
    assert problems(dialog) == []
