"""First run and unlock: create a vault with a passphrase and a recovery key, unlock
it, and recover it with the key after the passphrase is forgotten."""

from __future__ import annotations

import contextlib
import re
import zlib
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from long_work import finish, finish_running
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
)

from journal_app.errors import WrongPassphrase
from journal_app.gui.dialogs.create_vault import CreateVaultDialog
from journal_app.gui.dialogs.recovery import RecoveryDialog
from journal_app.gui.dialogs.unlock import UnlockDialog
from journal_app.gui.session import Session
from journal_app.gui.widgets.strength_meter import StrengthMeter

KEY_FORMAT = re.compile(r"^[A-Z2-7]{5}(-[A-Z2-7]{5}){7}$")
NEW_PASSPHRASE = "lantern orchard pebble meadow quietly"


@pytest.fixture
def session(first_run_session):
    """No journal yet: these tests make it, through the dialogs."""
    return first_run_session


def child(dialog: QDialog, kind: type, name: str):
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def created_vault(qtbot, session: Session, passphrase: str = PASSPHRASE) -> str:
    """Create the vault through the dialog; returns the recovery key it showed."""
    dialog = CreateVaultDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(child(dialog, QLineEdit, "newPassphraseEdit"), passphrase)
    qtbot.keyClicks(child(dialog, QLineEdit, "confirmPassphraseEdit"), passphrase)
    child(dialog, QPushButton, "continueButton").click()
    finish_running(qtbot)
    key = dialog.recovery_key_shown()
    qtbot.keyClicks(child(dialog, QLineEdit, "lastGroupEdit"), key[-5:])
    child(dialog, QPushButton, "finishButton").click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    return key


def pdf_text(data: bytes) -> bytes:
    """The PDF's bytes plus every Flate stream inflated, to search for leaked text."""
    parts = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        with contextlib.suppress(zlib.error):
            parts.append(zlib.decompress(match.group(1)))
    return b"\n".join(parts)


def test_strength_meter_follows_the_field_and_speaks_in_words(qtbot):
    edit = QLineEdit()
    meter = StrengthMeter()
    qtbot.addWidget(edit)
    qtbot.addWidget(meter)
    meter.watch(edit)
    qtbot.keyClicks(edit, "password1")
    assert not meter.acceptable()
    assert "Not strong enough" in meter.findChild(QLabel, "strengthLabel").text()
    edit.setText(PASSPHRASE)
    assert meter.acceptable()
    assert meter.findChild(QProgressBar, "strengthBar").value() >= 3
    assert "Strong enough" in meter.findChild(QLabel, "strengthLabel").text()


def test_the_strength_bar_shows_only_once_there_is_a_passphrase(qtbot):
    """No empty bar before anything is typed (issue 17), and the advice below it stays
    where it is when the bar appears: the bar's place is kept."""
    edit = QLineEdit()
    meter = StrengthMeter()
    qtbot.addWidget(edit)
    qtbot.addWidget(meter)
    meter.resize(400, 80)
    meter.show()
    meter.watch(edit)
    bar = meter.findChild(QProgressBar, "strengthBar")
    label = meter.findChild(QLabel, "strengthLabel")
    qtbot.waitExposed(meter)
    before = label.geometry().top()
    assert not bar.isVisible()
    edit.setText("password1")
    QApplication.processEvents()
    assert bar.isVisible()
    assert label.geometry().top() == before
    edit.clear()
    QApplication.processEvents()
    assert not bar.isVisible()
    assert label.geometry().top() == before


