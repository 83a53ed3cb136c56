"""The recovery dialog takes the characters of a recovery key only (FORMAT.md section
5.2, issue 21 point 4): a dotless 'ı' or any other non-ASCII letter is named by its
position under the field, never counted as a letter, and Set is not offered."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from journal_app.gui.dialogs.recovery import RecoveryDialog

KEY = "IM2B4-NKXUV-NT6TR-JBEDU-XM35J-THXD7-GSMRK-JY4QP"
NEW_PASSPHRASE = "lantern orchard pebble meadow quietly"


def dialog_with(qtbot, session, typed: str) -> RecoveryDialog:
    dialog = RecoveryDialog(session)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "recoveryKeyEdit").setText(typed)
    for name in ("newPassphraseEdit", "confirmPassphraseEdit"):
        qtbot.keyClicks(dialog.findChild(QLineEdit, name), NEW_PASSPHRASE)
    return dialog


def test_a_dotless_i_is_named_by_position_and_set_is_not_offered(
    qtbot, first_run_session, tmp_path
):
    dialog = dialog_with(qtbot, first_run_session, "\u0131" + KEY[1:].lower())
    hint = dialog.findChild(QLabel, "recoveryKeyHint").text()
    assert "Character 1" in hint and "\u0131" in hint and "letters A to Z" in hint
    assert not dialog.findChild(QPushButton, "setPassphraseButton").isEnabled()
    dialog.resize(dialog.sizeHint())
    dialog.grab().save(str(tmp_path / "recovery-dotless-i.png"))


def test_en_dashes_and_lower_case_are_still_a_key(qtbot, first_run_session):
    dialog = dialog_with(qtbot, first_run_session, KEY.lower().replace("-", "\u2013"))
    assert "right length" in dialog.findChild(QLabel, "recoveryKeyHint").text()
    assert dialog.findChild(QPushButton, "setPassphraseButton").isEnabled()
