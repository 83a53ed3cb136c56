"""The recovery key's check, typing its last group back (issue 17): a wrong group
said nothing, and Finish simply stayed greyed out. Now the words under the field say
which group was typed, or that it matches none, and the dialog grows to show them.
Typing the key to recover names a group of the wrong length."""

from __future__ import annotations

from clipping import clipped, settle
from long_work import finish_running
from PySide6.QtWidgets import QLabel

from journal_app.gui.dialogs.create_vault import CreateVaultDialog
from journal_app.gui.dialogs.recovery import RecoveryDialog

PASSPHRASE = "lantern orchard pebble meadow quietly"


def _key_page(qtbot, session) -> tuple[CreateVaultDialog, list[str]]:
    dialog = CreateVaultDialog(session)
    # Closing with the key unconfirmed would ask first: forget the key before closing.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.key_panel.clear())
    dialog.show()
    dialog.fields.fill(PASSPHRASE)
    dialog.continue_button.click()
    finish_running(qtbot)
    return dialog, dialog.recovery_key_shown().split("-")


def _hint(dialog) -> QLabel:
    hint = dialog.findChild(QLabel, "lastGroupHint")
    assert hint is not None
    return hint


def test_an_earlier_group_is_named(qtbot, first_run_session):
    dialog, groups = _key_page(qtbot, first_run_session)
    qtbot.keyClicks(dialog.key_panel.last_group_edit, groups[2].lower())
    settle()
    hint = _hint(dialog)
    assert hint.isVisible()
    assert "group 3 of 8" in hint.text() and "last group, group 8" in hint.text()
    assert dialog.key_panel.last_group_edit.accessibleDescription() == hint.text()
    assert not dialog.finish_button.isEnabled()
    assert clipped(dialog) == []


def test_a_group_that_is_not_in_the_key_is_said_so(qtbot, first_run_session):
    dialog, groups = _key_page(qtbot, first_run_session)
    wrong = next(g for g in ("AAAAA", "BBBBB") if g not in groups)
    qtbot.keyClicks(dialog.key_panel.last_group_edit, wrong)
    assert "does not match the last group (group 8 of 8)" in _hint(dialog).text()
    assert not dialog.finish_button.isEnabled()


def test_nothing_is_said_until_a_whole_group_is_typed_and_the_right_one_passes(
    qtbot, first_run_session
):
    dialog, groups = _key_page(qtbot, first_run_session)
    qtbot.keyClicks(dialog.key_panel.last_group_edit, groups[-1][:3])
    assert not _hint(dialog).isVisible()
    qtbot.keyClicks(dialog.key_panel.last_group_edit, groups[-1][3:])
    assert "matches the last group" in _hint(dialog).text()
    assert dialog.finish_button.isEnabled()


def test_typing_the_key_to_recover_names_a_group_of_the_wrong_length(qtbot, first_run_session):
    dialog = RecoveryDialog(first_run_session)
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "recoveryKeyHint")
    qtbot.keyClicks(dialog.key_edit, "ABCDE-FGHIJ-KLMN-")
    assert "Group 3 has 4 characters; each group has 5" in hint.text()
    dialog.key_edit.setText("ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGHX")
    assert "Group 8 has 6 characters" in hint.text()
    dialog.key_edit.setText("abcde fghij klmno pqrst uvwxy z2345 67abc defgh")
    assert "right length" in hint.text()