def test_create_vault_journey(qtbot, session: Session, tmp_path: Path):
    dialog = CreateVaultDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    passphrase = child(dialog, QLineEdit, "newPassphraseEdit")
    confirmation = child(dialog, QLineEdit, "confirmPassphraseEdit")
    continue_button = child(dialog, QPushButton, "continueButton")
    assert passphrase.echoMode() == QLineEdit.EchoMode.Password

    # A weak passphrase, even confirmed, keeps Continue disabled.
    qtbot.keyClicks(passphrase, "password123")
    qtbot.keyClicks(confirmation, "password123")
    assert not continue_button.isEnabled()

    # A generated passphrase fills both fields, is shown, and is accepted.
    child(dialog, QPushButton, "generateButton").click()
    generated = passphrase.text()
    assert len(generated.split("-")) >= 5
    assert confirmation.text() == generated
    assert passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert continue_button.isEnabled()

    # A mismatch disables it again; matching enables it.
    qtbot.keyClicks(confirmation, "x")
    assert not continue_button.isEnabled()
    qtbot.keyClick(confirmation, Qt.Key.Key_Backspace)
    assert continue_button.isEnabled()

    continue_button.click()
    finish_running(qtbot)
    assert session.is_unlocked
    key = dialog.recovery_key_shown()
    assert KEY_FORMAT.match(key)
    shown = child(dialog, QLabel, "recoveryKeyLabel").text()
    assert shown.replace("\n", "-") == key
    assert generated not in dialog.windowTitle() and key not in dialog.windowTitle()
    assert passphrase.text() == "" and confirmation.text() == ""

    # The PDF holds the key's page but never the passphrase.
    pdf = tmp_path / "recovery.pdf"
    dialog.save_recovery_pdf(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert generated.encode() not in pdf_text(data)

    # Finish waits for the last group, typed in any case.
    finish = child(dialog, QPushButton, "finishButton")
    last_group = child(dialog, QLineEdit, "lastGroupEdit")
    assert not finish.isEnabled()
    qtbot.keyClicks(last_group, key.split("-")[0])
    assert not finish.isEnabled()
    last_group.clear()
    qtbot.keyClicks(last_group, key.split("-")[-1].lower())
    assert finish.isEnabled()
    finish.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.recovery_key_shown() == ""

    # Nothing secret reached the settings file.
    session.settings.sync()
    settings_file = tmp_path / "s.ini"
    if settings_file.exists():
        text = settings_file.read_text()
        assert generated not in text and key.split("-")[-1] not in text


def test_create_vault_by_keyboard_alone(qtbot, session: Session):
    dialog = CreateVaultDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.keyClicks(dialog.focusWidget(), PASSPHRASE)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget().objectName() == "confirmPassphraseEdit"
    qtbot.keyClicks(dialog.focusWidget(), PASSPHRASE)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Continue is the default
    finish_running(qtbot)
    assert session.is_unlocked
    key = dialog.recovery_key_shown()
    assert dialog.focusWidget().objectName() == "lastGroupEdit"
    qtbot.keyClicks(dialog.focusWidget(), key[-5:])
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Finish is the default
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_escape_after_creation_asks_before_leaving_the_key_unconfirmed(
    qtbot, session: Session, monkeypatch: pytest.MonkeyPatch
):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: answers.pop(0))
    dialog = CreateVaultDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.generate()
    child(dialog, QPushButton, "continueButton").click()
    finish_running(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # "No": stay on the key
    assert dialog.isVisible() and dialog.recovery_key_shown()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # "Yes": leave; the journal is open
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted and session.is_unlocked
    assert dialog.recovery_key_shown() == ""


def test_cancel_before_creating_writes_nothing(qtbot, session: Session):
    dialog = CreateVaultDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not session.vault_exists()


def test_unlock_wrong_then_right_passphrase(qtbot, session: Session):
    created_vault(qtbot, session)
    session.lock()
    dialog = UnlockDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "PSW Journal — Unlock"
    field = child(dialog, QLineEdit, "passphraseEdit")
    unlock = child(dialog, QPushButton, "unlockButton")
    assert not unlock.isEnabled()

    qtbot.keyClicks(field, "not the passphrase at all")
    unlock.click()
    finish_running(qtbot)
    error = child(dialog, QLabel, "unlockErrorLabel")
    assert "does not open this journal" in error.text()
    assert field.text() == ""
    assert field.hasFocus()
    assert not session.is_unlocked
    assert dialog.result() != QDialog.DialogCode.Accepted

    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    finish_running(qtbot)
    assert session.is_unlocked
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert field.text() == ""


def test_forgot_passphrase_recovers_with_the_key(qtbot, session: Session):
    key = created_vault(qtbot, session)
    session.lock()
    dialog = UnlockDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    child(dialog, QPushButton, "forgotButton").click()
    recovery = dialog.recovery_dialog
    assert isinstance(recovery, RecoveryDialog)
    key_edit = child(recovery, QLineEdit, "recoveryKeyEdit")
    ok = child(recovery, QPushButton, "setPassphraseButton")

    # A wrong key (right shape) is refused in words; the passphrase is unchanged.
    wrong = ("A" if key[0] != "A" else "B") + key[1:]
    qtbot.keyClicks(key_edit, wrong)
    qtbot.keyClicks(child(recovery, QLineEdit, "newPassphraseEdit"), NEW_PASSPHRASE)
    qtbot.keyClicks(child(recovery, QLineEdit, "confirmPassphraseEdit"), NEW_PASSPHRASE)
    assert ok.isEnabled()
    ok.click()
    finish_running(qtbot)
    assert "recovery key does not open" in child(recovery, QLabel, "recoveryErrorLabel").text()
    assert not session.is_unlocked

    # The right key, typed loosely (lower case, spaces for dashes), works.
    key_edit.clear()
    qtbot.keyClicks(key_edit, key.lower().replace("-", " "))
    ok.click()
    finish_running(qtbot)
    assert session.is_unlocked
    assert dialog.result() == QDialog.DialogCode.Accepted

    # The new passphrase opens the journal; the old one no longer does.
    session.lock()
    finish(qtbot, session.unlock(NEW_PASSPHRASE))
    assert session.is_unlocked
    session.lock()
    with pytest.raises(WrongPassphrase):
        finish(qtbot, session.unlock(PASSPHRASE))


def test_recovery_refuses_a_weak_new_passphrase(qtbot, session: Session):
    key = created_vault(qtbot, session)
    session.lock()
    dialog = RecoveryDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(child(dialog, QLineEdit, "recoveryKeyEdit"), key)
    qtbot.keyClicks(child(dialog, QLineEdit, "newPassphraseEdit"), "password123")
    qtbot.keyClicks(child(dialog, QLineEdit, "confirmPassphraseEdit"), "password123")
    assert not child(dialog, QPushButton, "setPassphraseButton").isEnabled()


def test_a_journal_that_fails_its_checks_is_rescued_from_the_newest_good_backup(
    qtbot, session: Session, tmp_path: Path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    session.settings.backup_folder = tmp_path / "backups"
    created_vault(qtbot, session)
    session.save(None, {"type": "checkin", "date": "2025-01-01", "title": "In the backup"})
    session.lock()  # writes the day's automatic backup
    session.vault_path.write_bytes(b"damaged " * 1000)
    asked, told = [], []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    dialog = UnlockDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(child(dialog, QLineEdit, "passphraseEdit"), PASSPHRASE)
    child(dialog, QPushButton, "unlockButton").click()
    finish_running(qtbot)

    assert "damaged" in asked[0] and "kept" in asked[0]
    assert session.is_unlocked and dialog.result() == QDialog.DialogCode.Accepted
    assert [r.title for r in session.journal.records()] == ["In the backup"]
    [kept] = tmp_path.glob("v.before-restore-*.pswvault")
    assert kept.read_bytes() == b"damaged " * 1000  # the failed file, untouched
    assert "1 entries" in told[0]


def test_without_a_backup_a_damaged_journal_is_a_plain_error(qtbot, session, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    created_vault(qtbot, session)
    session.settings.auto_backup = False
    session.lock()
    session.vault_path.write_bytes(b"damaged " * 1000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("no backup"))
    dialog = UnlockDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(child(dialog, QLineEdit, "passphraseEdit"), PASSPHRASE)
    child(dialog, QPushButton, "unlockButton").click()
    finish_running(qtbot)
    assert "damaged" in child(dialog, QLabel, "unlockErrorLabel").text()
    assert not session.is_unlocked


def test_forgot_passphrase_lines_up_with_the_fields(qtbot, session: Session):
    """ "Forgot passphrase?" starts where the passphrase field and "Show passphrase"
    start, with or without a message after a wrong passphrase (issue 17: it was
    indented from every other column)."""
    session.lock()
    dialog = UnlockDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()

    def left(name: str, kind: type) -> int:
        widget = child(dialog, kind, name)
        return widget.mapTo(dialog, widget.rect().topLeft()).x()

    for wrong in (False, True):
        if wrong:
            dialog._refused(WrongPassphrase(), "typed")
            qtbot.waitUntil(lambda: child(dialog, QLabel, "unlockErrorLabel").isVisible())
        field = left("passphraseEdit", QLineEdit)
        assert left("forgotButton", QPushButton) == field
        assert left("showPassphraseCheck", QCheckBox) == field
        error = child(dialog, QLabel, "unlockErrorLabel")
        forgot = child(dialog, QPushButton, "forgotButton")
        if wrong:  # the message comes before the way out, under the field
            assert error.geometry().bottom() < forgot.geometry().top()
