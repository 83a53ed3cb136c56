"""The unlock window: a passphrase, a plain message when it is wrong, and a way to
the recovery key when it is forgotten. Accepted means the session is open."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.errors import VaultCorrupt
from journal_app.gui.date_text import moment_text
from journal_app.gui.dialogs.recovery import RecoveryDialog
from journal_app.gui.messages import user_message
from journal_app.gui.session import Session
from journal_app.gui.window_fit import keep_fitted
from journal_app.services.auto_backup import automatic_backups

log = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.recovery_dialog: RecoveryDialog | None = None
        # The title names the app and the step only: never journal content.
        self.setWindowTitle(self.tr("PSW Journal — Unlock"))

        heading = QLabel(self.tr("Unlock your journal"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setMinimumWidth(
            self.passphrase_edit.fontMetrics().averageCharWidth() * 48
        )
        self.passphrase_edit.textChanged.connect(self._edited)
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase_edit)

        self.show_toggle = QCheckBox(self.tr("&Show passphrase"))
        self.show_toggle.setObjectName("showPassphraseCheck")
        self.show_toggle.setAccessibleName(self.tr("Show passphrase"))
        self.show_toggle.toggled.connect(self._set_visible)

        self.error_label = QLabel()
        self.error_label.setObjectName("unlockErrorLabel")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setWordWrap(True)
        bold = self.error_label.font()
        bold.setBold(True)
        self.error_label.setFont(bold)
        self.error_label.hide()

        self.forgot_button = QPushButton(self.tr("F&orgot passphrase?"))
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.setAccessibleName(self.tr("Forgot passphrase? Use your recovery key"))
        self.forgot_button.setFlat(True)
        # As wide as its words: a form would stretch it across and centre them.
        self.forgot_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self._recover)

        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setEnabled(False)
        self.unlock_button.clicked.connect(self._unlock)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)

        # "Forgot passphrase?" starts where the field and "Show passphrase" start; a
        # message after a wrong passphrase spans the window above it.
        form = QFormLayout()
        form.addRow(label, self.passphrase_edit)
        form.addRow("", self.show_toggle)
        form.addRow(self.error_label)
        form.addRow("", self.forgot_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # Visual order: field, show, "Forgot passphrase?", Unlock, Cancel.
        self.setTabOrder(self.passphrase_edit, self.show_toggle)
        self.setTabOrder(self.show_toggle, self.forgot_button)
        self.setTabOrder(self.forgot_button, self.unlock_button)
        self.setTabOrder(self.unlock_button, cancel)
        if session.unlock_problem:  # the last unlock locked again on its own: why
            self._show_error(session.unlock_problem)
            session.unlock_problem = ""
        keep_fitted(self)  # a message after a wrong passphrase needs room
        self.passphrase_edit.setFocus()

    def _set_visible(self, visible: bool) -> None:
        self.passphrase_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        )

    def _edited(self, text: str) -> None:
        self.unlock_button.setEnabled(bool(text))

    def _unlock(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            return
        self._session.unlock(passphrase, self).then(
            lambda _opened: self._unlocked(), lambda exc: self._refused(exc, passphrase)
        )

    def _unlocked(self) -> None:
        self.passphrase_edit.clear()
        self.accept()

    def _refused(self, exc: Exception, passphrase: str) -> None:
        log.info("unlock refused: %s", type(exc).__name__)
        if isinstance(exc, VaultCorrupt):
            self._offer_backup(passphrase, user_message(exc))
        else:  # shown as words, never a traceback
            self._show_error(user_message(exc))

    def _offer_backup(self, passphrase: str, problem: str) -> None:
        """The journal file fails its checks: find the automatic backup holding the
        newest saves that opens with this passphrase and passes its checks, say what
        it holds (its own dates, not its file name), and offer it. The failed file is
        kept, renamed, never changed. When no backup is put in place, `problem` is
        shown."""
        if not automatic_backups(self._session.settings.backup_folder):
            self._show_error(problem)
            return

        def failed(exc: Exception) -> None:  # shown as words, never a traceback
            log.info("looking for a backup failed: %s", type(exc).__name__)
            self._show_error(problem)

        self._session.find_rescue(passphrase, self).then(
            lambda staged: self._offer_staged(staged, passphrase, problem), failed
        )

    def _offer_staged(self, staged, passphrase: str, problem: str) -> None:
        if staged is None:
            QMessageBox.information(
                self,
                self.tr("No backup could be used"),
                self.tr(
                    "{problem}\n\nNone of the automatic backups opens with this passphrase "
                    "and passes its checks. Nothing was changed. A backup made before a "
                    "passphrase change opens with the old passphrase."
                ).format(problem=problem),
            )
            self._show_error(problem)
            return
        when = self._saved_text(staged.saved)
        answer = QMessageBox.question(
            self,
            self.tr("The journal file failed its checks"),
            self.tr(
                "{problem}\n\nThe newest automatic backup that opens with this passphrase "
                "and passes its checks holds {n} entries, the last saved {when}. Put it in "
                "the journal's place? The journal file as it is now is kept beside it, "
                "renamed, so nothing is lost."
            ).format(problem=problem, n=staged.records, when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._session.give_up_rescue(staged)
            self._show_error(problem)
            return

        def rescued(done) -> None:
            QMessageBox.information(
                self,
                self.tr("Backup restored"),
                self.tr(
                    "The backup whose entries were last saved {when} is now your journal "
                    "({n} entries). The file that failed is kept as {kept}."
                ).format(when=when, n=done.records, kept=done.kept.name),
            )
            self._unlocked()

        def failed(exc: Exception) -> None:  # shown as words, never a traceback
            log.info("rescue from backup failed: %s", type(exc).__name__)
            self._session.give_up_rescue(staged)
            self._show_error(problem)

        self._session.rescue_from_backup(staged, passphrase, self).then(rescued, failed)

    def _saved_text(self, saved) -> str:
        """When the newest entry in a backup was saved, in local time."""
        if saved is None:
            return self.tr("at a time the backup does not record")
        return self.tr("on {when}").format(when=moment_text(saved))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        # Screen readers hear the reason when focus returns to the field.
        self.passphrase_edit.setAccessibleDescription(message)
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()

    def _recover(self) -> None:
        """Open the recovery dialog over this one (open(), not exec(): no nested loop)."""
        self.recovery_dialog = RecoveryDialog(self._session, self)
        self.recovery_dialog.setObjectName("recoveryDialog")
        self.recovery_dialog.accepted.connect(self._recovered)
        self.recovery_dialog.finished.connect(self._recovery_closed)
        self.recovery_dialog.open()

    def _recovery_closed(self) -> None:
        if self.recovery_dialog is not None:
            self.recovery_dialog.deleteLater()
            self.recovery_dialog = None

    def _recovered(self) -> None:
        if self._session.is_unlocked:
            self.passphrase_edit.clear()
            self.accept()
